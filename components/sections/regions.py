"""The sections of /regions (Streamlit), in page order; pages/regions.py calls them.

Each runs guarded (``@section``): a bad data file is named once, and the sections that need
what failed are skipped quietly (``needs``). Figures, tables and alt texts come from
``components.views.regions``; charts from ``components.charts.regions``.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from components import registry
from components.charts import regions as charts
from components.charts.headline import capital_share_line
from components.formatting import is_missing, md_escape
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
from components.strings import t
from components.url_state import read_param, url_bound, write_param
from components.views import regions as views
from data import regions as compared
from data.loaders import (
    load_capital_region_share,
    load_employee_counts,
    load_provinces,
    load_regions_capital_grdp_share,
    load_regions_derivation,
    load_regions_grdp_series,
    load_regions_institutions_by_type,
    load_regions_periods,
    load_regions_population_series,
    load_regions_profiles,
    load_regions_rank,
    load_regions_seed_policies,
    load_regions_source_texts,
)
from data.provinces import CAPITAL_REGION
from geo import province_features

COMPARE, INDICATOR, PERIOD = (registry.param("regions", name) for name in ("compare", "indicator", "period"))
DEFAULT_INDICATOR = "population"


def _regions_sources(cites: list[views.Cite]) -> list[Source]:
    """Source lines of the views' citations: manifest datasets and links."""
    return [manifest_source(c.dataset, year=c.year) if c.dataset else Source(c.label, c.url) for c in cites]


def _regions_indicator_sources(indicator: str, period: str, lang: str) -> list[Source]:
    grdp_texts = load_regions_source_texts("grdp", period) if indicator.startswith("grdp") else []
    return _regions_sources(views.indicator_citations(indicator, period, lang, grdp_texts))


def _regions_before_sync(widget: Callable, before: Callable[[], None]) -> Callable:
    """``widget`` for ``url_bound`` whose change runs ``before()`` first, then writes the value to the URL."""

    def draw(*, on_change: Callable[[], None], **kwargs: object) -> object:
        def changed() -> None:
            before()
            on_change()

        return widget(on_change=changed, **kwargs)

    return draw


@section("regions §2 selection")
def regions_selection(ctx: PageContext) -> list[str]:
    """The compared provinces (``?compare=``, at most four), the sidebar's province always first among them."""
    lang = ctx.lang
    codes = list(ctx.province_names) or list(load_provinces()["iso_code"])
    default = compared.default_comparison(ctx.province)
    chosen = read_param(COMPARE, lang, allowed=codes, default=default, max_items=compared.MAX_COMPARE)
    chosen = compared.with_province(chosen, ctx.province)

    def keep_province() -> None:  # in the link too, when the viewer removes it; a fifth choice replaces the oldest
        picked = list(st.session_state["regions_compare"] or [])
        kept = compared.keep_newest(picked, ctx.province)
        st.session_state["regions_compare_replaced"] = [code for code in picked if code not in kept]
        st.session_state["regions_compare"] = kept

    url_bound(
        _regions_before_sync(st.multiselect, keep_province),
        COMPARE,
        chosen,
        default,
        key="regions_compare",
        label=t("regions_compare_label", lang),
        options=codes,
        format_func=ctx.province_name,
        help=t("regions_compare_help", lang, n=compared.MAX_COMPARE),
    )
    replaced = st.session_state.pop("regions_compare_replaced", [])
    if replaced:  # our own words, not the widget's English "You can only select up to 4 options"
        names = ", ".join(md_escape(ctx.province_name(code)) for code in replaced)
        st.info(t("regions_compare_replaced", lang, n=compared.MAX_COMPARE, names=names), icon=":material/swap_horiz:")
    notes = [t("regions_compare_default_note", lang)]
    if ctx.province:
        notes.append(t("regions_province_kept", lang, name=md_escape(ctx.province_name())))
    st.caption(" ".join(notes))
    if len(chosen) < 2:
        st.info(t("regions_compare_one", lang), icon=":material/add_circle:")
    return chosen


