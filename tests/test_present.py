"""/present: the slides' figures and charts (seed figures, counts, the loop's logic) and the page through AppTest."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from components.charts import maps
from components.charts import present as charts
from components.views import present as views
from components.views.overview import special_account_total_by_year
from data.budget import special_account_long
from data.datasets import read_dataset
from data.plan import plan_tree
from data.population import capital_region_share, resident_population
from data.relocation import (
    destination_totals,
    institutions_with_place,
    naju_grouping,
    naju_members,
    relocation_frames,
)
from tests.apptest_helpers import all_text, run_page
from tests.conftest import source_document

PROVINCES = list(read_dataset("provinces")["iso_code"])  # the 17, from the data


@pytest.fixture(scope="module")
def institutions() -> pd.DataFrame:
    return institutions_with_place(read_dataset("institutions"), read_dataset("relocation_places"))


@pytest.fixture(scope="module")
def frames():
    """What /map and /present both draw (``load_relocation_frames`` without the cache)."""
    return relocation_frames(
        read_dataset("institutions"),
        read_dataset("relocation_places"),
        read_dataset("innovation_cities"),
        read_dataset("provinces"),
    )


# --- The loop ----------------------------------------------------------------


def test_slides_and_wrapping():
    assert views.slide_ids(None) == ["vision", "budget", "relocation", "capital_share", "naju"]
    assert views.slide_ids("KR-41")[-1] == "province" and len(views.slide_ids("KR-41")) == 6
    assert views.slide_step(5, 6, 1) == 0 and views.slide_step(0, 6, -1) == 5 and views.slide_step(2, 6, 1) == 3


def test_only_the_current_slide_is_shown_and_the_others_stay_built():
    css = views.visible_slide_css(["vision", "budget", "naju"], 1)
    shown = [line for line in css.splitlines() if "visibility: visible" in line]
    hidden = next(line for line in css.splitlines() if "visibility: hidden" in line)
    assert shown == [
        ".st-key-present_slide_budget { visibility: visible; opacity: 1; transition: opacity 0.45s ease-in; }"
    ]
    assert ".st-key-present_slide_vision *" in hidden and ".st-key-present_slide_naju," in hidden
    assert "present_slide_budget" not in hidden and "pointer-events: none" in hidden
    assert "display: none" not in css  # hidden slides keep their size, so their charts stay drawn
    assert "visibility: hidden" not in views.visible_slide_css(["vision"], 0)


def test_a_new_show_builds_the_slide_on_screen_then_all_of_them():
    slides = views.slide_ids("KR-46")
    assert views.slides_to_build(slides, 2, all_built=False) == ["relocation"]
    assert views.slides_to_build(slides, 0, all_built=True) == slides
    assert 0 < views.REST_OF_SHOW_AFTER_S < views.INTERVAL_MIN  # the rest is built before the first slide change


def test_auto_advance_waits_a_full_interval_after_a_manual_change():
    assert views.should_advance(12.0, 12) and views.should_advance(11.0, 12)  # timer jitter absorbed
    assert not views.should_advance(0.2, 12)  # right after "next": the tick is skipped
    assert views.should_advance(4.9, 5) and not views.should_advance(3.0, 5)


# --- Slide builders: seed figures reproduced exactly ---------------------------


def test_vision_tree_has_korean_data_names_and_the_seed_english_names():
    tree = plan_tree(read_dataset("plan_structure"), read_dataset("plan_names_en_seed"))
    assert tree.vision_ko == "지역이 강한 나라, 균형잡힌 대한민국"
    assert tree.vision_en == "A Nation with Strong Regions. A Well-Balanced Republic of Korea"
    assert tree.goal_en == "Developing a Foundation for Autonomous Growth of Regions"
    assert [s.name_en for s in tree.strategies] == [
        "Stable and Dignified Lives",
        "Lively Spaces Across the Nation",
        "Regional Innovation that Drives Job Creation",
    ]
    assert sum(len(s.tasks) for s in tree.strategies) == 9 and all(len(s.tasks) == 3 for s in tree.strategies)
    pairs = dict(task for s in tree.strategies for task in s.tasks)
    assert pairs["혁신도시 시즌2"] == "Innovative City Season 2"  # seed spelling kept
    assert (
        pairs["도시재생 뉴딜 및 중소도시 재도약"]
        == "Urban Regeneration New Deal and Reinvigoration of Small-to-Medium-Sized Cities"
    )
    assert (
        pairs["인구감소지역을 거주강소지역으로"] == "Develop Population-Declining Regions into Small but Strong Regions"
    )


def test_every_seed_english_name_is_in_the_seed_text():
    text = source_document("nabis_vision_goal_strategy")
    for name in read_dataset("plan_names_en_seed")["name_en_seed"]:
        assert str(name) in text, name


def test_budget_headline_reproduces_the_seed_totals():
    budget = special_account_long(read_dataset("special_account_budget"))
    totals = special_account_total_by_year(budget)
    assert totals.to_dict()[2015] == 10_338_940
    assert totals.to_dict()[2016] == 9_973_926
    assert views.present_budget_alt(budget, "en").startswith(
        "Bar chart of the Special Account total per year, 2015 KRW 10.34 tn,"
    )
    spec = charts.present_budget_chart(budget, "en", marks={2020: "≈KRW 3.5 tn devolved"}).to_dict()
    assert spec["config"]["axis"]["labelFontSize"] >= 24  # big-screen labels
    assert "≈KRW 3.5 tn devolved" in str(spec)  # the 2020 bar is marked as a transfer


@pytest.mark.apptest
@pytest.mark.parametrize(
    ("lang", "headline", "transfer"),
    [
        ("ko", "균특회계 12.7조 원 (2023년 정부안)", "삭감이 아니라 이양입니다: 약 3.5조 원 규모의 지역자율계정 사업"),
        ("en", "Special Account: KRW 12.7 tn (2023 government bill)", "a transfer, not a cut: about KRW 3.5 tn"),
    ],
)
def test_budget_slide_tells_the_latest_total_and_the_2020_transfer(lang, headline, transfer):
    at = run_page("present", lang=lang, slide="2")
    assert headline in [title.value for title in at.title]
    text = slide_text(at)
    assert transfer in text and ("2022" in text and ("10.9" in text))  # the latest enacted budget, with its basis


def test_capital_share_crosses_50_percent_in_2019():
    indicators = read_dataset("province_indicators")
    population = resident_population(indicators, read_dataset("population_2022_2024"))
    share = capital_region_share(population)
    assert views.present_first_year_at_or_above(share) == 2019
    assert views.present_first_year_at_or_above(share, 99.0) is None


def test_relocation_flows_positions_and_counts(institutions, frames):
    """The slide draws THE flow table of data.relocation (the one /map draws), summed per destination."""
    flows = frames.flows
    by_place = destination_totals(flows).set_index("place_id")
    assert by_place.loc["IC03", "n_institutions"] == 16
    assert not by_place.loc["IC03", "coord_approximate"]  # a sourced point
    naju = flows[flows["place_id"] == "IC03"]
    assert naju["dest_lat"].tolist() == pytest.approx([35.021765] * len(naju))
    assert by_place.loc["IC01", "coord_approximate"]  # Busan has no sourced point: host-municipality centroid
    drawn = int(flows["n_institutions"].sum())
    assert drawn == len(institutions) - int(institutions["verification"].str.startswith("uncertain").sum()) == 146
    rows = frames.institutions
    assert drawn == int((rows["counted_in_153"] & (rows["verification_group"] != "uncertain")).sum())
    assert flows["dest_lat"].between(33, 39).all() and flows["dest_lon"].between(124, 132).all()
    assert (~by_place["coord_approximate"].astype(bool)).sum() == 5  # 6 sourced points; Naepo has no institutions yet
    note = views.present_map_note(flows, destination_totals(flows), rows, 153, "en")
    assert note.startswith(
        "The map draws the 146 institutions named in our data (5 uncertain rows and 1 not of the 153"
    )
    assert "Origins: 23 from a named province" in note and "Positions: 5 sourced points" in note
    top = views.present_top_destinations(destination_totals(flows), "ko").splitlines()
    assert len(top) == 4 and top[0] == "- **16개** · 광주전남공동혁신도시(빛가람)"
    deck = json.loads(charts.present_relocation_deck(flows, frames.points, {}, "ko").to_json())
    assert deck["mapStyle"] == "__MAP_STYLE__"  # no basemap (map_style=None would make Streamlit load Carto tiles)
    assert "mapProvider" not in deck or deck["mapProvider"] is None
    for layer in deck["layers"]:
        assert layer["id"] in maps.LAYER_IDS  # /map's layers
        assert not str(layer.get("widthUnits", "pixels")).startswith("@@")  # quoted constant, not an accessor
    assert any(layer["@@type"] == "GeoJsonLayer" for layer in deck["layers"])
    arcs = next(layer for layer in deck["layers"] if layer["id"] == "flows")["data"]
    assert sum(arc["n"] for arc in arcs) == 146 and len(arcs) == len(flows)


def test_naju_groups_follow_the_seed_4_5_4_3(frames):
    seed_groups = read_dataset("naju_sector_groups")
    members = naju_members(seed_groups, frames.institutions)
    assert len(members) == 16
    counts = members["group_id"].value_counts().to_dict()
    assert counts == {"energy": 4, "agriculture_life": 5, "ict": 4, "culture_arts": 3}
    regrouped = members[members["regrouped"]]
    assert list(regrouped["name_ko"]) == ["사립학교교직원연금공단"] and regrouped.iloc[0]["sector_group"] == "finance"
    assert members.iloc[0]["name_ko"] == "한국전력공사"
    columns = views.present_naju_columns(seed_groups, members, "en")
    assert [(column.group_id, column.count) for column in columns] == [
        ("energy", 4),
        ("agriculture_life", 5),
        ("ict", 4),
        ("culture_arts", 3),
    ]
    assert [column.name for column in columns] == [
        "Energy",
        "Agriculture and life science",
        "Information and communication",
        "Culture and arts",
    ]
    assert columns[3].members.splitlines()[-1] == "- Teachers' Pension (TP) *"
    assert views.present_naju_sub(seed_groups, columns, "ko") == (
        "광주·전남 공동혁신도시 — 에너지 4 · 농업·생명과학 5 · 정보통신 4 · 문화·예술 3"
    )
    note = views.present_naju_note(naju_grouping(seed_groups, frames.institutions), members, "en")
    assert note == (
        "Grouping as in Asia Economy (2021): 4 · 5 · 4 · 3. * Teachers' Pension (TP): 2019 sources group it "
        "separately (culture & arts 2 + finance 1)."
    )


def test_a_name_missing_in_one_language_shows_the_other_marked():
    row = pd.Series({"name_ko": "한국농수산식품유통공사", "name_en": None})
    assert views.present_name(row, "en") == "한국농수산식품유통공사 (no English name in our sources)"
    assert views.present_name(pd.Series({"name_ko": "a*b", "name_en": "x"}), "ko") == "a\\*b"  # escaped


def test_project_names_in_korean_only_where_every_one_is_translated():
    projects = pd.DataFrame(
        {
            "policy_or_project": ["Smart City", "Hydrogen Valley"],
            "project_ko": ["스마트시티", "수소 밸리"],
            "ko_status": ["official", "translation"],
        }
    )
    korean = views.present_spot_projects(projects, "ko")
    assert korean.markdown == "- 스마트시티\n- 수소 밸리" and korean.note_key == "present_spot_projects_translated"
    assert korean.translated_names_cited
    english = views.present_spot_projects(projects, "en")
    assert english.markdown == "- Smart City\n- Hydrogen Valley" and english.note_key is None
    assert not english.translated_names_cited
    partial = views.present_spot_projects(projects.assign(project_ko=["스마트시티", None]), "ko")
    assert partial.markdown == "- Smart City\n- Hydrogen Valley"
    assert partial.note_key == "present_spot_projects_source_lang" and not partial.translated_names_cited


@pytest.mark.parametrize("code", PROVINCES)
def test_province_spotlight_for_every_province(code, institutions):
    indicators = read_dataset("province_indicators")
    population = resident_population(indicators, read_dataset("population_2022_2024"))
    spot = views.present_province_spotlight(
        code, population, institutions, read_dataset("relocation_places"), read_dataset("province_profiles")
    )
    assert spot.year == 2024 and spot.population > 0 and 0 < spot.share_pct < 30
    assert spot.series["year"].min() == 2014


def test_gyeonggi_spotlight_figures(institutions):
    indicators = read_dataset("province_indicators")
    population = resident_population(indicators, read_dataset("population_2022_2024"))
    spot = views.present_province_spotlight(
        "KR-41", population, institutions, read_dataset("relocation_places"), read_dataset("province_profiles")
    )
    assert spot.population == 13_694_685 and spot.cities.empty and spot.institutions.counted == 0
    assert views.present_spot_headline(spot, "경기도", "ko") == "경기도: 주민 13,694,685명"
    naju = views.present_province_spotlight(
        "KR-46", population, institutions, read_dataset("relocation_places"), read_dataset("province_profiles")
    )
    assert list(naju.cities["place_id"]) == ["IC03"] and naju.institutions.counted == 16
    gwangju = views.present_province_spotlight(
        "KR-29", population, institutions, read_dataset("relocation_places"), read_dataset("province_profiles")
    )
    assert list(gwangju.partner_cities["place_id"]) == ["IC03"] and gwangju.cities.empty
    # Gwangju hosts none itself, but shares Bitgaram (Naju) and its 16 with South Jeolla: said, not "0"
    names = {"KR-46": "South Jeolla", "KR-29": "Gwangju"}
    line = views.present_spot_institutions(gwangju, names.get, "en")
    assert line.startswith("Relocated public institutions: **0 institutions**") and "16 institutions" in line
    assert "South Jeolla" in line and "Bitgaram" in line
    sejong = views.present_province_spotlight(
        "KR-50", population, institutions, read_dataset("relocation_places"), read_dataset("province_profiles")
    )
    assert (sejong.institutions.counted, sejong.institutions.uncertain) == (15, 3)
    assert "3" in views.present_spot_institutions(sejong, names.get, "ko")


# --- The page (AppTest) ------------------------------------------------------


def slide_text(at) -> str:
    return all_text(at)


def build_the_rest(at):
    """What the loop's first, early tick does in a browser (AppTest runs no timers): build every slide."""
    at.session_state["present_all_built"] = True
    return at.run()


