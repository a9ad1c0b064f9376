"""Expo presentation mode (/present): full-screen slides that advance by themselves, all day, offline.

``?interval=SECONDS`` (5–120, default 12), ``?slide=N`` (1-based start), ``?province=KR-xx``
adds a spotlight slide for that province, ``?lang=ko|en``. Every slide is built once; on each tick
only the controls fragment reruns (``st.fragment(run_every=…)``) and shows the next slide. A failing
slide shows a calm card and the loop goes on.
"""

import time

import streamlit as st

from components import present_slides as ps
from components.formatting import format_krw_million, format_pct, format_persons
from components.page import guarded_section, lang_of, manifest_source, province_of, sources_line
from components.strings import t
from components.url_state import parse_int, shown_value
from data.loaders import (
    load_capital_region_share,
    load_dataset,
    load_institutions,
    load_resident_population,
    load_special_account_budget,
)
from data.validation import DatasetError
from geo import municipality_features, province_features

lang = lang_of()
province = province_of()
names = st.session_state.get("_province_names", {})

# 1. Big type for the big screen. The slide is laid out for 1920×1080 and scaled as a whole
#    (CSS zoom) to the screen, so nothing is cut off or scrolls on 1366×768 or on 4K either.
#    Charts have fixed 1920-layout widths (a "stretch" chart would measure the zoomed width and
#    shrink twice). Static CSS: no user or data text in it.
ZOOM_STEPS = "\n".join(
    [
        f"@media (max-width: {1920 * (s + 0.05) - 1:.0f}px), (max-height: {1080 * (s + 0.05) - 1:.0f}px) {{ "
        f".st-key-present_root {{ zoom: {s:.2f}; }} }}"
        for s in (0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5)
    ]
    + [
        f"@media (min-width: {1920 * s:.0f}px) and (min-height: {1080 * s:.0f}px) {{ .st-key-present_root {{ zoom: "
        f"{s:.2f}; }} }}"
        for s in (1.25, 1.5, 1.75, 2.0)
    ]
)
st.html(
    """<style>
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 0 !important; max-width: 100% !important; }
.st-key-present_root { padding: 14px 40px 6px 40px; }
.st-key-present_root [data-testid="stMarkdownContainer"] p,
.st-key-present_root [data-testid="stMarkdownContainer"] li { font-size: 28px; line-height: 1.32; }
.st-key-present_root h1 { font-size: 58px !important; line-height: 1.15 !important; padding: 4px 0 6px 0 !important; }
.st-key-present_root h3 { font-size: 34px !important; line-height: 1.2 !important; padding: 4px 0 6px 0 !important; }
.st-key-present_root li { margin-bottom: 4px; }
.st-key-present_notices { padding: 10px 40px 0 40px; }
.st-key-present_slide_vision h1 { font-size: 80px !important; padding: 10px 0 14px 0 !important; }
.st-key-present_slide_vision [data-testid="stMarkdownContainer"] p { font-size: 32px; }
.st-key-present_slide_vision h3 { font-size: 40px !important; }
.st-key-present_slide_vision [data-testid="stMarkdownContainer"] li { font-size: 32px; margin-bottom: 12px; }
.st-key-present_slide_vision [data-testid="stColumn"] > [data-testid="stVerticalBlock"] { height: 100%; }
.st-key-present_slide_vision [class*="st-key-present_card"] { height: 100%; padding: 18px 22px; }
.st-key-present_root [class*="st-key-present_source"] [data-testid="stMarkdownContainer"] p {
  font-size: 22px !important; color: #464C53; }
.st-key-present_bar [data-testid="stMarkdownContainer"] p { font-size: 22px !important; color: #464C53; }
.st-key-present_bar button p { font-size: 22px !important; }
.st-key-present_root .st-key-present_counter [data-testid="stMarkdownContainer"] p {
  font-size: 30px !important; font-weight: 700; color: #1E2124; }
.st-key-present_root [class*="st-key-present_big"] [data-testid="stMarkdownContainer"] p {
  font-size: 52px !important; font-weight: 700; color: #0B50D0; line-height: 1.1; }
"""
    + ZOOM_STEPS
    + "\n</style>"
)

