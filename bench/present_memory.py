"""Memory over a simulated day of /present rotation: server RSS and browser JS heap.

What it does
    Starts the app (``tests/browser/harness.serve_app``), opens
    ``/present?interval=5&province=KR-41`` in headless Debian Chromium (requests
    to other hosts blocked, as at the Expo) and rotates the slides much faster
    than real time: it presses "next" and waits until the slide counter changed
    (the fragment reran and the new slide is on screen), over and over. The
    5-second auto-advance keeps running meanwhile. Every ``--sample-every``
    slide changes it records
      * the server's resident memory (VmRSS from /proc/<pid>/status; psutil is not installed),
      * the page's JS heap after a forced garbage collection (CDP HeapProfiler.collectGarbage,
        then Performance.getMetrics JSHeapUsedSize), and the DOM node count.
    720 slide changes = one hour at the 5-second minimum interval.

Result
    bench/out/present_memory.json (every sample) and bench/out/present_memory.md
    (summary). Growth = median of the last 3 samples vs. median of the first 3
    samples after warm-up (``--warmup`` changes, default 240: past the server's own start-up warm-up,
    about 50 s, which fills its caches during the first minute).
    Target: ≤ 10 % for both server RSS and JS heap.

Run (from the repository root; takes ~5–10 minutes on 2 cores)
    .venv/bin/python bench/present_memory.py                    # 720 changes (1 h at 5 s)
    .venv/bin/python bench/present_memory.py --changes 2160     # 3 h equivalent
    .venv/bin/python bench/present_memory.py --changes 120 --warmup 24 --sample-every 12   # quick smoke run
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devtools.browser import launch_chromium, serve_app, wait_for_app_run, watch  # noqa: E402

OUT = ROOT / "bench" / "out"
COUNTER_JS = (
    "() => { const c = document.querySelector('.st-key-present_counter'); return c ? c.innerText.trim() : ''; }"
)


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def growth(values: list[float], warm_index: int) -> dict:
    after = values[warm_index:]
    if len(after) < 4:
        return {"baseline": None, "final": None, "growth_pct": None}
    baseline = statistics.median(after[:3])
    final = statistics.median(after[-3:])
    return {"baseline": baseline, "final": final, "growth_pct": round((final - baseline) / baseline * 100, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--changes", type=int, default=720, help="slide changes to simulate (720 = 1 h at 5 s)")
    parser.add_argument("--warmup", type=int, default=240, help="changes before the baseline is taken")
    parser.add_argument("--sample-every", type=int, default=30)
    parser.add_argument("--max-minutes", type=float, default=20.0, help="stop early after this long (reported)")
    parser.add_argument("--url", default="/present?interval=5&province=KR-41&lang=ko")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    samples: list[dict] = []
    started = time.monotonic()
    with serve_app() as (base, process), sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1920, "height": 1080})
        seen = watch(page)
        cdp = page.context.new_cdp_session(page)
        cdp.send("Performance.enable")
        page.goto(base + args.url)
        wait_for_app_run(page, timeout_ms=90000)

        def sample(changes: int) -> None:
            cdp.send("HeapProfiler.collectGarbage")
            metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
            row = {
                "changes": changes,
                "seconds": round(time.monotonic() - started, 1),
                "server_rss_kib": rss_kib(process.pid),
                "js_heap_used_bytes": int(metrics["JSHeapUsedSize"]),
                "dom_nodes": int(metrics["Nodes"]),
                "counter": page.evaluate(COUNTER_JS),
            }
            samples.append(row)
            print(json.dumps(row), flush=True)

        sample(0)
        changes = stalls = attempts = 0
        page.locator("h1").filter(visible=True).first.click()  # focus the page so the keyboard shortcuts reach it
        nxt = page.locator(".st-key-present_next button")
        while changes < args.changes and time.monotonic() - started < args.max_minutes * 60:
            before = page.evaluate(COUNTER_JS)
            attempts += 1
            if attempts % 2:  # alternate the keyboard shortcut (→) and a click on "next": both are what presenters use
                page.keyboard.press("ArrowRight")
            else:
                try:
                    nxt.first.click(timeout=20000)
                except Exception:  # noqa: BLE001 - counted as a stall
                    stalls += 1
                    continue
            try:
                page.wait_for_function(f"() => ({COUNTER_JS})() !== {json.dumps(before)}", timeout=20000, polling=50)
            except Exception:  # noqa: BLE001 - a stall is counted and reported, the run goes on
                stalls += 1
                continue
            changes += 1
            if changes % args.sample_every == 0:
                page.wait_for_timeout(300)
                sample(changes)
        elapsed = time.monotonic() - started
        problems = seen.problems()
        browser.close()

    warm_index = next((i for i, row in enumerate(samples) if row["changes"] >= args.warmup), len(samples))
    result = {
        "url": args.url,
        "changes": changes,
        "stalls": stalls,
        "elapsed_s": round(elapsed, 1),
        "equivalent_hours_at_5s": round(changes * 5 / 3600, 2),
        "warmup_changes": args.warmup,
        "server_rss": growth([row["server_rss_kib"] for row in samples], warm_index),
        "js_heap": growth([row["js_heap_used_bytes"] for row in samples], warm_index),
        "dom_nodes": growth([row["dom_nodes"] for row in samples], warm_index),
        "browser_problems": problems,
        "samples": samples,
    }
    (OUT / "present_memory.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    ok = all(
        result[key]["growth_pct"] is not None and result[key]["growth_pct"] <= 10 for key in ("server_rss", "js_heap")
    )
    lines = [
        "# /present memory over simulated rotation",
        "",
        f"- URL: `{args.url}`; {changes} slide changes ({result['equivalent_hours_at_5s']} h at the 5 s minimum "
        "interval) "
        f"in {elapsed / 60:.1f} min; stalls: {stalls}; browser problems: {len(problems)}",
        "- Method: press “next” and wait for the counter to change (auto-advance at 5 s runs too); sample every "
        f"{args.sample_every} "
        "changes: server VmRSS (/proc), JS heap after CDP forced GC (Performance.getMetrics JSHeapUsedSize), DOM "
        "nodes.",
        f"- Growth = median of last 3 samples vs median of first 3 samples after {args.warmup} warm-up changes.",
        "",
        "| measure | baseline | final | growth |",
        "|---|---|---|---|",
    ]
    for key, unit, scale in (
        ("server_rss", "MiB", 1 / 1024),
        ("js_heap", "MiB", 1 / 1024 / 1024),
        ("dom_nodes", "nodes", 1),
    ):
        g = result[key]
        if g["baseline"] is None:
            lines.append(f"| {key} | – | – | – |")
        else:
            lines.append(
                f"| {key} | {g['baseline'] * scale:,.1f} {unit} | {g['final'] * scale:,.1f} {unit} | "
                f"{g['growth_pct']:+.2f}% |"
            )
    lines += ["", f"Target ≤ 10 % growth after warm-up: **{'met' if ok else 'NOT met'}**."]
    (OUT / "present_memory.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
