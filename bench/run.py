"""The dashboard's benchmark: one command, every page, against the framework's own floor.

    .venv/bin/python -m bench            # full run (about an hour on 2 cores): pages, then the 50-session
                                         # load run (≤ 45 min)
    .venv/bin/python -m bench --quick    # smoke run: 2 loads per page, 5-session load run

It serves the app (``serve.py``) and a one-line Streamlit page (``bench/minimal_serve.py``, the
floor) side by side, drives headless Debian Chromium, and writes ``bench/results.md`` and
``bench/results.json`` with the machine it ran on. Targets (speed issue; ``TARGETS``; a page "with a map" is one of
``MAP_PAGES``, drawn with software WebGL here):

- load time ≤ 1.5× the floor (≤ 2× with a map);
- server script time of a page's first run in a new session, caches warm, ≤ 250 ms;
- province change, server side, ≤ 200 ms the first time the server shows that province on that page, ≤ 100 ms warm
  (a province it has shown there before);
  both judged on the server alone (``bench/server_alone.py``), the figures taken while the browser draws beside them;
- bytes on a first visit ≤ 1.5 MB (≤ 2.2 MB with a map);
- an open page with a map left alone after it is drawn: Chromium (all its processes) ≤ 0.02 CPU-seconds per second
  (measured on every page, judged on the map pages);
- server RSS ≤ 400 MB with 20 sessions;
- 0 errors in the load run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.measure import attach, browser_pid, cpu_rate, tree_rss_mb  # noqa: E402
from bench.server_alone import server_alone  # noqa: E402
from bench.wire import wire_tap  # noqa: E402
from devtools import introspect  # noqa: E402
from devtools.browser import (  # noqa: E402
    CHROMIUM_ARGS,
    WEBGL_DRAW_MARK_JS,
    launch_chromium,
    page_has_exception,
    serve_app,
    wait_for_warm_up,
    wait_until_drawn,
)

BENCH = ROOT / "bench"
# Pages that draw a map (pydeck, software WebGL on this machine): their own load-time and bytes limits, and the only
# pages whose idle cost is judged. The page registry (components/registry.py) does not say which pages have one.
MAP_PAGES = frozenset({"map", "present"})
TARGETS = {
    "ratio_to_floor": 1.5,
    "ratio_to_floor_map": 2.0,
    "server_script_ms": 250,
    "province_change_first_ms": 200,
    "province_change_warm_ms": 100,
    "page_mb": 1.5,
    "page_mb_map": 2.2,
    "idle_cpu_s_per_s_map": 0.02,
    "rss_20_sessions_mb": 400,
    "load_errors": 0,
}
IDLE_SETTLE_S = 3  # after the page is drawn, before the idle window
IDLE_WINDOW_S = 15
PROVINCE_SEQUENCE = ["KR-46", "KR-11", "KR-41", "KR-26", "KR-50", "KR-47", "KR-43"]
MB = 1024 * 1024
LOAD_TIMEOUT_MS = 120_000


def page_name(row: dict) -> str:
    """Registry name of a results row ("/" -> "overview", "/map" -> "map")."""
    return row["url"].strip("/") or "overview"


def limits(row: dict) -> dict:
    """The targets that apply to a page: with a map, its own load-time, bytes and idle-cost limits."""
    with_map = page_name(row) in MAP_PAGES
    return {
        "map": with_map,
        "ratio": TARGETS["ratio_to_floor_map" if with_map else "ratio_to_floor"],
        "mb": TARGETS["page_mb_map" if with_map else "page_mb"],
        "idle": TARGETS["idle_cpu_s_per_s_map"] if with_map else None,
    }


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def machine() -> dict:
    """Where the numbers come from: they mean nothing without it."""
    info: dict = {
        "nproc": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
        "kernel": platform.release(),
    }
    try:
        cpu = Path("/proc/cpuinfo").read_text()
        info["cpu_model"] = next(
            (line.split(":", 1)[1].strip() for line in cpu.splitlines() if line.startswith("model name")), "unknown"
        )
    except OSError:
        info["cpu_model"] = "unknown"
    try:
        meminfo = Path("/proc/meminfo").read_text()
        info["memory_gb"] = round(
            int(next(line.split()[1] for line in meminfo.splitlines() if line.startswith("MemTotal"))) / 1024 / 1024, 1
        )
    except (OSError, StopIteration):
        pass
    try:
        info["os"] = next(
            line.split("=", 1)[1].strip('"')
            for line in Path("/etc/os-release").read_text().splitlines()
            if line.startswith("PRETTY_NAME")
        )
    except (OSError, StopIteration):
        pass
    from importlib.metadata import version

    for package in ("streamlit", "pandas", "altair", "pydeck", "playwright"):
        try:
            info[package] = version(package)
        except Exception:  # noqa: BLE001
            info[package] = "?"
    try:
        info["git_commit"] = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout
        info["git_dirty"] = bool(dirty.strip())
    except (OSError, subprocess.SubprocessError):
        pass
    info["loadavg_start"] = list(os.getloadavg())
    return info


def median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def one_load(browser, url: str, tap, warm: bool = True) -> dict:
    """Open ``url`` (through ``tap``, which counts the bytes on the wire) in a fresh context (first visit, empty cache);
    time, bytes, server script time, errors."""
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="ko-KR")
    context.add_init_script(
        WEBGL_DRAW_MARK_JS
    )  # a map counts once its first frame is rendered, not when its canvas appears
    page = context.new_page()
    traffic = attach(context, page)
    tap.reset()
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
    try:
        try:
            page.goto(url, wait_until="commit", timeout=LOAD_TIMEOUT_MS)
            ready_ms = wait_until_drawn(page, timeout_ms=LOAD_TIMEOUT_MS)
        except Exception as error:  # noqa: BLE001 - a page that never renders is a result, not a crash
            return {
                "ms": None,
                "bytes": tap.total,
                "http_bytes": traffic.http_bytes,
                "ws_payload_bytes": traffic.ws_bytes,
                "requests": traffic.requests,
                "server_ms": None,
                "errors": [f"did not render: {str(error).splitlines()[0][:160]}"],
            }
        runs = traffic.script_runs()
        result = {
            "ms": round(ready_ms, 1),
            "bytes": tap.total,
            "http_bytes": traffic.http_bytes,
            "ws_payload_bytes": traffic.ws_bytes,
            "requests": traffic.requests,
            "server_ms": round(sum(runs), 1) if runs else None,
            "errors": console
            + traffic.failed
            + traffic.http_errors
            + [f"external: {u}" for u in traffic.external]
            + (["streamlit exception on page"] if page_has_exception(page) else []),
        }
        if not warm:
            return result
        # Warm reload (HTTP cache filled): what a second visit costs.
        traffic.reset()
        tap.reset()
        try:
            page.reload(wait_until="commit", timeout=LOAD_TIMEOUT_MS)
            wait_until_drawn(page, timeout_ms=LOAD_TIMEOUT_MS)
            result["warm_bytes"] = tap.total
        except Exception as error:  # noqa: BLE001
            result["errors"].append(f"warm reload did not render: {str(error).splitlines()[0][:160]}")
        return result
    finally:
        context.close()


def province_plan(name: str, changes: int, shown: set[tuple[str, str]]) -> list[str]:
    """Provinces to switch to on page ``name``: ``changes`` of PROVINCE_SEQUENCE the server has not shown there yet
    (first visits), then ``changes`` switches back to provinces it has (warm), never the one already on screen.
    "" is the whole country, which every page opens on."""
    firsts = [code for code in PROVINCE_SEQUENCE if (name, code) not in shown][:changes]
    pool = (
        firsts
        if len(firsts) >= 2
        else list(dict.fromkeys(["", *firsts, *(code for code in PROVINCE_SEQUENCE if (name, code) in shown)]))
    )
    plan, cursor = list(firsts), 0
    while len(plan) < len(firsts) + changes and len(pool) >= 2:
        code = pool[cursor % len(pool)]
        cursor += 1
        if code != (plan[-1] if plan else ""):
            plan.append(code)
    return plan


def province_changes(browser, url: str, name: str, changes: int, shown: set[tuple[str, str]]) -> dict | None:
    """Change the sidebar province along ``province_plan``; server-side script time of each rerun, split into first
    visits (a province this server has not shown on this page in this run: ``shown``, updated here) and warm ones."""
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="ko-KR")
    context.add_init_script(
        WEBGL_DRAW_MARK_JS
    )  # a map counts once its first frame is rendered, not when its canvas appears
    page = context.new_page()
    traffic = attach(context, page)
    try:
        page.goto(url, wait_until="commit", timeout=LOAD_TIMEOUT_MS)
        wait_until_drawn(page, timeout_ms=LOAD_TIMEOUT_MS)
        select = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').first
        if select.count() == 0:
            return None
        positions = province_positions()
        samples: list[dict] = []
        for code in province_plan(name, changes, shown):
            kind = "warm" if (name, code) in shown else "first"
            traffic.reset()
            select.click()
            option = page.get_by_role("option").nth(positions[code])
            started = page.evaluate("() => performance.now()")
            option.click()
            page.wait_for_timeout(100)
            done = wait_until_drawn(page, timeout_ms=LOAD_TIMEOUT_MS)
            shown.add((name, code))
            runs = traffic.script_runs()
            if runs:
                samples.append(
                    {
                        "province": code or "all",
                        "kind": kind,
                        "server_ms": round(max(runs), 1),
                        "client_ms": round(done - started, 1),
                    }
                )
        result: dict = {}
        for kind in ("first", "warm"):
            server = [s["server_ms"] for s in samples if s["kind"] == kind]
            result[f"{kind}_ms"] = median(server)
            result[f"{kind}_ms_max"] = max(server) if server else None
            result[f"{kind}_client_ms"] = median([s["client_ms"] for s in samples if s["kind"] == kind])
        return {**result, "samples": samples}
    except Exception as error:  # noqa: BLE001
        return {
            "first_ms": None,
            "first_ms_max": None,
            "warm_ms": None,
            "warm_ms_max": None,
            "samples": [],
            "error": str(error).splitlines()[0][:160],
        }
    finally:
        context.close()


def province_positions() -> dict[str, int]:
    """Option position in the sidebar selector of "" (whole country, first) and every province, in provinces.csv
    order."""
    import csv

    with (ROOT / "data" / "provinces.csv").open(encoding="utf-8-sig") as handle:
        codes = [row["iso_code"] for row in csv.DictReader(handle)]
    return {"": 0, **{code: index + 1 for index, code in enumerate(codes)}}


ELEMENT_COUNT_JS = "() => document.querySelectorAll('[data-testid=stMain] [data-testid]').length"


def idle_cost(browser, chromium_pid: int, url: str, server_pid: int, settle_s: float, window_s: float) -> dict:
    """CPU-seconds per second Chromium (browser process and all its descendants) spends on ``url`` left alone: the
    only page open (a fresh context, every other context closed), from ``settle_s`` after it is drawn, for
    ``window_s``. A page that builds more by itself after its first view (/present: the show's other slides, on its
    loop's first tick) is left alone once that is drawn too: the window measures what an open page costs, not
    its one-off build. The server's own CPU over the same window is recorded too."""
    for other in list(browser.contexts):
        other.close()
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="ko-KR")
    context.add_init_script(WEBGL_DRAW_MARK_JS)
    page = context.new_page()
    try:
        page.goto(url, wait_until="commit", timeout=LOAD_TIMEOUT_MS)
        wait_until_drawn(page, timeout_ms=LOAD_TIMEOUT_MS)
        elements = page.evaluate(ELEMENT_COUNT_JS)
        time.sleep(settle_s)
        if page.evaluate(ELEMENT_COUNT_JS) != elements:  # it built more by itself: wait for that to be drawn
            wait_until_drawn(page, timeout_ms=LOAD_TIMEOUT_MS)
            time.sleep(settle_s)
        # no protocol traffic from here on: only what the page does by itself
        rates = cpu_rate({"chromium": chromium_pid, "server": server_pid}, window_s)
        return {
            **rates["chromium"],
            "server_cpu_s_per_s": rates["server"]["cpu_s_per_s"],
            "errors": ["streamlit exception on page"] if page_has_exception(page) else [],
        }
    except Exception as error:  # noqa: BLE001 - a page that never renders is a result, not a crash
        return {"cpu_s_per_s": None, "errors": [f"idle: {str(error).splitlines()[0][:160]}"]}
    finally:
        context.close()


