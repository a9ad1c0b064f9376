"""The Overview's figures and text alternatives come from the data they describe (plain pytest)."""

from __future__ import annotations

import pandas as pd

from components.views import budget as budget_views
from components.views import overview as views
from data.budget import budget_story, special_account_long, structure_account_names
from data.datasets import read_dataset
from data.population import capital_region_share, resident_population
from data.relocation import institutions_with_place, province_institutions


def _budget():
    return special_account_long(read_dataset("special_account_budget"))


def _share():
    indicators = read_dataset("province_indicators")
    return capital_region_share(resident_population(indicators, read_dataset("population_2022_2024")))


def _story():
    budget = read_dataset("special_account_budget")
    changes = read_dataset("budget_changes")
    return budget_story(budget, read_dataset("special_account_totals"), changes), structure_account_names(budget)


def test_budget_story_gives_the_latest_sourced_total_with_its_basis():
    """Issue 18 (1): the headline is the latest sourced total (the 2023 bill), not the 2020 exact total alone."""
    story, _names = _story()
    assert (story.latest.year, story.latest.amount_krw_million, story.latest.precision) == (2023, 12_700_000, "bill")
    assert (story.latest_budget.year, story.latest_budget.amount_krw_million) == (2022, 10_900_000)
    assert story.latest_budget.precision == "rounded_budget"
    assert story.totals["year"].tolist() == list(range(2015, 2024))  # 2021 is derived: in the series, never latest


def test_budget_story_marks_the_2020_fall_as_a_transfer():
    story, _names = _story()
    assert (story.break_year, story.break_total, story.previous_total) == (2020, 9_232_811, 10_748_531)
    assert round(story.break_change_pct, 1) == -14.1  # 9,232,811 / 10,748,531 - 1
    assert story.transfer_stated_krw_million == 3_500_000 and story.transfer_account == "local_autonomous"
    assert story.transfer_account_change_krw_million == 2_313_150 - 5_548_288
    assert story.totals.set_index("year")["transfer"].to_dict()[2020] and story.totals["transfer"].sum() == 1


def test_budget_story_in_both_languages():
    story, names = _story()
    en = budget_views.budget_story_text(story, names, "en")
    assert (en.label, en.value) == ("Special Account total (2023 government bill)", "KRW 12.7 tn")
    assert en.basis == (
        "Government bill (not the enacted budget). Latest budget: KRW 10.9 tn in 2022 — Rounded total (budget, 0.1 tn)."
    )
    assert en.transfer == (
        "2020: KRW 9.23 tn (exact), −14.1% on 2019 — a transfer, not a cut: about KRW 3.5 tn of Local Autonomous "
        "Account projects were devolved to local governments, and the account fell by KRW 3.24 tn that year."
    )
    assert en.headline == "Special Account: KRW 12.7 tn (2023 government bill)"
    assert "2021 KRW 10.3 tn · Derived (0.1 tn)" in en.series and "2020 KRW 9.23 tn · Exact (MOEF table)" in en.series
    ko = budget_views.budget_story_text(story, names, "ko")
    assert (ko.label, ko.value) == ("균특회계 총액 (2023년 정부안)", "12.7조 원")
    assert ko.basis == "정부안 (국회 확정 전). 가장 최근 예산: 2022년 10.9조 원 — 반올림 총액 (예산, 0.1조)."
    assert ko.transfer == (
        "2020년 9.23조 원(정확한 값, 2019년 대비 −14.1%)은 삭감이 아니라 이양입니다: 약 3.5조 원 규모의 지역자율계정 "
        "사업이 지방자치단체로 이양되어 그해 이 계정이 3.24조 원 줄었습니다."
    )
    assert ko.headline == "균특회계 12.7조 원 (2023년 정부안)" and ko.mark == "지방 이양"
    assert [source.label for source in budget_views.budget_story_sources(story)] == [
        "MOIS memo (via parangse.org); MOEF/MOLIT (korea.kr), 2022–2023",
        "MOEF (nabis.go.kr), 2015–2020",
        "PCBND (nabis.go.kr), 'Changes in the Budget'",
    ]


