"""Vision (/vision): the 4th plan's hierarchy (vision → goal → 3 strategies → 9 key tasks), its frame, numbers,
financing, reported measures, project areas, the timeline of plans and a province lens.

Links: ``?strategy=people|space|industry`` focuses a strategy, ``?task=1-1..3-3`` a key task.
"""

import pandas as pd
import streamlit as st

from components.formatting import URL_PATTERN, format_trillion, source_links_markdown
from components.page import (
    Source,
    cached_chart,
    chart_block,
    guarded_section,
    lang_of,
    manifest_source,
    province_of,
    sources_line,
)
from components.strings import t
from components.url_state import current_params, parse_choice, shown_value, write_param
from components.vision_charts import financing_bars, hierarchy_tree, plan_timeline
from data import transforms_vision as tv
from data.loaders import load_dataset

lang = lang_of()
province = province_of()
names = st.session_state.get("_province_names", {})
other = "en" if lang == "ko" else "ko"
NAME = "name_ko" if lang == "ko" else "name_en"


def md(text: object) -> str:
    """Data text made safe for Markdown (no accidental strike-through, maths, links or emphasis)."""
    out = str(text)
    for char in "\\`*_~[]#$|<>":
        out = out.replace(char, "\\" + char)
    return out


def first_url(text: str) -> str | None:
    match = URL_PATTERN.search(text)
    return match.group(0).rstrip(".") if match else None


def badge_if_translation(status: str) -> str:
    return f" {t('vision_translation_badge', lang)}" if status == "translation" else ""


# 1. Title
st.title(t("vision_title", lang))
st.markdown(t("vision_intro", lang))

# 2. Selection from the link: ?strategy= and ?task=
strategy, bad_strategy = parse_choice(st.query_params.get("strategy"), tv.STRATEGY_KEYS, None)
if bad_strategy:
    st.warning(
        t(
            "notice_bad_param",
            lang,
            name=t("vision_param_strategy", lang),
            value=shown_value(st.query_params.get("strategy")),
        ),
        icon=":material/link_off:",
    )
    del st.query_params["strategy"]
task, bad_task = parse_choice(st.query_params.get("task"), tv.TASK_IDS, None)
if bad_task:
    st.warning(
        t("notice_bad_param", lang, name=t("vision_param_task", lang), value=shown_value(st.query_params.get("task"))),
        icon=":material/link_off:",
    )
    del st.query_params["task"]
if task and strategy and tv.STRATEGY_NO[strategy] != int(task[0]):
    st.warning(t("vision_task_conflict", lang, task=task), icon=":material/link_off:")
    del st.query_params["task"]
    task = None
if task and not strategy:  # a task link focuses its strategy too
    strategy = tv.STRATEGY_KEYS[int(task[0]) - 1]
    write_param("strategy", strategy)


def _on_strategy() -> None:
    chosen = st.session_state.get("vision_strategy") or "all"
    write_param("strategy", chosen, "all")
    current_task = st.query_params.get("task")
    if current_task and (chosen == "all" or tv.STRATEGY_NO[chosen] != int(current_task[0])):
        write_param("task", None)


def _on_task() -> None:
    chosen = st.session_state.get("vision_task")
    write_param("task", chosen)
    if chosen:
        write_param("strategy", tv.STRATEGY_KEYS[int(chosen[0]) - 1])


