"""Altair builders for the regions compared on /regions. Pure: DataFrames (and the province GeoJSON) in, charts out.

Missing values are drawn as missing (a grey shape or a "no data" mark), never as zero. Texts come
from the catalogue; values are formatted as the page's tables and cards show them.
"""

from __future__ import annotations

import copy

import altair as alt
import pandas as pd

from components.charts.style import styled
from components.formatting import format_pct, is_missing
from components.strings import t
from components.theme import ACCENT, CATEGORICAL, INK, MUTED, PRIMARY
from components.views.regions import format_value, unit_of

# Up to four compared provinces: the first four of the theme's categorical colours.
COMPARE_COLOURS = list(CATEGORICAL[:4])
MISSING_FILL = "#D9DCE0"  # a province without a value
OTHER_FILL = "#A9B4C2"  # provinces not compared; rows marked uncertain


def province_labels(codes: list[str], names: dict[str, dict[str, str]], lang: str) -> list[str]:
    """The provinces' names in ``lang`` (the code where a name is unknown)."""
    return [names.get(code, {}).get(lang, code) for code in codes]


def _compare_colour(codes: list[str], names: dict[str, dict[str, str]], lang: str) -> alt.Color:
    """One colour per compared province, in the comparison's order."""
    return alt.Color(
        "province:N",
        title=None,
        scale=alt.Scale(domain=province_labels(codes, names, lang), range=COMPARE_COLOURS[: len(codes)]),
        sort=province_labels(codes, names, lang),
    )


PERSONS_PER_TICK_UNIT = {"ko": 10_000, "en": 1_000_000}  # 1,400만 in Korean, 14M in English


def population_axis(lang: str) -> alt.Axis:
    """An axis of persons counted as its readers count them: 만 (10,000) in Korean, millions in English."""
    prefix, suffix = t("regions_axis_population_tick", lang, value="\0").split("\0")
    per_unit = PERSONS_PER_TICK_UNIT[lang]
    return alt.Axis(
        labelExpr=f"datum.value == 0 ? '0' : '{prefix}' + format(datum.value / {per_unit}, ',') + '{suffix}'"
    )


def population_lines(
    series: pd.DataFrame, codes: list[str], names: dict, lang: str, *, measure: str = "population", height: int = 320
) -> alt.TopLevelMixin:
    """Resident population (or share of the national total) of the compared provinces, one line each."""
    frame = series.copy()
    frame["province"] = province_labels(list(frame["iso_code"]), names, lang)
    field = "population" if measure == "population" else "share_of_national_pct"
    frame["value"] = frame[field].astype(float)
    frame["label"] = [
        format_value("population", v, lang) if measure == "population" else format_pct(v, digits=2)
        for v in frame[field]
    ]
    frame = frame[["year", "province", "value", "label"]]
    year_title = t("regions_col_year", lang)
    y_title = t(f"regions_axis_{measure}", lang)
    chart = (
        alt.Chart(frame)
        .mark_line(point=alt.OverlayMarkDef(size=50), strokeWidth=2.5)
        .encode(
            # labelOverlap: in a narrow chart (the brief's third of a page) every other year, not a smudge
            x=alt.X("year:O", title=year_title, axis=alt.Axis(labelAngle=0, labelOverlap="greedy")),
            y=alt.Y(
                "value:Q",
                title=y_title,
                axis=population_axis(lang) if measure == "population" else alt.Axis(format=".1f"),
            ),
            color=_compare_colour(codes, names, lang),
            tooltip=[
                alt.Tooltip("province:N", title=" "),
                alt.Tooltip("year:O", title=year_title),
                alt.Tooltip("label:N", title=y_title),
            ],
        )
    )
    return styled(chart, height=height)


