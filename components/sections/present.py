"""The /present page's sections: the settings from the link, the controls that run the loop, and the slides.

Every slide is built once per full run, stacked in one place (``present_slide`` wraps each in its
``present_slide_<id>`` container); only the small fragment with the controls reruns on each tick and
switches which slide is visible (a CSS rule). A new show builds the slide on screen first and the others
on the loop's first, early tick (``views.REST_OF_SHOW_AFTER_S``), into their places. Figures and texts come
from ``components.views.present``, charts and the map from ``components.charts.present``; the map is /map's
deck of the one flow table (``data.relocation``, through ``load_relocation_frames``), and Naju's groups are the
naju_sector_groups dataset read through ``data.relocation.naju_members`` — the same functions /map uses.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from components.charts import present as charts
from components.formatting import format_pct, md_escape
from components.page import (
    PageContext,
    cached_build,
    cached_chart,
    manifest_source,
    needs,
    reference_source,
    section,
    show_chart,
    sources_line,
)
from components.registry import page, param
from components.strings import localized, t
from components.strings.present import PERSONS_PER_AXIS_UNIT
from components.url_state import current_params, read_param
from components.views import present as views
from components.views.budget import budget_story_sources, budget_story_text
from data.budget import structure_account_names
from data.loaders import (
    load_budget_story,
    load_capital_region_share,
    load_dataset,
    load_institutions,
    load_plan_tree,
    load_relocation_frames,
    load_resident_population,
    load_special_account_budget,
)
from data.relocation import destination_totals, naju_grouping, naju_members
from data.validation import DatasetError

INTERVAL_PARAM = param("present", "interval")
SLIDE_PARAM = param("present", "slide")


@dataclass(frozen=True)
class PresentSettings:
    """The slides in order and the seconds between them (from the link)."""

    slides: tuple[str, ...]
    interval: int


def present_source_line(key: str, text: str) -> None:
    """A slide's small print (notes and sources), styled by the ``present_source_*`` rule of present.css."""
    with st.container(key=f"present_source_{key}"):
        st.markdown(text)


# --- 2. Settings, 3. the loop ------------------------------------------------------------------------------


@section("present §2 settings")
def present_settings(ctx: PageContext) -> PresentSettings:
    """?interval= and ?slide= (a bad value falls back, with a notice); a new link starts where it says, playing."""
    slides = views.slide_ids(ctx.province)
    with st.container(key="present_notices"):
        interval = read_param(
            INTERVAL_PARAM,
            ctx.lang,
            allowed=range(views.INTERVAL_MIN, views.INTERVAL_MAX + 1),
            default=views.INTERVAL_DEFAULT,
        )
        start = read_param(SLIDE_PARAM, ctx.lang, allowed=range(1, len(slides) + 1), default=1)
    state = st.session_state
    signature = (tuple(slides), start, interval, ctx.lang)
    if state.get("present_signature") != signature:
        state["present_signature"] = signature
        state["present_index"] = start - 1
        state["present_shown_at"] = time.monotonic()
        state["present_paused"] = False
        state["present_all_built"] = False
    return PresentSettings(tuple(slides), interval)


def _shown_index(settings: PresentSettings) -> int:
    """Index of the slide on screen (within this show's slides)."""
    return min(st.session_state["present_index"], len(settings.slides) - 1)


def present_move(count: int, delta: int) -> None:
    """Button callback: ``delta`` slides on (wrapping), shown for a full interval from now."""
    state = st.session_state
    state["present_index"] = views.slide_step(state["present_index"], count, delta)
    state["present_shown_at"] = time.monotonic()


def present_toggle_pause() -> None:
    state = st.session_state
    state["present_paused"] = not state["present_paused"]
    state["present_shown_at"] = time.monotonic()


