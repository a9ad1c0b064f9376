"""Rebuild ``geo/provinces.geojson`` and ``geo/municipalities.geojson`` from the committed source.

Run from the project root::

    .venv/bin/python geo/build_boundaries.py            # writes geo/*.geojson, prints a summary
    .venv/bin/python geo/build_boundaries.py --check    # builds in memory, compares with the files, writes nothing

Input (committed, never edited):
  * ``geo/source/skorea-municipalities-2018-topo.json`` — KOSTAT SGIS census boundaries collected
    2018-12-24, 250 municipal units, from the public repository southkorea/southkorea-maps
    (``kostat/2018/json/``, commit fe65e05). Licence: KOGL Type 1 (공공누리 제1유형), attribution
    required — the app shows ``t("kogl_attribution", lang)`` on every map.
  * ``geo/source/sigungu_codes.csv`` — KOSTAT 2018 code → current MOIS 5-digit code, names and ISO province.

What the script does, in order (each step is a small function below):
  1. read the TopoJSON (GDAL's TopoJSON driver) and repair invalid rings;
  2. apply the administrative changes since 2018:
       - 군위군 moves from 경상북도 to 대구광역시 (2023-07-01);
       - 강원도 → 강원특별자치도 (2023-06-11), 전라북도 → 전북특별자치도 (2024-01-18);
       - 인천 남구 → 미추홀구 (2018-07-01; the 2018 file still says 남구);
       - a few English/Korean names the source has wrong (e.g. 철원군 labelled "Gongju-si");
  3. dissolve the non-autonomous districts (일반구, e.g. 수원시장안구) into their parent city, giving
     229 units = 226 local governments + 세종특별자치시 + 제주시 + 서귀포시, each with its MOIS code;
  4. dissolve municipalities into the 17 provinces (ISO 3166-2:KR codes);
  5. simplify for the web, keeping shared borders shared (``shapely.coverage_simplify``, so no gaps or
     overlaps appear between neighbours), drop islets below a minimum area (독도 is always kept), snap to
     a 1e-4° grid (~10 m; 4 decimals) and write compact GeoJSON.

Not applied (would need new geometry): Incheon's 2026-07-01 district reorganisation.
Budget: the /map page must transfer under 2 MB, so provinces ≲ 150 KB and municipalities ≲ 500 KB
(``tests/test_geo.py`` asserts both, plus 17 / 229 features with codes and names).
This is our own version of the compiler's reference script (shared/reference/geo/build_kr_boundaries.py):
same inputs and administrative changes, coarser tolerances for the web budget, rounded output, a --check mode.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import geopandas as gpd
import shapely

GEO_DIR = Path(__file__).resolve().parent
SOURCE_TOPOJSON = GEO_DIR / "source" / "skorea-municipalities-2018-topo.json"
SOURCE_CODES = GEO_DIR / "source" / "sigungu_codes.csv"

# KOSTAT 2-digit province code -> (ISO 3166-2:KR, current MOIS 2-digit code, current Korean name, English name)
SIDO = {
    "11": ("KR-11", "11", "서울특별시", "Seoul"),
    "21": ("KR-26", "26", "부산광역시", "Busan"),
    "22": ("KR-27", "27", "대구광역시", "Daegu"),
    "23": ("KR-28", "28", "인천광역시", "Incheon"),
    "24": ("KR-29", "29", "광주광역시", "Gwangju"),
    "25": ("KR-30", "30", "대전광역시", "Daejeon"),
    "26": ("KR-31", "31", "울산광역시", "Ulsan"),
    "29": ("KR-50", "36", "세종특별자치시", "Sejong"),
    "31": ("KR-41", "41", "경기도", "Gyeonggi"),
    "32": ("KR-42", "51", "강원특별자치도", "Gangwon"),
    "33": ("KR-43", "43", "충청북도", "Chungbuk"),
    "34": ("KR-44", "44", "충청남도", "Chungnam"),
    "35": ("KR-45", "52", "전북특별자치도", "Jeonbuk"),
    "36": ("KR-46", "46", "전라남도", "Jeonnam"),
    "37": ("KR-47", "47", "경상북도", "Gyeongbuk"),
    "38": ("KR-48", "48", "경상남도", "Gyeongnam"),
    "39": ("KR-49", "50", "제주특별자치도", "Jeju"),
}
PROVINCE_MOVES = {"37310": "22"}  # 군위군 (KOSTAT 37310): 경상북도 -> 대구광역시, 2023-07-01
NAME_FIXES = {  # KOSTAT code -> (name_ko, name_en): renames since 2018 and errors in the source's names
    "23030": ("미추홀구", "Michuhol-gu"),  # 인천 남구, renamed 2018-07-01
    "32360": ("철원군", "Cheorwon-gun"),  # source's English name says "Gongju-si"
    "29010": ("세종특별자치시", "Sejong"),
    "31240": ("화성시", "Hwaseong-si"),
    "31250": ("광주시", "Gwangju-si"),
    "31260": ("양주시", "Yangju-si"),
    "31270": ("포천시", "Pocheon-si"),
    "33390": ("증평군", "Jeungpyeong-gun"),
    "34070": ("계룡시", "Gyeryong-si"),
    "34080": ("당진시", "Dangjin-si"),
}
PARENT_CITY_EN = {
    "수원시": "Suwon-si",
    "성남시": "Seongnam-si",
    "안양시": "Anyang-si",
    "안산시": "Ansan-si",
    "고양시": "Goyang-si",
    "용인시": "Yongin-si",
    "청주시": "Cheongju-si",
    "천안시": "Cheonan-si",
    "전주시": "Jeonju-si",
    "포항시": "Pohang-si",
    "창원시": "Changwon-si",
}
DOKDO = shapely.box(131.85, 37.22, 131.88, 37.26)  # always kept, however small

# Web budget. Tolerances are in degrees (~1 km ≈ 0.01°); islets smaller than MIN_PART_KM2 are dropped.
TOLERANCE = {"provinces": 0.006, "municipalities": 0.0045}
MIN_PART_KM2 = {"provinces": 1.5, "municipalities": 1.5}
DECIMALS = 4  # 1e-4° ≈ 10 m
MAX_BYTES = {"provinces": 150_000, "municipalities": 500_000}

PROVINCE_COLUMNS = ["code", "name_en", "name_ko", "mois_code", "kostat_code"]
MUNICIPALITY_COLUMNS = ["code", "name_ko", "name_en", "sido_code", "sido_name_en", "sido_name_ko", "kostat_code"]


def read_source(path: Path = SOURCE_TOPOJSON) -> gpd.GeoDataFrame:
    """The 250 units of the 2018 TopoJSON with valid (Multi)Polygon geometry and a string KOSTAT code."""
    frame = gpd.read_file(path).set_crs(4326, allow_override=True)
    repaired = shapely.make_valid(frame.geometry.values, method="structure", keep_collapsed=False)
    frame["geometry"] = [
        shapely.union_all(
            [part for part in getattr(geom, "geoms", [geom]) if part.geom_type in ("Polygon", "MultiPolygon")]
        )
        for geom in repaired
    ]
    frame["kostat_code"] = frame["code"].astype(str)
    return frame


def apply_changes(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Province moves and name fixes since 2018 (see NAME_FIXES / PROVINCE_MOVES)."""
    frame = frame.copy()
    frame["ks_sido"] = frame["kostat_code"].map(lambda code: PROVINCE_MOVES.get(code, code[:2]))
    for code, (name_ko, name_en) in NAME_FIXES.items():
        frame.loc[frame["kostat_code"] == code, ["name", "name_eng"]] = [name_ko, name_en]
    return frame


