"""One HTTP request through an ASGI app, outside any running event loop (the tests of server/ use it)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor


def asgi_request(app, path: str, method: str = "GET", headers=None) -> tuple[int, dict[str, str], bytes]:
    """GET (or ``method``) ``path`` (with its ``?query``) from ``app``: status, response headers, body."""
    scope = {
        "type": "http",
        "method": method,
        "path": path.split("?")[0],
        "raw_path": path.split("?")[0].encode(),
        "query_string": path.partition("?")[2].encode(),
        "headers": headers or [],
    }
    sent: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    # In its own thread: after the browser tests, Playwright's event loop runs in this one.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, app(scope, receive, send)).result()
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], {k.decode(): v.decode() for k, v in start["headers"]}, body
