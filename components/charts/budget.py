"""Altair builders for the Special Account (the /budget page). Pure: DataFrames in, charts out (no Streamlit).

Amounts arrive in KRW million and are drawn in trillion KRW (조 원); the exact
KRW-million figure is always in the tooltip. Figures that are not exact account
data (rounded, derived, bills, secondary) get their own hollow marks and are
never joined to the exact series by a line.
"""

from __future__ import annotations

import textwrap

import altair as alt
import pandas as pd

from components.charts.style import styled, wide_only
from components.formatting import below_trillion, format_krw_million, format_pct, small_amount_divisor
from components.strings import gloss_lang, t
from components.theme import AXIS_TEXT, INK, MUTED, PRIMARY
from data.budget import PRECISION_ORDER, REAL_COLUMN, STRUCTURE_COLUMNS

ACCOUNT_COLOURS = {
    "local_support": PRIMARY,
    "local_autonomous": "#8A4B08",
    "local_autonomous_provinces": "#B45309",
    "local_autonomous_districts": "#C97A1A",  # 3.3:1 on white (WCAG 1.4.11: 3:1 for graphics)
    "sejong": "#0F766E",
    "jeju": "#A3195B",
    "total": INK,
}
PRECISION_STYLE = {  # colour, shape, filled
    "exact": (PRIMARY, "circle", True),
    "rounded_historical": (MUTED, "circle", False),
    "rounded_budget": (INK, "circle", False),
    "enacted_inferred": (INK, "circle", False),
    "derived": ("#B45309", "diamond", False),
    "bill": ("#C2185B", "triangle-up", False),
    "bill_secondary": ("#C2185B", "triangle-down", False),
    "secondary": ("#6D28D9", "square", False),
    "conflict": ("#B91C1C", "cross", True),
}
BAND_FILLS = ["#F1F4F8", "#FFFFFF"]
# Layout by language: a Hangul character is about twice as wide as a Latin one.
LEGEND_COLUMNS = {"ko": 3, "en": 2}  # a taller legend would take height from the plot
BAND_WRAP = {"ko": 12, "en": 20}  # characters per line in a renaming band's label
CELL_WRAP = {"ko": 14, "en": 24}  # characters per line in a structure-diagram cell
STRUCTURE_HEIGHT = {"ko": 500, "en": 640}


def amount_unit(lang: str, prices: str) -> str:
    """The amount axis's unit: KRW trillion, nominal or in 2020 prices."""
    return t("budget_unit_tn_real" if prices == "real" else "budget_unit_tn", lang)


def _year_title(lang: str) -> str:
    return t("budget_axis_year", lang)


def _account_name(account_id: str, names: dict[str, dict[str, str]], lang: str) -> str:
    return names.get(account_id, {}).get(lang, account_id)


def _annotation_layer(
    annotations: pd.DataFrame, years: list[int], lang: str, scale: float, *, rule: bool = True
) -> list[alt.Chart]:
    """Letter badges (A–D) at the years the seed's explanations were placed, with the text in the tooltip."""
    if annotations is None or annotations.empty:
        return []
    shown = annotations[annotations["year_placed"].isin(years)]
    if shown.empty:
        return []
    text_col = f"text_{lang}"
    grouped = (
        shown.groupby("year_placed")
        .agg(letters=("change_id", lambda s: " · ".join(s)), texts=(text_col, lambda s: " | ".join(s)))
        .reset_index()
        .rename(columns={"year_placed": "year"})
    )
    grouped["basis"] = t("budget_annotation_basis_short", lang)
    x = alt.X("year:O")
    tooltip = [
        alt.Tooltip("year:O", title=_year_title(lang)),
        alt.Tooltip("letters:N", title=t("budget_annotation_label", lang)),
        alt.Tooltip("texts:N", title=" "),
        alt.Tooltip("basis:N", title=t("budget_annotation_basis_title", lang)),
    ]
    rule_mark = (
        alt.Chart(grouped).mark_rule(color=MUTED, strokeDash=[4, 3], strokeWidth=1.5).encode(x=x, tooltip=tooltip)
    )
    badge = (
        alt.Chart(grouped)
        .mark_text(fontSize=14 * scale, fontWeight="bold", color=INK, baseline="top", dy=2)
        .encode(x=x, y=alt.value(0), text="letters:N", tooltip=tooltip)
    )
    return [rule_mark, badge] if rule else [badge]