# 3. Data
structure = seed = frame = None
with guarded_section(lang, "vision §3 data"):
    structure = load_dataset("plan_structure")
    seed = load_dataset("key_task_seed")
    frame = load_dataset("plan_frame")
    strats = tv.strategies(structure)
    tasks = tv.key_tasks(seed, structure)
    vision_row = tv.frame_group(frame, "vision").iloc[0]
    goal_row = tv.frame_group(frame, "goal").iloc[0]
    strategy_label = {row.strategy_key: (row.short_ko if lang == "ko" else row.label_en) for row in strats.itertuples()}
    strategy_label["all"] = t("vision_strategy_all", lang)

    # Controls: a segmented control for the strategy, pills for its key tasks
    left, right = st.columns([2, 3], vertical_alignment="bottom")
    st.session_state["vision_strategy"] = strategy or "all"
    left.segmented_control(
        t("vision_strategy_label", lang),
        options=["all", *tv.STRATEGY_KEYS],
        format_func=strategy_label.get,
        required=True,
        key="vision_strategy",
        on_change=_on_strategy,
    )
    shown_tasks = tasks if not strategy else tasks[tasks["strategy_key"] == strategy]
    short = {row.task_id: row.task_id for row in tasks.itertuples()}
    st.session_state["vision_task"] = task
    right.pills(
        t("vision_task_label", lang),
        options=shown_tasks["task_id"].tolist(),
        format_func=short.get,
        selection_mode="single",
        key="vision_task",
        on_change=_on_task,
        help=t("vision_task_help", lang),
    )

    # 4. The hierarchy: vision and goal, the tree, and nested blocks per strategy
    top_left, top_right = st.columns([3, 2])
    with top_left.container(border=True):
        st.caption(t("vision_vision_label", lang))
        st.markdown(f"### {md(vision_row['text_ko'] if lang == 'ko' else vision_row['text_en'])}")
        st.caption(md(vision_row["text_en"] if lang == "ko" else vision_row["text_ko"]))
    with top_right.container(border=True):
        st.caption(t("vision_goal_label", lang))
        st.markdown(f"#### {md(goal_row['text_ko'] if lang == 'ko' else goal_row['text_en'])}")
        st.caption(md(goal_row["text_en"] if lang == "ko" else goal_row["text_ko"]))

    nodes, edges = tv.hierarchy_nodes(tasks, strats, lang, strategy, task)
    root_label = f"{vision_row['text_ko' if lang == 'ko' else 'text_en']}"
    hierarchy_table = pd.concat(
        [
            pd.DataFrame(
                [
                    {
                        "level": "vision",
                        "id": "",
                        "name_ko": vision_row["text_ko"],
                        "name_en": vision_row["text_en"],
                        "source": vision_row["source"],
                    },
                    {
                        "level": "goal",
                        "id": "",
                        "name_ko": goal_row["text_ko"],
                        "name_en": goal_row["text_en"],
                        "source": goal_row["source"],
                    },
                ]
            ),
            pd.DataFrame(
                {
                    "level": "strategy",
                    "id": strats["strategy_no"].astype(str),
                    "name_ko": strats["short_ko"] + " · " + strats["name_ko"],
                    "name_en": strats["label_en"] + ": " + strats["name_en"],
                    "source": strats["source"],
                }
            ),
            pd.DataFrame(
                {
                    "level": "key_task",
                    "id": tasks["task_id"],
                    "name_ko": tasks["name_ko"],
                    "name_en": tasks["name_en"],
                    "source": tasks["source"] + " ; Korean: " + tasks["source_ko"],
                }
            ),
        ],
        ignore_index=True,
    )
    focus_name = strategy_label[strategy] if strategy else None
    chart_block(
        key="vision_hierarchy",
        title=t("vision_tree_title", lang),
        chart=cached_chart(
            ("vision_hierarchy", lang, strategy, task), lambda: hierarchy_tree(nodes, edges, root_label, lang)
        ),
        table=hierarchy_table,
        unit=t("vision_tree_unit", lang),
        sources=[manifest_source("key_task_seed"), manifest_source("plan_structure")],
        lang=lang,
        alt_text=t(
            "vision_tree_alt",
            lang,
            vision=root_label,
            focus=t("vision_tree_alt_focus", lang, name=focus_name) if focus_name else "",
        ),
        note=t("vision_tree_note", lang),
    )

    st.subheader(t("vision_blocks_heading", lang))
    columns = st.columns(3)
    for column, srow in zip(columns, strats.itertuples(), strict=True):
        focused = strategy in (None, srow.strategy_key)
        with column.container(border=True):
            lead = srow.short_ko if lang == "ko" else srow.label_en
            title = f"{srow.strategy_no}. {lead} · {md(getattr(srow, NAME))}"
            colour = {"people": "blue", "space": "green", "industry": "orange"}[srow.strategy_key]
            st.markdown(f"#### :{colour}[{title}]" if focused else f"#### {title}")
            if strategy == srow.strategy_key:
                st.markdown(t("vision_focused_badge", lang))
            st.caption(
                md(srow.name_en if lang == "ko" else srow.name_ko)
                + " · "
                + t("vision_strategy_budget", lang, value=format_trillion(srow.plan_krw_trillion, lang, digits=0))
            )
            for trow in tasks[tasks["strategy_key"] == srow.strategy_key].itertuples():
                chosen = trow.task_id == task
                with st.container(border=focused):
                    head = f"**{trow.task_id}** {md(getattr(trow, NAME))}"
                    if chosen:
                        head = f":material/arrow_forward: {head} {t('vision_focused_badge', lang)}"
                    if trow.order_doubt:
                        head += f" {t('vision_order_doubt_badge', lang)}"
                    st.markdown(head)
                    if focused:
                        st.caption(md(trow.name_en if lang == "ko" else trow.name_ko))
                        summary = trow.description_ko if lang == "ko" else trow.description_en
                        badge = badge_if_translation(trow.description_ko_status) if lang == "ko" else ""
                        st.markdown(f"{md(summary)}{badge}")
    st.caption(
        t("vision_translation_help", lang)
        + " "
        + sources_line([manifest_source("key_task_seed"), manifest_source("plan_structure")], lang)
    )

