"""Regions compared: the comparison set, indicators per province with ranks and gaps, series, policy profiles.

Pure (no Streamlit). Every derived figure says how it was derived (column names,
``derivation``); nothing is filled in: a province or year without a sourced
value stays missing (NA) and is shown as missing.
"""

from __future__ import annotations

import re

import pandas as pd

from data.provinces import NATION
from data.relocation import counting_statuses

MAX_COMPARE = 4
# The comparison when only ?province= is given: that province and Seoul, the largest
# capital-region economy, so every view shows the capital-region gap (issue #6).
# Seoul's own default partner is Gyeonggi. With no province at all: the three provinces
# of the seed documents (Gyeonggi, South Jeolla, Sejong).
PARTNER_DEFAULT = "KR-11"
PARTNER_FOR_SEOUL = "KR-41"
NO_PROVINCE_DEFAULT = ("KR-41", "KR-46", "KR-50")

# Indicators, in display order. kind: "total" (reference = national total ÷ 17),
# "ratio" (reference = the national figure itself) or "change" (a % change: reference = the
# national change, gap in percentage points, no relative gap).
INDICATORS: dict[str, dict[str, str]] = {
    "population": {"kind": "total", "dataset": "population_2022_2024"},
    "population_change": {"kind": "change", "dataset": "population_2022_2024"},
    "grdp": {"kind": "total", "dataset": "province_indicators"},
    "grdp_per_capita": {"kind": "ratio", "dataset": "province_indicators"},
    "institutions": {"kind": "total", "dataset": "institutions"},
    "employees": {"kind": "total", "dataset": "innovation_cities"},
    "employees_per_1000": {"kind": "ratio", "dataset": "innovation_cities"},
}
# Relocated employees are a MOLIT count of September 2021 (notes.md of cities/).
EMPLOYEES_YEAR = 2021
POPULATION_BASE_YEAR = 2014
URL = re.compile(r"https?://[^\s,;|)]+")
# The indicator file's rows for the capital region as a whole (the GRDP share is in their note).
CAPITAL_ROWS = "KR-CAPITAL"


# --- comparison set ----------------------------------------------------------------


def default_comparison(province: str | None) -> list[str]:
    """The comparison shown when the link has no ``?compare=`` (see module constants)."""
    if province is None:
        return list(NO_PROVINCE_DEFAULT)
    partner = PARTNER_FOR_SEOUL if province == PARTNER_DEFAULT else PARTNER_DEFAULT
    return [province, partner]


def with_province(chosen: list[str], province: str | None, max_items: int = MAX_COMPARE) -> list[str]:
    """The chosen provinces with the page's ``?province=`` always first-included, at most ``max_items``."""
    result = [code for code in chosen if code != province]
    if province is not None:
        result = [province, *result]
    return result[:max_items]


def keep_newest(chosen: list[str], province: str | None, max_items: int = MAX_COMPARE) -> list[str]:
    """A comparison after the viewer added a province: the page's ``?province=`` first, then the most recently
    added others, at most ``max_items`` in all (a fifth choice takes the place of the oldest)."""
    others = [code for code in chosen if code != province]
    room = max_items - (province is not None)
    return ([province] if province is not None else []) + (others[-room:] if room > 0 else [])


# --- indicator table ------------------------------------------------------------------


def _grdp(indicators: pd.DataFrame) -> pd.DataFrame:
    rows = indicators[indicators["indicator"] == "grdp_nominal"].copy()
    rows["year"] = rows["year"].astype("int64")
    rows["base"] = rows["basis"].str.extract(r"^(20\d\d) base", expand=False)
    if rows["base"].isna().any():
        raise ValueError("a GRDP row has no '2015 base' / '2020 base' basis")
    return rows


def grdp_period(year: int, base: str) -> str:
    return f"{year}-b{base}"


