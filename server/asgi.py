"""ASGI middleware for ``serve.py``: gzip, and tell Streamlit's front end that the app lives at ``/``."""

from __future__ import annotations

from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware

HINT = (
    b"<script>window.__streamlit=Object.assign(window.__streamlit||{},"
    b"{BACKEND_BASE_URL:window.location.origin+'/'})</script>"
)
NOT_PAGES = (b"/_stcore", b"/static", b"/app/static", b"/media", b"/component", b"/favicon")


class RootBaseUrlHint:
    """Insert ``HINT`` right after ``<head>`` in the HTML page Streamlit serves for every app URL."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        path = scope.get("raw_path") or scope.get("path", "").encode()
        if scope["type"] != "http" or scope.get("method") != "GET" or path.startswith(NOT_PAGES):
            await self.app(scope, receive, send)
            return
        # Ask the inner app for an uncompressed page so the hint can be inserted.
        headers = [(k, v) for k, v in scope.get("headers", []) if k.lower() != b"accept-encoding"]
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
            page = bytes(body).replace(b"<head>", b"<head>" + HINT, 1)
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(page)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": page})

        await self.app(scope, receive, capture)


# serve.py and the benchmark's floor page are served through exactly this stack.
MIDDLEWARE = [Middleware(GZipMiddleware, minimum_size=1024, compresslevel=6), Middleware(RootBaseUrlHint)]
