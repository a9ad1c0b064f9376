"""Strings of the /present page."""

STRINGS: dict[str, dict[str, str]] = {}
