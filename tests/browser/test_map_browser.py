"""The /map page in a real browser, other hosts blocked.

The map draws, clicks pick a city, the table and downloads work.

WebGL in headless Chromium with --disable-gpu runs on SwiftShader (software), so these
tests are slow on a busy machine; timeouts are generous.
"""

from __future__ import annotations

import io
import shutil

import pytest
from playwright.sync_api import expect

from devtools.browser import (
    CHROMIUM_ARGS,
    SCREENSHOTS,
    WEBGL_DRAW_MARK_JS,
    main_text,
    open_download_menu,
    sidebar_province,
    wait_for_app_run,
    wait_until_drawn,
    watch,
)

SLOW = 240_000
DECK = '[data-testid="stDeckGlJsonChart"]'


def open_map(page, url: str) -> None:
    """Open the map and wait until deck.gl has drawn its first frame (a draw call made and finished)."""
    page.set_default_timeout(SLOW)
    page.add_init_script(WEBGL_DRAW_MARK_JS)
    page.goto(url)
    wait_until_drawn(page, timeout_ms=SLOW, settle_ms=1000)


def distinct_colours(png: bytes) -> int:
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB").resize((200, 140))
    return len(set(image.getdata()))


def test_map_draws_offline_and_frames_jeollanam(app_url, new_page):
    page = new_page(1920, 1080)
    seen = watch(page)
    frames: list[int] = []  # the page's own content (elements, deck JSON, tables) arrives over the websocket
    page.on("websocket", lambda socket: socket.on("framereceived", lambda frame: frames.append(len(frame))))
    open_map(page, f"{app_url}/map?province=KR-46")
    deck = page.locator(DECK).first
    shot = deck.screenshot(timeout=SLOW)
    (SCREENSHOTS / "map-ko-1920-KR-46.png").write_bytes(page.screenshot(timeout=SLOW))
    assert distinct_colours(shot) > 30, "the map canvas looks empty"
    assert page.locator(f"{DECK} canvas").first.bounding_box()["height"] >= 500
    text = main_text(page)
    assert "경계: 통계청 SGIS 2018 (공공누리 제1유형)" in text  # KOGL attribution under the map
    assert "빛가람(나주) 혁신도시의 16개 기관: 4 / 5 / 4 / 3" in text  # its city is pre-selected
    assert sidebar_province(page) == "전라남도"
    assert not page.locator("#map-webgl-missing").is_visible()
    assert seen.problems() == []
    # The page's own payload stays small (compact deck JSON, simplified boundaries). Streamlit's
    # front-end bundle (~9.6 MB raw, ~3.5 MB if gzipped) is not the page's to shrink; see the report.
    assert sum(frames) < 600_000, f"page content was {sum(frames):,} bytes"


def test_selector_link_search_and_download_in_both_languages(app_url, new_page):
    page = new_page(1920, 1080)
    seen = watch(page)
    open_map(page, f"{app_url}/map?lang=en")
    page.get_by_label("Search names (Korean or English)").fill("KEPCO")
    page.get_by_label("Search names (Korean or English)").press("Enter")
    wait_for_app_run(page, timeout_ms=SLOW)
    text = main_text(page)
    assert "of 152 rows" in text and "152 of 152 rows" not in text
    csv = open_download_menu(page, "map_institutions_filtered", timeout_ms=SLOW)
    with page.expect_download(timeout=SLOW) as download:
        csv.click()
    data = open(download.value.path(), "rb").read()
    assert data.startswith(b"\xef\xbb\xbf") and "한국전력공사".encode() in data and b"Name (English)" in data
    # the city selector writes ?city= (a shareable link)
    page.locator('[class*="st-key-map_city"] [data-testid="stSelectbox"]').click()
    page.keyboard.type("Gimcheon")  # the option list is virtualised: filter it rather than scroll
    page.get_by_role("option", name="Gyeongbuk Innovation City (Gimcheon)").click()
    page.wait_for_function("() => location.search.includes('city=IC08')", timeout=SLOW, polling=250)
    wait_for_app_run(page, timeout_ms=SLOW)
    assert "Gyeongbuk Innovation City (Gimcheon)" in main_text(page)
    assert seen.problems() == []

    page = new_page(1366, 768)
    seen = watch(page)
    open_map(page, f"{app_url}/map?city=IC03")
    page.get_by_label("기관명 검색 (국문·영문)").fill("없는기관이름")
    page.get_by_label("기관명 검색 (국문·영문)").press("Enter")
    wait_for_app_run(page, timeout_ms=SLOW)
    assert "조건에 맞는 기관이 없습니다" in main_text(page)
    xlsx = open_download_menu(page, "map_institutions_IC03", "xlsx", timeout_ms=SLOW)
    with page.expect_download(timeout=SLOW) as download:
        xlsx.click()
    assert open(download.value.path(), "rb").read()[:2] == b"PK"  # an XLSX workbook
    assert seen.problems() == []