def account_trend_chart(
    view_frame: pd.DataFrame,
    view: str,
    prices: str,
    lang: str,
    names: dict[str, dict[str, str]],
    annotations: pd.DataFrame | None = None,
    *,
    scale: float = 1.0,
    height: int = 420,
) -> alt.TopLevelMixin:
    """The accounts by year: stacked amounts (Total as a line), shares of the total, or change on the previous year."""
    frame = view_frame.copy()
    frame["account"] = [_account_name(a, names, lang) for a in frame["account_id"]]
    frame["exact_label"] = [f"{int(v):,}" for v in frame["amount_krw_million"]]
    frame["amount_label"] = [format_krw_million(v, lang) for v in frame["amount_krw_million"]]
    frame["share_label"] = [format_pct(v) for v in frame["share_of_total_pct"]]
    frame["change_label"] = [format_pct(v, signed=True) for v in frame["yoy_change_pct"]]
    present = [a for a in ACCOUNT_COLOURS if a in set(frame["account_id"])]
    domain = [_account_name(a, names, lang) for a in present]
    colour = alt.Color(
        "account:N",
        title=None,
        scale=alt.Scale(domain=domain, range=[ACCOUNT_COLOURS[a] for a in present]),
        legend=alt.Legend(columns=LEGEND_COLUMNS[lang], symbolType="square", symbolOpacity=1),
    )
    x = alt.X("year:O", title=_year_title(lang), axis=alt.Axis(labelAngle=0))
    tooltip = [
        alt.Tooltip("year:O", title=_year_title(lang)),
        alt.Tooltip("account:N", title=t("budget_col_account", lang)),
        alt.Tooltip("amount_label:N", title=t("budget_tooltip_nominal", lang)),
        alt.Tooltip("exact_label:N", title=t("budget_tooltip_exact", lang)),
        alt.Tooltip("share_label:N", title=t("budget_tooltip_share", lang)),
        alt.Tooltip("change_label:N", title=t("budget_tooltip_change", lang)),
    ]
    if prices == "real" and REAL_COLUMN in frame:
        frame["real_label"] = [format_krw_million(v, lang) for v in frame[REAL_COLUMN]]
        tooltip.append(alt.Tooltip("real_label:N", title=t("budget_tooltip_real", lang)))
    years = sorted(int(y) for y in frame["year"].unique())
    layers: list[alt.Chart] = []
    if view == "amount":
        frame["value_tn"] = frame["value"] / 1_000_000
        unit = amount_unit(lang, prices)
        stack = frame[frame["stacked"]].copy()
        stack["stack_order"] = stack["account_id"].map({a: i for i, a in enumerate(ACCOUNT_COLOURS)})
        total = frame[frame["account_id"] == "total"].copy()
        top = max(
            stack.groupby("year")["value_tn"].sum().max() if not stack.empty else 0,
            total["value_tn"].max() if not total.empty else 0,
        )
        y_scale = alt.Scale(domain=[0, float(top) * 1.18 if top else 1])
        if not stack.empty:
            layers.append(
                alt.Chart(stack)
                .mark_bar(width={"band": 0.62})
                .encode(
                    x=x,
                    y=alt.Y("value_tn:Q", title=unit, stack="zero", scale=y_scale),
                    color=colour,
                    order=alt.Order("stack_order:Q", sort="ascending"),
                    tooltip=tooltip,
                )
            )
            layers.append(_segment_names(stack, x, y_scale, lang, scale))
        if not total.empty:
            total["value_label"] = [format_krw_million(v, lang) for v in total["value"]]
            base = alt.Chart(total).encode(x=x, y=alt.Y("value_tn:Q", title=unit, scale=y_scale))
            layers.append(
                base.mark_line(color=ACCOUNT_COLOURS["total"], strokeWidth=2.5 * scale).encode(
                    color=colour, tooltip=tooltip
                )
            )
            layers.append(
                base.mark_point(filled=True, size=70 * scale, color=ACCOUNT_COLOURS["total"]).encode(
                    color=colour, tooltip=tooltip
                )
            )
            layers.append(
                wide_only(base.mark_text(dy=-12 * scale, fontSize=12 * scale, color=INK)).encode(text="value_label:N")
            )
    else:
        title = (
            t("budget_unit_share", lang)
            if view == "share"
            else t("budget_unit_change_real" if prices == "real" else "budget_unit_change", lang)
        )
        y = alt.Y("value:Q", title=title)
        base = alt.Chart(frame).encode(x=x, y=y, color=colour, tooltip=tooltip)
        if view == "change":
            layers.append(alt.Chart(pd.DataFrame({"zero": [0.0]})).mark_rule(color=MUTED).encode(y="zero:Q"))
        layers.append(base.mark_line(strokeWidth=2.5 * scale))
        layers.append(base.mark_point(filled=True, size=70 * scale))
    layers.extend(_annotation_layer(annotations, years, lang, scale, rule=view != "amount"))
    return styled(alt.layer(*layers), height=height, scale=scale)


