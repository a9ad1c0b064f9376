"""/regions in a real browser: the comparison set in the URL, three columns, the offline choropleth, both sizes."""

from __future__ import annotations

from urllib.parse import unquote

from devtools.browser import SCREENSHOTS, main_text, wait_for_app_run, watch

DRAWN_CHARTS_JS = """() => [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
  .filter(chart => {
    const mark = chart.querySelector('canvas, svg');
    return mark && mark.getBoundingClientRect().width > 0;
  }).length"""


def _chips(page) -> list[str]:
    tags = page.locator('[data-testid="stMultiSelect"] .react-aria-ComboBox [data-tag] span[title]')
    return [tags.nth(i).get_attribute("title") for i in range(tags.count())]


def test_gyeonggi_link_opens_selected_with_expo_policies_offline(app_url, new_page):
    page = new_page(1920, 1080)
    seen = watch(page)
    page.goto(f"{app_url}/regions?province=KR-41")
    wait_for_app_run(page, timeout_ms=90000, settle_ms=2000)
    assert _chips(page)[0] == "경기도"
    text = main_text(page)
    assert "경기도형 공공배달앱 ‘배달특급’" in text and "더 정의롭고, 공정해진 경기도" in text
    assert "수도권 인구 비중: 2019년 50% 돌파" in text and "Traceback" not in text
    page.wait_for_function(DRAWN_CHARTS_JS + " >= 8", timeout=60000)
    page.screenshot(path=str(SCREENSHOTS / "regions-gyeonggi-ko-1920.png"))
    assert seen.problems() == []  # no console error, nothing fetched from another host (the map is inline GeoJSON)


def test_adding_two_provinces_shows_three_columns_and_writes_the_url(app_url, new_page):
    page = new_page(1920, 1080)
    seen = watch(page)
    page.goto(f"{app_url}/regions?province=KR-41&compare=KR-41&lang=en")
    wait_for_app_run(page, timeout_ms=90000, settle_ms=1500)
    assert "Choose at least one more province" in main_text(page)
    box = page.locator('[data-testid="stMultiSelect"] .react-aria-ComboBox input')
    for name in ["South Jeolla", "Sejong"]:
        box.click()
        box.fill(name)
        page.get_by_role("option", name=name).first.click()
        wait_for_app_run(page, timeout_ms=90000, settle_ms=1500)
    page.keyboard.press("Escape")
    wait_for_app_run(page, timeout_ms=90000, settle_ms=2000)
    assert _chips(page) == ["Gyeonggi", "South Jeolla", "Sejong"]
    assert "compare=KR-41,KR-46,KR-50" in unquote(page.url) and "province=KR-41" in page.url and "lang=en" in page.url
    text = main_text(page)
    assert "Rank 17 of 17" in text and "Naju ‘Innovation City Season 2’ dedicated T/F team" in text
    assert "Top 7 goals of city administration" in text
    page.screenshot(path=str(SCREENSHOTS / "regions-three-en-1920.png"))
    page.reload()
    wait_for_app_run(page, timeout_ms=90000, settle_ms=1500)
    assert _chips(page) == ["Gyeonggi", "South Jeolla", "Sejong"]  # the link alone restores the comparison
    assert seen.problems() == []


def test_small_screen_has_no_horizontal_overflow(app_url, new_page):
    page = new_page(1366, 768)
    seen = watch(page)
    page.goto(f"{app_url}/regions?province=KR-46&compare=KR-46,KR-41,KR-50&lang=ko")
    wait_for_app_run(page, timeout_ms=90000, settle_ms=2000)
    main = page.locator('[data-testid="stMain"]')
    assert page.evaluate(
        "() => { const m = document.querySelector('[data-testid=\"stMain\"]'); return m.scrollWidth <= "
        "m.clientWidth + 1; }"
    )
    assert "나주시 ‘혁신도시 시즌2’ 전담 T/F팀" in main.inner_text()
    page.screenshot(path=str(SCREENSHOTS / "regions-three-ko-1366.png"))
    assert seen.problems() == []


def test_a_sections_own_controls_rerun_only_that_section(app_url, new_page):
    """The GRDP measure and the map's indicator are fragments (issue 15): their reruns name a fragment, the URL
    still follows the indicator, and the rest of the page stays as it was."""
    from streamlit.proto.BackMsg_pb2 import BackMsg

    page = new_page(1920, 1080)
    seen = watch(page)
    reruns: list[str] = []  # fragment id of each rerun the page asks for ("" = the whole page)

    def on_sent(payload):
        if isinstance(payload, bytes):
            message = BackMsg()
            message.ParseFromString(payload)
            if message.WhichOneof("type") == "rerun_script":
                reruns.append(message.rerun_script.fragment_id)

    page.on("websocket", lambda socket: socket.on("framesent", on_sent))
    page.goto(f"{app_url}/regions?province=KR-46&lang=en")
    wait_for_app_run(page, timeout_ms=90000, settle_ms=1500)
    reruns.clear()
    page.locator(".st-key-regions_grdp_measure").get_by_text("Per person", exact=True).click()
    wait_for_app_run(page, timeout_ms=90000, settle_ms=1000)
    assert "GRDP per person (2020 base)" in main_text(page)
    box = page.locator(".st-key-regions_indicator input")
    box.click()
    box.fill("GRDP (nominal)")
    page.get_by_role("option", name="GRDP (nominal)", exact=True).click()
    wait_for_app_run(page, timeout_ms=90000, settle_ms=1000)
    assert "indicator=grdp" in page.url and "province=KR-46" in page.url
    assert "GRDP (nominal), 2024 (2020 base) — map of the provinces" in main_text(page)
    assert len(reruns) >= 2 and all(reruns), f"a whole-page rerun for a section's control: {reruns}"
    assert seen.problems() == []