@section("regions §3 indicator table")
def regions_latest_periods(ctx: PageContext) -> dict[str, str]:
    """The newest period of every indicator; loading them names a bad indicator file here, once."""
    return {indicator: load_regions_periods(indicator)[0] for indicator in compared.INDICATORS}


def _card_figures(code: str, codes: list[str], latest: dict[str, str], lang: str) -> list[tuple[str, str, str]]:
    """(label, value, caption with its sources) of each card figure of province ``code`` among ``codes``."""
    employees = load_employee_counts()
    figures = []
    for indicator in views.CARD_INDICATORS:
        period = latest[indicator]
        row = load_regions_rank(indicator, period, codes).set_index("iso_code").loc[code]
        label, value, caption = views.card_figure(indicator, period, row, len(codes), lang)
        if indicator == "employees" and not is_missing(row["value"]):
            caption += " · " + views.employees_basis(employees, lang)
        sources = sources_line(_regions_indicator_sources(indicator, period, lang), lang)
        figures.append((label, value, caption + "  \n" + sources))
    return figures


@section("regions §4 side by side")
def regions_cards(ctx: PageContext, chosen: list[str], latest: dict[str, str]) -> None:
    needs(chosen, latest)
    lang, codes = ctx.lang, list(ctx.province_names)
    st.header(t("regions_cards_heading", lang))
    for column, code in zip(st.columns(max(len(chosen), 2)), chosen, strict=False):
        with column.container(border=True):
            badge = f" :blue-badge[{t('regions_capital_badge', lang)}]" if code in CAPITAL_REGION else ""
            st.markdown(f"### {md_escape(ctx.province_name(code))}{badge}")
            for label, value, caption in cached_build(  # a province's card is the same for every visitor
                ("regions_card", code, lang, tuple(codes), tuple(latest.items())),
                lambda code=code: _card_figures(code, codes, latest, lang),
            ):
                st.metric(label, value)
                st.caption(caption)
    st.caption(t("regions_reference_note", lang))


@section("regions §5 all indicators for the compared provinces")
def regions_gaps(ctx: PageContext, chosen: list[str], latest: dict[str, str]) -> None:
    needs(chosen, latest)
    lang = ctx.lang
    overview, table, alt = cached_build(  # the same for every visitor comparing these provinces
        ("regions_gaps", lang, tuple(chosen), tuple(latest.items())), lambda: _gaps_view(ctx, chosen, latest)
    )
    chart_block(
        key="regions_gaps",
        title=t("regions_rank_heading", lang),
        chart=cached_chart(
            ("regions_gaps", lang, tuple(chosen)), lambda: charts.gap_dots(overview, chosen, ctx.province_names, lang)
        ),
        table=table,
        unit="%",
        sources=[
            manifest_source("population_2022_2024"),
            manifest_source("province_indicators"),
            manifest_source("institutions"),
            manifest_source("innovation_cities", year="2021-09"),
        ],
        lang=lang,
        alt_text=alt,
        note=t("regions_reference_note", lang),
    )


def _gaps_view(ctx: PageContext, chosen: list[str], latest: dict[str, str]) -> tuple:
    """The gap overview of the compared provinces, its table and its text alternative."""
    lang, codes = ctx.lang, list(ctx.province_names)
    ranks = {ind: load_regions_rank(ind, latest[ind], codes) for ind in compared.INDICATORS}
    derivations = {ind: load_regions_derivation(ind, latest[ind]) for ind in compared.INDICATORS}
    overview = views.gap_overview(ranks, latest, derivations, chosen, ctx.province_name, lang)
    return overview, views.gap_table(overview, lang), views.gaps_alt(overview, chosen, ctx.province_name, lang)