SEGMENT_MIN_TN = 0.8  # a segment lower than this (about 25 px) has no room for its name
# Names in white (5.0–7.4:1 on the account colours) except on the light districts' colour: there in ink (4.8:1).
SEGMENT_INK = {"local_autonomous_districts": INK}
# Names in white (5.0–7.4:1 on the account colours) except on the light districts' colour: there in ink (4.8:1).
SEGMENT_INK = {"local_autonomous_districts": INK}


def _segment_names(stack: pd.DataFrame, x: alt.X, y_scale: alt.Scale, lang: str, scale: float) -> alt.Chart:
    """The accounts named inside the last year's bar, so its segments are told apart by more than colour
    (KWCAG 1.4.1); segments too low for a name are named in the legend and tooltip only. Not on a phone."""
    last = stack[stack["year"] == stack["year"].max()].sort_values("stack_order").copy()
    last["mid_tn"] = last["value_tn"].cumsum() - last["value_tn"] / 2
    last["segment"] = [t(f"budget_segment_{account}", lang) for account in last["account_id"]]
    last["ink"] = [SEGMENT_INK.get(account, "#FFFFFF") for account in last["account_id"]]
    shown = last[last["value_tn"] >= SEGMENT_MIN_TN]
    return wide_only(alt.Chart(shown).mark_text(fontWeight="bold", fontSize=11.5 * scale)).encode(
        x=x, y=alt.Y("mid_tn:Q", scale=y_scale), text="segment:N", color=alt.Color("ink:N", scale=None)
    )


def _precision_encoding(frame: pd.DataFrame, lang: str) -> tuple[alt.Color, alt.Shape, alt.Fill]:
    present = [p for p in PRECISION_ORDER if p in set(frame["precision"])]
    labels = [t(f"budget_precision_{p}", lang) for p in present]
    colours = [PRECISION_STYLE[p][0] for p in present]
    shapes = [PRECISION_STYLE[p][1] for p in present]
    fills = [PRECISION_STYLE[p][0] if PRECISION_STYLE[p][2] else "#FFFFFF" for p in present]
    title = t("budget_precision_legend", lang)
    legend = alt.Legend(columns=3, title=title, titleOrient="top")
    return (
        alt.Color("precision_label:N", title=title, scale=alt.Scale(domain=labels, range=colours), legend=legend),
        alt.Shape("precision_label:N", title=title, scale=alt.Scale(domain=labels, range=shapes), legend=legend),
        alt.Fill("precision_label:N", title=title, scale=alt.Scale(domain=labels, range=fills), legend=legend),
    )


