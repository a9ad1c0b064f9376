"""Regional comparison (/regions): 2–4 provinces side by side — indicators, ranks and gaps, a map, the capital
region's share, policy profiles.

Links: ?compare=KR-41,KR-46,KR-50 (2–4 provinces; the sidebar's ?province= is always among them; without it the
province + Seoul, or Gyeonggi, South Jeolla and Sejong), ?indicator=…&period=… (the ranking and the map).
"""

from components.page import page_context, page_header
from components.sections import regions as sections

ctx = page_context()

# 1. Title
page_header(ctx, "regions_title", "regions_intro")

# 2. Selection: the compared provinces, kept in the URL
chosen = sections.regions_selection(ctx)

# 3. The indicator table every figure below comes from (a bad data file is named here, once)
latest = sections.regions_latest_periods(ctx)

# 4. Side by side: each province's headline figures, rank among the 17 and gap to the national reference
sections.regions_cards(ctx, chosen, latest)

# 5. All indicators for the compared provinces: rank and gap, as a chart and a table
sections.regions_gaps(ctx, chosen, latest)

# 6. One indicator over all 17 provinces: ranking bars and the choropleth
sections.regions_ranking_and_map(ctx, chosen, latest)

# 7. Over time: population, GRDP (each base year apart), relocated institutions and their employees
sections.regions_population_over_time(ctx, chosen, latest)
sections.regions_grdp_over_time(ctx, chosen, latest)
sections.regions_institutions(ctx, chosen, latest)

# 8. The capital region's share: population past 50% in 2019 (both series labelled) and GRDP
sections.regions_capital_share(ctx, latest)

# 9. Policy profiles side by side, grouped by category, each item with its source
sections.regions_profiles(ctx, chosen)