def present_controls_bar(ctx: PageContext, settings: PresentSettings, paused_at_start: bool) -> None:
    """The fragment run on every tick: advance when due, show the current slide (CSS), draw the bar."""
    state, lang, slides = st.session_state, ctx.lang, settings.slides
    state["present_bar_runs"] += 1  # 1 within the page's run; more when the fragment reruns alone
    if state["present_bar_runs"] > 1 and not state["present_all_built"]:  # the first tick, or a button, since the
        state["present_all_built"] = True  # show started: build the slides not on screen, into their places
        st.rerun(scope="app")
    if state["present_paused"] != paused_at_start:  # play/pause switches the timer: rebuild once
        st.rerun(scope="app")
    now = time.monotonic()
    if not state["present_paused"] and views.should_advance(now - state["present_shown_at"], settings.interval):
        state["present_index"] = views.slide_step(state["present_index"], len(slides), 1)
        state["present_shown_at"] = now
    index = _shown_index(settings)
    st.html(f"<style>{views.visible_slide_css(list(slides), index)}</style>")  # static: built from slide ids only
    with st.container(key="present_bar", horizontal=True, vertical_alignment="center"):
        # The way back to the dashboard: small, beside the title, keeping the language and province.
        with st.container(key=f"present_exit_{lang}", width="content"):  # keyed by language: present.css sizes
            st.page_link(
                page("").file,
                label=t("present_exit", lang),
                icon=":material/arrow_back:",
                help=t("present_exit_help", lang),
                query_params=current_params(),
            )
        province = f" · {md_escape(ctx.province_name())}" if ctx.province else ""
        st.markdown(t("present_brand", lang) + province, width="stretch")
        paused = state["present_paused"]
        badge = t("present_paused_badge", lang) if paused else t("present_interval_badge", lang, s=settings.interval)
        st.markdown(badge, width="content")
        st.button(
            t("present_prev", lang),
            key="present_prev",
            on_click=present_move,
            args=(len(slides), -1),
            help=t("present_prev_help", lang),
            shortcut="Left",
        )
        st.button(
            t("present_play", lang) if paused else t("present_pause", lang),
            key="present_pause",
            on_click=present_toggle_pause,
            help=t("present_pause_help", lang),
            shortcut="Space",
        )
        st.button(
            t("present_next", lang),
            key="present_next",
            on_click=present_move,
            args=(len(slides), 1),
            help=t("present_next_help", lang),
            shortcut="Right",
        )
        with st.container(key="present_counter", width="content"):
            st.markdown(t("present_counter", lang, n=index + 1, total=len(slides)))


@section("present §3 controls")
def present_controls(ctx: PageContext, settings: PresentSettings) -> None:
    """The bar, in a fragment that reruns alone every ``interval`` seconds while playing (never while paused),
    and once early, ``views.REST_OF_SHOW_AFTER_S`` after a new show starts, to build the slides not on screen."""
    needs(settings)
    state = st.session_state
    paused_at_start = state["present_paused"]
    state["present_bar_runs"] = 0
    if not state["present_all_built"]:
        run_every = views.REST_OF_SHOW_AFTER_S
    else:
        run_every = None if paused_at_start else settings.interval
    st.fragment(run_every=run_every)(present_controls_bar)(ctx, settings, paused_at_start)


def present_slide(
    ctx: PageContext, settings: PresentSettings | None, slide: str, build: Callable[[PageContext], None]
) -> None:
    """``slide``'s place in the stack, with the slide in it when this run builds it (``views.slides_to_build``).
    Without settings (their section failed, with a notice) every slide is built, as before the show could start."""
    with st.container(key=f"present_slide_{slide}"):
        if settings is None or slide in views.slides_to_build(
            list(settings.slides), _shown_index(settings), st.session_state["present_all_built"]
        ):
            build(ctx)


# --- 4. The slides ---------------------------------------------------------------------------------------------


