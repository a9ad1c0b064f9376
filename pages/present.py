"""Placeholder until its issue lands: a short line instead of an empty page."""
import streamlit as st

from components.page import lang_of
from components.strings import t

lang = lang_of()
st.title(t("page_present", lang))
st.info(t("coming_soon", lang), icon=":material/construction:")
