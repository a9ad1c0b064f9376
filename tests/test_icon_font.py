"""The Material Symbols subset draws every icon the app and Streamlit's UI can show, and the server sends it.

A missing icon would show as its name ("expand_more") instead of the icon: run static/fonts/build_icon_font.py.
"""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from server import icon_font
from tests.asgi_helpers import asgi_request

FONTS = Path(__file__).resolve().parents[1] / "static" / "fonts"
spec = importlib.util.spec_from_file_location("build_icon_font", FONTS / "build_icon_font.py")
build_icon_font = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_icon_font)
FIX = "run static/fonts/build_icon_font.py"


@pytest.fixture(scope="module")
def subset_icons() -> set[str]:
    assert build_icon_font.SUBSET.is_file(), FIX
    return set(build_icon_font.ligatures(TTFont(build_icon_font.SUBSET)))


@pytest.fixture(scope="module")
def streamlit_icons() -> set[str]:
    return set(build_icon_font.ligatures(TTFont(build_icon_font.streamlit_font())))


def test_the_server_and_the_build_script_name_the_same_file():
    assert icon_font.SUBSET == build_icon_font.SUBSET
    assert icon_font.is_icon_font(f"/static/media/{build_icon_font.streamlit_font().name}")


def test_every_icon_of_the_app_is_in_the_subset(subset_icons, streamlit_icons):
    used = build_icon_font.app_icon_names()
    assert {"download", "info", "map", "compare_arrows"} <= used  # the scan reads the app's code
    assert used <= streamlit_icons, f"not Material Symbols icons: {sorted(used - streamlit_icons)}"
    missing = sorted(used - subset_icons)
    assert not missing, f"{FIX}: the subset lacks {missing}"


def test_every_icon_of_streamlits_ui_is_in_the_subset(subset_icons, streamlit_icons):
    used = build_icon_font.bundle_names() & streamlit_icons
    # sidebar, expander, popover, download, fullscreen, data grid: what the app's pages show
    assert {"keyboard_double_arrow_left", "expand_more", "more_vert", "download", "fullscreen", "search"} <= used
    missing = sorted(used - subset_icons)
    assert not missing, f"{FIX}: the subset lacks {missing}"


def test_the_subset_is_a_fraction_of_the_original(subset_icons, streamlit_icons):
    original = build_icon_font.streamlit_font().stat().st_size
    assert build_icon_font.SUBSET.stat().st_size < original / 4
    assert len(subset_icons) < len(streamlit_icons) / 4


def call(app, path: str, method: str = "GET", headers=None) -> tuple[int, dict[str, str], bytes, list[dict]]:
    seen: list[dict] = []

    async def streamlit_stand_in(scope, receive, send) -> None:
        seen.append(scope)
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"font/woff2")]})
        await send({"type": "http.response.body", "body": b"original"})

    status, response_headers, body = asgi_request(app(streamlit_stand_in), path, method, headers)
    return status, response_headers, body, seen


@pytest.mark.parametrize("name", ["MaterialSymbols-Rounded.nEdyypZU.woff2", "MaterialSymbols-Rounded.Zz9_next.woff2"])
def test_the_original_font_path_gets_the_subset(name):
    subset = build_icon_font.SUBSET.read_bytes()
    status, headers, body, seen = call(icon_font.IconFont, f"/static/media/{name}")
    assert (status, body, seen) == (200, subset, [])
    assert headers["content-type"] == "font/woff2" and int(headers["content-length"]) == len(subset)
    assert "cache-control" in headers and headers["etag"]
    # a browser holding this subset is told it is current; one holding another is sent this one
    status, _, body, _ = call(
        icon_font.IconFont, f"/static/media/{name}", headers=[(b"if-none-match", headers["etag"].encode())]
    )
    assert (status, body) == (304, b"")
    status, _, body, _ = call(icon_font.IconFont, f"/static/media/{name}", headers=[(b"if-none-match", b'"other"')])
    assert (status, body) == (200, subset)
    status, headers_head, body, _ = call(icon_font.IconFont, f"/static/media/{name}", method="HEAD")
    assert (status, body, headers_head["content-length"]) == (200, b"", str(len(subset)))


def test_streamlits_source_sans_gets_a_font_without_glyphs():
    from fontTools.ttLib import TTFont

    status, headers, body, seen = call(icon_font.IconFont, "/static/media/SourceSansVF-Upright.ttf.BsWL4Kly.woff2")
    assert (status, seen, headers["content-type"]) == (200, [], "font/woff2")
    assert body == build_icon_font.PLACEHOLDER.read_bytes() and len(body) < 2_000
    font = TTFont(io.BytesIO(body))
    assert font.getGlyphOrder() == [".notdef"] and not font.getBestCmap()  # nothing is drawn with it


@pytest.mark.parametrize(
    "path", ["/static/media/SourceSerifVF.woff2", "/static/js/index.js", "/", "/app/static/x.woff2"]
)
def test_other_requests_go_to_streamlit(path):
    status, _, body, seen = call(icon_font.IconFont, path)
    assert (status, body, len(seen)) == (200, b"original", 1)


def test_without_the_subset_streamlits_font_is_sent(tmp_path, monkeypatch):
    monkeypatch.setattr(icon_font, "SUBSET", tmp_path / "missing.woff2")
    status, _, body, seen = call(icon_font.IconFont, "/static/media/MaterialSymbols-Rounded.nEdyypZU.woff2")
    assert (status, body, len(seen)) == (200, b"original", 1)


def test_the_served_stack_includes_it():
    from server import asgi

    assert icon_font.IconFont in [middleware.cls for middleware in asgi.MIDDLEWARE]
