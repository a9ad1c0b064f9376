"""The sections of /brief (Streamlit), in page order; pages/brief.py calls them.

The brief (``components.views.brief.Brief``) is assembled once per run from the same cached loaders and
domain functions as /regions, the Overview and /map; the page draws it, and the PDF download
(``components.brief_pdf``, built only when clicked) lays the same brief and the same chart specs out on
one A4 page. The print stylesheet (static/css/brief.css) gives the browser's Print one A4 page too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import streamlit as st

from components import registry
from components.brief_pdf import brief_pdf, chart_image
from components.formatting import md_escape
from components.page import (
    PageContext,
    cached_build,
    cached_chart,
    chart_block,
    needs,
    page_header,
    section,
    sources_line,
    view_url,
)
from components.strings import t
from components.url_state import current_params, sync_widget_to_param
from components.views import brief as views
from components.views.overview import province_figures
from data.datasets import data_root
from data.loaders import (
    load_dataset,
    load_institutions,
    load_provinces,
    load_regions_periods,
    load_regions_population_series,
    load_regions_profiles,
    load_regions_rank,
    load_regions_seed_policies,
    load_regions_source_texts,
    load_relocation_frames,
    load_resident_population,
)
from data.relocation import (
    counting_statuses,
    filter_institutions,
    innovation_cities_of,
    province_institutions,
    sector_counts,
)

PICKER_KEY = "brief_province"


def brief_of(province: str, lang: str, names: dict[str, dict[str, str]]) -> views.Brief:
    """The brief of ``province`` from the cached loaders (also what the tests and the bench build)."""
    codes = list(names) or list(load_provinces()["iso_code"])
    periods = {indicator: load_regions_periods(indicator)[0] for indicator in views.BRIEF_INDICATORS}
    places = load_dataset("relocation_places")
    rows = filter_institutions(load_relocation_frames().institutions, provinces=[province])
    return views.province_brief(
        province,
        lang,
        names,
        ranks={indicator: load_regions_rank(indicator, periods[indicator], codes) for indicator in periods},
        periods=periods,
        # as /regions cites them: GRDP per person is built on the GRDP rows, so both cite their press reports
        grdp_texts={ind: load_regions_source_texts("grdp", periods[ind]) for ind in periods if ind.startswith("grdp")},
        own=province_figures(load_resident_population(), load_dataset("province_indicators"), province),
        series=load_regions_population_series([province]),
        hosted=innovation_cities_of(province, places),
        counts=province_institutions(province, load_institutions(), places),
        sectors=sector_counts(rows[counting_statuses(rows) != "not_of_153"]),
        profiles=load_regions_profiles(),
        seeds=load_regions_seed_policies(),
    )


def brief_chart_specs(brief: views.Brief) -> list[Callable[[], dict]]:
    """Each chart of the brief as a cached spec: the page draws it, and the PDF converts the same spec."""
    return [cached_chart(("brief", chart.key, brief.lang), chart.build) for chart in brief.charts]


@st.cache_resource(max_entries=200, ttl=3600, show_spinner=False)
def _brief_chart_image(key: tuple, root: str, _spec: Callable[[], dict]) -> bytes:
    return chart_image(_spec())


def brief_pdf_bytes(brief: views.Brief, url: str, today: dt.date | None = None) -> bytes:
    """The brief's PDF (what the download button sends); each chart is converted once, then reused."""
    specs = brief_chart_specs(brief)
    images = [
        _brief_chart_image((chart.key, brief.lang), str(data_root()), spec)
        for chart, spec in zip(brief.charts, specs, strict=True)
    ]
    return brief_pdf(brief, images, url, today)


@section("brief §1 title and province")
def brief_header(ctx: PageContext) -> str | None:
    """Title, introduction and the province: the sidebar's ``?province=``; a picker here writes the same link."""
    lang = ctx.lang
    with st.container(key="brief_controls"):
        page_header(ctx, "brief_title", "brief_intro")
        st.session_state[PICKER_KEY] = ctx.province
        st.selectbox(
            t("brief_pick_label", lang),
            options=list(ctx.province_names),
            format_func=ctx.province_name,
            index=None,
            placeholder=t("brief_pick_placeholder", lang),
            key=PICKER_KEY,
            on_change=sync_widget_to_param(PICKER_KEY, "province", default=""),
        )
        if not ctx.province:
            st.info(t("brief_pick_prompt", lang), icon=":material/location_on:")
    return ctx.province


@section("brief §2 the brief's figures")
def brief_contents(ctx: PageContext, province: str | None) -> views.Brief:
    needs(province)
    return cached_build(  # one province's brief is the same for every visitor: built once per language
        ("brief", province, ctx.lang, tuple(ctx.province_names)),
        lambda: brief_of(province, ctx.lang, ctx.province_names),
    )


