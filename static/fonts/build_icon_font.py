"""Rebuild the Material Symbols subset: only the icons this app and Streamlit's own UI can show.

Why: Streamlit's icon font (Material Symbols Rounded, ~370 KB woff2, every one of its ~4,000 icons) is loaded
on every first visit, although the app shows a few dozen. server/icon_font.py answers the request for that file
with this subset instead (same URL).

Which icons: every ligature name of the font that is
- a whole quoted string literal, or a ``:material/<name>:`` inside one, in Streamlit's frontend bundle
  (static/static/js/*.js of the installed streamlit): the sidebar, expander, popover, toolbar, download,
  fullscreen and data grid icons, and many words that only look like icon names (kept: cheap and safe), or
- a ``:material/<name>:`` in the app's own code (app.py, pages/, components/).

Material Symbols draws an icon from its name with GSUB ligatures ("expand_more" becomes one glyph), so the
ligature lookup is pruned to those names first; the subsetter then drops every glyph no ligature reaches.

Run again whenever the app uses a new ``:material/...:`` icon or Streamlit is upgraded (tests/test_icon_font.py
says so):

    .venv/bin/python static/fonts/build_icon_font.py

Source: the font in the pinned streamlit wheel (Google's Material Symbols Rounded, Apache-2.0, see
icons/Apache-MaterialSymbols.txt). Needs fontTools and brotli, both in requirements.txt.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FONTS = Path(__file__).resolve().parent
# In a folder of its own: static/fonts/*.woff2 are the theme's faces (.streamlit/config.toml, tests/test_fonts.py).
SUBSET = FONTS / "icons" / "MaterialSymbolsRounded.subset.woff2"
# Streamlit's own text face, which this app never draws with (its theme font is Pretendard GOV) but which the
# browser fetches before the theme arrives (170 KB): answered with a font of no glyphs (cut from the same Material
# Symbols file, Apache-2.0), so text falls through to the next family of its stack.
PLACEHOLDER = FONTS / "icons" / "NoGlyphs.placeholder.woff2"
FONT_PREFIX = "MaterialSymbols-Rounded"  # Streamlit's file: MaterialSymbols-Rounded.<build hash>.woff2
APP_SOURCES = ("app.py", "pages/**/*.py", "components/**/*.py")
MATERIAL = re.compile(r":material/([A-Za-z0-9_]+):")
LITERAL = re.compile(r"""(["'`])([a-z0-9_]+)\1""")


def streamlit_static() -> Path:
    """The installed streamlit's frontend build (found without importing streamlit)."""
    return Path(importlib.util.find_spec("streamlit").origin).parent / "static" / "static"


def streamlit_font() -> Path:
    (path,) = sorted((streamlit_static() / "media").glob(f"{FONT_PREFIX}*.woff2"))
    return path


def ligatures(font) -> dict[str, str]:
    """Every icon name the font turns into a glyph, mapped to that glyph's name (lower case, as Streamlit writes it)."""
    char = {}
    for code, glyph in sorted(font.getBestCmap().items()):
        if code < 0xE000:  # letters, digits, "_"; upper and lower case share glyphs, lower case comes last
            char[glyph] = chr(code)
    names = {}
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for table in lookup.SubTable:
            table = getattr(table, "ExtSubTable", table)
            for first, ligatures_ in getattr(table, "ligatures", {}).items():
                for ligature in ligatures_:
                    names[char[first] + "".join(char[c] for c in ligature.Component)] = ligature.LigGlyph
    return names


def bundle_names() -> set[str]:
    """Possible icon names in Streamlit's frontend: whole lower-case literals and ``:material/<name>:``."""
    names: set[str] = set()
    for path in sorted((streamlit_static() / "js").glob("*.js")):
        text = path.read_text(encoding="utf-8")
        names.update(match.group(2) for match in LITERAL.finditer(text))
        names.update(MATERIAL.findall(text))
    return names


def app_icon_names() -> set[str]:
    """Every ``:material/<name>:`` in the app's own code."""
    return {
        name
        for pattern in APP_SOURCES
        for path in sorted(ROOT.glob(pattern))
        for name in MATERIAL.findall(path.read_text(encoding="utf-8"))
    }


def wanted_names(available: set[str]) -> set[str]:
    """The icons the subset must draw: Streamlit's that the font has, and all of the app's."""
    return (bundle_names() & available) | app_icon_names()


def subset_font(source: Path, names: set[str]):
    """The font with only the ligatures in ``names`` and the glyphs they need."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(source, recalcTimestamp=False)  # the same bytes from the same source: a stable ETag
    glyphs = set(ligatures(font)[name] for name in names)
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for table in lookup.SubTable:
            table = getattr(table, "ExtSubTable", table)
            if hasattr(table, "ligatures"):
                kept = {
                    first: [lig for lig in ligs if lig.LigGlyph in glyphs] for first, ligs in table.ligatures.items()
                }
                table.ligatures = {first: ligs for first, ligs in kept.items() if ligs}
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    # The characters icon names are written in; the glyphs of pruned ligatures are no longer reachable.
    subsetter.populate(unicodes=[code for code in font.getBestCmap() if code < 0xE000])
    subsetter.subset(font)
    return font, options


def placeholder_font(source: Path):
    """A valid woff2 with only the .notdef glyph (no character maps to anything)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(source, recalcTimestamp=False)
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = []
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[])
    subsetter.subset(font)
    return font, options


def main() -> int:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    source = streamlit_font()
    font, options = placeholder_font(source)
    PLACEHOLDER.parent.mkdir(exist_ok=True)
    subset.save_font(font, str(PLACEHOLDER), options)
    available = set(ligatures(TTFont(source)))
    unknown = sorted(app_icon_names() - available)
    if unknown:
        raise SystemExit(f"not icons of Material Symbols Rounded: {unknown}")
    names = wanted_names(available)
    font, options = subset_font(source, names)
    SUBSET.parent.mkdir(exist_ok=True)
    subset.save_font(font, str(SUBSET), options)
    print(
        f"{SUBSET.relative_to(ROOT)}: {SUBSET.stat().st_size / 1024:.1f} KB "
        f"(from {source.name}, {source.stat().st_size / 1024:.1f} KB), {len(names)} icons"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
