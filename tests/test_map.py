"""The /map page: the relocation domain, views and pydeck builders (plain pytest) and the page itself (AppTest)."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

import geo
from components.charts import maps
from components.formatting import md_escape
from components.strings import t
from components.views import map as views
from data import relocation
from data.datasets import read_dataset
from data.relocation import institutions_with_place
from tests.apptest_helpers import all_text, open_download_menus, run_page


@pytest.fixture(scope="module")
def frames():
    places = read_dataset("relocation_places")
    cities = read_dataset("innovation_cities")
    institutions = relocation.institutions_with_status(
        institutions_with_place(read_dataset("institutions"), places), places, read_dataset("provinces")
    )
    points = relocation.place_points(places, cities, institutions)
    return {
        "places": places,
        "cities": cities,
        "institutions": institutions,
        "points": points,
        "flows": relocation.capital_region_flows(institutions, points),
    }


NAMES = {"KR-46": {"ko": "전라남도", "en": "South Jeolla"}, "KR-11": {"ko": "서울특별시", "en": "Seoul"}}


# --- Pure transforms -------------------------------------------------------------------------


def test_status_groups():
    assert relocation.verification_group("verified") == "verified"
    assert relocation.verification_group("verified (membership); year inferred") == "partial"
    assert relocation.verification_group("uncertain (later addition; NOT one of the 153)") == "uncertain"
    assert relocation.verification_group(None) == "uncertain"
    assert relocation.year_basis("actual: moved 2014-09-26", 2014) == "actual"
    assert relocation.year_basis("planned Sept-Oct 2014", 2014) == "planned"
    assert relocation.year_basis("inferred: moved after Dec 2013", 2014) == "inferred"
    assert relocation.year_basis("moved by Feb 2016 (exact year not found)", 2016) == "bound"
    assert relocation.year_basis("actual", pd.NA) == "unknown"
    capital = relocation.capital_province_names(read_dataset("provinces"))
    assert capital == {"KR-11": "Seoul", "KR-28": "Incheon", "KR-41": "Gyeonggi"}
    assert relocation.previous_hq_province("Anyang-si, Gyeonggi-do", capital) == "KR-41"
    assert relocation.previous_hq_province("Incheon Bupyeong", capital) == "KR-28"
    assert relocation.previous_hq_province("Seoul (37 years)", capital) == "KR-11"
    assert (
        relocation.previous_hq_province("", capital) is None and relocation.previous_hq_province(pd.NA, capital) is None
    )


def test_twelve_cities_six_with_sourced_coordinates(frames):
    points = frames["points"]
    cities = points[points["place_type"] == "innovation_city"]
    assert len(cities) == 12
    assert sorted(cities.loc[~cities["coord_approximate"], "place_id"]) == [
        "IC03",
        "IC05",
        "IC06",
        "IC07",
        "IC08",
        "IC12",
    ]
    naju = cities.set_index("place_id").loc["IC03"]
    assert (naju["lat"], naju["lon"]) == (35.021765, 126.79035) or abs(naju["lat"] - 35.021765) < 1e-5
    assert naju["n_official"] == 16 and naju["n_rows"] == 16 and naju["partner_iso_code"] == "KR-29"
    assert cities.set_index("place_id").loc[["IC11", "IC12"], "phase"].tolist() == ["second", "second"]
    assert (cities["phase"] == "first").sum() == 10
    # approximate points lie inside their host municipality (a centroid of a compact district)
    daegu = cities.set_index("place_id").loc["IC02"]
    assert daegu["coord_approximate"] and 128.5 < daegu["lon"] < 128.8 and 35.8 < daegu["lat"] < 36.1
    others = points[points["place_type"] != "innovation_city"]
    assert set(others["place_id"]) == {"SEJONG", "OSONG", "GYEONGJU", "ASAN", "CHEONAN", "NONSAN"}
    assert others["coord_approximate"].all()
    assert others.set_index("place_id").loc["SEJONG", "n_rows"] == 18


def test_flows_start_in_the_capital_region_and_count_drawn_rows(frames):
    flows, institutions = frames["flows"], frames["institutions"]
    assert set(flows["origin_iso"]) <= {"KR-CAPITAL", "KR-11", "KR-28", "KR-41"}
    drawn = institutions[institutions["counted_in_153"] & (institutions["verification_group"] != "uncertain")]
    assert flows["n_institutions"].sum() == len(drawn) == 146
    assert flows.loc[flows["origin_known"], "n_institutions"].sum() == 23
    naju = flows[flows["place_id"] == "IC03"].set_index("origin_iso")["n_institutions"].to_dict()
    assert naju == {"KR-11": 3, "KR-41": 2, "KR-CAPITAL": 11}
    assert flows.loc[flows["place_id"] == "SEJONG", "n_institutions"].sum() == 15  # 3 uncertain rows not drawn
    assert "NONSAN" not in set(flows["place_id"])  # its only row is uncertain
    assert flows[["origin_lon", "origin_lat", "dest_lon", "dest_lat"]].notna().all().all()


def test_reconciliation_with_molit_153(frames):
    recon = relocation.relocation_reconciliation(frames["institutions"], read_dataset("relocation_totals")).set_index(
        "category"
    )
    assert recon.loc["total", "official"] == 153 and recon.loc["total", "rows"] == 152
    assert recon.loc[
        "innovation_city", ["official", "rows", "rows_not_of_153", "rows_edge_case", "difference"]
    ].tolist() == [112, 120, 1, 5, 7]
    assert recon.loc["sejong", ["official", "rows", "rows_uncertain", "difference"]].tolist() == [19, 18, 3, -1]
    assert recon.loc["individual", ["official", "rows", "rows_uncertain", "difference"]].tolist() == [22, 14, 2, -8]
    assert recon.loc["total", "difference"] == -2  # 151 rows counted in the 153, against 153


def test_naju_seed_grouping_is_reproduced_exactly(frames):
    seed = read_dataset("naju_sector_groups")
    assert seed["count"].tolist() == [4, 5, 4, 3] and seed["count"].sum() == 16
    assert seed["group_en"].tolist() == [
        "energy",
        "agriculture and life science",
        "information and communication",
        "culture and arts",
    ]
    groups = relocation.naju_grouping(seed, frames["institutions"])
    assert groups["seed_count"].dropna().astype(int).tolist() == [4, 5, 4, 3]
    assert groups["reference_count"].tolist() == [4, 5, 4, 2, 1]
    assert groups["rows"].dropna().astype(int).tolist() == [4, 5, 4, 3]  # row by row (Namdo Ilbo 2017)
    other = groups[groups["group_id"] == "other"].iloc[0]
    assert (
        other["reference_group"] == "finance"
        and other["members_ko"] == "사립학교교직원연금공단"
        and pd.isna(other["seed_count"])
    )
    culture = groups.set_index("group_id").loc["culture_arts", "members_ko"]
    assert culture == "한국콘텐츠진흥원 · 한국문화예술위원회 · 사립학교교직원연금공단"


def test_filter_institutions(frames):
    rows = frames["institutions"]
    assert len(relocation.filter_institutions(rows)) == 152
    assert len(relocation.filter_institutions(rows, places=["IC03"])) == 16
    assert len(relocation.filter_institutions(rows, provinces=["KR-29"])) == 16  # Gwangju: partner of the joint city
    assert len(relocation.filter_institutions(rows, verification=["uncertain"])) == 6
    assert relocation.filter_institutions(rows, search="kepco")["name_ko"].tolist()[:1] == ["한국전력공사"]
    assert len(relocation.filter_institutions(rows, search="한전")) >= 2
    assert relocation.filter_institutions(rows, search="zzzz-no-such").empty
    assert relocation.filter_institutions(rows, search=".*").empty  # plain text, not a regex
    in_2014 = relocation.filter_institutions(rows, years=(2014, 2014), include_unknown_year=False)
    assert len(in_2014) > 0 and (in_2014["year_relocated"] == 2014).all()
    assert (
        len(relocation.filter_institutions(rows, years=(2014, 2014), include_unknown_year=True))
        == len(in_2014) + rows["year_relocated"].isna().sum()
    )
    no_sector = relocation.filter_institutions(rows, sectors=[""])
    assert no_sector["sector_group"].isna().all() and len(no_sector) > 50


def test_display_table_in_both_languages(frames):
    rows = frames["institutions"][frames["institutions"]["place_id"] == "IC03"]
    place_names = {p.place_id: {"ko": p.name_ko, "en": p.name_en} for p in frames["places"].itertuples()}
    ko = views.institution_table(rows, "ko", place_names, NAMES)
    en = views.institution_table(rows, "en", place_names, NAMES)
    assert "기관명 (국문)" in ko.columns and "Name (English)" in en.columns and len(ko) == len(en) == 16
    assert set(ko["분야"]) == {"에너지", "농업·생명", "방송·정보통신", "문화·예술", "금융"}
    assert "South Jeolla" in set(en["Province"]) and "전라남도" in set(ko["시·도"])
    # missing stays missing, shown as the catalogue's missing-value text (never "None")
    assert (en["Previous HQ (where known)"] == "no data").sum() == 11
    # columns the sources wrote in English only are in the English table, not the Korean one (issue 20)
    assert "이전 전 본사 (확인된 경우)" not in ko.columns and (ko == t("missing_value", "ko")).any().any()
    assert not ko.isna().any().any() and "None" not in set(ko.astype(str).stack())
    assert not en.isna().any().any() and "None" not in set(en.astype(str).stack())
    assert set(en["Verification"]) <= {
        "Verified",
        "Partly verified (destination confirmed; year or membership not)",
        "Uncertain",
    }


def test_naju_rows_carry_the_seed_grouping_row_by_row(frames):
    """Issue 18 (5): Namdo Ilbo (2017-03-15) lists the 16 in the seed's groups; each row carries group and source."""
    members = relocation.naju_members(read_dataset("naju_sector_groups"), frames["institutions"])
    assert len(members) == 16 and members.iloc[0]["name_ko"] == "한국전력공사"
    counts = members["group_id"].value_counts().to_dict()
    assert counts == {"energy": 4, "agriculture_life": 5, "ict": 4, "culture_arts": 3}  # the seed's 4 / 5 / 4 / 3
    assert set(members["seed_group_source"]) == {
        "Namdo Ilbo (남도일보) 2017-03-15, http://www.namdonews.com/news/articleView.html?idxno=430273"
    }
    regrouped = members[members["regrouped"]]
    assert regrouped["name_ko"].tolist() == ["사립학교교직원연금공단"]
    assert regrouped.iloc[0][["group_id", "sector_group"]].tolist() == ["culture_arts", "finance"]  # both kept
    # the seed order: energy, agriculture & life, ICT, culture & arts
    assert members["group_id"].drop_duplicates().tolist() == ["energy", "agriculture_life", "ict", "culture_arts"]
    rows = read_dataset("institutions")
    assert (
        rows["seed_group"].notna().sum() == 16
        and (rows.loc[rows["seed_group"].notna(), "innovation_city_id"] == "IC03").all()
    )


