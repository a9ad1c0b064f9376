"""Start the app on a free local port and drive it in headless Debian Chromium.

Shared by the browser tests and the benchmark (neither imports the other): one way to
serve, one way to decide a page has finished its run ("wait for the app run"), one way
to catch console errors and requests to any host but the app's own (those are blocked,
as at an offline Expo). Waiting is always on the page (a condition polled in the
browser), never on the clock.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "tests" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serve_app(
    script: str = "serve.py", env: dict[str, str] | None = None, timeout: float = 60, port: int | None = None
):
    """Run ``streamlit run <script>`` on a free port (or ``port``); yield its base URL; stop it afterwards."""
    port = port or free_port()
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        script,
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
    ]
    log = open(server_log(f"http://127.0.0.1:{port}"), "w")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.time() > deadline:
                    raise RuntimeError(f"streamlit did not start; see {log.name}") from None
                time.sleep(0.3)
        yield base, process
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        Path(log.name).unlink(missing_ok=True)


def server_log(base: str) -> Path:
    """The log file of a server ``serve_app`` started at ``base``."""
    return ROOT / "tests" / f".server-{base.rsplit(':', 1)[1]}.log"


def wait_for_warm_up(base: str, timeout: float = 600) -> str:
    """Wait until the server at ``base`` (started by ``serve_app`` with its warm-up on) logs that its warm-up is
    done (server/warm_up.py); that line."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        for line in server_log(base).read_text(encoding="utf-8", errors="replace").splitlines():
            if "warm-up done" in line or "warm-up skipped" in line or "warm-up stopped" in line:
                return line.strip()
        time.sleep(1)
    raise TimeoutError(f"no warm-up line in {server_log(base)} after {timeout:.0f} s")


def launch_chromium(playwright):
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if not executable:
        raise RuntimeError("Debian's chromium is not installed: run the README's test command, which installs it")
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)


@dataclass
class PageWatch:
    """What a page did that a person would mind: console errors, outside requests, exceptions."""

    console_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return [
            *(f"console: {e}" for e in self.console_errors),
            *(f"external request: {u}" for u in self.external_requests),
            *(f"page error: {e}" for e in self.page_errors),
        ]


def watch(page) -> PageWatch:
    """Block and record every request to a host other than the app's own; record console errors."""
    seen = PageWatch()

    def route(route_):
        host = urlparse(route_.request.url).hostname or ""
        if route_.request.url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
            return route_.continue_()
        seen.external_requests.append(route_.request.url)
        return route_.abort()

    page.route("**/*", route)
    page.on("console", lambda message: seen.console_errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: seen.page_errors.append(str(error)))
    return seen


READY_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app) return false;
  if (document.querySelector('[data-testid="stStatusWidget"]')) return false;
  if (document.querySelector('[data-testid="stSkeleton"]')) return false;
  const state = app.getAttribute('data-test-script-state');
  return state === 'notRunning' || state === null && !!document.querySelector('h1');
}"""


# Polled in the page: true once READY_JS has held for ``settle`` ms without a break. The first
# moment it held is kept on ``window`` (reset by ``_reset_settle``), so a rerun that starts
# during the settle time restarts it.
STABLE_JS = """([settle, key]) => {
  const ready = (__CONDITION__)();
  const now = performance.now();
  if (!ready) { window[key] = null; return false; }
  if (window[key] == null) window[key] = now;
  return now - window[key] >= settle ? window[key] : false;
}"""


def _reset_settle(page, key: str) -> None:
    page.evaluate("(key) => { window[key] = null; }", key)


def wait_for_app_run(page, timeout_ms: int = 30000, settle_ms: int = 600) -> None:
    """Wait for the app run: the script is idle, no skeletons remain, and it stayed so for ``settle_ms``.

    The settle time covers the moment between an action (a click, a navigation) and the rerun
    it starts; it is measured in the page, so a slow machine waits longer instead of flaking.
    """
    _reset_settle(page, "__bndReadySince")
    page.wait_for_function(
        STABLE_JS.replace("__CONDITION__", READY_JS),
        arg=[settle_ms, "__bndReadySince"],
        timeout=timeout_ms,
        polling=100,
    )


def open_download_menu(page, key: str, kind: str = "csv", timeout_ms: int = 60000):
    """Open the download menu of ``key`` (``components.page.download_menu``: its buttons come with the opening's
    run) and return the locator of its ``kind`` button (csv, xlsx, png, svg, zip), visible."""
    from playwright.sync_api import expect

    page.locator(f".st-key-downloads_{key} button").first.click()
    button = page.locator(f".st-key-{kind}_{key} button")
    expect(button).to_be_visible(timeout=timeout_ms)
    return button


def main_text(page) -> str:
    return page.locator('[data-testid="stMain"]').inner_text()


def sidebar_province(page) -> str:
    """The province shown in the sidebar's selector (its combobox input value)."""
    return page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"] input[role="combobox"]').input_value()


# Installed with ``page.add_init_script`` by the benchmark: marks a WebGL canvas when its first draw call is made,
# so a map counts as drawn only once deck.gl has drawn to it (without a GPU, a bare canvas exists seconds earlier).
WEBGL_DRAW_MARK_JS = """(() => {
  window.__webglDrawMarks = true;
  for (const Context of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!Context) continue;
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
      const draw = Context.prototype[name];
      if (!draw) continue;
      Context.prototype[name] = function (...args) {
        if (this.canvas && !this.canvas.__drawnContext) this.canvas.__drawnContext = this;
        return draw.apply(this, args);
      };
    }
  }
})();"""

# Charts drawn: every Vega-Lite chart has a sized canvas/svg, every pydeck map a canvas. With
# WEBGL_DRAW_MARK_JS installed, a map's canvas must also have been drawn to, and a one-pixel
# ``readPixels`` waits until the (software) GPU has rendered those draws (the first frame compiles
# deck.gl's shaders). Not ``finish()``: Chromium's WebGL finish returns without waiting (a trace of
# /map showed the GPU process still compiling for 2.5 s after it returned).
DRAWN_JS = """() => {
  const ready = (__READY__)();
  if (!ready) return false;
  for (const chart of document.querySelectorAll('[data-testid="stVegaLiteChart"]')) {
    const mark = chart.querySelector('canvas, svg');
    if (!mark || mark.getBoundingClientRect().width === 0) return false;
  }
  for (const deck of document.querySelectorAll('[data-testid="stDeckGlJsonChart"]')) {
    const canvas = deck.querySelector('canvas');
    if (!canvas) return false;
    if (window.__webglDrawMarks) {
      if (!canvas.__drawnContext) return false;
      const gl = canvas.__drawnContext;
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    }
  }
  return performance.now();
}""".replace("__READY__", READY_JS)


def wait_until_drawn(page, timeout_ms: int = 60000, settle_ms: int = 500) -> float:
    """Like ``wait_for_app_run`` but also waits for charts/maps to be drawn.

    Returns milliseconds from the start of the navigation (``performance.now()``) to the
    moment the page was last seen becoming ready: a rerun during the settle time restarts it.
    """
    drawn = f"() => !!({DRAWN_JS})() && !document.querySelector('[data-testid=stStatusWidget]')"
    _reset_settle(page, "__bndDrawnSince")
    handle = page.wait_for_function(
        STABLE_JS.replace("__CONDITION__", drawn), arg=[settle_ms, "__bndDrawnSince"], timeout=timeout_ms, polling=50
    )
    return float(handle.json_value())


def page_has_exception(page) -> bool:
    """A Streamlit exception box is on screen (the app should never show one)."""
    return page.evaluate("() => !!document.querySelector('[data-testid=\"stException\"]')")
