"""Profile one page's script with pyinstrument (where a page misses a target, this says why).

    .venv/bin/pip install pyinstrument        # profiling only; not needed by the app or the bench
    .venv/bin/python -m bench.profile_page sources
    .venv/bin/python -m bench.profile_page budget --province KR-46 --lang en --html /tmp/budget.html

The page runs the way ``app.py`` would run it (language, province and province names
in session state, query params set), through AppTest. The first run fills the caches and
is not profiled; the profile is of a warm rerun, the cost a viewer pays on every click.
pyinstrument samples only the thread it starts in, so the script runner thread is
profiled by starting the profiler inside it (``sys.setprofile`` is per thread).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    from pyinstrument import Profiler
    from streamlit.runtime.scriptrunner import script_runner

    from devtools.apptest import open_page as run_page

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("page", help="overview, vision, budget, map, regions, present, sources")
    parser.add_argument("--province", default="KR-46")
    parser.add_argument("--lang", default="ko")
    parser.add_argument("--html", help="also write an HTML report here")
    parser.add_argument("--runs", type=int, default=3, help="warm reruns to time")
    args = parser.parse_args(argv)
    path = "" if args.page == "overview" else args.page
    params = {"province": args.province, "lang": args.lang}
    run_page(path, **params)  # cold: imports and caches

    profiler = Profiler(interval=0.001)
    original = script_runner.ScriptRunner._run_script

    def profiled(self, *a, **k):  # runs in the script thread
        profiler.start()
        try:
            return original(self, *a, **k)
        finally:
            profiler.stop()

    timings = []
    for _ in range(args.runs):
        started = time.perf_counter()
        run_page(path, **params)
        timings.append((time.perf_counter() - started) * 1000)
    script_runner.ScriptRunner._run_script = profiled
    try:
        run_page(path, **params)
    finally:
        script_runner.ScriptRunner._run_script = original
    print(
        f"/{path} warm AppTest runs (ms, incl. the app.py run AppTest needs before switching page): "
        + ", ".join(f"{t:.0f}" for t in timings)
    )
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    if args.html:
        Path(args.html).write_text(profiler.output_html(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
