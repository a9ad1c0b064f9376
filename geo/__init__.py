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


# --- Helpers for the map page (pure; computed from the simplified boundaries) ---------------------------

from data.provinces import CAPITAL_REGION as CAPITAL_REGION_CODES  # noqa: E402, F401 - the one definition


def _shape(feature: dict):
    from shapely.geometry import shape  # imported lazily: pages that only read the GeoJSON do not need shapely

    return shape(feature["geometry"])


def _union(features: list[dict]):
    import shapely

    if not features:
        raise KeyError("no boundary matches the requested codes")
    return shapely.union_all([_shape(feature) for feature in features])


def _area_centroid(geometry) -> tuple[float, float]:
    """Centroid (lon, lat) computed in an equal-area projection (EPSG:5179), so it is not skewed by latitude."""
    import geopandas as gpd

    projected = gpd.GeoSeries([geometry], crs=4326).to_crs(5179).centroid.to_crs(4326)
    point = projected.iloc[0]
    return round(point.x, 5), round(point.y, 5)


def municipalities_centroid(codes: list[str] | tuple[str, ...]) -> tuple[float, float]:
    """(lon, lat) of the centroid of the union of these municipalities (MOIS 5-digit codes)."""
    wanted = set(codes)
    features = [f for f in municipality_features()["features"] if f["properties"]["code"] in wanted]
    if len(features) != len(wanted):
        found = {f["properties"]["code"] for f in features}
        raise KeyError(f"unknown municipality codes: {sorted(wanted - found)}")
    return _area_centroid(_union(features))


def provinces_centroid(codes: list[str] | tuple[str, ...]) -> tuple[float, float]:
    """(lon, lat) of the centroid of the union of these provinces (ISO 3166-2:KR codes)."""
    wanted = set(codes)
    features = [f for f in province_features()["features"] if f["properties"]["code"] in wanted]
    if len(features) != len(wanted):
        raise KeyError(f"unknown province codes among {sorted(wanted)}")
    return _area_centroid(_union(features))


def province_bounds(code: str) -> tuple[float, float, float, float]:
    """(min_lon, min_lat, max_lon, max_lat) of a province, for framing the map on it."""
    features = [f for f in province_features()["features"] if f["properties"]["code"] == code]
    return tuple(round(value, 4) for value in _union(features).bounds)


def municipalities_of(province_code: str) -> dict:
    """The municipality polygons of one province, as a FeatureCollection."""
    features = [f for f in municipality_features()["features"] if f["properties"]["sido_code"] == province_code]
    return {"type": "FeatureCollection", "features": features}
