"""The /map page's sections: title, the city choice (?city=), the map and its legend, the chosen city,
every institution with filters, and the reconciliation with MOLIT's count.

Figures come from ``data.relocation`` (through ``load_relocation_frames``), tables and texts from
``components.views.map``, the deck and charts from ``components.charts.maps``.
"""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass

import streamlit as st

import geo
from components.charts import maps
from components.formatting import md_escape, source_links_markdown
from components.page import (
    STATIC,
    PageContext,
    cached_build,
    cached_chart,
    chart_block,
    download_menu,
    manifest_source,
    needs,
    reference_source,
    section,
    sources_line,
)
from components.registry import param
from components.strings import t, tn
from components.url_state import read_param, url_bound
from components.views import map as views
from data import relocation
from data.loaders import load_dataset, load_employee_counts, load_provinces, load_relocation_frames
from data.relocation import RelocationFrames

CITY_PARAM = param("map", "city")
WEBGL_CHECK_JS = (STATIC / "js" / "webgl_check.js").read_text(encoding="utf-8")
VERIFICATION_GROUPS = ("verified", "partial", "uncertain")
MAP_HEIGHT = 640  # px: the map is the page's subject; on a 768 px screen it still leaves the picker in view
PROFILE_ANCHOR = "map-city-profile"


@dataclass(frozen=True)
class CityChoice:
    """The city shown: ?city=, else the innovation city of ?province= (``province_city``, the default), else none."""

    city: str | None
    province_city: str | None


@dataclass(frozen=True)
class MapLayers:
    """The optional layers the viewer switched on."""

    show_flows: bool
    show_labels: bool


def map_source_caption(text: str, lang: str) -> str:
    """'Source: <links>' for a data row's free-text source (first two links)."""
    return f"{t('source_label', lang)}: {source_links_markdown(text, limit=2, lang=lang)}"


# --- 1. Title and data ---------------------------------------------------------------------------------


@section("map §1 title")
def map_header(ctx: PageContext) -> None:
    st.title(t("page_map", ctx.lang))
    st.markdown(t("map_intro", ctx.lang))


@section("map §1 data")
def map_data(ctx: PageContext) -> RelocationFrames:
    """Places, cities, institutions, points and flows (a bad data file is reported here, once)."""
    return load_relocation_frames()


# --- 2. Selection --------------------------------------------------------------------------------------------


@section("map §2 city choice")
def map_city_choice(ctx: PageContext, frames: RelocationFrames) -> CityChoice:
    """?city= (shareable), pre-selected from ?province= when that province hosts or shares a city."""
    needs(frames)
    hosted = relocation.innovation_cities_of(ctx.province, frames.places) if ctx.province else frames.places.iloc[:0]
    province_city = hosted["place_id"].iloc[0] if not hosted.empty else None
    city = read_param(CITY_PARAM, ctx.lang, allowed=frames.cities["city_id"].tolist(), default=province_city)
    return CityChoice(city, province_city)


@section("map §2 selectors")
def map_controls(ctx: PageContext, frames: RelocationFrames, choice: CityChoice) -> MapLayers:
    """The city picker (writes ?city=; the province's own city is the default, kept out of the link) and the
    layers, in one row above the map. The picker's options carry every name a person may type (see
    ``views.city_search_labels``): typing "나주", "빛가람", "Naju" or "Bitgaram" finds the Naju city."""
    needs(frames, choice)
    lang = ctx.lang
    labels = cached_build(
        ("map_city_labels",), lambda: views.city_search_labels(frames.cities, frames.places, load_provinces())
    )
    picker, switches = st.columns([2, 1], vertical_alignment="bottom")
    with picker:
        url_bound(
            st.selectbox,
            CITY_PARAM,
            choice.city or "",
            choice.province_city or "",
            key="map_city",
            label=t("map_city_label", lang),
            options=["", *frames.cities["city_id"]],
            format_func=lambda city: labels[city][lang] if city else t("map_city_none", lang),
            help=t("map_city_help", lang),
        )
    switches = switches.container(horizontal=True, gap="medium")  # side by side, one under the other when narrow
    layers = MapLayers(
        show_flows=switches.toggle(t("map_show_flows", lang), value=True, key="map_show_flows"),
        show_labels=switches.toggle(t("map_show_labels", lang), value=True, key="map_show_labels"),
    )
    if ctx.province:
        key = "map_province_preselect" if choice.province_city else "map_province_no_city"
        st.caption(t(key, lang, name=md_escape(ctx.province_name())))
    return layers


