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
    """(lon, lat) where flows start: each capital-region province, and the region as a whole (equal-area centroids)."""
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


# City summaries the sources give in English only; ``innovation_cities_ko`` words them in Korean.
CITY_TEXT_COLUMNS = ("specialised_sectors", "n_institutions_note", "area_note", "planned_population_note")


def innovation_cities_bilingual(cities: pd.DataFrame, korean: pd.DataFrame) -> pd.DataFrame:
    """Innovation cities with the Korean wording of their English summaries (``<column>_ko``, our translation)."""
    return cities.merge(korean, on="city_id", how="left", validate="one_to_one")


def city_summary(row: object, column: str, lang: str) -> str:
    """A city summary (``CITY_TEXT_COLUMNS``) in the page's language; "" when the source has none."""
    name = f"{column}_ko" if lang == "ko" else column
    value = row.get(name) if isinstance(row, pd.Series | dict) else getattr(row, name, None)
    return value if isinstance(value, str) and value else ""


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
    notes = [column for column in ("n_institutions_note", "n_institutions_note_ko") if column in cities]
    frame = cities[["city_id", "name_ko", "name_en", "n_institutions", *notes]].copy()
    frame["rows"] = frame["city_id"].map(all_rows).fillna(0).astype("int64")
    frame["rows_counted_in_153"] = frame["city_id"].map(counted).fillna(0).astype("int64")
    return frame


# --- Naju's grouping (Asia Economy, 2021: 4 / 5 / 4 / 3; row by row: Namdo Ilbo, 2017) -------------------


def naju_members(seed_groups: pd.DataFrame, institutions: pd.DataFrame) -> pd.DataFrame:
    """Naju's institution rows, each with the seed article's group, in the seed's order.

    ``group_id`` is the row's own ``seed_group`` (institutions.csv): Namdo Ilbo (2017-03-15) lists the 16
    institutions in the seed's four groups, so each row carries its group and source (``seed_group_source``).
    ``regrouped`` marks a row whose reference sector (``sector_group``, 2019 sources) is not the one its
    seed group stands for: the Teachers' Pension, 'finance' there, culture & arts in the seed's scheme.
    """
    rows = institutions[institutions["place_id"] == NAJU_CITY].copy()
    unknown = set(rows["seed_group"].dropna()) - set(seed_groups["group_id"])
    if unknown:
        raise ValueError(f"Naju rows name seed groups the seed does not have: {sorted(unknown)}")
    rows["group_id"] = rows["seed_group"].astype("string")
    stands_for = rows["group_id"].map(seed_groups.set_index("group_id")["reference_group"])
    rows["regrouped"] = (rows["group_id"].notna() & (stands_for != rows["sector_group"])).astype(bool)
    order = {group: position for position, group in enumerate(seed_groups["group_id"])}
    rows["_order"] = rows["group_id"].map(order).astype("Float64").fillna(len(order))
    columns = ["row_id", "group_id", "regrouped", "sector_group", "name_ko", "name_en"]
    columns += ["year_relocated", "source", "seed_group_source"]
    return rows.sort_values(["_order", "row_id"])[columns].reset_index(drop=True)


