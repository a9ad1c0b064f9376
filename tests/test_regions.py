"""/regions (issue #6): pure transforms and chart builders in plain pytest, the page through AppTest."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from components.charts.regions import (
    capital_grdp_share_chart,
    choropleth,
    choropleth_outlined,
    grdp_bars,
    ranking_bars,
)
from components.strings import STRINGS
from components.strings import regions as region_strings
from components.views import regions as views
from components.views.regions import format_gap, format_value
from data import regions as R
from data.datasets import read_dataset
from data.population import capital_region_share, census_capital_share, resident_population
from data.relocation import employee_counts, institutions_with_place
from geo import province_features
from tests.apptest_helpers import all_text, run_page


@pytest.fixture(scope="module")
def data():
    indicators = read_dataset("province_indicators")
    population = resident_population(indicators, read_dataset("population_2022_2024"))
    institutions = institutions_with_place(read_dataset("institutions"), read_dataset("relocation_places"))
    long = R.indicator_long(
        population, indicators, institutions, read_dataset("innovation_cities"), read_dataset("relocation_places")
    )
    codes = list(read_dataset("provinces")["iso_code"])
    return {
        "indicators": indicators,
        "population": population,
        "institutions": institutions,
        "long": long,
        "codes": codes,
    }


# --- comparison set --------------------------------------------------------------------


def test_default_comparison_and_province_always_included():
    assert R.default_comparison("KR-46") == ["KR-46", "KR-11"]
    assert R.default_comparison("KR-11") == ["KR-11", "KR-41"]
    assert R.default_comparison(None) == ["KR-41", "KR-46", "KR-50"]
    assert R.with_province(["KR-46", "KR-50"], "KR-41") == ["KR-41", "KR-46", "KR-50"]
    assert R.with_province(["KR-46", "KR-41", "KR-50"], "KR-41") == ["KR-41", "KR-46", "KR-50"]
    assert R.with_province(["KR-11", "KR-26", "KR-27", "KR-28"], "KR-41") == [
        "KR-41",
        "KR-11",
        "KR-26",
        "KR-27",
    ]  # still at most 4


# --- indicators, ranks and gaps ---------------------------------------------------------


def test_population_ranks_and_gap_to_national_average(data):
    table = R.rank_table(data["long"], "population", "2024", data["codes"]).set_index("iso_code")
    assert table.loc["KR-41", "value"] == 13_694_685 and table.loc["KR-41", "rank"] == 1
    assert table.loc["KR-50", "value"] == 390_685 and table.loc["KR-50", "rank"] == 17
    assert table.loc["KR-46", "value"] == 1_788_819 and table.loc["KR-46", "rank"] == 9
    assert (table["n_reported"] == 17).all()
    assert table.loc["KR-41", "reference"] == pytest.approx(51_217_221 / 17)
    assert table.loc["KR-41", "gap"] == pytest.approx(13_694_685 - 51_217_221 / 17)


def test_grdp_keeps_the_two_bases_apart_and_missing_stays_missing(data):
    long = data["long"]
    assert R.periods(long, "grdp") == [
        "2024-b2020",
        "2023-b2020",
        "2022-b2020",
        "2022-b2015",
        "2021-b2015",
        "2019-b2015",
    ]
    both_2022 = long[(long["indicator"] == "grdp") & (long["iso_code"] == "KR") & (long["year"] == 2022)]
    assert dict(zip(both_2022["base"], both_2022["value"], strict=True)) == {"2015": 2166, "2020": 2328}
    full = R.rank_table(long, "grdp", "2024-b2020", data["codes"]).set_index("iso_code")
    assert full.loc["KR-41", "value"] == 651 and full.loc["KR-41", "rank"] == 1 and full.loc["KR-50", "value"] == 17
    assert full["n_reported"].iloc[0] == 17
    partial = R.rank_table(long, "grdp", "2022-b2015", data["codes"]).set_index("iso_code")
    assert pd.isna(partial.loc["KR-46", "value"]) and pd.isna(partial.loc["KR-46", "rank"])  # not filled in
    assert partial["n_reported"].iloc[0] == 9
    series = R.grdp_series(long, ["KR-41", "KR-46", "KR-50"])
    assert set(series["base"]) == {"2015", "2020"}
    assert series[(series["iso_code"] == "KR-46") & (series["base"] == "2015")]["value"].isna().all()


def test_grdp_per_capita_is_derived_from_the_same_year(data):
    table = R.rank_table(data["long"], "grdp_per_capita", "2024-b2020", data["codes"]).set_index("iso_code")
    assert table.loc["KR-41", "value"] == pytest.approx(651 * 1_000_000 / 13_694_685)
    assert table.loc["KR-41", "reference"] == pytest.approx(2561 * 1_000_000 / 51_217_221)
    derivation = data["long"].query("indicator == 'grdp_per_capita'")["derivation"].iloc[0]
    assert "÷ resident population" in derivation


def test_relocated_institutions_and_employees(data):
    institutions = R.rank_table(data["long"], "institutions", "all", data["codes"]).set_index("iso_code")
    assert institutions.loc["KR-46", "value"] == 16 and institutions.loc["KR-41", "value"] == 0
    assert institutions.loc["KR-50", "value"] == 15  # 18 Sejong rows, 3 marked uncertain left out
    employees = R.rank_table(data["long"], "employees", "2021", data["codes"]).set_index("iso_code")
    assert employees.loc["KR-46", "value"] == 7885
    assert pd.isna(employees.loc["KR-41", "value"])  # no innovation city: missing, not zero
    national = data["long"].query("indicator == 'employees' and iso_code == 'KR'")["value"].iloc[0]
    # The per-city MOLIT figures sum to 45,331; the article prints "4만331" but its own 17.4% share
    # for Gwangju-Jeonnam (7,885) only fits 45,331, so the sum is used and the page says so.
    assert national == 45_331 and round(7885 / national * 100, 1) == 17.4
    by_type = R.institutions_by_type(data["institutions"], ["KR-46", "KR-50"])
    assert by_type.query("iso_code == 'KR-50' and status == 'uncertain'")["count"].sum() == 3


# --- Issue 18: employees' basis, counting like the Overview, what was checked ---------------------------------


def _employees():
    return employee_counts(read_dataset("innovation_cities"), read_dataset("employee_count_reports"))


def test_the_two_reports_of_the_employees_count_disagree_and_the_data_says_so():
    counts = _employees()
    assert counts.city_sum == 45_331 and counts.primary.printed_total == 40_331  # etnews: sum vs printed total
    assert counts.other.printed_total == 44_734 and counts.difference == 597  # Kwangju Ilbo's total
    assert counts.other_city_figures.to_dict() == {"IC03": 7887, "IC05": 7052, "IC02": 3167}
    assert (counts.primary.publisher_en, counts.other.publisher_en) == ("etnews", "Kwangju Ilbo")


def test_employees_note_shows_the_basis_and_the_disagreement_in_both_languages():
    counts = _employees()
    en = views.employees_note(counts, "en")
    assert "as printed by etnews (2022-02-02)" in en
    assert (
        "Two reports of this count disagree: etnews's ten city figures sum to 45,331 (its printed total, 40,331, looks "
        "like a typo: its own Naju share, 17.4%, fits the sum), while Kwangju Ilbo (2021-11-09) gives other city "
        "figures that add up to its own total, 44,734: 597 fewer." in en
    )
    ko = views.employees_note(counts, "ko")
    assert (
        "전자신문의 10개 도시 값의 합은 45,331명입니다(기사에 적힌 합계 40,331명은 같은 기사의 나주 비중 17.4%와" in ko
    )
    assert "광주일보(2021-11-09)는 다른 도시별 값을 실었고 그 합은 자체 합계인 44,734명으로, 597명 적습니다." in ko
    assert views.indicator_note("employees_per_1000", "en", counts) == en
    with pytest.raises(ValueError):
        views.indicator_note("employees", "en")
    assert views.employees_basis(counts, "en") == (
        "as printed by etnews; Kwangju Ilbo reports the same count with a total of 44,734 (these sum to 45,331)"
    )
    assert views.employees_basis(counts, "ko") == (
        "전자신문 보도 값. 같은 집계를 광주일보는 합계 44,734명으로 보도(이 값들의 합 45,331명)"
    )
    assert views.Cite("employee_count_reports") in views.indicator_citations("employees", "2021", "en", [])


def test_institutions_by_type_counts_as_the_overview_counts(data):
    """KRIT (not one of the 153) is no longer an 'uncertain' Gyeongnam row; Sejong's 3 uncertain stay apart."""
    by_type = R.institutions_by_type(data["institutions"], ["KR-48", "KR-50"]).set_index(["iso_code", "status"])
    assert by_type["count"].to_dict() == {
        ("KR-48", "verified"): 11,
        ("KR-50", "verified"): 15,
        ("KR-50", "uncertain"): 3,
    }
    ranked = R.rank_table(data["long"], "institutions", "all", data["codes"]).set_index("iso_code")
    assert ranked.loc["KR-48", "value"] == 11 and ranked.loc["KR-29", "value"] == 0
    en, ko = STRINGS["regions_institutions_note"]["en"], STRINGS["regions_institutions_note"]["ko"]
    assert "rows flagged as not one of the 153 are not counted" in en and "is counted in South Jeolla" in en
    assert "153개 밖으로 표시된 행은 세지 않았습니다" in ko and "소재지인 전남 나주에 계산했습니다" in ko