# 4b. The chosen key task in detail, with the measures reported for it
if seed is not None:
    with guarded_section(lang, "vision §4b the chosen key task in detail"):
        measures_all = tv.measures_by_task(load_dataset("reported_measures"), tasks)
        if task:
            trow = tasks[tasks["task_id"] == task].iloc[0]
            with st.container(border=True):
                st.subheader(t("vision_task_detail_heading", lang, task=task))
                a, b = st.columns(2)
                a.markdown(f"**{t('vision_name_ko_label', lang)}**  \n{md(trow['name_ko'])}")
                b.markdown(f"**{t('vision_name_en_label', lang)}**  \n{md(trow['name_en'])}")
                a.markdown(
                    f"**{t('vision_task_summary_label', lang)}**  \n{md(trow['description_ko'])} "
                    f"{t('vision_translation_badge', lang)}"
                )
                b.markdown(f"**{t('vision_task_summary_label', lang)} (EN)**  \n{md(trow['description_en'])}")
                if trow["order_doubt"]:
                    st.caption(md(trow["note"]))
                mine = measures_all[measures_all["task_id"] == task]
                st.markdown(f"**{t('vision_measures_for_task', lang, n=len(mine))}**")
                for row in mine.itertuples():
                    text = row.text_ko if lang == "ko" and isinstance(row.text_ko, str) and row.text_ko else row.text_en
                    st.markdown(
                        f"- {md(text)}  \n  :gray[{md(row.mapping_basis or '')}] · "
                        f"{source_links_markdown(row.source, limit=2)}"
                    )
                st.caption(sources_line([manifest_source("key_task_seed"), manifest_source("reported_measures")], lang))
        else:
            st.info(t("vision_pick_task_hint", lang), icon=":material/touch_app:")