def shown_slide(at) -> str:
    """The slide the fragment's CSS makes visible (every slide is built; one is shown)."""
    for html in at.get("html"):
        for line in html.proto.body.splitlines():
            if "visibility: visible" in line and line.startswith(".st-key-present_slide_"):
                return line.split()[0].removeprefix(".st-key-present_slide_")
    raise AssertionError("no slide is shown")


@pytest.mark.apptest
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_slide_renders_in_both_languages(lang):
    expected = {
        1: {
            "ko": "지역이 강한 나라, 균형잡힌 대한민국",
            "en": "A Nation with Strong Regions. A Well-Balanced Republic of Korea",
        },
        2: {"ko": "균특회계 12.7조 원 (2023년 정부안)", "en": "Special Account: KRW 12.7 tn (2023 government bill)"},
        3: {"ko": "공공기관 153곳이 수도권을 떠났습니다", "en": "153 public institutions left the capital region"},
        4: {"ko": "2019년 처음으로 전국의 50%를 넘었습니다", "en": "In 2019 the capital region passed 50%"},
        5: {"ko": "나주 빛가람혁신도시: 공공기관 16곳", "en": "Naju Bitgaram Innovation City: 16 public institutions"},
        6: {"ko": "경기도: 주민 13,694,685명", "en": "Gyeonggi: 13,694,685 residents"},
    }
    for slide in expected:
        at = run_page("present", lang=lang, province="KR-41", slide=str(slide))
        first = slide_text(at)  # a new show: the slide on screen only
        assert [n for n in expected if expected[n][lang] in first] == [slide], first[:400]
        text = slide_text(build_the_rest(at))
        assert not at.exception, (slide, at.exception)
        assert shown_slide(at) == views.slide_ids("KR-41")[slide - 1]
        assert all(headline[lang] in text for headline in expected.values()), text[:400]  # all built, one shown
        assert f"{slide} / 6" in text
        assert "section_error" not in text and t_section_error(lang) not in text