# --- 3. Map and legend ---------------------------------------------------------------------------------------


def map_deck_clicked(deck_key: str, city_ids: list[str], province_city: str | None, province_codes: list[str]) -> None:
    """A click on the map: a city (or a flow to it) -> ?city=; a province -> ?province= (its city follows).

    Each click remounts the map (a new key), so Streamlit's own selection styling, which greys out
    every unselected shape, never lingers; what a click means is written to the URL instead.
    """
    state = st.session_state.get(deck_key) or {}
    objects = (state.get("selection") or {}).get("objects") or {}
    picked_city = next(
        (
            obj.get(field)
            for layer, field in (("cities", "city_id"), ("flows", "place_id"))
            for obj in objects.get(layer) or []
            if obj.get(field) in city_ids
        ),
        None,
    )
    picked_province = next((obj.get("properties", {}).get("code") for obj in objects.get("provinces") or []), None)
    if picked_city:
        if picked_city == province_city:
            st.query_params.pop("city", None)
        else:
            st.query_params["city"] = picked_city
    elif picked_province in province_codes:
        st.query_params["province"] = picked_province
        st.query_params.pop("city", None)
    st.session_state["map_deck_round"] = st.session_state.get("map_deck_round", 0) + 1


@section("map §3 map")
def map_deck(ctx: PageContext, frames: RelocationFrames, choice: CityChoice, layers: MapLayers) -> None:
    """The deck (built and serialised once per selection, then shared), its counts, and the no-WebGL notice."""
    needs(frames, choice, layers)
    lang, province, city = ctx.lang, ctx.province, choice.city
    deck_key = f"map_deck_{st.session_state.get('map_deck_round', 0)}"
    deck = cached_build(
        ("map_deck", province, city, lang, layers.show_flows, layers.show_labels),
        lambda: maps.relocation_map_deck(
            frames.flows,
            frames.points,
            ctx.province_names,
            lang,
            province=province,
            city=city,
            show_flows=layers.show_flows,
            show_labels=layers.show_labels,
            view=None if province or not city else maps.view_for_city(frames.points, city, height=MAP_HEIGHT),
        ),
    )
    clicked = functools.partial(
        map_deck_clicked, deck_key, frames.cities["city_id"].tolist(), choice.province_city, list(ctx.province_names)
    )
    n_provinces = len(geo.province_features()["features"])
    st.pydeck_chart(
        deck,
        on_select=clicked,
        selection_mode="single-object",
        key=deck_key,
        height=MAP_HEIGHT,
        alt=cached_build(
            ("map_alt", lang, n_provinces),
            lambda: views.relocation_map_alt(frames.points, frames.flows, n_provinces, lang),
        ),
    )
    st.caption(
        f"**{t('kogl_attribution', lang)}** · {views.flows_caption(frames.flows, lang)} {t('map_webgl_note', lang)}"
    )
    # Without WebGL the map stays blank: say so plainly (our own fixed text; no data or user text in this HTML).
    notice = html.escape(t("map_webgl_missing", lang))
    st.html(
        f'<div id="map-webgl-missing" role="alert" hidden>{notice}</div><script>{WEBGL_CHECK_JS}</script>',
        unsafe_allow_javascript=True,
    )


def _city_profile(ctx: PageContext, frames: RelocationFrames, city: str) -> views.CityProfile:
    """The city's profile figures and texts, built once per city and language."""
    return cached_build(
        ("map_city_profile", city, ctx.lang),
        lambda: views.city_profile(
            city, frames.cities, frames.points, frames.institutions, ctx.province_names, ctx.lang
        ),
    )


@section("map §3 the chosen city at a glance")
def map_city_summary(ctx: PageContext, frames: RelocationFrames, choice: CityChoice) -> None:
    """Beside the map, at once: the chosen city's name, count and province, and a link down to its profile."""
    needs(frames, choice)
    lang = ctx.lang
    if not choice.city:
        st.info(t("map_profile_pick", lang), icon=":material/touch_app:")
        return
    profile = _city_profile(ctx, frames, choice.city)
    with st.container(border=True):
        st.markdown(f"**{profile.name}**")
        st.markdown(f"{profile.institutions} · {md_escape(profile.province)} · {profile.phase}")
        st.markdown(f"[{t('map_profile_jump', lang)}](#{PROFILE_ANCHOR})")


