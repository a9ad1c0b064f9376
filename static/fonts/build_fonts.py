"""Rebuild the bundled Pretendard GOV subsets from the npm package: only the characters the app can show.

Why: the full KS X 1001 subsets weigh ~260 KB per weight, a third of a first visit's
bytes. Subsetting to the characters that appear in the app's strings, pages and data
(plus Latin, punctuation, arrows and symbols the font has) keeps every label in the
government typeface at a fraction of the size. Text a visitor types into a link and that
the app quotes back may use other characters; those fall back to the next font in the
theme's stack (Noto Sans CJK KR), never to a missing glyph box.

Run again whenever strings or data gain new characters (tests/test_fonts.py says so):

    .venv/bin/pip install -r requirements-test.txt     # fontTools + brotli
    .venv/bin/python static/fonts/build_fonts.py

Source: npm package ``pretendard-gov`` (SIL OFL 1.1, see OFL-PretendardGOV.txt), integrity-checked.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import sys
import tarfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FONTS = Path(__file__).resolve().parent
PACKAGE, VERSION = "pretendard-gov", "1.3.9"
WEIGHTS = ("Regular", "Bold")
TEXT_SOURCES = (
    "app.py",
    "pages/*.py",
    "components/**/*.py",
    "data/**/*.csv",
    "data/**/*.json",
    "data/**/*.md",
    "geo/*.geojson",
)
# Always kept where the font has them: Latin, punctuation, arrows, shapes, circled numbers, compatibility jamo.
ALWAYS = [
    (0x20, 0x7E),
    (0xA0, 0x17F),
    (0x2000, 0x206F),
    (0x2100, 0x21FF),
    (0x2200, 0x22FF),
    (0x2460, 0x24FF),
    (0x25A0, 0x25FF),
    (0x2700, 0x27BF),
    (0x3000, 0x303F),
    (0x3131, 0x318E),
    (0xFF01, 0xFF5E),
]


def characters_in_app() -> set[str]:
    """Every character in the app's own text: strings, pages, components and data files."""
    chars: set[str] = set()
    for pattern in TEXT_SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            if "build_fonts" not in path.name:
                chars.update(path.read_text(encoding="utf-8"))
    return {c for c in chars if c.isprintable() and ord(c) > 0x7E}


def fetch_package() -> tarfile.TarFile:
    meta = json.load(urllib.request.urlopen(f"https://registry.npmjs.org/{PACKAGE}/{VERSION}", timeout=60))
    data = urllib.request.urlopen(meta["dist"]["tarball"], timeout=120).read()
    algorithm, expected = meta["dist"]["integrity"].split("-", 1)
    if base64.b64encode(hashlib.new(algorithm, data).digest()).decode() != expected:
        raise SystemExit(f"{PACKAGE}@{VERSION}: integrity check failed")
    return tarfile.open(fileobj=io.BytesIO(data))


def main() -> int:
    from fontTools import subset

    package = fetch_package()
    unicodes = {ord(c) for c in characters_in_app()} | {u for start, end in ALWAYS for u in range(start, end + 1)}
    for weight in WEIGHTS:
        source = package.extractfile(f"package/dist/web/static/woff2/PretendardGOV-{weight}.woff2").read()
        options = subset.Options()
        options.flavor = "woff2"
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        font = subset.load_font(io.BytesIO(source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        target = FONTS / f"PretendardGOV-{weight}.subset.woff2"
        subset.save_font(font, str(target), options)
        print(
            f"{target.relative_to(ROOT)}: {target.stat().st_size / 1024:.1f} KB, {len(font.getBestCmap())} characters"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