@st.fragment  # its controls rerun only this section (issue 15)
@section("regions §6 one indicator over all 17 provinces")
def regions_ranking_and_map(ctx: PageContext, chosen: list[str], latest: dict[str, str]) -> None:
    """Ranking bars and the choropleth (offline, from geo/) of the indicator and period in the URL."""
    needs(chosen, latest)
    lang, codes, names = ctx.lang, list(ctx.province_names), ctx.province_names
    st.header(t("regions_map_heading", lang))
    indicator = read_param(INDICATOR, lang, allowed=list(compared.INDICATORS), default=DEFAULT_INDICATOR)
    available = load_regions_periods(indicator)
    period = read_param(PERIOD, lang, allowed=available, default=available[0])
    pick_indicator, pick_period = st.columns(2)
    url_bound(
        # a period of one indicator means nothing for another: a new indicator starts at its newest period
        _regions_before_sync(pick_indicator.selectbox, lambda: write_param(PERIOD.name, None)),
        INDICATOR,
        indicator,
        DEFAULT_INDICATOR,
        key="regions_indicator",
        label=t("regions_indicator_label", lang),
        options=list(compared.INDICATORS),
        format_func=lambda key: t(f"regions_ind_{key}", lang),
    )
    url_bound(
        pick_period.selectbox,
        PERIOD,
        period,
        available[0],
        key="regions_period",
        label=t("regions_period_label", lang),
        options=available,
        format_func=lambda key: views.period_label(indicator, key, lang),
    )
    ranking = load_regions_rank(indicator, period, codes)
    what = {"indicator": t(f"regions_ind_{indicator}", lang), "period": views.period_label(indicator, period, lang)}
    table, sources, ranking_alt, note, map_alt = cached_build(  # the same for everybody with this selection
        ("regions_ranking_view", lang, indicator, period, tuple(chosen)),
        lambda: (
            views.ranking_table(ranking, ctx.province_name, lang),
            _regions_indicator_sources(indicator, period, lang),
            views.ranking_alt(ranking, indicator, period, chosen, ctx.province_name, lang),
            views.indicator_note(
                indicator, lang, load_employee_counts() if indicator.startswith("employees") else None
            ),
            views.map_alt(ranking, chosen, ctx.province_name, lang),
        ),
    )
    # Full width, one after the other: side by side, the chart blocks' buttons get cut at 1366 px.
    chart_block(
        key="regions_ranking",
        title=t("regions_ranking_chart", lang, **what),
        chart=cached_chart(
            ("regions_ranking", lang, indicator, period, tuple(chosen)),
            lambda: charts.ranking_bars(ranking, indicator, chosen, names, lang),
        ),
        table=table,
        unit=views.unit_of(indicator, lang),
        sources=sources,
        lang=lang,
        alt_text=ranking_alt,
        note=note,
        height=560,
    )
    chart_block(
        key="regions_map",
        title=t("regions_map_chart", lang, **what),
        # Built once per indicator with every province outlined, then narrowed to the compared ones (once per
        # selection).
        chart=lambda: cached_build(
            ("regions_map_spec", lang, indicator, period, tuple(chosen)),
            lambda: (
                charts.choropleth_outlined(
                    cached_chart(
                        ("regions_map", lang, indicator, period),
                        lambda: charts.choropleth(province_features(), ranking, indicator, codes, names, lang),
                    )(),
                    chosen,
                )
                or cached_chart(
                    ("regions_map", lang, indicator, period, tuple(chosen)),
                    lambda: charts.choropleth(province_features(), ranking, indicator, chosen, names, lang),
                )()
            ),
        ),
        table=table,
        unit=views.unit_of(indicator, lang),
        sources=[*sources, manifest_source("province_boundaries")],
        lang=lang,
        alt_text=map_alt,
        note=t("kogl_attribution", lang),
        height=560,
    )


@st.fragment  # its controls rerun only this section (issue 15)
@section("regions §7 population over time")
def regions_population_over_time(ctx: PageContext, chosen: list[str], latest: dict[str, str]) -> None:
    needs(chosen, latest)
    lang = ctx.lang
    series = load_regions_population_series(chosen)
    measure = st.segmented_control(
        t("regions_population_measure", lang),
        ["population", "share"],
        default="population",
        required=True,
        key="regions_pop_measure",
        format_func=lambda key: t(f"regions_measure_{key}", lang),
    )
    columns = ["year", "population", "share_of_national_pct", "source"]
    table, alt = cached_build(
        ("regions_population_view", lang, tuple(chosen), measure),
        lambda: (
            views.display_table(views.with_province_names(series, ctx.province_name, columns), lang),
            views.population_alt(series, measure, ctx.province_name, lang),
        ),
    )
    chart_block(
        key="regions_population",
        title=t("regions_population_chart", lang),
        chart=cached_chart(
            ("regions_population", lang, tuple(chosen), measure),
            lambda: charts.population_lines(series, chosen, ctx.province_names, lang, measure=measure),
        ),
        table=table,
        unit=views.unit_of("population", lang) if measure == "population" else "%",
        sources=[
            manifest_source("population_2022_2024", year="2022, 2024"),
            manifest_source("province_indicators", year="2014–2021, 2023"),
        ],
        lang=lang,
        note=t("regions_population_note", lang),
        alt_text=alt,
    )


