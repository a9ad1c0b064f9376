"""Pure reshaping for the /map page: city points, destinations, flows, reconciliation, Naju's groups.

No Streamlit here. Every derived figure says how it was derived (column names such as
``coord_approximate``, ``n_rows``, ``origin_basis``); nothing is filled in where a source
has no value: a city without a sourced coordinate is placed at the centroid of its host
municipalities *and flagged*, an institution without a known previous HQ gets the capital
region as a whole as its origin *and says so*.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd

CAPITAL_REGION = "KR-CAPITAL"  # origin code when the previous headquarters is not known
CAPITAL_PROVINCES = {"Seoul": "KR-11", "Incheon": "KR-28", "Gyeonggi": "KR-41"}
NOT_OF_153 = "NOT one of the 153"  # marker in `verification` for rows outside MOLIT's count
EDGE_ROWS = {  # rows a local count includes although MOLIT's 112 may not (data/cities/NOTES.md, doubt 1)
    "I033": "daegu_outside",
    "I041": "daegu_outside",
    "I051": "ulsan_division",
    "I064": "gangwon_outside",
    "I118": "jeju_branch",
}


# --- Rows: status groups ---------------------------------------------------------------


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
    """How the relocation year is known: 'actual', 'planned', 'inferred', 'bound' (moved by …), 'unknown'."""
    if year is None or pd.isna(year):
        return "unknown"
    text = "" if status is None or pd.isna(status) else str(status).strip().lower()
    if (
        text.startswith("actual")
        or text.startswith("opening")
        or text.startswith("new building")
        or text.startswith("first ")
    ):
        return "actual"
    if text.startswith("planned") or text.startswith("moves") or text.startswith("campus completion"):
        return "planned"
    if text.startswith("inferred"):
        return "inferred"
    if text.startswith("moved by") or text.startswith("moved before"):
        return "bound"
    return "other"


def previous_hq_province(text: object) -> str | None:
    """ISO code of the province named in a free-text previous HQ ('Anyang-si, Gyeonggi-do' -> KR-41), or None."""
    if text is None or pd.isna(text) or not str(text).strip():
        return None
    for name, code in CAPITAL_PROVINCES.items():
        if name.lower() in str(text).lower():
            return code
    return None


def institutions_table(institutions: pd.DataFrame, places: pd.DataFrame | None = None) -> pd.DataFrame:
    """The institution rows with derived status columns the page filters on.

    Adds ``verification_group``, ``year_basis``, ``previous_hq_iso`` (where the previous HQ
    names Seoul, Incheon or Gyeonggi), ``counted_in_153`` (False only for rows flagged as not
    one of the 153), ``edge_case`` (rows a local count includes that MOLIT may not) and, with
    ``places``, ``partner_iso_code`` (Gwangju for the joint Gwangju-Jeonnam city).
    """
    frame = institutions.copy()
    if places is not None:
        frame["partner_iso_code"] = (
            frame["place_id"].map(places.set_index("place_id")["partner_iso_code"]).astype("string")
        )
    frame["verification_group"] = frame["verification"].map(verification_group).astype("string")
    frame["year_basis"] = [year_basis(s, y) for s, y in zip(frame["year_status"], frame["year_relocated"], strict=True)]
    frame["year_basis"] = frame["year_basis"].astype("string")
    frame["previous_hq_iso"] = frame["previous_hq"].map(previous_hq_province).astype("string")
    frame["counted_in_153"] = ~frame["verification"].fillna("").str.contains(NOT_OF_153, regex=False)
    frame["edge_case"] = frame["row_id"].map(EDGE_ROWS).astype("string")
    return frame


# --- Points ------------------------------------------------------------------------------


def place_points(
    places: pd.DataFrame,
    cities: pd.DataFrame,
    institutions: pd.DataFrame,
    centroid_of: Callable[[list[str]], tuple[float, float]],
) -> pd.DataFrame:
    """One point per destination (12 innovation cities, Sejong, individual sites).

    Innovation cities use the reference's sourced coordinate where there is one
    (``coord_approximate`` False); every other point is the centroid of the host
    municipalities (``centroid_of`` codes -> (lon, lat)), flagged ``coord_approximate``.
    ``n_rows`` counts the institution rows in our data for the place (excluding rows
    flagged as not one of the 153); ``n_official`` is the city's count as given in
    innovation_cities.csv (cities only).
    """
    coords = cities.set_index("city_id")[["centroid_lat", "centroid_lon", "coord_basis", "n_institutions", "phase"]]
    counted = institutions[institutions["counted_in_153"]] if "counted_in_153" in institutions else institutions
    rows_per_place = counted.groupby("place_id").size()
    uncertain_per_place = (
        counted[counted.get("verification_group", pd.Series(dtype=str)) == "uncertain"].groupby("place_id").size()
    )
    records = []
    for place in places.itertuples(index=False):
        codes = [code.strip() for code in str(place.host_municipality_codes).split(";") if code.strip()]
        lat = lon = None
        basis = "centroid"
        if place.place_id in coords.index and pd.notna(coords.loc[place.place_id, "centroid_lat"]):
            lat = float(coords.loc[place.place_id, "centroid_lat"])
            lon = float(coords.loc[place.place_id, "centroid_lon"])
            basis = "sourced"
        if lat is None:
            lon, lat = centroid_of(codes)
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
                "coord_approximate": basis != "sourced",
                "phase": phase,
                "n_official": int(coords.loc[place.place_id, "n_institutions"]) if is_city else None,
                "n_rows": int(rows_per_place.get(place.place_id, 0)),
                "n_uncertain_rows": int(uncertain_per_place.get(place.place_id, 0)),
            }
        )
    frame = pd.DataFrame.from_records(records)
    frame["n_official"] = frame["n_official"].astype("Int64")
    return frame


# --- Flows -------------------------------------------------------------------------------


def flows(institutions: pd.DataFrame, points: pd.DataFrame, origins: Mapping[str, tuple[float, float]]) -> pd.DataFrame:
    """Arcs from the capital region to each destination, one per (origin, destination).

    Drawn rows: counted in the 153 and not 'uncertain'. The origin is the previous HQ's
    province when a source names it (Seoul, Incheon or Gyeonggi), otherwise the capital
    region as a whole (``origin_iso`` = KR-CAPITAL); ``origins`` maps those codes to (lon, lat).
    ``n_institutions`` is the number of drawn rows on the arc.
    """
    rows = institutions[institutions["counted_in_153"] & (institutions["verification_group"] != "uncertain")].copy()
    rows = rows[rows["place_id"].notna()]
    rows["origin_iso"] = rows["previous_hq_iso"].fillna(CAPITAL_REGION)
    grouped = rows.groupby(["origin_iso", "place_id"]).size().rename("n_institutions").reset_index()
    located = points.set_index("place_id")
    grouped["origin_lon"] = grouped["origin_iso"].map(lambda code: origins[code][0])
    grouped["origin_lat"] = grouped["origin_iso"].map(lambda code: origins[code][1])
    grouped["dest_lon"] = grouped["place_id"].map(located["lon"])
    grouped["dest_lat"] = grouped["place_id"].map(located["lat"])
    grouped["place_type"] = grouped["place_id"].map(located["place_type"])
    grouped["name_ko"] = grouped["place_id"].map(located["name_ko"])
    grouped["name_en"] = grouped["place_id"].map(located["name_en"])
    grouped["origin_known"] = grouped["origin_iso"] != CAPITAL_REGION
    return grouped.sort_values(["place_id", "origin_iso"]).reset_index(drop=True)


# --- Reconciliation with MOLIT's 153 ---------------------------------------------------------


def reconciliation(institutions: pd.DataFrame, totals: pd.DataFrame) -> pd.DataFrame:
    """Official counts (MOLIT, Dec 2019) next to the rows in our data, per destination type.

    Columns: category, official, rows, rows_not_of_153, rows_edge_case, rows_uncertain,
    rows_partial, difference (= rows counted in the 153 − official; negative means rows are missing).
    """
    official = totals.set_index("category")["count"]
    records = []
    for category in ("innovation_city", "sejong", "individual"):
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


# --- Naju ------------------------------------------------------------------------------------


def naju_groups(seed_groups: pd.DataFrame, naju_rows: pd.DataFrame) -> pd.DataFrame:
    """The seed's four groups (counts exactly as published) next to the reference rows' groups.

    One row per group: the seed's group and count, the reference rows whose ``sector_group``
    is that group (count and names), and a final row for reference groups the seed does not
    name (the Teachers' Pension's 'finance'), with no seed count.
    """
    records = []
    matched: set[str] = set()
    for group in seed_groups.itertuples(index=False):
        members = naju_rows[naju_rows["sector_group"] == group.reference_group]
        matched.add(group.reference_group)
        records.append(
            {
                "group_id": group.group_id,
                "group_en": group.group_en,
                "group_ko": group.group_ko,
                "seed_count": int(group.count),
                "reference_group": group.reference_group,
                "reference_count": len(members),
                "members_ko": " · ".join(members["name_ko"]),
                "members_en": " · ".join(members["name_en"].fillna(members["name_ko"])),
            }
        )
    rest = naju_rows[~naju_rows["sector_group"].isin(matched)]
    for group, members in rest.groupby("sector_group", dropna=False):
        records.append(
            {
                "group_id": "other",
                "group_en": None,
                "group_ko": None,
                "seed_count": None,
                "reference_group": group if pd.notna(group) else None,
                "reference_count": len(members),
                "members_ko": " · ".join(members["name_ko"]),
                "members_en": " · ".join(members["name_en"].fillna(members["name_ko"])),
            }
        )
    frame = pd.DataFrame.from_records(records)
    frame["seed_count"] = frame["seed_count"].astype("Int64")
    return frame


# --- Filtering the table -----------------------------------------------------------------------


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

    ``sectors`` may contain "" for rows without a sector group. ``search`` matches Korean or
    English names, destination and previous HQ, case-insensitively, as plain text (no regex).
    """
    keep = pd.Series(True, index=frame.index)
    if places:
        keep &= frame["place_id"].isin(places)
    if provinces:
        in_province = frame["iso_code"].isin(provinces)
        if "partner_iso_code" in frame:
            in_province |= frame["partner_iso_code"].isin(provinces).fillna(False).astype(bool)
        keep &= in_province.fillna(False).astype(bool)
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
        haystack = (
            frame["name_ko"].fillna("")
            + " "
            + frame["name_en"].fillna("")
            + " "
            + frame["name_ko_at_relocation"].fillna("")
            + " "
            + frame["destination_ko"].fillna("")
            + " "
            + frame["destination_en"].fillna("")
            + " "
            + frame["previous_hq"].fillna("")
        ).str.lower()
        keep &= haystack.str.contains(needle, regex=False)
    return frame[keep.astype(bool)]


