"""The /vision page's sections: the plan's hierarchy, its frame, numbers and financing, the reported measures,
the project areas, the timeline of plans and a province lens.

Links: ``?strategy=people|space|industry`` focuses a strategy, ``?task=1-1..3-3`` a key task. A task link
focuses its strategy too; a task that does not belong to the linked strategy is dropped with a notice.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components import registry
from components.charts.vision import (
    STRATEGY_TEXT_COLOURS,
    financing_bars,
    hierarchy_layout,
    hierarchy_tree,
    plan_timeline,
)
from components.formatting import md_escape
from components.page import (
    PageContext,
    Source,
    cached_build,
    cached_chart,
    chart_block,
    manifest_source,
    needs,
    reference_source,
    section,
    sources_line,
)
from components.strings import gloss_lang, localized, t
from components.url_state import current_params, read_param, url_bound, write_param
from components.views import vision as views
from data.loaders import load_dataset, load_key_tasks, load_plan_tree, load_relocation_frames
from data.plan import (
    STRATEGY_KEYS,
    TASK_IDS,
    PlanTree,
    measures_by_task,
    plan_counts,
    plan_financing,
    plan_frame_group,
    plan_tree_table,
    plans_in_order,
    province_innovation_cities,
    province_policies,
    strategy_of_task,
)
from data.relocation import city_summary

STRATEGY_PARAM = registry.param("vision", "strategy")
TASK_PARAM = registry.param("vision", "task")
TREE_SOURCES = ("key_task_seed", "plan_names_en_seed", "plan_structure")
METRICS = (
    ("strategies", "vision_metric_strategies"),
    ("key_tasks", "vision_metric_key_tasks"),
    ("action_tasks", "vision_metric_action_tasks"),
    ("annual_tasks", "vision_metric_annual_tasks"),
)


@dataclass(frozen=True)
class VisionSelection:
    """The focused strategy and key task (None: all), as the link gives them."""

    strategy: str | None
    task: str | None


@dataclass(frozen=True)
class VisionPlan:
    """The plan's data every later section reads."""

    tree: PlanTree
    tasks: pd.DataFrame  # the 9 key tasks with their summaries (data.plan.key_tasks)
    frame: pd.DataFrame  # plan_frame
    structure: pd.DataFrame  # plan_structure (financing rows)


@section("vision §1 title")
def vision_header(ctx: PageContext) -> None:
    st.title(t("vision_title", ctx.lang))
    st.markdown(t("vision_intro", ctx.lang))


@section("vision §2 selection from the link")
def vision_link_selection(ctx: PageContext) -> VisionSelection:
    """``?strategy=`` and ``?task=``: a task link focuses its strategy; a conflicting pair drops the task."""
    strategy = read_param(STRATEGY_PARAM, ctx.lang, allowed=STRATEGY_KEYS, default=None)
    task = read_param(TASK_PARAM, ctx.lang, allowed=TASK_IDS, default=None)
    if task and strategy and strategy_of_task(task) != strategy:
        st.warning(t("vision_task_conflict", ctx.lang, task=task), icon=":material/link_off:")
        write_param(TASK_PARAM.name, None)
        task = None
    if task and not strategy:
        strategy = strategy_of_task(task)
        write_param(STRATEGY_PARAM.name, strategy)
    return VisionSelection(strategy, task)


@section("vision §3 the plan's data")
def vision_plan_data(ctx: PageContext) -> VisionPlan:
    return VisionPlan(load_plan_tree(), load_key_tasks(), load_dataset("plan_frame"), load_dataset("plan_structure"))


def _vision_strategy_changed() -> None:
    """A strategy chosen on the page goes to the URL; a key task of another strategy leaves it."""
    chosen = st.session_state.get("vision_strategy") or "all"
    write_param(STRATEGY_PARAM.name, chosen, "all")
    task = st.query_params.get(TASK_PARAM.name)
    if task and (chosen == "all" or strategy_of_task(task) != chosen):
        write_param(TASK_PARAM.name, None)


