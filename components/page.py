"""Page furniture every page uses: header, guarded sections, data errors, the chart block.

The chart block makes every chart self-describing (title, unit, source, a
chart⇄table switch, CSV/XLSX downloads of exactly the data shown, and a text
alternative), as Our World in Data's charts are.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import pandas as pd
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from components.downloads import csv_bytes, file_stem, xlsx_bytes
from components.exports import ViewCaption, chart_png, chart_svg, plain_text, view_package
from components.formatting import readable_table
from components.strings import t
from data.datasets import data_root, manifest, manifest_references
from data.validation import DatasetError

LOG = logging.getLogger("bnd.dashboard")


@dataclass(frozen=True)
class Source:
    """One source line: publisher (and title/year), with a link; ``label_ko`` is its Korean form, where there is one."""

    label: str
    url: str | None = None
    dataset: str | None = field(default=None, compare=False)  # the manifest entry (licence, vintage, caveats)
    label_ko: str | None = field(default=None, compare=False)

    def text(self, lang: str = "en") -> str:
        """The label in ``lang`` (the English label where there is no Korean one)."""
        return {"ko": self.label_ko}.get(lang) or self.label

    def markdown(self, lang: str = "en") -> str:
        return f"[{self.text(lang)}]({self.url})" if self.url else self.text(lang)


def manifest_source(dataset_id: str, *, year: str | None = None) -> Source:
    """Source line for a dataset from its manifest entry: short citation (year), first link, in both languages."""
    entry = manifest()[dataset_id]
    suffix = f", {year}" if year else ""
    urls = entry.get("source_urls") or [None]
    label = entry.get("citation", entry["publisher"])
    return Source(label + suffix, urls[0], dataset_id, entry.get("citation_ko", label) + suffix)


def reference_source(reference_id: str) -> Source:
    """Source line for a document a page cites that is not a dataset (the manifest's ``references``)."""
    entry = next(ref for ref in manifest_references() if ref["id"] == reference_id)
    label_ko = f"{entry.get('publisher_ko', entry['publisher'])}, {entry.get('title_ko', entry['title'])}"
    return Source(f"{entry['publisher']}, {entry['title']}", entry["url"], label_ko=label_ko)


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


@dataclass(frozen=True)
class PageContext:
    """What every section needs from app.py's run: the language, the province (or None), province names."""

    lang: str
    province: str | None
    province_names: dict[str, dict[str, str]]

    def province_name(self, code: str | None = None) -> str:
        """The name of ``code`` (default: the chosen province) in the page's language; the code if unknown."""
        code = code or self.province or ""
        return self.province_names.get(code, {}).get(self.lang, code)


def page_context() -> PageContext:
    """Every page's first call: the language, province and names app.py resolved from the URL."""
    return PageContext(lang_of(), province_of(), st.session_state.get("_province_names") or {})


def page_header(ctx: PageContext, title_key: str, intro_key: str) -> None:
    """The page's title and introduction (catalogue keys)."""
    st.title(t(title_key, ctx.lang))
    st.markdown(t(intro_key, ctx.lang))


def section(name: str) -> Callable:
    """Decorator: the function is the page section ``name``, run inside ``guarded_section``.

    The function takes the ``PageContext`` first. It returns what it returns, or None if the
    section failed (its notice shown), so later sections can ``needs()`` it.
    """

    def decorate(function: Callable) -> Callable:
        @functools.wraps(function)
        def run(ctx: PageContext, *args: object, **kwargs: object) -> object:
            with guarded_section(ctx.lang, name):
                return function(ctx, *args, **kwargs)
            return None

        run.section_name = name
        return run

    return decorate


STATIC = Path(__file__).resolve().parents[1] / "static"


@functools.lru_cache(maxsize=16)
def _static_text(relative: str) -> str:
    return (STATIC / relative).read_text(encoding="utf-8")


def page_css(name: str) -> None:
    """Add ``static/css/<name>.css`` to the page (a page's own styling lives in a file, not in Python)."""
    st.html(f"<style>{_static_text(f'css/{name}.css')}</style>")


def province_of() -> str | None:
    """Province (ISO 3166-2:KR) chosen in app.py for this run, or None for the whole country."""
    return st.session_state.get("_province")


# Set by the test suite (tests/conftest.py): a crashing section must fail the test, not hide behind a notice.
STRICT_SECTIONS_ENV = "BND_STRICT_SECTIONS"


class DataUnavailable(Exception):  # noqa: N818 - a signal, not an error: the section is skipped
    """A section's input failed to load earlier on the page, where its error is already shown."""


def needs(*inputs: object) -> None:
    """Skip the current section (see ``guarded_section``) if any input failed to load (is None)."""
    if any(value is None for value in inputs):
        raise DataUnavailable


class SectionFailed(RuntimeError):
    """A page section raised something other than a data error while strict sections are on."""


def strict_sections() -> bool:
    return os.environ.get(STRICT_SECTIONS_ENV) == "1"


@contextmanager
def guarded_section(lang: str, name: str) -> Iterator[None]:
    """Run the page section ``name``; if it fails, show a calm message and let the rest of the page go on.

    A bad data file shows which file, line and column. Any other exception is a bug: under the
    test suite (strict sections) it is raised again as ``SectionFailed`` naming the section.
    """
    try:
        yield
    except DataUnavailable:
        LOG.info("section %s skipped: its data is unavailable (reported above)", name)
    except DatasetError as error:
        LOG.warning("data error in section %s: %s", name, error)
        st.error(t("data_error", lang, detail=str(error)), icon=":material/error:")
    except Exception as error:  # noqa: BLE001 - a section must never take the page down with a traceback
        if strict_sections():
            raise SectionFailed(f"section {name!r} failed: {type(error).__name__}: {error}") from error
        LOG.exception("section %s failed", name)
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


def download_row(frame: pd.DataFrame, key: str, lang: str, *, width: str = "content") -> None:
    """CSV (UTF-8 with BOM) and XLSX buttons for exactly ``frame`` (keys ``csv_`` and ``xlsx_`` + key).

    The files are built only when clicked (callables), so a page with many
    tables does not encode every one of them on every rerun. A click does not rerun the app.
    """
    stem = file_stem(key)
    for kind, build, mime in (
        ("csv", lambda: csv_bytes(frame), "text/csv"),
        ("xlsx", lambda: xlsx_bytes(frame, stem), XLSX_MIME),
    ):
        st.download_button(
            t(f"download_{kind}", lang),
            build,
            f"{stem}.{kind}",
            mime,
            key=f"{kind}_{key}",
            on_click="ignore",  # no rerun: a rerun gives every download a new file id (see _chart_or_table)
            icon=":material/download:",
            disabled=frame.empty,
            width=width,
        )


def download_menu_key(key: str) -> str:
    """Session-state key of the download menu of ``key`` (True: open; tests open it so)."""
    return f"downloads_{key}"


@st.fragment
def download_menu(
    frame: pd.DataFrame, key: str, lang: str, *, caption: ViewCaption | None = None, chart: object = None
) -> None:
    """One "Download" menu for exactly ``frame``: CSV and XLSX; with a ``caption``, also the chart (``chart``, as
    ``show_chart`` takes it) as PNG and SVG and "this exact view" as a ZIP.

    The menu's buttons are sent only while it is open (its opening reruns this fragment alone): a page of
    eight charts otherwise sent forty buttons nobody had asked for (issue 15). The files themselves are built
    only when clicked.
    """
    menu = st.popover(
        t("download_menu", lang),
        icon=":material/download:",
        help=t("download_menu_help", lang),
        disabled=frame.empty,
        key=download_menu_key(key),
        on_change="rerun",
    )
    if not menu.open:
        return
    with menu:
        download_row(frame, key, lang, width="stretch")
        if caption is not None:
            _export_buttons(frame, key, caption, chart)


def _export_buttons(frame: pd.DataFrame, key: str, caption: ViewCaption, chart: object) -> None:
    """The chart's images and the view's package (keys ``png_``, ``svg_``, ``zip_`` + key)."""
    stem = file_stem(key)
    files = []  # (kind, build, mime, icon), each built only when clicked
    if chart is not None:
        files += [
            ("png", lambda: chart_png(chart_spec(chart), caption), "image/png", ":material/image:"),
            ("svg", lambda: chart_svg(chart_spec(chart), caption), "image/svg+xml", ":material/image:"),
        ]
    files.append(("zip", lambda: view_package(frame, caption, stem), "application/zip", ":material/folder_zip:"))
    for kind, build, mime, icon in files:
        st.download_button(
            t(f"download_{kind}", caption.lang),
            build,
            f"{stem}.{kind}",
            mime,
            key=f"{kind}_{key}",
            on_click="ignore",
            icon=icon,
            width="stretch",
        )


def view_url() -> str:
    """The link of the view shown: the page's address in the browser with its query (only the query where the
    address is unknown, as under AppTest)."""
    query = urlencode(st.query_params.to_dict())
    return (st.context.url or "") + (f"?{query}" if query else "")


def altair_spec(chart: object) -> dict:
    """The Vega-Lite spec ``st.altair_chart`` would send for ``chart`` (data as Arrow bytes), unvalidated.

    Streamlit's own conversion (``streamlit.elements.vega_charts``), except that the spec is
    not validated against the whole Vega-Lite schema again on every draw: that validation
    costs more than drawing, and the builders' tests validate every chart. A spec dict goes
    to ``st.vega_lite_chart``, the same front-end element, byte for byte the same.
    """
    import altair as alt
    from streamlit.elements import vega_charts

    datasets: dict[str, object] = {}
    alt.data_transformers.register("to_arrow_dataset", vega_charts._to_arrow_dataset)
    with vega_charts._altair_globals_lock:
        theme = alt.theme.enable("none") if alt.theme.active == "default" else nullcontext()
        with theme, alt.data_transformers.enable("to_arrow_dataset", datasets=datasets):
            spec = chart.to_dict(validate=False)
    existing = spec.get("datasets")
    spec["datasets"] = {**existing, **datasets} if isinstance(existing, dict) else datasets
    return spec


_BUILD_LOCK = threading.Lock()


def build_chart(build: Callable[[], object]) -> object:
    """Run a chart builder without Altair's validation of every intermediate object (the result is the same).

    Altair's switch is process-wide, so builds are serialised: two overlapping ones could
    otherwise leave it switched off for everybody.
    """
    from altair.utils.schemapi import debug_mode

    with _BUILD_LOCK, debug_mode(False):
        return build()


# Bounded by entries, not time: the warm-up (server/warm_up.py) fills about 350 chart specs and 270 builds, and
# they must outlive the hour an Expo day's first visitors come after it.
@st.cache_resource(max_entries=2000, show_spinner=False)
def _chart_spec(key: tuple, root: str, _build: Callable[[], object]) -> dict:
    return altair_spec(build_chart(_build))


def cached_chart(key: tuple, build: Callable[[], object]) -> Callable[[], dict]:
    """A chart for ``chart_block``, built and converted once per ``key`` (and data folder), then reused.

    ``key`` must name everything the chart depends on besides the data files (chart id,
    language, selections). The chart is built only when shown (not in the table view).
    The spec is shared, read-only, by every session (Streamlit copies it before use).
    """
    return lambda: _chart_spec(key, str(data_root()), build)


@st.cache_resource(max_entries=2000, show_spinner=False)
def _built(key: tuple, root: str, _build: Callable[[], object]) -> object:
    return _build()


def cached_build(key: tuple, build: Callable[[], object]) -> object:
    """``build()`` once per ``key`` (and data folder), shared read-only by every session (e.g. a map deck).

    ``key`` must name everything the result depends on besides the data files. Use it only
    for objects nobody mutates after building them.
    """
    return _built(key, str(data_root()), build)


def show_chart(chart: object, **kwargs: object) -> None:
    """Draw an Altair chart, a spec from ``altair_spec``/``cached_chart``, or a callable returning either."""
    if callable(chart) and not hasattr(chart, "to_dict"):
        chart = chart()
    kwargs.setdefault("width", "stretch")
    if isinstance(chart, dict):
        st.vega_lite_chart(spec=chart, **kwargs)
    else:
        st.altair_chart(chart, **kwargs)


def chart_spec(chart: object) -> dict:
    """The Vega-Lite spec of what ``show_chart`` draws for ``chart`` (a callable is called: a cached spec is reused)."""
    if callable(chart) and not hasattr(chart, "to_dict"):
        chart = chart()
    return chart if isinstance(chart, dict) else altair_spec(chart)


def sources_line(sources: list[Source], lang: str) -> str:
    return f"**{t('source_label', lang)}:** " + " · ".join(source.markdown(lang) for source in sources)


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
    level: int = 3,
    height: int | None = None,
) -> None:
    """A bordered card: title, unit, chart or table, text alternative, source, downloads.

    ``chart`` is an Altair chart, a Vega-Lite spec dict, or a callable returning either
    (e.g. ``cached_chart(...)``), called only when the chart view is shown (or its image downloaded).
    The downloads, in one menu built when opened (``download_menu``): CSV and XLSX of the table, the chart as
    PNG/SVG (title, unit and sources drawn with it) and "this exact view" as a ZIP (CSV, metadata.json, README).
    ``level``: the title's heading level, one below the section it stands in (2 where it opens a section).
    """
    with st.container(border=True, key=f"chart_block_{key}"):  # a class for app.css (the title's size)
        st.markdown(f"{'#' * level} {title}")
        if st.session_state.get(f"view_{key}", "chart") == "chart" and not table.empty:
            chart = chart_spec(chart)  # built here, in the section's run: a failing builder is the section's failure
        _chart_or_table(key, chart, table, unit, lang, height, plain_text(f"{title}. {alt_text}"))
        with st.container(key=f"chart_alt_{key}"):  # a class for print stylesheets (brief.css: not on paper)
            st.caption(f"{t('chart_alt_prefix', lang)}: {alt_text}")
        if note:
            st.caption(f"{t('note_label', lang)}: {note}")
        st.caption(sources_line(sources, lang))
        caption = ViewCaption(title, unit, tuple(sources), lang, note, view_url())
        download_menu(table, key, lang, caption=caption, chart=chart)


