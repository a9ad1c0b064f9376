"""The province brief (/brief, issue 19): its figures are the other pages' figures, its PDF is one A4 page with
the name, the population and the sources, and the page renders every province in both languages."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from components.page import manifest_source
from components.sections.brief import brief_of, brief_pdf_bytes
from components.strings import t
from components.views import brief as views
from components.views.overview import province_figures
from data.datasets import read_dataset
from data.population import resident_population
from tests.apptest_helpers import all_text, open_download_menus, run_page

PROVINCES = read_dataset("provinces")
NAMES = {row.iso_code: {"ko": row.name_ko, "en": row.name_en} for row in PROVINCES.itertuples(index=False)}
A4_POINTS = (595.28, 841.89)
TODAY = dt.date(2026, 12, 1)


def _pdf_text(blob: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(blob))
    return reader, re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("code", list(NAMES))
def test_pdf_is_one_a4_page_with_name_population_and_sources(code, lang):
    brief = brief_of(code, lang, NAMES)
    url = f"https://dashboard.example/brief?province={code}&lang={lang}"
    reader, text = _pdf_text(brief_pdf_bytes(brief, url, TODAY))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == A4_POINTS
    population = next(figure for figure in brief.figures if figure.key == "population")
    assert NAMES[code][lang] in text and population.value in text
    assert TODAY.isoformat() in text and url in text
    listed = [source.text(lang) for source in brief.sources if source.text(lang) in text]
    assert len(listed) >= 3, listed
    for dataset in ("population_2022_2024", "institutions", "province_profiles"):
        assert manifest_source(dataset).text(lang) in text


def test_figures_are_the_other_pages_figures():
    """Population and share as the Overview computes them; rank and gap as /regions words them."""
    brief = brief_of("KR-46", "ko", NAMES)
    figures = {figure.key: figure for figure in brief.figures}
    indicators = read_dataset("province_indicators")
    own = province_figures(resident_population(indicators, read_dataset("population_2022_2024")), indicators, "KR-46")
    assert figures["population"].value == "1,788,819명" and own.population == 1_788_819
    assert figures["population_share"].value == f"{own.share_pct:.2f}%"
    assert figures["population"].detail == "2024 · 17개 시·도 중 9위 · 전국 기준 대비 −1,223,959명 (−41%)"
    assert figures["grdp_per_capita"].detail.startswith("2024년 (2020년 기준) · 17개 시·도 중 4위")
    assert brief.city == "광주전남공동혁신도시(빛가람)" and brief.institutions == "**16개 기관**"
    assert brief.sectors.startswith("농업·생명 5")
    assert [chart.key for chart in brief.charts] == [
        "brief_population_KR-46",
        "brief_grdp_per_capita_KR-46",
        "brief_sectors_KR-46",
    ]


def test_a_joint_city_sejong_and_the_capital_region_are_worded_as_they_are():
    gwangju = brief_of("KR-29", "en", NAMES)
    assert gwangju.city == "Gwangju-Jeonnam Joint Innovation City (Bitgaram) (shared with South Jeolla)"
    assert "shares Gwangju-Jeonnam Joint Innovation City (Bitgaram) with South Jeolla" in gwangju.institutions
    assert t("brief_sector_shared_note", "en", city="Gwangju-Jeonnam Joint Innovation City (Bitgaram)") in (
        gwangju.charts[-1].note
    )
    sejong = brief_of("KR-50", "en", NAMES)
    assert sejong.city == t("brief_city_sejong", "en") and not sejong.capital_region
    seoul = brief_of("KR-11", "ko", NAMES)
    assert seoul.capital_region and seoul.city == "없음" and not seoul.policies and seoul.policy_notes
    assert len(seoul.charts) == 2  # no relocated institution, so no sector chart


def test_sources_are_numbered_once_per_dataset():
    brief = brief_of("KR-41", "en", NAMES)
    keys = [source.dataset or source.label for source in brief.sources]
    assert len(keys) == len(set(keys))
    population = next(figure for figure in brief.figures if figure.key == "population")
    assert brief.source_numbers(population.sources) == "[1]"
    assert views.status_badge("KR-41", "en") == "Capital region"


@pytest.mark.apptest
@pytest.mark.parametrize("code", list(NAMES))
def test_brief_renders_every_province_in_both_languages(code):
    for lang in ("ko", "en"):
        at = run_page("brief", province=code, lang=lang)  # strict sections: a section notice fails here
        text = all_text(at)
        assert t("section_error", lang) not in text
        assert NAMES[code][lang] in text and t("brief_sources_heading", lang) in text
        assert len(at.metric) == 5
        keys = {button.key for button in open_download_menus(at).get("download_button")}
        assert "brief_pdf" in keys and f"csv_brief_population_{code}" in keys and f"zip_brief_population_{code}" in keys


@pytest.mark.apptest
def test_without_a_province_the_brief_asks_for_one_and_the_picker_writes_the_link():
    at = run_page("brief", lang="en")
    assert t("brief_pick_prompt", "en") in all_text(at) and not at.metric
    at.selectbox(key="brief_province").select("KR-46").run()
    assert at.query_params["province"] == "KR-46"
    assert "South Jeolla" in all_text(at) and len(at.metric) == 5