def test_population_note_says_what_was_checked_not_checked_against_kosis():
    en, ko = STRINGS["regions_population_note"]["en"], STRINGS["regions_population_note"]["ko"]
    assert "KOSIS)" not in en and "checked against KOSIS" not in en and "KOSIS 대조" not in ko
    assert "for 2014–2018 only the provinces' sum was checked against the national total" in en
    assert "The 2019–2021 and 2023 values match that MOIS file province by province" in en
    assert "2019–2021·2023년 값은 그 행정안전부 파일과 시·도마다 일치하고, 2014–2018년 값은 시·도 합계가" in ko


def test_daejeon_designation_is_sourced_not_inferred():
    profiles = R.profiles_bilingual(read_dataset("province_profiles"), read_dataset("province_profiles_ko"))
    designation = profiles[profiles["policy_or_project"] == "Additional innovation city designation"]
    daejeon = designation[designation["iso_code"] == "KR-30"].iloc[0]
    for lang in ("en", "ko"):
        caption = views.profile_caption(daejeon, lang)
        assert "2020-10-08" in caption and "2020-10-29" in caption and "inferred" not in caption
        assert "daejonilbo.com" in caption
    assert "2020년 10월 8일 국가균형발전위원회 본회의 의결, 10월 29일 국토교통부 지정 고시" in daejeon["description_ko"]
    cities = read_dataset("innovation_cities").set_index("city_id")
    assert "2020-10-08" in cities.loc["IC11", "key_dates"] and "2020-10-29" in cities.loc["IC11", "key_dates"]
    assert not designation["note"].str.contains("inferred").any()