def dissolve_municipalities(frame: gpd.GeoDataFrame, mois_codes: dict[str, str]) -> gpd.GeoDataFrame:
    """Merge 일반구 into their parent city; attach MOIS codes and province names."""
    is_district = frame["name"].str.contains("시.+구$", regex=True)
    frame = frame.assign(
        unit_name=frame["name"].where(~is_district, frame["name"].str.replace(r"^(.+?시).+$", r"\1", regex=True)),
        unit_code=frame["kostat_code"].where(~is_district, frame["kostat_code"].str[:4] + "0"),
    )
    frame["unit_en"] = frame["name_eng"].where(~is_district, frame["unit_name"].map(PARENT_CITY_EN))
    units = frame.dissolve(
        by="unit_code", aggfunc={"unit_name": "first", "unit_en": "first", "ks_sido": "first"}
    ).reset_index()
    units = units.rename(columns={"unit_code": "kostat_code", "unit_name": "name_ko", "unit_en": "name_en"})
    units["code"] = units["kostat_code"].map(mois_codes)
    if units["code"].isna().any():
        missing = units.loc[units["code"].isna(), "kostat_code"].tolist()
        raise ValueError(f"no MOIS code in {SOURCE_CODES.name} for KOSTAT codes {missing}")
    units["sido_code"] = units["ks_sido"].map(lambda s: SIDO[s][0])
    units["sido_name_ko"] = units["ks_sido"].map(lambda s: SIDO[s][2])
    units["sido_name_en"] = units["ks_sido"].map(lambda s: SIDO[s][3])
    return units.sort_values("kostat_code").reset_index(drop=True)