def test_the_grouping_comes_from_the_rows_not_from_the_counts(frames):
    """Changing the article's counts moves no row; a row naming a group the seed lacks is an error."""
    seed = read_dataset("naju_sector_groups").copy()
    seed.loc[seed["group_id"] == "energy", "count"] = 5
    members = relocation.naju_members(seed, frames["institutions"])
    assert members["group_id"].value_counts()["energy"] == 4 and members["group_id"].notna().all()
    broken = frames["institutions"].copy()
    broken.loc[broken["row_id"] == "I016", "seed_group"] = "finance"
    with pytest.raises(ValueError, match="finance"):
        relocation.naju_members(read_dataset("naju_sector_groups"), broken)


def test_destination_totals_sum_the_flows(frames):
    totals = relocation.destination_totals(frames["flows"])
    assert totals.iloc[0][["place_id", "n_institutions"]].tolist() == ["IC03", 16]
    assert totals.set_index("place_id").loc["SEJONG", "n_institutions"] == 15
    assert totals["n_institutions"].sum() == frames["flows"]["n_institutions"].sum() == 146
    assert totals.set_index("place_id").loc["IC03", "coord_approximate"] == False  # noqa: E712 - a sourced point


def test_the_loader_serves_the_shared_flow_table(frames):
    """/map and /present read the same table: load_relocation_frames().flows is capital_region_flows of the data."""
    from data.loaders import load_relocation_frames

    loaded = load_relocation_frames()
    pd.testing.assert_frame_equal(loaded.flows, frames["flows"])
    pd.testing.assert_frame_equal(loaded.points, frames["points"])
    origins = relocation.flow_origins()
    seoul = frames["flows"][frames["flows"]["origin_iso"] == "KR-11"].iloc[0]
    assert (seoul["origin_lon"], seoul["origin_lat"]) == origins["KR-11"] == geo.provinces_centroid(["KR-11"])
    assert origins["KR-CAPITAL"] == geo.provinces_centroid(["KR-11", "KR-28", "KR-41"])  # equal-area centroids


