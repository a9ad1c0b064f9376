"""The /sources page's sections: a filter, one collapsed card per dataset, the documents pages cite, attributions.

Cards start collapsed, so the page is a list of titles a reader opens (issue 20: it was twelve screens long), and
a card's content is built when it is opened (issue 15); texts and tables come from ``components.views.sources``.
"""

from __future__ import annotations

import streamlit as st
from streamlit import dataframe_util

from components.formatting import md_escape
from components.page import PageContext, cached_build, download_row, section
from components.registry import page
from components.strings import t, tn
from components.views import sources as views
from data.datasets import manifest, manifest_references
from data.loaders import load_dataset_shared
from data.validation import DatasetError


def sources_filter(ctx: PageContext) -> list[dict]:
    query = st.text_input(
        t("sources_filter", ctx.lang), placeholder=t("sources_filter_placeholder", ctx.lang), max_chars=60
    )
    entries = views.sources_matching(list(manifest().values()), query)
    if not entries:
        st.info(t("sources_none", ctx.lang))
    return entries


@section("sources §3 dataset cards")
def sources_dataset_cards(ctx: PageContext, entries: list[dict]) -> None:
    lang = ctx.lang
    if entries:
        st.caption(tn("sources_cards_intro", lang, len(entries)))
    for entry in entries:
        _dataset_card(entry, lang)


@st.fragment
def _dataset_card(entry: dict, lang: str) -> None:
    """One dataset's card, built only when opened (opening reruns this card alone): closed, 31 cards sent a data grid
    and a row of downloads each, most of /sources' first-visit time (issue 15)."""
    key = card_key(entry["id"])
    with st.expander(md_escape(entry["title"][lang]), icon=":material/dataset:", key=key, on_change="rerun") as card:
        if card.open:
            info, files = st.columns([3, 2])
            info.markdown(views.card_markdown(entry, lang))
            with files:
                _dataset_files(entry, lang)


def card_key(dataset_id: str) -> str:
    """The widget key of a dataset's card (``st.session_state[key]`` is True while it is open)."""
    return f"sources_card_{dataset_id}"


def _dataset_files(entry: dict, lang: str) -> None:
    """Row count, downloads (readers' headers) and a preview of the first rows; the boundaries are maps."""
    if not entry["file"].endswith(".csv"):
        st.caption(t("sources_geo_rows", lang))
        return
    try:
        frame = load_dataset_shared(entry["id"])  # shared, read-only
    except DatasetError as error:
        st.error(t("data_error", lang, detail=str(error)), icon=":material/error:")
        return
    labelled, preview = cached_build(  # once per dataset and language, shared read-only by every session
        ("sources_dataset", entry["id"], lang),
        lambda: (
            views.reader_columns(frame, lang),
            dataframe_util.convert_pandas_df_to_arrow_table(views.preview_table(frame, lang)),
        ),
    )
    st.caption(tn("sources_rows", lang, len(frame)))
    with st.container(horizontal=True, gap="small"):
        download_row(labelled, entry["id"], lang)
    st.caption(t("sources_preview", lang, n=views.PREVIEW_ROWS))
    st.dataframe(preview, hide_index=True, width="stretch", height=260)


@section("sources §4 documents the pages cite")
def sources_cited_documents(ctx: PageContext) -> None:
    """Press releases and articles a page cites beside its datasets (the manifest's ``references``)."""
    lang = ctx.lang
    references = manifest_references()
    with st.expander(tn("sources_references_heading", lang, len(references)), icon=":material/article:"):
        st.caption(t("sources_references_intro", lang))
        lines = []
        for reference in references:
            pages = ", ".join(t(page(path).key, lang) for path in reference["cited_on"])
            lines.append(views.reference_line(reference, pages, lang))
        st.markdown("\n".join(lines))


def sources_attributions(ctx: PageContext) -> None:
    st.caption(t("kogl_attribution", ctx.lang))
    st.caption(t("sources_font", ctx.lang))
