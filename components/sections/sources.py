"""The /sources page's sections: a filter, one card per dataset, the documents pages cite, attributions."""

from __future__ import annotations

import streamlit as st

from components.formatting import md_escape, source_links_markdown
from components.page import PageContext, download_row, section
from components.registry import page
from components.strings import t
from data.datasets import manifest, manifest_references, repository_path
from data.loaders import load_dataset_with_preview
from data.validation import DatasetError


def sources_matching(query: str) -> list[dict]:
    """Manifest entries whose id, titles or publisher contain ``query`` (case-insensitive)."""
    query = query.strip().lower()
    return [
        entry
        for entry in manifest().values()
        if not query
        or query in " ".join([entry["id"], entry["title"]["ko"], entry["title"]["en"], entry["publisher"]]).lower()
    ]


def sources_filter(ctx: PageContext) -> list[dict]:
    query = st.text_input(
        t("sources_filter", ctx.lang), placeholder=t("sources_filter_placeholder", ctx.lang), max_chars=60
    )
    entries = sources_matching(query)
    if not entries:
        st.info(t("sources_none", ctx.lang))
    return entries


@section("sources §3 dataset cards")
def sources_dataset_cards(ctx: PageContext, entries: list[dict]) -> None:
    lang = ctx.lang
    for entry in entries:
        with st.container(border=True):
            st.markdown(f"#### {md_escape(entry['title'][lang])}")
            info, files = st.columns([3, 2])
            with info:
                st.markdown(f"**{t('sources_publisher', lang)}:** {md_escape(entry['publisher'])}")
                links = " · ".join(source_links_markdown(url) for url in entry["source_urls"])
                st.markdown(f"**{t('sources_links', lang)}:** {links}")
                st.markdown(f"**{t('sources_license', lang)}:** {md_escape(entry['license'])}")
                st.markdown(
                    f"**{t('sources_unit', lang)}:** {md_escape(entry['unit'])} · "
                    f"**{t('sources_vintage', lang)}:** {md_escape(entry['vintage'])}"
                )
                caveats = "\n".join(f"- {md_escape(caveat)}" for caveat in entry["caveats"])
                st.markdown(f"**{t('sources_caveats', lang)}:**\n{caveats}")
            with files:
                _dataset_files(entry, lang)


def _dataset_files(entry: dict, lang: str) -> None:
    if not entry["file"].endswith(".csv"):
        st.caption(t("sources_geo_rows", lang, file=entry["file"].replace("../", "")))
        return
    try:
        frame, preview = load_dataset_with_preview(entry["id"])  # shared, read-only
    except DatasetError as error:
        st.error(t("data_error", lang, detail=str(error)), icon=":material/error:")
        return
    st.caption(t("sources_rows", lang, n=len(frame), file=repository_path(entry["id"])))
    download_row(frame, entry["id"], lang)
    with st.expander(t("sources_preview", lang)):
        st.dataframe(preview, hide_index=True, width="stretch")


@section("sources §4 documents the pages cite")
def sources_cited_documents(ctx: PageContext) -> None:
    """Press releases and articles a page cites beside its datasets (the manifest's references)."""
    lang = ctx.lang
    st.subheader(t("sources_references_heading", lang))
    st.caption(t("sources_references_intro", lang))
    for reference in manifest_references():
        pages = ", ".join(t(page(path).key, lang) for path in reference["cited_on"])
        st.markdown(
            f"- [{md_escape(reference['publisher'])}]({reference['url']}): {md_escape(reference['title'])} "
            f"— {t('sources_cited_on', lang, pages=pages)}"
        )


def sources_attributions(ctx: PageContext) -> None:
    st.caption(t("kogl_attribution", ctx.lang))
    st.caption(t("sources_font", ctx.lang))