def naju_grouping(seed_groups: pd.DataFrame, institutions: pd.DataFrame) -> pd.DataFrame:
    """The seed's groups (counts exactly as published) next to the rows' two groupings.

    One row per seed group: its count (``seed_count``), the rows the data puts in it (``rows``, with
    their names: Namdo Ilbo's grouping), and the rows whose own sector is the group's reference group
    (``reference_count``); then one row (``group_id`` 'other', no seed count, no rows) per reference
    sector the article does not name, with the rows of that sector (the Teachers' Pension's 'finance').
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
                "rows": len(rows),
                "reference_group": group.reference_group,
                "reference_count": int((members["sector_group"] == group.reference_group).sum()),
                **names(rows),
            }
        )
    named = set(seed_groups["reference_group"])
    others = members[~members["sector_group"].isin(named)]
    for reference_group, rows in others.groupby("sector_group", dropna=False):
        records.append(
            {
                "group_id": "other",
                "group_en": None,
                "group_ko": None,
                "seed_count": None,
                "rows": None,
                "reference_group": reference_group if pd.notna(reference_group) else None,
                "reference_count": len(rows),
                **names(rows),
            }
        )
    frame = pd.DataFrame.from_records(records)
    frame["seed_count"] = frame["seed_count"].astype("Int64")
    frame["rows"] = frame["rows"].astype("Int64")
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


# --- Counting a province's institutions (the Overview, /regions, /present) --------------------------------


def counting_status(verification: object) -> str:
    """How a row counts: 'counted' (in MOLIT's 153 and not uncertain), 'uncertain' (in the 153, marked
    uncertain: given apart) or 'not_of_153' (flagged as not one of the 153, e.g. KRIT: never counted).
    """
    text = "" if verification is None or pd.isna(verification) else str(verification)
    if NOT_OF_153 in text:
        return "not_of_153"
    return "uncertain" if verification_group(text) == "uncertain" else "counted"


def counting_statuses(institutions: pd.DataFrame) -> pd.Series:
    """``counting_status`` of every row (a string Series on the rows' index)."""
    return institutions["verification"].map(counting_status).astype("string")


@dataclass(frozen=True)
class SharedCity:
    """An innovation city a province shares but does not host (Gwangju: Bitgaram, built in Naju, Jeollanam-do)."""

    place_id: str
    name_ko: str
    name_en: str
    host_iso: str
    counted: int
    uncertain: int


@dataclass(frozen=True)
class ProvinceInstitutions:
    """A province's relocated institutions, counted as /regions counts them.

    ``counted``: rows sited in the province, counted in the 153 and not marked uncertain (what /regions
    ranks); ``uncertain``: rows in the 153 marked uncertain (say "n, plus k uncertain");
    ``not_of_153``: rows sited there but flagged as not one of the 153 (never counted);
    ``shared_cities``: innovation cities the province shares with the host province, with their counts.
    """

    province: str
    counted: int
    uncertain: int
    not_of_153: int
    shared_cities: tuple[SharedCity, ...]


def province_institutions(province: str, institutions: pd.DataFrame, places: pd.DataFrame) -> ProvinceInstitutions:
    """The one count of a province's institutions (``institutions``: ``institutions_with_place`` rows).

    Rows are counted in their host province (``iso_code``); a province that shares an innovation city
    it does not host (``partner_iso_code`` in relocation_places) gets that city's counts apart.
    """
    status = counting_statuses(institutions)
    here = status[(institutions["iso_code"] == province).fillna(False).astype(bool)]
    shared = []
    cities = places[(places["place_type"] == "innovation_city") & (places["partner_iso_code"] == province)]
    for city in cities.itertuples(index=False):
        in_city = status[(institutions["place_id"] == city.place_id).fillna(False).astype(bool)]
        shared.append(
            SharedCity(
                place_id=city.place_id,
                name_ko=city.name_ko,
                name_en=city.name_en,
                host_iso=city.iso_code,
                counted=int((in_city == "counted").sum()),
                uncertain=int((in_city == "uncertain").sum()),
            )
        )
    return ProvinceInstitutions(
        province=province,
        counted=int((here == "counted").sum()),
        uncertain=int((here == "uncertain").sum()),
        not_of_153=int((here == "not_of_153").sum()),
        shared_cities=tuple(shared),
    )


# --- Relocated employees: two reports of one MOLIT count ------------------------------------------------

PRIMARY_EMPLOYEE_REPORT = "etnews_2022"  # the report whose city figures innovation_cities.csv uses


@dataclass(frozen=True)
class ReportedTotal:
    """One press report of MOLIT's end-of-Sept-2021 count: who, when, where, and the total it prints."""

    publisher_ko: str
    publisher_en: str
    published: str
    source: str
    printed_total: int


@dataclass(frozen=True)
class EmployeeCounts:
    """Relocated employees per innovation city, and the disagreement between the two reports of the count.

    ``city_figures``: city_id -> employees as the data uses them (the primary report, innovation_cities.csv);
    ``city_sum``: their sum; ``primary``: that report and the total it prints (etnews: 40,331, likely a typo);
    ``other``: the second report (Kwangju Ilbo: its city figures add up to its total, 44,734);
    ``other_city_figures``: city_id -> employees of the second report, where recorded.
    """

    city_figures: pd.Series
    city_sum: int
    primary: ReportedTotal
    other: ReportedTotal
    other_city_figures: pd.Series

    @property
    def difference(self) -> int:
        """How far the two reports' totals are apart (persons): the primary's city sum − the other's total."""
        return self.city_sum - self.other.printed_total


def employee_counts(cities: pd.DataFrame, reports: pd.DataFrame) -> EmployeeCounts:
    """The employees figures with their basis (``cities``: innovation_cities; ``reports``: employee_count_reports)."""
    figures = cities.set_index("city_id")["relocated_employees"].dropna().astype("int64")
    totals = reports[reports["figure"] == "printed_total"]

    def reported(row: pd.Series) -> ReportedTotal:
        return ReportedTotal(
            str(row["publisher_ko"]),
            str(row["publisher_en"]),
            str(row["published"]),
            str(row["source"]),
            int(row["employees"]),
        )

    primary = totals[totals["report_id"] == PRIMARY_EMPLOYEE_REPORT]
    other = totals[totals["report_id"] != PRIMARY_EMPLOYEE_REPORT]
    if len(primary) != 1 or len(other) != 1:
        raise ValueError("employee_count_reports.csv must give one printed total for each of the two reports")
    other_id = other.iloc[0]["report_id"]
    other_cities = reports[(reports["report_id"] == other_id) & (reports["figure"] == "city")]
    return EmployeeCounts(
        city_figures=figures,
        city_sum=int(figures.sum()),
        primary=reported(primary.iloc[0]),
        other=reported(other.iloc[0]),
        other_city_figures=other_cities.set_index("city_id")["employees"].astype("int64"),
    )