@st.fragment  # its controls rerun only this section (issue 15)
@section("regions §7 GRDP over time")
def regions_grdp_over_time(ctx: PageContext, chosen: list[str], latest: dict[str, str]) -> None:
    """GRDP (total or per person) of the compared provinces, one chart per base year: the two bases do not join."""
    needs(chosen, latest)
    lang = ctx.lang
    st.header(t("regions_grdp_heading", lang))
    measure = st.segmented_control(
        t("regions_grdp_measure", lang),
        ["total", "per_capita"],
        default="total",
        required=True,
        key="regions_grdp_measure",
        format_func=lambda key: t(f"regions_measure_{key}", lang),
    )
    indicator = "grdp" if measure == "total" else "grdp_per_capita"
    note = t("regions_grdp_note", lang) + (" " + t("regions_grdp_pc_note", lang) if indicator != "grdp" else "")
    parts = cached_build(  # the same for everybody comparing these provinces
        ("regions_grdp_view", lang, tuple(chosen), indicator), lambda: _grdp_parts(ctx, chosen, indicator)
    )
    for base, part, title, table, sources, alt in parts:
        chart_block(
            key=f"regions_grdp_{base}",
            title=title,
            chart=cached_chart(
                ("regions_grdp", base, lang, tuple(chosen), indicator),
                lambda part=part: charts.grdp_bars(part, chosen, ctx.province_names, lang, indicator=indicator),
            ),
            table=table,
            unit=views.unit_of(indicator, lang),
            sources=sources,
            lang=lang,
            note=note,
            alt_text=alt,
        )


def _grdp_parts(ctx: PageContext, chosen: list[str], indicator: str) -> list[tuple]:
    """Per base year (2020, 2015: the two do not join): its rows, title, table, sources and text alternative."""
    lang, grdp = ctx.lang, load_regions_grdp_series(chosen, indicator)
    parts = []
    for base in ["2020", "2015"]:
        part = grdp[grdp["base"] == base]
        title = t("regions_grdp_chart" if indicator == "grdp" else "regions_grdp_pc_chart", lang, base=base)
        cites = [
            views.grdp_citations(load_regions_source_texts("grdp", period), period, lang)[0]
            for period in sorted(part["period"].unique())
        ]
        table = views.display_table(
            views.with_province_names(part, ctx.province_name, ["year", "base", "value", "source"]), lang
        )
        sources = _regions_sources(views.distinct_citations(cites))
        parts.append(
            (base, part, title, table, sources, views.grdp_alt(part, title, indicator, ctx.province_name, lang))
        )
    return parts


