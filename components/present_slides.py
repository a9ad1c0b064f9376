"""Pure builders for the /present slides: data in, figures/charts/maps out (no Streamlit).

Each slide has one idea: a headline built from the data and one chart or map,
sized for a big screen (``SCALE`` enlarges every chart label). Slide
navigation (which slides, next/previous, when to auto-advance) is pure too,
so the loop's logic is tested without a browser.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import altair as alt
import pandas as pd
import pydeck as pdk
from shapely.geometry import shape
from shapely.ops import unary_union

from components.charts.headline import capital_share_line, special_account_total_bars
from components.charts.style import styled
from components.formatting import format_krw_million, format_pct
from components.theme import FONT, PRIMARY

SCALE = 2.0  # chart labels 26 px instead of 13 px: legible from several metres
SLIDES = ("vision", "budget", "relocation", "capital_share", "naju")
PROVINCE_SLIDE = "province"
INTERVAL_DEFAULT, INTERVAL_MIN, INTERVAL_MAX = 12, 5, 120
NAJU_PLACE = "IC03"
# Plot widths in the 1920-px slide layout (whole slide / the wide column of a 3:2 split). Fixed,
# because the slide is zoomed as a whole: a "stretch" chart would measure the zoomed width.
CHART_WIDTH_FULL, CHART_WIDTH_COLUMN = 1700, 960
LABEL_MIN_COUNT = 9  # count labels on the map: innovation cities and Sejong (smaller ones would overlap)


# --- The loop -------------------------------------------------------------


def slide_ids(province: str | None) -> list[str]:
    """The slides in order; a province spotlight closes the loop when ``?province=`` is set."""
    return list(SLIDES) + ([PROVINCE_SLIDE] if province else [])


def step(index: int, count: int, delta: int) -> int:
    """Index after moving ``delta`` slides, wrapping around both ends (the loop never ends)."""
    return (index + delta) % count if count else 0


def should_advance(elapsed: float, interval: float) -> bool:
    """True when a timer tick finds the slide shown long enough.

    The tick arrives every ``interval`` seconds; a little slack absorbs timer
    jitter. After a manual change (elapsed ≈ 0) the next tick is skipped, so a
    slide a presenter chose is shown for at least one full interval.
    """
    return elapsed >= interval - min(1.5, interval * 0.25)


def visible_slide_css(slides: list[str], index: int) -> str:
    """CSS that shows slide ``index`` and hides the others, all stacked in one grid cell.

    Hidden slides keep their layout (visibility, not display), so their charts stay
    sized and drawn, and are out of the accessibility tree, the tab order and the mouse's way.
    """
    current = slides[index]
    # Descendants too: some of Streamlit's own elements set ``visibility: visible`` on themselves.
    hidden = ", ".join(
        f".st-key-present_slide_{slide}{inner}" for slide in slides if slide != current for inner in ("", " *")
    )
    rules = [
        ".st-key-present_stack { display: grid !important; }",
        ".st-key-present_stack > * { grid-area: 1 / 1; min-width: 0; }",
        f".st-key-present_slide_{current} {{ visibility: visible; opacity: 1; transition: opacity 0.45s ease-in; }}",
    ]
    if hidden:
        rules.append(f"{hidden} {{ visibility: hidden !important; opacity: 0; pointer-events: none; }}")
    return "\n".join(rules)


# --- Slide 1: vision, 3 strategies, 9 key tasks ---------------------------


@dataclass(frozen=True)
class Strategy:
    no: int
    name_ko: str
    name_en: str
    tasks: tuple[tuple[str, str], ...]  # (Korean, English as in the seed)


@dataclass(frozen=True)
class PlanTree:
    vision_ko: str
    vision_en: str
    goal_ko: str
    goal_en: str
    strategies: tuple[Strategy, ...]

    def vision(self, lang: str) -> str:
        return self.vision_ko if lang == "ko" else self.vision_en

    def goal(self, lang: str) -> str:
        return self.goal_ko if lang == "ko" else self.goal_en


def plan_tree(plan: pd.DataFrame, names_en: pd.DataFrame) -> PlanTree:
    """Vision, goal, strategies and key tasks: Korean names from the plan data, English from the seed.

    The two are joined on the Korean name.
    """
    levels = ["vision", "goal", "strategy", "key_task"]
    rows = plan[plan["level"].isin(levels)].merge(
        names_en[["name_ko", "name_en_seed", "seed_position"]], on="name_ko", how="left", validate="one_to_one"
    )
    missing = rows[rows["name_en_seed"].isna()]
    if not missing.empty:
        raise ValueError(f"no seed English name for: {', '.join(missing['name_ko'])}")

    def one(level: str) -> pd.Series:
        found = rows[rows["level"] == level]
        if len(found) != 1:
            raise ValueError(f"expected one {level}, found {len(found)}")
        return found.iloc[0]

    strategies = []
    for _, strategy in rows[rows["level"] == "strategy"].sort_values("strategy_no").iterrows():
        # In the seed's order (sources disagree on the order of the two Space tasks; the dashboard follows the seed).
        tasks = rows[(rows["level"] == "key_task") & (rows["strategy_no"] == strategy["strategy_no"])].sort_values(
            "seed_position"
        )
        strategies.append(
            Strategy(
                int(strategy["strategy_no"]),
                str(strategy["name_ko"]),
                str(strategy["name_en_seed"]),
                tuple((str(task["name_ko"]), str(task["name_en_seed"])) for _, task in tasks.iterrows()),
            )
        )
    vision, goal = one("vision"), one("goal")
    return PlanTree(
        str(vision["name_ko"]),
        str(vision["name_en_seed"]),
        str(goal["name_ko"]),
        str(goal["name_en_seed"]),
        tuple(strategies),
    )


# --- Slide 2: Special Account trend ---------------------------------------


def budget_totals(budget: pd.DataFrame) -> pd.DataFrame:
    """Year and exact total (KRW million), as in the seed table."""
    return (
        budget.loc[budget["account_id"] == "total", ["year", "amount_krw_million"]]
        .sort_values("year")
        .reset_index(drop=True)
    )


def budget_headline(budget: pd.DataFrame, lang: str) -> dict[str, str]:
    totals = budget_totals(budget)
    first, last = totals.iloc[0], totals.iloc[-1]
    peak = totals.loc[totals["amount_krw_million"].idxmax()]
    return {
        "first_year": str(int(first["year"])),
        "first": format_krw_million(first["amount_krw_million"], lang),
        "last_year": str(int(last["year"])),
        "last": format_krw_million(last["amount_krw_million"], lang),
        "peak_year": str(int(peak["year"])),
        "peak": format_krw_million(peak["amount_krw_million"], lang),
    }


def budget_chart(budget: pd.DataFrame, lang: str, *, height: int) -> alt.TopLevelMixin:
    return special_account_total_bars(budget, lang, scale=SCALE, height=height)


# --- Slide 4: capital-region share ----------------------------------------


def first_year_at_or_above(share: pd.DataFrame, threshold: float = 50.0) -> int | None:
    """First year the derived capital-region share is at least ``threshold`` percent (None if never)."""
    above = share[share["share_pct"] >= threshold].sort_values("year")
    return None if above.empty else int(above.iloc[0]["year"])


def share_chart(share: pd.DataFrame, census: pd.DataFrame, lang: str, *, height: int) -> alt.TopLevelMixin:
    chart = capital_share_line(share, lang, scale=SCALE, height=height, census=census)
    # Same legend settings as components.charts.styled, with dark labels (contrast on a big screen).
    return chart.configure_legend(
        labelFontSize=13 * SCALE,
        titleFontSize=13 * SCALE,
        orient="bottom",
        labelLimit=640,
        labelColor="#1E2124",
        symbolSize=200,
    )


# --- Slide 3: relocation arcs ---------------------------------------------


def _centroid(features: list[dict]) -> tuple[float, float]:
    """(lat, lon) of the centroid of the union of some polygons."""
    geometry = unary_union([shape(feature["geometry"]) for feature in features])
    point = geometry.centroid
    return float(point.y), float(point.x)


def relocation_flows(
    institutions: pd.DataFrame, places: pd.DataFrame, cities: pd.DataFrame, municipalities: dict, provinces: dict
) -> pd.DataFrame:
    """One row per destination with at least one named, non-uncertain institution.

    Position: the sourced point of ``innovation_cities.csv`` where there is one,
    otherwise the centroid of the host municipalities (``coord_basis`` says which).
    The arc starts at Seoul's centroid, standing for the capital region.
    """
    usable = institutions[
        ~institutions["verification"].astype(str).str.startswith("uncertain") & institutions["place_id"].notna()
    ]
    counts = usable.groupby("place_id").size().rename("count")
    frame = places.set_index("place_id").join(counts, how="inner").reset_index()
    points = cities.set_index("city_id")[["centroid_lat", "centroid_lon"]]
    by_code = {feature["properties"]["code"]: feature for feature in municipalities["features"]}
    seoul = next(feature for feature in provinces["features"] if feature["properties"]["code"] == "KR-11")
    origin_lat, origin_lon = _centroid([seoul])
    lats, lons, bases = [], [], []
    for row in frame.itertuples(index=False):
        sourced = points.loc[row.place_id] if row.place_id in points.index else None
        if sourced is not None and pd.notna(sourced["centroid_lat"]) and pd.notna(sourced["centroid_lon"]):
            lats.append(float(sourced["centroid_lat"]))
            lons.append(float(sourced["centroid_lon"]))
            bases.append("sourced point")
        else:
            codes = [code.strip() for code in str(row.host_municipality_codes).split(";") if code.strip()]
            features = [by_code[code] for code in codes if code in by_code]
            if not features:
                raise ValueError(f"no boundary for host municipalities of {row.place_id}: {codes}")
            lat, lon = _centroid(features)
            lats.append(lat)
            lons.append(lon)
            bases.append("host-municipality centroid")
    frame = frame.assign(lat=lats, lon=lons, coord_basis=bases, origin_lat=origin_lat, origin_lon=origin_lon)
    columns = [
        "place_id",
        "place_type",
        "name_ko",
        "name_en",
        "iso_code",
        "count",
        "lat",
        "lon",
        "coord_basis",
        "origin_lat",
        "origin_lon",
    ]
    return frame[columns].sort_values("count", ascending=False).reset_index(drop=True)


def relocation_deck(flows: pd.DataFrame, provinces: dict, lang: str, *, height: int, tooltip_template: str) -> pdk.Deck:
    """Arc map on our own province boundaries: no base-map tiles, every pickable layer has an id."""
    name_col = "name_ko" if lang == "ko" else "name_en"
    data = flows.assign(
        name=flows[name_col],
        label=flows["count"].astype(int).astype(str),
        width=(flows["count"].astype(float) ** 0.5) * 3,
        tip=[
            tooltip_template.format(name=name, count=int(count))
            for name, count in zip(flows[name_col], flows["count"], strict=True)
        ],
    )[["name", "label", "width", "tip", "lat", "lon", "origin_lat", "origin_lon", "count"]]
    records = data.to_dict("records")
    base = pdk.Layer(
        "GeoJsonLayer",
        provinces,
        id="present-provinces",
        stroked=True,
        filled=True,
        get_fill_color=[232, 236, 241],
        get_line_color=[140, 148, 158],
        line_width_min_pixels=1,
        pickable=False,
    )
    arcs = pdk.Layer(
        "ArcLayer",
        records,
        id="present-arcs",
        get_source_position=["origin_lon", "origin_lat"],
        get_target_position=["lon", "lat"],
        get_source_color=[11, 80, 208, 230],
        get_target_color=[232, 106, 0, 240],
        get_width="width",
        width_units='"pixels"',
        get_height=0.6,
        pickable=True,
        auto_highlight=True,
    )
    dots = pdk.Layer(
        "ScatterplotLayer",
        records,
        id="present-places",
        get_position=["lon", "lat"],
        get_radius=7,
        radius_units='"pixels"',
        get_fill_color=[232, 106, 0],
        get_line_color=[255, 255, 255],
        stroked=True,
        line_width_min_pixels=2,
        pickable=True,
    )
    labels = pdk.Layer(
        "TextLayer",
        [record for record in records if record["count"] >= LABEL_MIN_COUNT],
        id="present-counts",
        get_position=["lon", "lat"],
        get_text="label",
        get_size=26,
        size_units='"pixels"',
        get_color=[30, 33, 36],
        get_pixel_offset=[14, 0],
        get_text_anchor='"start"',
        get_alignment_baseline='"center"',
        font_family=f'"{FONT}"',
        font_weight=700,
        outline_width=4,
        outline_color=[255, 255, 255],
        font_settings={"sdf": True},
        pickable=False,
    )
    # The whole country, Jeju included, fits ``height`` pixels (5.8° of latitude at ~36°N).
    zoom = math.log2(height / 5.8 / (512 / 360 * 1.24))
    view = pdk.ViewState(latitude=35.8, longitude=127.7, zoom=round(zoom, 2), pitch=0, bearing=0)
    # map_provider=None and pydeck's default map_style (a sentinel): Streamlit then draws no basemap.
    # Passing map_style=None instead makes Streamlit fall back to Carto tiles (a request to the internet).
    return pdk.Deck(
        layers=[base, arcs, dots, labels],
        initial_view_state=view,
        map_provider=None,
        parameters={"depthTest": False},  # labels stay on top of the arcs
        tooltip={"text": "{tip}"},
        height=height,
    )


# --- Slide 5: Naju's 16 institutions --------------------------------------

# The seed (Asia Economy, 2021) groups the 16 as energy 4 / agriculture & life science 5 /
# information & communication 4 / culture & arts 3. The reference data's finer grouping
# puts Korea Teachers' Pension under "finance"; the seed's count of 3 for culture & arts
# can only include it, so it is shown there, marked.
SEED_NAJU_GROUPS = {"energy": 4, "agriculture": 5, "ict": 4, "culture": 3}
REFERENCE_TO_SEED = {
    "energy": "energy",
    "agriculture & life": "agriculture",
    "broadcasting & ICT": "ict",
    "culture & arts": "culture",
    "finance": "culture",
}
REGROUPED = {"finance"}  # reference groups that the seed folds into another group


def naju_groups(institutions: pd.DataFrame) -> pd.DataFrame:
    """Naju's institutions with the seed's group (``seed_group``).

    A flag marks where the reference data groups differently.
    """
    naju = institutions[institutions["place_id"] == NAJU_PLACE].copy()
    naju["seed_group"] = naju["sector_group"].map(REFERENCE_TO_SEED)
    if naju["seed_group"].isna().any():
        raise ValueError("a Naju institution has a sector group the seed grouping does not cover")
    naju["regrouped"] = naju["sector_group"].isin(REGROUPED)
    order = {group: i for i, group in enumerate(SEED_NAJU_GROUPS)}
    naju["order"] = naju["seed_group"].map(order)
    columns = ["row_id", "seed_group", "sector_group", "regrouped", "name_ko", "name_en", "year_relocated", "source"]
    return naju.sort_values(["order", "row_id"])[columns].reset_index(drop=True)


def naju_counts(groups: pd.DataFrame) -> dict[str, int]:
    counts = groups["seed_group"].value_counts()
    return {group: int(counts.get(group, 0)) for group in SEED_NAJU_GROUPS}


# --- Slide 6: province spotlight ------------------------------------------


def province_spotlight(
    code: str,
    population: pd.DataFrame,
    institutions: pd.DataFrame,
    places: pd.DataFrame,
    profiles: pd.DataFrame,
    profiles_ko: pd.DataFrame | None = None,
) -> dict:
    """The figures of one province's slide.

    Latest population and share, series, innovation city, institutions, projects.
    """
    mine = population[population["iso_code"] == code].dropna(subset=["population"]).sort_values("year")
    if mine.empty:
        raise ValueError(f"no population for {code}")
    national = population[population["iso_code"] == "KR"].set_index("year")["population"]
    last = mine.iloc[-1]
    year = int(last["year"])
    share = float(last["population"]) / float(national[year]) * 100
    host = places[(places["place_type"] == "innovation_city") & (places["iso_code"] == code)]
    partner = places[(places["place_type"] == "innovation_city") & (places["partner_iso_code"] == code)]
    projects = profiles[profiles["iso_code"] == code][
        ["iso_code", "policy_or_project", "description", "year", "category"]
    ]
    if profiles_ko is not None:
        korean = profiles_ko[["iso_code", "policy_or_project", "name_ko", "ko_status"]].rename(
            columns={"name_ko": "project_ko"}
        )
        projects = projects.merge(korean, on=["iso_code", "policy_or_project"], how="left")
    else:
        projects = projects.assign(project_ko=pd.NA, ko_status=pd.NA)
    return {
        "year": year,
        "population": int(last["population"]),
        "share_pct": share,
        "series": mine[["year", "population", "source"]].reset_index(drop=True),
        "cities": host[["place_id", "name_ko", "name_en"]].reset_index(drop=True),
        "partner_cities": partner[["place_id", "name_ko", "name_en"]].reset_index(drop=True),
        "institutions": int((institutions["iso_code"] == code).sum()),
        "projects": projects[
            ["policy_or_project", "project_ko", "ko_status", "description", "year", "category"]
        ].reset_index(drop=True),
    }


def population_chart(series: pd.DataFrame, lang: str, *, height: int, titles: dict[str, str]) -> alt.TopLevelMixin:
    """Year-end resident population as bars (만 명 in Korean, thousands in English); exact count in the tooltip."""
    divisor = 10_000 if lang == "ko" else 1_000
    frame = series.assign(value=series["population"].astype(float) / divisor)
    frame["label"] = [f"{value:,.0f}" if value >= 100 else f"{value:,.1f}" for value in frame["value"]]
    base = alt.Chart(frame).encode(x=alt.X("year:O", title=titles["year"], axis=alt.Axis(labelAngle=0)))
    bars = base.mark_bar(color=PRIMARY, cornerRadiusTopLeft=3, cornerRadiusTopRight=3).encode(
        y=alt.Y(
            "value:Q",
            title=titles["unit"],
            axis=alt.Axis(titleAngle=0, titleAnchor="end", titleAlign="left", titleY=-24 * SCALE, titleX=0),
        ),
        tooltip=[
            alt.Tooltip("year:O", title=titles["year"]),
            alt.Tooltip("population:Q", title=titles["exact"], format=","),
        ],
    )
    labels = base.mark_text(dy=-10 * SCALE, fontSize=11 * SCALE, color="#1E2124", font=FONT).encode(
        y="value:Q", text="label:N"
    )
    return styled(bars + labels, height=height, scale=SCALE)


def share_text(value: float) -> str:
    return format_pct(value, digits=2)
