"""The common look of every Altair chart: the bundled Hangul font, readable labels, no border."""

from __future__ import annotations

import altair as alt

from components.theme import AXIS_TEXT, FONT, GRID

# A plot narrower than this is a phone's (285 px at 390): labels that need room are left out there (the tooltip,
# the table view and the downloads keep every value). Vega's ``width`` signal follows the chart's container.
NARROW_CHART_PX = 330


def wide_only(chart: alt.Chart) -> alt.Chart:
    """``chart`` (a label layer) drawn only where the plot is wider than a phone's."""
    return chart.transform_filter(f"width >= {NARROW_CHART_PX}")


def styled(chart: alt.TopLevelMixin, *, height: int = 320, scale: float = 1.0) -> alt.TopLevelMixin:
    """Common look: the bundled Hangul font, readable label sizes, no chart border."""
    return (
        chart.properties(height=height)
        .configure(font=FONT)
        .configure_axis(
            labelFontSize=13 * scale,
            titleFontSize=13 * scale,
            labelColor=AXIS_TEXT,
            titleColor=AXIS_TEXT,
            gridColor=GRID,
        )
        .configure_legend(labelFontSize=13 * scale, titleFontSize=13 * scale, orient="bottom", labelLimit=320)
        .configure_view(strokeWidth=0)
    )
