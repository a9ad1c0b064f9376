"""Server script time with nobody else on the machine's cores: a WebSocket client that does not draw.

The browser-side figures (``bench/measure.py``) time a run from the browser's rerun request to the server's
"script finished", while the same browser draws the page on the same two cores — so they hold the server's
run *and* its wait for CPU behind Chromium's renderer and software-GL process. A visitor's browser runs on the
visitor's machine. This client asks the server for runs as the browser does (``rerun_script`` BackMsgs on the
server's own WebSocket, ``server.warm_up.run_once``) and renders nothing, so the time is the server's alone:
request sent → script-finished received, on loopback.

- first run in a new session: a new connection per sample, the page with no province, caches warm;
- province change: one session on the page, then each province in turn (its first visit in that session: the
  warm-up built what it needs at start), then the same provinces again (warm).
"""

from __future__ import annotations

import statistics
import time

from server.warm_up import run_once


def timed_run(connection, page: str, query: str) -> float | None:
    """Milliseconds of one run of ``page`` with ``query`` (None if it did not finish cleanly)."""
    started = time.perf_counter()
    ok = run_once(connection, page, query)
    return round((time.perf_counter() - started) * 1000, 1) if ok else None


def _summary(samples: list[float | None]) -> tuple[float | None, float | None]:
    done = [s for s in samples if s is not None]
    return (round(statistics.median(done), 1), max(done)) if done else (None, None)


def server_alone(base: str, url_path: str, provinces: list[str] | None, first_runs: int = 5) -> dict:
    """The page's first-run time in new sessions and, with ``provinces``, its province changes (first and warm)."""
    from websockets.sync.client import connect

    address = f"ws://{base.removeprefix('http://')}/_stcore/stream"

    def session():
        return connect(address, subprotocols=["streamlit"], max_size=None)

    firsts = []
    for _ in range(first_runs):
        with session() as connection:
            firsts.append(timed_run(connection, url_path, "lang=ko"))
    result: dict = {"first_run_samples": firsts, "failed": firsts.count(None)}
    result["first_run_ms"], result["first_run_max"] = _summary(firsts)
    if provinces:
        with session() as connection:
            timed_run(connection, url_path, "lang=ko")
            for kind in ("first", "warm"):
                samples = [timed_run(connection, url_path, f"province={code}&lang=ko") for code in provinces]
                result[f"change_{kind}_samples"] = samples
                result["failed"] += samples.count(None)
                result[f"change_{kind}_ms"], result[f"change_{kind}_max"] = _summary(samples)
    return result