def test_population_change_gap_is_in_points(data):
    table = R.rank_table(data["long"], "population_change", "2014-2024", data["codes"]).set_index("iso_code")
    assert table.loc["KR-50", "rank"] == 1
    assert table["gap_pct"].isna().all()
    assert format_gap("population_change", table.loc["KR-11", "gap"], pd.NA, "ko").endswith("%p")


def test_capital_grdp_share_as_reported(data):
    share = R.capital_grdp_share(data["indicators"])
    assert list(zip(share["year"], share["base"], share["share_pct"], strict=True)) == [
        (2019, "2015", 52.0),
        (2021, "2015", 52.8),
        (2022, "2015", 52.5),
        (2023, "2020", 52.3),
        (2024, "2020", 52.8),
    ]
    spec = capital_grdp_share_chart(share, "en").to_dict()
    assert "2015 base" in json.dumps(spec, ensure_ascii=False) and "2020 base" in json.dumps(spec, ensure_ascii=False)


# --- charts ------------------------------------------------------------------------------


def test_choropleth_is_offline_outlines_the_selection_and_greys_missing(data):
    table = R.rank_table(data["long"], "grdp", "2023-b2020", data["codes"])
    names = {code: {"ko": code, "en": code} for code in data["codes"]}
    spec = choropleth(province_features(), table, "grdp", ["KR-41", "KR-46", "KR-50"], names, "ko").to_dict()
    text = json.dumps(spec, ensure_ascii=False)
    assert "http" not in text.replace("http://json-schema.org", "").replace(
        "https://vega.github.io", ""
    )  # geometry inline, no URL
    layers = spec["layer"]
    assert len(layers) == 3
    outlined = layers[2]["data"]["values"]
    assert sorted(f["properties"]["code"] for f in outlined) == ["KR-41", "KR-46", "KR-50"]
    greyed = {f["properties"]["code"] for f in layers[1]["data"]["values"]}
    assert "KR-46" in greyed and all(f["properties"]["label"] == "자료 없음" for f in layers[1]["data"]["values"])
    assert len(greyed) + len(layers[0]["data"]["values"]) == 17


