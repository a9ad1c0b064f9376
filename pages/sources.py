"""Data & sources (/sources): every dataset with its manifest entry, caveats and downloads."""

import streamlit as st

from components.formatting import source_links_markdown
from components.page import download_row, lang_of
from components.strings import t
from data.datasets import manifest
from data.loaders import load_dataset_with_preview
from data.validation import DatasetError

lang = lang_of()

# 1. Title and the house rules of the data
st.title(t("sources_title", lang))
st.markdown(t("sources_intro", lang))
st.info(t("sources_method", lang), icon=":material/verified:")

# 2. Filter
query = (
    st.text_input(t("sources_filter", lang), placeholder=t("sources_filter_placeholder", lang), max_chars=60)
    .strip()
    .lower()
)
entries = [
    entry
    for entry in manifest().values()
    if not query
    or query in " ".join([entry["id"], entry["title"]["ko"], entry["title"]["en"], entry["publisher"]]).lower()
]
if not entries:
    st.info(t("sources_none", lang))

# 3. One card per dataset
for entry in entries:
    with st.container(border=True):
        st.markdown(f"#### {entry['title'][lang]}")
        info, files = st.columns([3, 2])
        with info:
            st.markdown(f"**{t('sources_publisher', lang)}:** {entry['publisher']}")
            st.markdown(
                f"**{t('sources_links', lang)}:** "
                + " · ".join(source_links_markdown(url) for url in entry["source_urls"])
            )
            st.markdown(f"**{t('sources_license', lang)}:** {entry['license']}")
            st.markdown(
                f"**{t('sources_unit', lang)}:** {entry['unit']} · **{t('sources_vintage', lang)}:** {entry['vintage']}"
            )
            st.markdown(
                f"**{t('sources_caveats', lang)}:**\n" + "\n".join(f"- {caveat}" for caveat in entry["caveats"])
            )
        with files:
            if not entry["file"].endswith(".csv"):
                st.caption(t("sources_geo_rows", lang, file=entry["file"].replace("../", "")))
                continue
            try:
                frame, preview = load_dataset_with_preview(entry["id"])  # shared, read-only
            except DatasetError as error:
                st.error(t("data_error", lang, detail=str(error)), icon=":material/error:")
                continue
            st.caption(t("sources_rows", lang, n=len(frame), file=f"data/{entry['file']}"))
            download_row(frame, entry["id"], lang)
            with st.expander(t("sources_preview", lang)):
                st.dataframe(preview, hide_index=True, width="stretch")

# 4. Attribution the licences require
st.caption(t("kogl_attribution", lang))
st.caption(t("sources_font", lang))
