"""/brief in a real browser: Print gives one clean A4 page; the PDF, a chart's PNG and the view's ZIP download."""

from __future__ import annotations

import io
import zipfile

import pytest
from pypdf import PdfReader

from components.strings import t
from devtools.browser import SCREENSHOTS, main_text, open_download_menu, wait_until_drawn, watch

SLOW = 90000
PRINTED = [  # (province, language, name, population as the page shows it)
    ("KR-46", "ko", "전라남도", "1,788,819명"),
    ("KR-41", "en", "Gyeonggi", "13,694,685 people"),
    ("KR-29", "en", "Gwangju", "1,408,422 people"),
    ("KR-11", "ko", "서울특별시", "9,331,828명"),
]


@pytest.mark.parametrize(("code", "lang", "name", "population"), PRINTED, ids=[f"{p[0]}-{p[1]}" for p in PRINTED])
def test_printing_the_brief_gives_one_clean_a4_page(app_url, new_page, code, lang, name, population):
    page = new_page(1366, 768)
    seen = watch(page)
    page.goto(f"{app_url}/brief?province={code}&lang={lang}")
    wait_until_drawn(page, timeout_ms=SLOW, settle_ms=800)
    printed = PdfReader(io.BytesIO(page.pdf(format="A4")))
    assert len(printed.pages) == 1
    text = printed.pages[0].extract_text()
    assert name in text and population in text
    assert t("brief_sources_heading", lang) in text  # the source footnotes stay
    assert ("행정안전부" if lang == "ko" else "MOIS") in text  # the population's source, MOIS
    for hidden in ("brief_pdf_button", "download_menu_help", "app_tagline", "brief_intro"):
        assert t(hidden, lang)[:12] not in text  # no buttons, no sidebar, no page header: the brief alone
    assert seen.problems() == []


def test_pdf_png_and_zip_download_from_the_page(app_url, new_page):
    page = new_page(1366, 768)
    seen = watch(page)
    page.goto(f"{app_url}/brief?province=KR-46&lang=ko")
    wait_until_drawn(page, timeout_ms=SLOW, settle_ms=800)
    page.screenshot(path=str(SCREENSHOTS / "brief-KR-46-ko-1366.png"))
    with page.expect_download(timeout=SLOW) as download:
        page.locator('[class*="st-key-brief_pdf"] button').click()
    pdf = PdfReader(download.value.path())
    assert len(pdf.pages) == 1 and "전라남도" in pdf.pages[0].extract_text()
    assert download.value.suggested_filename == "brief_KR-46_ko.pdf"
    png = open_download_menu(page, "brief_population_KR-46", "png", timeout_ms=SLOW)
    with page.expect_download(timeout=SLOW) as download:
        png.click()
    assert open(download.value.path(), "rb").read()[:8] == b"\x89PNG\r\n\x1a\n"
    with page.expect_download(timeout=SLOW) as download:
        page.locator('[class*="st-key-zip_brief_population_KR-46"] button').click()
    with zipfile.ZipFile(download.value.path()) as package:
        assert sorted(package.namelist()) == ["README.txt", "brief_population_KR-46.csv", "metadata.json"]
        assert package.read("brief_population_KR-46.csv").startswith(b"\xef\xbb\xbf")
        assert "province=KR-46" in package.read("metadata.json").decode("utf-8")
    assert "전라남도" in main_text(page)
    assert seen.problems() == []
