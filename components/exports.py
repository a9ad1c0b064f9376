"""A chart block's downloads beyond CSV/XLSX, as Our World in Data's: the chart as PNG/SVG with its title,
unit and sources, and "this exact view" as a ZIP (the table's CSV, metadata.json, a README).

Pure (no Streamlit). A chart arrives as the Vega-Lite spec the page draws (``components.page.altair_spec``,
its tables as Arrow bytes): it is converted, never rebuilt, offline by vl-convert with the bundled font.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re
import threading
import unicodedata
import zipfile
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from components.downloads import csv_bytes
from components.fonts import ttf_folder
from components.strings import t
from components.theme import INK, MUTED
from data.datasets import manifest

if TYPE_CHECKING:
    from components.page import Source

EXPORT_WIDTH = 720  # px of the plot in an image (Streamlit sizes charts to their container; a file needs a width)
EXPORT_HEIGHT = 320  # px, for a chart sized to its container's height
TITLE_SIZE, SUBTITLE_SIZE, FOOTER_SIZE = 17, 12, 11
VEGA_LITE = "6.4"  # the Vega-Lite of Altair 6 (what the page draws with)
# Top-level keys of a spec that belong to the outer, captioned spec (Vega-Lite allows them only at the top).
TOP_LEVEL_ONLY = ("$schema", "datasets", "config", "autosize", "padding", "background", "usermeta")
MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>$])")
MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)]+)\)")


@dataclass(frozen=True)
class ViewCaption:
    """What a chart's files say around the data: title, unit, sources, caveat, the view's link, language."""

    title: str
    unit: str
    sources: tuple[Source, ...]
    lang: str
    note: str | None = None
    url: str | None = None


def plain_text(text: str) -> str:
    """Text meant for Markdown as plain text: escapes undone, emphasis dropped, links as their label."""
    text = MARKDOWN_LINK.sub(r"\1", text)
    return MARKDOWN_ESCAPE.sub(r"\1", text.replace("**", ""))


def _width_units(character: str) -> int:
    return 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1


def wrap_text(text: str, units: int) -> list[str]:
    """``text`` in lines of at most ``units`` (a Hangul syllable counts two, a Latin letter one), at spaces."""
    lines, line, used = [], "", 0
    for word in text.split():
        size = sum(_width_units(c) for c in word)
        if line and used + 1 + size > units:
            lines.append(line)
            line, used = "", 0
        line, used = (f"{line} {word}", used + 1 + size) if line else (word, size)
    return [*lines, line] if line else lines


def plain_spec(spec: dict) -> dict:
    """A copy of ``spec`` whose datasets are JSON rows (Streamlit's Arrow bytes only Streamlit's front end reads)."""
    plain = dict(spec)
    datasets = {}
    for name, data in (spec.get("datasets") or {}).items():
        if isinstance(data, bytes | bytearray):
            import pyarrow as pa

            frame = pa.ipc.open_stream(data).read_all().to_pandas()
            data = json.loads(frame.to_json(orient="records", date_format="iso"))
        datasets[name] = data
    plain["datasets"] = datasets
    return plain


def _sized(inner: dict, width: int) -> dict:
    """A single or layered chart gets the export's width (and a height) where the page let its container size it."""
    if any(key in inner for key in ("vconcat", "hconcat", "concat", "facet", "repeat")):
        return inner
    if inner.get("width") in (None, "container"):
        inner["width"] = width
    if inner.get("height") in (None, "container"):
        inner["height"] = EXPORT_HEIGHT
    return inner


