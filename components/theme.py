"""The look, in one place: palette and font, matching ``.streamlit/config.toml`` (a test keeps them equal).

KRDS-inspired colours; every text colour meets 4.5:1 on white.
"""

from __future__ import annotations

FONT = "Pretendard GOV, Noto Sans CJK KR, Noto Sans KR, sans-serif"
PRIMARY = "#0B50D0"  # config.toml primaryColor
ACCENT = "#E86A00"
MUTED = "#5E6A75"
INK = "#1E2124"  # config.toml textColor
GRID = "#E6E8EA"
AXIS_TEXT = "#33363D"
# config.toml chartCategoricalColors, in order
CATEGORICAL = ("#0B50D0", "#E86A00", "#00856F", "#8A3FD1", "#C8102E", "#5E6A75", "#B08800", "#2A9D8F")


def rgb(hex_colour: str) -> list[int]:
    """``#0B50D0`` → ``[11, 80, 208]`` (pydeck wants RGB lists)."""
    return [int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]