def indicator_long(
    population: pd.DataFrame,
    indicators: pd.DataFrame,
    institutions: pd.DataFrame,
    cities: pd.DataFrame,
    places: pd.DataFrame,
) -> pd.DataFrame:
    """Every indicator value per (indicator, period, iso_code), nation included as ``KR``.

    Columns: indicator, period (key), year, base (GRDP base year or NA), iso_code, value,
    source (free text with links), derivation (how a derived value was computed, or "").
    """
    frames: list[pd.DataFrame] = []
    pop = population[["iso_code", "year", "population", "source"]].copy()
    pop["value"] = pop["population"].astype("Float64")
    frames.append(
        pop.assign(indicator="population", period=pop["year"].astype(str), base=pd.NA, derivation="")[
            ["indicator", "period", "year", "base", "iso_code", "value", "source", "derivation"]
        ]
    )

    wide = population.pivot(index="iso_code", columns="year", values="population")
    last = int(population["year"].max())
    if POPULATION_BASE_YEAR in wide.columns and last in wide.columns:
        change = (wide[last].astype("Float64") / wide[POPULATION_BASE_YEAR].astype("Float64") - 1) * 100
        sources = population[population["year"] == last].set_index("iso_code")["source"]
        frames.append(
            pd.DataFrame(
                {
                    "indicator": "population_change",
                    "period": f"{POPULATION_BASE_YEAR}-{last}",
                    "year": last,
                    "base": pd.NA,
                    "iso_code": change.index,
                    "value": change.values,
                    "source": change.index.map(sources),
                    "derivation": f"({last} ÷ {POPULATION_BASE_YEAR} − 1) × 100, resident registration 31 Dec",
                }
            )
        )

    grdp = _grdp(indicators)
    grdp = grdp[grdp["iso_code"] != CAPITAL_ROWS]
    frames.append(
        pd.DataFrame(
            {
                "indicator": "grdp",
                "period": [grdp_period(y, b) for y, b in zip(grdp["year"], grdp["base"], strict=True)],
                "year": grdp["year"].values,
                "base": grdp["base"].values,
                "iso_code": grdp["iso_code"].values,
                "value": grdp["value"].astype("Float64").values,
                "source": grdp["source"].values,
                "derivation": "",
            }
        )
    )
    pop_by = population.set_index(["iso_code", "year"])["population"]
    per_capita = grdp.copy()
    per_capita["pop"] = [
        pop_by.get((code, year), pd.NA) for code, year in zip(per_capita["iso_code"], per_capita["year"], strict=True)
    ]
    per_capita = per_capita[per_capita["pop"].notna()]
    frames.append(
        pd.DataFrame(
            {
                "indicator": "grdp_per_capita",
                "period": [grdp_period(y, b) for y, b in zip(per_capita["year"], per_capita["base"], strict=True)],
                "year": per_capita["year"].values,
                "base": per_capita["base"].values,
                "iso_code": per_capita["iso_code"].values,
                # KRW trillion × 1,000,000 = KRW million; ÷ persons = KRW million per person
                "value": (
                    per_capita["value"].astype("Float64") * 1_000_000 / per_capita["pop"].astype("Float64")
                ).values,
                "source": per_capita["source"].values,
                "derivation": "GRDP (KRW tn, rounded as reported) × 1,000,000 ÷ resident population (31 Dec, same "
                "year)",
            }
        )
    )

    codes = [code for code in population["iso_code"].unique() if code != NATION]
    counted = institutions[counting_statuses(institutions) == "counted"]  # as data.relocation.province_institutions
    counts = counted.groupby("iso_code").size().reindex(codes, fill_value=0)
    frames.append(
        pd.DataFrame(
            {
                "indicator": "institutions",
                "period": "all",
                "year": pd.NA,
                "base": pd.NA,
                "iso_code": [*counts.index, NATION],
                "value": [*counts.astype(float).values, float(counts.sum())],
                "source": "institutions.csv (per-row sources); destination province from places.csv",
                "derivation": "count of rows in our institutions table by destination province, excluding rows "
                "marked uncertain or flagged as not one of the 153",
            }
        )
    )

    hosts = places[places["place_type"] == "innovation_city"].set_index("place_id")["iso_code"]
    staff = cities[["city_id", "relocated_employees", "relocated_employees_source"]].copy()
    staff["iso_code"] = staff["city_id"].map(hosts)
    staff = staff[staff["relocated_employees"].notna()]
    by_province = staff.groupby("iso_code")["relocated_employees"].sum()
    pop_2021 = population[population["year"] == EMPLOYEES_YEAR].set_index("iso_code")["population"]
    employees = pd.DataFrame(
        {
            "iso_code": [*by_province.index, NATION],
            "value": [*by_province.astype(float).values, float(by_province.sum())],
        }
    )
    source = (
        "; ".join(sorted({u for text in staff["relocated_employees_source"].dropna() for u in URL.findall(str(text))}))
        or "MOLIT"
    )
    frames.append(
        employees.assign(
            indicator="employees",
            period=str(EMPLOYEES_YEAR),
            year=EMPLOYEES_YEAR,
            base=pd.NA,
            source=f"MOLIT, workers at relocated institutions, Sept 2021: {source}",
            derivation="sum over the province's innovation city; Gwangju-Jeonnam joint city counted in its host, "
            "South Jeolla",
        )
    )
    per_1000 = employees.copy()
    per_1000["value"] = [
        value / float(pop_2021[code]) * 1000 if code in pop_2021.index else pd.NA
        for code, value in zip(per_1000["iso_code"], per_1000["value"], strict=True)
    ]
    frames.append(
        per_1000.assign(
            indicator="employees_per_1000",
            period=str(EMPLOYEES_YEAR),
            year=EMPLOYEES_YEAR,
            base=pd.NA,
            source=f"MOLIT, Sept 2021: {source}; MOIS resident population 31 Dec 2021",
            derivation="relocated employees ÷ resident population (31 Dec 2021) × 1,000",
        )
    )
    long = pd.concat(frames, ignore_index=True)
    long["value"] = long["value"].astype("Float64")
    long["year"] = long["year"].astype("Int64")
    long["base"] = long["base"].astype("string")
    return long