def test_grdp_and_ranking_charts_mark_missing_not_zero(data):
    names = {code: {"ko": code, "en": code} for code in data["codes"]}
    series = R.grdp_series(data["long"], ["KR-41", "KR-46"])
    part = series[series["base"] == "2015"]
    spec = json.dumps(grdp_bars(part, ["KR-41", "KR-46"], names, "en").to_dict())
    assert '"no data"' in spec
    table = R.rank_table(data["long"], "grdp", "2022-b2015", data["codes"])
    spec = json.dumps(ranking_bars(table, "grdp", ["KR-41"], names, "en").to_dict())
    assert "National reference" in spec and '"no data"' in spec


def test_value_formats():
    assert format_value("population", 13_694_685, "ko") == "13,694,685명"
    assert format_value("grdp", 151.2, "en") == "KRW 151.2 tn"
    assert format_value("grdp", 651, "ko") == "651조 원"
    assert format_value("employees", pd.NA, "ko", missing="자료 없음") == "자료 없음"


# --- views: alt texts from the data, catalogue counts, escaped data text -------------------------


def _name(code: str) -> str:
    return {"KR-41": "Gyeonggi", "KR-46": "South Jeolla", "KR-50": "Sejong"}.get(code, code)


def test_gap_alt_names_the_largest_gaps_of_the_compared_provinces(data):
    chosen = ["KR-41", "KR-46", "KR-50"]
    latest = {indicator: R.periods(data["long"], indicator)[0] for indicator in R.INDICATORS}
    ranks = {ind: R.rank_table(data["long"], ind, latest[ind], data["codes"]) for ind in R.INDICATORS}
    overview = views.gap_overview(ranks, latest, dict.fromkeys(R.INDICATORS, ""), chosen, _name, "en")
    assert len(overview) == len(R.INDICATORS) * 3
    alt = views.gaps_alt(overview, chosen, _name, "en")
    assert "(Gyeonggi, South Jeolla, Sejong)" in alt
    assert "Furthest above: South Jeolla, Relocated employees per 1,000 residents, Sept 2021: +3.42 (+390%)" in alt
    assert "furthest below: Gyeonggi, Relocated public institutions, rows in our data: −8.6 (−100%)" in alt
    assert alt.count(".") <= 4  # one or two sentences, not one item per row
    table = views.gap_table(overview, "ko")
    assert {"지표", "시·도", "전국 기준과의 차이", "출처"} <= set(table.columns) and "gap_pct" not in table.columns


def test_over_time_alts_give_the_span_and_the_last_year(data):
    series = R.population_series(data["population"], ["KR-41", "KR-50"])
    alt = views.population_alt(series, "population", _name, "en")
    assert alt == (
        "Line chart of resident population by year, 2014–2024. 2024: Gyeonggi 13,694,685 people; Sejong 390,685 people."
    )
    grdp = R.grdp_series(data["long"], ["KR-41", "KR-46"])
    alt = views.grdp_alt(grdp[grdp["base"] == "2015"], "GRDP (2015 base)", "grdp", _name, "en")
    assert "(2019, 2021, 2022)" in alt and alt.endswith("2022: Gyeonggi KRW 547 tn; South Jeolla no data.")


def test_capital_share_alt_is_derived_from_both_series(data):
    share = capital_region_share(data["population"])
    census = census_capital_share(data["indicators"])
    alt = views.capital_population_alt(share, census, "en")
    assert "49.41% (2014) → 50.002% (2019, first year above 50%) → 50.86% (2024)" in alt
    assert alt.endswith("Census: 50.0% (2019), 50.5% (2022).")
    grdp_share = R.capital_grdp_share(data["indicators"])
    assert "2024 (2020): 52.8%" in views.capital_grdp_alt(grdp_share, "en")
    cites = views.capital_grdp_citations(grdp_share, "en")
    assert cites[0] == views.Cite(
        label="Newsis graphic 2020-12-23, 2019",
        url="https://mobile.newsis.com/view_amp.html?ar_id=NISI20201223_0000661636",
    )
    assert views.capital_grdp_citations(grdp_share, "ko")[0].label == "뉴시스 그래픽 2020-12-23, 2019"