def t_section_error(lang: str) -> str:
    from components.strings import t

    return t("section_error", lang)


@pytest.mark.apptest
@pytest.mark.parametrize("code", PROVINCES)
def test_spotlight_apptest_for_all_17_provinces(code):
    at = run_page("present", lang="en", province=code, slide="6")
    assert not at.exception and shown_slide(at) == "province"
    text = slide_text(at)
    assert "6 / 6" in text and "residents" in text and "Resident population at the end of 2024" in text
    assert t_section_error("en") not in text


@pytest.mark.apptest
def test_without_a_province_there_are_five_slides_and_no_sidebar():
    at = run_page("present", lang="ko")
    text = slide_text(at)
    assert "1 / 5" in text
    assert len(at.sidebar) == 0  # app.py renders no sidebar on /present


@pytest.mark.apptest
def test_buttons_move_and_pause_the_loop():
    at = run_page("present", lang="en", slide="5")
    assert "5 / 5" in slide_text(at) and shown_slide(at) == "naju"
    at.button(key="present_next").click().run()
    assert "1 / 5" in slide_text(at) and shown_slide(at) == "vision"  # wraps around
    at.button(key="present_prev").click().run()
    assert "5 / 5" in slide_text(at) and shown_slide(at) == "naju"
    at.button(key="present_pause").click().run()
    assert at.session_state["present_paused"] is True
    assert "Paused" in slide_text(at) and at.button(key="present_pause").label == "▶ Play"


