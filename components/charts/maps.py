"""The relocation map (pydeck) and the charts beside it (Altair). Pure: data in, layers/deck/chart out.

Offline by construction: ``map_provider=None`` and no tile basemap — the base layer is our
own GeoJSON (geo/), drawn over a plain sea-coloured rectangle. Every pickable layer has an
``id`` (the page reads click selections by layer id). pydeck turns every plain string
argument into a JavaScript expression, so constant strings (units, font) are passed quoted.
Tooltips are plain text (``{"text": "{tip}"}``), never HTML, so data text cannot inject markup;
each layer's rows carry their own ``tip``. The flows drawn are ``data.relocation.capital_region_flows``,
the one flow table of every page.
"""

from __future__ import annotations

import json
import math
import re

import altair as alt
import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

import geo
from components.charts.style import styled
from components.strings import t, tn
from components.theme import ACCENT, FONT, INK, PRIMARY, rgb
from data.provinces import CAPITAL_REGION

SEA = [232, 240, 248]
LAND = [246, 247, 248]
LAND_CAPITAL = [253, 236, 220]  # Seoul, Incheon, Gyeonggi: where the institutions came from
BORDER = [140, 146, 152]
SELECTED_FILL = [*rgb(PRIMARY), 46]
SELECTED_LINE = rgb(PRIMARY)
PHASE_COLOURS = {"first": rgb(PRIMARY), "second": rgb(ACCENT)}
OTHER_DESTINATION = [110, 70, 180]
FLOW_COLOUR = [214, 64, 69]  # red: apart from the blue and orange cities and the blue outlines
HOST_FILL = [*rgb(PRIMARY), 70]

LABEL_SIZE = 15  # px: city names read at arm's length from a 1366 px laptop and from across a room
LAYER_IDS = ("sea", "provinces", "municipalities", "flows", "destinations", "cities", "labels")


# --- View -----------------------------------------------------------------------------------


