"""Every page through AppTest, with and without ?province=, in both languages; Overview and Sources content."""

from __future__ import annotations

import pytest

from tests.apptest_helpers import PAGE_FILES, all_text, run_page


@pytest.mark.apptest
@pytest.mark.parametrize("path", list(PAGE_FILES))
@pytest.mark.parametrize("params", [{}, {"province": "KR-46"}, {"lang": "en"}, {"lang": "en", "province": "KR-41"}])
def test_every_page_runs_without_exception(path, params):
    at = run_page(path, **params)
    assert not at.exception, [e.message for e in at.exception]
    title = at.title[0].value if at.title else ""
    assert title, f"/{path} shows no title"


@pytest.mark.apptest
def test_overview_shows_sourced_headline_figures_in_korean():
    at = run_page("")
    metrics = {m.label: m.value for m in at.metric}
    # Issue 18 (1): the latest sourced total with its basis; the 2020 fall marked as a transfer, not a cut
    assert metrics["균특회계 총액 (2023년 정부안)"] == "12.7조 원"
    assert metrics["혁신도시"] == "12곳"
    assert metrics["지방 이전 공공기관"] == "153개"
    assert metrics["수도권 인구 비중 (2024)"] == "50.86%"
    text = all_text(at)
    assert "기획재정부 (nabis.go.kr), 2015–2020" in text and "출처" in text  # the source named in Korean
    assert "정부안 (국회 확정 전). 가장 최근 예산: 2022년 10.9조 원" in text
    assert "2020년 9.23조 원(정확한 값, 2019년 대비 −14.1%)은 삭감이 아니라 이양입니다" in text


@pytest.mark.apptest
def test_overview_in_english_with_province():
    at = run_page("", lang="en", province="KR-46")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Special Account total (2023 government bill)"] == "KRW 12.7 tn"
    assert metrics["Resident population (2024)"] == "1,788,819 people"
    text = all_text(at)
    assert "South Jeolla at a glance" in text
    assert "Gwangju-Jeonnam Joint Innovation City (Bitgaram)" in text
    assert "Latest budget: KRW 10.9 tn in 2022" in text
    assert "2020: KRW 9.23 tn (exact), −14.1% on 2019 — a transfer, not a cut" in text
    assert "Institutions relocated here (counted as on Regional comparison): **16 institutions**" in text


@pytest.mark.apptest
@pytest.mark.parametrize(
    ("province", "lang", "expected"),
    [
        ("KR-48", "en", "**11 institutions** ·"),  # KRIT, flagged as not one of the 153, is not counted
        ("KR-50", "en", "**15 institutions**, plus 3 uncertain ·"),
        (
            "KR-29",
            "en",
            "**0 institutions** · shares Gwangju-Jeonnam Joint Innovation City (Bitgaram) with South "
            "Jeolla: 16 institutions",
        ),
        ("KR-50", "ko", "**15개 기관**, 불확실 3개 별도 ·"),
        ("KR-29", "ko", "**0개 기관** · 전라남도와 함께 조성한 광주전남공동혁신도시(빛가람): 16개 기관"),
    ],
)
def test_overview_counts_a_provinces_institutions_as_regions_does(province, lang, expected):
    """Issue 18 (4): the province view counts what /regions counts, and Gwangju shows its shared city's 16."""
    at = run_page("", lang=lang, province=province)
    assert not at.exception
    assert expected in all_text(at)


@pytest.mark.apptest
def test_unknown_province_falls_back_with_a_notice():
    at = run_page("", province="KR-99")
    assert not at.exception
    assert any("KR-99" in w.value and "전국" in w.value for w in at.warning)
    assert "province" not in at.query_params


@pytest.mark.apptest
def test_injected_markup_is_quoted_not_rendered():
    at = run_page("map", province="<img src=x onerror=alert(1)>", lang="<b>en</b>")
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "<img src=x" in warnings  # shown as text inside the notice
    assert at.title[0].value == "혁신도시 지도"


@pytest.mark.apptest
def test_sidebar_carries_province_and_language_into_every_page_link():
    at = run_page("budget", province="KR-46", lang="en")
    links = at.sidebar.get("page_link")
    assert len(links) == len(PAGE_FILES)
    for link in links:
        assert "province=KR-46" in link.proto.query_string and "lang=en" in link.proto.query_string


@pytest.mark.apptest
def test_corrupted_budget_file_names_file_line_column_and_other_pages_work(data_copy):
    path = data_copy / "seed" / "special_account_budget_2015_2020.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "2017,sejong,Sejong Special Self-Governing City Account,세종특별자치시계정,total,102649",
            "2017,sejong,Sejong Special Self-Governing City Account,세종특별자치시계정,total,n/a",
        ),
        encoding="utf-8",
    )
    at = run_page("", data_errors=True)
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert (
        "data/seed/special_account_budget_2015_2020.csv" in errors
        and "line 34" in errors
        and "amount_krw_million" in errors
    )
    at = open_every_source_card(run_page("sources", data_errors=True))
    assert not at.exception
    assert any("special_account_budget_2015_2020.csv" in e.value for e in at.error)
    assert len(at.get("download_button")) >= 2 * 14  # every other dataset still downloads


def open_every_source_card(at):
    """Open every dataset card of /sources (a card's content is built only when it is open) and run again."""
    from components.sections.sources import card_key
    from data.datasets import manifest

    for dataset_id in manifest():
        at.session_state[card_key(dataset_id)] = True
    return at.run()


@pytest.mark.apptest
def test_sources_cards_are_built_when_opened():
    at = run_page("sources", lang="en")
    assert len(at.expander) >= 30 and not at.get("download_button") and not at.dataframe  # closed: titles only
    labels = [b.proto.label for b in open_every_source_card(at).get("download_button")]
    assert labels.count("Download CSV") == labels.count("Download XLSX") >= 15
    assert len(at.dataframe) >= 15  # a preview per CSV dataset


@pytest.mark.apptest
def test_sources_lists_every_dataset_with_downloads():
    at = open_every_source_card(run_page("sources", lang="en"))
    text = all_text(at)
    for title in (
        "Special Account for Balanced National Development budget by account, 2015–2020",
        "Public institutions relocated from the capital region",
        "Province boundaries (17)",
    ):
        assert title in text
    assert "KOGL Type 1" in text
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels.count("Download CSV") == labels.count("Download XLSX") >= 15


@pytest.mark.apptest
def test_sources_lists_every_document_a_page_cites():
    from data.datasets import manifest_references

    at = run_page("sources", lang="en")
    text = all_text(at)
    references = manifest_references()
    assert len(references) >= 13
    for reference in references:
        assert reference["url"] in text and reference["title"] in text, reference["id"]
    assert "cited on: Budget trends" in text
