"""/present as an Expo kiosk (static/js/kiosk.js): it survives a server restart, keeps the screen awake, hides the
cursor, and reloads once a day at a slide boundary.

The kiosk script is inlined into /present's page by server/asgi.py; ``window.__bndKiosk`` shortens its day here
(set before the page's scripts run, as the script documents). The last test runs scripts/kiosk.sh itself.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
import urllib.request

from playwright.sync_api import expect

from devtools.browser import ROOT, SCREENSHOTS, free_port, serve_app, wait_for_app_run, watch

COUNTER_JS = "() => document.querySelector('.st-key-present_counter')?.innerText.trim() ?? null"
LOADED_AT_JS = "window.__bndLoadedAt = Date.now();"
DAY_MS = 15000  # the kiosk's "day" in the daily-reload test (24 h by default)
# In every document: the first counter it showed, and (kept in sessionStorage for the next document) when its
# counter last changed and when it was unloaded, so a test can tell where in the loop a reload happened.
SLIDE_LOG_JS = """(() => {
  const previous = sessionStorage.getItem('bndSlideLog');
  window.__bndPrevious = previous ? JSON.parse(previous) : null;
  const log = { first: null, last: null, changedAt: null, unloadedAt: null };
  setInterval(() => {
    const element = document.querySelector('.st-key-present_counter');
    const text = element ? element.innerText.trim() : '';
    if (!text) return;
    if (log.first === null) log.first = text;
    if (log.last !== null && text !== log.last) log.changedAt = Date.now();
    log.last = text;
  }, 50);
  window.__bndSlideLog = log;
  addEventListener('pagehide', () => {
    log.unloadedAt = Date.now();
    sessionStorage.setItem('bndSlideLog', JSON.stringify(log));
  });
})();"""


def counter(page) -> str | None:
    return page.evaluate(COUNTER_JS)


def wait_for_counter_change(page, timeout_ms: int = 30000) -> str:
    """The loop is running: the slide counter changes by itself (the page is never touched)."""
    before = counter(page)
    page.wait_for_function(f"(before) => ({COUNTER_JS})() !== before", arg=before, timeout=timeout_ms)
    return counter(page)


def test_kiosk_shows_a_calm_card_while_the_server_is_down_and_resumes_by_itself(chromium):
    port = free_port()  # the restarted server comes back on the same address, as a restarted service would
    context = chromium.new_context(viewport={"width": 1920, "height": 1080}, locale="ko-KR")
    context.add_init_script(LOADED_AT_JS)
    page = context.new_page()
    seen = watch(page)
    errors: list[tuple[float, str]] = []
    page.on("console", lambda m: errors.append((time.time() * 1000, m.text)) if m.type == "error" else None)
    try:
        with serve_app(port=port) as (base, server):
            page.goto(f"{base}/present?lang=en&interval=5&province=KR-41")
            wait_for_app_run(page, timeout_ms=90000, settle_ms=1500)
            wait_for_counter_change(page)
            assert page.locator("#bnd-kiosk-card").count() == 0
            assert page.evaluate("window.__bndKioskState.wakeLock") == "held"
            page.mouse.move(400, 300)  # the cursor shows on a move and hides after a few idle seconds
            assert page.evaluate("document.documentElement.classList.contains('bnd-kiosk-idle')") is False
            page.wait_for_function("() => document.documentElement.classList.contains('bnd-kiosk-idle')")
            assert page.evaluate("getComputedStyle(document.querySelector('h1')).cursor") == "none"
            server.kill()
            server.wait()
            killed_at = time.time() * 1000

            card = page.locator("#bnd-kiosk-card")
            expect(card).to_be_visible(timeout=20000)
            expect(card).to_contain_text("Balanced National Development Dashboard")
            expect(card).to_contain_text("Reconnecting")
            # Streamlit opens its "Connection error" dialog after six failed pings: it is there, and hidden.
            page.wait_for_function("() => !!document.querySelector('[role=dialog]')", timeout=30000)
            expect(page.get_by_role("dialog")).to_be_hidden()
            expect(card).to_be_visible()
            page.screenshot(path=str(SCREENSHOTS / "kiosk-reconnecting-en.png"))
            slide = int(counter(page).split("/")[0])

            with serve_app(port=port):  # nobody touches the page: it reloads and the loop goes on
                page.wait_for_function("(killed) => window.__bndLoadedAt > killed", arg=killed_at, timeout=60000)
                reloaded_at = page.evaluate("window.__bndLoadedAt")
                expect(page).to_have_url(re.compile(rf"/present\?.*slide={slide}\b"))
                assert "lang=en" in page.url and "province=KR-41" in page.url
                wait_for_app_run(page, timeout_ms=90000, settle_ms=1500)
                assert page.locator("#bnd-kiosk-card").count() == 0
                wait_for_counter_change(page)
                wait_for_counter_change(page)
                assert page.locator('[data-testid="stException"]').count() == 0
        # While the server was down the browser logged failed requests (Streamlit's pings and ours); none after.
        assert [text for at, text in errors if at >= reloaded_at] == []
        assert seen.external_requests == [] and seen.page_errors == []
    finally:
        context.close()


def test_kiosk_reloads_once_a_day_at_a_slide_boundary(app_url, new_page):
    page = new_page(1920, 1080)
    page.add_init_script(f"window.__bndKiosk = {{dailyReloadMs: {DAY_MS}}};" + LOADED_AT_JS)
    page.add_init_script(SLIDE_LOG_JS)
    seen = watch(page)
    page.goto(f"{app_url}/present?lang=ko&interval=15&province=KR-46")
    first_load = page.evaluate("window.__bndLoadedAt")

    # The shortened "day" is the interval tested: the page reloads right after a slide change, at that slide.
    page.wait_for_function("(first) => window.__bndLoadedAt > first", arg=first_load, timeout=DAY_MS + 60000)
    reloaded_at = page.evaluate("window.__bndLoadedAt")
    assert reloaded_at - first_load >= DAY_MS
    match = re.search(r"[?&]slide=(\d+)", page.url)
    assert match and "lang=ko" in page.url and "province=KR-46" in page.url, page.url
    wait_for_app_run(page, timeout_ms=90000, settle_ms=1500)
    previous = page.evaluate("window.__bndPrevious")
    # The old page had just changed slide (the kiosk looks once a second; a slide shows for 15 s), and the new one
    # starts at that slide.
    assert previous["changedAt"] and previous["unloadedAt"] - previous["changedAt"] < 2500, previous
    assert previous["last"].startswith(f"{match.group(1)} /"), (previous, page.url)
    assert page.evaluate("window.__bndSlideLog.first").startswith(f"{match.group(1)} /")
    assert page.evaluate("window.__bndKioskState.cardShown") == 0
    assert page.locator('[data-testid="stException"]').count() == 0
    assert seen.problems() == []


def test_the_kiosk_script_runs_on_present_only(app_url, new_page):
    page = new_page(1366, 768)
    seen = watch(page)
    page.goto(f"{app_url}/budget?lang=en")
    wait_for_app_run(page, timeout_ms=90000)
    assert page.evaluate("window.__bndKioskState === undefined")
    assert page.evaluate("typeof window.__bndStream") == "object"  # reconnect.js is on every page
    assert seen.problems() == []


def test_kiosk_script_starts_chromium_on_present_with_the_signage_flags(app_url, chromium):
    """scripts/kiosk.sh itself, headless here (KIOSK_FLAGS adds headless mode and a DevTools port to look in)."""
    port = free_port()
    env = {
        **os.environ,
        "CHROMIUM": shutil.which("chromium") or shutil.which("chromium-browser"),
        "KIOSK_ONCE": "1",
        "KIOSK_FLAGS": f"--headless=new --no-sandbox --disable-gpu --remote-debugging-address=127.0.0.1 "
        f"--remote-debugging-port={port}",
    }
    url = f"{app_url}/present?lang=en&interval=5"
    kiosk = subprocess.Popen(["bash", str(ROOT / "scripts" / "kiosk.sh"), url], env=env, start_new_session=True)
    try:
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/json/version", timeout=2).close()
                break
            except OSError:
                assert kiosk.poll() is None and time.time() < deadline, "kiosk.sh did not start Chromium"
                time.sleep(0.3)
        browser = chromium.browser_type.connect_over_cdp(f"http://127.0.0.1:{port}")
        page = browser.contexts[0].pages[0]
        assert page.url == url
        wait_for_app_run(page, timeout_ms=90000, settle_ms=1500)
        wait_for_counter_change(page)
        assert page.evaluate("window.__bndKioskState.wakeLock") == "held"
        assert page.locator('[data-testid="stException"]').count() == 0
        flags = subprocess.run(["pgrep", "-a", "-s", str(kiosk.pid)], capture_output=True, text=True).stdout
        for flag in ("--kiosk", "--noerrdialogs", "--disable-session-crashed-bubble", "--user-data-dir="):
            assert flag in flags, flag
        browser.close()
    finally:
        try:
            os.killpg(kiosk.pid, signal.SIGTERM)  # kiosk.sh and the Chromium it started (their own session)
        except ProcessLookupError:
            pass
        kiosk.wait(timeout=30)
