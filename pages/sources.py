"""Data & sources (/sources): every dataset with its manifest entry, caveats and downloads; every cited document."""

import streamlit as st

from components.page import page_context, page_header
from components.sections import sources as sections
from components.strings import t

ctx = page_context()

# 1. Title and the house rules of the data
page_header(ctx, "sources_title", "sources_intro")
st.info(t("sources_method", ctx.lang), icon=":material/verified:")

# 2. Filter
entries = sections.sources_filter(ctx)

# 3. One card per dataset
sections.sources_dataset_cards(ctx, entries)

# 4. Documents the pages cite besides the datasets
sections.sources_cited_documents(ctx)

# 5. Attribution the licences require
sections.sources_attributions(ctx)
