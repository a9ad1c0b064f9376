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

FONTS = Path(__file__).resolve().parents[1] / "static" / "fonts" / "icons"
SUBSET = FONTS / "MaterialSymbolsRounded.subset.woff2"
PLACEHOLDER = FONTS / "NoGlyphs.placeholder.woff2"
MEDIA_DIR = "/static/media/"
FONT_PREFIX = "MaterialSymbols-Rounded"
SOURCE_SANS_PREFIX = "SourceSansVF"  # Streamlit's text face; the theme's is Pretendard GOV
CACHE_CONTROL = b"public, no-cache"


def is_streamlit_font(path: str, prefix: str) -> bool:
    """One of Streamlit's font files, whatever its build hash: ``/static/media/<prefix>*.woff2``."""
    directory, _, name = path.rpartition("/")
    return f"{directory}/".endswith(MEDIA_DIR) and name.startswith(prefix) and name.endswith(".woff2")


def is_icon_font(path: str) -> bool:
    """Streamlit's Material Symbols file: ``/static/media/MaterialSymbols-Rounded*.woff2``."""
    return is_streamlit_font(path, FONT_PREFIX)


class IconFont:
    """Send the subset for GET/HEAD of Streamlit's Material Symbols file; pass every other request on.

    Also answers Streamlit's Source Sans (170 KB, fetched before the theme arrives although no element of this
    app is drawn with it) with a font of no glyphs (620 bytes): text falls through to the next family.
    """

    def __init__(self, app) -> None:
        self.app = app
        self.fonts = {
            prefix: (body, b'"' + hashlib.sha256(body).hexdigest()[:16].encode() + b'"')
            for prefix, path in ((FONT_PREFIX, SUBSET), (SOURCE_SANS_PREFIX, PLACEHOLDER))
            if path.is_file() and (body := path.read_bytes())
        }

    def _font_for(self, path: str) -> tuple[bytes, bytes] | None:
        return next((font for prefix, font in self.fonts.items() if is_streamlit_font(path, prefix)), None)

    async def __call__(self, scope, receive, send) -> None:
        font = None
        if scope["type"] == "http" and scope.get("method") in ("GET", "HEAD"):
            font = self._font_for(scope.get("path", ""))
        if font is None:
            await self.app(scope, receive, send)
            return
        body, etag = font
        request = {k.lower(): v for k, v in scope.get("headers", [])}
        fresh = etag in [tag.strip() for tag in request.get(b"if-none-match", b"").split(b",")]
        headers = [(b"cache-control", CACHE_CONTROL), (b"etag", etag)]
        if fresh:
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        headers += [(b"content-type", b"font/woff2"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})
