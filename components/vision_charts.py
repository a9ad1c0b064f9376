"""Altair builders for the /vision page. Pure: DataFrames in, charts out (no Streamlit)."""

from __future__ import annotations

import textwrap

import altair as alt
import pandas as pd

from components.charts.style import styled
from components.theme import FONT, MUTED
from data.transforms_vision import DIM, STRATEGY_COLOURS

INK = "#1E2124"
COLOUR_DOMAIN = ["root", *STRATEGY_COLOURS]
COLOUR_RANGE = [INK, *STRATEGY_COLOURS.values()]


def wrap(text: str, width: int) -> str:
    """Break a label into lines for Vega's ``lineBreak`` (long names stay readable, never cut)."""
    return "\n".join("\n".join(textwrap.wrap(part, width)) or part for part in str(text).split("\n"))


def hierarchy_tree(
    nodes: pd.DataFrame, edges: pd.DataFrame, root_label: str, lang: str, *, height: int = 560
) -> alt.LayerChart:
    """Vision → 3 strategies → 9 key tasks as a left-to-right tree; the focused branch in colour, the rest grey."""
    x_of = {0: 2.2, 1: 4.0, 2: 5.7}
    frame = nodes.copy()
    frame["x"] = frame["level"].map(x_of)
    frame["colour_key"] = frame["strategy_key"].where(frame["focused"], "dim")
    width = 30 if lang == "ko" else 46
    frame["text"] = [
        wrap(label, width) if level == 2 else wrap(label, 26 if lang == "en" else 14)
        for label, level in zip(frame["label"], frame["level"], strict=True)
    ]
    trunk = {0: 2.9, 1: 5.0}  # elbow connectors: out of the parent, along a trunk, into the child
    segments = []
    for edge in edges.itertuples(index=False):
        mid = trunk[int(edge.x)]
        key = edge.strategy_key if edge.focused else "dim"
        first = "root" if edge.x == 0 else key
        segments += [
            {
                "x": x_of[int(edge.x)],
                "y": edge.y,
                "x2": mid,
                "y2": edge.y,
                "colour_key": first,
                "focused": True if edge.x == 0 else edge.focused,
            },
            {"x": mid, "y": edge.y, "x2": mid, "y2": edge.y2, "colour_key": key, "focused": edge.focused},
            {
                "x": mid,
                "y": edge.y2,
                "x2": x_of[int(edge.x2)],
                "y2": edge.y2,
                "colour_key": key,
                "focused": edge.focused,
            },
        ]
    lines = pd.DataFrame(segments)
    colour = alt.Color(
        "colour_key:N", scale=alt.Scale(domain=[*COLOUR_DOMAIN, "dim"], range=[*COLOUR_RANGE, DIM]), legend=None
    )
    x = alt.X("x:Q", scale=alt.Scale(domain=[0, 10]), axis=None)
    y = alt.Y("y:Q", scale=alt.Scale(domain=[8.6, -0.6]), axis=None)
    links = (
        alt.Chart(lines)
        .mark_rule(strokeWidth=2.5)
        .encode(
            x=x,
            y=y,
            x2="x2:Q",
            y2="y2:Q",
            color=colour,
            opacity=alt.condition("datum.focused", alt.value(0.9), alt.value(0.35)),
        )
    )
    dots = (
        alt.Chart(frame)
        .mark_circle(size=260, stroke="white", strokeWidth=2)
        .encode(
            x=x,
            y=y,
            color=colour,
            opacity=alt.condition("datum.focused", alt.value(1), alt.value(0.45)),
            tooltip=[alt.Tooltip("label:N", title="")],
        )
    )
    task_rows = frame[frame["level"] == 2]
    tasks_on = (
        alt.Chart(task_rows[task_rows["focused"]])
        .mark_text(
            align="left", baseline="middle", dx=14, fontSize=13, lineBreak="\n", font=FONT, fontWeight=600, color=INK
        )
        .encode(x=x, y=y, text="text:N")
    )
    tasks_off = (
        alt.Chart(task_rows[~task_rows["focused"]])
        .mark_text(align="left", baseline="middle", dx=14, fontSize=13, lineBreak="\n", font=FONT, color="#6D7882")
        .encode(x=x, y=y, text="text:N")
    )
    heads = frame[frame["level"] == 1].copy()
    heads["label_y"] = heads["y"] - (0.62 if lang == "ko" else 0.75)
    strategy_labels = (
        alt.Chart(heads)
        .mark_text(align="center", baseline="middle", fontSize=13, lineBreak="\n", font=FONT, fontWeight=700)
        .encode(
            x=x,
            y=alt.Y("label_y:Q", scale=alt.Scale(domain=[8.6, -0.6]), axis=None),
            text="text:N",
            color=colour,
        )
    )
    root = pd.DataFrame({"x": [0.0], "y": [4.0], "text": [wrap(root_label, 16 if lang == "ko" else 24)]})
    root_text = (
        alt.Chart(root)
        .mark_text(align="left", baseline="middle", fontSize=15, lineBreak="\n", font=FONT, fontWeight=700, color=INK)
        .encode(
            x=alt.X("x:Q", scale=alt.Scale(domain=[0, 10]), axis=None),
            y=alt.Y("y:Q", scale=alt.Scale(domain=[8.6, -0.6]), axis=None),
            text="text:N",
        )
    )
    chart = alt.layer(links, dots, strategy_labels, tasks_on, tasks_off, root_text).properties(height=height)
    return chart.configure(font=FONT).configure_view(strokeWidth=0)