def grdp_bars(
    series: pd.DataFrame, codes: list[str], names: dict, lang: str, *, indicator: str = "grdp", height: int = 300
) -> alt.TopLevelMixin:
    """GRDP of the compared provinces for ONE base year (bars per year; missing years marked, not drawn as zero)."""
    frame = series.copy()
    frame["province"] = province_labels(list(frame["iso_code"]), names, lang)
    frame["value_f"] = frame["value"].astype(float)
    missing_text = t("missing_value", lang)
    frame["label"] = [format_value(indicator, v, lang, missing=missing_text) for v in frame["value"]]
    frame["missing"] = frame["value"].isna()
    frame = frame[["year", "province", "value_f", "label", "missing"]]
    year_title = t("regions_col_year", lang)
    y_title = t(f"regions_axis_{indicator}", lang)
    x = alt.X("year:O", title=year_title, axis=alt.Axis(labelAngle=0))
    offset = alt.XOffset("province:N", sort=province_labels(codes, names, lang))
    tooltip = [
        alt.Tooltip("province:N", title=" "),
        alt.Tooltip("year:O", title=year_title),
        alt.Tooltip("label:N", title=y_title),
    ]
    bars = (
        alt.Chart(frame)
        .transform_filter("!datum.missing")
        .mark_bar()
        .encode(
            x=x,
            xOffset=offset,
            y=alt.Y("value_f:Q", title=y_title),
            color=_compare_colour(codes, names, lang),
            tooltip=tooltip,
        )
    )
    gaps = (
        alt.Chart(frame)
        .transform_filter("datum.missing")
        .mark_text(text="–", fontSize=18, color=MUTED, dy=-8)
        .encode(x=x, xOffset=offset, y=alt.datum(0), tooltip=tooltip)
    )
    return styled(alt.layer(bars, gaps), height=height)


def ranking_bars(
    table: pd.DataFrame, indicator: str, selected: list[str], names: dict, lang: str, *, height: int = 420
) -> alt.TopLevelMixin:
    """All 17 provinces sorted by value, compared provinces highlighted, the national reference as a rule.

    Missing values are listed as such.
    """
    frame = table.copy()
    frame["province"] = province_labels(list(frame["iso_code"]), names, lang)
    frame["value_f"] = frame["value"].astype(float)
    missing_text = t("missing_value", lang)
    frame["label"] = [format_value(indicator, v, lang, missing=missing_text) for v in frame["value"]]
    frame["highlight"] = frame["iso_code"].isin(selected)
    frame["missing"] = frame["value"].isna()
    frame["sort_key"] = frame["value_f"].fillna(float("-inf"))
    order = list(frame.sort_values("sort_key", ascending=False)["province"])
    frame = frame[["province", "value_f", "label", "highlight", "missing"]]
    unit = unit_of(indicator, lang)
    y = alt.Y("province:N", title=None, sort=order, axis=alt.Axis(labelLimit=200))
    tooltip = [alt.Tooltip("province:N", title=" "), alt.Tooltip("label:N", title=unit)]
    bars = (
        alt.Chart(frame)
        .transform_filter("!datum.missing")
        .mark_bar(cornerRadiusEnd=2)
        .encode(
            y=y,
            x=alt.X("value_f:Q", title=unit),
            color=alt.condition("datum.highlight", alt.value(PRIMARY), alt.value(OTHER_FILL)),
            tooltip=tooltip,
        )
    )
    labels = (
        alt.Chart(frame)
        .mark_text(align="left", dx=4, fontSize=12, color=INK)
        .encode(y=y, x=alt.X("value_f:Q"), text="label:N")
    )
    missing = (
        alt.Chart(frame)
        .transform_filter("datum.missing")
        .mark_text(align="left", dx=4, fontSize=12, color=MUTED)
        .encode(y=y, x=alt.datum(0), text="label:N")
    )
    layers = [bars, labels.transform_filter("!datum.missing"), missing]
    reference = table["reference"].dropna()
    if not reference.empty:
        ref_label = t("regions_national_reference", lang, value=format_value(indicator, reference.iloc[0], lang))
        rule_frame = pd.DataFrame({"x": [float(reference.iloc[0])], "text": [ref_label]})
        layers.append(
            alt.Chart(rule_frame)
            .mark_rule(color=ACCENT, strokeDash=[6, 4], strokeWidth=2)
            .encode(x="x:Q", tooltip=alt.Tooltip("text:N", title=" "))
        )
    return styled(alt.layer(*layers), height=height)