# --- Views (pure) ----------------------------------------------------------------------------------


def test_views_show_missing_values_as_the_catalogue_text(frames):
    cities = frames["cities"].copy()
    cities.loc[cities["city_id"] == "IC11", "n_institutions_note"] = None  # a city whose source gives no note
    per_city = views.city_counts_table(relocation.city_row_counts(frames["institutions"], cities), "en")
    assert per_city["Count note (source data)"].tolist()[10:] == ["no data", cities.iloc[11]["n_institutions_note"]]
    assert per_city["City's count"].tolist() == cities["n_institutions"].tolist()  # exact, still numbers
    groups = relocation.naju_grouping(read_dataset("naju_sector_groups"), frames["institutions"])
    table = views.naju_table(groups, "ko")
    assert table["기사 기관 수"].tolist() == ["4", "5", "4", "3", "자료 없음"]  # the finance row has no article count
    shown = views.institution_table(frames["institutions"], "en", {}, NAMES)
    assert "None" not in set(shown.astype(str).stack()) and "<NA>" not in set(shown.astype(str).stack())
    years = shown["Year relocated"]
    assert (years == "no data").sum() == frames["institutions"]["year_relocated"].isna().sum()
    assert set(years[years != "no data"]) == {str(y) for y in frames["institutions"]["year_relocated"].dropna()}


