"""Strings of the /regions page."""

STRINGS: dict[str, dict[str, str]] = {}