# 5. The frame: five policy goals, four innovative tasks, three key values
if frame is not None:
    with guarded_section(lang, "vision §5 the frame"):
        st.header(t("vision_frame_heading", lang))
        st.subheader(t("vision_policy_goals", lang))
        goals = tv.frame_group(frame, "policy_goal")
        for column, row in zip(st.columns(len(goals)), goals.itertuples(), strict=True):
            with column.container(border=True, height="stretch"):
                st.markdown(f"**{md(row.text_ko if lang == 'ko' else row.text_en)}**")
                st.caption(md(row.text_en if lang == "ko" else row.text_ko))
        st.caption(
            sources_line(
                [
                    manifest_source("plan_frame"),
                    Source("e-today 2017-07-19", "http://web2.etoday.co.kr/news/view/1516669"),
                ],
                lang,
            )
        )

        st.subheader(t("vision_innovative_tasks", lang))
        items = tv.frame_group(frame, "innovative_task")
        for column, row in zip(st.columns(len(items)), items.itertuples(), strict=True):
            with column.container(border=True, height="stretch"):
                st.markdown(f"**{md(row.text_ko if lang == 'ko' else row.text_en)}**")
                st.caption(md(row.text_en if lang == "ko" else row.text_ko))
        st.caption(
            t("vision_innovative_note", lang)
            + " "
            + sources_line(
                [
                    manifest_source("plan_frame"),
                    Source("Money S 2017-07-19", "https://m.moneys.co.kr/article/amp/2017071907238047473"),
                ],
                lang,
            )
        )

        st.subheader(t("vision_key_values", lang))
        values = tv.frame_group(frame, "key_value")
        points = tv.frame_group(frame, "key_value_point")
        for column, row in zip(st.columns(len(values)), values.itertuples(), strict=True):
            with column.container(border=True, height="stretch"):
                if lang == "ko":
                    st.markdown(f"#### {md(row.text_ko)}{badge_if_translation(row.text_ko_status)}")
                    st.caption(f"{md(row.label_en)} · {md(row.text_en)}")
                else:
                    st.markdown(f"#### {md(row.label_en)}")
                    st.markdown(f"*{md(row.text_en)}*")
                    st.caption(md(row.text_ko))
                for point in points[points["parent_id"] == row.item_id].itertuples():
                    if lang == "ko":
                        st.markdown(
                            f"- {md(point.text_ko)}{badge_if_translation(point.text_ko_status)}  \n  "
                            f":gray[{md(point.text_en)}]"
                        )
                    else:
                        st.markdown(f"- {md(point.text_en)}  \n  :gray[{md(point.text_ko)}]")
        st.caption(t("vision_translation_help", lang) + " " + sources_line([manifest_source("plan_frame")], lang))

# 6. The plan in numbers and its financing
if frame is not None and structure is not None:
    with guarded_section(lang, "vision §6 the plan in numbers and its financing"):
        st.header(t("vision_numbers_heading", lang))
        counts = tv.plan_counts(frame)
        metric_cols = st.columns(4)
        for column, (key, label) in zip(
            metric_cols,
            [
                ("strategies", "vision_metric_strategies"),
                ("key_tasks", "vision_metric_key_tasks"),
                ("action_tasks", "vision_metric_action_tasks"),
                ("annual_tasks", "vision_metric_annual_tasks"),
            ],
            strict=True,
        ):
            with column.container(border=True):
                st.metric(
                    t(label, lang),
                    f"{counts[key]:,}",
                    help=t("vision_annual_tasks_help", lang) if key == "annual_tasks" else None,
                )
                st.caption(
                    sources_line(
                        [
                            Source(
                                "nabis.go.kr",
                                "https://www.nabis.go.kr/contentsGlobalDetailView.do?menucd=349&menuFlag=Y",
                            )
                        ],
                        lang,
                    )
                )
        implementation = tv.frame_group(frame, "implementation_plan")
        st.caption(
            t("vision_annual_parts", lang)
            + " "
            + " · ".join(
                md(row.text_ko if lang == "ko" else row.text_en)
                + (badge_if_translation(row.text_ko_status) if lang == "ko" else "")
                for row in implementation.itertuples()
            )
        )

        finance = tv.financing(structure)
        table = tv.financing_table(structure, lang)
        annual = ", ".join(f"{year} {value:.1f}" for year, value in finance["annual"].items())
        chart_block(
            key="vision_financing",
            title=t("vision_finance_title", lang),
            chart=cached_chart(("vision_financing", lang), lambda: financing_bars(table, lang)),
            table=table,
            unit=t("vision_finance_unit", lang),
            sources=[
                Source("KSCAJ 2019-01-29", "http://www.koscaj.com/news/articleView.html?idxno=110621"),
                Source(
                    "MOTIE/PCBND press release 2019-01-29 (AURI)",
                    "http://www.aurum.re.kr/Research/PostView.aspx?mm=1&ss=1&pid=16432&gid=0&cpage=851",
                ),
                Source("IndustryNews 2019-01-31", "http://www.industrynews.co.kr/news/articleView.html?idxno=29010"),
            ],
            lang=lang,
            alt_text=t("vision_finance_alt", lang),
            note=t(
                "vision_finance_note",
                lang,
                strategy_sum=f"{finance['strategy_sum']:.1f}",
                annual=annual,
                annual_sum=f"{finance['annual_sum']:.1f}",
            ),
        )

