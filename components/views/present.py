"""The /present slides' figures and texts, and the loop's logic (pure: no Streamlit).

Headlines, lists, notes and text alternatives are built from the rows they describe, so a slide can
never disagree with its chart or map; data text is escaped for Markdown here. Which slide is shown,
moving between slides and when to auto-advance are pure too, so the loop is tested without a browser.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from components.formatting import format_int, format_krw_million, format_pct, format_persons, is_missing, md_escape
from components.strings import localized, other_lang, t
from components.views.map import sector_label
from components.views.overview import province_institutions_text, special_account_total_by_year
from data.provinces import NATION
from data.relocation import ProvinceInstitutions, innovation_cities_of, province_institutions

SLIDES = ("vision", "budget", "relocation", "capital_share", "naju")
PROVINCE_SLIDE = "province"
INTERVAL_DEFAULT, INTERVAL_MIN, INTERVAL_MAX = 12, 5, 120
# Seconds after a new show starts before the slides not on screen are built (the loop's first, early tick): long
# enough for the first slide to be drawn alone, well before the first slide change. Built in the background of the
# first slide, the map's first frame (seconds of shader compiling in software WebGL) no longer delays it (issue 15).
REST_OF_SHOW_AFTER_S = 2
TOP_DESTINATIONS = 4  # destinations listed beside the map
GUNWI_PROVINCES = ("KR-27", "KR-47")  # Daegu and Gyeongbuk: Gunwi-gun moved from one to the other in July 2023


# --- The loop -----------------------------------------------------------------------------------------


def slide_ids(province: str | None) -> list[str]:
    """The slides in order; a province spotlight closes the loop when ``?province=`` is set."""
    return list(SLIDES) + ([PROVINCE_SLIDE] if province else [])


def slides_to_build(slides: list[str], index: int, all_built: bool) -> list[str]:
    """The slides a run builds: the one on screen first, then, once the show has started, all of them.

    Every slide keeps its own place in the stack whether built or not, so building the rest later only
    fills empty places: nothing already drawn is removed or re-created.
    """
    return list(slides) if all_built else [slides[index]]


def slide_step(index: int, count: int, delta: int) -> int:
    """Index after moving ``delta`` slides, wrapping around both ends (the loop never ends)."""
    return (index + delta) % count if count else 0


def should_advance(elapsed: float, interval: float) -> bool:
    """True when a timer tick finds the slide shown long enough.

    The tick arrives every ``interval`` seconds; a little slack absorbs timer
    jitter. After a manual change (elapsed ≈ 0) the next tick is skipped, so a
    slide a presenter chose is shown for at least one full interval.
    """
    return elapsed >= interval - min(1.5, interval * 0.25)


def visible_slide_css(slides: list[str], index: int) -> str:
    """CSS that shows slide ``index`` and hides the others, all stacked in one grid cell.

    Hidden slides keep their layout (visibility, not display), so their charts stay
    sized and drawn, and are out of the accessibility tree, the tab order and the mouse's way.
    """
    current = slides[index]
    # Descendants too: some of Streamlit's own elements set ``visibility: visible`` on themselves.
    hidden = ", ".join(
        f".st-key-present_slide_{slide}{inner}" for slide in slides if slide != current for inner in ("", " *")
    )
    rules = [
        ".st-key-present_stack { display: grid !important; }",
        ".st-key-present_stack > * { grid-area: 1 / 1; min-width: 0; }",
        f".st-key-present_slide_{current} {{ visibility: visible; opacity: 1; transition: opacity 0.45s ease-in; }}",
    ]
    if hidden:
        rules.append(f"{hidden} {{ visibility: hidden !important; opacity: 0; pointer-events: none; }}")
    return "\n".join(rules)


# --- Slide 2: the Special Account -----------------------------------------------------------------------


def present_budget_alt(budget: pd.DataFrame, lang: str) -> str:
    """Every year's total, as the bars show it."""
    totals = special_account_total_by_year(budget)
    years = ", ".join(f"{int(year)} {format_krw_million(value, lang)}" for year, value in totals.items())
    return t("present_budget_alt", lang, years=years)


