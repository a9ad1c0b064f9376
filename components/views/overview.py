"""The Overview's figures, tables and text alternatives, derived from the data (pure: no Streamlit).

A text alternative says what the chart shows with the numbers it draws, so it can never
disagree with the chart: nothing here is typed in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from components.formatting import URL_PATTERN, format_krw_million, format_pct, md_escape, publisher_names
from components.page import Source
from components.strings import localized, t, tn
from data.provinces import NATION
from data.relocation import ProvinceInstitutions


@dataclass(frozen=True)
class YearOnYear:
    """A headline figure for its latest year, and its change on the year before."""

    year: int
    value: float
    change: float | None


def special_account_total_by_year(budget: pd.DataFrame) -> pd.Series:
    """The Special Account's total (KRW million, exact) per year."""
    totals = budget[budget["account_id"] == "total"].set_index("year")["amount_krw_million"]
    return totals.sort_index()


def latest_capital_share(share: pd.DataFrame) -> YearOnYear:
    """The latest capital-region share (%) and its change on the previous year (percentage points)."""
    ordered = share.sort_values("year")
    last, before = ordered.iloc[-1], ordered.iloc[-2] if len(ordered) > 1 else None
    change = None if before is None else float(last["share_pct"] - before["share_pct"])
    return YearOnYear(int(last["year"]), float(last["share_pct"]), change)


def budget_total_table(budget: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The chart's data as a reader's table: year and the exact total in KRW million."""
    totals = special_account_total_by_year(budget)
    return pd.DataFrame(
        {t("col_year", lang): totals.index.astype(int), t("col_total_krw_million", lang): totals.values.astype("int64")}
    )


def budget_total_alt(budget: pd.DataFrame, lang: str) -> str:
    """Every year's total, and the highest and lowest year, in words."""
    totals = special_account_total_by_year(budget)
    series = ", ".join(
        t("alt_year_value", lang, year=int(year), value=format_krw_million(value, lang))
        for year, value in totals.items()
    )
    high, low = totals.idxmax(), totals.idxmin()
    return t(
        "overview_budget_alt",
        lang,
        first=int(totals.index.min()),
        last=int(totals.index.max()),
        series=series,
        max_year=int(high),
        max_value=format_krw_million(totals[high], lang),
        min_year=int(low),
        min_value=format_krw_million(totals[low], lang),
    )


def capital_share_table(share: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The chart's data as a reader's table (the share is derived: capital region ÷ nation)."""
    return pd.DataFrame(
        {
            t("col_year", lang): share["year"].astype(int).values,
            t("col_capital_population", lang): share["capital_population"].values,
            t("col_national_population", lang): share["national_population"].values,
            t("col_share_pct", lang): share["share_pct"].round(4).values,
        }
    )


def capital_share_alt(share: pd.DataFrame, lang: str) -> str:
    """First and latest share, and the first year at or above half of the population."""
    ordered = share.sort_values("year")
    first, last = ordered.iloc[0], ordered.iloc[-1]
    above = ordered[ordered["share_pct"] >= 50]
    values = {
        "first_year": int(first["year"]),
        "first_value": format_pct(first["share_pct"], digits=2),
        "last_year": int(last["year"]),
        "last_value": format_pct(last["share_pct"], digits=2),
    }
    if above.empty:
        return t("overview_share_alt_below", lang, **values)
    return t("overview_share_alt", lang, cross_year=int(above.iloc[0]["year"]), **values)


@dataclass(frozen=True)
class ProvinceFigures:
    """A province's own headline figures (population and its share, its innovation city, GRDP)."""

    population_year: int
    population: int
    share_pct: float
    grdp: pd.Series | None  # the latest GRDP row (year, value in KRW tn, basis, source) or None


def province_figures(population: pd.DataFrame, indicators: pd.DataFrame, province: str) -> ProvinceFigures:
    mine = population[population["iso_code"] == province].sort_values("year")
    national = population[population["iso_code"] == NATION].set_index("year")["population"]
    last = mine.iloc[-1]
    year = int(last["year"])
    grdp = indicators[(indicators["indicator"] == "grdp_nominal") & (indicators["iso_code"] == province)]
    grdp = grdp.sort_values("year")
    return ProvinceFigures(
        population_year=year,
        population=int(last["population"]),
        share_pct=float(last["population"] / national[year] * 100),
        grdp=None if grdp.empty else grdp.iloc[-1],
    )


def cited_source(text: str) -> Source:
    """A source written as "<publisher and title> <url> ..." in a data cell, as a source line: label and link
    (the publishers' names in Korean beside, for a Korean page)."""
    match = URL_PATTERN.search(text)
    label = (text[: match.start()] if match else text).strip(" ;,-") or text
    return Source(label, match.group(0).rstrip(".") if match else None, label_ko=publisher_names(label, "ko"))


def province_institutions_text(counts: ProvinceInstitutions, name_of: Callable[[str], str], lang: str) -> str:
    """A province's institutions as /regions counts them, in Markdown (also the /present spotlight's line).

    "**11 institutions**"; with rows marked uncertain "**15 institutions**, plus 3 uncertain"; a province
    sharing an innovation city it does not host adds that city and its count ("shares … with …: 16").
    """
    text = f"**{tn('count_institutions', lang, counts.counted)}**"
    if counts.uncertain:
        text += t("overview_institutions_uncertain", lang, k=counts.uncertain)
    for city in counts.shared_cities:
        text += t(
            "overview_institutions_shared",
            lang,
            city=md_escape(localized(city, "name", lang)),
            host=md_escape(name_of(city.host_iso)),
            count=tn("count_institutions", lang, city.counted),
        )
        if city.uncertain:
            text += t("overview_institutions_uncertain", lang, k=city.uncertain)
    return text
