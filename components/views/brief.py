"""The province brief (/brief and its PDF): one province's own story, every figure with unit, year and source.

Pure (no Streamlit). Nothing is computed here that another page computes: ranks and gaps are /regions'
``rank_table`` rows worded by its ``card_figure``; population and share are the Overview's
``province_figures``; the institutions are ``data.relocation.province_institutions`` worded as on the
Overview; sectors are ``data.relocation.sector_counts`` labelled as on /map; the policies are /regions'
profiles and seed items. This module picks them for one province and puts them in the brief's order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from components.formatting import format_pct, is_missing
from components.page import Source, manifest_source
from components.strings import localized, t
from components.views import map as map_views
from components.views import regions as regions_views
from components.views.overview import ProvinceFigures, province_institutions_text
from data.provinces import CAPITAL_REGION
from data.regions import GROUP_ORDER
from data.relocation import ProvinceInstitutions

NameOf = Callable[[str], str]
SEJONG = "KR-50"  # no innovation city: the administrative city the central ministries moved to
# The brief's headline figures (each /regions indicator at its newest period), in order.
BRIEF_INDICATORS = ("population", "population_change", "grdp", "grdp_per_capita")
MAX_POLICIES = 5
TOP_SECTORS = 3
KOREAN_NAMES_CITED = {"ko": True, "en": False}  # Korean policy names come from province_profiles_ko
SEED_GROUPS = ("expo_2021", "season2", "vision")  # the seed documents' items a brief lists (Sejong: its vision)


@dataclass(frozen=True)
class BriefFigure:
    """One headline figure: label, value with unit, "when · rank · gap" (or why it is missing), its sources."""

    key: str  # the /regions indicator, or "population_share"
    label: str
    value: str
    detail: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class BriefPolicy:
    """One balanced-development policy of the province, as its profile or seed document names it."""

    name: str
    group: str
    year: str | None
    description: str
    translated: bool  # the name in this language is the dashboard's translation
    unconfirmed: bool  # the sources could not confirm a figure it carries


@dataclass(frozen=True)
class BriefChart:
    """A small chart of the brief: what ``chart_block`` needs, the builder called only when drawn."""

    key: str
    title: str
    unit: str
    table: pd.DataFrame
    alt_text: str
    sources: tuple[Source, ...]
    build: Callable[[], object]
    note: str | None = None


@dataclass(frozen=True)
class Brief:
    """Everything one province's brief shows, in the page's (and the PDF's) order."""

    code: str
    name: str
    lang: str
    capital_region: bool
    figures: tuple[BriefFigure, ...]
    city: str
    institutions: str  # Markdown, the Overview's words: "**16 institutions**, plus 3 uncertain"
    sectors: str
    relocation_sources: tuple[Source, ...]
    policies: tuple[BriefPolicy, ...]
    more_policies: int
    policy_notes: tuple[str, ...]  # what the sources lack (Seoul: no 2019 exemption project)
    policy_sources: tuple[Source, ...]
    charts: tuple[BriefChart, ...]

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source the brief cites, once each (a dataset once, whatever year a figure cites), in order."""
        cited = [s for figure in self.figures for s in figure.sources]
        cited += [*self.relocation_sources, *self.policy_sources]
        cited += [s for chart in self.charts for s in chart.sources]
        listed: dict[object, Source] = {}
        for source in cited:
            listed.setdefault(_source_key(source), manifest_source(source.dataset) if source.dataset else source)
        return tuple(listed.values())

    def source_numbers(self, sources: tuple[Source, ...]) -> str:
        """ "[1, 3]": where ``sources`` stand in the brief's numbered list (``sources``)."""
        numbers = {_source_key(s): i for i, s in enumerate(self.sources, start=1)}
        return "[" + ", ".join(map(str, sorted({numbers[_source_key(s)] for s in sources}))) + "]"


def _source_key(source: Source) -> object:
    return source.dataset or (source.label, source.url)


def cited_sources(cites: list[regions_views.Cite]) -> tuple[Source, ...]:
    """/regions' citations as source lines: a manifest dataset (with the year cited) or a link."""
    return tuple(manifest_source(c.dataset, year=c.year) if c.dataset else Source(c.label, c.url) for c in cites)


def status_badge(code: str, lang: str) -> str:
    """Capital region or not: the first thing a brief says about a province."""
    return t("regions_capital_badge" if code in CAPITAL_REGION else "brief_noncapital_badge", lang)


def headline_figures(
    ranks: dict[str, pd.Series],
    periods: dict[str, str],
    grdp_texts: dict[str, list[str]],
    own: ProvinceFigures,
    lang: str,
    n_provinces: int = 17,
) -> tuple[BriefFigure, ...]:
    """Population, its share of the nation, its change, GRDP and GRDP per person: /regions' card lines.

    ``ranks``: each indicator's ``rank_table`` row of the province; ``own``: the Overview's figures
    (the share of the national population is derived there, the same way).
    """
    figures = []
    for indicator in BRIEF_INDICATORS:
        period = periods[indicator]
        label, value, detail = regions_views.card_figure(indicator, period, ranks[indicator], n_provinces, lang)
        cites = regions_views.indicator_citations(indicator, period, lang, grdp_texts.get(indicator, []))
        figures.append(BriefFigure(indicator, label, value, detail, cited_sources(cites)))
        if indicator == "population":
            figures.append(
                BriefFigure(
                    "population_share",
                    t("brief_share_label", lang),
                    format_pct(own.share_pct, digits=2),
                    t("brief_share_detail", lang, year=own.population_year),
                    (manifest_source("population_2022_2024", year=str(own.population_year)),),
                )
            )
    return tuple(figures)


def city_text(code: str, hosted: pd.DataFrame, name_of: NameOf, lang: str) -> str:
    """Its innovation city (a shared one names its host), Sejong's own status, or none."""
    names = []
    for _, city in hosted.iterrows():
        name = localized(city, "name", lang)
        names.append(
            name
            if city["iso_code"] == code
            else t("brief_city_shared", lang, city=name, host=name_of(city["iso_code"]))
        )
    if names:
        return " · ".join(names)
    return t("brief_city_sejong", lang) if code == SEJONG else t("metric_none", lang)


def top_sectors(sectors: pd.DataFrame, lang: str) -> str:
    """The largest sectors with their counts ("Energy 4 · Agriculture 3 · …"), or that none is recorded.

    ``sectors``: ``data.relocation.sector_counts`` of the province's institutions, labelled as /map labels them.
    """
    labelled = map_views.sector_table(sectors, lang)
    recorded = labelled[labelled["sector_group"] != ""]
    if recorded.empty:
        return t("brief_sectors_none", lang)
    top = recorded.head(TOP_SECTORS)
    return " · ".join(f"{row.label} {row.n_institutions}" for row in top.itertuples())


def _text(value: object) -> str:
    return "" if is_missing(value) else str(value)


def brief_policies(
    code: str, profiles: pd.DataFrame, seeds: pd.DataFrame, lang: str
) -> tuple[tuple[BriefPolicy, ...], int, tuple[str, ...]]:
    """(the first ``MAX_POLICIES`` policies, how many more, notes on what the sources lack).

    The seed documents' items first (Expo exhibits, Naju's Season 2 response, Sejong's vision), then the
    profiles by group as /regions orders them; profiles the seed documents already show are left out.
    """
    items = []
    mine = seeds[seeds["iso_code"] == code]
    for group in SEED_GROUPS:
        for _, row in mine[mine["group"] == group].iterrows():
            items.append(
                BriefPolicy(
                    name=_text(localized(row, "name", lang)),
                    group=t(f"regions_group_{group}", lang),
                    year=None,
                    description=_text(localized(row, "description", lang)),
                    translated=bool(localized(row, "translated", lang)),
                    unconfirmed=row["verification"] == "unconfirmed",
                )
            )
    profiled = profiles[profiles["iso_code"] == code]
    real = profiled[~profiled["placeholder"] & ~profiled["covered_by_seed"]]
    for group in GROUP_ORDER:
        for _, row in real[real["group"] == group].iterrows():
            items.append(
                BriefPolicy(
                    name=_text(localized(row, "policy", lang)),
                    group=t(f"regions_group_{group}", lang),
                    year=None if is_missing(row["year"]) else str(row["year"]),
                    description=_text(localized(row, "description", lang)),
                    translated=bool(localized(row, "translated", lang)),
                    unconfirmed=bool(row["unconfirmed"]),
                )
            )
    notes = tuple(_text(localized(row, "description", lang)) for _, row in profiled[profiled["placeholder"]].iterrows())
    return tuple(items[:MAX_POLICIES]), max(len(items) - MAX_POLICIES, 0), notes


def brief_policy_sources(code: str, seeds: pd.DataFrame, lang: str) -> tuple[Source, ...]:
    """The profiles (and their Korean names), and the seed documents where the province has items."""
    cited = [manifest_source("province_profiles")]
    if KOREAN_NAMES_CITED[lang]:
        cited.append(manifest_source("province_profiles_ko"))
    if not seeds[seeds["iso_code"] == code].empty:
        cited.append(manifest_source("expo_policies"))
    return tuple(cited)


# --- the charts -------------------------------------------------------------------------------------------

CHART_HEIGHT = 260  # px: three side by side on the screen, and on one A4 page (Streamlit fits axes and legend in it)
RANKING_HEIGHT = 460  # px: 17 bars, every province named


def brief_small_charts(
    code: str,
    lang: str,
    names: dict[str, dict[str, str]],
    *,
    series: pd.DataFrame,
    ranking: pd.DataFrame,
    ranking_period: str,
    ranking_sources: tuple[Source, ...],
    sectors: pd.DataFrame,
    counts: ProvinceInstitutions,
) -> tuple[BriefChart, ...]:
    """Population over time, GRDP per person among the 17, and the institutions by sector (where recorded).

    ``series``: /regions' ``population_series`` of the province; ``ranking``: /regions' ``rank_table`` of
    GRDP per person; ``sectors``: ``sector_counts`` of the province's institutions (counted and uncertain).
    """
    from components.charts import maps as map_charts
    from components.charts import regions as region_charts

    def name_of(iso: str) -> str:
        return names.get(iso, {}).get(lang, iso)

    years = sorted(int(year) for year in series["year"].unique())
    columns = ["year", "population", "share_of_national_pct", "source"]
    charts = [
        BriefChart(
            key=f"brief_population_{code}",
            title=t("brief_population_chart", lang, first=years[0], last=years[-1]),
            unit=regions_views.unit_of("population", lang),
            table=regions_views.display_table(regions_views.with_province_names(series, name_of, columns), lang),
            alt_text=regions_views.population_alt(series, "population", name_of, lang),
            sources=(manifest_source("population_2022_2024"), manifest_source("province_indicators")),
            build=lambda: region_charts.population_lines(series, [code], names, lang, height=CHART_HEIGHT),
        ),
        BriefChart(
            key=f"brief_grdp_per_capita_{code}",
            title=t(
                "regions_ranking_chart",
                lang,
                indicator=t("regions_ind_grdp_per_capita", lang),
                period=regions_views.period_label("grdp_per_capita", ranking_period, lang),
            ),
            unit=regions_views.unit_of("grdp_per_capita", lang),
            table=regions_views.ranking_table(ranking, name_of, lang),
            alt_text=regions_views.ranking_alt(ranking, "grdp_per_capita", ranking_period, [code], name_of, lang),
            sources=ranking_sources,
            build=lambda: region_charts.ranking_bars(
                ranking, "grdp_per_capita", [code], names, lang, height=RANKING_HEIGHT
            ),
            note=regions_views.indicator_note("grdp_per_capita", lang),
        ),
    ]
    labelled = map_views.sector_table(sectors, lang)
    if not labelled.empty and (labelled["sector_group"] != "").any():
        shared = [localized(city, "name", lang) for city in counts.shared_cities]
        note = t("brief_sector_note", lang)
        if shared:
            note += " " + t("brief_sector_shared_note", lang, city=" · ".join(shared))
        charts.append(
            BriefChart(
                key=f"brief_sectors_{code}",
                title=t("brief_sector_chart", lang),
                unit=t("map_sector_chart_unit", lang),
                table=map_views.sector_display(labelled, lang),
                alt_text=map_views.sector_alt(labelled, lang),
                sources=(manifest_source("institutions"),),
                build=lambda: map_charts.sector_bars(labelled, lang, height=CHART_HEIGHT),
                note=note,
            )
        )
    return tuple(charts)


def province_brief(
    code: str,
    lang: str,
    names: dict[str, dict[str, str]],
    *,
    ranks: dict[str, pd.DataFrame],
    periods: dict[str, str],
    grdp_texts: dict[str, list[str]],
    own: ProvinceFigures,
    series: pd.DataFrame,
    hosted: pd.DataFrame,
    counts: ProvinceInstitutions,
    sectors: pd.DataFrame,
    profiles: pd.DataFrame,
    seeds: pd.DataFrame,
) -> Brief:
    """One province's brief from the domain's results (see the module's docstring for which is which).

    ``ranks``: each ``BRIEF_INDICATORS``' ``rank_table`` over the 17 at ``periods``; ``grdp_texts``: the source
    texts of the GRDP rows of that period (their press reports are cited); ``hosted``: ``innovation_cities_of``.
    """

    def name_of(iso: str) -> str:
        return names.get(iso, {}).get(lang, iso)

    rows = {indicator: table.set_index("iso_code").loc[code] for indicator, table in ranks.items()}
    figures = headline_figures(rows, periods, grdp_texts, own, lang, n_provinces=len(names) or 17)
    policies, more, notes = brief_policies(code, profiles, seeds, lang)
    per_person = next(figure for figure in figures if figure.key == "grdp_per_capita")
    return Brief(
        code=code,
        name=name_of(code),
        lang=lang,
        capital_region=code in CAPITAL_REGION,
        figures=figures,
        city=city_text(code, hosted, name_of, lang),
        institutions=province_institutions_text(counts, name_of, lang),
        sectors=top_sectors(sectors, lang),
        relocation_sources=(manifest_source("institutions"), manifest_source("relocation_places")),
        policies=policies,
        more_policies=more,
        policy_notes=notes,
        policy_sources=brief_policy_sources(code, seeds, lang),
        charts=brief_small_charts(
            code,
            lang,
            names,
            series=series,
            ranking=ranks["grdp_per_capita"],
            ranking_period=periods["grdp_per_capita"],
            ranking_sources=per_person.sources,
            sectors=sectors,
            counts=counts,
        ),
    )