@section("present §4 slide: the plan's vision")
def present_vision_slide(ctx: PageContext) -> None:
    """Vision and goal, and the 3 strategies with their key tasks as three equal cards."""
    lang = ctx.lang
    tree = load_plan_tree()
    st.markdown(t("present_vision_kicker", lang))
    st.title(md_escape(tree.vision(lang)), anchor=False)
    sub = t("present_vision_sub", lang, strategies=len(tree.strategies), tasks=len(tree.key_tasks))
    st.markdown(f"**{t('present_goal_label', lang)}** · {md_escape(tree.goal(lang))} — {sub}")
    for column, strategy in zip(st.columns(len(tree.strategies)), tree.strategies, strict=True):
        with column.container(border=True, height="stretch", key=f"present_card_{strategy.no}"):  # equal heights
            heading = f"{localized(strategy, 'short', lang)} · {localized(strategy, 'name', lang)}"
            st.header(md_escape(heading), anchor=False)
            st.markdown("\n".join(f"- {md_escape(localized(task, 'name', lang))}" for task in strategy.key_tasks))
    sources = [manifest_source("plan_structure"), manifest_source("plan_names_en_seed")]
    present_source_line("vision", t("present_vision_note", lang) + " " + sources_line(sources, lang))


@section("present §4 slide: the Special Account")
def present_budget_slide(ctx: PageContext) -> None:
    lang = ctx.lang
    budget = load_special_account_budget()
    story = load_budget_story()
    told = budget_story_text(story, structure_account_names(budget), lang)
    # The latest sourced total with its stage, and the 2020 fall said to be a transfer, not a cut (issue 18).
    st.title(md_escape(told.headline), anchor=False)
    st.markdown(md_escape(told.transfer))
    with st.container(key="present_stage_budget"):
        chart = cached_chart(
            ("present_budget", lang),
            lambda: charts.present_budget_chart(budget, lang, marks={story.break_year: told.mark}),
        )
        show_chart(chart, width="content", alt=views.present_budget_alt(budget, lang) + " " + told.transfer)
    present_source_line(
        "budget",
        md_escape(told.basis)
        + " · "
        + t("present_unit_trillion", lang)
        + " · "
        + sources_line(budget_story_sources(story), lang),
    )


@section("present §4 slide: where the institutions went")
def present_relocation_slide(ctx: PageContext) -> None:
    """MOLIT's 153, and /map's flows of the one flow table beside the destinations with most institutions."""
    lang = ctx.lang
    counts = views.present_relocation_counts(load_dataset("relocation_totals"))
    st.title(t("present_map_headline", lang, total=counts["total"]), anchor=False)
    st.markdown(t("present_map_sub", lang, **{key: value for key, value in counts.items() if key != "total"}))
    frames = load_relocation_frames()
    per_place = destination_totals(frames.flows)
    left, right = st.columns([3, 2], gap="large")
    with left, st.container(key="present_stage_map"):
        deck = cached_build(
            ("present_deck", lang),
            lambda: charts.present_relocation_deck(frames.flows, frames.points, ctx.province_names, lang),
        )
        alt = views.present_map_alt(per_place, lang)
        st.pydeck_chart(deck, height=charts.MAP_HEIGHT, key="present_map_chart", alt=alt)
    with right:
        st.header(t("present_map_top", lang), anchor=False)
        st.markdown(views.present_top_destinations(per_place, lang))
        st.markdown(t("present_map_legend_flows", lang))
        note = views.present_map_note(frames.flows, per_place, frames.institutions, counts["total"], lang)
        present_source_line("map_note", note + " " + t("kogl_attribution", lang))
    sources = [
        manifest_source("relocation_totals", year="2019"),
        manifest_source("institutions"),
        manifest_source("innovation_cities"),
        manifest_source("province_boundaries"),
    ]
    present_source_line("map", sources_line(sources, lang))


@section("present §4 slide: the capital region's share")
def present_share_slide(ctx: PageContext) -> None:
    lang = ctx.lang
    share, census = load_capital_region_share()
    year = views.present_first_year_at_or_above(share)
    st.title(
        t("present_share_headline", lang, year=year) if year else t("present_share_headline_none", lang), anchor=False
    )
    figures = views.present_share_figures(share)
    st.markdown(t("present_share_sub", lang, **figures))
    with st.container(key="present_stage_share"):
        alt = t("present_share_alt", lang, first_year=figures["first_year"], last_year=figures["last_year"])
        chart = cached_chart(("present_share", lang), lambda: charts.present_share_chart(share, census, lang))
        show_chart(chart, width="content", alt=alt)
    sources = [manifest_source("province_indicators"), manifest_source("population_2022_2024")]
    present_source_line("share", t("present_share_note", lang) + " · " + sources_line(sources, lang))


