"""/vision in a real browser: a strategy link opens focused, a chosen strategy goes to the URL, charts draw offline."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from devtools.browser import SCREENSHOTS, main_text, wait_for_app_run, watch


@pytest.mark.parametrize(("lang", "width", "height"), [("ko", 1920, 1080), ("en", 1366, 768)])
def test_vision_link_opens_focused_with_all_key_tasks(app_url, new_page, lang, width, height):
    page = new_page(width, height)
    seen = watch(page)
    page.goto(f"{app_url}/vision?lang={lang}&strategy=space&task=2-2")
    wait_for_app_run(page, settle_ms=1200)
    page.screenshot(path=str(SCREENSHOTS / f"vision-space-{lang}-{width}.png"))
    text = main_text(page)
    assert "strategy=space" in page.url and "task=2-2" in page.url
    checked = page.locator(
        '[data-testid="stMain"] [data-testid="stButtonGroup"] [role="radio"][aria-checked="true"]'
    ).all_inner_texts()
    assert checked[:2] == ["공간" if lang == "ko" else "Space", "2-2"]
    if lang == "en":
        assert "Key task 2-2 in detail" in text
        assert "Urban Regeneration New Deal and Reinvigoration of Small-to-Medium-Sized Cities" in text
        assert "Innovation for Regional Industries (3 major innovation of regional industries)" in text
    else:
        assert "핵심과제 2-2 자세히 보기" in text and "혁신도시 시즌2" in text
    # three Vega charts drawn: the tree, the financing bars, the timeline
    charts = page.locator('[data-testid="stVegaLiteChart"]')
    assert charts.count() == 3
    assert "Traceback" not in text
    assert seen.problems() == []


def test_choosing_a_strategy_writes_it_to_the_url(app_url, new_page):
    page = new_page(1920, 1080)
    seen = watch(page)
    page.goto(f"{app_url}/vision?lang=en")
    wait_for_app_run(page)
    page.locator('[data-testid="stMain"]').get_by_role("radio", name="Industry", exact=True).click()
    expect(page).to_have_url(re.compile(r"strategy=industry"))
    wait_for_app_run(page)
    assert "lang=en" in page.url
    page.locator('[data-testid="stMain"]').get_by_role("radio", name="3-2", exact=True).click()
    expect(page).to_have_url(re.compile(r"task=3-2"))
    wait_for_app_run(page)
    expect(page.get_by_test_id("stMain")).to_contain_text("Key task 3-2 in detail")
    page.reload()
    wait_for_app_run(page)
    assert "Key task 3-2 in detail" in main_text(page)
    assert seen.problems() == []