# --- Slide 3: where the institutions went ------------------------------------------------------------------


def present_relocation_counts(totals: pd.DataFrame) -> dict[str, object]:
    """MOLIT's official counts (relocation_totals): total, per destination type, and their date."""
    by = totals.set_index("category")
    count = by["count"]
    return {
        "total": int(count["total"]),
        "ic": int(count["innovation_city"]),
        "sejong": int(count["sejong"]),
        "individual": int(count["individual"]),
        "as_of": str(by.loc["total", "as_of"]),
    }


def present_top_destinations(per_place: pd.DataFrame, lang: str) -> str:
    """The destinations with most institutions drawn (``destination_totals``), as a Markdown list."""
    lines = []
    for _, row in per_place.head(TOP_DESTINATIONS).iterrows():
        count = t("present_map_count", lang, n=int(row["n_institutions"]))
        lines.append(f"- **{count}** · {md_escape(localized(row, 'name', lang))}")
    return "\n".join(lines)


def present_map_alt(per_place: pd.DataFrame, lang: str) -> str:
    """The map in words: where most institutions went (escaped: it is shown as a caption too)."""
    top = ", ".join(
        f"{md_escape(localized(row, 'name', lang))} {int(row['n_institutions'])}"
        for _, row in per_place.head(TOP_DESTINATIONS).iterrows()
    )
    return t("present_map_alt", lang, top=top)


def present_map_note(
    flows: pd.DataFrame, per_place: pd.DataFrame, institutions: pd.DataFrame, total: int, lang: str
) -> str:
    """What the flows draw and leave out, where they start, and how the destinations were placed."""
    counted = institutions[institutions["counted_in_153"]]
    return t(
        "present_map_rows_note",
        lang,
        rows=int(flows["n_institutions"].sum()),
        uncertain=int((counted["verification_group"] == "uncertain").sum()),
        excluded=int((~institutions["counted_in_153"]).sum()),
        total=total,
        known=int(flows.loc[flows["origin_known"], "n_institutions"].sum()),
        sourced=int((~per_place["coord_approximate"].astype(bool)).sum()),
    )


# --- Slide 4: the capital region's share -------------------------------------------------------------------


def present_first_year_at_or_above(share: pd.DataFrame, threshold: float = 50.0) -> int | None:
    """First year the derived capital-region share is at least ``threshold`` percent (None if never)."""
    above = share[share["share_pct"] >= threshold].sort_values("year")
    return None if above.empty else int(above.iloc[0]["year"])


def present_share_figures(share: pd.DataFrame) -> dict[str, object]:
    """First and last year of the share, and their values (two decimals, as the chart labels them)."""
    ordered = share.sort_values("year")
    first, last = ordered.iloc[0], ordered.iloc[-1]
    return {
        "first_year": int(first["year"]),
        "first": format_pct(first["share_pct"], digits=2),
        "last_year": int(last["year"]),
        "last": format_pct(last["share_pct"], digits=2),
    }


# --- Slide 5: Naju's institutions in the article's groups ---------------------------------------------------


def present_name(row: pd.Series, lang: str) -> str:
    """An institution's name in ``lang``; where our sources give none, the other language's, marked (escaped)."""
    name = localized(row, "name", lang)
    if is_missing(name) or not str(name).strip():
        return md_escape(localized(row, "name", other_lang(lang))) + t("present_name_missing", lang)
    return md_escape(name)


@dataclass(frozen=True)
class NajuColumn:
    """One of the article's groups on the slide: its name, the rows placed in it and their names (Markdown)."""

    group_id: str
    name: str
    count: int
    members: str


