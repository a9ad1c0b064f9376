"""Altair builders for the /regions page. Pure: DataFrames (and the province GeoJSON) in, charts out.

Missing values are drawn as missing (a grey shape or an "no data" mark), never as zero.
"""

from __future__ import annotations

import copy

import altair as alt
import pandas as pd

from components.charts.style import styled
from components.formatting import format_int, format_pct, is_missing
from components.theme import ACCENT, MUTED, PRIMARY

# Up to four compared provinces: distinct, colour-blind-safe enough, ≥ 3:1 against white.
COMPARE_COLOURS = [PRIMARY, ACCENT, "#00785A", "#8B3FB5"]
MISSING_FILL = "#D9DCE0"
OUTLINE = "#1E2124"

UNITS = {
    "population": {"ko": "명", "en": "people"},
    "population_change": {"ko": "%", "en": "%"},
    "grdp": {"ko": "조 원 (명목, 보도된 반올림 값)", "en": "KRW trillion (nominal, rounded as reported)"},
    "grdp_per_capita": {"ko": "백만 원/명 (파생)", "en": "KRW million per person (derived)"},
    "institutions": {"ko": "개 기관", "en": "institutions"},
    "employees": {"ko": "명", "en": "people"},
    "employees_per_1000": {"ko": "명 (주민 1,000명당, 파생)", "en": "per 1,000 residents (derived)"},
}


def unit_of(indicator: str, lang: str) -> str:
    return UNITS[indicator][lang]


def format_value(indicator: str, value: object, lang: str, missing: str = "–") -> str:
    """A value as people read it, with its unit (exact integers for counts)."""
    if is_missing(value):
        return missing
    number = float(value)
    if indicator in ("population", "employees"):
        return f"{format_int(round(number))}명" if lang == "ko" else f"{format_int(round(number))} people"
    if indicator == "population_change":
        return format_pct(number, digits=1, signed=True)
    if indicator == "grdp":
        text = f"{number:,.1f}" if number % 1 else f"{number:,.0f}"
        return f"{text}조 원" if lang == "ko" else f"KRW {text} tn"
    if indicator == "grdp_per_capita":
        return f"{number:,.1f}백만 원" if lang == "ko" else f"KRW {number:,.1f} m"
    if indicator == "institutions":
        return f"{int(number)}개" if lang == "ko" else f"{int(number)}"
    if indicator == "employees_per_1000":
        return f"{number:,.2f}명" if lang == "ko" else f"{number:,.2f}"
    return f"{number:,}"


def format_gap(indicator: str, gap: object, gap_pct: object, lang: str) -> str:
    """Gap to the national reference: absolute (and relative where it means something)."""
    if is_missing(gap):
        return "–"
    if indicator == "population_change":
        return f"{float(gap):+,.1f}%p".replace("-", "−")
    sign = "+" if float(gap) >= 0 else "−"
    if indicator == "institutions":  # the reference (total ÷ 17) is fractional
        text = sign + (f"{abs(float(gap)):.1f}개" if lang == "ko" else f"{abs(float(gap)):.1f}")
    else:
        text = sign + format_value(indicator, abs(float(gap)), lang)
    if not is_missing(gap_pct):
        text += f" ({format_pct(gap_pct, digits=0, signed=True)})"
    return text


def _names(codes: list[str], names: dict[str, dict[str, str]], lang: str) -> list[str]:
    return [names.get(code, {}).get(lang, code) for code in codes]


def _colour(codes: list[str], names: dict[str, dict[str, str]], lang: str, title: str | None = None) -> alt.Color:
    return alt.Color(
        "province:N",
        title=title,
        scale=alt.Scale(domain=_names(codes, names, lang), range=COMPARE_COLOURS[: len(codes)]),
        sort=_names(codes, names, lang),
    )


