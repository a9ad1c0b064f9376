"""The bundled Pretendard GOV faces as TrueType files, for the server-side renderers (vl-convert, fpdf2).

Browsers get the WOFF2 subsets in static/fonts/; the chart-image and PDF renderers read TrueType only.
The conversion (fontTools, brotli) runs once per process into a folder named by the subsets' content,
so a rebuilt subset (static/fonts/build_fonts.py) is never shadowed by an old conversion.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from pathlib import Path

FONT_FOLDER = Path(__file__).resolve().parents[1] / "static" / "fonts"
FONT_FAMILY = "Pretendard GOV"  # the family name inside the bundled faces (components.theme.FONT's first)
FONT_WEIGHTS = ("Regular", "Bold")


def _woff2(weight: str) -> Path:
    return FONT_FOLDER / f"PretendardGOV-{weight}.subset.woff2"


@functools.lru_cache(maxsize=1)
def ttf_folder() -> Path:
    """A folder holding ``PretendardGOV-<weight>.ttf`` for every bundled weight (converted once)."""
    from fontTools.ttLib import TTFont

    digest = hashlib.sha256(b"".join(_woff2(weight).read_bytes() for weight in FONT_WEIGHTS)).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / f"bnd-fonts-{digest}"
    folder.mkdir(parents=True, exist_ok=True)
    for weight in FONT_WEIGHTS:
        target = folder / f"PretendardGOV-{weight}.ttf"
        if target.exists():
            continue
        font = TTFont(_woff2(weight))
        font.flavor = None
        partial = folder / f".{weight}.{os.getpid()}.ttf"
        font.save(partial)
        os.replace(partial, target)  # atomic: a second process converting at once never reads half a file
    return folder


def ttf_path(weight: str) -> Path:
    """The TrueType file of one bundled weight ("Regular" or "Bold")."""
    return ttf_folder() / f"PretendardGOV-{weight}.ttf"
