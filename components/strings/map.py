"""Strings of the /map page."""

STRINGS: dict[str, dict[str, str]] = {}
