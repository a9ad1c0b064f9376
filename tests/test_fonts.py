"""The bundled Pretendard GOV subsets cover every character the app's own text uses."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parents[1] / "static" / "fonts"
spec = importlib.util.spec_from_file_location("build_fonts", FONTS / "build_fonts.py")
build_fonts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_fonts)
# Symbols Pretendard GOV itself does not have (they render in the next font of the theme's stack).
NOT_IN_PRETENDARD = {"⇄", "∝", "∼"}


@pytest.mark.parametrize("weight", build_fonts.WEIGHTS)
def test_subset_covers_every_character_of_the_app(weight):
    font = TTFont(FONTS / f"PretendardGOV-{weight}.subset.woff2")
    covered = {chr(code) for code in font.getBestCmap()}
    used = build_fonts.characters_in_app()
    assert {"균", "형", "발", "전", "빛", "가", "람", "·", "–", "→"} <= used  # the scan reads strings and data
    missing = sorted(used - covered - NOT_IN_PRETENDARD)
    assert not missing, f"run static/fonts/build_fonts.py: {weight} lacks {missing}"
    assert font["OS/2"].usWeightClass == {"Regular": 400, "Bold": 700}[weight]
    assert (FONTS / f"PretendardGOV-{weight}.subset.woff2").stat().st_size < 150_000  # the point of subsetting


def test_config_declares_exactly_the_bundled_faces():
    config = (FONTS.parents[1] / ".streamlit" / "config.toml").read_text(encoding="utf-8")
    declared = {line.split('"')[1].rsplit("/", 1)[-1] for line in config.splitlines() if line.startswith("url = ")}
    assert (
        declared
        == {path.name for path in FONTS.glob("*.woff2")}
        == {f"PretendardGOV-{w}.subset.woff2" for w in build_fonts.WEIGHTS}
    )
