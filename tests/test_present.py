"""/present: pure slide builders (seed figures, counts, the loop's logic) and the page through AppTest."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import geo
from components import present_slides as ps
from data.budget import special_account_long
from data.datasets import read_dataset
from data.population import capital_region_share, resident_population
from data.relocation import institutions_with_place
from tests.apptest_helpers import all_text, run_page
from tests.conftest import source_document

PROVINCES = [
    "KR-11",
    "KR-26",
    "KR-27",
    "KR-28",
    "KR-29",
    "KR-30",
    "KR-31",
    "KR-50",
    "KR-41",
    "KR-42",
    "KR-43",
    "KR-44",
    "KR-45",
    "KR-46",
    "KR-47",
    "KR-48",
    "KR-49",
]


@pytest.fixture(scope="module")
def institutions() -> pd.DataFrame:
    return institutions_with_place(read_dataset("institutions"), read_dataset("relocation_places"))


# --- The loop ----------------------------------------------------------------


def test_slides_and_wrapping():
    assert ps.slide_ids(None) == ["vision", "budget", "relocation", "capital_share", "naju"]
    assert ps.slide_ids("KR-41")[-1] == "province" and len(ps.slide_ids("KR-41")) == 6
    assert ps.step(5, 6, 1) == 0 and ps.step(0, 6, -1) == 5 and ps.step(2, 6, 1) == 3


def test_only_the_current_slide_is_shown_and_the_others_stay_built():
    css = ps.visible_slide_css(["vision", "budget", "naju"], 1)
    shown = [line for line in css.splitlines() if "visibility: visible" in line]
    hidden = next(line for line in css.splitlines() if "visibility: hidden" in line)
    assert shown == [
        ".st-key-present_slide_budget { visibility: visible; opacity: 1; transition: opacity 0.45s ease-in; }"
    ]
    assert ".st-key-present_slide_vision *" in hidden and ".st-key-present_slide_naju," in hidden
    assert "present_slide_budget" not in hidden and "pointer-events: none" in hidden
    assert "display: none" not in css  # hidden slides keep their size, so their charts stay drawn
    assert "visibility: hidden" not in ps.visible_slide_css(["vision"], 0)


def test_auto_advance_waits_a_full_interval_after_a_manual_change():
    assert ps.should_advance(12.0, 12) and ps.should_advance(11.0, 12)  # timer jitter absorbed
    assert not ps.should_advance(0.2, 12)  # right after "next": the tick is skipped
    assert ps.should_advance(4.9, 5) and not ps.should_advance(3.0, 5)


# --- Slide builders: seed figures reproduced exactly ---------------------------


def test_vision_tree_has_korean_data_names_and_the_seed_english_names():
    tree = ps.plan_tree(read_dataset("plan_structure"), read_dataset("plan_names_en_seed"))
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
    totals = ps.budget_totals(budget)
    assert totals.set_index("year")["amount_krw_million"].to_dict()[2015] == 10_338_940
    assert totals.set_index("year")["amount_krw_million"].to_dict()[2016] == 9_973_926
    head_ko = ps.budget_headline(budget, "ko")
    assert head_ko["first"] == "10.34조 원" and head_ko["last_year"] == "2020" and head_ko["peak_year"] == "2019"
    head_en = ps.budget_headline(budget, "en")
    assert head_en["first"] == "KRW 10.34 tn" and head_en["last"] == "KRW 9.23 tn" and head_en["peak"] == "KRW 10.75 tn"
    spec = ps.budget_chart(budget, "en", height=600).to_dict()
    assert spec["config"]["axis"]["labelFontSize"] >= 24  # big-screen labels


def test_capital_share_crosses_50_percent_in_2019():
    indicators = read_dataset("province_indicators")
    population = resident_population(indicators, read_dataset("population_2022_2024"))
    share = capital_region_share(population)
    assert ps.first_year_at_or_above(share) == 2019
    assert ps.first_year_at_or_above(share, 99.0) is None


def test_relocation_flows_positions_and_counts(institutions):
    flows = ps.relocation_flows(
        institutions,
        read_dataset("relocation_places"),
        read_dataset("innovation_cities"),
        geo.municipality_features(),
        geo.province_features(),
    )
    by_place = flows.set_index("place_id")
    assert by_place.loc["IC03", "count"] == 16
    assert by_place.loc["IC03", "coord_basis"] == "sourced point"
    assert by_place.loc["IC03", "lat"] == pytest.approx(35.021765)
    assert by_place.loc["IC01", "coord_basis"] == "host-municipality centroid"  # Busan has no sourced point
    assert int(flows["count"].sum()) == len(institutions) - int(
        institutions["verification"].str.startswith("uncertain").sum()
    )
    assert flows["lat"].between(33, 39).all() and flows["lon"].between(124, 132).all()
    assert (flows["coord_basis"] == "sourced point").sum() == 5  # 6 sourced points; Naepo has no institutions yet
    deck = json.loads(
        ps.relocation_deck(
            flows, geo.province_features(), "ko", height=720, tooltip_template="{name}: {count}"
        ).to_json()
    )
    assert deck["mapStyle"] == "__MAP_STYLE__"  # no basemap (map_style=None would make Streamlit load Carto tiles)
    assert "mapProvider" not in deck or deck["mapProvider"] is None
    for layer in deck["layers"]:
        assert layer["id"].startswith("present-")
        assert not str(layer.get("widthUnits", "pixels")).startswith("@@")  # quoted constant, not an accessor
    assert any(layer["@@type"] == "GeoJsonLayer" for layer in deck["layers"])


def test_naju_groups_follow_the_seed_4_5_4_3(institutions):
    groups = ps.naju_groups(institutions)
    assert len(groups) == 16
    assert ps.naju_counts(groups) == {"energy": 4, "agriculture": 5, "ict": 4, "culture": 3}
    regrouped = groups[groups["regrouped"]]
    assert list(regrouped["name_ko"]) == ["사립학교교직원연금공단"] and regrouped.iloc[0]["sector_group"] == "finance"
    assert groups.iloc[0]["name_ko"] == "한국전력공사"


@pytest.mark.parametrize("code", PROVINCES)
def test_province_spotlight_for_every_province(code, institutions):
    indicators = read_dataset("province_indicators")
    population = resident_population(indicators, read_dataset("population_2022_2024"))
    spot = ps.province_spotlight(
        code, population, institutions, read_dataset("relocation_places"), read_dataset("province_profiles")
    )
    assert spot["year"] == 2024 and spot["population"] > 0 and 0 < spot["share_pct"] < 30
    assert spot["series"]["year"].min() == 2014


def test_gyeonggi_spotlight_figures(institutions):
    indicators = read_dataset("province_indicators")
    population = resident_population(indicators, read_dataset("population_2022_2024"))
    spot = ps.province_spotlight(
        "KR-41", population, institutions, read_dataset("relocation_places"), read_dataset("province_profiles")
    )
    assert spot["population"] == 13_694_685 and spot["cities"].empty and spot["institutions"] == 0
    naju = ps.province_spotlight(
        "KR-46", population, institutions, read_dataset("relocation_places"), read_dataset("province_profiles")
    )
    assert list(naju["cities"]["place_id"]) == ["IC03"] and naju["institutions"] >= 16
    gwangju = ps.province_spotlight(
        "KR-29", population, institutions, read_dataset("relocation_places"), read_dataset("province_profiles")
    )
    assert list(gwangju["partner_cities"]["place_id"]) == ["IC03"]


# --- The page (AppTest) ------------------------------------------------------


def slide_text(at) -> str:
    return all_text(at)


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
        2: {"ko": "10.34조 원", "en": "KRW 10.34 tn"},
        3: {"ko": "공공기관 153곳이 수도권을 떠났습니다", "en": "153 public institutions left the capital region"},
        4: {"ko": "2019년 처음으로 전국의 50%를 넘었습니다", "en": "In 2019 the capital region passed 50%"},
        5: {"ko": "나주 빛가람혁신도시: 공공기관 16곳", "en": "Naju Bitgaram Innovation City: 16 public institutions"},
        6: {"ko": "경기도: 주민 13,694,685명", "en": "Gyeonggi: 13,694,685 residents"},
    }
    for slide in expected:
        at = run_page("present", lang=lang, province="KR-41", slide=str(slide))
        text = slide_text(at)
        assert not at.exception, (slide, at.exception)
        assert shown_slide(at) == ps.slide_ids("KR-41")[slide - 1]
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
    assert "153 public institutions" in slide_text(at)  # the other slides are unaffected
    at.button(key="present_next").click().run()
    assert "3 / 5" in slide_text(at) and shown_slide(at) == "relocation"
