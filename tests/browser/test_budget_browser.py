"""/budget in a real browser: charts render offline without console errors, and the switches write the URL."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from devtools.browser import SCREENSHOTS, main_text, wait_for_app_run, watch


@pytest.mark.parametrize("lang, width, height", [("ko", 1920, 1080), ("en", 1366, 768)])
def test_budget_renders_all_charts_offline(app_url, new_page, lang, width, height):
    page = new_page(width, height)
    seen = watch(page)
    page.goto(f"{app_url}/budget?lang={lang}")
    wait_for_app_run(page, timeout_ms=120000)
    page.screenshot(path=str(SCREENSHOTS / f"budget-{lang}-{width}-top.png"))
    text = main_text(page)
    assert "Traceback" not in text
    assert ("계정별 예산, 2015–2020" if lang == "ko" else "Budget by account, 2015–2020") in text
    assert ("예산 변동 요인" if lang == "ko" else "What changed and why") in text
    # five chart blocks: accounts, long run, Jeju, Local Autonomous, structure
    page.wait_for_function(
        '() => document.querySelectorAll(\'[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] '
        "svg').length >= 5",
        timeout=60000,
    )
    assert seen.problems() == []


def test_switches_write_the_url_and_redraw(app_url, new_page):
    page = new_page(1366, 768)
    seen = watch(page)
    page.goto(f"{app_url}/budget?lang=en&province=KR-49")
    wait_for_app_run(page, timeout_ms=120000)
    assert "Show only the Jeju account (2015–2020)" in main_text(page)
    page.get_by_role("radio", name="Share of total").click()
    expect(page).to_have_url(re.compile(r"view=share"))
    wait_for_app_run(page, timeout_ms=120000)
    assert "province=KR-49" in page.url and "lang=en" in page.url
    expect(page.get_by_test_id("stMain")).to_contain_text("Each account's share of the total, 2015–2020")
    page.get_by_role("radio", name="Real (2020 prices)").click()
    expect(page).to_have_url(re.compile(r"prices=real"))
    wait_for_app_run(page, timeout_ms=120000)
    page.reload()
    wait_for_app_run(page, timeout_ms=120000)
    assert "Each account's share of the total" in main_text(page) and "2020 prices" in main_text(page)
    page.screenshot(path=str(SCREENSHOTS / "budget-en-1366-share-real.png"))
    assert seen.problems() == []
