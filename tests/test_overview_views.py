"""The Overview's figures and text alternatives come from the data they describe (plain pytest)."""

from __future__ import annotations

from components.views import overview as views
from data.budget import special_account_long
from data.datasets import read_dataset
from data.population import capital_region_share, resident_population


def _budget():
    return special_account_long(read_dataset("special_account_budget"))


def _share():
    indicators = read_dataset("province_indicators")
    return capital_region_share(resident_population(indicators, read_dataset("population_2022_2024")))


def test_latest_budget_total_is_the_2020_seed_total_and_its_change():
    latest = views.latest_budget_total(_budget())
    assert (latest.year, latest.value) == (2020, 9_232_811)
    assert round(latest.change, 1) == -14.1  # 9,232,811 / 10,748,531 - 1


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