def test_counts_in_english_take_the_singular_for_one(data):
    table = R.rank_table(data["long"], "grdp", "2024-b2020", data["codes"])
    assert views.ranking_alt(table, "grdp", "2024-b2020", ["KR-41"], _name, "en").endswith("17 provinces have data.")
    one = table.assign(n_reported=1)
    assert views.ranking_alt(one, "grdp", "2024-b2020", ["KR-41"], _name, "en").endswith("1 province has data.")
    by_type = R.institutions_by_type(data["institutions"], ["KR-46", "KR-41"])
    assert views.institutions_alt(by_type, ["KR-46", "KR-41"], _name, "en").endswith(
        "South Jeolla: 16 institutions; Gyeonggi: 0 institutions."
    )


def test_grdp_is_cited_by_the_press_reports_of_its_release(data):
    texts = [str(t) for t in data["long"].query("indicator == 'grdp' and period == '2022-b2015'")["source"].unique()]
    cites = views.indicator_citations("grdp_per_capita", "2022-b2015", "en", texts)
    assert [c.label for c in cites[:2]] == [
        "Women News 2023-12-22, 2022 (2015 base)",
        "Chungcheong Today, 2022 (2015 base)",
    ]
    assert cites[2] == views.Cite("population_2022_2024", "2022")
    assert views.indicator_citations("grdp", "2024-b2020", "ko", []) == [
        views.Cite("province_indicators", "2024년 (2020년 기준)")
    ]


def test_card_figure_ranks_and_says_why_a_value_is_missing(data):
    employees = R.rank_table(data["long"], "employees", "2021", data["codes"]).set_index("iso_code")
    assert views.card_figure("employees", "2021", employees.loc["KR-41"], 17, "en") == (
        "Employees of relocated institutions",
        "–",
        "Sept 2021 · No first-phase innovation city — not applicable",
    )
    label, value, caption = views.card_figure("employees", "2021", employees.loc["KR-46"], 17, "en")
    assert value == "7,885 people" and "Rank 1 of the 10 with data" in caption


def test_policy_items_escape_data_text_and_badge_translations_only_in_korean():
    expo = R.seed_policies(read_dataset("expo_policies"))
    naju = expo[(expo["iso_code"] == "KR-46") & (expo["ko_status"] == "translation")].iloc[0]
    assert ":gray-badge[번역]" in views.policy_item(naju, "name", "ko")
    assert "gray-badge" not in views.policy_item(naju, "name", "en")
    assert views.note_caption(naju, "ko") is None and views.note_caption(naju, "en").startswith("The total of 16")
    hostile = naju.copy()
    hostile["name_en"], hostile["description_en"] = "~~struck~~ $x$", "[link](javascript:x) <b>"
    item = views.policy_item(hostile, "name", "en", unconfirmed=True)
    assert item == "**\\~\\~struck\\~\\~ \\$x\\$** :orange-badge[unconfirmed]  \n\\[link\\](javascript:x) \\<b\\>"
    gyeonggi_app = expo[expo["name_en"].str.startswith("Gyeonggi public delivery app")].iloc[0]
    assert "· 한국어 명칭 출처: 경인방송 (경기도주식회사가 정한 이름) [ifm.kr](http://www.ifm.kr/news/289522)" in (
        views.policy_sources(gyeonggi_app, "ko")
    )
    assert "Korean name from" not in views.policy_sources(gyeonggi_app, "en")


def test_a_provinces_policy_column_in_page_order():
    """The seed documents' items first (with their sources), a province without any profile says so."""
    seeds = R.seed_policies(read_dataset("expo_policies"))
    profiles = R.profiles_bilingual(read_dataset("province_profiles"), read_dataset("province_profiles_ko"))

    def column(code, lang):
        return views.profile_column(seeds[seeds["iso_code"] == code], profiles[profiles["iso_code"] == code], lang)

    naju, translated = column("KR-46", "ko")
    assert naju[0] == ("markdown", "#### 혁신도시 시즌2 대응")
    assert naju[1][0] == "markdown" and "‘혁신도시 시즌2’ 전담 T/F팀" in naju[1][1]
    assert naju[2][0] == "caption" and "아시아경제 2021-10-25" in naju[2][1]
    assert any("빛가람혁신도시 이전 공공기관 16곳" in text for _, text in naju) and translated
    assert all(text for kind, text in naju)  # a note a row lacks gives no line (no "None" caption)
    seoul, translated = column("KR-11", "en")
    assert seoul[0] == ("info", None) and not translated
    assert [kind for kind, _ in seoul[1:]] == ["caption"] and "Seoul" in seoul[1][1]


