"""Bounded load run: many browser sessions open at once, each opening every page.

Headless Chromium, one context per session (own cookies, own Streamlit
session), async Playwright. One browser process serves at most ``SESSIONS_PER_BROWSER``
sessions: Chromium keeps at most 16 live WebGL contexts per process and silently
drops the oldest, so 50 map-showing sessions in one process would blank each other's
maps — a limit of the test rig, not of 50 viewers on 50 machines. All sessions are opened first and stay open, so the
server really holds ``sessions`` live sessions; a semaphore limits how many are
*navigating* at the same moment so two CPU cores are not drowned in rendering.
An error is: a console error, an uncaught page error, an HTTP status ≥ 400, a
request to another host, a Streamlit exception box, or a page that does not
finish rendering within the timeout. The run stops by itself at ``time_limit``.

    .venv/bin/python -m bench.load --base http://127.0.0.1:8501   # against a running server
    .venv/bin/python -m bench.load                                  # starts its own
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from data.datasets import read_dataset  # noqa: E402
from devtools.browser import CHROMIUM_ARGS, DRAWN_JS, LOCAL_HOSTS, WEBGL_DRAW_MARK_JS  # noqa: E402

SESSIONS_PER_BROWSER = 12
# A waiting session's page behaves like a background tab: its animation frames are paused (a browser does not run
# requestAnimationFrame for a tab nobody looks at). deck.gl asks for a frame 60 times a second even when nothing
# changes; with 50 live pages on the same two cores as the server, those idle frames alone took most of the CPU.
# Timers, the WebSocket and server-driven updates (the /present loop's ticks) keep running.
BACKGROUND_TAB_JS = """(() => {
  const request = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => window.__backgroundTab
    ? setTimeout(() => window.requestAnimationFrame(callback), 250)
    : request(callback);
})();"""
PROVINCES = list(read_dataset("provinces")["iso_code"])  # the 17, from the data


def percentile(values: list[float], fraction: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return round(ordered[index], 1)


async def _set_background(page, background: bool) -> None:
    """Pause (or resume) the page's animation frames; a page being navigated away from may refuse, which is fine."""
    try:
        await page.evaluate(f"window.__backgroundTab = {'true' if background else 'false'}")
    except Exception:  # noqa: BLE001
        pass


async def _session(
    browser,
    base: str,
    paths: list[str],
    number: int,
    gate: asyncio.Semaphore,
    opened: asyncio.Barrier | None,
    timings: list[float],
    errors: list[str],
    timeout_ms: int,
) -> int:
    context = await browser.new_context(
        viewport={"width": 1366, "height": 768}, locale="ko-KR" if number % 2 else "en-US"
    )
    await context.add_init_script(WEBGL_DRAW_MARK_JS)
    await context.add_init_script(BACKGROUND_TAB_JS)
    page = await context.new_page()
    tag = f"session {number}"
    current = {"path": "?"}
    page.on(
        "console",
        lambda m: errors.append(f"{tag} {current['path']}: console: {m.text[:200]}") if m.type == "error" else None,
    )
    page.on("pageerror", lambda e: errors.append(f"{tag} {current['path']}: page error: {str(e)[:200]}"))
    page.on(
        "response",
        lambda r: errors.append(f"{tag} {current['path']}: HTTP {r.status} {r.url}") if r.status >= 400 else None,
    )

    async def route(route_):
        host = urlparse(route_.request.url).hostname or ""
        if route_.request.url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
            await route_.continue_()
        else:
            errors.append(f"{tag} {current['path']}: external request {route_.request.url}")
            await route_.abort()

    await page.route("**/*", route)
    loads = 0
    lang = "en" if number % 2 else "ko"
    province = PROVINCES[number % len(PROVINCES)]
    # Every session starts on a different page so the pages are hit evenly all the time.
    order = paths[number % len(paths) :] + paths[: number % len(paths)]
    try:
        for index, path in enumerate(order):
            current["path"] = f"/{path}"
            async with gate:
                started = time.monotonic()
                try:
                    await page.goto(
                        f"{base}/{path}?province={province}&lang={lang}", wait_until="commit", timeout=timeout_ms
                    )
                    await page.wait_for_function(DRAWN_JS, timeout=timeout_ms, polling=100)
                    timings.append((time.monotonic() - started) * 1000)
                    loads += 1
                    if await page.evaluate("() => !!document.querySelector('[data-testid=\"stException\"]')"):
                        errors.append(f"{tag} /{path}: Streamlit exception on the page")
                except Exception as error:  # noqa: BLE001 - every failure is counted, the run goes on
                    errors.append(f"{tag} /{path}: {type(error).__name__}: {str(error).splitlines()[0][:200]}")
                    try:  # stop the page: a timed-out load must not keep using CPU outside the gate
                        await page.goto("about:blank", timeout=30_000)
                    except Exception:  # noqa: BLE001
                        pass
            await _set_background(page, True)  # measured: it now waits like a tab nobody is looking at
            if index == 0 and opened is not None:
                await opened.wait()  # all sessions hold a live page before anyone moves on
    finally:
        current["path"] = "(closing)"
        try:
            await context.close()
        except Exception:  # noqa: BLE001
            pass
    return loads


