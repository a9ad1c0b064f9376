"""What /regions shows, as plain values: formatted figures, display tables, alt texts, citations, policy items.

Pure (no Streamlit): every alt text is derived from the data it describes. Data text meant for
Markdown goes through ``md_escape``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

import pandas as pd

from components.formatting import (
    format_int,
    format_pct,
    format_persons,
    format_trillion,
    is_missing,
    md_escape,
    publisher_names,
    source_links_markdown,
)
from components.strings import localized, t, tn
from data.regions import GROUP_ORDER, press_links
from data.relocation import NAJU_CITY, EmployeeCounts

NameOf = Callable[[str], str]

# The side-by-side cards: each province's headline figures (newest period of each).
CARD_INDICATORS = ("population", "grdp", "grdp_per_capita", "institutions", "employees")

# --- figures ------------------------------------------------------------------------------------------


def unit_of(indicator: str, lang: str) -> str:
    return t(f"regions_unit_{indicator}", lang)


def format_value(indicator: str, value: object, lang: str, missing: str = "–") -> str:
    """A value as people read it, with its unit (exact integers for counts)."""
    if is_missing(value):
        return missing
    number = float(value)
    if indicator in ("population", "employees"):
        return format_persons(round(number), lang)
    if indicator == "population_change":
        return format_pct(number, digits=1, signed=True)
    if indicator == "grdp":
        return format_trillion(number, lang, digits=1 if number % 1 else 0)
    if indicator == "grdp_per_capita":
        return t("regions_fmt_krw_million", lang, value=f"{number:,.1f}")
    if indicator == "institutions":
        return t("regions_fmt_institutions", lang, value=int(number))
    if indicator == "employees_per_1000":
        return t("regions_fmt_per_1000", lang, value=f"{number:,.2f}")
    return f"{number:,}"


def format_gap(indicator: str, gap: object, gap_pct: object, lang: str) -> str:
    """Gap to the national reference: absolute (and relative where it means something)."""
    if is_missing(gap):
        return "–"
    if indicator == "population_change":
        return f"{float(gap):+,.1f}%p".replace("-", "−")
    sign = "+" if float(gap) >= 0 else "−"
    if indicator == "institutions":  # the reference (total ÷ 17) is fractional
        text = sign + t("regions_fmt_institutions", lang, value=f"{abs(float(gap)):.1f}")
    else:
        text = sign + format_value(indicator, abs(float(gap)), lang)
    if not is_missing(gap_pct):
        text += f" ({format_pct(gap_pct, digits=0, signed=True)})"
    return text


def period_label(indicator: str, period: str, lang: str) -> str:
    """A period key as people read it: "2024 (2020 base)", "2014→2024", "Sept 2021"."""
    if indicator in ("grdp", "grdp_per_capita"):
        year, base = period.split("-b")
        return t("regions_period_grdp", lang, year=year, base=base)
    if indicator == "institutions":
        return t("regions_period_all", lang)
    if indicator == "population_change":
        start, end = period.split("-")
        return t("regions_period_change", lang, start=start, end=end)
    if indicator.startswith("employees"):
        return t("regions_period_employees", lang)
    return period


def indicator_label(indicator: str, period: str, lang: str) -> str:
    return f"{t(f'regions_ind_{indicator}', lang)}, {period_label(indicator, period, lang)}"


def card_figure(indicator: str, period: str, row: pd.Series, n_provinces: int, lang: str) -> tuple[str, str, str]:
    """(label, value, "when · rank · gap") of one card line; a missing value says why it is missing."""
    label, when = t(f"regions_ind_{indicator}", lang), period_label(indicator, period, lang)
    if is_missing(row["value"]):
        why = t("regions_no_city", lang) if indicator == "employees" else t("missing_value", lang)
        return label, "–", f"{when} · {why}"
    if row["n_reported"] == n_provinces:
        rank = t("regions_rank", lang, rank=int(row["rank"]))
    else:
        rank = t("regions_rank_partial", lang, rank=int(row["rank"]), n=int(row["n_reported"]))
    gap = t("regions_gap", lang, gap=format_gap(indicator, row["gap"], row["gap_pct"], lang))
    return label, format_value(indicator, row["value"], lang), f"{when} · {rank} · {gap}"


def employees_text(value: object, lang: str) -> str:
    """Relocated employees of a province, or why there are none to count."""
    return t("regions_no_city", lang) if is_missing(value) else format_value("employees", value, lang)


def employee_report_values(counts: EmployeeCounts, lang: str) -> dict[str, str]:
    """The two reports of the employees count as text values (publishers, dates, totals, their difference)."""
    primary, other = counts.primary, counts.other
    return {
        "primary": md_escape(localized(primary, "publisher", lang)),
        "primary_date": primary.published,
        "printed": format_int(primary.printed_total),
        "city_sum": format_int(counts.city_sum),
        "naju_share": format_pct(counts.city_figures[NAJU_CITY] / counts.city_sum * 100),
        "other": md_escape(localized(other, "publisher", lang)),
        "other_date": other.published,
        "other_total": format_int(other.printed_total),
        "difference": format_int(counts.difference),
    }


def employees_note(counts: EmployeeCounts, lang: str) -> str:
    """What the employees figures are, and how the two reports of the count disagree (figures from the data)."""
    return t("regions_employees_note", lang, **employee_report_values(counts, lang))


def employees_basis(counts: EmployeeCounts, lang: str) -> str:
    """The basis of an employees figure in one line (a card's caption): whose figures, and the other report."""
    return t("regions_employees_basis", lang, **employee_report_values(counts, lang))


def indicator_note(indicator: str, lang: str, employees: EmployeeCounts | None = None) -> str | None:
    """The caveat an indicator's ranking and map carry (rounding, counting rules), if any.

    ``employees``: the two reports of the employees count (``data.relocation.employee_counts``), needed
    for the employees indicators.
    """
    if indicator.startswith("grdp"):
        per_capita = " " + t("regions_grdp_pc_note", lang) if indicator == "grdp_per_capita" else ""
        return t("regions_grdp_note", lang) + per_capita
    if indicator.startswith("employees"):
        if employees is None:
            raise ValueError("the employees note needs the reports of the count")
        return employees_note(employees, lang)
    if indicator == "institutions":
        return t("regions_institutions_note", lang)
    return None


# --- citations ----------------------------------------------------------------------------------------


class Cite(NamedTuple):
    """One source to cite: a manifest dataset (``dataset``, with the ``year`` cited) or a link (``label``, ``url``)."""

    dataset: str | None = None
    year: str | None = None
    label: str | None = None
    url: str | None = None


def grdp_citations(source_texts: list[str], period: str, lang: str) -> list[Cite]:
    """The press reports (at most two) the GRDP figures of one (year, base) come from; else the dataset."""
    when = period_label("grdp", period, lang)
    links = [
        Cite(label=f"{publisher_names(label, lang)}, {when}", url=url) for label, url in press_links(source_texts)[:2]
    ]
    return links or [Cite(dataset="province_indicators", year=when)]


def indicator_citations(indicator: str, period: str, lang: str, grdp_source_texts: list[str]) -> list[Cite]:
    """What an indicator's figures are built from, with the period (GRDP: the press reports of that release)."""
    year = period.split("-")[0] if indicator != "institutions" else None
    if indicator == "population" and year not in ("2022", "2024"):
        return [Cite("province_indicators", year)]
    if indicator in ("population", "population_change"):
        earlier = [Cite("province_indicators", "2014")] if indicator == "population_change" else []
        return [Cite("population_2022_2024", "2024"), *earlier]
    if indicator in ("grdp", "grdp_per_capita"):
        population = [Cite("population_2022_2024", year)] if indicator == "grdp_per_capita" else []
        return [*grdp_citations(grdp_source_texts, period, lang), *population]
    if indicator == "institutions":
        return [Cite("institutions"), Cite("relocation_places")]
    return [Cite("innovation_cities", "2021-09"), Cite("employee_count_reports"), Cite("population_2022_2024", "2021")]


def distinct_citations(cites: list[Cite]) -> list[Cite]:
    """One citation per link (or dataset), in first-seen order."""
    return list({cite.url or cite.dataset: cite for cite in cites}.values())


def capital_grdp_citations(grdp_share: pd.DataFrame, lang: str) -> list[Cite]:
    """The press report of each year's capital-region GRDP share (the publisher's name in ``lang``)."""
    cites = []
    for row in grdp_share.itertuples():
        label, url = press_links([str(row.source)])[0]
        cites.append(Cite(label=f"{publisher_names(label, lang)}, {row.year}", url=url))
    return cites


# --- display tables -----------------------------------------------------------------------------------

HEADERS = {
    "indicator_label": "regions_col_indicator",
    "province": "regions_col_province",
    "year": "regions_col_year",
    "base": "regions_col_base",
    "value": "regions_col_value_exact",
    "unit": "regions_col_unit",
    "rank": "regions_col_rank",
    "n_reported": "regions_col_reported",
    "reference": "regions_col_reference",
    "gap": "regions_col_gap",
    "gap_label": "regions_col_gap",
    "gap_pct": "regions_col_gap_pct",
    "derivation": "regions_col_derivation",
    "source": "regions_col_source",
    "population": "regions_col_population",
    "share_of_national_pct": "regions_col_share",
    "share_pct": "regions_col_share",
    "capital_population": "regions_col_capital_population",
    "national_population": "regions_col_national_population",
    "capital_grdp_trillion": "regions_col_capital_grdp",
    "series": "regions_col_series",
    "basis": "regions_col_basis",
    "destination_type": "regions_col_type",
    "status": "regions_col_status",
    "count": "regions_col_count",
    "iso_code": "regions_col_code",
}


MONTHS = {name: number for number, name in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                                      "Oct", "Nov", "Dec"), start=1)}  # fmt: skip


