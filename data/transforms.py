"""Pure reshaping of validated datasets into what the pages draw.

No Streamlit here, so every derived figure can be asserted in plain pytest.
Derived columns say how they were derived in their name (``share_of_total_pct``,
``yoy_change_pct``); nothing is filled in where a source has no value.
"""

from __future__ import annotations

import pandas as pd

ACCOUNT_ORDER = [
    "local_support",
    "local_autonomous_provinces",
    "local_autonomous_districts",
    "sejong",
    "jeju",
    "local_autonomous",
    "total",
]
LEAF_ACCOUNTS = ["local_support", "local_autonomous_provinces", "local_autonomous_districts", "sejong", "jeju"]


def special_account_long(budget: pd.DataFrame) -> pd.DataFrame:
    """Seed budget with each account's share of the year's total and its year-on-year change.

    Amounts stay exact integers in KRW million; shares and changes are derived (percent).
    """
    frame = budget.copy()
    frame["amount_krw_million"] = frame["amount_krw_million"].astype("int64")
    frame["year"] = frame["year"].astype("int64")
    totals = frame[frame["account_id"] == "total"].set_index("year")["amount_krw_million"]
    frame["share_of_total_pct"] = frame["amount_krw_million"] / frame["year"].map(totals) * 100
    frame = frame.sort_values(["account_id", "year"])
    previous = frame.groupby("account_id")["amount_krw_million"].shift(1)
    frame["yoy_change_pct"] = (frame["amount_krw_million"] - previous) / previous * 100
    frame["order"] = frame["account_id"].map({key: i for i, key in enumerate(ACCOUNT_ORDER)})
    return frame.sort_values(["year", "order"]).drop(columns="order").reset_index(drop=True)


def resident_population(indicators: pd.DataFrame, population_2022_2024: pd.DataFrame) -> pd.DataFrame:
    """One row per (iso_code, year) of year-end resident population, with its source.

    The MOIS 2022/2024 file fills years the indicator file lacks; where both have
    a value they must agree, otherwise the conflict is an error, not a silent pick.
    """
    base = indicators.loc[
        indicators["indicator"] == "resident_population", ["iso_code", "name_ko", "name_en", "year", "value", "source"]
    ].rename(columns={"value": "population"})
    base = base[base["iso_code"] != "KR-CAPITAL"]
    names = base.drop_duplicates("iso_code").set_index("iso_code")[["name_ko", "name_en"]]
    extra = population_2022_2024.rename(columns={"name_ko": "name_ko_at_year"}).copy()
    extra["name_ko"] = extra["iso_code"].map(names["name_ko"])
    extra["name_en"] = extra["iso_code"].map(names["name_en"])
    merged = pd.concat(
        [base, extra[["iso_code", "name_ko", "name_en", "year", "population", "source"]]], ignore_index=True
    )
    merged["population"] = merged["population"].astype("Int64")
    merged["year"] = merged["year"].astype("int64")
    conflicts = merged.groupby(["iso_code", "year"])["population"].nunique()
    if (conflicts > 1).any():
        code, year = conflicts[conflicts > 1].index[0]
        raise ValueError(f"population sources disagree for {code} {year}")
    merged = merged.drop_duplicates(["iso_code", "year"], keep="last")
    return merged.sort_values(["year", "iso_code"]).reset_index(drop=True)


def institutions_with_place(institutions: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """Each institution with its destination ``place_id`` and host province ``iso_code``.

    Innovation-city rows match on their city id, Sejong rows on their type and
    individual relocations on the start of their Korean destination name.
    """
    frame = institutions.copy()
    by_city = places.set_index("place_id")["iso_code"]
    individual = places[places["place_type"] == "individual"]

    def place_for(row: pd.Series) -> str | None:
        if row["destination_type"] == "innovation_city":
            return row["innovation_city_id"]
        if row["destination_type"] == "sejong":
            return "SEJONG"
        for _, place in individual.iterrows():
            if str(row["destination_ko"]).startswith(place["match_destination_ko"]):
                return place["place_id"]
        return None

    frame["place_id"] = frame.apply(place_for, axis=1).astype("string")
    frame["iso_code"] = frame["place_id"].map(by_city).astype("string")
    return frame


CAPITAL_REGION = ("KR-11", "KR-28", "KR-41")  # Seoul, Incheon, Gyeonggi (수도권)


def capital_region_share(population: pd.DataFrame) -> pd.DataFrame:
    """Capital region's share of resident population per year, derived as (Seoul+Incheon+Gyeonggi) ÷ nation.

    Only years with all three provinces and the national total are returned.
    """
    wide = population.pivot(index="year", columns="iso_code", values="population")
    needed = list(CAPITAL_REGION) + ["KR"]
    wide = wide.dropna(subset=[code for code in needed if code in wide.columns])
    capital = wide[list(CAPITAL_REGION)].sum(axis=1).astype("int64")
    national = wide["KR"].astype("int64")
    return pd.DataFrame(
        {
            "year": wide.index.astype("int64"),
            "capital_population": capital.values,
            "national_population": national.values,
            "share_pct": (capital / national * 100).values,
        }
    ).reset_index(drop=True)


def census_capital_share(indicators: pd.DataFrame) -> pd.DataFrame:
    """The census-based capital-region share (1 Nov), a separate series from resident registration."""
    rows = indicators[indicators["indicator"] == "capital_region_population_share_census"]
    return pd.DataFrame(
        {
            "year": rows["year"].astype("int64").values,
            "share_pct": rows["value"].astype(float).values,
            "basis": rows["basis"].values,
            "source": rows["source"].values,
        }
    )
