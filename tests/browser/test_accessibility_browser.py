"""Issue 16 in a real browser: what axe cannot see (KWCAG 2.2 hand checks made into tests).

(Each page's language and title are checked with axe, in test_accessibility_axe.py.) The language switch,
charts named for screen readers, no single-key rerun,
a visible focus ring on the main controls, no sideways scrolling on a phone or at 200% zoom, the Korean skip
link and new-window notices.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from components.registry import PAGES
from components.strings import t
from devtools.browser import wait_for_app_run, wait_until_drawn, watch

SLOW = 120_000
PAGE_PATHS = [spec.url_path for spec in PAGES]


def _open(new_page, app_url, path: str, lang: str, width: int = 1366, height: int = 768, drawn: bool = False):
    page = new_page(width, height)
    page.set_default_timeout(SLOW)
    page.goto(f"{app_url}/{path}?lang={lang}&province=KR-46")
    (wait_until_drawn if drawn else wait_for_app_run)(page, timeout_ms=SLOW)
    return page


def test_the_language_switch_changes_the_page_language_without_a_reload(app_url, new_page):
    page = _open(new_page, app_url, "budget", "ko")
    assert page.evaluate("document.documentElement.lang") == "ko"
    expect(page.get_by_test_id("stSkipToContent")).to_have_text("본문 바로가기")
    page.locator('[data-testid="stSidebar"]').get_by_text("English", exact=True).click()
    wait_for_app_run(page, timeout_ms=SLOW)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_test_id("stSkipToContent")).to_have_text("Skip to main content")
    expect(page).to_have_title(f"{t('page_budget', 'en')} · {t('app_title', 'en')}")


def test_charts_are_named_by_their_title_and_description(app_url, new_page):
    page = _open(new_page, app_url, "", "ko", drawn=True)
    charts = page.locator('[data-testid="stVegaLiteChart"][role="graphics-document"]')
    expect(charts).to_have_count(2)
    titles = (t("overview_budget_chart", "ko"), t("overview_share_chart", "ko"))
    for index, title in enumerate(titles):  # not Vega's generic "Vega visualization"
        expect(charts.nth(index)).to_have_attribute("aria-label", re.compile(f"^{re.escape(title)}\\. .+"))


def test_the_keyboard_reaches_a_charts_download_menu(app_url, new_page):
    """The menu's buttons come with the run its opening starts (issue 15): focus must still go into it (a11y.js 9)."""
    page = _open(new_page, app_url, "", "en")
    trigger = page.locator(".st-key-downloads_overview_special_account_total button").first
    trigger.focus()
    page.keyboard.press("Enter")
    csv = page.locator(".st-key-csv_overview_special_account_total button")
    expect(csv).to_be_focused(timeout=SLOW)  # without the rule, focus stays on the trigger and Tab leaves the menu
    page.keyboard.press("Tab")
    expect(page.locator(".st-key-xlsx_overview_special_account_total button")).to_be_focused()
    page.keyboard.press("Escape")
    expect(trigger).to_be_focused()
    expect(csv).to_have_count(0)  # closed: its buttons go with it


RERUN_WATCH_JS = """() => {
  window.__bndRuns = 0;
  const app = document.querySelector('[data-testid="stApp"]');
  new MutationObserver(() => {
    if (app.getAttribute('data-test-script-state') === 'running') window.__bndRuns += 1;
  }).observe(app, { attributes: true, attributeFilter: ['data-test-script-state'] });
}"""


def test_a_bare_r_does_not_rerun_the_page(app_url, new_page):
    page = _open(new_page, app_url, "vision", "ko")
    page.evaluate(RERUN_WATCH_JS)
    page.locator("h1").first.click()  # focus on the page, not in a text field
    page.keyboard.press("r")
    page.keyboard.press("Shift+R")
    # What is tested is that nothing happens: give a rerun the time it would take to start (Streamlit sends
    # the request at once; 2 s is many times what a start takes here).
    page.wait_for_timeout(2000)
    assert page.evaluate("window.__bndRuns") == 0
    # The watch does see a rerun: a widget change starts one (so the assertion above can fail).
    page.get_by_test_id("stMain").get_by_text("공간", exact=True).first.click()
    page.wait_for_function("window.__bndRuns > 0", timeout=SLOW)


def _focus_ring(page) -> dict:
    return page.evaluate(
        """() => { const s = getComputedStyle(document.activeElement);
                   return {style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor,
                           tag: document.activeElement.tagName}; }"""
    )


def test_focus_is_visible_on_the_sidebar_and_the_main_controls(app_url, new_page):
    page = _open(new_page, app_url, "budget", "ko")
    seen = []
    for _ in range(40):
        page.keyboard.press("Tab")
        ring = _focus_ring(page)
        if ring["tag"] in ("A", "BUTTON", "INPUT"):
            seen.append(ring)
            assert ring["style"] != "none" and ring["width"] >= 2, ring
    assert len(seen) >= 10
    assert any(ring["colour"] == "rgb(11, 80, 208)" for ring in seen)
    page.screenshot(path="tests/screenshots/focus-sidebar-ko-1366.png")