def choropleth(
    features: dict,
    table: pd.DataFrame,
    indicator: str,
    selected: list[str],
    names: dict,
    lang: str,
    *,
    height: int = 560,
) -> alt.TopLevelMixin:
    """The 17 provinces coloured by the indicator; grey where there is no value; compared provinces outlined."""
    values = table.set_index("iso_code")
    missing_text = t("missing_value", lang)
    present, absent, outlined = [], [], []
    for feature in features["features"]:
        code = feature["properties"]["code"]
        item = copy.deepcopy(feature)
        value = values["value"].get(code, pd.NA) if code in values.index else pd.NA
        rank = values["rank"].get(code, pd.NA) if code in values.index else pd.NA
        item["properties"] = {
            "code": code,
            "name": province_labels([code], names, lang)[0],
            "value": None if is_missing(value) else float(value),
            "label": format_value(indicator, value, lang, missing=missing_text),
            "rank": "–" if is_missing(rank) else f"{int(rank)} / {int(values['n_reported'].iloc[0])}",
        }
        (absent if is_missing(value) else present).append(item)
        if code in selected:
            outlined.append(item)
    unit = unit_of(indicator, lang)
    rank_title = t("regions_col_rank", lang)
    tooltip = [
        alt.Tooltip("properties.name:N", title=" "),
        alt.Tooltip("properties.label:N", title=unit),
        alt.Tooltip("properties.rank:N", title=rank_title),
    ]
    projection = {"type": "mercator"}
    layers = []
    if present:
        layers.append(
            alt.Chart(alt.Data(values=present))
            .mark_geoshape(stroke="white", strokeWidth=0.8)
            .encode(
                color=alt.Color(
                    "properties.value:Q",
                    title=unit,
                    scale=alt.Scale(scheme="blues"),
                    legend=alt.Legend(orient="bottom", gradientLength=320, titleLimit=400),
                ),
                tooltip=tooltip,
            )
            .project(**projection)
        )
    if absent:
        layers.append(
            alt.Chart(alt.Data(values=absent))
            .mark_geoshape(fill=MISSING_FILL, stroke="white", strokeWidth=0.8)
            .encode(tooltip=tooltip)
            .project(**projection)
        )
    if outlined:
        layers.append(
            alt.Chart(alt.Data(values=outlined))
            .mark_geoshape(filled=False, stroke=INK, strokeWidth=2.2)
            .encode(tooltip=tooltip)
            .project(**projection)
        )
    return styled(alt.layer(*layers), height=height)


def choropleth_outlined(spec: dict, selected: list[str]) -> dict | None:
    """A ``choropleth`` spec (dict) built with every province selected, narrowed to ``selected``'s outlines.

    Equal to the spec of ``choropleth(..., selected, ...)``: the outline layer is the last one and
    keeps the features in the same order. Building the map once per indicator and narrowing it
    per selection spares the page the costly rebuild (the GeoJSON travels inline). ``spec`` is
    not changed. None where narrowing would not give the same spec (nothing selected, or
    layers left with the same data, which Altair would merge): build the chart directly then.
    """
    layers = list(spec["layer"])
    outline = layers.pop()
    kept = [feature for feature in outline["data"]["values"] if feature["properties"]["code"] in selected]
    if not kept or any(layer.get("data", {}).get("values") == kept for layer in layers):
        return None
    layers.append({**outline, "data": {**outline["data"], "values": kept}})
    return {**spec, "layer": layers}


