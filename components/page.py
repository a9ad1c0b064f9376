"""Page furniture every page uses: header, guarded sections, data errors, the chart block.

The chart block makes every chart self-describing (title, unit, source, a
chart⇄table switch, CSV/XLSX downloads of exactly the data shown, and a text
alternative), as Our World in Data's charts are.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pandas as pd
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from components.downloads import csv_bytes, file_stem, xlsx_bytes
from components.strings import t
from data.datasets import manifest
from data.validation import DatasetError

LOG = logging.getLogger("bnd.dashboard")


@dataclass(frozen=True)
class Source:
    """One source line: publisher (and title/year), with a link."""

    label: str
    url: str | None = None

    def markdown(self) -> str:
        return f"[{self.label}]({self.url})" if self.url else self.label


def manifest_source(dataset_id: str, *, year: str | None = None) -> Source:
    """Source line for a dataset from its manifest entry: short citation (year), first link."""
    entry = manifest()[dataset_id]
    label = entry.get("citation", entry["publisher"]) + (f", {year}" if year else "")
    urls = entry.get("source_urls") or [None]
    return Source(label, urls[0])


def lang_of() -> str:
    """Language chosen in app.py for this run (every page's first call).

    It also repairs one first-request case of Streamlit: on a freshly started
    server, a deep link such as ``/map?province=KR-46`` that arrives before any
    request has run ``app.py`` is served in the legacy "pages/ folder" mode,
    which runs ``pages/map.py`` alone, without navigation, sidebar or URL state.
    If that mode is active we switch it off and rerun, so the same URL is
    served through ``app.py`` (see the browser test of a first-request deep link).
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
    return st.session_state.get("_lang", "ko")


def province_of() -> str | None:
    """Province (ISO 3166-2:KR) chosen in app.py for this run, or None for the whole country."""
    return st.session_state.get("_province")


@contextmanager
def guarded_section(lang: str) -> Iterator[None]:
    """Run a page section; if it fails, show a calm message and let the rest of the page go on."""
    try:
        yield
    except DatasetError as error:
        LOG.warning("data error: %s", error)
        st.error(t("data_error", lang, detail=str(error)), icon=":material/error:")
    except Exception:  # noqa: BLE001 - a section must never take the page down with a traceback
        LOG.exception("section failed")
        st.info(t("section_error", lang), icon=":material/info:")


def load_or_error(loader: Callable[[], pd.DataFrame], lang: str) -> pd.DataFrame | None:
    """Call a cached loader; on a bad file show which file/line/column and return None."""
    try:
        return loader()
    except DatasetError as error:
        LOG.warning("data error: %s", error)
        st.error(t("data_error", lang, detail=str(error)), icon=":material/error:")
        return None


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def download_row(frame: pd.DataFrame, key: str, lang: str) -> None:
    """CSV (UTF-8 with BOM) and XLSX buttons for exactly ``frame``.

    The files are built only when clicked (callables), so a page with many
    tables does not encode every one of them on every rerun.
    """
    stem = file_stem(key)
    with st.container(horizontal=True, gap="small"):
        st.download_button(
            t("download_csv", lang), lambda: csv_bytes(frame), f"{stem}.csv", "text/csv", key=f"csv_{key}",
            icon=":material/download:", disabled=frame.empty, width="content",
        )
        st.download_button(
            t("download_xlsx", lang), lambda: xlsx_bytes(frame, stem), f"{stem}.xlsx", XLSX_MIME, key=f"xlsx_{key}",
            icon=":material/download:", disabled=frame.empty, width="content",
        )


def sources_line(sources: list[Source], lang: str) -> str:
    return f"**{t('source_label', lang)}:** " + " · ".join(source.markdown() for source in sources)


def chart_block(
    *,
    key: str,
    title: str,
    chart: object,
    table: pd.DataFrame,
    unit: str,
    sources: list[Source],
    lang: str,
    alt_text: str,
    note: str | None = None,
    height: int | None = None,
) -> None:
    """A bordered card: title, unit, chart or table, text alternative, source, downloads."""
    with st.container(border=True):
        st.markdown(f"#### {title}")
        row = st.container(horizontal=True, horizontal_alignment="distribute", vertical_alignment="center")
        row.caption(f"{t('unit_label', lang)}: {unit}", width="content")
        view = row.segmented_control(
            t("view_label", lang),
            options=["chart", "table"],
            default="chart",
            required=True,
            format_func=lambda option: t(f"view_{option}", lang),
            key=f"view_{key}",
            label_visibility="collapsed",
            width="content",
        )
        if table.empty:
            st.info(t("empty_selection", lang), icon=":material/filter_alt_off:")
        elif view == "table":
            st.dataframe(table, hide_index=True, width="stretch")
        else:
            kwargs = {"height": height} if height else {}
            st.altair_chart(chart, width="stretch", **kwargs)
        st.caption(f"{t('chart_alt_prefix', lang)}: {alt_text}")
        if note:
            st.caption(f"{t('note_label', lang)}: {note}")
        st.caption(sources_line(sources, lang))
        stem = file_stem(key)
        download_row(table, key, lang)
