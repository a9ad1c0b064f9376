"""A chart block's images and "this exact view" package (components/exports.py), and the chart block's menu."""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import zipfile

import pandas as pd
import pytest
import vl_convert
from PIL import Image

from components import exports
from components.charts.headline import capital_share_line
from components.downloads import csv_bytes
from components.exports import ViewCaption
from components.page import altair_spec, build_chart, manifest_source
from data.datasets import read_dataset
from data.population import capital_region_share, census_capital_share, resident_population
from tests.apptest_helpers import download_menu_keys, open_download_menus, run_page

TITLE = "수도권 인구 비중 Capital share"


@pytest.fixture(scope="module")
def share_chart():
    """The Overview's capital-share chart as the page draws it (its tables as Arrow bytes), and its table."""
    indicators = read_dataset("province_indicators")
    share = capital_region_share(resident_population(indicators, read_dataset("population_2022_2024")))
    census = census_capital_share(indicators)
    return altair_spec(build_chart(lambda: capital_share_line(share, "ko", census=census))), share


@pytest.fixture(scope="module")
def caption():
    sources = (manifest_source("province_indicators"), manifest_source("population_2022_2024"))
    return ViewCaption(TITLE, "%", sources, "ko", note="비중은 **파생** 값", url="http://x/?province=KR-46&lang=ko")


def test_plain_spec_turns_arrow_tables_into_rows(share_chart):
    spec, share = share_chart
    assert any(isinstance(data, bytes) for data in spec["datasets"].values())
    plain = exports.plain_spec(spec)
    rows = [data for data in plain["datasets"].values() if isinstance(data, list)]
    assert rows and all(isinstance(row, dict) for data in rows for row in data)
    assert spec["datasets"] != plain["datasets"]  # a copy: the cached spec Streamlit draws is left as it is


def test_caption_lines_carry_title_unit_sources_note_and_link(caption):
    title, unit, footer = exports.caption_lines(caption)
    footer_text = " ".join(footer)
    assert " ".join(title) == TITLE and unit == "단위: %"
    assert manifest_source("province_indicators").text("ko") in footer_text
    assert "주: 비중은 파생 값" in footer_text  # Markdown emphasis dropped
    assert "http://x/?province=KR-46&lang=ko" in footer_text
    assert max(len(line) for line in footer) <= exports.EXPORT_WIDTH // 6


def test_wrap_text_counts_hangul_double():
    assert exports.wrap_text("가나 다라 마바", 5) == ["가나", "다라", "마바"]
    assert exports.wrap_text("ab cd ef", 5) == ["ab cd", "ef"]
    assert exports.plain_text(r"[MOIS](https://a.b) \*x\* **y**") == "MOIS *x* y"


def test_svg_contains_the_title_unit_and_source(share_chart, caption):
    svg = exports.chart_svg(share_chart[0], caption).decode("utf-8")
    assert svg.startswith("<svg") and TITLE in svg and "단위: %" in svg
    label = manifest_source("province_indicators").text("ko")  # the footer's first source (it may wrap)
    assert all(html.escape(word, quote=False) in svg for word in label.split())
    assert "<path" in svg  # the plot itself


def test_png_is_the_chart_composed_under_its_title_and_above_its_sources(share_chart, caption):
    spec = share_chart[0]
    png = exports.chart_png(spec, caption, scale=1)
    composed = exports.captioned_spec(spec, caption)
    assert composed["vconcat"][0]["title"]["text"] == [TITLE]
    assert any("출처: 행정안전부" in line for line in composed["title"]["text"])
    # The PNG is exactly vl-convert's rendering of that composed spec (title and footer layers included) ...
    assert png == vl_convert.vegalite_to_png(composed, vl_version=exports.VEGA_LITE, scale=1, allowed_base_urls=[])
    # ... and taller than the bare chart by the caption.
    with_caption = Image.open(io.BytesIO(png)).size
    bare = Image.open(io.BytesIO(exports.plain_png(spec, exports.EXPORT_WIDTH, scale=1))).size
    assert with_caption[1] > bare[1] + 60


def test_view_package_holds_the_csv_with_bom_metadata_and_readme(share_chart, caption):
    table = share_chart[1].rename(columns={"year": "연도"})
    blob = exports.view_package(table, caption, "overview_capital_share", today=dt.date(2026, 12, 1))
    with zipfile.ZipFile(io.BytesIO(blob)) as package:
        assert sorted(package.namelist()) == ["README.txt", "metadata.json", "overview_capital_share.csv"]
        data = package.read("overview_capital_share.csv")
        metadata = json.loads(package.read("metadata.json"))
        readme = package.read("README.txt").decode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf") and data == csv_bytes(table)
    assert pd.read_csv(io.BytesIO(data), encoding="utf-8-sig").shape == table.shape
    assert metadata["title"] == TITLE and metadata["unit"] == "%" and metadata["rows"] == len(table)
    assert metadata["url"] == caption.url and metadata["downloaded"] == "2026-12-01"
    first = metadata["sources"][0]
    assert first["dataset"] == "province_indicators" and first["url"].startswith("https://")
    assert first["licence"] and first["vintage"] and first["caveats"]
    assert "KOGL Type 1" in " ".join(metadata["licence"])
    assert metadata["caveats"][0] == "비중은 파생 값" and len(metadata["caveats"]) > 1
    assert "overview_capital_share.csv" in readme and "metadata.json" in readme and caption.url in readme


@pytest.mark.apptest
def test_every_chart_block_offers_png_svg_and_zip_beside_csv_and_xlsx():
    at = run_page("", province="KR-46")
    menus = download_menu_keys(at)
    assert menus == ["downloads_overview_special_account_total", "downloads_overview_capital_share"]
    assert not at.get("download_button")  # closed menus send no buttons (issue 15): opening one builds them
    keys = {button.key for button in open_download_menus(at).get("download_button")}
    for chart in ("overview_special_account_total", "overview_capital_share"):
        assert {f"{kind}_{chart}" for kind in ("csv", "xlsx", "png", "svg", "zip")} <= keys