def capital_grdp_share_chart(frame: pd.DataFrame, lang: str, *, height: int = 300) -> alt.TopLevelMixin:
    """Capital region's share of GRDP as reported, one colour per base year, points not joined across bases."""
    data = frame.copy()
    data["series"] = [t("regions_base_series", lang, base=base) for base in data["base"]]
    data["label"] = [format_pct(v, digits=1) for v in data["share_pct"]]
    year_title = t("regions_col_year", lang)
    unit = t("regions_axis_capital_grdp", lang)
    colour = alt.Color(
        "series:N", title=None, scale=alt.Scale(domain=sorted(data["series"].unique()), range=[MUTED, PRIMARY])
    )
    x = alt.X("year:O", title=year_title, axis=alt.Axis(labelAngle=0))
    y = alt.Y("share_pct:Q", title=unit, scale=alt.Scale(domain=[50, 54], zero=False))
    tooltip = [
        alt.Tooltip("year:O", title=year_title),
        alt.Tooltip("series:N", title=" "),
        alt.Tooltip("label:N", title=unit),
    ]
    lines = (
        alt.Chart(data)
        .mark_line(strokeWidth=2.5, point=alt.OverlayMarkDef(size=80, filled=True))
        .encode(x=x, y=y, color=colour, detail="series:N", tooltip=tooltip)
    )
    text = alt.Chart(data).mark_text(dy=-12, fontSize=12, color=INK).encode(x=x, y=y, text="label:N")
    rule = alt.Chart(pd.DataFrame({"y": [50.0]})).mark_rule(color=MUTED, strokeDash=[6, 4]).encode(y="y:Q")
    return styled(alt.layer(rule, lines, text), height=height)


def institutions_bars(
    frame: pd.DataFrame, codes: list[str], names: dict, lang: str, *, height: int = 260
) -> alt.TopLevelMixin:
    """Relocated institutions per compared province, stacked by destination type (uncertain rows hatched apart)."""
    data = frame.copy()
    data["province"] = province_labels(list(data["iso_code"]), names, lang)
    uncertain = t("regions_status_uncertain", lang)
    data["type"] = [
        t(f"regions_dest_{kind}", lang) + (f" ({uncertain})" if status == "uncertain" else "")
        for kind, status in zip(data["destination_type"], data["status"], strict=True)
    ]
    domain = [t(f"regions_dest_{kind}", lang) for kind in ("innovation_city", "sejong", "individual")] + [
        t("regions_dest_sejong", lang) + f" ({uncertain})"
    ]
    unit = t("regions_col_count", lang)
    all_names = province_labels(codes, names, lang)
    chart = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            y=alt.Y(
                "province:N",
                title=None,
                sort=all_names,
                scale=alt.Scale(domain=all_names),
                axis=alt.Axis(labelLimit=200),
            ),
            x=alt.X("count:Q", title=unit, axis=alt.Axis(tickMinStep=1)),
            color=alt.Color(
                "type:N",
                title=None,
                scale=alt.Scale(domain=domain, range=[PRIMARY, CATEGORICAL[2], ACCENT, OTHER_FILL]),
            ),
            tooltip=[
                alt.Tooltip("province:N", title=" "),
                alt.Tooltip("type:N", title=" "),
                alt.Tooltip("count:Q", title=unit),
            ],
        )
    )
    return styled(chart, height=height)


def gap_dots(frame: pd.DataFrame, codes: list[str], names: dict, lang: str, *, height: int = 300) -> alt.TopLevelMixin:
    """Relative gap to the national reference (%) per indicator, one dot per compared province.

    0 is the national reference.
    """
    data = frame.dropna(subset=["gap_pct"]).copy()
    data["gap_f"] = data["gap_pct"].astype(float)
    data["province"] = province_labels(list(data["iso_code"]), names, lang)
    data = data[["indicator_label", "province", "gap_f", "value_label", "gap_label"]]
    unit = t("regions_col_gap_pct", lang)
    order = list(dict.fromkeys(data["indicator_label"]))
    y = alt.Y("indicator_label:N", title=None, sort=order, axis=alt.Axis(labelLimit=0))
    dots = (
        alt.Chart(data)
        .mark_point(filled=True, size=160, opacity=0.9)
        .encode(
            y=y,
            x=alt.X("gap_f:Q", title=unit),
            color=_compare_colour(codes, names, lang),
            shape=alt.Shape("province:N", sort=province_labels(codes, names, lang), title=None),
            tooltip=[
                alt.Tooltip("province:N", title=" "),
                alt.Tooltip("indicator_label:N", title=" "),
                alt.Tooltip("value_label:N", title=t("regions_col_value", lang)),
                alt.Tooltip("gap_label:N", title=unit),
            ],
        )
    )
    zero = alt.Chart(pd.DataFrame({"x": [0.0]})).mark_rule(color=MUTED, strokeDash=[6, 4]).encode(x="x:Q")
    return styled(alt.layer(zero, dots), height=height)
