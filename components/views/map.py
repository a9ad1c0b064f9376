"""The /map page's tables, texts and figures in the reader's language (pure: no Streamlit).

Headers and labels are translated; the data values stay exact; a missing value is shown as the
catalogue's missing-value text, never "None" and never a guess. Text alternatives and headings are
built from the rows they describe, so they cannot disagree with the chart or the table.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from components.formatting import format_int, is_missing, md_escape
from components.strings import LANGS, localized, other_lang, t, tn
from components.strings.map import SECTOR_LABELS, THEME_COLUMNS
from components.views.regions import employee_report_values
from data.relocation import CITY_TEXT_COLUMNS, DESTINATION_TYPES, EmployeeCounts, city_summary, destination_totals

Names = Mapping[str, Mapping[str, str]]  # code -> {"ko": …, "en": …}


# --- Labels ------------------------------------------------------------------------------------------


def sector_label(value: object, lang: str) -> str:
    """A reference sector group in the reader's language ('' or missing: "not recorded")."""
    if is_missing(value) or value == "":
        return t("map_sector_missing", lang)
    return SECTOR_LABELS.get(str(value), {}).get(lang, str(value))


def name_en_basis(status: object, lang: str) -> str:
    """Where an institution's English name comes from: a source, the project brief, or an unverified translation."""
    text = "" if is_missing(status) else str(status).lower()
    if text.startswith("source"):
        return t("map_name_en_sourced", lang)
    if text.startswith("brief"):
        return t("map_name_en_brief", lang)
    return t("map_name_en_unverified", lang)


def names_in(rows: pd.DataFrame, lang: str) -> str:
    """The rows' institution names in ``lang`` (the Korean name where there is no English one), comma-separated."""
    return ", ".join(md_escape(name) for name in rows[f"name_{lang}"].fillna(rows["name_ko"]))


def listed(items: list[str], lang: str) -> str:
    """'a, b and c' (English) / 'a, b, c' (Korean)."""
    if len(items) < 2:
        return "".join(items)
    return t("map_list_last", lang, items=", ".join(items[:-1]), last=items[-1])


