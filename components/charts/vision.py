"""Altair builders for the plan (/vision): the hierarchy tree, financing by strategy, the timeline of plans.

Pure: data in, charts out (no Streamlit). The strategy colours live here, the one place they are drawn from.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

import altair as alt
import pandas as pd

from components.charts.style import styled
from components.formatting import format_trillion
from components.strings import localized, t
from components.theme import CATEGORICAL, FONT, INK, PRIMARY
from data.plan import PLAN_ORDER, TASK_IDS, PlanTree

STRATEGY_COLOURS = {"people": PRIMARY, "space": CATEGORICAL[2], "industry": "#C25400"}
STRATEGY_TEXT_COLOURS = {"people": "blue", "space": "green", "industry": "orange"}  # Streamlit Markdown colours
DIM = "#8A949E"  # a branch that is not focused
DIM_TEXT = "#6D7882"  # its labels (4.5:1 on white)
OTHER_PLAN = "#AEB6BD"  # timeline bars of the plans around this one
COLOUR_DOMAIN = ["root", *STRATEGY_COLOURS, "dim"]
COLOUR_RANGE = [INK, *STRATEGY_COLOURS.values(), DIM]
X_DOMAIN, Y_DOMAIN = [0, 10], [8.6, -0.6]


@dataclass(frozen=True)
class TreeText:
    """Label widths (characters per line) and placement: Hangul glyphs are about twice as wide as Latin ones."""

    task_width: int
    strategy_width: int
    root_width: int
    strategy_lift: float  # strategy labels sit above their dot, by this many rows


TREE_TEXT = {"ko": TreeText(30, 14, 16, 0.62), "en": TreeText(46, 26, 24, 0.75)}


def wrap_label(text: str, width: int) -> str:
    """Break a label into lines for Vega's ``lineBreak`` (long names stay readable, never cut)."""
    return "\n".join("\n".join(textwrap.wrap(part, width)) or part for part in str(text).split("\n"))


def hierarchy_layout(
    tree: PlanTree, lang: str, focus: str | None, focus_task: str | None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes and edges of the vision → 3 strategies → 9 key tasks tree, laid out left to right.

    ``focused`` marks what to highlight: the chosen strategy (or all, when none is chosen) and the chosen task.
    """
    y_task = {task: i for i, task in enumerate(TASK_IDS)}
    nodes: list[dict] = [
        {
            "node": strategy.key,
            "level": 1,
            "y": 3 * (strategy.no - 1) + 1,
            "label": f"{localized(strategy, 'short', lang)}\n{localized(strategy, 'name', lang)}",
            "strategy_key": strategy.key,
            "focused": focus in (None, strategy.key),
            "task_id": "",
        }
        for strategy in tree.strategies
    ]
    nodes += [
        {
            "node": task.task_id,
            "level": 2,
            "y": y_task[task.task_id],
            "label": f"{task.task_id}  {localized(task, 'name', lang)}",
            "strategy_key": strategy.key,
            "focused": focus in (None, strategy.key) and focus_task in (None, task.task_id),
            "task_id": task.task_id,
        }
        for strategy in tree.strategies
        for task in strategy.key_tasks
    ]
    nodes.append(
        {"node": "root", "level": 0, "y": 4, "label": "", "strategy_key": "root", "focused": True, "task_id": ""}
    )
    frame = pd.DataFrame(nodes)
    y_of = frame.set_index("node")["y"]
    edges = [
        {
            "x": row.level - 1,
            "y": y_of["root"] if row.level == 1 else y_of[row.strategy_key],
            "x2": row.level,
            "y2": row.y,
            "strategy_key": row.strategy_key,
            "focused": row.focused,
        }
        for row in frame[frame["level"] > 0].itertuples(index=False)
    ]
    return frame, pd.DataFrame(edges)


def hierarchy_tree(
    nodes: pd.DataFrame, edges: pd.DataFrame, root_label: str, lang: str, *, height: int = 560
) -> alt.LayerChart:
    """Vision → 3 strategies → 9 key tasks as a left-to-right tree; the focused branch in colour, the rest grey."""
    text = TREE_TEXT[lang]
    x_of = {0: 2.2, 1: 4.0, 2: 5.7}
    frame = nodes.copy()
    frame["x"] = frame["level"].map(x_of)
    frame["colour_key"] = frame["strategy_key"].where(frame["focused"], "dim")
    frame["text"] = [
        wrap_label(label, text.task_width if level == 2 else text.strategy_width)
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
    colour = alt.Color("colour_key:N", scale=alt.Scale(domain=COLOUR_DOMAIN, range=COLOUR_RANGE), legend=None)
    x = alt.X("x:Q", scale=alt.Scale(domain=X_DOMAIN), axis=None)
    y = alt.Y("y:Q", scale=alt.Scale(domain=Y_DOMAIN), axis=None)
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
        .mark_text(align="left", baseline="middle", dx=14, fontSize=13, lineBreak="\n", font=FONT, color=DIM_TEXT)
        .encode(x=x, y=y, text="text:N")
    )
    heads = frame[frame["level"] == 1].copy()
    heads["label_y"] = heads["y"] - text.strategy_lift
    strategy_labels = (
        alt.Chart(heads)
        .mark_text(align="center", baseline="middle", fontSize=13, lineBreak="\n", font=FONT, fontWeight=700)
        .encode(
            x=x,
            y=alt.Y("label_y:Q", scale=alt.Scale(domain=Y_DOMAIN), axis=None),
            text="text:N",
            color=colour,
        )
    )
    root = pd.DataFrame({"x": [0.0], "y": [4.0], "text": [wrap_label(root_label, text.root_width)]})
    root_text = (
        alt.Chart(root)
        .mark_text(align="left", baseline="middle", fontSize=15, lineBreak="\n", font=FONT, fontWeight=700, color=INK)
        .encode(x=x, y=y, text="text:N")
    )
    chart = alt.layer(links, dots, strategy_labels, tasks_on, tasks_off, root_text).properties(height=height)
    return chart.configure(font=FONT).configure_view(strokeWidth=0)


def financing_bars(table: pd.DataFrame, lang: str, *, height: int = 220) -> alt.TopLevelMixin:
    """Planned financing per strategy, 2018–2022 (KRW trillion as the source reports it)."""
    frame = table.copy()
    frame["value_label"] = [format_trillion(v, lang, digits=0) for v in frame["plan_2018_2022_krw_trillion"]]
    unit = t("vision_chart_unit_trillion", lang)
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


def plan_timeline(frame: pd.DataFrame, lang: str, *, height: int = 300) -> alt.TopLevelMixin:
    """The plans (from ``data.plan.plans_in_order``) as bars on a year axis; this plan (2018–2022) highlighted."""
    data = frame.copy()
    data["label"] = localized(data, "name", lang)
    data["highlight"] = data["plan_order"] == PLAN_ORDER
    data["bar_label"] = data["period"]
    order = data["label"].tolist()
    year_title = t("col_year", lang)
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
            color=alt.condition("datum.highlight", alt.value(PRIMARY), alt.value(OTHER_PLAN)),
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