# 2. Settings from the link: interval and first slide (invalid values fall back, with a notice).
interval, bad_interval = parse_int(
    st.query_params.get("interval"), ps.INTERVAL_MIN, ps.INTERVAL_MAX, ps.INTERVAL_DEFAULT
)
slides = ps.slide_ids(province)
start, bad_slide = parse_int(st.query_params.get("slide"), 1, len(slides), 1)
if bad_interval or bad_slide:
    with st.container(key="present_notices"):
        for bad, param, label in (
            (bad_interval, "interval", "present_param_interval"),
            (bad_slide, "slide", "present_param_slide"),
        ):
            if bad:
                st.warning(
                    t("notice_bad_param", lang, name=t(label, lang), value=shown_value(st.query_params.get(param)))
                )
state = st.session_state
signature = (tuple(slides), start, interval, lang)
if state.get("present_signature") != signature:  # a new link: start where it says, playing
    state["present_signature"] = signature
    state["present_index"] = start - 1
    state["present_shown_at"] = time.monotonic()
    state["present_paused"] = False


def go(delta: int) -> None:
    state["present_index"] = ps.step(state["present_index"], len(slides), delta)
    state["present_shown_at"] = time.monotonic()


def toggle_pause() -> None:
    state["present_paused"] = not state["present_paused"]
    state["present_shown_at"] = time.monotonic()


def source_line(key: str, text: str) -> None:
    with st.container(key=f"present_source_{key}"):
        st.markdown(text)


# 3. The slides: one idea each, a large headline and one chart or map.
def slide_vision() -> None:
    plan = ps.plan_tree(load_dataset("plan_structure"), load_dataset("plan_names_en_seed"))
    st.markdown(t("present_vision_kicker", lang))
    st.title(plan.vision(lang), anchor=False)
    st.markdown(f"**{t('present_goal_label', lang)}** · {plan.goal(lang)} — {t('present_vision_sub', lang)}")
    for column, strategy in zip(st.columns(3), plan.strategies, strict=True):
        with column.container(border=True, height="stretch", key=f"present_card_{strategy.no}"):  # equal heights
            name = strategy.name_ko if lang == "ko" else strategy.name_en
            st.subheader(f"{t(f'present_strategy_short_{strategy.no}', lang)} · {name}", anchor=False)
            st.markdown("\n".join(f"- {ko if lang == 'ko' else en}" for ko, en in strategy.tasks))
    source_line(
        "vision",
        t("present_vision_note", lang)
        + " "
        + sources_line([manifest_source("plan_structure"), manifest_source("plan_names_en_seed")], lang),
    )


def slide_budget() -> None:
    budget = load_special_account_budget()
    figures = ps.budget_headline(budget, lang)
    st.title(t("present_budget_headline", lang, **figures), anchor=False)
    st.markdown(t("present_budget_sub", lang, **figures))
    years = ", ".join(
        f"{int(row.year)} {format_krw_million(row.amount_krw_million, lang)}"
        for row in ps.budget_totals(budget).itertuples()
    )
    with st.container(key="present_stage_budget"):
        st.altair_chart(
            ps.budget_chart(budget, lang, height=680).properties(width=ps.CHART_WIDTH_FULL),
            width="content",
            alt=t("present_budget_alt", lang, years=years),
        )
    source_line(
        "budget",
        t("present_unit_trillion", lang)
        + " · "
        + sources_line([manifest_source("special_account_budget", year="2015–2020")], lang),
    )


def slide_relocation() -> None:
    totals = load_dataset("relocation_totals").set_index("category")
    count = totals["count"]
    as_of = str(totals.loc["total", "as_of"])
    st.title(t("present_map_headline", lang, total=int(count["total"])), anchor=False)
    st.markdown(
        t(
            "present_map_sub",
            lang,
            ic=int(count["innovation_city"]),
            sejong=int(count["sejong"]),
            individual=int(count["individual"]),
            as_of=as_of,
        )
    )
    institutions = load_institutions()
    flows = ps.relocation_flows(
        institutions,
        load_dataset("relocation_places"),
        load_dataset("innovation_cities"),
        municipality_features(),
        province_features(),
    )
    name_col = "name_ko" if lang == "ko" else "name_en"
    top = flows.head(4)
    left, right = st.columns([3, 2], gap="large")
    with left, st.container(key="present_stage_map"):
        deck = ps.relocation_deck(
            flows,
            province_features(),
            lang,
            height=720,
            tooltip_template=t("present_map_tooltip", lang, name="{name}", count="{count}"),
        )
        st.pydeck_chart(
            deck,
            height=720,
            key="present_map_chart",
            alt=t(
                "present_map_alt",
                lang,
                top=", ".join(f"{row[name_col]} {int(row['count'])}" for _, row in top.iterrows()),
            ),
        )
    with right:
        st.subheader(t("present_map_top", lang), anchor=False)
        st.markdown(
            "\n".join(
                f"- **{t('present_map_count', lang, n=int(row['count']))}** · {row[name_col]}"
                for _, row in top.iterrows()
            )
        )
        st.markdown(t("present_map_legend_arcs", lang))
        uncertain = int(institutions["verification"].astype(str).str.startswith("uncertain").sum())
        sourced = int((flows["coord_basis"] == "sourced point").sum())
        source_line(
            "map_note",
            t(
                "present_map_rows_note",
                lang,
                rows=int(flows["count"].sum()),
                uncertain=uncertain,
                total=int(count["total"]),
                sourced=sourced,
            )
            + " "
            + t("kogl_attribution", lang),
        )
    source_line(
        "map",
        sources_line(
            [
                manifest_source("relocation_totals", year="2019"),
                manifest_source("institutions"),
                manifest_source("province_boundaries"),
            ],
            lang,
        ),
    )