def test_the_story_follows_the_data_not_typed_figures():
    """A later enacted total becomes the headline's 'latest budget'; a bill stays marked as a bill."""
    budget = read_dataset("special_account_budget")
    totals = read_dataset("special_account_totals").copy()
    later = totals[totals["year"] == 2022].copy()
    later["year"], later["amount_krw_million"] = 2024, 13_100_000
    story = budget_story(budget, pd.concat([totals, later]), read_dataset("budget_changes"))
    assert (story.latest.year, story.latest.precision, story.latest_budget.year) == (2024, "rounded_budget", 2024)
    assert budget_views.budget_story_text(story, structure_account_names(budget), "en").label == (
        "Special Account total (2024 budget)"
    )


def test_budget_alt_text_lists_every_year_including_the_2016_and_2017_dips():
    ko = views.budget_total_alt(_budget(), "ko")
    assert "2015년 10.34조 원, 2016년 9.97조 원, 2017년 9.46조 원, 2018년 9.89조 원" in ko
    assert "가장 많은 해는 2019년(10.75조 원), 가장 적은 해는 2020년(9.23조 원)" in ko
    en = views.budget_total_alt(_budget(), "en")
    assert en.startswith("Special Account total, 2015–2020: 2015 KRW 10.34 tn, 2016 KRW 9.97 tn")
    assert "Highest in 2019 (KRW 10.75 tn), lowest in 2020 (KRW 9.23 tn)." in en


def test_budget_table_has_readers_headers_and_exact_figures():
    table = views.budget_total_table(_budget(), "ko")
    assert list(table.columns) == ["연도", "총액 (백만 원)"]
    assert table.iloc[0].tolist() == [2015, 10_338_940]


def test_capital_share_alt_text_finds_the_year_it_passed_half():
    share = _share()
    en = views.capital_share_alt(share, "en")
    assert "first reached 50% in 2019" in en and "was 50.86% in 2024" in en
    assert "2019년 처음 50%를 넘었고" in views.capital_share_alt(share, "ko")
    below = share[share["year"] < 2019]
    assert "50%" not in views.capital_share_alt(below, "en").replace(f"{below.iloc[-1]['share_pct']:.2f}%", "")


def test_a_source_cell_becomes_a_label_and_a_link():
    source = views.cited_source("Statistics Korea GRDP 2024 https://kosis.kr/x ; more text")
    assert source.label == "Statistics Korea GRDP 2024" and source.url == "https://kosis.kr/x"


# --- Issue 18 (4): a province's institutions, counted as /regions counts them --------------------------------


def _province(code):
    places = read_dataset("relocation_places")
    return province_institutions(code, institutions_with_place(read_dataset("institutions"), places), places)


NAMES = {"KR-46": {"ko": "전라남도", "en": "South Jeolla"}}


def _name(code, lang="en"):
    return NAMES[code][lang]


def test_province_counts_leave_out_uncertain_rows_and_the_one_not_of_the_153():
    gyeongnam = _province("KR-48")
    assert (gyeongnam.counted, gyeongnam.uncertain, gyeongnam.not_of_153) == (11, 0, 1)  # KRIT is not counted
    sejong = _province("KR-50")
    assert (sejong.counted, sejong.uncertain) == (15, 3)
    assert views.province_institutions_text(gyeongnam, _name, "en") == "**11 institutions**"
    assert views.province_institutions_text(gyeongnam, _name, "ko") == "**11개 기관**"
    assert views.province_institutions_text(sejong, _name, "en") == "**15 institutions**, plus 3 uncertain"
    assert views.province_institutions_text(sejong, _name, "ko") == "**15개 기관**, 불확실 3개 별도"


def test_gwangju_shares_bitgaram_and_shows_its_16():
    gwangju = _province("KR-29")
    assert gwangju.counted == 0 and len(gwangju.shared_cities) == 1
    city = gwangju.shared_cities[0]
    assert (city.place_id, city.host_iso, city.counted, city.uncertain) == ("IC03", "KR-46", 16, 0)
    assert views.province_institutions_text(gwangju, _name, "en") == (
        "**0 institutions** · shares Gwangju-Jeonnam Joint Innovation City (Bitgaram) with South Jeolla: "
        "16 institutions"
    )
    assert views.province_institutions_text(gwangju, lambda code: _name(code, "ko"), "ko") == (
        "**0개 기관** · 전라남도와 함께 조성한 광주전남공동혁신도시(빛가람): 16개 기관"
    )
    assert _province("KR-46").counted == 16 and not _province("KR-46").shared_cities  # the host counts it once