@section("vision §4 strategy and key task controls")
def vision_controls(ctx: PageContext, plan: VisionPlan | None, selection: VisionSelection | None) -> None:
    """A segmented control for the strategy, pills for its key tasks (a chosen task also sets its strategy)."""
    needs(plan, selection)
    left, right = st.columns([2, 3], vertical_alignment="bottom")
    # Not url_bound: choosing a strategy must also drop a key task of another strategy from the URL.
    st.session_state["vision_strategy"] = selection.strategy or "all"
    left.segmented_control(
        t("vision_strategy_label", ctx.lang),
        options=["all", *STRATEGY_KEYS],
        format_func=views.strategy_labels(plan.tree, ctx.lang).get,
        required=True,
        key="vision_strategy",
        on_change=_vision_strategy_changed,
    )
    shown = [
        task.task_id for task in plan.tree.key_tasks if selection.strategy in (None, strategy_of_task(task.task_id))
    ]
    url_bound(
        right.pills,
        TASK_PARAM,
        selection.task,
        None,
        key="vision_task",
        label=t("vision_task_label", ctx.lang),
        options=shown,
        selection_mode="single",
        help=t("vision_task_help", ctx.lang),
    )


@section("vision §5 the hierarchy")
def vision_hierarchy(ctx: PageContext, plan: VisionPlan | None, selection: VisionSelection | None) -> None:
    """Vision and goal, then the tree with the focused branch in colour."""
    needs(plan, selection)
    lang, tree = ctx.lang, plan.tree
    top_left, top_right = st.columns([3, 2])
    with top_left.container(border=True, key="vision_statement"):
        st.caption(t("vision_vision_label", lang))
        st.markdown(f"## {md_escape(tree.vision(lang))}")
        if gloss := gloss_lang(lang):
            st.caption(md_escape(tree.vision(gloss)))
    with top_right.container(border=True, key="vision_goal"):
        st.caption(t("vision_goal_label", lang))
        st.markdown(f"## {md_escape(tree.goal(lang))}")
        if gloss := gloss_lang(lang):
            st.caption(md_escape(tree.goal(gloss)))

    strategy, task = selection.strategy, selection.task
    chart_block(
        key="vision_hierarchy",
        title=t("vision_tree_title", lang),
        chart=cached_chart(
            ("vision_hierarchy", lang, strategy, task),
            lambda: hierarchy_tree(*hierarchy_layout(tree, lang, strategy, task), tree.vision(lang), lang),
        ),
        table=views.plan_tree_display(plan_tree_table(tree), lang),
        unit=t("vision_tree_unit", lang),
        sources=[manifest_source(dataset) for dataset in TREE_SOURCES],
        lang=lang,
        alt_text=views.tree_alt(tree, lang, strategy),
        note=t("vision_tree_note", lang),
    )


@section("vision §6 strategies and key tasks")
def vision_strategy_blocks(ctx: PageContext, plan: VisionPlan | None, selection: VisionSelection | None) -> None:
    """One block per strategy with its key tasks; the focused strategy in colour with the tasks' summaries."""
    needs(plan, selection)
    lang = ctx.lang
    st.header(t("vision_blocks_heading", lang))
    for column, strategy in zip(st.columns(len(plan.tree.strategies)), plan.tree.strategies, strict=True):
        focused = selection.strategy in (None, strategy.key)
        with column.container(border=True):
            title = views.strategy_heading(plan.tree, strategy.key, lang)
            st.markdown(f"### :{STRATEGY_TEXT_COLOURS[strategy.key]}[{title}]" if focused else f"### {title}")
            if selection.strategy == strategy.key:
                st.markdown(t("vision_focused_badge", lang))
            st.caption(views.strategy_gloss(plan.tree, strategy.key, lang))
            for task in _plan_rows(plan)["tasks_by_strategy"][strategy.key]:
                with st.container(border=focused):
                    st.markdown(views.task_heading(task, lang, chosen=task.task_id == selection.task))
                    if focused:
                        if gloss := views.plan_gloss(task, "name", lang):
                            st.caption(gloss)
                        st.markdown(views.plan_text(task, "description", lang))
    st.caption(
        t("vision_translation_help", lang)
        + " "
        + sources_line([manifest_source(dataset) for dataset in TREE_SOURCES], lang)
    )


@section("vision §7 reported measures")
def vision_reported_measures(ctx: PageContext, plan: VisionPlan | None) -> pd.DataFrame:
    """The press-reported measures under each key task (shown in §8 and §11)."""
    needs(plan)
    return cached_build(
        ("vision_measures_by_task",), lambda: measures_by_task(load_dataset("reported_measures"), plan.tasks)
    )