def view_for_bounds(
    bounds: tuple[float, float, float, float], *, width: int = 620, height: int = 540, padding: float = 0.1
) -> dict:
    """Centre and zoom (Web Mercator) that frame ``(min_lon, min_lat, max_lon, max_lat)`` in a width×height box."""
    min_lon, min_lat, max_lon, max_lat = bounds

    def mercator_y(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    lon_span = max(max_lon - min_lon, 1e-3)
    y_span = max(mercator_y(max_lat) - mercator_y(min_lat), 1e-5)
    tile = 512  # deck.gl's Web Mercator: the whole world is 512 px wide at zoom 0
    zoom_x = math.log2(width * 360 / (tile * lon_span))
    zoom_y = math.log2(height * 2 * math.pi / (tile * y_span))
    centre_y = (mercator_y(max_lat) + mercator_y(min_lat)) / 2
    centre_lat = math.degrees(2 * math.atan(math.exp(centre_y)) - math.pi / 2)
    return {
        "longitude": round((min_lon + max_lon) / 2, 4),
        "latitude": round(centre_lat, 4),
        "zoom": round(min(zoom_x, zoom_y) - padding, 2),
    }


KOREA_BOUNDS = (125.0, 33.1, 130.95, 38.62)  # mainland, Jeju and Ulleungdo (Dokdo is further east, at 131.87°E)
KOREA_VIEW = view_for_bounds(KOREA_BOUNDS, padding=0.05)
CAPITAL_BOUNDS = (126.5, 37.2, 127.4, 37.8)  # Seoul, Incheon and the Gyeonggi core, where the flows start
CITY_MARGIN = 0.45  # degrees around a chosen city, so its name and circle are not at the edge


def view_for_city(points: pd.DataFrame, city: str, *, width: int = 900, height: int = 640) -> dict:
    """A view that frames a chosen city and the capital region its flows come from (the city is not lost in
    the whole country, and its flows stay whole)."""
    row = points.set_index("place_id").loc[city]
    lon, lat = float(row["lon"]), float(row["lat"])
    bounds = (
        min(CAPITAL_BOUNDS[0], lon - CITY_MARGIN),
        min(CAPITAL_BOUNDS[1], lat - CITY_MARGIN),
        max(CAPITAL_BOUNDS[2], lon + CITY_MARGIN),
        max(CAPITAL_BOUNDS[3], lat + CITY_MARGIN),
    )
    return view_for_bounds(bounds, width=width, height=height)


# --- Base layers -------------------------------------------------------------------------------


def sea_layer() -> pdk.Layer:
    """A plain rectangle behind the land, so the map reads as a map without any tiles."""
    box = [[[120.0, 30.0], [135.0, 30.0], [135.0, 40.5], [120.0, 40.5], [120.0, 30.0]]]
    return pdk.Layer(
        "SolidPolygonLayer",
        id="sea",
        data=[{"polygon": box}],
        get_polygon="polygon",
        get_fill_color=SEA,
        pickable=False,
    )


def province_base_layer(
    provinces: dict, names: dict[str, dict[str, str]], lang: str, *, selected: str | None = None
) -> pdk.Layer:
    """The 17 provinces; the capital region tinted, the selected province highlighted. Names come from the data."""
    features = []
    for feature in provinces["features"]:
        code = feature["properties"]["code"]
        capital = code in CAPITAL_REGION
        fill = SELECTED_FILL if code == selected else (LAND_CAPITAL if capital else LAND)
        name = names.get(code, {}).get(lang) or feature["properties"].get(f"name_{lang}") or code
        tip = name + (f"\n{t('map_tip_capital_region', lang)}" if capital else "")
        features.append(
            {
                "type": "Feature",
                "geometry": feature["geometry"],
                "properties": {
                    "code": code,
                    "tip": tip,
                    "fill": fill,
                    "line": SELECTED_LINE if code == selected else BORDER,
                    "width": 2.5 if code == selected else 1,
                },
            }
        )
    return pdk.Layer(
        "GeoJsonLayer",
        id="provinces",
        data={"type": "FeatureCollection", "features": features},
        stroked=True,
        filled=True,
        get_fill_color="properties.fill",
        get_line_color="properties.line",
        get_line_width="properties.width",
        line_width_units='"pixels"',
        pickable=True,
        auto_highlight=False,
    )


def municipality_layer(municipalities: dict, lang: str, *, host_codes: tuple[str, ...] = ()) -> pdk.Layer:
    """Municipal borders of the framed province; the selected city's host municipalities filled."""
    features = []
    for feature in municipalities["features"]:
        props = feature["properties"]
        host = props["code"] in host_codes
        features.append(
            {
                "type": "Feature",
                "geometry": feature["geometry"],
                "properties": {
                    "code": props["code"],
                    "tip": props.get(f"name_{lang}") or props["name_ko"],
                    "fill": HOST_FILL if host else [0, 0, 0, 0],
                },
            }
        )
    return pdk.Layer(
        "GeoJsonLayer",
        id="municipalities",
        data={"type": "FeatureCollection", "features": features},
        stroked=True,
        filled=True,
        get_fill_color="properties.fill",
        get_line_color=[165, 170, 176],
        get_line_width=0.6,
        line_width_units='"pixels"',
        pickable=True,
    )


# --- Points and flows ----------------------------------------------------------------------------


def short_label(name: str) -> str:
    """'강원혁신도시(원주)' -> '원주', 'Busan Innovation City' -> 'Busan', '부산혁신도시' -> '부산'."""
    inside = re.search(r"\(([^)]+)\)", name)
    if inside:
        return inside.group(1)
    return re.sub(r"\s*(Innovation City|혁신도시)\s*$", "", name).strip()


def point_radius(n_institutions: object) -> float:
    """Pixel radius growing with the square root of the count (area ∝ count); 5 px for none."""
    n = 0 if n_institutions is None or pd.isna(n_institutions) else int(n_institutions)
    return round(5 + 2.2 * math.sqrt(n), 2)


def city_tip(row: pd.Series, lang: str, province_name: str) -> str:
    """A city's tooltip: name, province, phase, its count and rows, how its point was placed."""
    lines = [row[f"name_{lang}"], province_name, t(f"map_tip_phase_{row['phase']}", lang)]
    lines.append(tn("map_tip_institutions", lang, int(row["n_official"]), rows=row["n_rows"]))
    lines.append(t("map_tip_coord_approx", lang) if row["coord_approximate"] else t("map_tip_coord_sourced", lang))
    return "\n".join(lines)


def innovation_city_layer(
    points: pd.DataFrame, province_names: dict, lang: str, *, selected: str | None = None
) -> pdk.Layer:
    """The 12 innovation cities sized by institutions (the city's official count), coloured by phase.

    Cities without a sourced coordinate are drawn hollow (white fill, coloured ring): the
    point is the centroid of their host municipalities, as the tooltip says.
    """
    cities = points[points["place_type"] == "innovation_city"]
    records = []
    for _, row in cities.iterrows():
        colour = PHASE_COLOURS[row["phase"]]
        is_selected = row["place_id"] == selected
        records.append(
            {
                "city_id": row["place_id"],
                "position": [row["lon"], row["lat"]],
                "radius": point_radius(row["n_official"]),
                "fill": [255, 255, 255, 235] if row["coord_approximate"] else [*colour, 225],
                "line": [20, 20, 20] if is_selected else colour,
                "line_width": 4 if is_selected else 2.5,
                "tip": city_tip(row, lang, province_names.get(row["iso_code"], {}).get(lang, row["iso_code"])),
            }
        )
    return pdk.Layer(
        "ScatterplotLayer",
        id="cities",
        data=records,
        get_position="position",
        get_radius="radius",
        radius_units='"pixels"',
        get_fill_color="fill",
        get_line_color="line",
        get_line_width="line_width",
        line_width_units='"pixels"',
        stroked=True,
        filled=True,
        pickable=True,
        auto_highlight=True,
        highlight_color=[255, 200, 0, 160],
    )


def destination_layer(points: pd.DataFrame, province_names: dict, lang: str) -> pdk.Layer:
    """Sejong and the individually relocated sites (centroids of their host municipalities, approximate)."""
    others = points[points["place_type"] != "innovation_city"]
    records = []
    for _, row in others.iterrows():
        lines = [
            row[f"name_{lang}"],
            province_names.get(row["iso_code"], {}).get(lang, row["iso_code"]),
            t(f"map_tip_type_{row['place_type']}", lang),
            tn("map_tip_rows", lang, int(row["n_rows"]), uncertain=row["n_uncertain_rows"]),
            t("map_tip_coord_approx", lang),
        ]
        records.append(
            {
                "place_id": row["place_id"],
                "position": [row["lon"], row["lat"]],
                "radius": point_radius(row["n_rows"]) * 0.8,
                "tip": "\n".join(lines),
            }
        )
    return pdk.Layer(
        "ScatterplotLayer",
        id="destinations",
        data=records,
        get_position="position",
        get_radius="radius",
        radius_units='"pixels"',
        get_fill_color=[*OTHER_DESTINATION, 200],
        get_line_color=[255, 255, 255],
        get_line_width=1.5,
        line_width_units='"pixels"',
        stroked=True,
        filled=True,
        pickable=True,
        auto_highlight=True,
    )


def flow_width(n_institutions: int) -> float:
    return round(1 + 0.4 * n_institutions, 2)


FLOW_BEND = 0.2  # how far a flow bows sideways, as a share of its length
FLOW_POINTS = 13  # points along each flow's curve: smooth at the zooms the map allows


def flow_curve(source: tuple[float, float], target: tuple[float, float]) -> list[list[float]]:
    """A flow drawn flat, as a curve bowed to the left of travel (a quadratic Bézier, lon/lat).

    Flat because everything then lies on the ground and is drawn in layer order, names last: raised
    arcs (deck.gl's ArcLayer) needed a depth override on the names, and any ``parameters`` on a layer
    or the deck cost the first frame about 0.6 s more in software WebGL (a deck alone, measured to the
    rendered frame: +3.8 s over an empty page with it, +3.2 s without).
    The curve is built in a local equirectangular plane so the bow is the same on every heading.
    """
    (x0, y0), (x1, y1) = source, target
    squeeze = math.cos(math.radians((y0 + y1) / 2))  # a degree of longitude is shorter than one of latitude
    ax, bx = x0 * squeeze, x1 * squeeze
    cx, cy = (ax + bx) / 2 - FLOW_BEND * (y1 - y0), (y0 + y1) / 2 + FLOW_BEND * (bx - ax)
    curve = []
    for step in range(FLOW_POINTS):
        u = step / (FLOW_POINTS - 1)
        x = (1 - u) ** 2 * ax + 2 * (1 - u) * u * cx + u**2 * bx
        y = (1 - u) ** 2 * y0 + 2 * (1 - u) * u * cy + u**2 * y1
        curve.append([round(x / squeeze, 4), round(y, 4)])
    curve[0], curve[-1] = [x0, y0], [x1, y1]  # the ends exactly where the data puts them
    return curve


def relocation_flows_layer(
    flows: pd.DataFrame, province_names: dict, lang: str, *, selected: str | None = None
) -> pdk.Layer:
    """Curves from the capital region (or the previous HQ's province, when known) to each destination.

    ``flows`` is ``data.relocation.capital_region_flows``. Width grows with the number of
    institutions on the flow; with a city selected its flows stay strong and the others fade.
    """
    records = []
    for _, row in flows.iterrows():
        faded = selected is not None and row["place_id"] != selected
        origin = (
            province_names.get(row["origin_iso"], {}).get(lang, row["origin_iso"])
            if row["origin_known"]
            else t("map_origin_capital_region", lang)
        )
        tip = "\n".join(
            [
                f"{origin} → {row[f'name_{lang}']}",
                tn("map_tip_flow_count", lang, int(row["n_institutions"])),
                t("map_tip_flow_origin_known" if row["origin_known"] else "map_tip_flow_origin_unknown", lang),
            ]
        )
        records.append(
            {
                "place_id": row["place_id"],
                "origin_iso": row["origin_iso"],
                "n": int(row["n_institutions"]),
                "path": flow_curve((row["origin_lon"], row["origin_lat"]), (row["dest_lon"], row["dest_lat"])),
                "width": flow_width(int(row["n_institutions"])),
                "colour": [*FLOW_COLOUR, 45 if faded else 160],
                "tip": tip,
            }
        )
    return pdk.Layer(
        "PathLayer",
        id="flows",
        data=records,
        get_path="path",
        get_width="width",
        width_units='"pixels"',
        get_color="colour",
        cap_rounded=True,
        joint_rounded=True,
        pickable=True,
        auto_highlight=True,
    )


SECOND_PHASE_MARK = " · 2020"  # the 2020 cities differ from the first ten by more than colour (KWCAG 1.4.1)


def label_layer(points: pd.DataFrame, lang: str) -> pdk.Layer:
    """Short names beside the innovation cities and Sejong (not pickable); the 2020 cities marked "· 2020"."""
    shown = points[points["place_type"].isin(["innovation_city", "sejong"])]
    records = [
        {
            "position": [row["lon"], row["lat"]],
            "text": short_label(row[f"name_{lang}"]) + (SECOND_PHASE_MARK if row.get("phase") == "second" else ""),
            "offset": [point_radius(row["n_official"] if pd.notna(row["n_official"]) else row["n_rows"]) + 4, 0],
        }
        for _, row in shown.iterrows()
    ]
    return pdk.Layer(
        "TextLayer",
        id="labels",
        data=records,
        get_position="position",
        get_text="text",
        get_size=LABEL_SIZE,
        size_units='"pixels"',
        get_color=rgb(INK),
        get_pixel_offset="offset",
        font_family=f'"{FONT}"',
        font_weight=600,
        character_set='"' + "".join(sorted({char for record in records for char in record["text"]})) + '"',
        background=True,  # a white plate: the name stays readable over flows and other circles
        get_background_color=[255, 255, 255, 225],
        background_padding=[4, 2],
        get_text_anchor='"start"',
        get_alignment_baseline='"center"',
        pickable=False,
    )


# --- The deck --------------------------------------------------------------------------------------


class CompactDeck(pdk.Deck):
    """A Deck whose JSON has no indentation: pydeck pretty-prints (indent 2), which makes the
    boundary data about five times larger on the wire; Streamlit sends ``to_json()`` as is."""

    def to_json(self) -> str:
        # Memoised: a deck is built once per selection and shared (see components.page.cached_build);
        # serialising the boundaries is the expensive part of drawing it.
        # Same text as re-dumping pydeck's pretty JSON compactly, in one pass: without ``indent``,
        # Python's C JSON encoder does the work (pydeck's indent=2 forces the slow pure-Python one).
        cached = self.__dict__.get("_compact_json")
        if cached is None:
            cached = json.dumps(
                self, sort_keys=True, default=default_serialize, ensure_ascii=False, separators=(",", ":")
            )
            self.__dict__["_compact_json"] = cached
        return cached


def compact_deck(layers: list[pdk.Layer], view: dict, *, height: int | None = None) -> CompactDeck:
    """The deck: no map provider, no basemap, plain-text tooltips, compact JSON.

    ``map_style`` is left at pydeck's default, the "__MAP_STYLE__" sentinel: Streamlit then
    draws no basemap at all. ``map_style=None`` would make Streamlit 1.67 fall back to Carto's
    basemap, a request to the internet (tests/test_map.py asserts neither happens).
    """
    return CompactDeck(
        layers=layers,
        initial_view_state=pdk.ViewState(**view, pitch=0, bearing=0, min_zoom=4.5, max_zoom=11),
        map_provider=None,
        tooltip={"text": "{tip}"},
        **({"height": height} if height else {}),
    )


def relocation_map_deck(
    flows: pd.DataFrame,
    points: pd.DataFrame,
    province_names: dict[str, dict[str, str]],
    lang: str,
    *,
    province: str | None = None,
    city: str | None = None,
    show_flows: bool = True,
    show_labels: bool = True,
    view: dict | None = None,
    height: int | None = None,
) -> CompactDeck:
    """The relocation map: provinces, the flows (``capital_region_flows``), destinations, cities, names.

    With ``province`` the view frames it and its municipal borders are drawn (the selected city's
    host municipalities filled when the city lies in it); ``city`` is highlighted and its flows stay
    strong. ``view`` overrides the framing (e.g. ``view_for_bounds(KOREA_BOUNDS, width=…, height=…)``).
    """
    layers = [sea_layer(), province_base_layer(geo.province_features(), province_names, lang, selected=province)]
    if province:
        host_codes: tuple[str, ...] = ()
        located = points.set_index("place_id")
        if city in located.index and province in (located.loc[city, "iso_code"], located.loc[city, "partner_iso_code"]):
            host_codes = tuple(located.loc[city, "host_municipality_codes"].split(";"))
        layers.append(municipality_layer(geo.municipalities_of(province), lang, host_codes=host_codes))
    if show_flows:
        layers.append(relocation_flows_layer(flows, province_names, lang, selected=city))
    layers.append(destination_layer(points, province_names, lang))
    layers.append(innovation_city_layer(points, province_names, lang, selected=city))
    if show_labels:
        layers.append(label_layer(points, lang))
    if view is None:
        view = view_for_bounds(geo.province_bounds(province)) if province else KOREA_VIEW
    return compact_deck(layers, view, height=height)


# --- Charts beside the map (Altair) ------------------------------------------------------------------


def sector_bars(counts: pd.DataFrame, lang: str, *, height: int = 260) -> alt.TopLevelMixin:
    """Institutions per sector group of one city (``counts``: label, n_institutions)."""
    unit = t("map_sector_chart_unit", lang)
    chart = (
        alt.Chart(counts)
        .mark_bar(color=PRIMARY, cornerRadiusTopRight=3, cornerRadiusBottomRight=3)
        .encode(
            y=alt.Y("label:N", title=None, sort="-x", axis=alt.Axis(labelLimit=260)),
            x=alt.X("n_institutions:Q", title=unit, axis=alt.Axis(tickMinStep=1, format="d")),
            tooltip=[
                alt.Tooltip("label:N", title=t("map_col_sector", lang)),
                alt.Tooltip("n_institutions:Q", title=unit),
            ],
        )
    )
    text = chart.mark_text(align="left", dx=4, fontSize=13, color=INK).encode(text="n_institutions:Q")
    return styled(chart + text, height=height)


def naju_group_bars(groups: pd.DataFrame, lang: str, *, height: int = 300) -> alt.TopLevelMixin:
    """Naju's groups: the seed article's counts (4/5/4/3) beside the reference rows' counts, per group.

    ``groups`` has one row per (group label, series, count); the reference's finance row has
    no article count and is drawn for the reference series only.
    """
    unit = t("map_sector_chart_unit", lang)
    series_domain = [t("map_naju_seed_series", lang), t("map_naju_reference_series", lang)]
    chart = (
        alt.Chart(groups)
        .mark_bar(cornerRadiusTopRight=3, cornerRadiusBottomRight=3)
        .encode(
            y=alt.Y(
                "label:N", title=None, sort=groups["label"].drop_duplicates().tolist(), axis=alt.Axis(labelLimit=260)
            ),
            yOffset=alt.YOffset("series:N", sort=series_domain),
            x=alt.X("count:Q", title=unit, axis=alt.Axis(tickMinStep=1, format="d")),
            color=alt.Color("series:N", title=None, scale=alt.Scale(domain=series_domain, range=[ACCENT, PRIMARY])),
            tooltip=[
                alt.Tooltip("label:N", title=t("map_col_sector", lang)),
                alt.Tooltip("series:N", title=" "),
                alt.Tooltip("count:Q", title=unit),
            ],
        )
    )
    text = chart.mark_text(align="left", dx=4, fontSize=13, color=INK).encode(text="count:Q")
    return styled(chart + text, height=height)
