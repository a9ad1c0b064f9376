"""What only a browser shows: the URL state holds across pages and a fresh server (each page's offline smoke test
is part of the accessibility run, tests/browser/test_accessibility_axe.py)."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from devtools.browser import main_text, serve_app, sidebar_province, wait_for_app_run, watch


def test_province_survives_navigation_across_all_pages(app_url, new_page):
    page = new_page(1920, 1080)
    seen = watch(page)
    page.goto(f"{app_url}/?province=KR-46&lang=en")
    wait_for_app_run(page)
    sidebar = page.locator('[data-testid="stSidebar"]')
    for label, path in [
        ("Vision & 9 key tasks", "vision"),
        ("Budget trends", "budget"),
        ("Innovation cities map", "map"),
        ("Regional comparison", "regions"),
        ("Data & sources", "sources"),
        ("Overview", ""),
    ]:
        sidebar.get_by_role("link", name=label).click()
        expect(page).to_have_url(re.compile(rf"^{re.escape(app_url)}/{path}\?"))
        wait_for_app_run(page)
        assert "province=KR-46" in page.url and "lang=en" in page.url, (label, page.url)
        assert sidebar_province(page) == "South Jeolla", label
    page.reload()
    wait_for_app_run(page)
    assert sidebar_province(page) == "South Jeolla"
    assert seen.problems() == []


def test_choosing_a_province_writes_it_to_the_url(app_url, new_page):
    page = new_page(1920, 1080)
    page.goto(f"{app_url}/budget?lang=en")
    wait_for_app_run(page)
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').click()
    page.get_by_role("option", name="Gyeonggi").click()
    wait_for_app_run(page)
    assert "province=KR-41" in page.url and "lang=en" in page.url


def test_bad_link_values_show_a_friendly_notice(app_url, new_page):
    page = new_page(1366, 768)
    seen = watch(page)
    page.goto(f"{app_url}/regions?province=%3Cscript%3Ealert(1)%3C/script%3E&lang=xx")
    wait_for_app_run(page)
    text = main_text(page)
    assert "<script>alert(1)</script>" in text  # quoted as text, never run
    assert "한국어로 표시합니다" in text
    assert page.evaluate("() => document.querySelectorAll('script').length") > 0
    assert seen.problems() == []


def test_deep_link_is_the_first_request_to_a_fresh_server(new_page):
    with serve_app() as (base, _):
        page = new_page(1366, 768)
        seen = watch(page)
        page.goto(f"{base}/map?province=KR-46&lang=en")
        wait_for_app_run(page)
        assert page.locator("h1").first.inner_text() == "Innovation cities map"
        assert sidebar_province(page) == "South Jeolla"
        assert seen.problems() == []


def test_a_sources_card_is_built_when_opened_and_only_it_reruns(app_url, new_page):
    """/sources sends titles only (issue 15); opening a card builds its downloads and preview there."""
    page = new_page(1366, 768)
    seen = watch(page)
    page.goto(f"{app_url}/sources?lang=en")
    wait_for_app_run(page)
    main = page.locator('[data-testid="stMain"]')
    expect(main.get_by_text("Public institutions relocated from the capital region")).to_be_visible()
    assert main.locator('[data-testid="stDownloadButton"]').count() == 0
    assert main.locator('[data-testid="stDataFrame"]').count() == 0
    card = page.locator(".st-key-sources_card_institutions")
    card.get_by_text("Public institutions relocated from the capital region").click()
    expect(card.get_by_role("button", name="Download CSV")).to_be_visible()
    expect(card.locator('[data-testid="stDataFrame"]')).to_be_visible()
    wait_for_app_run(page)
    assert main.locator('[data-testid="stDataFrame"]').count() == 1  # the other cards stay titles
    assert seen.problems() == []