@section("map §3 legend")
def map_legend(ctx: PageContext) -> None:
    with st.container(border=True):
        st.markdown(views.legend_markdown(ctx.lang, province_selected=bool(ctx.province)))
        sources = [manifest_source(key) for key in ("innovation_cities", "institutions", "province_boundaries")]
        st.caption(sources_line(sources, ctx.lang))


# --- 4. The chosen city --------------------------------------------------------------------------------------


@section("map §4 the chosen city's profile")
def map_city_profile(ctx: PageContext, frames: RelocationFrames, choice: CityChoice) -> None:
    needs(frames, choice)
    lang = ctx.lang
    if not choice.city:
        return
    profile = _city_profile(ctx, frames, choice.city)
    row = frames.cities.set_index("city_id").loc[choice.city]
    st.header(profile.name, divider="gray", anchor=PROFILE_ANCHOR)
    province, institutions, area, population = st.columns(4)
    with province.container(border=True):
        st.metric(t("map_metric_province", lang), profile.province)
        if profile.partner:
            st.caption(t("map_partner_note", lang, partner=profile.partner))
        st.caption(f"{t('map_metric_host', lang)}: **{profile.host}**")
    with institutions.container(border=True):
        st.metric(t("map_metric_institutions", lang), profile.institutions)
        st.caption(t("map_rows_vs_count", lang, rows=profile.rows, excluded=profile.rows_not_of_153))
        st.caption(map_source_caption(row["n_institutions_source"], lang))
    with area.container(border=True):
        st.metric(t("map_metric_area", lang), profile.area.value, help=profile.area.help)
        if profile.area.sourced:
            st.caption(f"{profile.area.help} · {map_source_caption(row['area_source'], lang)}")
    with population.container(border=True):
        st.metric(t("map_metric_population", lang), profile.population.value)
        if profile.population.sourced:
            st.caption(map_source_caption(row["planned_population_source"], lang))
    employees, about = st.columns([1, 3])
    with employees.container(border=True):
        st.metric(t("map_metric_employees", lang), profile.employees.value)
        if profile.employees.sourced:
            st.caption(views.city_employees_basis(choice.city, load_employee_counts(), lang))
            st.caption(
                map_source_caption(row["relocated_employees_source"], lang)
                + " · "
                + reference_source("kwangju_ilbo_2021_employees").markdown(lang)
            )
    with about.container(border=True):
        st.markdown(
            f"**{t('map_metric_phase', lang)}:** {profile.phase} · **{t('map_theme_label', lang)}:** {profile.theme}"
        )
        st.markdown(f"**{t('map_sectors_label', lang)}:** {profile.sectors}")
        if profile.notes:
            st.caption(f"{t('note_label', lang)}: " + " · ".join(profile.notes))
        st.caption(
            f"{t('map_city_summary_note', lang)} {map_source_caption(row['sector_source'], lang)} · "
            + manifest_source("innovation_cities_ko").markdown(lang)
        )


@section("map §4 the chosen city's sectors")
def map_city_sectors(ctx: PageContext, frames: RelocationFrames, choice: CityChoice) -> None:
    """Naju: the article's 4/5/4/3 beside the reference rows; any other city: its institutions per sector."""
    needs(frames, choice)
    lang, city = ctx.lang, choice.city
    if not city:
        return
    rows_here = frames.institutions[frames.institutions["place_id"] == city]
    if rows_here.empty:
        st.info(t("map_no_institutions", lang), icon=":material/hourglass_empty:")
    elif city == relocation.NAJU_CITY:
        heading, chart_rows, table, alt, note = cached_build(("map_naju_view", lang), lambda: _naju_view(frames, lang))
        chart_block(
            key="map_naju_groups",
            title=heading,
            chart=cached_chart(("map_naju_groups", lang), lambda: maps.naju_group_bars(chart_rows, lang)),
            table=table,
            unit=t("map_sector_chart_unit", lang),
            sources=[
                manifest_source("naju_sector_groups"),
                reference_source("namdo_ilbo_2017_naju"),
                manifest_source("institutions"),
            ],
            lang=lang,
            alt_text=alt,
            note=note,
        )
    else:
        labelled = views.sector_table(relocation.sector_counts(rows_here), lang)
        if (labelled["sector_group"] == "").all():
            sectors = md_escape(
                relocation.city_summary(frames.cities.set_index("city_id").loc[city], "specialised_sectors", lang)
            )
            st.info(t("map_sector_none", lang, sectors=sectors), icon=":material/category:")
            return
        chart_block(
            key=f"map_sectors_{city}",
            title=t("map_sector_chart_title", lang, name=md_escape(views.place_names(frames.places)[city][lang])),
            chart=cached_chart(("map_sectors", city, lang), lambda: maps.sector_bars(labelled, lang)),
            table=views.sector_display(labelled, lang),
            unit=t("map_sector_chart_unit", lang),
            sources=[manifest_source("institutions")],
            lang=lang,
            alt_text=views.sector_alt(labelled, lang),
        )


