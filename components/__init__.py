"""Reusable UI pieces of the dashboard (filters, chart blocks, chart and map builders, strings)."""
