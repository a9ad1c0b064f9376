"""Overview (/): the headline figures, each with unit, year and source; a province's own figures when one is chosen."""

import streamlit as st

from components.page import page_context, page_header
from components.sections import overview as sections

ctx = page_context()

# 1. Title
page_header(ctx, "overview_title", "overview_intro")

# 2. Headline figures (national)
sections.overview_headline_figures(ctx)

# 3. The chosen province's own figures
if ctx.province:
    sections.overview_province_figures(ctx)

# 4. Two headline charts, side by side
left, right = st.columns(2)
with left:
    sections.overview_budget_chart(ctx)
with right:
    sections.overview_capital_share_chart(ctx)

# 5. Where to go next
sections.overview_explore_links(ctx)