def _precision_points(
    frame: pd.DataFrame,
    lang: str,
    prices: str,
    *,
    x_domain: list[float],
    scale: float,
    y_top: float | None = None,
    sparse_labels: bool = False,
) -> list[alt.Chart]:
    data = frame.sort_values(["year", "amount_krw_million"], ascending=[True, False]).copy()
    data["precision_label"] = [t(f"budget_precision_{p}", lang) for p in data["precision"]]
    column = REAL_COLUMN if prices == "real" else "amount_krw_million"
    # An account that never reaches a trillion (Jeju) is counted in 억 원 / KRW bn, like its labels (issue 20).
    small = prices == "nominal" and below_trillion(data[column])
    divisor = small_amount_divisor(lang) if small else 1_000_000
    data["value_tn"] = data[column].astype(float) / divisor
    data["value_label"] = [
        format_krw_million(v, lang, digits=2 if p == "exact" else 1)
        if p == "exact" or v >= 1_000_000
        else format_krw_million(v, lang)
        for v, p in zip(data[column], data["precision"], strict=True)
    ]
    data["exact_label"] = [f"{int(v):,}" for v in data["amount_krw_million"]]
    colour, shape, fill = _precision_encoding(data, lang)
    unit = t("budget_unit_small", lang) if small else amount_unit(lang, prices)
    top = y_top * 1_000_000 / divisor if y_top else float(data["value_tn"].max()) * 1.2
    x = alt.X(
        "year:Q",
        title=_year_title(lang),
        scale=alt.Scale(domain=x_domain, nice=False),
        axis=alt.Axis(format="d", tickMinStep=1, labelAngle=0, grid=False),
    )
    y = alt.Y("value_tn:Q", title=unit, scale=alt.Scale(domain=[0, top]))
    tooltip = [
        alt.Tooltip("year:Q", title=_year_title(lang), format="d"),
        alt.Tooltip("precision_label:N", title=t("budget_precision_legend", lang)),
        alt.Tooltip("value_label:N", title=unit),
        alt.Tooltip("exact_label:N", title=t("budget_tooltip_as_published", lang)),
        alt.Tooltip("source_short:N", title=t("source_label", lang)),
    ]
    exact = data[data["precision"] == "exact"]
    layers = []
    if not exact.empty:
        layers.append(
            alt.Chart(exact).mark_line(color=PRECISION_STYLE["exact"][0], strokeWidth=2 * scale).encode(x=x, y=y)
        )
    layers.append(
        alt.Chart(data)
        .mark_point(size=110 * scale, strokeWidth=2.2 * scale, opacity=1)
        .encode(x=x, y=y, color=colour, shape=shape, fill=fill, tooltip=tooltip)
    )
    exact_years = sorted(exact["year"].unique())
    labelled = data[
        (data["precision"] != "exact")
        | data["year"].isin(exact_years[:1] + exact_years[-1:] if sparse_labels else exact_years)
    ]
    lower = labelled.duplicated(
        "year", keep="first"
    )  # the lower of two figures for one year (sorted by amount) goes below
    text = wide_only(alt.Chart(labelled[~lower]).mark_text(dy=-14 * scale, fontSize=11.5 * scale, color=INK))
    layers.append(text.encode(x=x, y=y, text="value_label:N"))
    if lower.any():
        layers.append(
            wide_only(alt.Chart(labelled[lower]).mark_text(dy=16 * scale, fontSize=11.5 * scale, color=INK)).encode(
                x=x, y=y, text="value_label:N"
            )
        )
    return layers