def test_without_webgl_a_message_shows_and_the_table_still_works(app_url, chromium):
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    # a second browser of the same Playwright session, with WebGL switched off
    browser = chromium.browser_type.launch(
        executable_path=executable, args=[*CHROMIUM_ARGS, "--disable-webgl", "--disable-3d-apis"]
    )
    try:
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        seen = watch(page)
        page.set_default_timeout(SLOW)
        page.goto(f"{app_url}/map?lang=en&city=IC03")
        wait_for_app_run(page, timeout_ms=SLOW, settle_ms=1000)
        message = page.locator("#map-webgl-missing")
        expect(message).to_be_visible()
        expect(message).to_contain_text("cannot draw WebGL")
        text = main_text(page)
        assert "152 of 152 rows" in text and "Naju (Bitgaram): its 16 institutions, 4 / 5 / 4 / 3" in text
        page.screenshot(path=str(SCREENSHOTS / "map-en-1366-no-webgl.png"), timeout=SLOW)
        assert seen.external_requests == []
    finally:
        browser.close()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_small_screen(app_url, new_page, lang):
    page = new_page(1366, 768)
    seen = watch(page)
    open_map(page, f"{app_url}/map?lang={lang}")
    assert distinct_colours(page.locator(DECK).first.screenshot(timeout=SLOW)) > 30
    page.screenshot(path=str(SCREENSHOTS / f"map-{lang}-1366.png"), timeout=SLOW)
    assert seen.problems() == []


# Counts animation frames that really run (installed before the app's static/js/idle_frames.js wraps the call).
FRAME_COUNTER_JS = """(() => {
  window.__framesRun = 0;
  const request = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => request((time) => { window.__framesRun += 1; callback(time); });
})();"""
FRAMES_IN_JS = """async (ms) => {
  const before = window.__framesRun;
  await new Promise((resolve) => setTimeout(resolve, ms));
  return window.__framesRun - before;
}"""


def test_an_idle_map_asks_for_almost_no_frames_and_wakes_on_the_pointer(app_url, new_page):
    """deck.gl asks for 60 frames a second even when nothing changes; left alone, the page runs about one
    (issue 15: a kiosk PC keeps /map or /present open all day). A pointer over the map brings them back."""
    page = new_page(1366, 768)
    page.add_init_script(FRAME_COUNTER_JS)
    open_map(page, f"{app_url}/map?lang=en")
    page.mouse.move(5, 5)  # away from the map; then nothing happens for the idle delay and the measured 2 s
    page.evaluate(FRAMES_IN_JS, 2000)  # longer than the idle delay (1.5 s)
    idle = page.evaluate(FRAMES_IN_JS, 2000)
    assert idle <= 6, f"{idle} animation frames in 2 s on an idle map"
    box = page.locator(f"{DECK} canvas").first.bounding_box()
    page.mouse.move(box["x"] + 50, box["y"] + 50)
    before = page.evaluate("() => window.__framesRun")
    for step in range(20):  # a pointer moving over the map for about a second
        page.mouse.move(box["x"] + 60 + step * 3, box["y"] + 60)
        page.evaluate("() => new Promise((resolve) => setTimeout(resolve, 50))")
    moving = page.evaluate("() => window.__framesRun") - before
    assert moving >= 15, f"only {moving} animation frames in 1 s while the pointer moved over the map"