def periods(long: pd.DataFrame, indicator: str) -> list[str]:
    """Period keys of an indicator, newest first (for GRDP the 2020 base before the 2015 base of the same year)."""
    rows = long[long["indicator"] == indicator].drop_duplicates("period")
    rows = rows.assign(_base=rows["base"].fillna("0")).sort_values(["year", "_base"], ascending=False)
    return list(rows["period"])


def rank_table(long: pd.DataFrame, indicator: str, period: str, codes: list[str]) -> pd.DataFrame:
    """One row per province (all ``codes``, missing ones kept as NA) with rank, reference and gap.

    rank: 1 = highest, among the provinces with a value (``n_reported``); a full ranking
    needs all 17. reference: national total ÷ 17 for totals, the national figure for ratios.
    gap = value − reference; gap_pct = gap ÷ reference × 100.
    """
    rows = long[(long["indicator"] == indicator) & (long["period"] == period)]
    values = rows.set_index("iso_code")["value"]
    provinces = values.reindex(codes)
    reported = provinces.dropna()
    ranks = reported.rank(ascending=False, method="min").astype("Int64")
    national = values.get(NATION, pd.NA)
    if pd.isna(national):
        reference = pd.NA
    elif INDICATORS[indicator]["kind"] == "total":
        reference = float(national) / len(codes)
    else:
        reference = float(national)
    table = pd.DataFrame({"iso_code": codes, "value": provinces.values})
    table["value"] = table["value"].astype("Float64")
    table["rank"] = table["iso_code"].map(ranks).astype("Int64")
    table["n_reported"] = len(reported)
    table["reference"] = pd.array([reference] * len(codes), dtype="Float64")
    table["gap"] = table["value"] - table["reference"]
    table["gap_pct"] = table["gap"] / table["reference"] * 100
    if INDICATORS[indicator]["kind"] == "change":
        table["gap_pct"] = pd.array([pd.NA] * len(codes), dtype="Float64")
    source = rows.set_index("iso_code")["source"]
    table["source"] = table["iso_code"].map(source).astype("string")
    return table