def long_run_chart(
    totals: pd.DataFrame,
    periods: pd.DataFrame,
    lang: str,
    prices: str,
    *,
    year_from: int,
    year_to: int,
    scale: float = 1.0,
    height: int = 400,
) -> alt.TopLevelMixin:
    """The Special Account's total 2005–2026 by precision, on bands that name the account in each period."""
    x_domain = [year_from - 0.5, year_to + 0.5]
    bands = periods[(periods["end"] >= year_from) & (periods["start"] <= year_to)].copy()
    bands["x0"] = bands["start"].clip(lower=year_from) - 0.5
    bands["x1"] = bands["end"].clip(upper=year_to) + 0.5
    status_mark = {
        "approx": t("budget_period_approx", lang),
        "inferred": t("budget_period_inferred", lang),
        "sourced": "",
    }
    bands["label"] = [
        textwrap.fill(f"{start}{status_mark[status]}: {short}", BAND_WRAP[lang])
        for start, status, short in zip(bands["start"], bands["status"], bands[f"short_{lang}"], strict=True)
    ]
    bands["full_name"] = [f"{row.name_ko} · {row.name_en}" for row in bands.itertuples()]
    data_top = (
        float((totals[REAL_COLUMN] if prices == "real" else totals["amount_krw_million"]).max()) / 1_000_000
        if not totals.empty
        else 10.0
    )
    top = data_top * 1.32
    bands["y0"], bands["y1"] = 0.0, top
    band_tooltip = [
        alt.Tooltip("full_name:N", title=t("budget_period_title", lang)),
        alt.Tooltip("administration:N", title=t("budget_period_admin", lang)),
    ]
    x = alt.X(
        "x0:Q",
        title=_year_title(lang),
        scale=alt.Scale(domain=x_domain, nice=False),
        axis=alt.Axis(format="d", labelAngle=0, grid=False),
    )
    y = alt.Y("y0:Q", scale=alt.Scale(domain=[0, top]))
    layers: list[alt.Chart] = []
    for index, fill in enumerate(BAND_FILLS):
        part = bands.iloc[index::2]
        if not part.empty:
            layers.append(
                alt.Chart(part)
                .mark_rect(fill=fill, stroke="#C9CED6", strokeWidth=0.6)
                .encode(x=x, x2="x1:Q", y=y, y2="y1:Q", tooltip=band_tooltip)
            )
    layers.append(
        wide_only(alt.Chart(bands))
        .mark_text(align="left", baseline="top", dx=4, dy=4, fontSize=11.5 * scale, color=AXIS_TEXT, lineBreak="\n")
        .encode(x=x, y=alt.value(0), text="label:N", tooltip=band_tooltip)
    )
    if not totals.empty:  # over more than a dozen years the exact years' labels would overlap: first and last only
        sparse = year_to - year_from > 12
        layers.extend(
            _precision_points(totals, lang, prices, x_domain=x_domain, scale=scale, y_top=top, sparse_labels=sparse)
        )
    return styled(alt.layer(*layers), height=height, scale=scale)


def fragments_chart(frame: pd.DataFrame, lang: str, *, scale: float = 1.0, height: int = 300) -> alt.TopLevelMixin:
    """One account 2015–2026: exact seed years joined by a line, later sourced figures as separate marks."""
    x_domain = [2014.5, 2026.5]
    top = float(frame["amount_krw_million"].max()) / 1_000_000 * 1.25
    layers = [
        alt.Chart(pd.DataFrame({"x0": [2020.5], "x1": [2026.5]}))
        .mark_rect(color="#F1F4F8")
        .encode(x=alt.X("x0:Q", scale=alt.Scale(domain=x_domain, nice=False)), x2="x1:Q"),
        *_precision_points(frame, lang, "nominal", x_domain=x_domain, scale=scale, y_top=top, sparse_labels=True),
    ]
    return styled(alt.layer(*layers), height=height, scale=scale)