# Publishers the data names in Korean (as they name themselves) -> their catalogue key, for the English page.
PUBLISHER_KEYS = {"국가데이터처": "regions_publisher_national_data_office"}


def indicator_basis_text(basis: object, lang: str) -> str:
    """An indicator's basis ("2020 base, preliminary (released 2025-12-23 by 국가데이터처)") in ``lang``.

    The data words it in English, with the publisher's own Korean name; an English page reads that name in
    English, and a Korean page composes the basis from its parts: base year, preliminary or revised,
    release date and publisher, resident registration or census, sums of provinces.
    """
    if is_missing(basis):
        return ""
    text = str(basis)
    if lang == "en":
        return re.sub(
            r" by (\S+)\)",
            lambda found: f" by {t(PUBLISHER_KEYS[found[1]], lang)})" if found[1] in PUBLISHER_KEYS else found[0],
            text,
        )
    parts = []
    if base := re.match(r"(20\d\d) base", text):
        parts.append(t("regions_basis_base_year", lang, year=base[1]))
    if "preliminary" in text:
        parts.append(t("regions_basis_preliminary", lang))
    if "revision" in text:
        parts.append(t("regions_basis_revision", lang))
    if text.startswith("Resident registration"):
        parts.append(t("regions_basis_resident_registration", lang))
    if census := re.match(r"Register-based census, (\d+) (\w{3}) (\d{4})", text):
        parts.append(t("regions_basis_census", lang, year=census[3], month=MONTHS[census[2]], day=census[1]))
    if "sum of 3 provinces" in text:
        parts.append(t("regions_basis_sum_of_three", lang))
    date = None
    if released := re.search(r"released (\d{4})-(\d\d)-(\d\d)", text):
        date = t("regions_basis_date", lang, year=released[1], month=int(released[2]), day=int(released[3]))
    elif released := re.search(r"released (\w{3}) (\d{4})", text):
        date = t("regions_basis_month", lang, year=released[2], month=MONTHS[released[1]])
    if date:
        publisher = re.search(r" by (\S+)\)", text)
        parts.append(t("regions_basis_released", lang, date=f"{date} {publisher[1]}" if publisher else date))
    return ", ".join(parts) if parts else text