def slide_capital_share() -> None:
    share, census = load_capital_region_share()
    year = ps.first_year_at_or_above(share)
    st.title(
        t("present_share_headline", lang, year=year) if year else t("present_share_headline_none", lang), anchor=False
    )
    first, last = share.iloc[0], share.iloc[-1]
    st.markdown(
        t(
            "present_share_sub",
            lang,
            first_year=int(first["year"]),
            first=format_pct(first["share_pct"], digits=2),
            last_year=int(last["year"]),
            last=format_pct(last["share_pct"], digits=2),
        )
    )
    with st.container(key="present_stage_share"):
        st.altair_chart(
            ps.share_chart(share, census, lang, height=680).properties(width=ps.CHART_WIDTH_FULL),
            width="content",
            alt=t("present_share_alt", lang, first_year=int(first["year"]), last_year=int(last["year"])),
        )
    source_line(
        "share",
        t("present_share_note", lang)
        + " · "
        + sources_line([manifest_source("province_indicators"), manifest_source("population_2022_2024")], lang),
    )


def slide_naju() -> None:
    groups = ps.naju_groups(load_institutions())
    counts = ps.naju_counts(groups)
    st.title(t("present_naju_headline", lang, n=len(groups)), anchor=False)
    st.markdown(
        t(
            "present_naju_sub",
            lang,
            energy=counts["energy"],
            agri=counts["agriculture"],
            ict=counts["ict"],
            culture=counts["culture"],
        )
    )
    for column, group in zip(st.columns(4), ps.SEED_NAJU_GROUPS, strict=True):
        members = groups[groups["seed_group"] == group]
        with column.container(border=True):
            with st.container(key=f"present_big_{group}"):
                st.markdown(t("present_naju_count", lang, n=len(members)))
            st.subheader(t(f"present_naju_group_{group}", lang), anchor=False)
            lines = []
            for row in members.itertuples(index=False):
                if lang == "ko" or not isinstance(row.name_en, str) or not row.name_en:
                    label = row.name_ko + ("" if lang == "ko" else t("present_naju_no_en", lang))
                else:
                    label = row.name_en
                lines.append(f"- {label}{' *' if row.regrouped else ''}")
            st.markdown("\n".join(lines))
    source_line(
        "naju",
        t("present_naju_note", lang)
        + " "
        + sources_line([manifest_source("institutions")], lang)
        + " · Asia Economy, 2021",
    )