def structure_diagram(
    cells: pd.DataFrame, names: dict[str, dict[str, str]], lang: str, *, scale: float = 1.0
) -> alt.TopLevelMixin:
    """The seed's accounts × formulation-method table as a grid: one column per account, ①…⑧ in the cells."""
    width_chars = CELL_WRAP[lang]
    gloss = gloss_lang(lang)
    frame = cells.copy()
    frame["x0"], frame["x1"] = frame["col"] + 1.0, frame["col"] + 2.0
    frame["y0"], frame["y1"] = frame["row0"] + 1.0, frame["row1"] + 1.0
    frame["label"] = [
        "\n".join(textwrap.fill(line, width_chars) for line in str(text).split("\n")) for text in frame["text"]
    ]
    frame["account"] = [names.get(a, {}).get(lang, a) for a in frame["account_id"]]
    frame["fill"] = [
        "#FFFFFF" if items == "" else "#EEF3FC" if a in ("local_autonomous", "local_support") else "#F3F6F4"
        for a, items in zip(frame["account_id"], frame["items"], strict=True)
    ]
    headers = pd.DataFrame(
        {
            "x0": [c + 1.0 for c in range(len(STRUCTURE_COLUMNS))],
            "x1": [c + 2.0 for c in range(len(STRUCTURE_COLUMNS))],
            "y0": 0.0,
            "y1": 1.0,
            "label": [
                textwrap.fill(names.get(a, {}).get(lang, a), width_chars)
                + (f"\n{textwrap.fill(names.get(a, {}).get(gloss, a), CELL_WRAP[gloss])}" if gloss else "")
                for a in STRUCTURE_COLUMNS
            ],
        }
    )
    row_heads = pd.DataFrame(
        {
            "x0": 0.0,
            "x1": 1.0,
            "y0": [1.0, 2.0, 3.0],
            "y1": [2.0, 3.0, 4.0],
            "label": [
                textwrap.fill(t(key, lang), width_chars - 2)
                for key in (
                    "budget_structure_row_provinces",
                    "budget_structure_row_districts",
                    "budget_structure_row_government",
                )
            ],
        }
    )
    corner = pd.DataFrame(
        {
            "x0": [0.0],
            "x1": [1.0],
            "y0": [0.0],
            "y1": [1.0],
            "label": [f"{t('budget_structure_corner_account', lang)} →\n{t('budget_structure_corner_method', lang)} ↓"],
        }
    )
    height = int(STRUCTURE_HEIGHT[lang] * scale)
    line_px = 15 * scale
    head_fill = pd.concat([headers, row_heads, corner], ignore_index=True)
    for part in (
        head_fill,
        frame,
    ):  # centre multi-line text: Vega anchors the first line, so shift up by half the block
        lines = part["label"].str.count("\n")
        part["xm"] = (part["x0"] + part["x1"]) / 2
        part["ym"] = (part["y0"] + part["y1"]) / 2 - lines * line_px / 2 * 4 / height
    x = alt.X("x0:Q", scale=alt.Scale(domain=[0, 5], nice=False), axis=None)
    y = alt.Y("y0:Q", scale=alt.Scale(domain=[0, 4], reverse=True, nice=False), axis=None)
    xm = alt.X("xm:Q", scale=alt.Scale(domain=[0, 5], nice=False), axis=None)
    ym = alt.Y("ym:Q", scale=alt.Scale(domain=[0, 4], reverse=True, nice=False), axis=None)
    tooltip = [alt.Tooltip("account:N", title=t("budget_col_account", lang)), alt.Tooltip("text:N", title=" ")]
    text_style = {"fontSize": 12 * scale, "lineBreak": "\n", "lineHeight": line_px, "baseline": "middle"}
    layers = [
        alt.Chart(head_fill)
        .mark_rect(fill="#1D3F73", stroke="#FFFFFF", strokeWidth=2)
        .encode(x=x, x2="x1:Q", y=y, y2="y1:Q"),
        alt.Chart(head_fill)
        .mark_text(color="#FFFFFF", fontWeight="bold", **text_style)
        .encode(x=xm, y=ym, text="label:N"),
        alt.Chart(frame)
        .mark_rect(stroke="#9AA5B1", strokeWidth=1)
        .encode(x=x, x2="x1:Q", y=y, y2="y1:Q", fill=alt.Fill("fill:N", scale=None), tooltip=tooltip),
        alt.Chart(frame).mark_text(color=INK, **text_style).encode(x=xm, y=ym, text="label:N", tooltip=tooltip),
    ]
    return styled(alt.layer(*layers), height=height, scale=scale)
