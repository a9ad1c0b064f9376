"""The /present slides' charts and map, sized for a big screen (pure: data in, chart or deck out).

``SCALE`` enlarges every chart label. Widths are fixed in the 1920-px slide layout, because the slide
is zoomed as a whole (static/css/present.css): a "stretch" chart would measure the zoomed width and
shrink twice. The map is /map's deck (``components.charts.maps.relocation_map_deck``), drawing the one
flow table, framed for the slide.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from components.charts import maps
from components.charts.headline import capital_share_line, special_account_total_bars
from components.charts.style import styled
from components.theme import FONT, INK, PRIMARY

SCALE = 2.0  # chart labels 26 px instead of 13 px: legible from several metres
# Plot widths in the 1920-px slide layout (whole slide / the wide column of a 3:2 split).
CHART_WIDTH_FULL, CHART_WIDTH_COLUMN = 1700, 960
CHART_HEIGHT, MAP_HEIGHT, SPOTLIGHT_HEIGHT = 680, 720, 640


def present_budget_chart(budget: pd.DataFrame, lang: str, *, marks: dict[int, str] | None = None) -> alt.TopLevelMixin:
    """The Special Account's total per year (the Overview's bars, enlarged; ``marks`` label a year's bar)."""
    chart = special_account_total_bars(budget, lang, scale=SCALE, height=CHART_HEIGHT, marks=marks)
    return chart.properties(width=CHART_WIDTH_FULL)


def present_share_chart(share: pd.DataFrame, census: pd.DataFrame, lang: str) -> alt.TopLevelMixin:
    """The capital region's share with the 50% line and the census points (the Overview's line, enlarged)."""
    chart = capital_share_line(share, lang, scale=SCALE, height=CHART_HEIGHT, census=census)
    # Same legend settings as components.charts.style.styled, with dark labels (contrast on a big screen).
    return chart.properties(width=CHART_WIDTH_FULL).configure_legend(
        labelFontSize=13 * SCALE,
        titleFontSize=13 * SCALE,
        orient="bottom",
        labelLimit=640,
        labelColor=INK,
        symbolSize=200,
    )


def present_population_chart(
    series: pd.DataFrame, *, persons_per_unit: int, titles: dict[str, str]
) -> alt.TopLevelMixin:
    """Year-end resident population as bars in units of ``persons_per_unit``; the exact count in the tooltip."""
    frame = series.assign(value=series["population"].astype(float) / persons_per_unit)
    frame["label"] = [f"{value:,.0f}" if value >= 100 else f"{value:,.1f}" for value in frame["value"]]
    base = alt.Chart(frame).encode(x=alt.X("year:O", title=titles["year"], axis=alt.Axis(labelAngle=0)))
    bars = base.mark_bar(color=PRIMARY, cornerRadiusTopLeft=3, cornerRadiusTopRight=3).encode(
        y=alt.Y(
            "value:Q",
            title=titles["unit"],
            axis=alt.Axis(titleAngle=0, titleAnchor="end", titleAlign="left", titleY=-24 * SCALE, titleX=0),
        ),
        tooltip=[
            alt.Tooltip("year:O", title=titles["year"]),
            alt.Tooltip("population:Q", title=titles["exact"], format=","),
        ],
    )
    labels = base.mark_text(dy=-10 * SCALE, fontSize=11 * SCALE, color=INK, font=FONT).encode(
        y="value:Q", text="label:N"
    )
    return styled(bars + labels, height=SPOTLIGHT_HEIGHT, scale=SCALE).properties(width=CHART_WIDTH_COLUMN)


def present_relocation_deck(
    flows: pd.DataFrame, points: pd.DataFrame, province_names: dict[str, dict[str, str]], lang: str
) -> maps.CompactDeck:
    """/map's relocation map of the whole country, framed for the slide's map column."""
    view = maps.view_for_bounds(maps.KOREA_BOUNDS, width=CHART_WIDTH_COLUMN, height=MAP_HEIGHT)
    return maps.relocation_map_deck(flows, points, province_names, lang, view=view, height=MAP_HEIGHT)