def test_naju_texts_are_built_from_the_rows(frames):
    seed = read_dataset("naju_sector_groups")
    groups = relocation.naju_grouping(seed, frames["institutions"])
    members = relocation.naju_members(seed, frames["institutions"])
    assert views.naju_heading(groups, "ko") == "빛가람(나주) 혁신도시의 16개 기관: 4 / 5 / 4 / 3"
    assert views.naju_heading(groups, "en") == "Naju (Bitgaram): its 16 institutions, 4 / 5 / 4 / 3"
    alt = views.naju_alt(groups, members, "en")
    assert (
        "energy 4, agriculture & life 5, broadcasting & ICT 4, culture & arts 2 and finance 1 (Teachers' Pension" in alt
    )
    assert alt.endswith(
        "Namdo Ilbo (2017) lists the 16 institution by institution in the same 4 groups, with Teachers' Pension "
        "(TP) under culture and arts."
    )
    ko = views.naju_alt(groups, members, "ko")
    assert "에너지 4, 농업·생명과학 5, 정보통신 4, 문화·예술 3" in ko
    assert ko.endswith(
        "남도일보(2017)는 16개 기관을 기관별로 같은 4개 분야에 나눕니다(문화·예술 분야에 사립학교교직원연금공단 포함)."
    )
    rows = views.naju_chart_rows(groups, "en")
    assert len(rows) == 9 and rows["count"].sum() == 32  # 4 article counts + 5 reference counts, 16 each


def test_naju_note_cites_the_row_by_row_grouping_and_presumes_nothing(frames):
    """Issue 18 (5): the note says where the Teachers' Pension is, from whom, and drops "presumably"."""
    seed = read_dataset("naju_sector_groups")
    groups = relocation.naju_grouping(seed, frames["institutions"])
    members = relocation.naju_members(seed, frames["institutions"])
    en = views.naju_note(groups, members, "en")
    assert en == (
        "4/5/4/3 is the grouping of the Asia Economy article (25 Oct 2021), reproduced as published. Namdo Ilbo "
        "(15 Mar 2017) gives the same grouping institution by institution, with Teachers' Pension (TP) under culture "
        "and arts; the 2019 sources put it apart as 'finance'. The table shows both: the institutions in each of the "
        "article's groups (Namdo Ilbo) and each institution's own sector."
    )
    ko = views.naju_note(groups, members, "ko")
    assert "남도일보(2017-03-15)는 같은 분류를 기관별로 제시합니다(문화·예술 분야에 사립학교교직원연금공단 포함)" in ko
    assert "‘금융’ 분야로 따로 분류" in ko
    for text in (en, ko, views.naju_alt(groups, members, "en")):
        assert "presumably" not in text and "보이지만" not in text
    table = views.naju_table(groups, "en")
    assert table["Rows in this group (Namdo Ilbo 2017)"].tolist() == ["4", "5", "4", "3", "no data"]
    assert table["Own sector (2019 sources)"].tolist()[-1] == "finance"


def test_map_texts_and_counts_in_words(frames):
    alt = views.relocation_map_alt(frames["points"], frames["flows"], 17, "en")
    assert "Korea's 17 provinces with the 12 innovation cities (10 first-phase in blue, 2 designated" in alt
    assert "Gwangju-Jeonnam Joint Innovation City (Bitgaram) 16, Sejong City 15" in alt
    assert views.flows_caption(frames["flows"], "en").startswith("146 institutions drawn as lines: 23 from a named")
    single = frames["flows"].iloc[:1].assign(n_institutions=1)
    assert views.flows_caption(single, "en").startswith("1 institution drawn as a line")
    recon = relocation.relocation_reconciliation(frames["institutions"], read_dataset("relocation_totals"))
    assert "153개 기관이 이전했다고 집계합니다: 혁신도시 112 + 세종 19 + 개별 이전 22" in views.reconciliation_intro(
        recon, "ko"
    )
    lines = views.reconciliation_lines(frames["institutions"], recon, frames["cities"], "en")
    assert "(which add to 119)" in lines and "MOLIT counts 19; our data has 18 rows" in lines
    assert views.listed(["a", "b", "c"], "en") == "a, b and c" and views.listed(["a"], "ko") == "a"