def sessions_memory(browser, base: str, pid: int, sessions: int, paths: list[str]) -> dict:
    """Server RSS with ``sessions`` browser sessions open at once (each on a page, all pages in turn)."""
    contexts = []
    try:
        for index in range(sessions):
            context = browser.new_context(viewport={"width": 1366, "height": 768})
            page = context.new_page()
            page.goto(
                f"{base}/{paths[index % len(paths)]}?province={PROVINCE_SEQUENCE[index % len(PROVINCE_SEQUENCE)]}",
                wait_until="commit",
            )
            contexts.append((context, page))
        not_rendered = 0
        for _, page in contexts:
            try:
                wait_until_drawn(page, timeout_ms=LOAD_TIMEOUT_MS, settle_ms=200)
            except Exception:  # noqa: BLE001
                not_rendered += 1
        time.sleep(2)
        with_sessions = tree_rss_mb(pid)
    finally:
        for context, _ in contexts:
            context.close()
    time.sleep(3)
    return {
        "rss_with_sessions_mb": with_sessions,
        "rss_after_close_mb": tree_rss_mb(pid),
        "sessions_not_rendered": not_rendered,
    }


class Sampler(threading.Thread):
    """Peak RSS of a process tree, sampled every 0.5 s while a run goes on."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self._stop_event = pid, 0.0, threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.peak = max(self.peak, tree_rss_mb(self.pid))
            self._stop_event.wait(0.5)

    def stop(self) -> float:
        self._stop_event.set()
        self.join(2)
        return self.peak


def bench_pages(args) -> dict:
    from playwright.sync_api import sync_playwright

    page_list = [p for p in introspect.pages() if not args.pages or p.name in args.pages]
    results: dict = {"pages": {}, "floor": {}}
    with (
        serve_app("bench/minimal_serve.py") as (floor_server, floor_process),
        serve_app("serve.py", env={"BND_WARM_UP": "1"}) as (base, process),
        wire_tap(floor_server) as (floor_base, floor_tap),
        wire_tap(base) as (tapped_base, tap),
    ):
        results["server_pid_rss_start_mb"] = tree_rss_mb(process.pid)
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            results["chromium"] = browser.version
            log(f"server warm-up (server/warm_up.py): {wait_for_warm_up(base)}")
            log("warm-up: every page once (first run imports and fills the caches; not counted)")
            one_load(browser, f"{floor_base}/", floor_tap, warm=False)
            for info in page_list:
                one_load(browser, f"{tapped_base}/{info.url_path}", tap, warm=False)
            # (page, province) pairs this server has shown: every page opens on the whole country ("")
            shown = {(info.name, "") for info in page_list}
            results["rss_idle_mb"] = tree_rss_mb(process.pid)
            floor_runs: list[dict] = []
            page_runs: dict[str, list[dict]] = {p.name: [] for p in page_list}
            for round_no in range(args.loads):  # interleaved, so a busy moment hits the floor and the pages alike
                log(f"round {round_no + 1}/{args.loads}")
                warm = round_no == 0  # the warm-reload bytes are measured once
                floor_runs.append(one_load(browser, f"{floor_base}/", floor_tap, warm))
                for info in page_list:
                    page_runs[info.name].append(one_load(browser, f"{tapped_base}/{info.url_path}", tap, warm))
            floor_ms = median([r["ms"] for r in floor_runs if r["ms"] is not None])
            results["floor"] = {
                "ms": floor_ms,
                "samples_ms": [r["ms"] for r in floor_runs],
                "bytes": max(r["bytes"] for r in floor_runs),
                "warm_bytes": max(r.get("warm_bytes", 0) for r in floor_runs),
                "server_ms": median([r["server_ms"] or 0 for r in floor_runs]),
            }
            for info in page_list:
                runs = page_runs[info.name]
                ms = median([r["ms"] for r in runs if r["ms"] is not None])
                results["pages"][info.name] = {
                    "url": f"/{info.url_path}",
                    "ms": ms,
                    "samples_ms": [r["ms"] for r in runs],
                    "ratio": round(ms / floor_ms, 2) if floor_ms and ms else None,
                    "server_ms": median([r["server_ms"] for r in runs if r["server_ms"] is not None]),
                    "bytes": max(r["bytes"] for r in runs),
                    "http_bytes": max(r["http_bytes"] for r in runs),
                    "ws_payload_bytes": max(r["ws_payload_bytes"] for r in runs),
                    "warm_bytes": max(r.get("warm_bytes", 0) for r in runs),
                    "requests": max(r["requests"] for r in runs),
                    "errors": sorted({e for r in runs for e in r["errors"]}),
                }
            log("province changes")
            for info in page_list:
                results["pages"][info.name]["province_change"] = province_changes(
                    browser, f"{base}/{info.url_path}", info.name, args.changes, shown
                )
            log("server alone: first runs and province changes from a client that does not draw")
            codes = [code for code in province_positions() if code]
            for info in page_list:
                row = results["pages"][info.name]
                row["server_alone"] = server_alone(
                    base,
                    info.url_path,
                    (codes[: args.changes] if args.quick else codes) if row["province_change"] is not None else None,
                    first_runs=args.loads,
                )
            log(f"idle cost: each page alone for {args.idle_seconds} s after it is drawn")
            chromium_pid = browser_pid(browser)
            results["floor"]["idle"] = idle_cost(
                browser, chromium_pid, f"{floor_server}/", floor_process.pid, IDLE_SETTLE_S, args.idle_seconds
            )
            for info in page_list:
                idle = idle_cost(
                    browser, chromium_pid, f"{base}/{info.url_path}", process.pid, IDLE_SETTLE_S, args.idle_seconds
                )
                results["pages"][info.name]["idle"] = idle
                results["pages"][info.name]["errors"] = sorted(
                    {*results["pages"][info.name]["errors"], *idle["errors"]}
                )
            log(f"memory with {args.sessions} sessions")
            results["memory"] = {
                "rss_server_start_mb": results.pop("server_pid_rss_start_mb"),
                "rss_idle_mb": results.pop("rss_idle_mb"),
                **sessions_memory(browser, base, process.pid, args.sessions, [p.url_path for p in page_list]),
                "sessions": args.sessions,
            }
            browser.close()
        if args.load_from:
            results["load"] = {**json.loads(Path(args.load_from).read_text(encoding="utf-8")), "run_separately": True}
        elif not args.no_load:
            from bench.load import run_load

            log(f"load run: {args.load_sessions} sessions x {len(page_list)} pages (hard limit {args.load_limit}s)")
            sampler = Sampler(process.pid)
            sampler.start()
            results["load"] = run_load(
                base,
                [p.url_path for p in page_list],
                sessions=args.load_sessions,
                concurrency=args.load_concurrency,
                time_limit=args.load_limit,
            )
            results["load"]["rss_peak_mb"] = sampler.stop()
    return results


def server_times(row: dict) -> dict[str, dict]:
    """The page's three server-side figures (first run, change first, change warm): the judged value and its max
    (the server alone, ``bench/server_alone.py``, where measured; else the browser-side figure) and the browser-side
    median beside it."""
    alone, change = row.get("server_alone") or {}, row.get("province_change") or {}
    figures = {
        "first_run": (alone.get("first_run_ms"), alone.get("first_run_max"), row.get("server_ms"), None),
        "first": (alone.get("change_first_ms"), alone.get("change_first_max"), change.get("first_ms"), "first_ms_max"),
        "warm": (alone.get("change_warm_ms"), alone.get("change_warm_max"), change.get("warm_ms"), "warm_ms_max"),
    }
    out = {}
    for kind, (value, top, browser, browser_max) in figures.items():
        judged_alone = bool(alone) and value is not None
        out[kind] = {
            "value": value if judged_alone else browser,
            "max": top if judged_alone else (change.get(browser_max) if browser_max else None),
            "browser": browser,
            "alone": judged_alone,
        }
    return out


def verdicts(results: dict) -> list[str]:
    """Every missed target, each with its limit."""
    misses = []
    for row in results["pages"].values():
        url, limit = row["url"], limits(row)
        with_map = " for a page with a map" if limit["map"] else ""
        if row["ratio"] is not None and row["ratio"] > limit["ratio"]:
            misses.append(f"{url}: load {row['ratio']}× the floor (target ≤ {limit['ratio']:g}×{with_map})")
        server = server_times(row)
        first_run = server["first_run"]
        if first_run["value"] is not None and first_run["value"] > TARGETS["server_script_ms"]:
            misses.append(
                f"{url}: server script time of the first run in a new session {first_run['value']} ms "
                f"{'(server alone) ' if first_run['alone'] else ''}(target ≤ {TARGETS['server_script_ms']} ms)"
            )
        for kind, what in (("first", "first visit to a province"), ("warm", "back to a province already shown")):
            figure, target = server[kind], TARGETS[f"province_change_{kind}_ms"]
            if figure["value"] is not None and figure["value"] > target:
                misses.append(
                    f"{url}: province change, {what}, {figure['value']} ms server-side"
                    f"{' (server alone)' if figure['alone'] else ''} (median, max {figure['max']}; "
                    f"target ≤ {target} ms)"
                )
        if (row.get("server_alone") or {}).get("failed"):
            misses.append(f"{url}: {row['server_alone']['failed']} server run(s) did not finish cleanly (target 0)")
        if row["bytes"] > limit["mb"] * MB:
            misses.append(f"{url}: {row['bytes'] / MB:.2f} MB on a first visit (target ≤ {limit['mb']:g} MB{with_map})")
        idle = (row.get("idle") or {}).get("cpu_s_per_s")
        if limit["idle"] is not None and idle is not None and idle > limit["idle"]:
            misses.append(
                f"{url}: left alone after it is drawn, Chromium uses {idle:.3f} CPU-s/s (target ≤ {limit['idle']:g})"
            )
        if row["errors"]:
            misses.append(f"{url}: {len(row['errors'])} console/network error(s) (target 0)")
    memory = results.get("memory", {})
    if memory.get("rss_with_sessions_mb", 0) > TARGETS["rss_20_sessions_mb"]:
        misses.append(
            f"server RSS {memory['rss_with_sessions_mb']} MB with {memory['sessions']} sessions "
            f"(target ≤ {TARGETS['rss_20_sessions_mb']} MB with 20)"
        )
    load = results.get("load")
    if load and (load["errors"] or not load["completed"]):
        misses.append(
            f"load run: {len(load['errors'])} error(s), completed={load['completed']} (target {TARGETS['load_errors']})"
        )
    return misses


def not_measured(results: dict) -> list[str]:
    """Targets with no number to judge (a page that never rendered, or an older results.json without the measure)."""
    gaps = []
    for row in results["pages"].values():
        url, limit = row["url"], limits(row)
        if row["ratio"] is None:
            gaps.append(f"{url}: load time not measured (target ≤ {limit['ratio']:g}× the floor)")
        if row.get("server_ms") is None:
            gaps.append(f"{url}: server script time not measured (target ≤ {TARGETS['server_script_ms']} ms)")
        change = row.get("province_change")
        for kind, what in (("first", "first visit"), ("warm", "warm")):
            if change is not None and change.get(f"{kind}_ms") is None:
                gaps.append(
                    f"{url}: province change, {what}, not measured (target ≤ {TARGETS[f'province_change_{kind}_ms']} "
                    "ms)" + (f": {change['error']}" if change.get("error") else "")
                )
        if limit["idle"] is not None and (row.get("idle") or {}).get("cpu_s_per_s") is None:
            gaps.append(f"{url}: idle CPU not measured (target ≤ {limit['idle']:g} CPU-s/s)")
    return gaps


# Sections of results.md that other runs write (tests/browser/test_failover.py's numbers, bench/brief_pdf.py's): kept
# when it is re-written.
KEPT_SECTIONS = ("## Failover", "## Brief PDF")


def with_kept_sections(text: str, path: Path) -> str:
    """``text`` followed by the KEPT_SECTIONS of the results.md at ``path``, if it has any."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    kept = [chunk.rstrip("\n") for chunk in re.split(r"(?m)^(?=## )", old) if chunk.startswith(KEPT_SECTIONS)]
    return "\n\n".join([text.rstrip("\n"), *kept]) + "\n"


def markdown(results: dict) -> str:
    m, floor = results["machine"], results["floor"]
    ok = lambda good: "✅" if good else "❌"  # noqa: E731

    def le(value: float | None, target: float, extra: str = "", own: bool = False, digits: int | None = None) -> str:
        """``value`` judged against ``target`` (and the limit itself with ``own``, for targets that differ by page)."""
        if value is None:
            return "⚠️ not measured"
        text = f"{value:.{digits}f}" if digits is not None else f"{value}"
        return f"{text}{extra} {ok(value <= target)}" + (f" (≤ {target:g})" if own else "")

    lines = [
        "# Benchmark results",
        "",
        f"Run {results['finished']} (UTC) in {results['duration_s']:.0f} s with `{results['command']}`"
        + (
            " — **provisional** (machine shared with other work; see load average)"
            if results.get("provisional")
            else ""
        )
        + ".",
        "",
        f"Machine: {m['nproc']} CPUs ({m.get('cpu_model')}), {m.get('memory_gb')} GB RAM, {m.get('os')}, kernel "
        f"{m.get('kernel')}; "
        f"load average at start {', '.join(f'{v:.2f}' for v in m['loadavg_start'])}, "
        f"at end {', '.join(f'{v:.2f}' for v in m['loadavg_end'])}. "
        f"Python {m['python']}, Streamlit {m['streamlit']}, pandas {m['pandas']}, Altair {m['altair']}, pydeck "
        f"{m['pydeck']}, "
        f"Playwright {m['playwright']}, Chromium {results.get('chromium')}; "
        f"commit {m.get('git_commit')}{' + local changes' if m.get('git_dirty') else ''}.",
        "",
        f"Floor (one-line Streamlit page, served the same way): **{floor['ms']} ms** to rendered "
        f"(median of {len(floor['samples_ms'])} cold loads), {floor['bytes'] / MB:.2f} MB cold / "
        f"{floor['warm_bytes'] / 1024:.0f} KB warm"
        + (
            f"; left alone, Chromium uses {floor['idle']['cpu_s_per_s']:.3f} CPU-s/s on it"
            if (floor.get("idle") or {}).get("cpu_s_per_s") is not None
            else ""
        )
        + ".",
        "",
        f"| page | load ms (median) | × floor (≤ {TARGETS['ratio_to_floor']:g}; map ≤ "
        f"{TARGETS['ratio_to_floor_map']:g}) | server script ms, first run (≤ {TARGETS['server_script_ms']}): "
        "server alone · with the browser drawing "
        f"| province change, first visit, server ms (≤ {TARGETS['province_change_first_ms']}): alone · with browser "
        f"| province change, warm, server ms (≤ {TARGETS['province_change_warm_ms']}): alone · with browser "
        f"| MB cold (≤ {TARGETS['page_mb']:g}; map ≤ {TARGETS['page_mb_map']:g}) | MB above floor | KB warm "
        f"| idle CPU-s/s (map ≤ {TARGETS['idle_cpu_s_per_s_map']:g}) | errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def server_text(figure: dict, target: float) -> str:
        """The judged figure (max in brackets), then the browser-side median where the judged one is the server's
        alone."""
        text = le(figure["value"], target, f" (max {figure['max']})" if figure["max"] is not None else "")
        return text + (f" · {figure['browser']}" if figure["alone"] else "")

    for row in results["pages"].values():
        limit = limits(row)
        server = server_times(row)
        first_run_text = server_text(server["first_run"], TARGETS["server_script_ms"])
        if not row.get("province_change"):
            first_text = warm_text = "n/a (no selector)"
        else:
            first_text, warm_text = (
                server_text(server[kind], TARGETS[f"province_change_{kind}_ms"]) for kind in ("first", "warm")
            )
        idle = (row.get("idle") or {}).get("cpu_s_per_s")
        if idle is None:
            idle_text = "⚠️ not measured" if limit["idle"] is not None else "not measured"
        else:
            idle_text = f"{idle:.3f}" + (f" {ok(idle <= limit['idle'])}" if limit["idle"] is not None else "")
        lines.append(
            f"| `{row['url']}` | {row['ms']} | {le(row['ratio'], limit['ratio'], own=True)} "
            f"| {first_run_text} | {first_text} | {warm_text} "
            f"| {le(row['bytes'] / MB, limit['mb'], own=True, digits=2)} "
            f"| {(row['bytes'] - floor['bytes']) / MB:.2f} "
            f"| {row['warm_bytes'] / 1024:.0f} | {idle_text} | {len(row['errors'])} |"
        )
    memory = results["memory"]
    lines += [
        "",
        f"Server memory (RSS of the server process and its children): {memory['rss_server_start_mb']} MB at start, "
        f"{memory['rss_idle_mb']} MB idle after every page was opened once, **{memory['rss_with_sessions_mb']} MB with "
        f"{memory['sessions']} sessions open** {ok(memory['rss_with_sessions_mb'] <= TARGETS['rss_20_sessions_mb'])} "
        f"(target ≤ {TARGETS['rss_20_sessions_mb']} MB with 20), "
        f"{memory['rss_after_close_mb']} MB after they closed.",
    ]
    load = results.get("load")
    if load:
        lines += [
            "",
            f"Load run: {load['sessions']} browser sessions open at once ({load.get('browsers', 1)} Chromium "
            "processes, one context per session, "
            f"at most {load['concurrency']} navigating at a time), each opening all {len(load['paths'])} pages"
            + (
                f" (run separately with `python -m bench.load`, on commit {load.get('git_commit', '?')})"
                if load.get("run_separately")
                else ""
            )
            + ": "
            f"{load['page_loads']} page loads in {load['duration_s']:.0f} s, **{len(load['errors'])} errors** "
            f"{ok(not load['errors'] and load['completed'])}, "
            f"page time p50 {load['p50_ms']} ms, p95 {load['p95_ms']} ms, max {load['max_ms']} ms; peak server RSS "
            f"{load.get('rss_peak_mb')} MB"
            + ("" if load["completed"] else f"; **stopped by the {load['time_limit_s']} s limit**")
            + ".",
        ]
        if load["errors"]:
            lines += ["", "Load-run errors (first 10):", *[f"- {e}" for e in load["errors"][:10]]]
    misses, gaps = verdicts(results), not_measured(results)
    lines += ["", "## Targets", ""] + (
        [f"- ❌ {miss}" for miss in misses] + [f"- ⚠️ {gap}" for gap in gaps] or ["- ✅ every target met"]
    )
    errors = {row["url"]: row["errors"] for row in results["pages"].values() if row["errors"]}
    if errors:
        lines += ["", "Errors seen during page loads:"] + [
            f"- `{url}`: {'; '.join(e[:200] for e in errs[:5])}" for url, errs in errors.items()
        ]
    lines += [
        "",
        "Method: `bench/run.py` (timing = navigation start → Streamlit idle, no skeleton, every chart drawn and "
        "every map's first "
        "WebGL frame rendered, stable for 0.5 s; "
        "bytes = every byte both ways through a TCP relay in front of the server (HTTP after gzip, WebSocket frames "
        "after "
        "compression), first visit with an empty cache; server script time = rerun request → "
        "script-finished message, judged on the server alone (`bench/server_alone.py`: a WebSocket client that asks "
        "for runs as the browser does and draws nothing, so the server does not wait for the CPU behind Chromium on "
        "the same two cores; a visitor's browser runs on the visitor's machine): a page's first run in new sessions "
        "(caches warm, median of the same number of samples as the loads), then each province in one session (its "
        "first visit there; the warm-up built what it needs at start) and each again (warm); beside it, "
        "'with the browser drawing': the same spans from DevTools WebSocket frame timestamps of the browser runs "
        "(first run of each load; province changes picked in the sidebar, a first visit when this server had not "
        "yet shown that province on that page in the run); medians, max in brackets; idle = CPU time "
        "(utime + stime, /proc) of the Chromium browser process and all its descendants over "
        f"{results.get('idle_window_s', IDLE_WINDOW_S):g} s, "
        f"{IDLE_SETTLE_S} s after the page was drawn, with only that page open; pages with a map: "
        f"{', '.join(f'/{name}' for name in sorted(MAP_PAGES))}). Raw numbers: `bench/results.json`.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 2 loads, 2 changes, 5 sessions, 5-session load run"
    )
    parser.add_argument("--loads", type=int, default=5, help="cold loads per page (median); default 5")
    parser.add_argument(
        "--changes",
        type=int,
        default=5,
        help="province changes per page of each kind, first visit and warm (medians); default 5",
    )
    parser.add_argument("--sessions", type=int, default=20, help="open sessions for the memory figure; default 20")
    parser.add_argument("--load-sessions", type=int, default=50, help="browser sessions in the load run; default 50")
    parser.add_argument(
        "--load-concurrency", type=int, default=4, help="load run: sessions navigating at the same moment; default 4"
    )
    parser.add_argument(
        "--load-limit", type=int, default=2700, help="load run hard time limit in seconds; default 2700"
    )
    parser.add_argument(
        "--idle-seconds",
        type=float,
        default=IDLE_WINDOW_S,
        help=f"idle-cost window per page, after {IDLE_SETTLE_S} s to settle; default {IDLE_WINDOW_S}",
    )
    parser.add_argument("--no-load", action="store_true", help="skip the load run")
    parser.add_argument(
        "--load-from", help="with a load run made separately (python -m bench.load --json FILE): include its JSON"
    )
    parser.add_argument("--pages", nargs="*", help="only these pages (overview, vision, budget, ...)")
    parser.add_argument("--out", default=str(BENCH), help="folder for results.md/results.json; default bench/")
    parser.add_argument("--provisional", action="store_true", help="mark the results as provisional (shared machine)")
    parser.add_argument(
        "--render",
        action="store_true",
        help="only re-write results.md from results.json (with --load-from: attach that load run)",
    )
    args = parser.parse_args(argv)
    if args.render:
        out = Path(args.out)
        results = json.loads((out / "results.json").read_text(encoding="utf-8"))
        if args.load_from:
            results["load"] = {**json.loads(Path(args.load_from).read_text(encoding="utf-8")), "run_separately": True}
        results["targets"] = TARGETS
        results["misses"] = verdicts(results)
        (out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
        (out / "results.md").write_text(with_kept_sections(markdown(results), out / "results.md"), encoding="utf-8")
        print(markdown(results))
        return 0
    if args.quick:
        args.loads, args.changes, args.sessions, args.load_sessions = 2, 2, 5, 5
    started = time.time()
    # Whole-run watchdog: the bench always stops by itself.
    limit = 3600 + args.load_limit
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # unwind: servers and Chromium are stopped

    def stop() -> None:
        log(f"hard limit {limit}s reached: stopping")
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(60)
        os._exit(3)

    watchdog = threading.Timer(limit, stop)
    watchdog.daemon = True
    watchdog.start()
    results = {
        "machine": machine(),
        "targets": TARGETS,
        "map_pages": sorted(MAP_PAGES),
        "idle_window_s": args.idle_seconds,
        "command": "python -m bench " + " ".join(argv if argv is not None else sys.argv[1:]),
        "chromium_args": CHROMIUM_ARGS,
        "provisional": args.provisional,
    }
    results.update(bench_pages(args))
    results["machine"]["loadavg_end"] = list(os.getloadavg())
    results["duration_s"] = round(time.time() - started, 1)
    results["finished"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
    results["misses"] = verdicts(results)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "results.md").write_text(with_kept_sections(markdown(results), out / "results.md"), encoding="utf-8")
    watchdog.cancel()
    log(f"done in {results['duration_s']:.0f} s: {out / 'results.md'}")
    print(markdown(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
