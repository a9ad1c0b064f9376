"""The dashboard's benchmark: one command, every page, against the framework's own floor.

    .venv/bin/python -m bench            # full run (about an hour on 2 cores): pages, then the 50-session
                                         # load run (≤ 45 min)
    .venv/bin/python -m bench --quick    # smoke run: 2 loads per page, 5-session load run

It serves the app (``serve.py``) and a one-line Streamlit page (``bench/minimal_serve.py``, the
floor) side by side, drives headless Debian Chromium, and writes ``bench/results.md`` and
``bench/results.json`` with the machine it ran on. Targets (issue #8): page ≤ 2× floor,
province change ≤ 300 ms server-side, ≤ 2 MB per page, RSS ≤ 600 MB with 20 sessions,
0 errors in the load run.
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

from bench.measure import attach, tree_rss_mb  # noqa: E402
from bench.wire import wire_tap  # noqa: E402
from devtools import introspect  # noqa: E402
from devtools.browser import (  # noqa: E402
    CHROMIUM_ARGS,
    WEBGL_DRAW_MARK_JS,
    launch_chromium,
    page_has_exception,
    serve_app,
    wait_until_drawn,
)

BENCH = ROOT / "bench"
TARGETS = {
    "ratio_to_floor": 2.0,
    "province_change_ms": 300,
    "page_mb": 2.0,
    "rss_20_sessions_mb": 600,
    "load_errors": 0,
}
PROVINCE_SEQUENCE = ["KR-46", "KR-11", "KR-41", "KR-26", "KR-50", "KR-47", "KR-43"]
MB = 1024 * 1024
LOAD_TIMEOUT_MS = 120_000


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


def province_changes(browser, url: str, changes: int) -> dict | None:
    """Change the sidebar province ``changes`` times; server-side script time of each rerun."""
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
        server, client = [], []
        codes = introspect_province_order()
        for index in range(changes + 1):  # the first change warms the caches for that province; not counted
            traffic.reset()
            select.click()
            option = page.get_by_role("option").nth(codes[index % len(codes)])
            started = page.evaluate("() => performance.now()")
            option.click()
            page.wait_for_timeout(100)
            done = wait_until_drawn(page, timeout_ms=LOAD_TIMEOUT_MS)
            runs = traffic.script_runs()
            if index > 0 and runs:
                server.append(max(runs))
                client.append(done - started)
        return {
            "server_ms": median(server),
            "server_ms_max": round(max(server), 1) if server else None,
            "client_ms": median(client),
            "samples": [round(v, 1) for v in server],
        }
    except Exception as error:  # noqa: BLE001
        return {
            "server_ms": None,
            "server_ms_max": None,
            "client_ms": None,
            "samples": [],
            "error": str(error).splitlines()[0][:160],
        }
    finally:
        context.close()


def introspect_province_order() -> list[int]:
    """Option positions (0 = whole country) of PROVINCE_SEQUENCE in the sidebar, from provinces.csv order."""
    import csv

    with (ROOT / "data" / "provinces.csv").open(encoding="utf-8-sig") as handle:
        codes = [row["iso_code"] for row in csv.DictReader(handle)]
    return [codes.index(code) + 1 for code in PROVINCE_SEQUENCE if code in codes]


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
        serve_app("bench/minimal_serve.py") as (floor_server, _),
        serve_app("serve.py") as (base, process),
        wire_tap(floor_server) as (floor_base, floor_tap),
        wire_tap(base) as (tapped_base, tap),
    ):
        results["server_pid_rss_start_mb"] = tree_rss_mb(process.pid)
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            results["chromium"] = browser.version
            log("warm-up: every page once (first run imports and fills the caches; not counted)")
            one_load(browser, f"{floor_base}/", floor_tap, warm=False)
            for info in page_list:
                one_load(browser, f"{tapped_base}/{info.url_path}", tap, warm=False)
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
                    browser, f"{base}/{info.url_path}", args.changes
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


def verdicts(results: dict) -> list[str]:
    misses = []
    for row in results["pages"].values():
        if row["ratio"] is not None and row["ratio"] > TARGETS["ratio_to_floor"]:
            misses.append(
                f"/{row['url'].strip('/')}: {row['ratio']}× the floor (target ≤ {TARGETS['ratio_to_floor']}×)"
            )
        change = row.get("province_change") or {}
        if change.get("server_ms") is not None and change["server_ms"] > TARGETS["province_change_ms"]:
            misses.append(f"{row['url']}: province change {change['server_ms']} ms server-side (target ≤ 300 ms)")
        if row["bytes"] > TARGETS["page_mb"] * MB:
            misses.append(f"{row['url']}: {row['bytes'] / MB:.2f} MB (target ≤ 2 MB)")
        if row["errors"]:
            misses.append(f"{row['url']}: {len(row['errors'])} console/network error(s)")
    memory = results.get("memory", {})
    if memory.get("rss_with_sessions_mb", 0) > TARGETS["rss_20_sessions_mb"]:
        misses.append(
            f"server RSS {memory['rss_with_sessions_mb']} MB with {memory['sessions']} sessions (target ≤ 600 MB)"
        )
    load = results.get("load")
    if load and (load["errors"] or not load["completed"]):
        misses.append(f"load run: {len(load['errors'])} error(s), completed={load['completed']}")
    return misses


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
    le = lambda value, target: "⚠️ not measured" if value is None else ok(value <= target)  # noqa: E731
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
        f"{floor['warm_bytes'] / 1024:.0f} KB warm.",
        "",
        "| page | load ms (median) | × floor (≤ 2) | server script ms | province change, server ms (≤ 300) | MB "
        "cold (≤ 2) | MB above floor | KB warm | errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in results["pages"].values():
        change = row.get("province_change")
        change_text = (
            "n/a (no selector)"
            if not change
            else f"{change['server_ms']} (max {change['server_ms_max']}) "
            f"{le(change['server_ms'], TARGETS['province_change_ms'])}"
        )
        lines.append(
            f"| `{row['url']}` | {row['ms']} | {row['ratio']} {le(row['ratio'], TARGETS['ratio_to_floor'])} | "
            f"{row['server_ms']} | {change_text} "
            f"| {row['bytes'] / MB:.2f} {ok(row['bytes'] <= TARGETS['page_mb'] * MB)} "
            f"| {(row['bytes'] - floor['bytes']) / MB:.2f} "
            f"| {row['warm_bytes'] / 1024:.0f} | {len(row['errors'])} |"
        )
    memory = results["memory"]
    lines += [
        "",
        f"Server memory (RSS of the server process and its children): {memory['rss_server_start_mb']} MB at start, "
        f"{memory['rss_idle_mb']} MB idle after every page was opened once, **{memory['rss_with_sessions_mb']} MB with "
        f"{memory['sessions']} sessions open** {ok(memory['rss_with_sessions_mb'] <= TARGETS['rss_20_sessions_mb'])} "
        "(target ≤ 600 MB), "
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
    misses = verdicts(results)
    lines += ["", "## Targets", ""] + ([f"- ❌ {miss}" for miss in misses] or ["- ✅ every target met"])
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
        "script-finished message, from DevTools WebSocket frame timestamps). Raw numbers: `bench/results.json`.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 2 loads, 2 changes, 5 sessions, 5-session load run"
    )
    parser.add_argument("--loads", type=int, default=5, help="cold loads per page (median); default 5")
    parser.add_argument("--changes", type=int, default=5, help="province changes per page (median); default 5")
    parser.add_argument("--sessions", type=int, default=20, help="open sessions for the memory figure; default 20")
    parser.add_argument("--load-sessions", type=int, default=50, help="browser sessions in the load run; default 50")
    parser.add_argument(
        "--load-concurrency", type=int, default=4, help="load run: sessions navigating at the same moment; default 4"
    )
    parser.add_argument(
        "--load-limit", type=int, default=2700, help="load run hard time limit in seconds; default 2700"
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