# --- data files ----------------------------------------------------------------------------


def test_every_profile_has_a_korean_name_and_status():
    profiles = read_dataset("province_profiles")
    korean = read_dataset("province_profiles_ko")
    merged = R.profiles_bilingual(profiles, korean)
    assert len(merged) == len(profiles) == len(korean) == 52
    assert set(korean["ko_status"]) == {"official", "translation"}
    official = korean[korean["ko_status"] == "official"]
    assert official["ko_source"].str.contains("http").all()  # an official name always cites where it is from
    app = korean[
        (korean["iso_code"] == "KR-41") & (korean["policy_or_project"] == "Gyeonggi public delivery app")
    ].iloc[0]
    assert "배달특급" in app["name_ko"] and app["ko_status"] == "official" and "ifm.kr" in app["ko_source"]
    assert (
        korean.query("policy_or_project == 'Opportunity Development Special Zone'")["name_ko"] == "기회발전특구"
    ).all()


def test_seed_policies_reproduced_with_sejong_caveat():
    expo = read_dataset("expo_policies")
    gyeonggi = expo[(expo["iso_code"] == "KR-41") & (expo["group"] == "expo_2021")]
    assert list(gyeonggi["name_en"]) == [
        "More Just and Fair Gyeonggi",
        "Gyeonggi public delivery app (‘Baedal Teukgeup’)",
        "Relocation of public agencies to the northeast regions",
        "Sustainable operation model for the restoration and public return of clean valleys",
    ]
    goals = expo[(expo["iso_code"] == "KR-50") & (expo["group"] == "goal")]
    assert len(goals) == 7 and goals.iloc[0]["name_en"] == "Sejong, the administrative capital of Korea"
    tasks = expo[expo["group"] == "tasks"].iloc[0]
    assert tasks["name_en"] == "34 implementation strategies, 145 tasks based on election promises"
    assert tasks["verification"] == "unconfirmed" and "147" in tasks["note"]
    naju = expo[expo["item_id"] == "NJ01"].iloc[0]
    assert "‘혁신도시 시즌2’" in naju["name_ko"] and naju["ko_status"] == "official"


def test_region_strings_are_bilingual_and_prefixed():
    for key, entry in region_strings.STRINGS.items():
        assert key.startswith("regions_") and key in STRINGS
        assert "ko" in entry and "en" in entry


# --- the page (AppTest) ----------------------------------------------------------------------


@pytest.mark.apptest
def test_gyeonggi_opens_selected_with_its_expo_policies():
    at = run_page("regions", province="KR-41")
    assert not at.exception, [e.message for e in at.exception]
    assert at.multiselect(key="regions_compare").value == ["KR-41", "KR-11"]
    text = all_text(at)
    assert "더 정의롭고, 공정해진 경기도" in text and "경기도형 공공배달앱 ‘배달특급’" in text
    assert "공공기관 북·동부 이전" in text and "청정계곡 복원, 도민환원 지속가능 운영모델" in text
    assert "13,694,685명" in text and "17개 시·도 중 1위" in text
    assert "수도권 인구 비중: 2019년 50% 돌파" in text


@pytest.mark.apptest
def test_three_columns_with_ranks_and_profiles_in_english():
    at = run_page("regions", province="KR-41", compare="KR-41,KR-46,KR-50", lang="en")
    assert not at.exception, [e.message for e in at.exception]
    assert at.multiselect(key="regions_compare").value == ["KR-41", "KR-46", "KR-50"]
    metrics = [(m.label, m.value) for m in at.metric]
    assert ("Resident population", "1,788,819 people") in metrics
    assert ("Resident population", "390,685 people") in metrics
    assert ("GRDP (nominal)", "KRW 651 tn") in metrics
    text = all_text(at)
    assert (
        "2024 (2020 base) · Rank 1 of 17" in text and "Rank 17 of 17" in text and "Rank 1 of the 10 with data" in text
    )
    assert "Naju ‘Innovation City Season 2’ dedicated T/F team" in text
    assert "Sejong City Governed Under the Sovereignty of the People" in text
    assert "34 implementation strategies, 145 tasks" in text and "unconfirmed" in text
    # Issue 18 (2): the employees figures carry their basis and the other report, on the cards and in §7
    assert "Kwangju Ilbo reports the same count with a total of 44,734 (these sum to 45,331)" in text
    assert "Kwangju Ilbo (2021-11-09) gives other city figures that add up to its own total, 44,734" in text
    # every chart block carries its source line
    captions = [c.value for c in at.caption]
    assert sum("**Source:**" in c for c in captions) >= 8