def dissolve_provinces(municipalities: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    provinces = municipalities.dissolve(by="ks_sido").reset_index()[["ks_sido", "geometry"]]
    provinces["code"] = provinces["ks_sido"].map(lambda s: SIDO[s][0])
    provinces["name_en"] = provinces["ks_sido"].map(lambda s: SIDO[s][3])
    provinces["name_ko"] = provinces["ks_sido"].map(lambda s: SIDO[s][2])
    provinces["mois_code"] = provinces["ks_sido"].map(lambda s: SIDO[s][1])
    provinces = provinces.rename(columns={"ks_sido": "kostat_code"})
    return provinces.sort_values("code").reset_index(drop=True)


def _drop_islets(geom, min_km2: float):
    parts = list(getattr(geom, "geoms", [geom]))
    areas = gpd.GeoSeries(parts, crs=4326).to_crs(5179).area.to_numpy() / 1e6  # Korea 2000 / Unified CS, metres
    keep = [part for part, area in zip(parts, areas, strict=True) if area >= min_km2 or part.intersects(DOKDO)]
    keep = keep or [parts[int(areas.argmax())]]
    return shapely.MultiPolygon(keep) if len(keep) > 1 else keep[0]


def simplify(frame: gpd.GeoDataFrame, layer: str) -> list:
    """Topology-preserving simplification on a 1e-4° grid; every geometry stays valid."""
    geoms = [_drop_islets(geom, MIN_PART_KM2[layer]) for geom in frame.geometry.values]
    geoms = shapely.coverage_simplify(geoms, tolerance=TOLERANCE[layer], simplify_boundary=True)
    geoms = shapely.set_precision(geoms, 10**-DECIMALS)
    return list(shapely.make_valid(geoms))


def _rounded(coords):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], DECIMALS), round(coords[1], DECIMALS)]
    return [_rounded(item) for item in coords]


def feature_collection(frame: gpd.GeoDataFrame, geoms: list, columns: list[str]) -> dict:
    features = []
    for (_, row), geom in zip(frame.iterrows(), geoms, strict=True):
        mapping = shapely.geometry.mapping(geom)
        if mapping["type"] == "GeometryCollection":  # make_valid may leave polygon + line pieces: keep polygons
            polygons = [g for g in geom.geoms if g.geom_type in ("Polygon", "MultiPolygon")]
            mapping = shapely.geometry.mapping(shapely.union_all(polygons))
        features.append(
            {
                "type": "Feature",
                "properties": {column: str(row[column]) for column in columns},
                "geometry": {
                    "type": mapping["type"],
                    "coordinates": _rounded(json.loads(json.dumps(mapping["coordinates"]))),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def encode(collection: dict) -> str:
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":"))


def build() -> dict[str, dict]:
    """Both layers as GeoJSON dicts: {"provinces": ..., "municipalities": ...}."""
    with SOURCE_CODES.open(encoding="utf-8") as handle:
        mois_codes = {row["kostat_code"]: row["code"] for row in csv.DictReader(handle)}
    units = dissolve_municipalities(apply_changes(read_source()), mois_codes)
    provinces = dissolve_provinces(units)
    return {
        "provinces": feature_collection(provinces, simplify(provinces, "provinces"), PROVINCE_COLUMNS),
        "municipalities": feature_collection(units, simplify(units, "municipalities"), MUNICIPALITY_COLUMNS),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="build in memory and compare with the committed files")
    parser.add_argument("--out", type=Path, default=GEO_DIR, help="output folder (default: geo/)")
    args = parser.parse_args(argv)
    status = 0
    for layer, collection in build().items():
        text = encode(collection)
        path = args.out / f"{layer}.geojson"
        size = len(text.encode("utf-8"))
        vertices = sum(
            shapely.get_num_coordinates(shapely.geometry.shape(f["geometry"])) for f in collection["features"]
        )
        over = " OVER BUDGET" if size > MAX_BYTES[layer] else ""
        if args.check:
            same = path.exists() and path.read_text(encoding="utf-8") == text
            print(
                f"{path}: {len(collection['features'])} features, {size / 1024:.0f} KB, "
                f"{'up to date' if same else 'DIFFERS'}{over}"
            )
            status |= 0 if same and not over else 1
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists():
                path.chmod(0o644)
            path.write_text(text, encoding="utf-8")
            print(f"{path}: {len(collection['features'])} features, {vertices:,} vertices, {size / 1024:.0f} KB{over}")
            status |= 1 if over else 0
    return status


if __name__ == "__main__":
    sys.exit(main())
