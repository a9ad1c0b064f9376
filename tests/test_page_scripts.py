"""server/asgi.py: what goes into each HTML page (reconnect.js everywhere, the kiosk only on /present), and the
instance header on the health answer. Plain ASGI calls against a stand-in for Streamlit; the browser tests
(test_failover.py, test_kiosk.py) show the scripts at work.
"""

from __future__ import annotations

import json
import re

import pytest

from components.strings import t
from server import asgi
from tests.asgi_helpers import asgi_request

PAGE = b"<!DOCTYPE html><html><head><title>Streamlit</title></head><body></body></html>"


def streamlit_stand_in(seen: list[dict]):
    async def app(scope, receive, send) -> None:
        seen.append(scope)
        if scope["path"].endswith("/_stcore/health"):
            headers, body = [(b"content-type", b"text/plain")], b"ok"
        elif scope["path"].startswith("/static/"):
            headers, body = [(b"content-type", b"application/javascript")], b"console.log(1)"
        else:
            headers = [(b"content-type", b"text/html"), (b"etag", b'"abc"'), (b"content-length", b"80")]
            body = PAGE
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


def call(path: str, headers: list[tuple[bytes, bytes]] | None = None) -> tuple[dict, bytes, list[dict]]:
    seen: list[dict] = []
    app = asgi.InstanceHeader(asgi.PageScripts(streamlit_stand_in(seen)))
    _status, response_headers, body = asgi_request(app, path, headers=headers)
    return response_headers, body, seen


@pytest.mark.parametrize("path", ["/", "/budget", "/map?lang=en", "/sources"])
def test_every_page_gets_the_base_url_hint_and_reconnect_script_but_not_the_kiosk(path):
    headers, body, _ = call(path)
    head = body.split(b"<title>")[0]
    assert asgi.HINT in head and b"__bndStream" in head
    assert b"__bndKioskText" not in body and b"bnd-kiosk-card" not in body
    assert int(headers["content-length"]) == len(body)


@pytest.mark.parametrize("path", ["/present", "/present/", "/present?lang=en&interval=5"])
def test_present_gets_the_kiosk_watchdog_with_its_text_from_the_catalogue(path):
    _, body, _ = call(path)
    head = body.split(b"<title>")[0].decode()
    text = json.loads(re.search(r"window\.__bndKioskText=(\{.*?\});</script>", head).group(1))
    for lang in ("ko", "en"):
        assert text[lang]["title"] == t("kiosk_reconnecting_title", lang)
        assert text[lang]["body"] == t("kiosk_reconnecting_body", lang)
        assert text[lang]["brand"] == t("app_title", lang)
    assert head.index("__bndStream") < head.index("__bndKioskText") < head.index("bnd-kiosk-card")


def test_pages_are_always_sent_whole_because_they_differ_from_streamlits_file():
    headers, body, seen = call("/budget", [(b"if-none-match", b'"abc"'), (b"accept-encoding", b"gzip")])
    request_headers = dict(seen[0]["headers"])
    assert b"if-none-match" not in request_headers and b"accept-encoding" not in request_headers
    assert "etag" not in headers and body.startswith(b"<!DOCTYPE html>")


def test_health_answers_name_this_process_and_other_responses_are_untouched():
    headers, body, _ = call("/_stcore/health")
    assert body == b"ok" and headers["x-bnd-instance"] == asgi.INSTANCE and len(asgi.INSTANCE) == 32
    headers, body, seen = call("/static/js/index.js", [(b"accept-encoding", b"gzip")])
    assert body == b"console.log(1)" and "x-bnd-instance" not in headers
    assert dict(seen[0]["headers"])[b"accept-encoding"] == b"gzip"


def test_the_inlined_scripts_are_plain_ascii_and_cannot_close_their_script_tag():
    for name in ("reconnect.js", "kiosk.js"):
        source = (asgi.JS / name).read_text(encoding="utf-8")
        assert source.isascii(), name
        assert "</script" not in source.lower(), name
        assert "console.error" not in source, f"{name}: a healthy page has a clean console"
    with pytest.raises(ValueError):
        asgi.inline_script("a</script><script>b")