def _naju_view(frames: RelocationFrames, lang: str) -> tuple:
    """Naju's sector groups (the article's 4/5/4/3 beside the reference rows): heading, chart rows, table, alt, note."""
    seed_groups = load_dataset("naju_sector_groups")
    groups = relocation.naju_grouping(seed_groups, frames.institutions)
    members = relocation.naju_members(seed_groups, frames.institutions)
    return (
        views.naju_heading(groups, lang),
        views.naju_chart_rows(groups, lang),
        views.naju_table(groups, lang),
        views.naju_alt(groups, members, lang),
        views.naju_note(groups, members, lang),
    )


@section("map §4 the chosen city's institutions")
def map_city_institutions(ctx: PageContext, frames: RelocationFrames, choice: CityChoice) -> None:
    needs(frames, choice)
    lang, city = ctx.lang, choice.city
    rows_here = frames.institutions[frames.institutions["place_id"] == city] if city else frames.institutions.iloc[:0]
    if rows_here.empty:
        return
    name = md_escape(views.place_names(frames.places)[city][lang])
    st.subheader(tn("map_list_heading", lang, len(rows_here), name=name))
    shown = cached_build(
        ("map_city_institutions", city, lang),
        lambda: views.institution_table(
            rows_here.sort_values("row_id"),
            lang,
            views.place_names(frames.places),
            ctx.province_names,
            place_columns=False,
        ),
    )
    st.dataframe(shown, hide_index=True, width="stretch")
    st.caption(t("map_table_note", lang) + " " + sources_line([manifest_source("institutions")], lang))
    download_menu(shown, f"map_institutions_{city}", lang)


# --- 5. All institutions -------------------------------------------------------------------------------------


@section("map §5 filters")
def map_institution_filters(ctx: PageContext, frames: RelocationFrames) -> dict:
    """Search and filters; returns the keyword arguments of ``data.relocation.filter_institutions``."""
    needs(frames)
    lang, institutions = ctx.lang, frames.institutions
    st.header(t("map_all_heading", lang), divider="gray")
    st.markdown(tn("map_all_intro", lang, len(institutions)))
    search_column, verification_column = st.columns(2)
    search = search_column.text_input(
        t("map_filter_search", lang),
        key="map_f_search",
        placeholder=t("map_filter_search_placeholder", lang),
        max_chars=80,
    )
    verification = verification_column.pills(
        t("map_filter_verification", lang),
        options=VERIFICATION_GROUPS,
        selection_mode="multi",
        format_func=lambda group: t(f"map_verif_{group}", lang),
        key="map_f_verification",
    )
    place_column, province_column, sector_column, year_column = st.columns(4)
    names = views.place_names(frames.places)
    places = place_column.multiselect(
        t("map_filter_destination", lang),
        options=frames.places["place_id"].tolist(),
        format_func=lambda place: names[place][lang],
        key="map_f_places",
        placeholder=t("map_filter_all", lang),
    )
    order = list(ctx.province_names)
    province_options = sorted(
        set(institutions["iso_code"].dropna()) | set(institutions["partner_iso_code"].dropna()),
        key=lambda code: order.index(code) if code in order else len(order),
    )
    provinces = province_column.multiselect(
        t("map_filter_province", lang),
        options=province_options,
        format_func=ctx.province_name,
        default=[ctx.province] if ctx.province in province_options else [],
        key=f"map_f_provinces_{ctx.province or 'all'}",
        placeholder=t("map_filter_all", lang),
    )
    sectors = sector_column.multiselect(
        t("map_filter_sector", lang),
        options=[*sorted(institutions["sector_group"].dropna().unique()), ""],
        format_func=lambda sector: views.sector_label(sector, lang),
        key="map_f_sectors",
        placeholder=t("map_filter_all", lang),
    )
    years = institutions["year_relocated"].dropna().astype(int)
    full_range = (int(years.min()), int(years.max()))
    year_range = year_column.slider(
        t("map_filter_years", lang),
        min_value=full_range[0],
        max_value=full_range[1],
        value=full_range,
        key="map_f_years",
    )
    include_unknown = year_column.checkbox(t("map_filter_unknown_year", lang), value=True, key="map_f_unknown_year")
    return {
        "places": places,
        "provinces": provinces,
        "sectors": sectors,
        "years": None if year_range == full_range and include_unknown else year_range,
        "include_unknown_year": include_unknown,
        "verification": list(verification or []),
        "search": search or "",
    }


