"""Innovation cities map (/map): where the public institutions that left the capital region went.

Links: ?city=IC03 opens a city's profile; ?province=KR-46 frames the province and pre-selects its innovation city.
Sections: components/sections/map.py · figures: data/relocation.py · tables and texts: components/views/map.py ·
deck and charts: components/charts/maps.py.
"""

import streamlit as st

from components.page import page_context, page_css
from components.sections import map as sections

ctx = page_context()
page_css("map")

# 1. Title, and the data every section reads
sections.map_header(ctx)
frames = sections.map_data(ctx)

# 2. Selection: ?city= (shareable), pre-selected from ?province= when that province hosts a city; the layers
choice = sections.map_city_choice(ctx, frames)
layers = sections.map_controls(ctx, frames, choice)

# 3. Map (a click picks a city or a province, and frames it), the chosen city at a glance, the legend
map_column, side_column = st.columns([3, 1.1], gap="medium")
with map_column:
    sections.map_deck(ctx, frames, choice, layers)
with side_column:
    sections.map_city_summary(ctx, frames, choice)
    sections.map_legend(ctx)

# 4. The chosen city: profile, sectors (Naju: the article's 4 / 5 / 4 / 3), institutions
sections.map_city_profile(ctx, frames, choice)
sections.map_city_sectors(ctx, frames, choice)
sections.map_city_institutions(ctx, frames, choice)

# 5. All institutions: search, filters, downloads
filters = sections.map_institution_filters(ctx, frames)
sections.map_institutions_table(ctx, frames, filters)

# 6. Reconciliation with the official count (MOLIT, 2019: 153 = 112 + 19 + 22)
sections.map_reconciliation(ctx, frames)
sections.map_city_counts(ctx, frames)