def test_focus_stays_on_the_presentation_controls_across_slides(app_url, new_page):
    page = _open(new_page, app_url, "present", "ko", 1920, 1080)
    following = page.get_by_role("button", name="다음")
    following.focus()
    page.keyboard.press("Enter")
    wait_for_app_run(page, timeout_ms=SLOW)
    expect(page.get_by_text("2 / 6")).to_be_visible()
    assert page.evaluate("document.activeElement.textContent").strip().startswith("다음")
    page.keyboard.press("Space")  # on the focused Next button: the next slide, not a pause
    wait_for_app_run(page, timeout_ms=SLOW)
    expect(page.get_by_text("3 / 6")).to_be_visible()
    expect(page.get_by_role("button", name="멈춤")).to_be_visible()  # still running, not paused
    ring = _focus_ring(page)
    assert ring["style"] != "none" and ring["width"] >= 2
    page.screenshot(path="tests/screenshots/focus-present-ko-1920.png")


@pytest.mark.parametrize("path", PAGE_PATHS, ids=[p or "overview" for p in PAGE_PATHS])
def test_no_page_scrolls_sideways_at_200_percent_zoom(app_url, new_page, path):
    """A 1280-px screen at 200% zoom is 640 CSS px wide (the phone width, 390 px, is checked with axe)."""
    page = _open(new_page, app_url, path, "ko", 640, 800, drawn=True)
    seen = watch(page)
    overflow = page.evaluate(
        """() => { const main = document.querySelector('[data-testid="stMain"]') || document.body;
                   return [document.documentElement.scrollWidth - document.documentElement.clientWidth,
                           main.scrollWidth - main.clientWidth]; }"""
    )
    assert max(overflow) <= 1, f"/{path} at 640 px scrolls sideways by {overflow} px"
    assert seen.problems() == []


def test_links_that_open_a_new_window_say_so(app_url, new_page):
    page = _open(new_page, app_url, "sources", "ko")
    links = page.locator('[data-testid="stMain"] a[target="_blank"]')
    assert links.count() >= 3
    for index in range(min(links.count(), 5)):
        link = links.nth(index)
        expect(link).to_have_attribute("title", re.compile("새 창에서 열림"))
        assert "새 창에서 열림" in link.inner_text() or "새 창에서 열림" in link.text_content()


PRESENT_TEXT_PX_JS = """() => { const h = [...document.querySelectorAll('.st-key-present_root h1')]
  .find(e => e.getBoundingClientRect().height > 0);
  const zoom = parseFloat(getComputedStyle(document.querySelector('.st-key-present_root')).zoom) || 1;
  return parseFloat(getComputedStyle(h).fontSize) * zoom * devicePixelRatio; }"""


def test_the_presentation_grows_with_the_browsers_zoom(app_url, chromium):
    """Browser zoom at 200% on a 1920×1080 screen: a 960-px window at two device pixels per CSS pixel. The
    slides' text must come out twice as large on the screen, and nothing may scroll sideways (KWCAG 1.4.4)."""
    sizes = {}
    for zoom, viewport in ((1, {"width": 1920, "height": 1080}), (2, {"width": 960, "height": 540})):
        context = chromium.new_context(
            viewport=viewport, screen={"width": 1920, "height": 1080}, device_scale_factor=zoom
        )
        page = context.new_page()
        page.set_default_timeout(SLOW)
        page.goto(f"{app_url}/present?lang=ko&slide=2&pause=1")
        wait_until_drawn(page, timeout_ms=SLOW)
        sizes[zoom] = page.evaluate(PRESENT_TEXT_PX_JS)
        sideways = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        context.close()
        assert sideways <= 1, f"at {zoom * 100}% the slide scrolls sideways by {sideways} px"
    assert sizes[2] >= 1.9 * sizes[1], sizes


CUT_METRIC_TEXT_JS = """() => [...document.querySelectorAll(
      '[data-testid="stMetricLabel"], [data-testid="stMetricValue"], [data-testid="stMetricDelta"], '
      + '[data-testid="stMetricDeltaDescription"]')]
    .flatMap(part => [part, ...part.querySelectorAll('*')])
    .filter(el => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
    .map(el => el.textContent.trim())"""


@pytest.mark.parametrize("path", ["", "brief", "regions"])
def test_no_figure_card_cuts_its_label_figure_or_change_at_1366(app_url, new_page, path):
    """A figure is read whole in either language: its label, value and change wrap instead of ending in "…"
    (English at 1366 px cut the Overview's first figure to "KRW 12.…" and its share's "vs previous year")."""
    page = new_page(1366, 768)
    page.goto(f"{app_url}/{path}?lang=en&province=KR-46")
    wait_for_app_run(page)
    expect(page.locator('[data-testid="stMetricValue"]').first).to_be_visible()
    assert page.evaluate(CUT_METRIC_TEXT_JS) == []
