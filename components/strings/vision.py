"""Strings of the /vision page."""

STRINGS: dict[str, dict[str, str]] = {}