@st.fragment
def _chart_or_table(
    key: str, chart: object, table: pd.DataFrame, unit: str, lang: str, height: int | None, alt: str
) -> None:
    """The chart⇄table switch and what it shows, as a fragment: a switch reruns only this, so the block's
    download buttons (outside it) keep their files. A whole rerun gives every deferred download a new id and
    revokes the old one, and a click that still held it got no file (``Deferred file … not found``, issue 20).

    The switch comes first in its row, the unit after it: the element toolbar a chart or table shows on hover
    sits at the card's right edge, where it used to cover the switch (a click on "Table" went full screen).
    """
    row = st.container(horizontal=True, vertical_alignment="center", gap="medium")
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
    row.caption(f"{t('unit_label', lang)}: {unit}", width="content")
    if table.empty:
        st.info(t("empty_selection", lang), icon=":material/filter_alt_off:")
    elif view == "table":
        st.dataframe(readable_table(table, lang), hide_index=True, width="stretch")
    else:
        try:  # built here only when the viewer switches back to a chart the whole run did not build
            show_chart(chart, alt=alt, **({"height": height} if height else {}))  # its accessible name
        except Exception:  # noqa: BLE001 - as guarded_section: a calm notice, never a traceback in the card
            LOG.exception("chart %s failed", key)
            st.info(t("section_error", lang), icon=":material/info:")