def _hashable(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


def _filtered_institutions(ctx: PageContext, frames: RelocationFrames, filters: dict) -> tuple:
    """The institutions the filters keep, and the same rows as the page's table."""
    filtered = relocation.filter_institutions(frames.institutions, **filters)
    return filtered, views.institution_table(filtered, ctx.lang, views.place_names(frames.places), ctx.province_names)


@section("map §5 all institutions")
def map_institutions_table(ctx: PageContext, frames: RelocationFrames, filters: dict) -> None:
    needs(frames, filters)
    lang = ctx.lang
    filtered, shown = cached_build(  # the same for everybody filtering alike (a search is one key per text)
        ("map_institutions_filtered", lang, *((name, _hashable(value)) for name, value in sorted(filters.items()))),
        lambda: _filtered_institutions(ctx, frames, filters),
    )
    st.caption(t("map_filter_count", lang, shown=len(filtered), total=len(frames.institutions)))
    if filtered.empty:
        st.info(t("map_filter_empty", lang), icon=":material/filter_alt_off:")
    else:
        st.dataframe(shown, hide_index=True, width="stretch", height=420)
    sources = [manifest_source("institutions"), manifest_source("relocation_places")]
    st.caption(t("map_table_note", lang) + " " + sources_line(sources, lang))
    download_menu(shown, "map_institutions_filtered", lang)


# --- 6. Reconciliation with MOLIT's 153 -----------------------------------------------------------------------


@section("map §6 reconciliation with the official count")
def map_reconciliation(ctx: PageContext, frames: RelocationFrames) -> None:
    needs(frames)
    lang = ctx.lang

    def texts() -> tuple:
        recon = relocation.relocation_reconciliation(frames.institutions, load_dataset("relocation_totals"))
        return (
            views.reconciliation_intro(recon, lang),
            views.reconciliation_table(recon, lang),
            views.reconciliation_lines(frames.institutions, recon, frames.cities, lang),
        )

    intro, shown, lines = cached_build(("map_reconciliation", lang), texts)
    st.header(t("map_recon_heading", lang), divider="gray")
    st.markdown(intro)
    st.dataframe(shown, hide_index=True, width="stretch")
    st.markdown(lines)
    st.caption(sources_line([manifest_source("relocation_totals", year="2019"), manifest_source("institutions")], lang))
    download_menu(shown, "map_reconciliation", lang)


@section("map §6 institutions per city")
def map_city_counts(ctx: PageContext, frames: RelocationFrames) -> None:
    needs(frames)
    lang = ctx.lang
    st.subheader(t("map_recon_cities_heading", lang))
    shown = cached_build(
        ("map_city_counts", lang),
        lambda: views.city_counts_table(relocation.city_row_counts(frames.institutions, frames.cities), lang),
    )
    st.dataframe(shown, hide_index=True, width="stretch")
    sources = sources_line(
        [manifest_source(key) for key in ("innovation_cities", "innovation_cities_ko", "institutions")], lang
    )
    st.caption(t("map_city_counts_note", lang) + " " + sources)
    download_menu(shown, "map_city_counts", lang)