@pytest.mark.apptest
def test_korean_profiles_mark_translations():
    at = run_page("regions", province="KR-46", compare="KR-46,KR-50")
    assert not at.exception
    text = all_text(at)
    assert "나주시 ‘혁신도시 시즌2’ 전담 T/F팀" in text
    assert "34개 실천전략, 145개 과제" in text and ":orange-badge[미확인]" in text
    assert ":gray-badge[번역]" in text  # a translated name says so
    assert "기회발전특구" in text


@pytest.mark.apptest
def test_bad_compare_and_indicator_fall_back_with_a_notice():
    at = run_page("regions", compare="KR-99,<b>x</b>", indicator="nope", lang="en")
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "<b>x</b>" in warnings and "nope" in warnings
    assert at.multiselect(key="regions_compare").value == ["KR-41", "KR-46", "KR-50"]


@pytest.mark.apptest
def test_map_indicator_and_period_from_the_url():
    at = run_page("regions", province="KR-46", indicator="grdp", period="2022-b2015", lang="en")
    assert not at.exception
    assert at.selectbox(key="regions_indicator").value == "grdp"
    assert at.selectbox(key="regions_period").value == "2022-b2015"
    assert "GRDP (nominal), 2022 (2015 base) — map of the provinces" in all_text(at)


@pytest.mark.parametrize("selected", [["KR-46", "KR-11"], ["KR-50", "KR-41", "KR-46", "KR-11"], ["KR-49"], []])
def test_choropleth_narrowed_from_all_equals_direct_build(data, selected):
    """The page builds the map once with every province outlined and narrows it: same spec as a direct build."""
    names = {code: {"ko": code + " 이름", "en": code} for code in data["codes"]}
    for indicator, period in [("grdp", "2023-b2020"), ("population", R.periods(data["long"], "population")[0])]:
        table = R.rank_table(data["long"], indicator, period, data["codes"])
        full = choropleth(province_features(), table, indicator, data["codes"], names, "ko").to_dict()
        frozen = json.dumps(full, sort_keys=True)
        narrowed = choropleth_outlined(full, selected)
        if not selected:
            assert narrowed is None  # the page builds it directly then
        else:
            assert narrowed == choropleth(province_features(), table, indicator, selected, names, "ko").to_dict()
        assert json.dumps(full, sort_keys=True) == frozen  # the shared spec is left alone


@pytest.mark.parametrize(
    ("basis", "korean"),
    [
        (
            "2020 base, preliminary (released 2025-12-23 by 국가데이터처)",
            "2020년 기준, 잠정, 2025년 12월 23일 국가데이터처 공표",
        ),
        ("2015 base (released Dec 2022)", "2015년 기준, 2022년 12월 공표"),
        ("2020 base (base-year revision released 2024-09-05)", "2020년 기준, 기준년 개편, 2024년 9월 5일 공표"),
        ("Resident registration, 31 Dec (sum of 3 provinces)", "주민등록인구, 12월 31일 기준, 3개 시·도 합"),
    ],
)
def test_an_indicators_basis_reads_in_korean_on_a_korean_page(basis, korean):
    assert views.indicator_basis_text(basis, "ko") == korean


@pytest.mark.parametrize(
    ("basis", "english"),
    [
        (
            "2020 base, preliminary (released 2025-12-23 by 국가데이터처)",
            "2020 base, preliminary (released 2025-12-23 by the National Data Office, formerly Statistics Korea)",
        ),
        ("2015 base (released Dec 2022)", "2015 base (released Dec 2022)"),
        ("Resident registration, 31 Dec (sum of 3 provinces)", "Resident registration, 31 Dec (sum of 3 provinces)"),
    ],
)
def test_an_indicators_basis_reads_in_english_on_an_english_page(basis, english):
    """The data words a basis in English but names a publisher in Korean: an English page reads its English name."""
    assert views.indicator_basis_text(basis, "en") == english


def test_every_basis_in_the_data_has_a_korean_wording():
    bases = read_dataset("province_indicators").query("indicator != 'iso_reference'")["basis"].dropna().unique()
    for basis in bases:
        assert not any(c.isascii() and c.isalpha() for c in views.indicator_basis_text(basis, "ko")), basis
