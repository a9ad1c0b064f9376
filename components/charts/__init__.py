"""Pure chart and map builders (Altair, pydeck): data in, chart out; no Streamlit calls."""
