"""Entry point: page config, navigation registry, shared sidebar, URL state.

Run with ``make run`` (see README). Pages live in ``pages/`` and never import
each other; they read the language and province this file resolves from the
URL (``?lang=ko|en``, ``?province=KR-xx``) through ``components.page``.
"""

from __future__ import annotations

import streamlit as st

from components.page import LOG, page_css
from components.registry import PAGES
from components.strings import t
from components.url_state import current_params, resolve_url_state, sync_widget_to_param
from data.loaders import load_provinces
from data.validation import DatasetError

LANGUAGE_NAMES = {"ko": "한국어", "en": "English"}

st.set_page_config(
    page_title="국가균형발전 대시보드 · Balanced Development", page_icon="static/favicon.png", layout="wide"
)
page_css("app")  # the few rules every page shares (static/css/app.css)

# 1. Provinces (from the data) and the URL state.
try:
    provinces = load_provinces()
    province_names = {row.iso_code: {"ko": row.name_ko, "en": row.name_en} for row in provinces.itertuples(index=False)}
    provinces_error = None
except DatasetError as error:
    LOG.warning("province list unavailable: %s", error)
    province_names, provinces_error = {}, error

state = resolve_url_state(st.query_params.to_dict(), list(province_names))
lang = state.lang
for notice in state.notices:  # drop what we could not use so the link heals itself
    param = "lang" if notice.key == "notice_bad_lang" else "province"
    if param in st.query_params:
        del st.query_params[param]
st.session_state["_lang"] = lang
st.session_state["_province"] = state.province
st.session_state["_province_names"] = province_names

# 2. Navigation: our own links (they carry ?province=&lang=), so the built-in menu is hidden.
pages = [
    st.Page(spec.file, title=t(spec.key, lang), url_path=spec.url_path, icon=spec.icon, default=spec.url_path == "")
    for spec in PAGES
]
current = st.navigation(pages, position="hidden")
presenting = current.url_path == "present"
st.set_page_config(page_title=f"{current.title} · {t('app_title', lang)}")  # each page and language its own title

# 3. Shared sidebar (not in presentation mode: nothing but the slides on the big screen).
if not presenting:
    with st.sidebar:
        st.markdown(f"### {t('app_title', lang)}")
        st.caption(t("app_tagline", lang))
        st.session_state["lang_choice"] = lang
        st.segmented_control(
            t("language_label", lang),
            options=list(LANGUAGE_NAMES),
            format_func=LANGUAGE_NAMES.get,
            required=True,
            key="lang_choice",
            on_change=sync_widget_to_param("lang_choice", "lang", default="ko"),
        )
        if provinces_error is None:
            st.session_state["province_choice"] = state.province or ""
            st.selectbox(
                t("province_label", lang),
                options=[""] + list(province_names),
                format_func=lambda code: province_names[code][lang] if code else t("province_all", lang),
                key="province_choice",
                help=t("province_help", lang),
                on_change=sync_widget_to_param("province_choice", "province", default=""),
            )
        else:
            st.error(t("data_error", lang, detail=str(provinces_error)))
        st.markdown(f"**{t('nav_heading', lang)}**")
        links = current_params()
        for page, spec in zip(pages, PAGES, strict=True):
            st.page_link(page, label=t(spec.key, lang), icon=spec.icon, query_params=links, width="stretch")
        st.divider()
        st.caption(t("sidebar_footer", lang))

# 4. Friendly notices for link values we could not use, then the page itself.
for notice in state.notices:
    st.warning(t(notice.key, lang, **notice.values), icon=":material/link_off:")
current.run()
