"""ASGI middleware for ``serve.py``: gzip, and what the HTML page needs beyond Streamlit's own.

Into every page, right after ``<head>`` (before Streamlit's scripts):
- the root base URL hint (the app lives at ``/``; see serve.py),
- ``static/js/reconnect.js``: reload the page when its WebSocket comes back from another server process (a
  replica died behind the load balancer, or the server restarted), because Streamlit does not run the page
  again there. Each process names itself in the ``X-Bnd-Instance`` header of ``/_stcore/health`` for it.
- ``static/js/a11y.js``: page language, the skip link in Korean, no bare-"r" rerun, new-window notices.
And ``<html lang>`` is set from ``?lang=`` (Streamlit's shell always says ``en``).

Into ``/present`` only: the Expo kiosk watchdog (``static/js/kiosk.js``) and its text from the catalogue.
The scripts are inlined, so they run before Streamlit opens its WebSocket and cost no extra request.

Streamlit's Material Symbols icon font is answered with the app's subset of it, and its Source Sans, which the
app never draws with, with a font of no glyphs (server/icon_font.py).
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware

from components.strings import LANGS, t
from server.icon_font import IconFont

JS = Path(__file__).resolve().parents[1] / "static" / "js"
INSTANCE = uuid.uuid4().hex  # this server process; a restarted or other replica has another
INSTANCE_HEADER = b"x-bnd-instance"
KIOSK_PATH = b"/present"
KIOSK_TEXT_KEYS = {"brand": "app_title", "title": "kiosk_reconnecting_title", "body": "kiosk_reconnecting_body"}

HINT = (
    b"<script>window.__streamlit=Object.assign(window.__streamlit||{},"
    b"{BACKEND_BASE_URL:window.location.origin+'/'})</script>"
)
NOT_PAGES = (b"/_stcore", b"/static", b"/app/static", b"/media", b"/component", b"/favicon")
# Request headers dropped for pages: the inner app must send the whole page (not gzipped, not a 304), because
# the page we send differs from the file Streamlit's ETag describes.
DROPPED_REQUEST_HEADERS = {b"accept-encoding", b"if-none-match", b"if-modified-since"}
DROPPED_RESPONSE_HEADERS = {b"content-length", b"etag", b"last-modified"}


def inline_script(source: str) -> bytes:
    if "</script" in source.lower():
        raise ValueError("an inlined script must not contain '</script'")
    return b"<script>" + source.encode("utf-8") + b"</script>"


def kiosk_text() -> dict[str, dict[str, str]]:
    """The reconnecting card's text in each language, from the catalogue."""
    return {lang: {field: t(key, lang) for field, key in KIOSK_TEXT_KEYS.items()} for lang in LANGS}


# json.dumps escapes every non-ASCII character and "<" cannot occur unescaped, so this is safe inside <script>.
KIOSK_TEXT_JS = "window.__bndKioskText=" + json.dumps(kiosk_text(), ensure_ascii=True).replace("<", "\\u003c") + ";"
PAGE_SCRIPTS = (
    HINT
    + inline_script((JS / "reconnect.js").read_text(encoding="utf-8"))
    + inline_script((JS / "a11y.js").read_text(encoding="utf-8"))
    + inline_script((JS / "idle_frames.js").read_text(encoding="utf-8"))
)
KIOSK_SCRIPTS = inline_script(KIOSK_TEXT_JS) + inline_script((JS / "kiosk.js").read_text(encoding="utf-8"))


def page_lang(query_string: bytes) -> bytes:
    """The page's language from ``?lang=`` (Korean unless English is asked for), as the app resolves it."""
    return b"en" if b"lang=en" in query_string.split(b"&") else b"ko"


def is_kiosk_path(path: bytes) -> bool:
    return path.split(b"?", 1)[0].rstrip(b"/") == KIOSK_PATH


class InstanceHeader:
    """Add ``X-Bnd-Instance: <this process>`` to Streamlit's health answers (read by reconnect.js)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or not scope.get("path", "").endswith("/_stcore/health"):
            await self.app(scope, receive, send)
            return

        async def tag(message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (INSTANCE_HEADER, INSTANCE.encode())]}
            await send(message)

        await self.app(scope, receive, tag)


class PageScripts:
    """Insert ``PAGE_SCRIPTS`` (and on /present ``KIOSK_SCRIPTS``) right after ``<head>`` in every HTML page."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        path = scope.get("raw_path") or scope.get("path", "").encode()
        if scope["type"] != "http" or scope.get("method") != "GET" or path.startswith(NOT_PAGES):
            await self.app(scope, receive, send)
            return
        scripts = PAGE_SCRIPTS + (KIOSK_SCRIPTS if is_kiosk_path(path) else b"")
        lang = page_lang(scope.get("query_string", b""))
        headers = [(k, v) for k, v in scope.get("headers", []) if k.lower() not in DROPPED_REQUEST_HEADERS]
        scope = {**scope, "headers": headers}
        start: dict | None = None
        body = bytearray()

        async def capture(message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                content_type = dict(message.get("headers", [])).get(b"content-type", b"")
                if not content_type.startswith(b"text/html"):
                    start = None
                    await send(message)
                return
            if start is None:  # not HTML: pass through untouched
                await send(message)
                return
            body.extend(message.get("body", b""))
            if message.get("more_body"):
                return
            page = bytes(body).replace(b"<head>", b"<head>" + scripts, 1)
            # Streamlit's shell says lang="en" whatever the app's language (streamlit/streamlit#15726)
            page = page.replace(b'<html lang="en">', b'<html lang="' + lang + b'">', 1)
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() not in DROPPED_RESPONSE_HEADERS]
            headers.append((b"content-length", str(len(page)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": page})

        await self.app(scope, receive, capture)


# serve.py and the benchmark's floor page are served through exactly this stack.
MIDDLEWARE = [
    Middleware(GZipMiddleware, minimum_size=1024, compresslevel=6),
    Middleware(InstanceHeader),
    Middleware(IconFont),
    Middleware(PageScripts),
]
