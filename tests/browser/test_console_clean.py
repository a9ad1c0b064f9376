"""Console stays clean after people *use* the pages, and markup in a link never becomes DOM.

``test_browser.py`` checks every page on first load in both languages; this adds
what happens next — switching language, changing province, flipping a chart to
its table — and mangled links full of ``<script>`` / ``<img onerror>`` payloads
in every parameter a page might read (found by ``devtools/introspect.py``).
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from devtools import introspect
from devtools.browser import main_text, page_has_exception, sidebar_province, wait_until_drawn, watch
from tests.apptest_helpers import PAGE_FILES

PAGES = [page for page in introspect.pages() if page.url_path in PAGE_FILES]
TRAP = "window.bndxss = () => { window.__bndxss_hit = true; };"
IMG = '<img src=x onerror="bndxss()">'
SCRIPT = "<script>bndxss()</script>"


def _settle(page) -> None:
    """The app run that the last action started has finished and its charts are drawn."""
    wait_until_drawn(page, settle_ms=600)


def _assert_clean(page, seen, step: str) -> None:
    assert seen.problems() == [], (step, seen.problems())
    assert not page_has_exception(page), step
    assert "Traceback" not in main_text(page), step


@pytest.mark.parametrize("info", PAGES, ids=lambda p: p.name)
def test_console_clean_while_switching_language_and_province(app_url, new_page, info):
    page = new_page(1366, 768)
    seen = watch(page)
    page.goto(f"{app_url}/{info.url_path}")
    _settle(page)
    _assert_clean(page, seen, "first load (ko)")
    sidebar = page.locator('[data-testid="stSidebar"]')
    if sidebar.count() == 0 or not sidebar.is_visible():
        # A page without the shared sidebar (presentation mode): both languages and a province through the link.
        for query in ("lang=en&province=KR-46", "lang=ko&province=KR-41"):
            page.goto(f"{app_url}/{info.url_path}?{query}")
            _settle(page)
            _assert_clean(page, seen, query)
        return
    sidebar.get_by_text("English", exact=True).click()
    expect(page).to_have_url(re.compile(r"lang=en"))
    _settle(page)
    _assert_clean(page, seen, "switched to English")
    sidebar.locator('[data-testid="stSelectbox"]').first.click()
    page.get_by_role("option", name="South Jeolla").click()
    expect(page).to_have_url(re.compile(r"province=KR-46"))
    _settle(page)
    assert sidebar_province(page) == "South Jeolla"
    _assert_clean(page, seen, "chose South Jeolla")
    table_switch = page.locator('[data-testid="stMain"] [data-testid="stButtonGroup"]').get_by_text("Table", exact=True)
    if table_switch.count():
        table_switch.first.click()
        _settle(page)
        _assert_clean(page, seen, "first chart as a table")
    sidebar.get_by_text("한국어", exact=True).click()
    expect(page).not_to_have_url(re.compile(r"lang=en"))
    _settle(page)
    assert "province=KR-46" in page.url
    assert sidebar_province(page) == "전라남도"
    _assert_clean(page, seen, "back to Korean")


@pytest.mark.parametrize("info", PAGES, ids=lambda p: p.name)
def test_markup_in_every_parameter_creates_no_dom_nodes(app_url, new_page, info):
    page = new_page(1366, 768)
    page.add_init_script(TRAP)
    seen = watch(page)
    pairs = [(name, IMG) for name in introspect.fuzz_params(info.file)] + [("province", "KR-46"), ("province", SCRIPT)]
    page.goto(f"{app_url}/{info.url_path}?{urlencode(pairs)}")
    _settle(page)
    found = page.evaluate("""() => ({
        hit: !!window.__bndxss_hit,
        imgs: document.querySelectorAll('img[src="x"]').length,
        scripts: [...document.scripts].filter(s => s.textContent.includes('bndxss')).length,
        handlers: document.querySelectorAll('[onerror]').length,
    })""")
    assert found == {"hit": False, "imgs": 0, "scripts": 0, "handlers": 0}
    assert "<script>bndxss()</script>" in main_text(page)  # quoted in the province notice, as text
    _assert_clean(page, seen, "mangled link")