# --- series for charts ------------------------------------------------------------------


def population_series(population: pd.DataFrame, codes: list[str]) -> pd.DataFrame:
    """Resident population of the chosen provinces per year, with the share of the national total (derived)."""
    national = population[population["iso_code"] == NATION].set_index("year")["population"]
    rows = population[population["iso_code"].isin(codes)].copy()
    rows["share_of_national_pct"] = (
        rows["population"].astype("Float64") / rows["year"].map(national).astype("Float64") * 100
    )
    rows["order"] = rows["iso_code"].map({code: i for i, code in enumerate(codes)})
    return rows.sort_values(["order", "year"]).drop(columns="order").reset_index(drop=True)


def grdp_series(long: pd.DataFrame, codes: list[str], indicator: str = "grdp") -> pd.DataFrame:
    """GRDP (or per capita) of the chosen provinces for every published (year, base), missing kept as NA rows."""
    rows = long[long["indicator"] == indicator]
    grid = rows[["period", "year", "base"]].drop_duplicates()
    full = grid.merge(pd.DataFrame({"iso_code": codes}), how="cross")
    full = full.merge(rows[["period", "iso_code", "value", "source"]], on=["period", "iso_code"], how="left")
    full["order"] = full["iso_code"].map({code: i for i, code in enumerate(codes)})
    return full.sort_values(["base", "year", "order"]).drop(columns="order").reset_index(drop=True)


CAPITAL_SHARE_NOTE = re.compile(r"Capital region = (\d+(?:\.\d+)?)% of national")


def press_links(source_texts: list[str]) -> list[tuple[str, str]]:
    """(label, url) of each report named in free-text sources ("Newsis 2020-12-23 https://… ; Ilyo https://…").

    The label is the text before the link; a link named twice is kept once.
    """
    found: dict[str, str] = {}
    for text in source_texts:
        for part in str(text).split(" ; "):
            match = URL.search(part)
            if match and match.group(0) not in found.values():
                found[part[: match.start()].strip(" :(") or match.group(0)] = match.group(0)
    return list(found.items())


def capital_grdp_share(indicators: pd.DataFrame) -> pd.DataFrame:
    """Capital region's share of national GRDP per year as the press reported it, with its base.

    The figures are in the note of the capital region's own rows (``CAPITAL_ROWS``).
    """
    rows = _grdp(indicators)
    rows = rows[rows["iso_code"] == CAPITAL_ROWS]
    shares = rows["note"].fillna("").str.extract(CAPITAL_SHARE_NOTE, expand=False).astype(float)
    frame = pd.DataFrame(
        {
            "year": rows["year"].values,
            "base": rows["base"].values,
            "share_pct": shares.values,
            "capital_grdp_trillion": rows["value"].astype(float).values,
            "basis": rows["basis"].values,
            "source": rows["source"].values,
        }
    )
    return frame.dropna(subset=["share_pct"]).sort_values(["year", "base"]).reset_index(drop=True)


def institutions_by_type(institutions: pd.DataFrame, codes: list[str]) -> pd.DataFrame:
    """Relocated institutions per chosen province and destination type (rows marked uncertain counted apart).

    Counted as ``data.relocation.province_institutions`` counts: rows flagged as not one of the 153 are left out.
    """
    rows = institutions[institutions["iso_code"].isin(codes)].copy()
    rows["status"] = counting_statuses(rows).map({"counted": "verified", "uncertain": "uncertain"})
    rows = rows[rows["status"].notna()]
    counts = rows.groupby(["iso_code", "destination_type", "status"]).size().rename("count").reset_index()
    grid = pd.MultiIndex.from_product(
        [codes, ["innovation_city", "sejong", "individual"], ["verified", "uncertain"]],
        names=["iso_code", "destination_type", "status"],
    ).to_frame(index=False)
    full = grid.merge(counts, how="left").fillna({"count": 0})
    full["count"] = full["count"].astype("int64")
    return full[full["count"] > 0].reset_index(drop=True) if not full.empty else full


