"""The server's warm-up (server/warm_up.py): every page × province × language, run the way a browser runs it."""

from __future__ import annotations

from urllib.parse import parse_qs

from components.registry import PAGES
from data.datasets import read_dataset
from server.warm_up import warm_up, warm_up_queries


def test_the_warm_up_covers_every_page_province_and_language():
    queries = list(warm_up_queries())
    codes = list(read_dataset("provinces")["iso_code"])
    assert len(codes) == 17
    # /present once more per slide not first on screen: 4 more slides without a province, 5 with one (spotlight)
    assert len(queries) == len(PAGES) * (17 + 1) * 2 + (4 + 17 * 5) * 2 == 466
    seen = {(page, parse_qs(query).get("province", [""])[0], parse_qs(query)["lang"][0]) for page, query in queries}
    assert seen == {(p.url_path, code, lang) for p in PAGES for code in ["", *codes] for lang in ("ko", "en")}
    naju_ko = [parse_qs(q) for page, q in queries if page == "present" and parse_qs(q).get("province") == ["KR-46"]]
    assert sorted(q.get("slide", ["1"])[0] for q in naju_ko if q["lang"] == ["ko"]) == ["1", "2", "3", "4", "5", "6"]


def test_the_warm_up_runs_each_page_to_the_end_on_a_live_server(app_url):
    """Through the server's own WebSocket: every page, in English, for Jeollanam-do (Naju) and for Seoul."""
    host = app_url.removeprefix("http://")
    queries = [(p.url_path, f"province={code}&lang=en") for code in ("KR-46", "KR-11") for p in PAGES]
    assert warm_up(host, queries) == {"runs": 16, "failed": 0}
    # A page that does not exist is not a clean run: the check can fail.
    assert warm_up(host, [("no-such-page", "lang=en")]) == {"runs": 1, "failed": 1}