@section("regions §7 institutions over time")
def regions_institutions(ctx: PageContext, chosen: list[str], latest: dict[str, str]) -> None:
    """Relocated institutions by destination type, and the employees of the relocated institutions."""
    needs(chosen, latest)
    lang = ctx.lang
    st.header(t("regions_relocation_heading", lang))
    by_type = load_regions_institutions_by_type(chosen)
    employees = load_regions_rank("employees", latest["employees"], list(ctx.province_names)).set_index("iso_code")
    table, alt = cached_build(
        ("regions_institutions_view", lang, tuple(chosen)),
        lambda: (
            views.display_table(
                views.with_province_names(by_type, ctx.province_name, ["destination_type", "status", "count"]), lang
            ),
            views.institutions_alt(by_type, chosen, ctx.province_name, lang),
        ),
    )
    chart_block(
        key="regions_institutions",
        title=t("regions_institutions_chart", lang),
        chart=cached_chart(
            ("regions_institutions", lang, tuple(chosen)),
            lambda: charts.institutions_bars(by_type, chosen, ctx.province_names, lang, height=70 * len(chosen) + 60),
        ),
        table=table,
        unit=t("regions_col_count", lang),
        sources=[manifest_source("institutions"), manifest_source("relocation_places")],
        lang=lang,
        note=t("regions_institutions_note", lang),
        alt_text=alt,
    )
    with st.container(border=True):
        st.markdown(f"### {t('regions_ind_employees', lang)} · {t('regions_period_employees', lang)}")
        for column, code in zip(st.columns(max(len(chosen), 2)), chosen, strict=False):
            text = views.employees_text(employees.loc[code, "value"], lang)
            column.markdown(f"**{md_escape(ctx.province_name(code))}**  \n{text}")
        st.caption(views.employees_note(load_employee_counts(), lang))
        st.caption(
            sources_line(
                [
                    manifest_source("innovation_cities", year="2021-09"),
                    reference_source("etnews_2022_employees"),
                    reference_source("kwangju_ilbo_2021_employees"),
                ],
                lang,
            )
        )


@section("regions §8 the capital region's share")
def regions_capital_share(ctx: PageContext, latest: dict[str, str]) -> None:
    """Population past 50% in 2019 (both series, labelled) and the GRDP share as reported."""
    needs(latest)
    lang = ctx.lang
    st.header(t("regions_capital_heading", lang))
    share, census = load_capital_region_share()
    grdp_share = load_regions_capital_grdp_share()
    population_table, population_alt, grdp_table, grdp_sources, grdp_alt = cached_build(
        ("regions_capital_view", lang),
        lambda: (
            views.capital_population_table(share, census, lang),
            views.capital_population_alt(share, census, lang),
            views.display_table(grdp_share, lang),
            _regions_sources(views.capital_grdp_citations(grdp_share, lang)),
            views.capital_grdp_alt(grdp_share, lang),
        ),
    )
    chart_block(
        key="regions_capital_share",
        title=t("regions_capital_pop_chart", lang),
        chart=cached_chart(("capital_share_line", lang), lambda: capital_share_line(share, lang, census=census)),
        table=population_table,
        unit="%",
        sources=[manifest_source("province_indicators"), manifest_source("population_2022_2024")],
        lang=lang,
        note=t("regions_capital_pop_note", lang),
        alt_text=population_alt,
    )
    chart_block(
        key="regions_capital_grdp",
        title=t("regions_capital_grdp_chart", lang),
        chart=cached_chart(("regions_capital_grdp", lang), lambda: charts.capital_grdp_share_chart(grdp_share, lang)),
        table=grdp_table,
        unit="%",
        lang=lang,
        sources=grdp_sources,
        note=t("regions_capital_grdp_note", lang),
        alt_text=grdp_alt,
    )


@section("regions §9 policy profiles side by side")
def regions_profiles(ctx: PageContext, chosen: list[str]) -> None:
    """Each compared province's policies, grouped: the seed documents' items first, then the profiles."""
    needs(chosen)
    lang = ctx.lang
    st.header(t("regions_profiles_heading", lang))
    st.caption(t("regions_profiles_intro", lang))
    profiles, seed_items = load_regions_profiles(), load_regions_seed_policies()
    translated = False
    for column, code in zip(st.columns(max(len(chosen), 2)), chosen, strict=False):
        # One province's column is the same for every visitor: its lines are built once per language.
        lines, column_translated = cached_build(
            ("regions_profile_column", code, lang),
            lambda code=code: views.profile_column(
                seed_items[seed_items["iso_code"] == code], profiles[profiles["iso_code"] == code], lang
            ),
        )
        translated |= column_translated
        with column.container(border=True):
            st.markdown(f"### {md_escape(ctx.province_name(code))}")
            for kind, text in lines:
                if kind == "info":
                    st.info(t("regions_no_profile", lang), icon=":material/search_off:")
                else:
                    (st.caption if kind == "caption" else st.markdown)(text)
    if translated:
        st.caption(f":gray-badge[{t('regions_translation_badge', lang)}] {t('regions_translation_help', lang)}")
