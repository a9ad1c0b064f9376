"""Strings of the /budget page."""

STRINGS: dict[str, dict[str, str]] = {}