def slide_province() -> None:
    try:  # Korean names of the projects, where the regions page's translation table has them
        profiles_ko = load_dataset("province_profiles_ko")
    except (KeyError, DatasetError):
        profiles_ko = None
    spot = ps.province_spotlight(
        province,
        load_resident_population(),
        load_institutions(),
        load_dataset("relocation_places"),
        load_dataset("province_profiles"),
        profiles_ko,
    )
    name = names.get(province, {}).get(lang, province)
    st.title(
        t(
            "present_spot_headline",
            lang,
            name=name,
            population=format_persons(spot["population"], lang).replace(" people", ""),
        ),
        anchor=False,
    )
    st.markdown(t("present_spot_sub", lang, year=spot["year"], share=format_pct(spot["share_pct"], digits=2)))
    left, right = st.columns([3, 2], gap="large")
    series = spot["series"]
    first, last = series.iloc[0], series.iloc[-1]
    with left, st.container(key="present_stage_province"):
        titles = {
            "year": t("present_axis_year", lang),
            "unit": t("present_axis_thousand", lang),
            "exact": t("present_axis_exact", lang),
        }
        st.altair_chart(
            ps.population_chart(series, lang, height=640, titles=titles).properties(width=ps.CHART_WIDTH_COLUMN),
            width="content",
            alt=t(
                "present_spot_alt",
                lang,
                name=name,
                first_year=int(first["year"]),
                last_year=int(last["year"]),
                first=format_persons(first["population"], lang),
                last=format_persons(last["population"], lang),
            ),
        )
    with right:
        name_col = "name_ko" if lang == "ko" else "name_en"
        cities = [str(city) for city in spot["cities"][name_col]]
        cities += [t("present_spot_partner", lang, name=city) for city in spot["partner_cities"][name_col]]
        st.subheader(t("present_spot_city", lang), anchor=False)
        st.markdown(
            (" · ".join(f"**{city}**" for city in cities) if cities else t("present_spot_city_none", lang))
            + "  \n"
            + t("present_spot_institutions", lang, n=spot["institutions"])
        )
        projects = spot["projects"].head(3)
        if not projects.empty:
            st.subheader(t("present_spot_projects", lang), anchor=False)
            korean = lang == "ko" and projects["project_ko"].notna().all()
            st.markdown(
                "\n".join(
                    f"- {row.project_ko if korean else row.policy_or_project}"
                    for row in projects.itertuples(index=False)
                )
            )
            if lang == "ko":
                source_line(
                    "province_lang", t("present_spot_projects_ko" if korean else "present_spot_projects_lang", lang)
                )
    note = t("present_spot_share_note", lang) + (
        " " + t("present_spot_gunwi", lang) if province in ("KR-27", "KR-47") else ""
    )
    cited = [
        manifest_source(key)
        for key in ("province_indicators", "population_2022_2024", "relocation_places", "province_profiles")
    ]
    if lang == "ko" and profiles_ko is not None:
        cited.append(manifest_source("province_profiles_ko"))
    source_line("province", note + " " + sources_line(cited, lang))


SLIDE_BUILDERS = {
    "vision": slide_vision,
    "budget": slide_budget,
    "relocation": slide_relocation,
    "capital_share": slide_capital_share,
    "naju": slide_naju,
    "province": slide_province,
}


# 4. The loop. Every slide is built once, stacked in one place; only the small fragment with the
#    controls reruns on each tick and switches which slide is visible (a CSS rule). Charts and the
#    map are never removed and re-created while the loop runs: a removed deck.gl map keeps its
#    WebGL context in memory (visgl/deck.gl#9264), which over a day would exhaust the browser.
paused_at_start = state["present_paused"]


@st.fragment(run_every=None if paused_at_start else interval)
def show_controls() -> None:
    if state["present_paused"] != paused_at_start:  # play/pause switches the timer: rebuild once
        st.rerun(scope="app")
    now = time.monotonic()
    if not state["present_paused"] and ps.should_advance(now - state["present_shown_at"], interval):
        state["present_index"] = ps.step(state["present_index"], len(slides), 1)
        state["present_shown_at"] = now
    index = min(state["present_index"], len(slides) - 1)
    st.html(f"<style>{ps.visible_slide_css(slides, index)}</style>")  # static: built from slide ids only
    with st.container(key="present_bar", horizontal=True, vertical_alignment="center"):
        st.markdown(
            t("present_brand", lang) + (f" · {names.get(province, {}).get(lang, '')}" if province else ""),
            width="stretch",
        )
        st.markdown(
            t("present_paused_badge", lang)
            if state["present_paused"]
            else t("present_interval_badge", lang, s=interval),
            width="content",
        )
        st.button(
            t("present_prev", lang),
            key="present_prev",
            on_click=go,
            args=(-1,),
            help=t("present_prev_help", lang),
            shortcut="Left",
        )
        st.button(
            t("present_play", lang) if state["present_paused"] else t("present_pause", lang),
            key="present_pause",
            on_click=toggle_pause,
            help=t("present_pause_help", lang),
            shortcut="Space",
        )
        st.button(
            t("present_next", lang),
            key="present_next",
            on_click=go,
            args=(1,),
            help=t("present_next_help", lang),
            shortcut="Right",
        )
        with st.container(key="present_counter", width="content"):
            st.markdown(t("present_counter", lang, n=index + 1, total=len(slides)))


with st.container(key="present_root"):
    show_controls()
    with st.container(key="present_stack"):
        for slide in slides:
            with st.container(key=f"present_slide_{slide}"), guarded_section(lang, f"present slide {slide}"):
                SLIDE_BUILDERS[slide]()