async def _run(
    base: str, paths: list[str], sessions: int, concurrency: int, time_limit: float, timeout_ms: int
) -> dict:
    import shutil

    from playwright.async_api import async_playwright

    timings: list[float] = []
    errors: list[str] = []
    started = time.monotonic()
    completed = True
    async with async_playwright() as playwright:
        executable = shutil.which("chromium") or shutil.which("chromium-browser")
        browsers = [
            await playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            for _ in range(-(-sessions // SESSIONS_PER_BROWSER))
        ]
        gate = asyncio.Semaphore(concurrency)
        opened = asyncio.Barrier(sessions)
        tasks = [
            asyncio.create_task(
                _session(browsers[n // SESSIONS_PER_BROWSER], base, paths, n, gate, opened, timings, errors, timeout_ms)
            )
            for n in range(sessions)
        ]
        done, pending = await asyncio.wait(tasks, timeout=time_limit)
        if pending:
            completed = False
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        for task in done:
            if task.exception():
                errors.append(f"session crashed: {task.exception()!r}"[:300])
        for browser in browsers:
            try:
                await asyncio.wait_for(browser.close(), 60)
            except Exception:  # noqa: BLE001
                pass
    return {
        "sessions": sessions,
        "browsers": len(browsers),
        "concurrency": concurrency,
        "paths": [f"/{p}" for p in paths],
        "page_loads": len(timings),
        "expected_page_loads": sessions * len(paths),
        "duration_s": round(time.monotonic() - started, 1),
        "completed": completed,
        "time_limit_s": time_limit,
        "errors": errors if completed else errors + [f"not finished within {time_limit}s"],
        "p50_ms": percentile(timings, 0.5),
        "p95_ms": percentile(timings, 0.95),
        "max_ms": round(max(timings), 1) if timings else None,
        "mean_ms": round(statistics.fmean(timings), 1) if timings else None,
    }


def run_load(
    base: str,
    paths: list[str],
    *,
    sessions: int = 50,
    concurrency: int = 4,
    time_limit: float = 2700,
    timeout_ms: int = 120_000,
) -> dict:
    """Run the load and return its summary (errors must be empty)."""
    result = asyncio.run(_run(base, paths, sessions, concurrency, time_limit, timeout_ms))
    if result["page_loads"] != result["expected_page_loads"] and result["completed"]:
        result["errors"].append(f"{result['expected_page_loads'] - result['page_loads']} page loads did not finish")
    return result


def main(argv: list[str] | None = None) -> int:
    from devtools import introspect
    from devtools.browser import serve_app, wait_for_warm_up

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", help="URL of a running app; default: start serve.py on a free port")
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--time-limit", type=float, default=2700)
    parser.add_argument("--json", help="also write the result here (for python -m bench --load-from)")
    args = parser.parse_args(argv)
    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # unwind: the server is stopped
    paths = [p.url_path for p in introspect.pages()]
    if args.base:
        result = run_load(
            args.base.rstrip("/"),
            paths,
            sessions=args.sessions,
            concurrency=args.concurrency,
            time_limit=args.time_limit,
        )
    else:
        from bench.measure import tree_rss_mb
        from bench.run import Sampler

        with serve_app("serve.py", env={"BND_WARM_UP": "1"}) as (base, process):
            print(wait_for_warm_up(base), flush=True)  # as in production: the load starts on warmed caches
            sampler = Sampler(process.pid)
            sampler.start()
            result = run_load(
                base, paths, sessions=args.sessions, concurrency=args.concurrency, time_limit=args.time_limit
            )
            result["rss_peak_mb"] = sampler.stop()
            result["rss_end_mb"] = tree_rss_mb(process.pid)
    result["git_commit"] = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if args.json:
        Path(args.json).write_text(text, encoding="utf-8")
    print(text)
    return 0 if not result["errors"] and result["completed"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