def financing_bars(table: pd.DataFrame, lang: str, *, height: int = 220) -> alt.TopLevelMixin:
    """Planned financing per strategy, 2018–2022 (KRW trillion as the source reports it)."""
    frame = table.copy()
    frame["value_label"] = [
        f"{v:,.0f}조 원" if lang == "ko" else f"KRW {v:,.0f} tn" for v in frame["plan_2018_2022_krw_trillion"]
    ]
    unit = "조 원" if lang == "ko" else "KRW trillion"
    order = frame["strategy"].tolist()
    colour = alt.Color(
        "strategy_key:N",
        scale=alt.Scale(domain=list(STRATEGY_COLOURS), range=list(STRATEGY_COLOURS.values())),
        legend=None,
    )
    base = alt.Chart(frame).encode(
        y=alt.Y("strategy:N", sort=order, title=None, axis=alt.Axis(labelLimit=420, labelFontSize=14)),
        x=alt.X(
            "plan_2018_2022_krw_trillion:Q",
            title=unit,
            scale=alt.Scale(domain=[0, 75]),
            axis=alt.Axis(values=list(range(0, 80, 10))),
        ),
        tooltip=[alt.Tooltip("strategy:N", title=""), alt.Tooltip("value_label:N", title=unit)],
    )
    bars = base.mark_bar(cornerRadiusEnd=3, height=34).encode(color=colour)
    labels = base.mark_text(align="left", dx=6, fontSize=14, fontWeight=700, color=INK).encode(text="value_label:N")
    return styled(bars + labels, height=height)


def plan_timeline(frame: pd.DataFrame, lang: str, *, highlight: int = 4, height: int = 300) -> alt.TopLevelMixin:
    """The plans as bars on a year axis; the 2018–2022 plan highlighted."""
    data = frame.copy()
    data["label"] = data["name_ko" if lang == "ko" else "name_en"]
    data["highlight"] = data["plan_order"] == highlight
    data["bar_label"] = data["period"]
    order = data["label"].tolist()
    year_title = "연도" if lang == "ko" else "Year"
    y = alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=460, labelFontSize=13))
    bars = (
        alt.Chart(data)
        .mark_bar(cornerRadius=4, height=30)
        .encode(
            x=alt.X(
                "start_year:Q",
                title=year_title,
                scale=alt.Scale(domain=[2003, 2029]),
                axis=alt.Axis(format="d", tickMinStep=1, values=list(range(2004, 2029, 2))),
            ),
            x2="bar_end:Q",
            y=y,
            color=alt.condition("datum.highlight", alt.value("#0B50D0"), alt.value("#AEB6BD")),
            tooltip=[
                alt.Tooltip("label:N", title=""),
                alt.Tooltip("period:N", title=year_title),
                alt.Tooltip("adoption:N", title=""),
            ],
        )
    )
    text = (
        alt.Chart(data)
        .mark_text(align="left", dx=6, fontSize=13, fontWeight=600)
        .encode(
            x="start_year:Q",
            y=y,
            text="bar_label:N",
            color=alt.condition("datum.highlight", alt.value("white"), alt.value(INK)),
        )
    )
    return styled(bars + text, height=height)


__all__ = ["financing_bars", "hierarchy_tree", "plan_timeline", "wrap", "MUTED"]