@section("vision §8 the chosen key task in detail")
def vision_task_detail(
    ctx: PageContext, plan: VisionPlan | None, measures: pd.DataFrame | None, selection: VisionSelection | None
) -> None:
    """The chosen key task's names and summaries in both languages, with the measures reported for it."""
    needs(plan, measures, selection)
    lang, task_id = ctx.lang, selection.task
    if not task_id:
        st.info(t("vision_pick_task_hint", lang), icon=":material/touch_app:")
        return
    task = plan.tasks.set_index("task_id").loc[task_id]
    with st.container(border=True):
        st.subheader(t("vision_task_detail_heading", lang, task=task_id))
        main, gloss = st.columns(2)
        main.markdown(f"**{t('vision_name_label', lang)}**  \n{views.plan_text(task, 'name', lang)}")
        main.markdown(f"**{t('vision_task_summary_label', lang)}**  \n{views.plan_text(task, 'description', lang)}")
        if korean_name := views.plan_gloss(task, "name", lang):
            gloss.markdown(f"**{t('vision_name_ko_label', lang)}**  \n{korean_name}")
        if task["order_doubt"]:
            st.caption(views.task_order_note(plan.tasks, task_id, plan.tree, lang))
        mine = measures[measures["task_id"] == task_id]
        st.markdown(f"**{t('vision_measures_for_task', lang, n=len(mine))}**")
        for row in mine.itertuples():
            st.markdown(views.reported_measure_item(row, lang))
        st.caption(sources_line([manifest_source("key_task_seed"), manifest_source("reported_measures")], lang))


@section("vision §9 the frame")
def vision_frame(ctx: PageContext, plan: VisionPlan | None) -> None:
    """Five policy goals, four innovative tasks, three key values with their points."""
    needs(plan)
    lang, groups = ctx.lang, _plan_rows(plan)
    st.header(t("vision_frame_heading", lang))
    st.subheader(t("vision_policy_goals", lang))
    _vision_frame_cards(groups["policy_goal"], lang)
    st.caption(sources_line([manifest_source("plan_frame"), reference_source("etoday_2017_policy_goals")], lang))

    st.subheader(t("vision_innovative_tasks", lang))
    _vision_frame_cards(groups["innovative_task"], lang)
    st.caption(
        t("vision_innovative_note", lang)
        + " "
        + sources_line([manifest_source("plan_frame"), reference_source("moneys_2017_innovative_tasks")], lang)
    )

    st.subheader(t("vision_key_values", lang))
    values, points = groups["key_value"], groups["key_value_points"]
    for column, row in zip(st.columns(len(values)), values, strict=True):
        with column.container(border=True, height="stretch"):
            heading, gloss = views.key_value_texts(row, lang)
            st.markdown(f"#### {heading}")
            if gloss:
                st.caption(gloss)
            for point in points.get(row.item_id, []):
                st.markdown(views.bilingual_item(point, "text", lang))
    st.caption(t("vision_translation_help", lang) + " " + sources_line([manifest_source("plan_frame")], lang))


FRAME_GROUPS = ("policy_goal", "innovative_task", "key_value", "key_value_point", "implementation_plan")


def _plan_rows(plan: VisionPlan) -> dict[str, object]:
    """The rows the page walks through — each plan-frame group, the key values' points by value, the key tasks by
    strategy — and the plan's counts, split once for every visitor (shared, read-only)."""

    def build() -> dict[str, object]:
        groups: dict[str, object] = {
            group: list(plan_frame_group(plan.frame, group).itertuples()) for group in FRAME_GROUPS
        }
        groups["key_value_points"] = {}
        for point in groups.pop("key_value_point"):
            groups["key_value_points"].setdefault(point.parent_id, []).append(point)
        groups["tasks_by_strategy"] = {
            strategy.key: list(plan.tasks[plan.tasks["strategy_key"] == strategy.key].itertuples())
            for strategy in plan.tree.strategies
        }
        groups["counts"] = plan_counts(plan.frame)
        return groups

    return cached_build(("vision_frame_groups",), build)


def _vision_frame_cards(rows: list, lang: str) -> None:
    """One card per row: the text in bold, its other-language wording beneath."""
    for column, row in zip(st.columns(len(rows)), rows, strict=True):
        with column.container(border=True, height="stretch"):
            st.markdown(f"**{views.plan_text(row, 'text', lang)}**")
            if gloss := views.plan_gloss(row, "text", lang):
                st.caption(gloss)


