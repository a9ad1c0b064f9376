"""The Overview's sections: national headline figures, the chosen province's own, two charts, where to go next."""

from __future__ import annotations

import streamlit as st

from components.charts.headline import capital_share_line, special_account_total_bars
from components.formatting import format_pct, format_persons, format_trillion
from components.page import PageContext, cached_chart, chart_block, manifest_source, section, sources_line
from components.registry import PAGES
from components.strings import localized, t
from components.url_state import current_params
from components.views import budget as budget_views
from components.views import overview as views
from components.views.regions import indicator_basis_text
from data.budget import structure_account_names
from data.loaders import (
    load_budget_story,
    load_capital_region_share,
    load_dataset,
    load_institutions,
    load_resident_population,
    load_special_account_budget,
)
from data.relocation import innovation_cities_of, province_institutions


def _metric_card(column, source_line: str, **metric: object) -> None:
    with column.container(border=True):
        st.metric(**metric)
        st.caption(source_line)


@section("overview §2 headline figures")
def overview_headline_figures(ctx: PageContext) -> None:
    lang = ctx.lang
    budget = load_special_account_budget()
    story = load_budget_story()
    told = budget_views.budget_story_text(story, structure_account_names(budget), lang)
    cities = load_dataset("innovation_cities")
    official = load_dataset("relocation_totals").set_index("category")["count"]
    share, _census = load_capital_region_share()
    capital = views.latest_capital_share(share)
    budget_card, cities_card, relocated_card, share_card = st.columns(4)
    with budget_card.container(border=True):
        st.metric(label=told.label, value=told.value, help=told.series)
        st.caption(told.basis)
        st.caption(told.transfer)
        st.caption(sources_line(budget_views.budget_story_sources(story), lang))
    _metric_card(
        cities_card,
        sources_line([manifest_source("innovation_cities")], lang),
        label=t("metric_cities", lang),
        value=t("metric_cities_value", lang, n=len(cities)),
        help=t("metric_cities_help", lang),
    )
    _metric_card(
        relocated_card,
        sources_line([manifest_source("relocation_totals", year="2019")], lang),
        label=t("metric_relocated", lang),
        value=t("metric_relocated_value", lang, n=int(official["total"])),
        help=t("metric_relocated_help", lang),
    )
    _metric_card(
        share_card,
        sources_line([manifest_source("population_2022_2024", year=str(capital.year))], lang)
        + " · "
        + t("derived_share_note", lang),
        label=t("metric_capital_share", lang, year=capital.year),
        value=format_pct(capital.value, digits=2),
        delta=None if capital.change is None else f"{capital.change:+.2f}%p",
        delta_description=t("metric_delta_prev_year", lang),
        delta_color="off",
        help=t("metric_capital_share_help", lang),
    )


@section("overview §3 the chosen province's own figures")
def overview_province_figures(ctx: PageContext) -> None:
    lang, province = ctx.lang, ctx.province
    st.header(t("overview_province_heading", lang, name=ctx.province_name()))
    figures = views.province_figures(load_resident_population(), load_dataset("province_indicators"), province)
    places = load_dataset("relocation_places")
    counts = province_institutions(province, load_institutions(), places)
    hosted = innovation_cities_of(province, places)
    population_card, share_card, city_card, grdp_card = st.columns(4)
    year = figures.population_year
    _metric_card(
        population_card,
        sources_line([manifest_source("population_2022_2024", year=str(year))], lang),
        label=t("metric_province_population", lang, year=year),
        value=format_persons(figures.population, lang),
    )
    _metric_card(
        share_card,
        t("derived_share_note", lang),
        label=t("metric_province_pop_share", lang, year=year),
        value=format_pct(figures.share_pct, digits=2),
    )
    with city_card.container(border=True):
        names = [localized(row, "name", lang) for _, row in hosted.iterrows()]
        st.markdown(f"{t('metric_province_city', lang)}\n\n**{' · '.join(names) or t('metric_none', lang)}**")
        st.caption(
            f"{t('metric_province_institutions', lang)}: "
            + views.province_institutions_text(counts, ctx.province_name, lang)
            + " · "
            + sources_line([manifest_source("institutions")], lang),
            help=t("overview_institutions_rule", lang),
        )
    with grdp_card.container(border=True):
        row = figures.grdp
        if row is None:
            st.metric(t("metric_province_grdp", lang, year="–"), t("missing_value", lang))
        else:
            st.metric(
                t("metric_province_grdp", lang, year=int(row["year"])), format_trillion(row["value"], lang, digits=0)
            )
            st.caption(
                f"{indicator_basis_text(row['basis'], lang)} · "
                + sources_line([views.cited_source(row["source"])], lang)
            )
    st.caption(t("overview_national_only", lang))


@section("overview §4 budget chart")
def overview_budget_chart(ctx: PageContext) -> None:
    lang = ctx.lang
    budget = load_special_account_budget()
    story = load_budget_story()
    told = budget_views.budget_story_text(story, structure_account_names(budget), lang)
    marks = {story.break_year: told.mark}
    chart_block(
        key="overview_special_account_total",
        title=t("overview_budget_chart", lang),
        chart=cached_chart(("overview_budget", lang), lambda: special_account_total_bars(budget, lang, marks=marks)),
        table=views.budget_total_table(budget, lang),
        unit=t("overview_budget_unit", lang),
        sources=[manifest_source("special_account_budget", year="2015–2020"), manifest_source("budget_changes")],
        lang=lang,
        alt_text=f"{views.budget_total_alt(budget, lang)} {told.transfer}",
        note=told.transfer,
        level=2,  # a national section of its own, after the province's (or right after the title)
    )


@section("overview §4 capital-region share chart")
def overview_capital_share_chart(ctx: PageContext) -> None:
    lang = ctx.lang
    share, census = load_capital_region_share()
    chart_block(
        key="overview_capital_share",
        title=t("overview_share_chart", lang),
        chart=cached_chart(("capital_share_line", lang), lambda: capital_share_line(share, lang, census=census)),
        table=views.capital_share_table(share, lang),
        unit="%",
        sources=[manifest_source("province_indicators"), manifest_source("population_2022_2024")],
        lang=lang,
        alt_text=views.capital_share_alt(share, lang),
        note=t("derived_share_note", lang),
        level=2,
    )


def overview_explore_links(ctx: PageContext) -> None:
    """Cards to every other page, from the page registry, carrying ?province= and ?lang=."""
    st.header(t("explore_heading", ctx.lang))
    targets = [spec for spec in PAGES if spec.in_explore_cards]
    links = current_params()
    with st.container(horizontal=True, gap="medium"):  # the links wrap instead of cutting their names short
        for spec in targets:
            st.page_link(spec.file, label=t(spec.key, ctx.lang), icon=spec.icon, query_params=links, width="content")
