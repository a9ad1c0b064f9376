"""Public institutions relocated from the capital region: where each went, its status, flows, counts.

The one implementation of the relocation domain, for every page (/map, /present, /regions, the
Overview). Pure pandas (no Streamlit, no presentation: labels and translated headers live in
components/views). Every derived figure says how it was derived (``coord_approximate``, ``n_rows``,
``origin_known``…); nothing is filled in where a source has no value: a place without a sourced
coordinate is put at the centroid of its host municipalities *and flagged*, an institution without a
known previous HQ starts from the capital region as a whole *and says so*.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

import geo
from data.provinces import CAPITAL_REGION

CAPITAL_REGION_ORIGIN = "KR-CAPITAL"  # origin code of a flow whose previous headquarters is not known
NOT_OF_153 = "NOT one of the 153"  # marker in `verification` for rows outside MOLIT's count
EDGE_ROWS = {  # rows a local count includes although MOLIT's 112 may not (data/cities/NOTES.md, doubt 1)
    "I033": "daegu_outside",
    "I041": "daegu_outside",
    "I051": "ulsan_division",
    "I064": "gangwon_outside",
    "I118": "jeju_branch",
}
NAJU_CITY = "IC03"  # Bitgaram (Naju): the innovation city the naju_sector_groups dataset groups
DESTINATION_TYPES = ("innovation_city", "sejong", "individual")


# --- Places --------------------------------------------------------------------------------------


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


def innovation_cities_of(province: str, places: pd.DataFrame) -> pd.DataFrame:
    """The innovation city (or cities) a province hosts or shares: Gwangju shares Bitgaram (Naju) with Jeollanam-do.

    ``places`` is the relocation_places dataset (or any frame with ``place_type``, ``iso_code`` and
    ``partner_iso_code``). The one definition of "the innovation city of a province".
    """
    cities = places[places["place_type"] == "innovation_city"]
    return cities[(cities["iso_code"] == province) | (cities["partner_iso_code"] == province)]


# --- Rows: status ------------------------------------------------------------------------------------


def verification_group(value: object) -> str:
    """'verified' (the source confirms everything), 'partial' (destination confirmed, something else not),
    or 'uncertain'.
    """
    text = "" if value is None or pd.isna(value) else str(value).strip()
    if text == "verified":
        return "verified"
    if text.startswith("verified"):
        return "partial"
    return "uncertain"


def year_basis(status: object, year: object) -> str:
    """How the relocation year is known: 'actual', 'planned', 'inferred', 'bound' (moved by …), 'other', 'unknown'."""
    if year is None or pd.isna(year):
        return "unknown"
    text = "" if status is None or pd.isna(status) else str(status).strip().lower()
    if text.startswith(("actual", "opening", "new building", "first ")):
        return "actual"
    if text.startswith(("planned", "moves", "campus completion")):
        return "planned"
    if text.startswith("inferred"):
        return "inferred"
    if text.startswith(("moved by", "moved before")):
        return "bound"
    return "other"


def capital_province_names(provinces: pd.DataFrame) -> dict[str, str]:
    """English names of the capital-region provinces, as previous-HQ texts name them: {"KR-11": "Seoul", …}."""
    names = provinces.set_index("iso_code")["name_en"]
    return {code: str(names[code]) for code in CAPITAL_REGION}


def previous_hq_province(text: object, capital_names: dict[str, str]) -> str | None:
    """The capital-region province a free-text previous HQ names ('Anyang-si, Gyeonggi-do' -> KR-41), or None."""
    if text is None or pd.isna(text) or not str(text).strip():
        return None
    for code, name in capital_names.items():
        if name.lower() in str(text).lower():
            return code
    return None


def institutions_with_status(institutions: pd.DataFrame, places: pd.DataFrame, provinces: pd.DataFrame) -> pd.DataFrame:
    """The placed institution rows (``institutions_with_place``) with the status columns pages filter and count on.

    Adds ``partner_iso_code`` (Gwangju for the joint Gwangju-Jeonnam city), ``verification_group``,
    ``year_basis``, ``previous_hq_iso`` (where the previous HQ names Seoul, Incheon or Gyeonggi),
    ``counted_in_153`` (False only for rows flagged as not one of the 153) and ``edge_case`` (rows a
    local count includes that MOLIT may not).
    """
    frame = institutions.copy()
    frame["partner_iso_code"] = frame["place_id"].map(places.set_index("place_id")["partner_iso_code"]).astype("string")
    frame["verification_group"] = frame["verification"].map(verification_group).astype("string")
    frame["year_basis"] = pd.Series(
        [year_basis(s, y) for s, y in zip(frame["year_status"], frame["year_relocated"], strict=True)],
        index=frame.index,
        dtype="string",
    )
    capital_names = capital_province_names(provinces)
    frame["previous_hq_iso"] = frame["previous_hq"].map(lambda text: previous_hq_province(text, capital_names))
    frame["previous_hq_iso"] = frame["previous_hq_iso"].astype("string")
    frame["counted_in_153"] = ~frame["verification"].fillna("").str.contains(NOT_OF_153, regex=False)
    frame["edge_case"] = frame["row_id"].map(EDGE_ROWS).astype("string")
    return frame


# --- Points ---------------------------------------------------------------------------------------------


def place_points(places: pd.DataFrame, cities: pd.DataFrame, institutions: pd.DataFrame) -> pd.DataFrame:
    """One point per destination (12 innovation cities, Sejong, individual sites).

    Innovation cities use the reference's sourced coordinate where there is one
    (``coord_approximate`` False); every other point is the equal-area centroid of the host
    municipalities, flagged ``coord_approximate``. ``n_rows`` counts the institution rows
    (``institutions_with_status``) of the place that are counted in the 153; ``n_official`` is the
    city's count as given in innovation_cities.csv (cities only).
    """
    coords = cities.set_index("city_id")[["centroid_lat", "centroid_lon", "n_institutions", "phase"]]
    counted = institutions[institutions["counted_in_153"]]
    rows_per_place = counted.groupby("place_id").size()
    uncertain_per_place = counted[counted["verification_group"] == "uncertain"].groupby("place_id").size()
    records = []
    for place in places.itertuples(index=False):
        codes = [code.strip() for code in str(place.host_municipality_codes).split(";") if code.strip()]
        sourced = place.place_id in coords.index and pd.notna(coords.loc[place.place_id, "centroid_lat"])
        if sourced:
            lon = float(coords.loc[place.place_id, "centroid_lon"])
            lat = float(coords.loc[place.place_id, "centroid_lat"])
        else:
            lon, lat = geo.municipalities_centroid(codes)
        is_city = place.place_type == "innovation_city"
        phase = None
        if is_city:
            phase = "second" if str(coords.loc[place.place_id, "phase"]).startswith("second") else "first"
        records.append(
            {
                "place_id": place.place_id,
                "place_type": place.place_type,
                "name_ko": place.name_ko,
                "name_en": place.name_en,
                "iso_code": place.iso_code,
                "partner_iso_code": place.partner_iso_code if pd.notna(place.partner_iso_code) else None,
                "host_municipality_codes": ";".join(codes),
                "lon": round(float(lon), 5),
                "lat": round(float(lat), 5),
                "coord_approximate": not sourced,
                "phase": phase,
                "n_official": int(coords.loc[place.place_id, "n_institutions"]) if is_city else None,
                "n_rows": int(rows_per_place.get(place.place_id, 0)),
                "n_uncertain_rows": int(uncertain_per_place.get(place.place_id, 0)),
            }
        )
    frame = pd.DataFrame.from_records(records)
    frame["n_official"] = frame["n_official"].astype("Int64")
    return frame


# --- Flows ----------------------------------------------------------------------------------------------


def flow_origins() -> dict[str, tuple[float, float]]:
    """(lon, lat) where arcs start: each capital-region province, and the region as a whole (equal-area centroids)."""
    origins = {CAPITAL_REGION_ORIGIN: geo.provinces_centroid(CAPITAL_REGION)}
    origins.update({code: geo.provinces_centroid([code]) for code in CAPITAL_REGION})
    return origins


def capital_region_flows(institutions: pd.DataFrame, points: pd.DataFrame) -> pd.DataFrame:
    """Arcs from the capital region to each destination, one per (origin, destination): THE flow table.

    Drawn rows: counted in the 153 and not 'uncertain'. The origin is the previous HQ's province
    when a source names it (Seoul, Incheon or Gyeonggi), otherwise the capital region as a whole
    (``origin_iso`` = KR-CAPITAL, ``origin_known`` False); positions are equal-area centroids
    (``flow_origins``) and the destination's point (``place_points``). ``n_institutions`` is the
    number of drawn rows on the arc.
    """
    rows = institutions[institutions["counted_in_153"] & (institutions["verification_group"] != "uncertain")].copy()
    rows = rows[rows["place_id"].notna()]
    rows["origin_iso"] = rows["previous_hq_iso"].fillna(CAPITAL_REGION_ORIGIN)
    grouped = rows.groupby(["origin_iso", "place_id"]).size().rename("n_institutions").reset_index()
    origins = flow_origins()
    located = points.set_index("place_id")
    grouped["origin_lon"] = grouped["origin_iso"].map(lambda code: origins[code][0])
    grouped["origin_lat"] = grouped["origin_iso"].map(lambda code: origins[code][1])
    for column, source in (("dest_lon", "lon"), ("dest_lat", "lat")):
        grouped[column] = grouped["place_id"].map(located[source])
    for column in ("place_type", "name_ko", "name_en", "coord_approximate"):
        grouped[column] = grouped["place_id"].map(located[column])
    grouped["origin_known"] = grouped["origin_iso"] != CAPITAL_REGION_ORIGIN
    return grouped.sort_values(["place_id", "origin_iso"]).reset_index(drop=True)


def destination_totals(flows: pd.DataFrame) -> pd.DataFrame:
    """Institutions drawn per destination (the flows summed over origins), most first."""
    firsts = flows.groupby("place_id")[["place_type", "name_ko", "name_en", "coord_approximate"]].first()
    totals = flows.groupby("place_id")["n_institutions"].sum()
    frame = firsts.assign(n_institutions=totals).reset_index()
    return frame.sort_values(["n_institutions", "place_id"], ascending=[False, True]).reset_index(drop=True)


@dataclass(frozen=True)
class RelocationFrames:
    """Everything the relocation pages draw, derived once from the datasets."""

    places: pd.DataFrame  # relocation_places, as read
    cities: pd.DataFrame  # innovation_cities, as read
    institutions: pd.DataFrame  # institutions_with_status
    points: pd.DataFrame  # place_points
    flows: pd.DataFrame  # capital_region_flows


def relocation_frames(
    institutions: pd.DataFrame, places: pd.DataFrame, cities: pd.DataFrame, provinces: pd.DataFrame
) -> RelocationFrames:
    """The datasets (institutions, relocation_places, innovation_cities, provinces) -> rows, points and flows."""
    rows = institutions_with_status(institutions_with_place(institutions, places), places, provinces)
    points = place_points(places, cities, rows)
    return RelocationFrames(places, cities, rows, points, capital_region_flows(rows, points))


# --- Reconciliation with MOLIT's 153 ----------------------------------------------------------------------


def relocation_reconciliation(institutions: pd.DataFrame, totals: pd.DataFrame) -> pd.DataFrame:
    """Official counts (MOLIT, Dec 2019) next to the rows in our data, per destination type, and the total.

    Columns: category, official, rows, rows_not_of_153, rows_edge_case, rows_uncertain,
    rows_partial, difference (= rows counted in the 153 − official; negative means rows are missing).
    """
    official = totals.set_index("category")["count"]
    records = []
    for category in DESTINATION_TYPES:
        rows = institutions[institutions["destination_type"] == category]
        counted = rows[rows["counted_in_153"]]
        records.append(
            {
                "category": category,
                "official": int(official[category]),
                "rows": len(rows),
                "rows_not_of_153": int((~rows["counted_in_153"]).sum()),
                "rows_edge_case": int(counted["edge_case"].notna().sum()),
                "rows_uncertain": int((counted["verification_group"] == "uncertain").sum()),
                "rows_partial": int((counted["verification_group"] == "partial").sum()),
                "difference": len(counted) - int(official[category]),
            }
        )
    frame = pd.DataFrame.from_records(records)
    total = {column: int(frame[column].sum()) for column in frame.columns if column != "category"}
    total["official"] = int(official["total"])
    total["difference"] = int(frame["rows"].sum() - frame["rows_not_of_153"].sum()) - total["official"]
    return pd.concat([frame, pd.DataFrame([{"category": "total", **total}])], ignore_index=True)


def city_row_counts(institutions: pd.DataFrame, cities: pd.DataFrame) -> pd.DataFrame:
    """Per innovation city: count given by the city dataset vs rows in our data (all, counted in the 153)."""
    rows = institutions[institutions["destination_type"] == "innovation_city"]
    all_rows = rows.groupby("place_id").size()
    counted = rows[rows["counted_in_153"]].groupby("place_id").size()
    frame = cities[["city_id", "name_ko", "name_en", "n_institutions", "n_institutions_note"]].copy()
    frame["rows"] = frame["city_id"].map(all_rows).fillna(0).astype("int64")
    frame["rows_counted_in_153"] = frame["city_id"].map(counted).fillna(0).astype("int64")
    return frame


# --- Naju's grouping (Asia Economy, 2021: 4 / 5 / 4 / 3) -------------------------------------------------


def naju_members(seed_groups: pd.DataFrame, institutions: pd.DataFrame) -> pd.DataFrame:
    """Naju's institution rows, each with the seed article's group, in the seed's order.

    ``group_id`` is the seed group whose ``reference_group`` is the row's sector group (<NA> for a
    reference group the article does not name: the Teachers' Pension's 'finance').
    ``presumed_group_id`` also places those rows, where the data allow only one reading: when
    exactly one seed group counts more institutions than the rows matched to it, and by exactly the
    number of unplaced rows, they are presumed to be in it (``regrouped`` True). Otherwise they stay <NA>.
    """
    rows = institutions[institutions["place_id"] == NAJU_CITY].copy()
    rows["group_id"] = rows["sector_group"].map(seed_groups.set_index("reference_group")["group_id"]).astype("string")
    unplaced = rows["group_id"].isna()
    matched = rows["group_id"].value_counts()
    shortfall = seed_groups.set_index("group_id")["count"] - matched.reindex(seed_groups["group_id"]).fillna(0).values
    short = shortfall[shortfall > 0]
    rows["presumed_group_id"] = rows["group_id"]
    if unplaced.any() and len(short) == 1 and int(short.iloc[0]) == int(unplaced.sum()):
        rows.loc[unplaced, "presumed_group_id"] = short.index[0]
    rows["regrouped"] = unplaced & rows["presumed_group_id"].notna()
    order = {group: position for position, group in enumerate(seed_groups["group_id"])}
    rows["_order"] = rows["presumed_group_id"].map(order).fillna(len(order))
    columns = ["row_id", "group_id", "presumed_group_id", "regrouped", "sector_group", "name_ko", "name_en"]
    columns += ["year_relocated", "source"]
    return rows.sort_values(["_order", "row_id"])[columns].reset_index(drop=True)


def naju_grouping(seed_groups: pd.DataFrame, institutions: pd.DataFrame) -> pd.DataFrame:
    """The seed's groups (counts exactly as published) next to the reference rows' groups.

    One row per seed group: its count, the reference rows whose ``sector_group`` is that group
    (count and names), then one row (``group_id`` 'other', no seed count) per reference group the
    article does not name.
    """
    members = naju_members(seed_groups, institutions)

    def names(rows: pd.DataFrame) -> dict[str, str]:
        return {
            "members_ko": " · ".join(rows["name_ko"]),
            "members_en": " · ".join(rows["name_en"].fillna(rows["name_ko"])),
        }

    records = []
    for group in seed_groups.itertuples(index=False):
        rows = members[members["group_id"] == group.group_id]
        records.append(
            {
                "group_id": group.group_id,
                "group_en": group.group_en,
                "group_ko": group.group_ko,
                "seed_count": int(group.count),
                "reference_group": group.reference_group,
                "reference_count": len(rows),
                **names(rows),
            }
        )
    for reference_group, rows in members[members["group_id"].isna()].groupby("sector_group", dropna=False):
        records.append(
            {
                "group_id": "other",
                "group_en": None,
                "group_ko": None,
                "seed_count": None,
                "reference_group": reference_group if pd.notna(reference_group) else None,
                "reference_count": len(rows),
                **names(rows),
            }
        )
    frame = pd.DataFrame.from_records(records)
    frame["seed_count"] = frame["seed_count"].astype("Int64")
    return frame


# --- Filtering and counting rows ----------------------------------------------------------------------------


def filter_institutions(
    frame: pd.DataFrame,
    *,
    places: list[str] | None = None,
    provinces: list[str] | None = None,
    sectors: list[str] | None = None,
    years: tuple[int, int] | None = None,
    include_unknown_year: bool = True,
    verification: list[str] | None = None,
    search: str = "",
) -> pd.DataFrame:
    """Rows matching every given filter; an empty/None filter keeps everything.

    ``provinces`` matches the host province or the partner of a joint city. ``sectors`` may contain ""
    for rows without a sector group. ``search`` matches Korean or English names, destination and
    previous HQ, case-insensitively, as plain text (no regex).
    """
    keep = pd.Series(True, index=frame.index)
    if places:
        keep &= frame["place_id"].isin(places)
    if provinces:
        in_province = frame["iso_code"].isin(provinces).fillna(False).astype(bool)
        in_province |= frame["partner_iso_code"].isin(provinces).fillna(False).astype(bool)
        keep &= in_province
    if sectors:
        keep &= frame["sector_group"].fillna("").isin(sectors)
    if years:
        year = frame["year_relocated"]
        in_range = year.between(years[0], years[1]).fillna(False).astype(bool)
        keep &= in_range | (year.isna() if include_unknown_year else False)
    if verification:
        keep &= frame["verification_group"].isin(verification)
    needle = search.strip().lower()[:80]
    if needle:
        columns = ["name_ko", "name_en", "name_ko_at_relocation", "destination_ko", "destination_en", "previous_hq"]
        haystack = frame[columns].fillna("").astype(str).agg(" ".join, axis=1).str.lower()
        keep &= haystack.str.contains(needle, regex=False)
    return frame[keep.astype(bool)]


def sector_counts(rows: pd.DataFrame) -> pd.DataFrame:
    """Institutions per reference sector group (rows without a group are counted as ''), most first."""
    counts = (
        rows["sector_group"].fillna("").value_counts().rename_axis("sector_group").reset_index(name="n_institutions")
    )
    return counts.sort_values(["n_institutions", "sector_group"], ascending=[False, True]).reset_index(drop=True)