def display_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``frame`` with its column headers in ``lang`` (and its basis worded in ``lang``)."""
    if "basis" in frame:
        frame = frame.assign(basis=[indicator_basis_text(basis, lang) for basis in frame["basis"]])
    return frame.rename(columns={column: t(HEADERS[column], lang) for column in frame.columns if column in HEADERS})


def with_province_names(frame: pd.DataFrame, name_of: NameOf, columns: list[str]) -> pd.DataFrame:
    """``columns`` of ``frame``, with the province's name beside its code."""
    named = frame.assign(province=[name_of(code) for code in frame["iso_code"]])
    return named[["iso_code", "province", *columns]]


# --- side by side over all indicators -----------------------------------------------------------------


def gap_overview(
    ranks: dict[str, pd.DataFrame],
    periods: dict[str, str],
    derivations: dict[str, str | None],
    chosen: list[str],
    name_of: NameOf,
    lang: str,
) -> pd.DataFrame:
    """One row per (indicator, compared province): the value, rank and gap to the national reference, labelled."""
    rows = []
    for indicator, table in ranks.items():
        period = periods[indicator]
        for _, row in table[table["iso_code"].isin(chosen)].iterrows():
            rows.append(
                {
                    "indicator_label": indicator_label(indicator, period, lang),
                    "iso_code": row["iso_code"],
                    "province": name_of(row["iso_code"]),
                    "value_label": format_value(indicator, row["value"], lang, missing=t("missing_value", lang)),
                    "value": row["value"],
                    "unit": unit_of(indicator, lang),
                    "rank": row["rank"],
                    "n_reported": row["n_reported"],
                    "reference": row["reference"],
                    "gap": row["gap"],
                    "gap_pct": row["gap_pct"],
                    "gap_label": format_gap(indicator, row["gap"], row["gap_pct"], lang),
                    "derivation": derivations[indicator],
                    "source": row["source"],
                }
            )
    return pd.DataFrame(rows)


