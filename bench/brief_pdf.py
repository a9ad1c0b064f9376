"""Time to generate a province brief's PDF on the server, warm (issue 19: target ≤ 2 s).

What it does
    For each of the 17 provinces in both languages, builds the brief with the page's own code
    (``components.sections.brief.brief_of``: the cached loaders, outside a Streamlit run) and its PDF
    (``brief_pdf_bytes``: what the download button calls). The first round is cold (data loaded, chart
    specs built, charts converted by vl-convert, fonts converted); then ``--repeat`` warm rounds, each
    timing the click (PDF from the brief the page already has) and brief + PDF together.

Result
    Median, p95 and max per measure, printed; with ``--write`` also the "## Brief PDF" section of
    bench/results.md (other sections are left as they are).

Run (from the repository root; about a minute)
    .venv/bin/python bench/brief_pdf.py --write
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from components.sections.brief import brief_of, brief_pdf_bytes  # noqa: E402
from data.loaders import load_provinces  # noqa: E402

TARGET_S = 2.0
SECTION = "## Brief PDF"


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(repeat: int) -> dict[str, list[float]]:
    provinces = load_provinces()
    names = {row.iso_code: {"ko": row.name_ko, "en": row.name_en} for row in provinces.itertuples(index=False)}
    times: dict[str, list[float]] = {"cold": [], "pdf": [], "brief_and_pdf": []}
    for rounds in range(repeat + 1):
        for code in names:
            for lang in ("ko", "en"):
                url = f"http://localhost:8501/brief?province={code}&lang={lang}"
                start = time.perf_counter()
                brief = brief_of(code, lang, names)
                built = time.perf_counter()
                brief_pdf_bytes(brief, url)
                done = time.perf_counter()
                if rounds == 0:
                    times["cold"].append(done - start)
                else:
                    times["pdf"].append(done - built)
                    times["brief_and_pdf"].append(done - start)
    return times


def summary(times: dict[str, list[float]], repeat: int) -> str:
    def row(label: str, values: list[float], judged: bool) -> str:
        worst = max(values)
        verdict = (" ✅" if worst <= TARGET_S else " ❌") if judged else ""
        return (
            f"| {label} | {len(values)} | {statistics.median(values):.2f} | {_percentile(values, 0.95):.2f} | "
            f"{worst:.2f}{verdict} |"
        )

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    return "\n".join(
        [
            SECTION,
            "",
            f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} (UTC) with `python bench/brief_pdf.py --repeat {repeat}` "
            f"on {os.cpu_count()} CPUs, Python {platform.python_version()}, commit {commit.strip() or '?'} "
            f"(load average at end {load}). Target: a brief's PDF in ≤ {TARGET_S:.0f} s server-side, warm.",
            "",
            "| measure (17 provinces × 2 languages) | runs | median s | p95 s | max s |",
            "|---|---:|---:|---:|---:|",
            row("PDF, warm (the download click: layout, fonts, cached chart images)", times["pdf"], True),
            row("brief + PDF, warm (figures assembled again from the cached loaders)", times["brief_and_pdf"], True),
            row("brief + PDF, cold (first of each: data, chart specs, vl-convert)", times["cold"], False),
        ]
    )


def write_section(text: str, path: Path) -> None:
    """Replace (or append) the "## Brief PDF" section of results.md, leaving the others as they are."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    chunks = [chunk.rstrip("\n") for chunk in re.split(r"(?m)^(?=## )", old) if chunk.strip()]
    kept = [chunk for chunk in chunks if not chunk.startswith(SECTION)]
    path.write_text("\n\n".join([*kept, text]) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="warm rounds over all 34 briefs (default 3)")
    parser.add_argument("--write", action="store_true", help="update the section in bench/results.md")
    args = parser.parse_args(argv)
    for name in ("streamlit", "streamlit.runtime.caching.cache_data_api"):  # "no runtime" notices of the loaders
        logging.getLogger(name).setLevel(logging.ERROR)
    text = summary(measure(args.repeat), args.repeat)
    print(text)
    if args.write:
        write_section(text, ROOT / "bench" / "results.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