def test_city_profile(frames):
    profile = views.city_profile(
        "IC03", frames["cities"], frames["points"], frames["institutions"], NAMES | {"KR-29": {"en": "Gwangju"}}, "en"
    )
    assert (profile.province, profile.partner, profile.institutions) == ("South Jeolla", "Gwangju", "16")
    assert profile.area.value == "7.33 km²" and profile.area.help.endswith(" m²")
    assert (profile.population.value, profile.employees.value) == ("50,000", "7,885")
    assert profile.rows == 16 and profile.rows_not_of_153 == 0 and profile.phase == "First phase"
    naju = frames["cities"].set_index("city_id").loc["IC03"]
    assert profile.theme == md_escape(naju["theme_en"])  # English: the summary only
    korean = views.city_profile("IC03", frames["cities"], frames["points"], frames["institutions"], NAMES, "ko")
    assert korean.theme == md_escape(naju["theme_ko_2005_07"])  # Korean: the Korean theme (issue 20)
    daejeon = views.city_profile("IC11", frames["cities"], frames["points"], frames["institutions"], NAMES, "ko")
    assert daejeon.rows == 0 and daejeon.phase == "2020년 지정"
    daejeon_row = frames["cities"].set_index("city_id").loc["IC11"]
    assert daejeon.theme == md_escape(daejeon_row["theme_en"])  # no Korean theme: the English summary, not nothing


def test_a_city_employees_figure_says_whose_count_and_how_the_other_report_differs(frames):
    """Issue 18 (2): etnews' city figure with its basis, and Kwangju Ilbo's figure for the same count."""
    counts = relocation.employee_counts(frames["cities"], read_dataset("employee_count_reports"))
    assert views.city_employees_basis("IC03", counts, "en") == (
        "MOLIT count, end of Sept 2021, as printed by etnews (2022-02-02). Kwangju Ilbo (2021-11-09) reports 7,887 "
        "for this city: the two reports of the count differ (totals: 45,331 summed from etnews's cities, 44,734 in "
        "Kwangju Ilbo)."
    )
    assert views.city_employees_basis("IC03", counts, "ko") == (
        "국토교통부 2021년 9월 말 집계, 전자신문(2022-02-02) 보도 값입니다. 광주일보(2021-11-09)는 이 도시를 "
        "7,887명으로 보도해 두 보도가 다릅니다(합계: 전자신문 도시별 값의 합 45,331명, 광주일보 44,734명)."
    )
    busan_en = views.city_employees_basis("IC01", counts, "en")
    assert busan_en.endswith(
        "Kwangju Ilbo (2021-11-09) reports the same count with other city figures (total 44,734, against 45,331 "
        "summed from etnews's cities); its figure for this city is not in our data."
    )
    assert "그 보도의 이 도시 값은 자료에 없습니다." in views.city_employees_basis("IC01", counts, "ko")


# --- pydeck builders -----------------------------------------------------------------------------


def deck_json(frames, lang="ko", province=None, city=None) -> dict:
    layers = [maps.sea_layer(), maps.province_base_layer(geo.province_features(), NAMES, lang, selected=province)]
    if province:
        layers.append(maps.municipality_layer(geo.municipalities_of(province), lang, host_codes=("46170",)))
    layers += [
        maps.relocation_flows_layer(frames["flows"], NAMES, lang, selected=city),
        maps.destination_layer(frames["points"], NAMES, lang),
        maps.innovation_city_layer(frames["points"], NAMES, lang, selected=city),
        maps.label_layer(frames["points"], lang),
    ]
    view = maps.view_for_bounds(geo.province_bounds(province)) if province else maps.KOREA_VIEW
    return json.loads(maps.compact_deck(layers, view).to_json())


def test_deck_is_offline_and_every_pickable_layer_has_an_id(frames):
    spec = deck_json(frames, province="KR-46", city="IC03")
    text = json.dumps(spec, ensure_ascii=False)
    assert "http" not in text  # no tiles, no style URL, no remote fonts
    assert spec.get("mapProvider") is None and spec.get("mapStyle") in (None, "__MAP_STYLE__")
    ids = [layer["id"] for layer in spec["layers"]]
    assert ids == ["sea", "provinces", "municipalities", "flows", "destinations", "cities", "labels"]
    for layer in spec["layers"]:
        if layer.get("pickable"):
            assert layer["id"] in maps.LAYER_IDS
    units = {
        layer["id"]: layer.get("radiusUnits") or layer.get("widthUnits") or layer.get("sizeUnits")
        for layer in spec["layers"]
    }
    assert units["cities"] == units["flows"] == units["labels"] == "pixels"  # constants, not "@@=" expressions
    labels = next(layer for layer in spec["layers"] if layer["id"] == "labels")
    assert (
        not labels["characterSet"].startswith("@@=")
        and "원" in labels["characterSet"]
        and "빛" in labels["characterSet"]
    )


