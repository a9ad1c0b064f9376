"""Cached, validated loaders the pages call.

Each loader is a bounded ``shared_cache`` around a pure reader in
``data/datasets.py`` and the domain modules (``data/budget.py``, ``population.py``,
``relocation.py``…). A bad file raises DatasetError;
``components.page.dataset_or_error`` turns that into a message on the page that
needs it, so every other page keeps working.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

import pandas as pd
import streamlit as st

from data.budget import BudgetStory, budget_story, long_run_totals, special_account_long
from data.datasets import data_root, read_dataset
from data.plan import PlanTree, key_tasks, plan_tree
from data.population import capital_region_share, census_capital_share, resident_population
from data.relocation import (
    EmployeeCounts,
    RelocationFrames,
    employee_counts,
    innovation_cities_bilingual,
    institutions_with_place,
    relocation_frames,
)


def detached(value: object) -> object:
    """A caller's own view of a shared result: frames (alone, in tuples, dicts or dataclasses) shallow-copied.

    pandas 3 copies on write, so whatever a caller does with its copy (add a column, set a cell) never
    reaches the shared frame, and the copy itself costs no data copy.
    """
    if isinstance(value, pd.DataFrame | pd.Series):
        return value.copy(deep=False)
    if isinstance(value, tuple):
        return tuple(detached(item) for item in value)
    if isinstance(value, list):
        return [detached(item) for item in value]
    if isinstance(value, dict):
        return {key: detached(item) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(
            value, **{f.name: detached(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        )
    return value


def shared_cache(max_entries: int = 64) -> Callable[[Callable], Callable]:
    """A bounded cache of one result per arguments for every session, each call handed a ``detached`` copy.

    ``st.cache_data`` pickles and unpickles a frame on every call (about 10 ms for the larger ones, many times a
    run); this keeps one object (``st.cache_resource``) and hands out shallow copies, which cost nothing.
    ``.shared`` is the cached function itself, for callers that only read.
    """

    def decorate(function: Callable) -> Callable:
        # No time limit: the files do not change while the server runs, and what the warm-up built at start must
        # still be there hours later (bounded by ``max_entries``).
        cached = st.cache_resource(max_entries=max_entries, show_spinner=False)(function)

        @functools.wraps(function)
        def call(*args: object) -> object:
            return detached(cached(*args))

        call.shared = cached
        return call

    return decorate


@shared_cache()
def _load(dataset_id: str, root: str) -> pd.DataFrame:
    return read_dataset(dataset_id, root)


def load_dataset(dataset_id: str) -> pd.DataFrame:
    """Validated DataFrame for a manifest dataset id (cached per data folder)."""
    return _load(dataset_id, str(data_root()))


@shared_cache()
def _special_account_budget(root: str) -> pd.DataFrame:
    return special_account_long(read_dataset("special_account_budget", root))


def load_special_account_budget() -> pd.DataFrame:
    """Seed table 2015–2020 (KRW million), exact, with labels and shares."""
    return _special_account_budget(str(data_root()))


@shared_cache()
def _plan_tree(root: str) -> PlanTree:
    return plan_tree(_load("plan_structure", root), _load("plan_names_en_seed", root))


def load_plan_tree() -> PlanTree:
    """``data.plan.plan_tree``: vision, goal, strategies and key tasks in both languages, built once."""
    return _plan_tree(str(data_root()))


@shared_cache()
def _key_tasks(root: str) -> pd.DataFrame:
    return key_tasks(_plan_tree(root), _load("key_task_seed", root))


def load_key_tasks() -> pd.DataFrame:
    """``data.plan.key_tasks`` (the 9 key tasks with the seed's figures), built once."""
    return _key_tasks(str(data_root()))


@shared_cache()
def _long_run_totals(root: str) -> pd.DataFrame:
    return long_run_totals(_special_account_budget(root), _load("special_account_totals", root))


def load_long_run_totals() -> pd.DataFrame:
    """``data.budget.long_run_totals``: the Special Account's total per year with its precision, computed once."""
    return _long_run_totals(str(data_root()))


@shared_cache()
def _budget_story(root: str) -> BudgetStory:
    return budget_story(
        _special_account_budget(root), _load("special_account_totals", root), _load("budget_changes", root)
    )


def load_budget_story() -> BudgetStory:
    """``data.budget.budget_story`` (the latest total, the 2020 transfer), computed once."""
    return _budget_story(str(data_root()))


@shared_cache()
def _resident_population(root: str) -> pd.DataFrame:
    return resident_population(read_dataset("province_indicators", root), read_dataset("population_2022_2024", root))


def load_resident_population() -> pd.DataFrame:
    """Year-end resident population, nation + 17 provinces, 2014–2024 (one row per code-year)."""
    return _resident_population(str(data_root()))


@shared_cache()
def _institutions(root: str) -> pd.DataFrame:
    return institutions_with_place(read_dataset("institutions", root), read_dataset("relocation_places", root))


def load_institutions() -> pd.DataFrame:
    """Relocated institutions with destination place and host province code."""
    return _institutions(str(data_root()))


def load_provinces() -> pd.DataFrame:
    """The 17 provinces: ISO code, Korean/English/short names, capital-region flag."""
    return load_dataset("provinces")


@shared_cache()
def _capital_share(root: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    indicators = read_dataset("province_indicators", root)
    population = resident_population(indicators, read_dataset("population_2022_2024", root))
    return capital_region_share(population), census_capital_share(indicators)


def load_capital_region_share() -> tuple[pd.DataFrame, pd.DataFrame]:
    """(resident-registration share derived per year, census share as published)."""
    return _capital_share(str(data_root()))


# --- /regions (issue #6) -------------------------------------------------------------


@shared_cache()
def _regions_indicators(root: str) -> pd.DataFrame:
    from data import regions

    indicators = read_dataset("province_indicators", root)
    population = resident_population(indicators, read_dataset("population_2022_2024", root))
    institutions = institutions_with_place(read_dataset("institutions", root), read_dataset("relocation_places", root))
    return regions.indicator_long(
        population,
        indicators,
        institutions,
        read_dataset("innovation_cities", root),
        read_dataset("relocation_places", root),
    )


def load_regions_indicators() -> pd.DataFrame:
    """Every /regions indicator per (indicator, period, province), nation as ``KR``; derived values say how."""
    return _regions_indicators(str(data_root()))


@shared_cache()
def _regions_profiles(root: str) -> pd.DataFrame:
    from data import regions

    return regions.profiles_bilingual(
        read_dataset("province_profiles", root), read_dataset("province_profiles_ko", root)
    )


def load_regions_profiles() -> pd.DataFrame:
    """Province profiles with their Korean names/descriptions and status (official or translation)."""
    return _regions_profiles(str(data_root()))


@shared_cache()
def _regions_seed_policies(root: str) -> pd.DataFrame:
    from data import regions

    return regions.seed_policies(read_dataset("expo_policies", root))


def load_regions_seed_policies() -> pd.DataFrame:
    """The seed documents' policy items per province (Expo exhibits, Naju's Season 2 response, Sejong's vision)."""
    return _regions_seed_policies(str(data_root()))


# --- Relocation (/map, and the same flows and points for /present) -----------------------------------


@shared_cache()
def _relocation_frames(root: str) -> RelocationFrames:
    cities = innovation_cities_bilingual(
        read_dataset("innovation_cities", root), read_dataset("innovation_cities_ko", root)
    )
    return relocation_frames(
        read_dataset("institutions", root),
        read_dataset("relocation_places", root),
        cities,
        read_dataset("provinces", root),
    )


def load_relocation_frames() -> RelocationFrames:
    """Places, cities, institutions (with status columns), points and THE flow table (``data.relocation``)."""
    return _relocation_frames(str(data_root()))


@shared_cache()
def _employee_counts(root: str) -> EmployeeCounts:
    return employee_counts(read_dataset("innovation_cities", root), read_dataset("employee_count_reports", root))


def load_employee_counts() -> EmployeeCounts:
    """Relocated employees per innovation city and the two reports of the count (``data.relocation``)."""
    return _employee_counts(str(data_root()))


# --- per-selection results the pages ask for on every rerun (cached, so a rerun is cheap) --------


@shared_cache(32)
def _regions_periods(root: str) -> dict[str, list[str]]:
    from data import regions

    long = _regions_indicators(root)
    return {indicator: regions.periods(long, indicator) for indicator in regions.INDICATORS}


def load_regions_periods(indicator: str) -> list[str]:
    """``data.regions.periods`` of one /regions indicator (newest first), computed once."""
    return list(_regions_periods(str(data_root()))[indicator])


@shared_cache(256)
def _regions_rank(root: str, indicator: str, period: str, codes: tuple[str, ...]) -> pd.DataFrame:
    from data import regions

    return regions.rank_table(_regions_indicators(root), indicator, period, list(codes))


def load_regions_rank(indicator: str, period: str, codes: list[str]) -> pd.DataFrame:
    """``data.regions.rank_table`` for one (indicator, period) over ``codes``, computed once."""
    return _regions_rank(str(data_root()), indicator, period, tuple(codes))


@shared_cache(128)
def _regions_series(root: str, kind: str, codes: tuple[str, ...], indicator: str | None) -> pd.DataFrame:
    from data import regions

    if kind == "population":
        return regions.population_series(_resident_population(root), list(codes))
    if kind == "grdp":
        return regions.grdp_series(_regions_indicators(root), list(codes), indicator)
    if kind == "institutions":
        return regions.institutions_by_type(_institutions(root), list(codes))
    if kind == "capital_grdp":
        return regions.capital_grdp_share(_load("province_indicators", root))
    raise ValueError(f"unknown /regions series: {kind}")


def load_regions_population_series(codes: list[str]) -> pd.DataFrame:
    """``data.regions.population_series`` of the chosen provinces, computed once per selection."""
    return _regions_series(str(data_root()), "population", tuple(codes), None)


def load_regions_grdp_series(codes: list[str], indicator: str) -> pd.DataFrame:
    """``data.regions.grdp_series`` of the chosen provinces, computed once per selection."""
    return _regions_series(str(data_root()), "grdp", tuple(codes), indicator)


def load_regions_institutions_by_type(codes: list[str]) -> pd.DataFrame:
    """``data.regions.institutions_by_type`` of the chosen provinces, computed once per selection."""
    return _regions_series(str(data_root()), "institutions", tuple(codes), None)


def load_regions_capital_grdp_share() -> pd.DataFrame:
    """``data.regions.capital_grdp_share`` (as the press reported it), computed once."""
    return _regions_series(str(data_root()), "capital_grdp", (), None)


@shared_cache(128)
def _regions_meta(root: str, indicator: str, period: str) -> tuple[str | None, list[str]]:
    long = _regions_indicators(root)
    rows = long[(long["indicator"] == indicator) & (long["period"] == period)]
    derivation = rows["derivation"].iloc[0] if not rows.empty else None
    return derivation, [str(text) for text in rows["source"].dropna().unique()]


def load_regions_derivation(indicator: str, period: str) -> str | None:
    """How the /regions value of (indicator, period) was derived (its first row's ``derivation``)."""
    return _regions_meta(str(data_root()), indicator, period)[0]


def load_regions_source_texts(indicator: str, period: str) -> list[str]:
    """The distinct source texts of the rows of (indicator, period), in row order."""
    return _regions_meta(str(data_root()), indicator, period)[1]


def load_dataset_shared(dataset_id: str) -> pd.DataFrame:
    """A validated dataset, shared READ-ONLY by every session (no copy per rerun).

    For /sources, which lists every dataset on every rerun. Callers must not modify the frame.
    """
    return _load.shared(dataset_id, str(data_root()))