def gap_table(overview: pd.DataFrame, lang: str) -> pd.DataFrame:
    return display_table(overview.drop(columns=["iso_code", "value_label", "gap", "gap_pct"]), lang)


def gaps_alt(overview: pd.DataFrame, chosen: list[str], name_of: NameOf, lang: str) -> str:
    """The dot chart in words: who is compared, and the largest gaps above and below the reference."""
    gaps = overview.dropna(subset=["gap_pct"])
    gaps = gaps.assign(gap_f=gaps["gap_pct"].astype(float))

    def item(row: pd.Series) -> str:
        return t(
            "regions_gap_item",
            lang,
            province=md_escape(row["province"]),
            indicator=row["indicator_label"],
            gap=row["gap_label"],
        )

    high = item(gaps.loc[gaps["gap_f"].idxmax()]) if not gaps.empty else "–"
    low = item(gaps.loc[gaps["gap_f"].idxmin()]) if not gaps.empty else "–"
    provinces = ", ".join(md_escape(name_of(code)) for code in chosen)
    return t("regions_gaps_alt", lang, provinces=provinces, high=high, low=low)


# --- one indicator over all 17 provinces --------------------------------------------------------------


def ranking_table(ranking: pd.DataFrame, name_of: NameOf, lang: str) -> pd.DataFrame:
    columns = ["value", "rank", "n_reported", "reference", "gap", "gap_pct", "source"]
    return display_table(with_province_names(ranking, name_of, columns), lang)


def ranking_alt(
    ranking: pd.DataFrame, indicator: str, period: str, chosen: list[str], name_of: NameOf, lang: str
) -> str:
    values = ranking.set_index("iso_code")["value"]
    items = ", ".join(f"{md_escape(name_of(code))} {format_value(indicator, values[code], lang)}" for code in chosen)
    return tn(
        "regions_ranking_alt",
        lang,
        int(ranking["n_reported"].iloc[0]),
        indicator=t(f"regions_ind_{indicator}", lang),
        period=period_label(indicator, period, lang),
        items=items,
    )


def map_alt(ranking: pd.DataFrame, chosen: list[str], name_of: NameOf, lang: str) -> str:
    missing = [md_escape(name_of(code)) for code in ranking.loc[ranking["value"].isna(), "iso_code"]]
    return t(
        "regions_map_alt",
        lang,
        items=", ".join(md_escape(name_of(code)) for code in chosen),
        missing=", ".join(missing) or t("regions_none", lang),
    )


# --- over time ----------------------------------------------------------------------------------------


def population_alt(series: pd.DataFrame, measure: str, name_of: NameOf, lang: str) -> str:
    """Span of the lines and each province's value in the last year (people, or share of the nation)."""
    first, last = int(series["year"].min()), int(series["year"].max())
    latest = series[series["year"] == last]
    items = "; ".join(
        f"{md_escape(name_of(row.iso_code))} "
        + (
            format_value("population", row.population, lang)
            if measure == "population"
            else format_pct(row.share_of_national_pct, digits=2)
        )
        for row in latest.itertuples()
    )
    return t(f"regions_population_alt_{measure}", lang, first=first, last=last, items=items)