@section("present §4 slide: Naju's institutions")
def present_naju_slide(ctx: PageContext) -> None:
    """Naju's institutions in the article's four groups (4 / 5 / 4 / 3), as /map groups them."""
    lang = ctx.lang
    frames = load_relocation_frames()
    seed_groups = load_dataset("naju_sector_groups")
    members = naju_members(seed_groups, frames.institutions)
    columns = views.present_naju_columns(seed_groups, members, lang)
    st.title(t("present_naju_headline", lang, n=len(members)), anchor=False)
    st.markdown(views.present_naju_sub(seed_groups, columns, lang))
    for column, group in zip(st.columns(len(columns)), columns, strict=True):
        with column.container(border=True, height="stretch"):  # equal heights, filling the screen
            with st.container(key=f"present_big_{group.group_id}"):
                st.markdown(t("present_naju_count", lang, n=group.count))
            st.header(group.name, anchor=False)
            st.markdown(group.members)
    note = views.present_naju_note(naju_grouping(seed_groups, frames.institutions), members, lang)
    sources = [
        manifest_source("institutions"),
        manifest_source("naju_sector_groups"),
        reference_source("namdo_ilbo_2017_naju"),
    ]
    present_source_line("naju", note + " " + sources_line(sources, lang))


@section("present §5 slide: the province's spotlight")
def present_province_slide(ctx: PageContext) -> None:
    """The chosen province: population and its share, its innovation city, institutions and flagship projects."""
    lang, province = ctx.lang, ctx.province
    try:  # Korean names of the projects, where the regions page's translation table has them
        profiles_ko = load_dataset("province_profiles_ko")
    except (KeyError, DatasetError):
        profiles_ko = None
    spot = views.present_province_spotlight(
        province,
        load_resident_population(),
        load_institutions(),
        load_dataset("relocation_places"),
        load_dataset("province_profiles"),
        profiles_ko,
    )
    name = ctx.province_name()
    st.title(views.present_spot_headline(spot, name, lang), anchor=False)
    st.markdown(t("present_spot_sub", lang, year=spot.year, share=format_pct(spot.share_pct, digits=2)))
    left, right = st.columns([3, 2], gap="large")
    with left, st.container(key="present_stage_province"):
        titles = {
            "year": t("present_axis_year", lang),
            "unit": t("present_axis_thousand", lang),
            "exact": t("present_axis_exact", lang),
        }
        chart = cached_chart(
            ("present_population", province, lang),
            lambda: charts.present_population_chart(
                spot.series, persons_per_unit=PERSONS_PER_AXIS_UNIT[lang], titles=titles
            ),
        )
        show_chart(chart, width="content", alt=views.present_spot_alt(spot, name, lang))
    cited = [
        manifest_source(key)
        for key in ("province_indicators", "population_2022_2024", "relocation_places", "province_profiles")
    ]
    with right:
        st.header(t("present_spot_city", lang), anchor=False)
        st.markdown(
            views.present_spot_cities(spot, lang)
            + "  \n"
            + views.present_spot_institutions(spot, ctx.province_name, lang)
        )
        if not spot.projects.empty:
            projects = views.present_spot_projects(spot.projects, lang)
            st.header(t("present_spot_projects", lang), anchor=False)
            st.markdown(projects.markdown)
            if projects.note_key:
                present_source_line("province_lang", t(projects.note_key, lang))
            if projects.translated_names_cited:
                cited.append(manifest_source("province_profiles_ko"))
    present_source_line("province", views.present_spot_note(province, lang) + " " + sources_line(cited, lang))
