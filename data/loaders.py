"""Cached, validated loaders the pages call.

Each loader is a bounded ``st.cache_data`` around a pure reader in
``data/datasets.py`` / ``data/transforms.py``. A bad file raises DatasetError;
``components.page.dataset_or_error`` turns that into a message on the page that
needs it, so every other page keeps working.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from data import transforms
from data.datasets import data_root, read_dataset

_CACHE = {"max_entries": 64, "ttl": 3600, "show_spinner": False}


@st.cache_data(**_CACHE)
def _load(dataset_id: str, root: str) -> pd.DataFrame:
    return read_dataset(dataset_id, root)


def load_dataset(dataset_id: str) -> pd.DataFrame:
    """Validated DataFrame for a manifest dataset id (cached per data folder)."""
    return _load(dataset_id, str(data_root()))


@st.cache_data(**_CACHE)
def _special_account_budget(root: str) -> pd.DataFrame:
    return transforms.special_account_long(read_dataset("special_account_budget", root))


def load_special_account_budget() -> pd.DataFrame:
    """Seed table 2015–2020 (KRW million), exact, with labels and shares."""
    return _special_account_budget(str(data_root()))


@st.cache_data(**_CACHE)
def _resident_population(root: str) -> pd.DataFrame:
    return transforms.resident_population(read_dataset("province_indicators", root), read_dataset("population_2022_2024", root))


def load_resident_population() -> pd.DataFrame:
    """Year-end resident population, nation + 17 provinces, 2014–2024 (one row per code-year)."""
    return _resident_population(str(data_root()))


@st.cache_data(**_CACHE)
def _institutions(root: str) -> pd.DataFrame:
    return transforms.institutions_with_place(read_dataset("institutions", root), read_dataset("relocation_places", root))


def load_institutions() -> pd.DataFrame:
    """Relocated institutions with destination place and host province code."""
    return _institutions(str(data_root()))


def load_provinces() -> pd.DataFrame:
    """The 17 provinces: ISO code, Korean/English/short names, capital-region flag."""
    return load_dataset("provinces")


@st.cache_data(**_CACHE)
def _capital_share(root: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    indicators = read_dataset("province_indicators", root)
    population = transforms.resident_population(indicators, read_dataset("population_2022_2024", root))
    return transforms.capital_region_share(population), transforms.census_capital_share(indicators)


def load_capital_region_share() -> tuple[pd.DataFrame, pd.DataFrame]:
    """(resident-registration share derived per year, census share as published)."""
    return _capital_share(str(data_root()))


# --- /regions (issue #6) -------------------------------------------------------------


@st.cache_data(**_CACHE)
def _regions_indicators(root: str) -> pd.DataFrame:
    from data import transforms_regions

    indicators = read_dataset("province_indicators", root)
    population = transforms.resident_population(indicators, read_dataset("population_2022_2024", root))
    institutions = transforms.institutions_with_place(read_dataset("institutions", root), read_dataset("relocation_places", root))
    return transforms_regions.indicator_long(population, indicators, institutions, read_dataset("innovation_cities", root),
                                             read_dataset("relocation_places", root))


def load_regions_indicators() -> pd.DataFrame:
    """Every /regions indicator per (indicator, period, province), nation as ``KR``; derived values say how."""
    return _regions_indicators(str(data_root()))


@st.cache_data(**_CACHE)
def _regions_profiles(root: str) -> pd.DataFrame:
    from data import transforms_regions

    return transforms_regions.profiles_bilingual(read_dataset("province_profiles", root), read_dataset("province_profiles_ko", root))


def load_regions_profiles() -> pd.DataFrame:
    """Province profiles with their Korean names/descriptions and status (official or translation)."""
    return _regions_profiles(str(data_root()))


# --- /map page (appended by the map engineer) ------------------------------------------------


@st.cache_data(**_CACHE)
def _map_frames(root: str) -> dict[str, pd.DataFrame]:
    import geo
    from data import transforms_map

    places = read_dataset("relocation_places", root)
    cities = read_dataset("innovation_cities", root)
    institutions = transforms_map.institutions_table(
        transforms.institutions_with_place(read_dataset("institutions", root), places), places
    )
    points = transforms_map.place_points(places, cities, institutions, geo.municipalities_centroid)
    origins = {transforms_map.CAPITAL_REGION: geo.provinces_centroid(geo.CAPITAL_REGION_CODES)}
    origins.update({code: geo.provinces_centroid([code]) for code in transforms_map.CAPITAL_PROVINCES.values()})
    return {
        "places": places,
        "cities": cities,
        "institutions": institutions,
        "points": points,
        "flows": transforms_map.flows(institutions, points, origins),
    }


def load_map_frames() -> dict[str, pd.DataFrame]:
    """Everything the /map page draws: places, cities, institutions (with status columns), points, flows."""
    return _map_frames(str(data_root()))