@section("vision §10 the plan in numbers and its financing")
def vision_numbers_and_financing(ctx: PageContext, plan: VisionPlan | None) -> None:
    """The plan's counts (strategies … annual tasks) and its planned financing by strategy."""
    needs(plan)
    lang = ctx.lang
    st.header(t("vision_numbers_heading", lang))
    groups = _plan_rows(plan)
    counts = groups["counts"]
    nabis = sources_line([reference_source("nabis_projects_and_budget")], lang)
    for column, (count, label) in zip(st.columns(len(METRICS)), METRICS, strict=True):
        with column.container(border=True):
            st.metric(
                t(label, lang),
                f"{counts[count]:,}",
                help=t("vision_annual_tasks_help", lang) if count == "annual_tasks" else None,
            )
            st.caption(nabis)
    implementation = groups["implementation_plan"]
    st.caption(
        t("vision_annual_parts", lang, n=f"{counts['annual_tasks']:,}")
        + " "
        + " · ".join(views.plan_text(row, "text", lang) for row in implementation)
    )

    table, display, note = cached_build(("vision_financing", lang), lambda: _financing_view(plan, lang))
    chart_block(
        key="vision_financing",
        title=t("vision_finance_title", lang),
        chart=cached_chart(("vision_financing", lang), lambda: financing_bars(table, lang)),
        table=display,
        unit=t("vision_finance_unit", lang),
        sources=[
            reference_source("kscaj_2019_plan_finance"),
            reference_source("motie_pcbnd_2019_release"),
            reference_source("industrynews_2019_plan"),
        ],
        lang=lang,
        alt_text=views.plan_financing_alt(plan.tree, lang),
        note=note,
    )


def _financing_view(plan: VisionPlan, lang: str) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """The planned financing by strategy (for the chart), as shown in the table, and its note."""
    table = views.financing_table(plan.structure, lang)
    return table, views.financing_display(table, lang), views.plan_financing_note(plan_financing(plan.structure), lang)


@section("vision §11 the action tasks and the reported measures")
def vision_action_tasks(
    ctx: PageContext, plan: VisionPlan | None, measures: pd.DataFrame | None, selection: VisionSelection | None
) -> None:
    """The action tasks (a count only: their titles were not found) and the press-reported measures, as such."""
    needs(plan, measures, selection)
    lang = ctx.lang
    action_tasks = f"{_plan_rows(plan)['counts']['action_tasks']:,}"
    st.header(t("vision_actions_heading", lang, n=action_tasks))
    st.warning(t("vision_actions_not_found", lang, n=action_tasks), icon=":material/report:")
    table, scope = cached_build(  # the same for everybody with this focus
        ("vision_measures_table", lang, selection.strategy, selection.task),
        lambda: _measures_table(plan, measures, selection, lang),
    )
    st.markdown(f"**{t('vision_measures_table_title', lang)}** — {scope}")
    st.table(table, hide_index=True, border="horizontal")
    st.caption(
        t("vision_measures_note", lang)
        + " "
        + sources_line([manifest_source("reported_measures"), reference_source("nabis_projects_and_budget")], lang)
    )


def _measures_table(
    plan: VisionPlan, measures: pd.DataFrame, selection: VisionSelection, lang: str
) -> tuple[pd.DataFrame, str]:
    """The reported measures in the focus (a strategy, a task or all) as a table, and the focus in words."""
    scoped, scope = views.reported_measures_scope(
        measures, plan.tasks, plan.tree, lang, selection.strategy, selection.task
    )
    return views.reported_measures_table(scoped, plan.tasks, lang), scope


@section("vision §12 the project areas")
def vision_project_areas(ctx: PageContext) -> None:
    """The project areas in two columns (no mapping to the key tasks: the sources give none)."""
    lang = ctx.lang
    areas = load_dataset("project_areas")
    st.header(t("vision_areas_heading", lang, n=len(areas)))
    st.markdown(t("vision_areas_intro", lang))
    items = cached_build(
        ("vision_project_areas", lang), lambda: [views.project_area_item(row, lang) for row in areas.itertuples()]
    )
    half = (len(items) + 1) // 2
    for column, part in zip(st.columns(2), [items[:half], items[half:]], strict=True):
        with column.container(border=True, height="stretch"):
            for item in part:
                st.markdown(item)
    st.info(t("vision_areas_mapping", lang), icon=":material/info:")
    st.caption(t("vision_translation_help", lang) + " " + sources_line([manifest_source("project_areas")], lang))