def present_naju_columns(seed_groups: pd.DataFrame, members: pd.DataFrame, lang: str) -> list[NajuColumn]:
    """The article's groups in its order, each with the rows ``naju_members`` places in it (* marks a regrouped row)."""
    columns = []
    for _, group in seed_groups.iterrows():
        rows = members[members["group_id"] == group["group_id"]]
        name = str(localized(group, "group", lang))
        lines = [f"- {present_name(row, lang)}{' *' if row['regrouped'] else ''}" for _, row in rows.iterrows()]
        columns.append(
            NajuColumn(group["group_id"], md_escape(name[:1].upper() + name[1:]), len(rows), "\n".join(lines))
        )
    return columns


def present_naju_sub(seed_groups: pd.DataFrame, columns: list[NajuColumn], lang: str) -> str:
    """'… — energy 4 · agriculture and life science 5 · …': the groups' names (from the data) and their rows."""
    names = seed_groups.set_index("group_id")
    groups = " · ".join(
        f"{md_escape(localized(names.loc[column.group_id], 'group', lang))} {column.count}" for column in columns
    )
    return t("present_naju_sub", lang, groups=groups)


def present_naju_note(groups: pd.DataFrame, members: pd.DataFrame, lang: str) -> str:
    """The article's counts; rows it groups unlike the reference data, and how (``groups``: ``naju_grouping``)."""
    seeded = groups[groups["seed_count"].notna()]
    parts = [t("present_naju_note", lang, counts=" · ".join(str(int(n)) for n in seeded["seed_count"]))]
    regrouped = members[members["regrouped"]]
    if not regrouped.empty:
        concerned = groups[
            groups["group_id"].isin(regrouped["group_id"]) | groups["reference_group"].isin(regrouped["sector_group"])
        ]
        reference = " + ".join(
            f"{md_escape(sector_label(group['reference_group'], lang))} {int(group['reference_count'])}"
            for _, group in concerned.iterrows()
        )
        names = ", ".join(present_name(row, lang) for _, row in regrouped.iterrows())
        parts.append(t("present_naju_regrouped", lang, names=names, reference=reference))
    unplaced = members[members["group_id"].isna()]
    if not unplaced.empty:
        names = ", ".join(present_name(row, lang) for _, row in unplaced.iterrows())
        parts.append(t("present_naju_unplaced", lang, names=names))
    return " ".join(parts)


# --- Slide 6: a province's spotlight ------------------------------------------------------------------------


@dataclass(frozen=True)
class Spotlight:
    """One province's figures: latest population and share, its series, innovation cities, institutions, projects."""

    year: int
    population: int
    share_pct: float
    series: pd.DataFrame  # year, population, source
    cities: pd.DataFrame  # innovation cities it hosts: place_id, name_ko, name_en
    partner_cities: pd.DataFrame  # innovation cities it shares with a neighbour (Gwangju: Naju)
    institutions: ProvinceInstitutions  # counted as /regions counts (data.relocation.province_institutions)
    projects: pd.DataFrame  # policy_or_project, project_ko, ko_status, description, year, category


