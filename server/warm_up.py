"""Warm-up: the server asks itself for every page × province × language once, in the background, at start.

The app caches what a selection needs (chart specs, map decks, derived tables: ``cached_chart``,
``cached_build``, the ``shared_cache`` loaders) the first time the selection is shown, so without this the
first visitor to a province paid 0.3–1 s for building it (issue 15). Rather than a second list of what each
page builds, a client opens one session on the server's own WebSocket, as a browser does, and runs each page
with each province in both languages: the caches are filled by exactly the code a visitor runs. One run at a
time, after the server answers its health check, so a visitor's first page is never queued behind it.

Off with ``BND_WARM_UP=0`` (the test suite's servers, which start many times and do not need it).
"""

from __future__ import annotations

import gc
import logging
import os
import threading
import time
import urllib.request
from collections.abc import Iterable, Iterator

from streamlit import config
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from components.registry import PAGES
from components.strings import LANGS
from components.views.present import slide_ids
from data.datasets import read_dataset

LOG = logging.getLogger("bnd.warm_up")
LOG.setLevel(logging.INFO)  # its one line of progress belongs in the server log
if not LOG.handlers:
    LOG.addHandler(logging.StreamHandler())
ENV = "BND_WARM_UP"
RUN_TIMEOUT_S = 120
PRESENT_PATH = "present"


def enabled() -> bool:
    return os.environ.get(ENV, "1") != "0"


def warm_up_queries() -> Iterator[tuple[str, str]]:
    """(page URL path, query string) for every page, with no province and each province, in each language.

    /present's first run builds only the slide on screen (its other slides follow on the loop's first tick, which
    only a browser's timer sends), so it is also run starting at each of its other slides.
    """
    codes = [None, *read_dataset("provinces")["iso_code"]]
    for lang in LANGS:
        for code in codes:
            query = f"province={code}&lang={lang}" if code else f"lang={lang}"
            for page in PAGES:
                yield page.url_path, query
                if page.url_path == PRESENT_PATH:
                    for slide in range(2, len(slide_ids(code)) + 1):
                        yield page.url_path, f"{query}&slide={slide}"


def _base_url() -> str:
    address = config.get_option("server.address") or "127.0.0.1"
    host = "127.0.0.1" if address in ("0.0.0.0", "::", "") else address  # noqa: S104 - a listen address, not a bind
    return f"{host}:{config.get_option('server.port')}"


def _wait_until_healthy(base: str, timeout_s: float = 120) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://{base}/_stcore/health", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


def run_once(connection, page: str, query: str) -> bool:
    """One script run of ``page`` with ``query``; False if the page was not found, showed an exception or did not
    finish."""
    message = BackMsg()
    message.rerun_script.query_string = query
    message.rerun_script.page_name = page
    connection.send(message.SerializeToString())
    failed = False
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while time.monotonic() < deadline:
        reply = ForwardMsg()
        reply.ParseFromString(connection.recv(timeout=RUN_TIMEOUT_S))
        kind = reply.WhichOneof("type")
        if kind == "delta" and reply.delta.WhichOneof("type") == "new_element":
            failed |= reply.delta.new_element.WhichOneof("type") == "exception"
        elif kind == "page_not_found":
            failed = True
        elif kind == "script_finished":
            status = ForwardMsg.ScriptFinishedStatus.Name(reply.script_finished)
            if status != "FINISHED_EARLY_FOR_RERUN":
                return not failed and status == "FINISHED_SUCCESSFULLY"
    return False


def warm_up(base: str | None = None, queries: Iterable[tuple[str, str]] | None = None) -> dict[str, int]:
    """Run each (page, query) once against the server at ``base`` (host:port; default: this server), one at a
    time (default: ``warm_up_queries()``); how many runs there were and how many failed."""
    from websockets.sync.client import connect

    base = base or _base_url()
    counts = {"runs": 0, "failed": 0}
    if not _wait_until_healthy(base):
        LOG.warning("warm-up skipped: the server did not answer at %s", base)
        return counts
    started = time.monotonic()
    with connect(f"ws://{base}/_stcore/stream", subprotocols=["streamlit"], max_size=None) as connection:
        for page, query in warm_up_queries() if queries is None else queries:
            ok = run_once(connection, page, query)
            counts["runs"] += 1
            counts["failed"] += not ok
            if not ok:
                LOG.warning("warm-up: /%s?%s did not finish cleanly", page, query)
    LOG.info(
        "warm-up done: %d page runs in %.0f s, %d failed", counts["runs"], time.monotonic() - started, counts["failed"]
    )
    return counts


def start_warm_up() -> None:
    """Start the warm-up in a background thread (once per process), unless switched off."""
    if not enabled() or getattr(start_warm_up, "started", False):
        return
    start_warm_up.started = True

    def guarded() -> None:
        try:
            warm_up()
        except Exception:  # noqa: BLE001 - a failed warm-up only means slower first visits
            LOG.exception("warm-up stopped")
        # What the warm-up built lives as long as the server: out of the collector's way, so that its
        # collections scan only what later runs allocate.
        gc.collect()
        gc.freeze()

    threading.Thread(target=guarded, name="bnd-warm-up", daemon=True).start()
