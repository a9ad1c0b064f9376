"""Public institutions relocated from the capital region: where each went, flows, counts.

Pure (no Streamlit).
"""

from __future__ import annotations

import pandas as pd


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