def test_every_layer_lies_flat_and_none_overrides_the_depth_test(frames):
    """The names are drawn over the flows by layer order alone: everything lies on the ground, and no layer or
    deck carries ``parameters`` (any such override cost /map's first frame about 0.6 s more in software WebGL:
    README, "What changed in this round")."""
    spec = deck_json(frames, province="KR-46", city="IC03")
    assert "parameters" not in spec and all("parameters" not in layer for layer in spec["layers"])
    assert [layer["@@type"] for layer in spec["layers"] if layer["id"] in ("flows", "labels")] == [
        "PathLayer",
        "TextLayer",
    ]
    flows = next(layer for layer in spec["layers"] if layer["id"] == "flows")["data"]
    assert len(flows) == 28 and {len(flow["path"]) for flow in flows} == {maps.FLOW_POINTS}
    assert all(len(point) == 2 for flow in flows for point in flow["path"])  # no height: on the ground


def test_a_flow_curve_bows_to_the_left_of_travel_and_ends_on_its_points():
    seoul, naju = (126.99173, 37.55192), (126.7875, 35.0176)
    curve = maps.flow_curve(seoul, naju)
    assert curve[0] == list(seoul) and curve[-1] == list(naju)
    middle = curve[len(curve) // 2]
    assert middle[0] > max(seoul[0], naju[0]) + 0.1  # heading south, the left is east
    back = maps.flow_curve(naju, seoul)
    assert back[len(back) // 2][0] < min(seoul[0], naju[0]) - 0.1  # heading north, the left is west


def test_deck_highlights_the_selected_province_and_city(frames):
    spec = deck_json(frames, province="KR-46", city="IC03")
    provinces = next(layer for layer in spec["layers"] if layer["id"] == "provinces")["data"]["features"]
    fills = {f["properties"]["code"]: f["properties"]["fill"] for f in provinces}
    assert fills["KR-46"] == maps.SELECTED_FILL and fills["KR-11"] == maps.LAND_CAPITAL and fills["KR-26"] == maps.LAND
    assert next(f for f in provinces if f["properties"]["code"] == "KR-46")["properties"]["tip"] == "전라남도"
    municipalities = next(layer for layer in spec["layers"] if layer["id"] == "municipalities")["data"]["features"]
    assert len(municipalities) == 22
    assert next(f for f in municipalities if f["properties"]["code"] == "46170")["properties"]["fill"] == maps.HOST_FILL
    cities = next(layer for layer in spec["layers"] if layer["id"] == "cities")["data"]
    naju = next(c for c in cities if c["city_id"] == "IC03")
    assert naju["line_width"] == 4 and "이전 기관 16곳" in naju["tip"] and "출처 있음" in naju["tip"]
    busan = next(c for c in cities if c["city_id"] == "IC01")
    assert busan["fill"][:3] == [255, 255, 255] and "근사" in busan["tip"]  # hollow: approximate
    assert naju["radius"] > busan["radius"] > next(c for c in cities if c["city_id"] == "IC11")["radius"]
    flows = next(layer for layer in spec["layers"] if layer["id"] == "flows")["data"]
    assert {a["colour"][3] for a in flows if a["place_id"] == "IC03"} == {160}
    assert {a["colour"][3] for a in flows if a["place_id"] != "IC03"} == {45}
    unknown = next(a for a in flows if a["place_id"] == "IC03" and a["width"] == maps.flow_width(11))
    assert "수도권 전체" in unknown["tip"]
    # province framing: Jeollanam-do fills the view, zoomed in further than the national view
    assert spec["initialViewState"]["zoom"] > maps.KOREA_VIEW["zoom"]
    assert 125.5 < spec["initialViewState"]["longitude"] < 127.5 and 34.3 < spec["initialViewState"]["latitude"] < 35.3


def test_english_tooltips(frames):
    spec = deck_json(frames, lang="en")
    cities = next(layer for layer in spec["layers"] if layer["id"] == "cities")["data"]
    tips = {c["city_id"]: c["tip"] for c in cities}
    assert "16 relocated institutions (16 rows in our data)" in tips["IC03"]
    assert "approximate" in tips["IC01"] and "Designated October 2020" in tips["IC11"]
    assert {layer["id"] for layer in spec["layers"]} >= {"provinces", "flows", "cities"}


def test_helpers():
    assert maps.short_label("강원혁신도시(원주)") == "원주"
    assert maps.short_label("Busan Innovation City") == "Busan" and maps.short_label("부산혁신도시") == "부산"
    assert maps.point_radius(0) == 5 and maps.point_radius(16) == pytest.approx(5 + 2.2 * 4)
    view = maps.view_for_bounds((126.0, 34.0, 127.0, 35.0))
    assert 126.4 < view["longitude"] < 126.6 and 34.4 < view["latitude"] < 34.6 and 6.5 < view["zoom"] < 8.5


# --- The page (AppTest) ------------------------------------------------------------------------


@pytest.mark.apptest
def test_page_default_shows_prompt_and_reconciliation():
    at = run_page("map")
    assert not at.exception, [e.message for e in at.exception]
    assert at.title[0].value == "혁신도시 지도"
    text = all_text(at)
    assert "경계: 통계청 SGIS 2018 (공공누리 제1유형)" in text  # KOGL attribution on the map
    assert "112 + 세종 19 + 개별 이전 22" in text
    # no city chosen: the prompt stands where a city's profile would be, and no city's institutions are listed
    assert [notice.value for notice in at.info] == [
        "지도에서 도시를 누르거나 위에서 혁신도시를 고르면 그 도시의 개요와 이전 기관 목록이 나옵니다."
    ]
    assert "한국원자력환경공단" not in text  # Gyeongbuk's KORAD appears only once its city is chosen
    assert "국방기술진흥연구소" in text  # the row flagged as not one of the 153 is named
    assert "선박안전기술공단" in text  # Sejong's uncertain rows are named
    assert at.selectbox(key="map_city").value == ""
    decks = at.get("deck_gl_json_chart")
    assert len(decks) == 1
    spec = json.loads(decks[0].proto.json)
    assert [layer["id"] for layer in spec["layers"]][:2] == ["sea", "provinces"]
    assert "http" not in decks[0].proto.json
    assert len(decks[0].proto.json) < 300_000  # compact JSON, simplified boundaries


@pytest.mark.apptest
def test_the_map_draws_the_shared_flow_table(frames):
    """The flows on the page are exactly data.relocation.capital_region_flows of the data (the table /present uses)."""
    at = run_page("map", lang="en")
    spec = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    paths = next(layer for layer in spec["layers"] if layer["id"] == "flows")["data"]
    drawn = sorted((a["place_id"], a["origin_iso"], a["n"], tuple(a["path"][0]), tuple(a["path"][-1])) for a in paths)
    flows = frames["flows"]
    expected = sorted(
        zip(
            flows["place_id"],
            flows["origin_iso"],
            flows["n_institutions"].astype(int),
            zip(flows["origin_lon"], flows["origin_lat"], strict=True),
            zip(flows["dest_lon"], flows["dest_lat"], strict=True),
            strict=True,
        )
    )
    assert drawn == expected and sum(a["n"] for a in paths) == 146


@pytest.mark.apptest
def test_province_link_highlights_and_preselects_naju():
    at = run_page("map", province="KR-46")
    assert not at.exception
    assert at.selectbox(key="map_city").value == "IC03"
    text = all_text(at)
    assert "광주전남공동혁신도시(빛가람)" in text and "빛가람(나주) 혁신도시의 16개 기관: 4 / 5 / 4 / 3" in text
    spec = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    provinces = next(layer for layer in spec["layers"] if layer["id"] == "provinces")["data"]["features"]
    assert next(f for f in provinces if f["properties"]["code"] == "KR-46")["properties"]["fill"] == maps.SELECTED_FILL
    assert "municipalities" in [layer["id"] for layer in spec["layers"]]


@pytest.mark.apptest
def test_shared_naju_link_in_english_shows_16_grouped_4_5_4_3():
    at = run_page("map", lang="en", city="IC03")
    assert not at.exception
    text = all_text(at)
    assert "Naju (Bitgaram): its 16 institutions, 4 / 5 / 4 / 3" in text
    assert "Teachers' Pension (TP) under culture and arts" in text and "2019 sources" in text
    assert "presumably" not in text and "Namdo Ilbo (15 Mar 2017)" in text  # the row-by-row grouping is cited
    assert "Kwangju Ilbo (2021-11-09) reports 7,887 for this city" in text
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Institutions relocated"] == "16"
    assert metrics["Workers at relocated institutions (Sept 2021)"] == "7,885"
    assert metrics["Planned population"] == "50,000"
    assert metrics["Area"] == "7.33 km²"
    frames_shown = [df.value for df in at.dataframe]
    # the chart's text alternative, built from the seed file's group names and counts
    assert "energy 4, agriculture and life science 5, information and communication 4, culture and arts 3" in text
    assert "energy 4, agriculture & life 5, broadcasting & ICT 4, culture & arts 2 and finance 1" in text
    listing = next(df for df in frames_shown if "Name (Korean)" in df.columns and len(df) == 16)
    assert "Korea Electric Power Corporation (KEPCO)" in set(listing["Name (English)"])
    keys = {button.key for button in open_download_menus(at).get("download_button")}
    for table in ("map_naju_groups", "map_institutions_IC03", "map_institutions_filtered", "map_reconciliation"):
        assert {f"csv_{table}", f"xlsx_{table}"} <= keys, table
    assert {"png_map_naju_groups", "svg_map_naju_groups", "zip_map_naju_groups"} <= keys


@pytest.mark.apptest
def test_city_without_institutions_and_bad_city_param():
    at = run_page("map", city="IC11")
    assert not at.exception
    assert any("이전한 기관이 없습니다" in info.value for info in at.info)
    at = run_page("map", city="<b>x</b>")
    assert not at.exception
    assert any("<b>x</b>" in w.value for w in at.warning)
    assert at.selectbox(key="map_city").value == ""


@pytest.mark.apptest
def test_table_filters_and_empty_result():
    at = run_page("map", lang="en")
    table = next(df.value for df in at.dataframe if len(df.value) == 152)
    assert {
        "Name (Korean)",
        "Name (English)",
        "Sector group",
        "Year relocated",
        "Previous HQ (where known)",
        "Verification",
    } <= set(table.columns)
    at.text_input(key="map_f_search").input("KEPCO").run()
    assert not at.exception
    shown = [df.value for df in at.dataframe if "Name (Korean)" in df.value.columns]
    assert any(len(df) >= 3 and df["Name (Korean)"].str.contains("한전|한국전력").all() for df in shown)
    at.text_input(key="map_f_search").input("no such institution zzz").run()
    assert any("No institution matches these filters" in info.value for info in at.info)


@pytest.mark.apptest
def test_gyeonggi_has_no_city():
    at = run_page("map", lang="en", province="KR-41")
    assert not at.exception
    assert at.selectbox(key="map_city").value == ""
    assert "has no innovation city" in all_text(at)


@pytest.mark.parametrize("lang,province,city", [("ko", None, None), ("en", "KR-46", "IC03"), ("ko", "KR-50", None)])
def test_compact_deck_json_is_pydecks_json_without_whitespace(frames, lang, province, city):
    """CompactDeck serialises in one fast pass; the text is exactly pydeck's pretty JSON re-dumped compactly."""
    import pydeck as pdk

    layers = [maps.sea_layer(), maps.province_base_layer(geo.province_features(), NAMES, lang, selected=province)]
    if province:
        layers.append(maps.municipality_layer(geo.municipalities_of(province), lang, host_codes=("46170",)))
    layers += [
        maps.relocation_flows_layer(frames["flows"], NAMES, lang, selected=city),
        maps.label_layer(frames["points"], lang),
    ]
    deck = maps.compact_deck(layers, maps.KOREA_VIEW)
    expected = json.dumps(json.loads(pdk.Deck.to_json(deck)), ensure_ascii=False, separators=(",", ":"))
    assert deck.to_json() == expected
    assert deck.to_json() is deck.to_json()  # serialised once per (shared, cached) deck


def test_every_city_summary_the_sources_give_in_english_reads_in_korean_too(frames):
    """Sectors and notes exist in English only in the sources; a Korean page shows our translation, badged."""
    korean = read_dataset("innovation_cities_ko")
    cities = relocation.innovation_cities_bilingual(frames["cities"], korean)
    for column in relocation.CITY_TEXT_COLUMNS:
        english, translated = (cities[name].fillna("").str.len() > 0 for name in (column, f"{column}_ko"))
        assert (english == translated).all(), (column, cities.loc[english != translated, "city_id"].tolist())
    profile = views.city_profile("IC03", cities, frames["points"], frames["institutions"], NAMES, "ko")
    assert profile.sectors.startswith("에너지 (전력); 농업·생명") and t("translation_badge", "ko") in profile.sectors
    assert any("농림식품기술기획평가원" in note for note in profile.notes)
    assert not re.search(r"[A-Za-z]{3,}", " ".join(profile.notes)), profile.notes  # units and "IT" only
    english = views.city_profile("IC03", cities, frames["points"], frames["institutions"], NAMES, "en")
    assert english.sectors == md_escape(cities.set_index("city_id").loc["IC03", "specialised_sectors"])


def test_the_2020_cities_differ_from_the_first_ten_by_more_than_colour(frames):
    texts = {record["text"] for record in maps.label_layer(frames["points"], "ko").data}
    second = frames["points"].query("place_type == 'innovation_city' and phase == 'second'")
    assert len(second) == 2 and all(maps.short_label(n) + " · 2020" in texts for n in second["name_ko"])
    first = frames["points"].query("place_type == 'innovation_city' and phase == 'first'")
    assert len(first) == 10 and not any(maps.short_label(n) + " · 2020" in texts for n in first["name_ko"])
