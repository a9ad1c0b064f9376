"""Boundaries of the 17 provinces and 229 municipalities (KOSTAT SGIS 2018, KOGL Type 1) and geo helpers.

Pure readers (no Streamlit); the pages reach them through cached loaders.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

GEO_DIR = Path(__file__).resolve().parent
PROVINCES_FILE = GEO_DIR / "provinces.geojson"
MUNICIPALITIES_FILE = GEO_DIR / "municipalities.geojson"
# The attribution KOGL Type 1 requires is the string "kogl_attribution" (components/strings/common.py):
# show it on every map.


@lru_cache(maxsize=2)
def read_geojson(path: str) -> dict:
    """A GeoJSON FeatureCollection as a dict (read once per process)."""
    with open(path, encoding="utf-8") as handle:
        collection = json.load(handle)
    if collection.get("type") != "FeatureCollection" or not collection.get("features"):
        raise ValueError(f"{path} is not a non-empty GeoJSON FeatureCollection")
    return collection


def province_features() -> dict:
    """17 province polygons; properties: code (ISO 3166-2:KR), name_ko, name_en, mois_code, kostat_code."""
    return read_geojson(str(PROVINCES_FILE))


def municipality_features() -> dict:
    """229 municipality polygons; properties: code (MOIS 5-digit), name_ko, name_en, sido_code (ISO)."""
    return read_geojson(str(MUNICIPALITIES_FILE))
