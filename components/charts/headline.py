"""Headline charts the Overview, /regions and /present share: the Special Account total, the capital-region share.

Pure: data in, chart out (no Streamlit calls).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from components.charts.style import NARROW_CHART_PX, styled, wide_only
from components.formatting import format_krw_million, format_pct
from components.strings import t
from components.theme import ACCENT, INK, MUTED, PRIMARY


def special_account_total_bars(
    budget: pd.DataFrame,
    lang: str,
    *,
    scale: float = 1.0,
    height: int = 300,
    marks: dict[int, str] | None = None,
) -> alt.TopLevelMixin:
    """Total of the Special Account per year (exact KRW million in the tooltip).

    ``marks``: a short text inside a year's bar, at its top in white (above it, it would run into the
    neighbours' labels), e.g. the year projects were transferred to local governments
    (``components.views.budget.BudgetStoryText.mark``), so its lower bar is not read as a cut.
    """
    totals = budget[budget["account_id"] == "total"][["year", "amount_krw_million"]].copy()
    totals["trillion"] = totals["amount_krw_million"] / 1_000_000
    totals["label"] = [format_krw_million(v, lang) for v in totals["amount_krw_million"]]
    totals["mark"] = totals["year"].map(marks or {}).fillna("")
    unit, year_title, exact_title = t("axis_krw_trillion", lang), t("col_year", lang), t("axis_exact_million", lang)
    base = alt.Chart(totals).encode(x=alt.X("year:O", title=year_title, axis=alt.Axis(labelAngle=0)))
    bars = base.mark_bar(color=PRIMARY, cornerRadiusTopLeft=3, cornerRadiusTopRight=3).encode(
        y=alt.Y("trillion:Q", title=unit, scale=alt.Scale(domain=[0, 12])),
        tooltip=[
            alt.Tooltip("year:O", title=year_title),
            alt.Tooltip("label:N", title=unit),
            alt.Tooltip("amount_krw_million:Q", title=exact_title, format=","),
        ],
    )
    # On a phone-narrow chart "10.34조 원" labels would run into each other: there they are the bare number (the
    # axis and the card name the unit). ``width`` is the chart's signal, so the label follows the container.
    totals["number"] = [f"{v:.2f}" for v in totals["trillion"]]
    labels = (
        base.transform_calculate(shown=f"width < {NARROW_CHART_PX} ? datum.number : datum.label")
        .mark_text(dy=-8 * scale, fontSize=12 * scale, color=INK)
        .encode(y="trillion:Q", text="shown:N")
    )
    layers = [bars, labels]
    if marks:
        layers.append(
            wide_only(base.transform_filter(alt.datum.mark != ""))  # a phone's bar is too narrow for it
            .mark_text(baseline="top", dy=8 * scale, fontSize=11 * scale, color="#FFFFFF", fontWeight="bold")
            .encode(y="trillion:Q", text="mark:N")
        )
    return styled(alt.layer(*layers), height=height, scale=scale)


def capital_share_line(
    share: pd.DataFrame, lang: str, *, scale: float = 1.0, height: int = 300, census: pd.DataFrame | None = None
) -> alt.TopLevelMixin:
    """Capital region's share of population with the 50% line; optional census points."""
    frame = share.copy()
    series_rr = t("series_resident_registration", lang)
    frame["series"] = series_rr
    frame["label"] = [format_pct(v, digits=2) for v in frame["share_pct"]]
    year_title, unit = t("col_year", lang), t("col_share_pct", lang)
    layers = []
    colour_domain, colour_range = [series_rr], [PRIMARY]
    if census is not None and not census.empty:
        census = census.copy()
        census["series"] = t("series_census", lang)
        census["label"] = [format_pct(v, digits=1) for v in census["share_pct"]]
        colour_domain.append(census["series"].iloc[0])
        colour_range.append(ACCENT)
    colour = alt.Color(
        "series:N",
        title=None,
        scale=alt.Scale(domain=colour_domain, range=colour_range),
        legend=alt.Legend(columns=1),  # one entry a line: side by side they run off a phone's width
    )
    x = alt.X("year:O", title=year_title, axis=alt.Axis(labelAngle=0))
    y = alt.Y("share_pct:Q", title=unit, scale=alt.Scale(domain=[49, 51.2], zero=False))
    tooltip = [
        alt.Tooltip("year:O", title=year_title),
        alt.Tooltip("series:N", title=" "),
        alt.Tooltip("label:N", title=unit),
    ]
    layers.append(
        alt.Chart(frame)
        .mark_line(point=alt.OverlayMarkDef(size=60 * scale), strokeWidth=3 * scale)
        .encode(x=x, y=y, color=colour, tooltip=tooltip)
    )
    if census is not None and not census.empty:
        layers.append(
            alt.Chart(census)
            .mark_point(size=160 * scale, filled=True, shape="diamond")
            .encode(x=x, y=y, color=colour, tooltip=tooltip)
        )
    rule_label = "50%"
    rule = alt.Chart(pd.DataFrame({"y": [50.0]})).mark_rule(color=MUTED, strokeDash=[6, 4]).encode(y="y:Q")
    rule_text = (
        alt.Chart(pd.DataFrame({"y": [50.0], "text": [rule_label]}))
        .mark_text(align="left", dx=4, dy=-8 * scale, color=MUTED, fontSize=12 * scale)
        .encode(y="y:Q", text="text:N", x=alt.value(0))
    )
    return styled(alt.layer(rule, rule_text, *layers), height=height, scale=scale)
