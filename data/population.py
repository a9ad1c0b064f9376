"""Resident population of the provinces and the capital region's share of it.

Pure (no Streamlit). Nothing is filled in: a year without a sourced value is missing.
"""

from __future__ import annotations

import pandas as pd

from data.provinces import CAPITAL_REGION, NATION


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


def capital_region_share(population: pd.DataFrame) -> pd.DataFrame:
    """Capital region's share of resident population per year, derived as (Seoul+Incheon+Gyeonggi) ÷ nation.

    Only years with all three provinces and the national total are returned.
    """
    wide = population.pivot(index="year", columns="iso_code", values="population")
    needed = list(CAPITAL_REGION) + [NATION]
    wide = wide.dropna(subset=[code for code in needed if code in wide.columns])
    capital = wide[list(CAPITAL_REGION)].sum(axis=1).astype("int64")
    national = wide[NATION].astype("int64")
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