@pytest.mark.parametrize(
    "params, name",
    [
        ({"interval": "2"}, "interval"),
        ({"interval": "abc"}, "interval"),
        ({"slide": "99"}, "slide"),
        ({"slide": "-1"}, "slide"),
    ],
)
@pytest.mark.apptest
def test_bad_link_values_fall_back_with_a_notice(params, name):
    at = run_page("present", lang="en", **params)
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "cannot be used" in warnings and name in warnings
    text = slide_text(at)
    assert "1 / 5" in text and ("every 12 s" in text or name == "slide")


@pytest.mark.apptest
def test_interval_and_start_slide_from_the_link():
    at = run_page("present", lang="en", interval="30", slide="3")
    text = slide_text(at)
    assert "every 30 s" in text and "3 / 5" in text and not at.warning and shown_slide(at) == "relocation"


@pytest.mark.apptest
def test_a_broken_dataset_shows_a_calm_card_and_the_loop_goes_on(data_copy):
    budget = data_copy / "seed" / "special_account_budget_2015_2020.csv"
    budget.write_text(budget.read_text(encoding="utf-8").replace("10338940", "ten million"), encoding="utf-8")
    at = run_page("present", lang="en", slide="2", data_errors=True)
    assert not at.exception
    assert any("could not be loaded" in e.value for e in at.error)  # calm message, no traceback
    assert "2 / 5" in slide_text(at) and shown_slide(at) == "budget"
    assert "153 public institutions" in slide_text(build_the_rest(at))  # the other slides are unaffected
    at.button(key="present_next").click().run()
    assert "3 / 5" in slide_text(at) and shown_slide(at) == "relocation"