def sector_counts(rows: pd.DataFrame) -> pd.DataFrame:
    """Institutions per reference sector group (rows without a group are counted as '')."""
    counts = (
        rows["sector_group"].fillna("").value_counts().rename_axis("sector_group").reset_index(name="n_institutions")
    )
    return counts.sort_values(["n_institutions", "sector_group"], ascending=[False, True]).reset_index(drop=True)


# --- Display tables (labels in the reader's language; the data values stay exact) ------------------


def sector_label(value: object, lang: str) -> str:
    from components.strings import t
    from components.strings.map import SECTOR_LABELS

    if value is None or pd.isna(value) or value == "":
        return t("map_sector_missing", lang)
    return SECTOR_LABELS.get(str(value), {}).get(lang, str(value))


def name_en_basis(status: object, lang: str) -> str:
    from components.strings import t

    text = "" if status is None or pd.isna(status) else str(status).lower()
    if text.startswith("source"):
        return t("map_name_en_sourced", lang)
    if text.startswith("brief"):
        return t("map_name_en_brief", lang)
    return t("map_name_en_unverified", lang)


def institution_display(
    frame: pd.DataFrame,
    lang: str,
    place_names: Mapping[str, Mapping[str, str]],
    province_names: Mapping[str, Mapping[str, str]],
    *,
    detail: bool = True,
    place_columns: bool = True,
) -> pd.DataFrame:
    """The rows as the page shows and downloads them: headers and labels in ``lang``, values exact.

    Missing values stay missing (empty cells); the year is shown with how it is known.
    ``place_columns=False`` drops destination, type and province (a one-city list).
    """
    from components.strings import t

    def col(key: str) -> str:
        return t(f"map_col_{key}", lang)

    out = pd.DataFrame(
        {
            col("row_id"): frame["row_id"],
            col("name_ko"): frame["name_ko"],
            col("name_en"): frame["name_en"],
            col("name_en_status"): [name_en_basis(v, lang) for v in frame["name_en_status"]],
            col("destination"): [
                place_names.get(p, {}).get(lang, d) if isinstance(p, str) else d
                for p, d in zip(
                    frame["place_id"], frame["destination_ko"] if lang == "ko" else frame["destination_en"], strict=True
                )
            ],
            col("type"): [t(f"map_type_{v}", lang) for v in frame["destination_type"]],
            col("province"): [
                province_names.get(c, {}).get(lang, c) if isinstance(c, str) else None for c in frame["iso_code"]
            ],
            col("sector"): [sector_label(v, lang) for v in frame["sector_group"]],
            col("year"): frame["year_relocated"],
            col("year_basis"): [t(f"map_year_{v}", lang) for v in frame["year_basis"]],
            col("previous_hq"): frame["previous_hq"],
            col("verification"): [t(f"map_verif_{v}", lang) for v in frame["verification_group"]],
        }
    )
    if not place_columns:
        out = out.drop(columns=[col("destination"), col("type"), col("province")])
    if detail:
        out[col("year_status")] = frame["year_status"].values
        out[col("verification_detail")] = frame["verification"].values
        out[col("name_at_relocation")] = frame["name_ko_at_relocation"].replace("", pd.NA).values
        out[col("note")] = frame["notes"].replace("", pd.NA).values
        out[col("source")] = frame["source"].values
    return out.reset_index(drop=True)