@section("brief §3 PDF and print")
def brief_actions(ctx: PageContext, brief: views.Brief) -> None:
    """The PDF (built only when clicked), how to print, and the comparison with other provinces."""
    needs(brief)
    lang, url = ctx.lang, view_url()
    with st.container(key="brief_actions", horizontal=True, vertical_alignment="center", gap="medium"):
        st.download_button(
            t("brief_pdf_button", lang),
            lambda: brief_pdf_bytes(brief, url),
            f"brief_{brief.code}_{lang}.pdf",
            "application/pdf",
            key="brief_pdf",
            on_click="ignore",  # the file is all a click needs: no rerun
            type="primary",
            icon=":material/picture_as_pdf:",
        )
        st.page_link(
            registry.page("regions").file,
            label=t("brief_regions_link", lang),
            icon=":material/compare_arrows:",
            query_params=current_params(),
        )
        st.caption(t("brief_print_hint", lang), width="content")


@section("brief §4 the province")
def brief_title_block(ctx: PageContext, brief: views.Brief) -> None:
    """The sheet's head: the province, capital region or not, the date and this view's link (kept in print)."""
    needs(brief)
    lang = ctx.lang
    badge = views.status_badge(brief.code, lang)
    colour = "blue" if brief.capital_region else "gray"
    st.caption(t("brief_kicker", lang))
    st.markdown(f"## {md_escape(brief.name)} :{colour}-badge[{badge}]")
    st.caption(t("brief_made", lang, date=dt.date.today().isoformat(), url=md_escape(view_url())))


@section("brief §5 key figures")
def brief_figures(ctx: PageContext, brief: views.Brief) -> None:
    """Population, its share, its change, GRDP and GRDP per person: value, when, rank, gap and source."""
    needs(brief)
    st.markdown(f"### {t('brief_figures_heading', ctx.lang)}")
    for column, figure in zip(st.columns(len(brief.figures)), brief.figures, strict=True):
        with column.container(border=True):
            st.metric(figure.label, figure.value)
            st.caption(figure.detail + "  \n" + sources_line(list(figure.sources), ctx.lang))
    st.caption(t("regions_reference_note", ctx.lang))


@section("brief §6 innovation city, institutions and policies")
def brief_relocation_and_policies(ctx: PageContext, brief: views.Brief) -> None:
    needs(brief)
    lang = ctx.lang
    city, policies = st.columns([2, 3])
    with city.container(border=True):
        st.markdown(f"### {t('brief_city_heading', lang)}")
        st.markdown(f"{t('brief_city_label', lang)}: **{md_escape(brief.city)}**")
        st.markdown(f"{t('brief_institutions_label', lang)}: {brief.institutions}")
        st.markdown(f"{t('brief_sectors_label', lang)}: {md_escape(brief.sectors)}")
        st.caption(sources_line(list(brief.relocation_sources), lang), help=t("overview_institutions_rule", lang))
    with policies.container(border=True):
        st.markdown(f"### {t('brief_policies_heading', lang)}")
        if not brief.policies:
            st.markdown(t("brief_policies_none", lang))
        items = []
        for policy in brief.policies:
            badges = f" :gray-badge[{t('regions_translation_badge', lang)}]" if policy.translated else ""
            badges += f" :orange-badge[{t('regions_unconfirmed_badge', lang)}]" if policy.unconfirmed else ""
            meta = " · ".join(md_escape(part) for part in (policy.group, policy.year) if part)
            items.append(f"- **{md_escape(policy.name)}**{badges} · :gray[{meta}]")
            if policy.description:  # a nested item: on paper the names only (brief.css)
                items.append(f"    - :gray[{md_escape(policy.description)}]")
        if items:
            with st.container(key="brief_policy_list"):
                st.markdown("\n".join(items))
        notes = [md_escape(note) for note in brief.policy_notes]
        if brief.more_policies:
            notes.append(t("brief_policies_more", lang, n=brief.more_policies))
        st.caption(" ".join([*notes, sources_line(list(brief.policy_sources), lang)]))


@section("brief §7 charts")
def brief_charts(ctx: PageContext, brief: views.Brief) -> None:
    """Two or three small charts side by side, each a full chart block (table, downloads, text alternative)."""
    needs(brief)
    with st.container(key="brief_charts"):
        for column, chart, spec in zip(st.columns(3), brief.charts, brief_chart_specs(brief), strict=False):
            with column:
                chart_block(
                    key=chart.key,
                    title=chart.title,
                    chart=spec,
                    table=chart.table,
                    unit=chart.unit,
                    sources=list(chart.sources),
                    lang=ctx.lang,
                    alt_text=chart.alt_text,
                    note=chart.note,
                )


@section("brief §8 sources")
def brief_sources(ctx: PageContext, brief: views.Brief) -> None:
    """Every source of the brief, numbered as in the PDF, with its link; and the licences."""
    needs(brief)
    lang = ctx.lang
    with st.container(key="brief_sources"):
        st.markdown(f"### {t('brief_sources_heading', lang)}")
        st.markdown("\n".join(f"{i}. {source.markdown(lang)}" for i, source in enumerate(brief.sources, start=1)))
        st.caption(t("brief_licence_line", lang))