@pytest.mark.apptest
def test_the_map_is_built_with_the_rest_of_the_show_unless_it_is_on_screen():
    at = run_page("present", lang="en", slide="1")
    assert not at.get("deck_gl_json_chart") and "153 public institutions" not in slide_text(at)
    assert len(build_the_rest(at).get("deck_gl_json_chart")) == 1 and "153 public institutions" in slide_text(at)
    assert shown_slide(at) == "vision" and "1 / 5" in slide_text(at)  # building the rest moves nothing
    assert len(run_page("present", lang="en", slide="3").get("deck_gl_json_chart")) == 1


def drawn_flows(at) -> list[dict]:
    decks = at.get("deck_gl_json_chart")
    assert len(decks) == 1  # one map, built once
    spec = json.loads(decks[0].proto.json)
    return next(layer for layer in spec["layers"] if layer["id"] == "flows")["data"]


@pytest.mark.apptest
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_present_draws_the_same_flows_as_map(lang, frames):
    """/present and /map draw the one flow table (data.relocation, through load_relocation_frames) the same way."""
    present = drawn_flows(run_page("present", lang=lang, slide="3"))
    assert present == drawn_flows(run_page("map", lang=lang))
    flows = frames.flows
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
    drawn = sorted((a["place_id"], a["origin_iso"], a["n"], tuple(a["path"][0]), tuple(a["path"][-1])) for a in present)
    assert drawn == expected and sum(a["n"] for a in present) == 146