def present_province_spotlight(
    code: str,
    population: pd.DataFrame,
    institutions: pd.DataFrame,
    places: pd.DataFrame,
    profiles: pd.DataFrame,
    profiles_ko: pd.DataFrame | None = None,
) -> Spotlight:
    """The figures of one province's slide (``profiles_ko``: Korean project names, where translated)."""
    mine = population[population["iso_code"] == code].dropna(subset=["population"]).sort_values("year")
    if mine.empty:
        raise ValueError(f"no population for {code}")
    national = population[population["iso_code"] == NATION].set_index("year")["population"]
    last = mine.iloc[-1]
    year = int(last["year"])
    cities = innovation_cities_of(code, places)
    projects = profiles[profiles["iso_code"] == code][
        ["iso_code", "policy_or_project", "description", "year", "category"]
    ]
    if profiles_ko is not None:
        korean = profiles_ko[["iso_code", "policy_or_project", "name_ko", "ko_status"]].rename(
            columns={"name_ko": "project_ko"}
        )
        projects = projects.merge(korean, on=["iso_code", "policy_or_project"], how="left")
    else:
        projects = projects.assign(project_ko=pd.NA, ko_status=pd.NA)
    columns = ["place_id", "name_ko", "name_en"]
    return Spotlight(
        year=year,
        population=int(last["population"]),
        share_pct=float(last["population"]) / float(national[year]) * 100,
        series=mine[["year", "population", "source"]].reset_index(drop=True),
        cities=cities[cities["iso_code"] == code][columns].reset_index(drop=True),
        partner_cities=cities[cities["iso_code"] != code][columns].reset_index(drop=True),
        institutions=province_institutions(code, institutions, places),
        projects=projects[
            ["policy_or_project", "project_ko", "ko_status", "description", "year", "category"]
        ].reset_index(drop=True),
    )


def present_spot_headline(spot: Spotlight, name: str, lang: str) -> str:
    return t("present_spot_headline", lang, name=md_escape(name), population=format_int(spot.population))


def present_spot_cities(spot: Spotlight, lang: str) -> str:
    """The province's innovation cities in bold (a shared one says so), or 'no innovation city'."""
    names = [md_escape(localized(row, "name", lang)) for _, row in spot.cities.iterrows()]
    names += [
        t("present_spot_partner", lang, name=md_escape(localized(row, "name", lang)))
        for _, row in spot.partner_cities.iterrows()
    ]
    return " · ".join(f"**{name}**" for name in names) if names else t("present_spot_city_none", lang)


@dataclass(frozen=True)
class ProjectNames:
    """The projects' names as shown, which note goes with them, and whether the Korean names' table is cited."""

    markdown: str
    note_key: str | None
    translated_names_cited: bool


def present_spot_projects(projects: pd.DataFrame, lang: str, *, limit: int = 3) -> ProjectNames:
    """Project names in ``lang`` where every one has a name in it; otherwise as in the (English) source, noted."""
    shown = projects.head(limit)
    shown = shown.assign(
        project_en=shown["policy_or_project"], project_en_status="source", project_ko_status=shown["ko_status"]
    )
    names, status = shown[f"project_{lang}"], shown[f"project_{lang}_status"]
    note_key = None
    if names.isna().any():  # not every name is in this language: all as the source gives them
        names, status = shown["project_en"], shown["project_en_status"]
        note_key = "present_spot_projects_source_lang"
    elif (status == "translation").any():
        note_key = "present_spot_projects_translated"
    markdown = "\n".join(f"- {md_escape(name)}" for name in names)
    return ProjectNames(markdown, note_key, bool(status.isin(["official", "translation"]).any()))


def present_spot_alt(spot: Spotlight, name: str, lang: str) -> str:
    first, last = spot.series.iloc[0], spot.series.iloc[-1]
    return t(
        "present_spot_alt",
        lang,
        name=md_escape(name),
        first_year=int(first["year"]),
        last_year=int(last["year"]),
        first=format_persons(first["population"], lang),
        last=format_persons(last["population"], lang),
    )


def present_spot_note(code: str, lang: str) -> str:
    """How the share is derived; for Daegu and Gyeongbuk, that Gunwi-gun moved between them."""
    gunwi = " " + t("present_spot_gunwi", lang) if code in GUNWI_PROVINCES else ""
    return t("present_spot_share_note", lang) + gunwi


def present_spot_institutions(spot: Spotlight, name_of: Callable[[str], str], lang: str) -> str:
    """Relocated institutions as /regions and the Overview count them (Gwangju: Bitgaram, shared with South Jeolla)."""
    return (
        t("present_spot_institutions_label", lang) + " " + province_institutions_text(spot.institutions, name_of, lang)
    )