# 7. The 37 action tasks: count only; the press-reported measures, labelled as such
if seed is not None:
    with guarded_section(lang, "vision §7 the 37 action tasks"):
        st.header(t("vision_actions_heading", lang))
        st.warning(t("vision_actions_not_found", lang), icon=":material/report:")
        measures = tv.measures_by_task(load_dataset("reported_measures"), tasks)
        if task:
            measures, scope = (
                measures[measures["task_id"] == task],
                f"{task} {getattr(tasks.set_index('task_id').loc[task], NAME)}",
            )
        elif strategy:
            measures, scope = (
                measures[measures["task_id"].str[0] == str(tv.STRATEGY_NO[strategy])],
                strategy_label[strategy],
            )
        else:
            scope = None
        by_task = tasks.set_index("task_id")[NAME]
        shown = pd.DataFrame(
            {
                t("vision_col_task", lang): measures["task_id"] + " " + measures["task_id"].map(by_task),
                t("vision_col_measure", lang): [
                    (ko if lang == "ko" and isinstance(ko, str) and ko else en)
                    for ko, en in zip(measures["text_ko"], measures["text_en"], strict=True)
                ],
                t("vision_col_measure_other", lang): measures["text_en"] if lang == "ko" else measures["text_ko"],
                t("vision_col_basis", lang): measures["mapping_basis"],
                t("vision_col_source", lang): measures["source"],
            }
        )
        st.markdown(
            f"**{t('vision_measures_table_title', lang)}** — "
            + (
                t("vision_measures_scope", lang, scope=md(scope), n=len(shown))
                if scope
                else t("vision_measures_scope_all", lang, n=len(shown))
            )
        )
        # A plain table: 16 rows of sentences read better wrapped than cut off in a data grid, and need no grid script.
        # st.table renders Markdown, so data text is escaped ("보육~교육·진학~취업" is not strike-through) and sources
        # become short links, as elsewhere.
        source_column = t("vision_col_source", lang)
        st.table(
            shown.apply(lambda column: column.map(source_links_markdown if column.name == source_column else md)),
            hide_index=True,
            border="horizontal",
        )
        st.caption(
            t("vision_measures_note", lang)
            + " "
            + sources_line(
                [
                    manifest_source("reported_measures"),
                    Source(
                        "nabis.go.kr (37)", "https://www.nabis.go.kr/contentsGlobalDetailView.do?menucd=349&menuFlag=Y"
                    ),
                ],
                lang,
            )
        )

# 8. The 11 project areas
with guarded_section(lang, "vision §8 the 11 project areas"):
    st.header(t("vision_areas_heading", lang))
    st.markdown(t("vision_areas_intro", lang))
    areas = load_dataset("project_areas")
    halves = [areas.iloc[:6], areas.iloc[6:]]
    for column, part in zip(st.columns(2), halves, strict=True):
        with column.container(border=True, height="stretch"):
            for row in part.itertuples():
                if lang == "ko":
                    st.markdown(
                        f"**{row.area_no}.** {md(row.text_ko)}{badge_if_translation(row.text_ko_status)}  "
                        f"\n:gray[{md(row.text_en)}]"
                    )
                else:
                    st.markdown(f"**{row.area_no}.** {md(row.text_en)}")
    st.info(t("vision_areas_mapping", lang), icon=":material/info:")
    st.caption(t("vision_translation_help", lang) + " " + sources_line([manifest_source("project_areas")], lang))