def grdp_alt(part: pd.DataFrame, chart: str, indicator: str, name_of: NameOf, lang: str) -> str:
    """The years drawn and each province's figure in the last of them (or that it was not reported)."""
    years = sorted(int(year) for year in part["year"].unique())
    latest = part[part["year"] == years[-1]]
    items = "; ".join(
        f"{md_escape(name_of(row.iso_code))} "
        + format_value(indicator, row.value, lang, missing=t("missing_value", lang))
        for row in latest.itertuples()
    )
    return t("regions_grdp_alt", lang, chart=chart, years=", ".join(map(str, years)), last=years[-1], items=items)


def institutions_alt(by_type: pd.DataFrame, chosen: list[str], name_of: NameOf, lang: str) -> str:
    counts = by_type.groupby("iso_code")["count"].sum()
    items = "; ".join(
        f"{md_escape(name_of(code))}: " + tn("count_institutions", lang, int(counts.get(code, 0))) for code in chosen
    )
    return t("regions_institutions_alt", lang, items=items)


# --- the capital region's share -----------------------------------------------------------------------


def capital_population_table(share: pd.DataFrame, census: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Both series of the capital region's population share, labelled (they are defined differently)."""
    both = pd.concat([share.assign(series="resident_registration"), census.assign(series="census")], ignore_index=True)
    return display_table(both, lang)


def capital_population_alt(share: pd.DataFrame, census: pd.DataFrame, lang: str) -> str:
    """First and last year, the first year past 50% (resident registration), and the census figures."""
    by_year = share.set_index("year")["share_pct"]
    crossed = by_year[by_year >= 50]
    return t(
        "regions_capital_pop_alt",
        lang,
        first_year=int(by_year.index[0]),
        first=format_pct(by_year.iloc[0], digits=2),
        cross_year=int(crossed.index[0]) if not crossed.empty else "–",
        cross=format_pct(crossed.iloc[0], digits=3) if not crossed.empty else "–",
        last_year=int(by_year.index[-1]),
        last=format_pct(by_year.iloc[-1], digits=2),
        census=", ".join(f"{format_pct(row.share_pct, digits=1)} ({row.year})" for row in census.itertuples()),
    )


def capital_grdp_alt(grdp_share: pd.DataFrame, lang: str) -> str:
    items = "; ".join(
        f"{row.year} ({row.base}): {format_pct(row.share_pct, digits=1)}" for row in grdp_share.itertuples()
    )
    return t("regions_capital_grdp_alt", lang, items=items)


# --- policy profiles ----------------------------------------------------------------------------------


def policy_item(row: pd.Series, field: str, lang: str, *, unconfirmed: bool = False) -> str:
    """**Name** (badged where the name is our translation, or the figure unconfirmed), then the description."""
    badges = ""
    if localized(row, "translated", lang):
        badges += f" :gray-badge[{t('regions_translation_badge', lang)}]"
    if unconfirmed:
        badges += f" :orange-badge[{t('regions_unconfirmed_badge', lang)}]"
    name, description = localized(row, field, lang), localized(row, "description", lang)
    return f"**{md_escape(name)}**{badges}  \n{md_escape(description)}"


def policy_sources(row: pd.Series, lang: str) -> str:
    """ "Source: links", and where an official Korean name is shown, where that name comes from."""
    links = source_links_markdown(str(row["source"]), lang=lang)
    name_source = localized(row, "name_source", lang)
    if not is_missing(name_source):
        links += f" · {t('regions_official_ko', lang)}: " + source_links_markdown(str(name_source), lang=lang)
    return f"{t('source_label', lang)}: {links}"


def profile_caption(row: pd.Series, lang: str) -> str:
    """Year, the sources' note (in Korean on a Korean page: ``province_profiles_ko``) and the sources of one
    policy profile."""
    meta = []
    if not is_missing(row["year"]):
        meta.append(f"{t('regions_year_label', lang)}: {row['year']}")
    if not is_missing(row["note"]):
        korean = {"ko": row.get("note_ko")}.get(lang)
        note = korean if isinstance(korean, str) and korean else row["note"]
        meta.append(t("regions_note_label" if note is korean else "regions_note_en", lang) + md_escape(note))
    return " · ".join([*meta, policy_sources(row, lang)])


def placeholder_caption(row: pd.Series, lang: str) -> str:
    """A profile that says what the sources lack (e.g. Seoul has no 2019 exemption project), with its source."""
    return (
        md_escape(localized(row, "description", lang))
        + f" · {t('source_label', lang)}: "
        + source_links_markdown(str(row["source"]), lang=lang)
    )


def note_caption(row: pd.Series, lang: str, *, prefix: str = "") -> str | None:
    """An item's note where the language has one (the sources' notes are in English), after ``prefix``."""
    note = localized(row, "note", lang)
    text = " ".join(part for part in (prefix, "" if is_missing(note) else md_escape(note)) if part)
    return text or None


def goals_markdown(goals: pd.DataFrame, lang: str) -> str:
    """Sejong's numbered goals under their heading."""
    lines = [f"{i}. {md_escape(goal)}" for i, goal in enumerate(localized(goals, "name", lang), start=1)]
    return f"*{t('regions_sejong_goals', lang)}*  \n" + "  \n".join(lines)


def values_markdown(values: pd.DataFrame, lang: str) -> str:
    return f"*{t('regions_sejong_values', lang)}*: " + md_escape(localized(values.iloc[0], "name", lang))


def any_translated(items: list[pd.DataFrame], lang: str) -> bool:
    """Whether any item shown carries the translation badge (then the badge is explained)."""
    return any(bool(localized(frame, "translated", lang).any()) for frame in items if not frame.empty)


ProfileLine = tuple[str, str | None]  # ("markdown" | "caption" | "info", text)


def profile_column(seeds: pd.DataFrame, profiles: pd.DataFrame, lang: str) -> tuple[list[ProfileLine], bool]:
    """One province's policy column, in order: the seed documents' items (Expo 2021, season 2, its vision), then
    its profile rows by group, then placeholders; and whether any item shown carries the translation badge.

    ``seeds`` and ``profiles`` are that province's rows. An "info" line stands for "no profile" (nothing to show);
    a note a row does not have gives no line.
    """
    lines: list[ProfileLine] = []
    for group in ["expo_2021", "season2"]:
        part = seeds[seeds["group"] == group]
        if not part.empty:
            lines.append(("markdown", f"#### {t(f'regions_group_{group}', lang)}"))
        for _, row in part.iterrows():
            lines.append(("markdown", policy_item(row, "name", lang, unconfirmed=row["verification"] == "unconfirmed")))
            lines.append(("caption", note_caption(row, lang)))
            lines.append(("caption", policy_sources(row, lang)))
    vision = seeds[seeds["group"].isin(["vision", "values", "goal", "tasks"])]
    if not vision.empty:
        lines.append(("markdown", f"#### {t('regions_group_vision', lang)}"))
        head = vision[vision["group"] == "vision"].iloc[0]
        lines.append(("markdown", policy_item(head, "name", lang)))
        values = vision[vision["group"] == "values"]
        if not values.empty:
            lines.append(("markdown", values_markdown(values, lang)))
        lines.append(("markdown", goals_markdown(vision[vision["group"] == "goal"], lang)))
        for _, row in vision[vision["group"] == "tasks"].iterrows():
            lines.append(("markdown", policy_item(row, "name", lang, unconfirmed=row["verification"] == "unconfirmed")))
            lines.append(("caption", note_caption(row, lang, prefix=t("regions_unconfirmed_note", lang))))
        lines.append(("caption", note_caption(head, lang)))
        lines.append(("caption", policy_sources(head, lang)))
    real = profiles[~profiles["placeholder"] & ~profiles["covered_by_seed"]]
    if real.empty and seeds.empty:
        lines.append(("info", None))
    for group in GROUP_ORDER:
        part = real[real["group"] == group]
        if not part.empty:
            lines.append(("markdown", f"#### {t(f'regions_group_{group}', lang)}"))
        for _, row in part.iterrows():
            lines.append(("markdown", policy_item(row, "policy", lang, unconfirmed=row["unconfirmed"])))
            lines.append(("caption", profile_caption(row, lang)))
    for _, row in profiles[profiles["placeholder"]].iterrows():
        lines.append(("caption", placeholder_caption(row, lang)))
    return [(kind, text) for kind, text in lines if kind == "info" or text], any_translated([seeds, real], lang)