def caption_lines(caption: ViewCaption, width: int = EXPORT_WIDTH) -> tuple[list[str], str, list[str]]:
    """(title lines, unit line, footer lines) of a chart image: sources, the caveat, the dashboard and link."""
    lang = caption.lang
    title = wrap_text(plain_text(caption.title), width // 9)
    unit = f"{t('unit_label', lang)}: {plain_text(caption.unit)}"
    units = width // 6
    footer = wrap_text(
        f"{t('source_label', lang)}: " + " · ".join(plain_text(source.text(lang)) for source in caption.sources), units
    )
    if caption.note:
        footer += wrap_text(f"{t('note_label', lang)}: {plain_text(caption.note)}", units)
    footer += wrap_text(" · ".join(part for part in (t("app_title", lang), caption.url) if part), units)
    return title, unit, footer


def captioned_spec(spec: dict, caption: ViewCaption, width: int = EXPORT_WIDTH) -> dict:
    """``spec`` (as drawn) under its title and unit, above its sources: one Vega-Lite spec for vl-convert.

    The chart keeps its own legends; the title sits above it and the sources below everything
    (a bottom title of an outer concat, so a bottom legend stays with its chart).
    """
    plain = plain_spec(spec)
    inner = _sized({k: copy.deepcopy(v) for k, v in plain.items() if k not in TOP_LEVEL_ONLY}, width)
    title, unit, footer = caption_lines(caption, width)
    inner["title"] = {
        "text": title,
        "subtitle": unit,
        "anchor": "start",
        "fontSize": TITLE_SIZE,
        "fontWeight": "bold",
        "color": INK,
        "subtitleFontSize": SUBTITLE_SIZE,
        "subtitleColor": MUTED,
        "offset": 14,
    }
    return {
        "$schema": plain.get("$schema", f"https://vega.github.io/schema/vega-lite/v{VEGA_LITE}.json"),
        "datasets": plain["datasets"],
        "config": plain.get("config", {}),
        "background": "white",
        "padding": 16,
        "title": {
            "text": footer,
            "orient": "bottom",
            "anchor": "start",
            "fontSize": FOOTER_SIZE,
            "fontWeight": "normal",
            "lineHeight": round(FOOTER_SIZE * 1.4),
            "color": MUTED,
            "offset": 18,
        },
        "vconcat": [inner],
    }


_FONTS_LOCK = threading.Lock()
_fonts_registered = False


def _vl_convert():
    """vl-convert, with the bundled Pretendard GOV registered once (Hangul renders without system fonts)."""
    global _fonts_registered
    import vl_convert

    with _FONTS_LOCK:
        if not _fonts_registered:
            vl_convert.register_font_directory(str(ttf_folder()))
            _fonts_registered = True
    return vl_convert


def chart_svg(spec: dict, caption: ViewCaption) -> bytes:
    """The chart with its title, unit and sources as SVG (offline: no data or font is fetched)."""
    svg = _vl_convert().vegalite_to_svg(captioned_spec(spec, caption), vl_version=VEGA_LITE, allowed_base_urls=[])
    return svg.encode("utf-8")


def chart_png(spec: dict, caption: ViewCaption, scale: float = 2) -> bytes:
    """The chart with its title, unit and sources as PNG, at ``scale`` × its pixel size (sharp on paper)."""
    return _vl_convert().vegalite_to_png(
        captioned_spec(spec, caption), vl_version=VEGA_LITE, scale=scale, allowed_base_urls=[]
    )


def plain_png(spec: dict, width: int = EXPORT_WIDTH, scale: float = 2) -> bytes:
    """The chart alone as PNG (a layout that writes its own caption, e.g. the brief's PDF), ``width`` px wide."""
    sized = _sized(plain_spec(spec), width)
    sized["background"] = "white"
    return _vl_convert().vegalite_to_png(sized, vl_version=VEGA_LITE, scale=scale, allowed_base_urls=[])


def _source_entry(source: Source, lang: str) -> dict:
    entry = {"name": plain_text(source.text(lang)), "url": source.url}
    dataset = getattr(source, "dataset", None)
    if dataset and dataset in manifest():
        meta = manifest()[dataset]
        entry.update(
            dataset=dataset,
            publisher=meta["publisher"],
            licence=meta.get("license"),
            vintage=meta.get("vintage"),
            caveats=list(meta.get("caveats", [])),
        )
    return entry


def view_metadata(table: pd.DataFrame, caption: ViewCaption, csv_name: str, today: dt.date | None = None) -> dict:
    """metadata.json of a view: title, unit, the table's shape, sources with links, licences, vintages, caveats."""
    sources = [_source_entry(source, caption.lang) for source in caption.sources]
    return {
        "title": plain_text(caption.title),
        "unit": plain_text(caption.unit),
        "language": caption.lang,
        "url": caption.url,
        "downloaded": (today or dt.date.today()).isoformat(),
        "publisher": t("app_title", caption.lang),
        "data_file": csv_name,
        "rows": len(table),
        "columns": [str(column) for column in table.columns],
        "sources": sources,
        "licence": sorted({s["licence"] for s in sources if s.get("licence")}),
        "vintage": [f"{s['name']}: {s['vintage']}" for s in sources if s.get("vintage")],
        "caveats": ([plain_text(caption.note)] if caption.note else [])
        + [caveat for s in sources for caveat in s.get("caveats", [])],
    }


def view_readme(metadata: dict) -> str:
    """The package's README: what the files are, where the view is, and whom to cite."""
    lang = metadata["language"]
    lines = [
        metadata["title"],
        f"{t('unit_label', lang)}: {metadata['unit']}",
        "",
        t("export_readme_intro", lang, url=metadata["url"] or "–", date=metadata["downloaded"]),
        f"- {metadata['data_file']}: " + t("export_readme_csv", lang),
        "- metadata.json: " + t("export_readme_metadata", lang),
        "",
        f"{t('source_label', lang)}:",
        *(f"- {s['name']}" + (f" <{s['url']}>" if s["url"] else "") for s in metadata["sources"]),
        "",
        t("export_readme_licence", lang, licences="; ".join(metadata["licence"]) or "–"),
    ]
    return "\n".join(lines) + "\n"


def view_package(table: pd.DataFrame, caption: ViewCaption, stem: str, today: dt.date | None = None) -> bytes:
    """ "This exact view" as a ZIP: ``<stem>.csv`` (UTF-8 with BOM, exactly the table shown), metadata.json, README."""
    csv_name = f"{stem}.csv"
    metadata = view_metadata(table, caption, csv_name, today)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr(csv_name, csv_bytes(table))
        package.writestr("metadata.json", json.dumps(metadata, ensure_ascii=False, indent=2))
        package.writestr("README.txt", view_readme(metadata).encode("utf-8"))
    return buffer.getvalue()