# --- policy profiles ---------------------------------------------------------------------

CATEGORY_GROUPS = {
    "innovation city": "innovation_city",
    "national project": "national_project",
    "special zone": "special_zone",
    "provincial policy": "own_policy",
    "local policy": "own_policy",
    "provincial plan": "own_policy",
    "fiscal": "own_policy",
}
GROUP_ORDER = ["own_policy", "innovation_city", "national_project", "special_zone"]
# Profile rows the seed documents already show in full on the page (the Expo exhibits, Naju's T/F).
COVERED_BY_SEED = {
    ("KR-41", "Gyeonggi public delivery app"),
    ("KR-41", "Clean valley restoration & public return"),
    ("KR-46", "Naju 'Innovation City Season 2' T/F"),
}
UNCONFIRMED = re.compile(r"could not be verified|not verified|unverified", re.IGNORECASE)


def profiles_bilingual(profiles: pd.DataFrame, korean: pd.DataFrame) -> pd.DataFrame:
    """Profiles with Korean name/description and status joined on (iso_code, policy_or_project).

    Adds the group and the unconfirmed flag.

    Every profile must have its Korean row: a missing one is an error, not a silent English fallback.
    """
    merged = profiles.merge(
        korean, on=["iso_code", "policy_or_project"], how="left", suffixes=("", "_ko"), validate="one_to_one"
    )
    missing = merged[merged["ko_status"].isna()]
    if not missing.empty:
        first = missing.iloc[0]
        raise ValueError(f"no Korean name for {first['iso_code']} / {first['policy_or_project']}")
    merged = merged.rename(columns={"name_ko_ko": "policy_name_ko"}) if "name_ko_ko" in merged.columns else merged
    merged["group"] = merged["category"].map(CATEGORY_GROUPS).fillna("own_policy")
    merged["unconfirmed"] = merged["note"].fillna("").str.contains(UNCONFIRMED)
    merged["placeholder"] = merged["policy_or_project"].str.startswith("(")
    merged["covered_by_seed"] = [
        (c, p) in COVERED_BY_SEED for c, p in zip(merged["iso_code"], merged["policy_or_project"], strict=True)
    ]
    merged["group_order"] = merged["group"].map({g: i for i, g in enumerate(GROUP_ORDER)})
    merged = merged.assign(
        policy_en=merged["policy_or_project"], policy_ko=merged["policy_name_ko"], description_en=merged["description"]
    )
    merged = _text_by_language(merged)
    return merged.sort_values(["iso_code", "group_order", "year"], na_position="last").reset_index(drop=True)


def seed_policies(expo: pd.DataFrame) -> pd.DataFrame:
    """The seed documents' items (Expo exhibits, Naju's Season 2 response, Sejong's vision), in their order."""
    return _text_by_language(expo.sort_values(["iso_code", "order"])).reset_index(drop=True)


def _text_by_language(items: pd.DataFrame) -> pd.DataFrame:
    """Per-language columns of policy items, read with ``localized(row, field, lang)``.

    ``translated_*``: the name in that language is this dashboard's translation (only Korean names
    can be); ``name_source_*``: where an official Korean name comes from (English names cite the
    item's own source); ``note_*``: the sources' notes, in English, and in Korean where the Korean table
    translates them (``province_profiles_ko.note_ko``).
    """
    official = items["ko_status"] == "official"
    return items.assign(
        translated_ko=items["ko_status"] == "translation",
        translated_en=False,
        name_source_ko=items["ko_source"].where(official & items["ko_source"].notna(), pd.NA),
        name_source_en=pd.NA,
        note_en=items["note"],
        note_ko=items["note_ko"] if "note_ko" in items.columns else pd.NA,
    )