# 9. Timeline of plans
with guarded_section(lang, "vision §9 timeline of plans"):
    st.header(t("vision_timeline_heading", lang))
    plans = tv.timeline(load_dataset("plan_timeline"))
    timeline_table = pd.DataFrame(
        {
            t("vision_timeline_col_plan", lang): plans[NAME],
            t("vision_timeline_col_period", lang): plans["period"],
            t("vision_timeline_col_adopted", lang): plans["adoption"],
            t("vision_timeline_col_investment", lang): plans["announced_investment_krw_trillion"],
            t("vision_timeline_col_note", lang): plans["note"],
            t("vision_col_source", lang): plans["source"],
        }
    )
    chart_block(
        key="vision_timeline",
        title=t("vision_timeline_title", lang),
        chart=cached_chart(("vision_timeline", lang), lambda: plan_timeline(plans, lang)),
        table=timeline_table,
        unit=t("vision_timeline_unit", lang),
        sources=[
            Source(f"{row.source.split(',')[0]} ({row.period})", first_url(row.source)) for row in plans.itertuples()
        ],
        lang=lang,
        alt_text=t("vision_timeline_alt", lang),
        note=t("vision_timeline_note", lang) + " " + t("vision_timeline_investment_note", lang),
    )
    with st.container(border=True):
        st.markdown(f"#### {t('vision_local_era_heading', lang)}")
        local_era = load_dataset("local_era_strategies")
        for column, row in zip(st.columns(len(local_era)), local_era.itertuples(), strict=True):
            with column.container(border=True, height="stretch"):
                if lang == "ko":
                    st.markdown(f"**{md(row.short_ko)}**  \n{md(row.name_ko)}")
                    st.caption(md(row.name_en) + " " + t("vision_translation_badge", lang))
                else:
                    st.markdown(f"**{md(row.name_en)}** {t('vision_translation_badge', lang)}")
                    st.caption(f"{md(row.name_ko)} ({md(row.short_ko)})")
        st.caption(t("vision_local_era_note", lang))
        st.caption(
            sources_line(
                [
                    Source("MBC 2023-11-01", "https://imnews.imbc.com/news/2023/society/article/6539216_36127.html"),
                    Source(
                        "PCLE press release 2023-11-01 (WeMakeNews)", "https://wemakenews.co.kr/news/view.php?no=17448"
                    ),
                    manifest_source("local_era_strategies"),
                ],
                lang,
            )
        )

# 10. Province lens
with guarded_section(lang, "vision §10 province lens"):
    if province:
        name = names.get(province, {}).get(lang, province)
        st.header(t("vision_province_heading", lang, name=name))
        cities = tv.province_innovation_cities(
            province, load_dataset("relocation_places"), load_dataset("innovation_cities")
        )
        policies = tv.province_policies(province, load_dataset("province_profiles"))
        left, right = st.columns([2, 3])
        with left.container(border=True):
            st.markdown(f"**{t('vision_province_city', lang)}**")
            if cities.empty:
                st.markdown(t("vision_province_no_city", lang))
            for row in cities.itertuples():
                st.markdown(f"#### {md(row.name_ko if lang == 'ko' else row.name_en)}")
                theme = row.theme_ko_2005_07 if lang == "ko" else row.theme_en
                if isinstance(theme, str) and theme:
                    st.markdown(t("vision_province_theme", lang, theme=md(theme)))
                if isinstance(row.specialised_sectors, str) and row.specialised_sectors:
                    st.caption(t("vision_province_sectors", lang, sectors=md(row.specialised_sectors)))
            st.caption(sources_line([manifest_source("innovation_cities")], lang))
        with right.container(border=True):
            st.markdown(f"**{t('vision_province_policies', lang, n=len(policies))}**")
            if policies.empty:
                st.markdown(t("vision_province_none", lang))
            for row in policies.itertuples():
                flag = (
                    f" {t('vision_province_unverified', lang)}"
                    if isinstance(row.note, str) and "NOT verified" in row.note
                    else ""
                )
                year = f" ({md(row.year)})" if isinstance(row.year, str) and row.year else ""
                st.markdown(
                    f"- **{md(row.policy_or_project)}**{year}{flag}  \n  {md(row.description)}  \n  "
                    f":gray[{md(row.category)}] · {source_links_markdown(row.source, limit=2)}"
                )
            st.caption(
                t("vision_province_policies_note", lang)
                + " "
                + sources_line([manifest_source("province_profiles")], lang)
            )
        links = current_params()
        a, b, _ = st.columns([1, 1, 2])
        a.page_link(
            "pages/map.py", label=t("vision_link_map", lang), icon=":material/map:", query_params=links, width="stretch"
        )
        b.page_link(
            "pages/regions.py",
            label=t("vision_link_regions", lang),
            icon=":material/compare_arrows:",
            query_params=links,
            width="stretch",
        )
    else:
        st.info(t("vision_province_hint", lang), icon=":material/location_on:")
