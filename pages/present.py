"""Expo presentation mode (/present): full-screen slides that advance by themselves, all day, offline.

Links: ?interval=SECONDS (5–120, default 12), ?slide=N (1-based start), ?province=KR-xx adds a spotlight slide
for that province, ?lang=ko|en. A failing slide shows a calm card and the loop goes on.
Sections: components/sections/present.py · figures and texts: components/views/present.py · charts and the map:
components/charts/present.py (the map is /map's deck of data.relocation's one flow table) · CSS: static/css/present.css.
"""

import streamlit as st

from components.page import page_context, page_css
from components.sections import present as sections

ctx = page_context()

# 1. Big type for the big screen. The slide is laid out for 1920×1080 and scaled as a whole (CSS zoom) to the
#    screen, so nothing is cut off or scrolls on 1366×768 or on 4K either. Static CSS: no user or data text in it.
page_css("present")

# 2. Settings from the link: interval and first slide (a bad value falls back, with a notice)
settings = sections.present_settings(ctx)

with st.container(key="present_root"):
    # 3. The loop. Every slide is built once, stacked in one place; only the small fragment with the controls
    #    reruns on each tick and switches which slide is visible (a CSS rule). Charts and the map are never
    #    removed and re-created while the loop runs: a removed deck.gl map keeps its WebGL context in memory
    #    (visgl/deck.gl#9264), which over a day would exhaust the browser.
    sections.present_controls(ctx, settings)

    # 4. The slides: one idea each, a large headline and one chart or map. A new show builds the slide on screen
    #    first; the loop's first, early tick builds the others into their places (the map's first frame is slow
    #    in software WebGL, and slide 1 need not wait for it).
    with st.container(key="present_stack"):
        sections.present_slide(ctx, settings, "vision", sections.present_vision_slide)
        sections.present_slide(ctx, settings, "budget", sections.present_budget_slide)
        sections.present_slide(ctx, settings, "relocation", sections.present_relocation_slide)
        sections.present_slide(ctx, settings, "capital_share", sections.present_share_slide)
        sections.present_slide(ctx, settings, "naju", sections.present_naju_slide)

        # 5. With ?province=: the province's spotlight closes the loop
        if ctx.province:
            sections.present_slide(ctx, settings, "province", sections.present_province_slide)