def population_lines(
    series: pd.DataFrame, codes: list[str], names: dict, lang: str, *, measure: str = "population", height: int = 320
) -> alt.TopLevelMixin:
    """Resident population (or share of the national total) of the compared provinces, one line each."""
    frame = series.copy()
    frame["province"] = [names.get(c, {}).get(lang, c) for c in frame["iso_code"]]
    field = "population" if measure == "population" else "share_of_national_pct"
    frame["value"] = frame[field].astype(float)
    frame["label"] = [
        format_value("population", v, lang) if measure == "population" else format_pct(v, digits=2)
        for v in frame[field]
    ]
    frame = frame[["year", "province", "value", "label"]]
    year_title = "연도" if lang == "ko" else "Year"
    if measure == "population":
        y_title = "주민등록인구 (명)" if lang == "ko" else "Resident population (people)"
    else:
        y_title = "전국 대비 비중 (%)" if lang == "ko" else "Share of national population (%)"
    chart = (
        alt.Chart(frame)
        .mark_line(point=alt.OverlayMarkDef(size=50), strokeWidth=2.5)
        .encode(
            x=alt.X("year:O", title=year_title, axis=alt.Axis(labelAngle=0)),
            y=alt.Y("value:Q", title=y_title, axis=alt.Axis(format="~s" if measure == "population" else ".1f")),
            color=_colour(codes, names, lang),
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
    frame["province"] = [names.get(c, {}).get(lang, c) for c in frame["iso_code"]]
    frame["value_f"] = frame["value"].astype(float)
    missing_text = "자료 없음" if lang == "ko" else "no data"
    frame["label"] = [format_value(indicator, v, lang, missing=missing_text) for v in frame["value"]]
    frame["missing"] = frame["value"].isna()
    frame = frame[["year", "province", "value_f", "label", "missing"]]
    year_title = "연도" if lang == "ko" else "Year"
    y_title = {
        "grdp": {"ko": "조 원", "en": "KRW tn"},
        "grdp_per_capita": {"ko": "백만 원/명", "en": "KRW m per person"},
    }[indicator][lang]
    x = alt.X("year:O", title=year_title, axis=alt.Axis(labelAngle=0))
    offset = alt.XOffset("province:N", sort=_names(codes, names, lang))
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
            x=x, xOffset=offset, y=alt.Y("value_f:Q", title=y_title), color=_colour(codes, names, lang), tooltip=tooltip
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
    frame["province"] = [names.get(c, {}).get(lang, c) for c in frame["iso_code"]]
    frame["value_f"] = frame["value"].astype(float)
    missing_text = "자료 없음" if lang == "ko" else "no data"
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
            color=alt.condition("datum.highlight", alt.value(PRIMARY), alt.value("#A9B4C2")),
            tooltip=tooltip,
        )
    )
    labels = (
        alt.Chart(frame)
        .mark_text(align="left", dx=4, fontSize=12, color="#1E2124")
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
        ref_label = ("전국 기준: " if lang == "ko" else "National reference: ") + format_value(
            indicator, reference.iloc[0], lang
        )
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
    missing_text = "자료 없음" if lang == "ko" else "no data"
    present, absent, outlined = [], [], []
    for feature in features["features"]:
        code = feature["properties"]["code"]
        item = copy.deepcopy(feature)
        value = values["value"].get(code, pd.NA) if code in values.index else pd.NA
        rank = values["rank"].get(code, pd.NA) if code in values.index else pd.NA
        item["properties"] = {
            "code": code,
            "name": names.get(code, {}).get(lang, code),
            "value": None if is_missing(value) else float(value),
            "label": format_value(indicator, value, lang, missing=missing_text),
            "rank": "–" if is_missing(rank) else f"{int(rank)} / {int(values['n_reported'].iloc[0])}",
        }
        (absent if is_missing(value) else present).append(item)
        if code in selected:
            outlined.append(item)
    unit = unit_of(indicator, lang)
    rank_title = "순위" if lang == "ko" else "Rank"
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
            .mark_geoshape(filled=False, stroke=OUTLINE, strokeWidth=2.2)
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
    data["series"] = [(f"{b}년 기준" if lang == "ko" else f"{b} base") for b in data["base"]]
    data["label"] = [format_pct(v, digits=1) for v in data["share_pct"]]
    year_title = "연도" if lang == "ko" else "Year"
    unit = "수도권 GRDP 비중 (%)" if lang == "ko" else "Capital region's share of GRDP (%)"
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
    text = alt.Chart(data).mark_text(dy=-12, fontSize=12, color="#1E2124").encode(x=x, y=y, text="label:N")
    rule = alt.Chart(pd.DataFrame({"y": [50.0]})).mark_rule(color=MUTED, strokeDash=[6, 4]).encode(y="y:Q")
    return styled(alt.layer(rule, lines, text), height=height)


def institutions_bars(
    frame: pd.DataFrame, codes: list[str], names: dict, lang: str, *, height: int = 260
) -> alt.TopLevelMixin:
    """Relocated institutions per compared province, stacked by destination type (uncertain rows hatched apart)."""
    data = frame.copy()
    data["province"] = [names.get(c, {}).get(lang, c) for c in data["iso_code"]]
    type_names = {
        "innovation_city": {"ko": "혁신도시", "en": "Innovation city"},
        "sejong": {"ko": "세종", "en": "Sejong"},
        "individual": {"ko": "개별 이전", "en": "Individual relocation"},
    }
    status_names = {"verified": {"ko": "확인됨", "en": "verified"}, "uncertain": {"ko": "불확실", "en": "uncertain"}}
    data["type"] = [
        type_names[t][lang] + (f" ({status_names[s][lang]})" if s == "uncertain" else "")
        for t, s in zip(data["destination_type"], data["status"], strict=True)
    ]
    domain = [type_names[t][lang] for t in ("innovation_city", "sejong", "individual")] + [
        type_names["sejong"][lang] + f" ({status_names['uncertain'][lang]})"
    ]
    unit = "기관 수" if lang == "ko" else "Institutions"
    all_names = _names(codes, names, lang)
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
                "type:N", title=None, scale=alt.Scale(domain=domain, range=[PRIMARY, "#00785A", ACCENT, "#A9B4C2"])
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
    data["province"] = [names.get(c, {}).get(lang, c) for c in data["iso_code"]]
    data = data[["indicator_label", "province", "gap_f", "value_label", "gap_label"]]
    unit = "전국 기준 대비 차이 (%)" if lang == "ko" else "Gap to national reference (%)"
    order = list(dict.fromkeys(data["indicator_label"]))
    y = alt.Y("indicator_label:N", title=None, sort=order, axis=alt.Axis(labelLimit=260))
    dots = (
        alt.Chart(data)
        .mark_point(filled=True, size=160, opacity=0.9)
        .encode(
            y=y,
            x=alt.X("gap_f:Q", title=unit),
            color=_colour(codes, names, lang),
            shape=alt.Shape("province:N", sort=_names(codes, names, lang), title=None),
            tooltip=[
                alt.Tooltip("province:N", title=" "),
                alt.Tooltip("indicator_label:N", title=" "),
                alt.Tooltip("value_label:N", title="값" if lang == "ko" else "Value"),
                alt.Tooltip("gap_label:N", title=unit),
            ],
        )
    )
    zero = alt.Chart(pd.DataFrame({"x": [0.0]})).mark_rule(color=MUTED, strokeDash=[6, 4]).encode(x="x:Q")
    return styled(alt.layer(zero, dots), height=height)