def _timeline_view(lang: str) -> tuple:
    """The plans in order, their table, their source lines and the chart's text alternative."""
    plans = plans_in_order(load_dataset("plan_timeline"))
    sources = [Source(label, url) for label, url in views.plans_timeline_citations(plans, lang)]
    return plans, views.plans_timeline_table(plans, lang), sources, views.plans_timeline_alt(plans, lang)


@section("vision §13 the timeline of plans")
def vision_timeline(ctx: PageContext) -> None:
    """The five-year plans and the Local Era plan on a year axis, then the Local Era plan's five strategies."""
    lang = ctx.lang
    st.header(t("vision_timeline_heading", lang))
    plans, table, sources, alt = cached_build(("vision_timeline_view", lang), lambda: _timeline_view(lang))
    chart_block(
        key="vision_timeline",
        title=t("vision_timeline_title", lang),
        chart=cached_chart(("vision_timeline", lang), lambda: plan_timeline(plans, lang)),
        table=table,
        unit=t("vision_timeline_unit", lang),
        sources=sources,
        lang=lang,
        alt_text=alt,
        note=t("vision_timeline_note", lang) + " " + t("vision_timeline_investment_note", lang),
    )
    with st.container(border=True):
        st.markdown(f"### {t('vision_local_era_heading', lang)}")
        local_era = load_dataset("local_era_strategies")
        for column, row in zip(st.columns(len(local_era)), local_era.itertuples(), strict=True):
            with column.container(border=True, height="stretch"):
                card, gloss = views.local_era_texts(row, lang)
                st.markdown(card)
                if gloss:
                    st.caption(gloss)
        st.caption(t("vision_local_era_note", lang))
        st.caption(
            sources_line(
                [
                    reference_source("mbc_2023_local_era"),
                    reference_source("pcle_2023_release"),
                    manifest_source("local_era_strategies"),
                ],
                lang,
            )
        )


def _province_lens(province: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The province's innovation cities and its listed policies."""
    frames = load_relocation_frames()
    cities = province_innovation_cities(province, frames.places, frames.cities)
    return cities, province_policies(province, load_dataset("province_profiles"), load_dataset("province_profiles_ko"))


@section("vision §14 province lens")
def vision_province_lens(ctx: PageContext) -> None:
    """The chosen province's innovation city (key task 3-1) and listed policies; a hint when none is chosen."""
    lang, province = ctx.lang, ctx.province
    if not province:
        st.info(t("vision_province_hint", lang), icon=":material/location_on:")
        return
    st.header(t("vision_province_heading", lang, name=ctx.province_name()))
    cities, policies = cached_build(("vision_province_lens", province), lambda: _province_lens(province))
    left, right = st.columns([2, 3])
    with left.container(border=True):
        st.markdown(f"**{t('vision_province_city', lang)}**")
        if cities.empty:
            st.markdown(t("vision_province_no_city", lang))
        for row in cities.itertuples():
            st.markdown(f"### {md_escape(localized(row, 'name', lang))}")
            theme = localized(row, "theme", lang)
            if isinstance(theme, str) and theme:
                st.markdown(t("vision_province_theme", lang, theme=md_escape(theme)))
            if sectors := city_summary(row, "specialised_sectors", lang):
                badge = f" {t('translation_badge', lang)}" if lang == "ko" else ""
                st.caption(t("vision_province_sectors", lang, sectors=md_escape(sectors)) + badge)
        st.caption(sources_line([manifest_source("innovation_cities")], lang))
    with right.container(border=True):
        st.markdown(f"**{t('vision_province_policies', lang, n=len(policies))}**")
        if policies.empty:
            st.markdown(t("vision_province_none", lang))
        for row in policies.itertuples():
            st.markdown(views.province_policy_item(row, lang))
        st.caption(
            t("vision_province_policies_note", lang)
            + " "
            + sources_line([manifest_source("province_profiles"), manifest_source("province_profiles_ko")], lang)
        )
    links = current_params()
    to_map, to_regions, _ = st.columns([1, 1, 2])
    to_map.page_link(
        registry.page("map").file,
        label=t("vision_link_map", lang),
        icon=":material/map:",
        query_params=links,
        width="stretch",
    )
    to_regions.page_link(
        registry.page("regions").file,
        label=t("vision_link_regions", lang),
        icon=":material/compare_arrows:",
        query_params=links,
        width="stretch",
    )