def with_missing_text(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The table with every missing cell written as the catalogue's missing-value text.

    Columns that have a missing cell become text (numbers written out exactly, without separators,
    as a year or a count reads), so the table shows one type per column.
    """
    missing = t("missing_value", lang)
    out = frame.copy()
    for column in out.columns:
        values = out[column].astype(object)
        if values.map(is_missing).any():
            out[column] = [missing if is_missing(value) else _exact_text(value) for value in values]
    return out


def _exact_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- Selection -----------------------------------------------------------------------------------------


def place_names(places: pd.DataFrame) -> dict[str, dict[str, str]]:
    """Destination names by place id, both languages."""
    return {row.place_id: {"ko": row.name_ko, "en": row.name_en} for row in places.itertuples(index=False)}


def _host_names(text: object, suffixes: str) -> list[str]:
    """'전주시·완주군' -> ['전주', '완주']; 'Jeonju-si and Wanju-gun' -> ['Jeonju', 'Wanju']."""
    if is_missing(text):
        return []
    parts = re.split(r"\s*(?:·|,| and )\s*", str(text))
    return [re.sub(suffixes, "", part).strip() for part in parts if part.strip()]


def _nicknames(city: pd.Series) -> list[str]:
    """Other names of a city: its Korean alternative names and the English name's bracket ("Bitgaram")."""
    names = []
    if not is_missing(city["alt_names_ko"]):
        for name in re.split(r"\s*;\s*", str(city["alt_names_ko"])):
            names += [re.sub(r"\s*\([^)]*\)", "", name).replace("혁신도시", "").strip()]
            names += re.findall(r"\(([^)]+)\)", name)
    inside = re.search(r"\(([^)]+)\)", str(city["name_en"]))
    if inside:
        names += [re.sub(r"\s*Innovation City\s*", "", part).strip(' "') for part in inside.group(1).split(";")]
    return names


def _joins(name: str, names: list[str]) -> bool:
    """'Jincheon-Eumseong' when 'Jincheon' and 'Eumseong' are already there: nothing new to type."""
    parts = re.split(r"[-·]", name)
    return len(parts) > 1 and all(part in names for part in parts)


def city_search_labels(
    cities: pd.DataFrame, places: pd.DataFrame, provinces: pd.DataFrame
) -> dict[str, dict[str, str]]:
    """Each innovation city as the city picker shows it, in both languages: its name, then every other name a
    person may type — host city or county (Korean and English), nickname, province — so that "나주", "빛가람",
    "Naju" and "Bitgaram" all find the Gwangju-Jeonnam joint city (the picker filters by the shown text).
    """
    names = place_names(places)
    province = provinces.set_index("iso_code")
    labels = {}
    for _, city in cities.iterrows():
        place = places.set_index("place_id").loc[city["city_id"]]
        hosts = {
            "ko": _host_names(city["city_county_ko"], r"(시|군)$"),
            "en": _host_names(city["city_county_en"], r"-(si|gun)$"),
        }
        regions = {"ko": province.loc[place["iso_code"], "short_ko"], "en": province.loc[place["iso_code"], "name_en"]}
        nicknames = _nicknames(city)
        labels[city["city_id"]] = {}
        for lang in LANGS:
            # In the other language only the city (a metropolitan city's districts are not what one types)
            towns = [host for host in hosts[other_lang(lang)] if not re.search(r"(구|-gu)$", host)]
            aliases = [*hosts[lang], regions[lang], *(towns or [regions[other_lang(lang)]]), *nicknames]
            shown = names[city["city_id"]][lang]
            extra = [
                alias
                for alias in dict.fromkeys(aliases)
                if alias and alias.lower() not in shown.lower() and not _joins(alias, aliases)
            ]
            labels[city["city_id"]][lang] = " · ".join([shown, *extra])
    return labels


# --- The map --------------------------------------------------------------------------------------------


def relocation_map_alt(points: pd.DataFrame, flows: pd.DataFrame, n_provinces: int, lang: str) -> str:
    """The map in words: how many provinces, cities per phase, and where most institutions went."""
    cities = points[points["place_type"] == "innovation_city"]
    top = destination_totals(flows).head(3)
    return t(
        "map_alt",
        lang,
        provinces=n_provinces,
        cities=len(cities),
        first=int((cities["phase"] == "first").sum()),
        second=int((cities["phase"] == "second").sum()),
        top=", ".join(f"{localized(row, 'name', lang)} {row['n_institutions']}" for _, row in top.iterrows()),
    )


def flows_caption(flows: pd.DataFrame, lang: str) -> str:
    """How many institutions the flows draw, and how many start from a named province."""
    drawn = int(flows["n_institutions"].sum())
    known = int(flows.loc[flows["origin_known"], "n_institutions"].sum())
    return tn("map_legend_counts", lang, drawn, known=known, unknown=drawn - known)


def legend_markdown(lang: str, *, province_selected: bool) -> str:
    """The legend beside the map (colours as Streamlit's Markdown colour names)."""
    capital = t("map_legend_capital", lang) + (" · " + t("map_legend_selected", lang) if province_selected else "")
    lines = [
        f"**{t('map_legend_heading', lang)}**",
        f":blue[●] {t('map_legend_first', lang)}",
        f":orange[●] {t('map_legend_second', lang)}",
        f"○ {t('map_legend_approx', lang)}",
        f":violet[●] {t('map_legend_other', lang)}",
        t("map_legend_size", lang),
        t("map_legend_flows", lang),
        capital,
    ]
    return "\n\n".join(lines)


# --- The chosen city -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One headline figure: its text, an optional hover text, and whether a source backs it (not missing)."""

    value: str
    help: str | None = None
    sourced: bool = True


@dataclass(frozen=True)
class CityProfile:
    """A city's profile, in the reader's language (data text already escaped for Markdown)."""

    name: str
    province: str
    partner: str | None
    host: str
    institutions: str
    rows: int
    rows_not_of_153: int
    area: Figure
    population: Figure
    employees: Figure
    phase: str
    theme: str
    sectors: str
    notes: list[str]


def _count_figure(value: object, lang: str) -> Figure:
    if is_missing(value):
        return Figure(t("missing_value", lang), sourced=False)
    return Figure(format_int(value))


def city_profile(
    city: str, cities: pd.DataFrame, points: pd.DataFrame, institutions: pd.DataFrame, names: Names, lang: str
) -> CityProfile:
    """The figures and texts of one innovation city's profile, from the city and institution rows."""
    row = cities.set_index("city_id").loc[city]
    point = points.set_index("place_id").loc[city]
    rows_here = institutions[institutions["place_id"] == city]
    partner = point["partner_iso_code"]
    area = row["area_m2"]
    if is_missing(area):
        area_figure = Figure(t("missing_value", lang), sourced=False)
    else:
        area_figure = Figure(
            t("map_area_km2", lang, value=f"{int(area) / 1_000_000:,.2f}"),
            help=t("map_area_m2", lang, value=f"{int(area):,}"),
        )
    # The theme in the reader's language where the data has it (the English summary where it has none)
    theme = next(
        (str(row[column]) for column in THEME_COLUMNS[lang] if not is_missing(row[column]) and row[column]), ""
    )
    notes = [city_summary(row, column, lang) for column in CITY_TEXT_COLUMNS if column != "specialised_sectors"]
    sectors = city_summary(row, "specialised_sectors", lang)
    return CityProfile(
        name=md_escape(point[f"name_{lang}"]),
        province=names.get(point["iso_code"], {}).get(lang, point["iso_code"]),
        partner=None if is_missing(partner) else md_escape(names.get(partner, {}).get(lang, partner)),
        host=md_escape(localized(row, "city_county", lang)),
        institutions=t("map_institutions_value", lang, n=int(row["n_institutions"])),
        rows=len(rows_here),
        rows_not_of_153=int((~rows_here["counted_in_153"]).sum()),
        area=area_figure,
        population=_count_figure(row["planned_population"], lang),
        employees=_count_figure(row["relocated_employees"], lang),
        phase=t(f"map_phase_{point['phase']}", lang),
        theme=md_escape(theme),
        sectors=md_escape(sectors) + (f" {t('translation_badge', lang)}" if lang == "ko" and sectors else ""),
        notes=[md_escape(text) for text in notes if text],
    )


def city_employees_basis(city: str, counts: EmployeeCounts, lang: str) -> str:
    """A city's employees figure: whose count it is, and what the other report of the same count says."""
    values = employee_report_values(counts, lang)
    text = t("map_employees_basis", lang, **values)
    other = counts.other_city_figures.get(city)
    if other is None:
        return f"{text} {t('map_employees_other_total', lang, **values)}"
    return f"{text} {t('map_employees_other_city', lang, other_value=format_int(other), **values)}"


def sector_table(counts: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``data.relocation.sector_counts`` with labels: the chart's data (label, n_institutions)."""
    return counts.assign(label=[sector_label(value, lang) for value in counts["sector_group"]])


def sector_display(labelled: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The sector chart as a reader's table."""
    return labelled[["label", "n_institutions"]].rename(
        columns={"label": t("map_col_sector", lang), "n_institutions": t("map_sector_chart_unit", lang)}
    )


def sector_alt(labelled: pd.DataFrame, lang: str) -> str:
    """Every sector and its count, in the chart's order (shown through Markdown: labels escaped)."""
    pairs = zip(labelled["label"], labelled["n_institutions"], strict=True)
    parts = ", ".join(f"{md_escape(label)} {n}" for label, n in pairs)
    return t("map_sector_alt", lang, parts=parts)


# --- Naju -------------------------------------------------------------------------------------------------


def naju_label(group: pd.Series, lang: str) -> str:
    """A group's label: the article's group name, or the reference group the article does not name, marked."""
    if group["group_id"] != "other":
        return localized(group, "group", lang)
    return f"{sector_label(group['reference_group'], lang)} {t('map_naju_not_in_seed', lang)}"


def naju_heading(groups: pd.DataFrame, lang: str) -> str:
    """'… its 16 institutions, 4 / 5 / 4 / 3' from the article's counts."""
    seed = groups["seed_count"].dropna().astype(int)
    return t("map_naju_heading", lang, n=int(seed.sum()), counts=" / ".join(str(n) for n in seed))


def naju_chart_rows(groups: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per (group label, series, count): the article's count (where it gives one) and the reference rows'."""
    records = []
    for _, group in groups.iterrows():
        label = naju_label(group, lang)
        if not is_missing(group["seed_count"]):
            records.append(
                {"label": label, "series": t("map_naju_seed_series", lang), "count": int(group["seed_count"])}
            )
        records.append(
            {"label": label, "series": t("map_naju_reference_series", lang), "count": int(group["reference_count"])}
        )
    return pd.DataFrame.from_records(records)


def naju_table(groups: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``data.relocation.naju_grouping`` as a reader's table: the article's groups with their rows (Namdo Ilbo),
    then each institution's own sector (no article count or rows for a sector the article does not name).
    """
    table = pd.DataFrame(
        {
            t("map_naju_table_group", lang): [naju_label(group, lang) for _, group in groups.iterrows()],
            t("map_naju_table_seed", lang): groups["seed_count"],
            t("map_naju_table_rows", lang): groups["rows"],
            t("map_naju_table_members", lang): groups[f"members_{lang}"],
            t("map_naju_table_ref_group", lang): [sector_label(value, lang) for value in groups["reference_group"]],
            t("map_naju_table_ref", lang): groups["reference_count"],
        }
    )
    return with_missing_text(table, lang)


@dataclass(frozen=True)
class Regrouped:
    """Rows the seed's grouping puts in a group other than their own sector: names, that group, their sector."""

    names: str
    group: str
    reference: str


def naju_regrouped(groups: pd.DataFrame, members: pd.DataFrame, lang: str) -> list[Regrouped]:
    """Per seed group that takes rows of another sector (the Teachers' Pension, 'finance', in culture & arts)."""
    regrouped = members[members["regrouped"]]
    seed = groups[groups["group_id"] != "other"].set_index("group_id")
    return [
        Regrouped(
            names=names_in(rows, lang),
            group=md_escape(localized(seed.loc[group_id], "group", lang)),
            reference=md_escape(listed([sector_label(value, lang) for value in rows["sector_group"].unique()], lang)),
        )
        for group_id, rows in regrouped.groupby("group_id", sort=False)
    ]


def naju_alt(groups: pd.DataFrame, members: pd.DataFrame, lang: str) -> str:
    """Both groupings in words: the article's counts, the row-by-row grouping, each institution's own sector."""
    seeded = groups[groups["seed_count"].notna()]
    seed = [
        f"{md_escape(localized(group, 'group', lang))} {int(group['seed_count'])}" for _, group in seeded.iterrows()
    ]
    reference = []
    for _, group in groups.iterrows():
        part = f"{md_escape(sector_label(group['reference_group'], lang))} {int(group['reference_count'])}"
        if group["group_id"] == "other":
            part = t("map_naju_group_members", lang, group=part, members=md_escape(group[f"members_{lang}"]))
        reference.append(part)
    text = t(
        "map_naju_alt", lang, n=int(seeded["seed_count"].sum()), seed=", ".join(seed), reference=listed(reference, lang)
    )
    for item in naju_regrouped(groups, members, lang):
        text += t(
            "map_naju_alt_regrouped", lang, n=len(members), groups=len(seeded), names=item.names, group=item.group
        )
    return text


def naju_note(groups: pd.DataFrame, members: pd.DataFrame, lang: str) -> str:
    """The Naju chart's note: the article's counts as published, how Namdo Ilbo places each row, the table."""
    counts = "/".join(str(int(n)) for n in groups["seed_count"].dropna())
    parts = [t("map_naju_note", lang, counts=counts)]
    parts += [t("map_naju_note_regrouped", lang, **vars(item)) for item in naju_regrouped(groups, members, lang)]
    parts.append(t("map_naju_note_table", lang))
    return " ".join(parts)


# --- Institution tables --------------------------------------------------------------------------------------


def institution_table(
    frame: pd.DataFrame, lang: str, places: Names, provinces: Names, *, place_columns: bool = True
) -> pd.DataFrame:
    """The rows as the page shows and downloads them: headers and labels in ``lang``, values exact.

    The year is shown with how it is known; ``place_columns=False`` drops destination, type and
    province (a one-city list). Missing values show as the catalogue's missing-value text.
    """

    def col(key: str) -> str:
        return t(f"map_col_{key}", lang)

    out = pd.DataFrame(
        {
            col("row_id"): frame["row_id"].values,
            col("name_ko"): frame["name_ko"].values,
            col("name_en"): frame["name_en"].values,
            col("name_en_status"): [name_en_basis(value, lang) for value in frame["name_en_status"]],
            col("destination"): [
                places.get(place, {}).get(lang, shown) if isinstance(place, str) else shown
                for place, shown in zip(frame["place_id"], frame[f"destination_{lang}"], strict=True)
            ],
            col("type"): [t(f"map_type_{value}", lang) for value in frame["destination_type"]],
            col("province"): [
                provinces.get(code, {}).get(lang, code) if isinstance(code, str) else None for code in frame["iso_code"]
            ],
            col("sector"): [sector_label(value, lang) for value in frame["sector_group"]],
            col("year"): frame["year_relocated"].values,
            col("year_basis"): [t(f"map_year_{value}", lang) for value in frame["year_basis"]],
            col("previous_hq"): frame["previous_hq"].values,
            col("verification"): [t(f"map_verif_{value}", lang) for value in frame["verification_group"]],
            col("year_status"): frame["year_status"].values,
            col("verification_detail"): frame["verification"].values,
            col("name_at_relocation"): frame["name_ko_at_relocation"].replace("", pd.NA).values,
            col("note"): frame["notes"].replace("", pd.NA).values,
            col("source"): frame["source"].values,
        }
    )
    if not place_columns:
        out = out.drop(columns=[col("destination"), col("type"), col("province")])
    out = out.drop(columns=[col(key) for key in ENGLISH_ONLY_COLUMNS.get(lang, ())])
    return with_missing_text(out, lang)


# Free-text columns the sources wrote in English only (previous HQ, how the year is known, the verification's
# detail, notes): a Korean table leaves them out and says so (``map_table_english_only``); the English table
# and the dataset on /sources keep them.
ENGLISH_ONLY_COLUMNS = {"ko": ("previous_hq", "year_status", "verification_detail", "note")}


# --- Reconciliation with MOLIT's 153 ------------------------------------------------------------------------


def reconciliation_intro(recon: pd.DataFrame, lang: str) -> str:
    """MOLIT's counts and our rows, from the reconciliation table."""
    by = recon.set_index("category")
    official = by["official"]
    return t(
        "map_recon_intro",
        lang,
        total=official["total"],
        ic=official["innovation_city"],
        sejong=official["sejong"],
        individual=official["individual"],
        rows=by.loc["total", "rows"],
    )


def reconciliation_table(recon: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``data.relocation.relocation_reconciliation`` as a reader's table."""
    labels = {category: t(f"map_type_{category}", lang) for category in DESTINATION_TYPES}
    labels["total"] = t("map_recon_total", lang)
    columns = {
        "official": "map_recon_official",
        "rows": "map_recon_rows",
        "rows_not_of_153": "map_recon_not153",
        "rows_edge_case": "map_recon_edge",
        "rows_uncertain": "map_recon_uncertain",
        "rows_partial": "map_recon_partial",
        "difference": "map_recon_difference",
    }
    table = pd.DataFrame({t("map_recon_category", lang): recon["category"].map(labels)})
    for column, key in columns.items():
        table[t(key, lang)] = recon[column].values
    return table


def reconciliation_lines(institutions: pd.DataFrame, recon: pd.DataFrame, cities: pd.DataFrame, lang: str) -> str:
    """Why the rows and MOLIT's counts differ, per destination type, naming the rows concerned (Markdown list)."""
    by = recon.set_index("category")
    rows = {category: institutions[institutions["destination_type"] == category] for category in DESTINATION_TYPES}
    ic = rows["innovation_city"]
    ic_counted = ic[ic["counted_in_153"]]
    ic_edge = ic_counted[ic_counted["edge_case"].notna()]
    after = len(ic_counted) - len(ic_edge)
    official = by["official"]
    uncertain = {key: frame[frame["verification_group"] == "uncertain"] for key, frame in rows.items()}
    lines = [
        t(
            "map_recon_ic",
            lang,
            rows=len(ic),
            not153=int((~ic["counted_in_153"]).sum()),
            not153_names=names_in(ic[~ic["counted_in_153"]], lang),
            counted=len(ic_counted),
            local_total=int(cities["n_institutions"].sum()),
            edge=len(ic_edge),
            edge_names=names_in(ic_edge, lang),
            official=official["innovation_city"],
            after=after,
            gap=after - int(official["innovation_city"]),
        ),
        t(
            "map_recon_sejong",
            lang,
            official=official["sejong"],
            rows=len(rows["sejong"]),
            uncertain=len(uncertain["sejong"]),
            uncertain_names=names_in(uncertain["sejong"], lang),
            missing=int(official["sejong"]) - len(rows["sejong"]),
        ),
        t(
            "map_recon_individual",
            lang,
            official=official["individual"],
            rows=len(rows["individual"]),
            missing=int(official["individual"]) - len(rows["individual"]),
            uncertain=len(uncertain["individual"]),
            uncertain_names=names_in(uncertain["individual"], lang),
        ),
    ]
    return "\n".join(f"- {line}" for line in lines)


def city_counts_table(per_city: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``data.relocation.city_row_counts`` as a reader's table."""
    table = pd.DataFrame(
        {
            t("map_recon_city_name", lang): per_city[f"name_{lang}"].values,
            t("map_recon_city_count", lang): per_city["n_institutions"].values,
            t("map_recon_city_rows", lang): per_city["rows"].values,
            t("map_recon_city_rows153", lang): per_city["rows_counted_in_153"].values,
            t("map_recon_city_note", lang): [
                city_summary(row, "n_institutions_note", lang) or None for _, row in per_city.iterrows()
            ],
        }
    )
    return with_missing_text(table, lang)
