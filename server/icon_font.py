"""Answer the request for Streamlit's Material Symbols font with the app's subset of it (~48 KB instead of ~370 KB).

Streamlit's stylesheet loads ``static/media/MaterialSymbols-Rounded.<build hash>.woff2`` (every one of the font's
~4,000 icons) on every first visit. ``static/fonts/build_icon_font.py`` keeps the icons Streamlit's own UI and
the app's ``:material/...:`` icons can show; this middleware sends that file at the same URL (matched by name,
so another Streamlit build's hash still matches). Without the subset file the request goes to Streamlit.

Caching: the subset can change while the URL does not (the app gains an icon, Streamlit's build stays the
same), so it is not marked immutable like Streamlit's hashed media: the browser keeps it and asks again with its
ETag, and a current copy costs a bodiless 304.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

SUBSET = Path(__file__).resolve().parents[1] / "static" / "fonts" / "icons" / "MaterialSymbolsRounded.subset.woff2"
MEDIA_DIR = "/static/media/"
FONT_PREFIX = "MaterialSymbols-Rounded"
CACHE_CONTROL = b"public, no-cache"


def is_icon_font(path: str) -> bool:
    """Streamlit's Material Symbols file, whatever its build hash: ``/static/media/MaterialSymbols-Rounded*.woff2``."""
    directory, _, name = path.rpartition("/")
    return f"{directory}/".endswith(MEDIA_DIR) and name.startswith(FONT_PREFIX) and name.endswith(".woff2")


class IconFont:
    """Send the subset for GET/HEAD of Streamlit's Material Symbols file; pass every other request on."""

    def __init__(self, app) -> None:
        self.app = app
        self.body = SUBSET.read_bytes() if SUBSET.is_file() else None
        self.etag = b'"' + hashlib.sha256(self.body or b"").hexdigest()[:16].encode() + b'"'

    async def __call__(self, scope, receive, send) -> None:
        if (
            not self.body
            or scope["type"] != "http"
            or scope.get("method") not in ("GET", "HEAD")
            or not is_icon_font(scope.get("path", ""))
        ):
            await self.app(scope, receive, send)
            return
        request = {k.lower(): v for k, v in scope.get("headers", [])}
        fresh = self.etag in [tag.strip() for tag in request.get(b"if-none-match", b"").split(b",")]
        headers = [(b"cache-control", CACHE_CONTROL), (b"etag", self.etag)]
        if fresh:
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        headers += [(b"content-type", b"font/woff2"), (b"content-length", str(len(self.body)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else self.body})
