"""Production entry: serves ``app.py`` through Streamlit's ASGI ``st.App`` with one fix.

Opened directly at a page URL such as ``/map``, Streamlit's front end first
probes ``/map/_stcore/health`` and ``/map/_stcore/host-config`` (to find a
possible base path) and logs two 404 console errors before it falls back to
``/`` (streamlit/streamlit#7074). This app is always served at the root, so the
middleware tells the front end so (``window.__streamlit.BACKEND_BASE_URL``)
in the HTML page and the probing — and its console errors — never happen.

It also gzips what Streamlit sends uncompressed (its JavaScript bundle is most
of a first visit's bytes), which matters on a venue's network, and warms the
caches in the background (``server/warm_up.py``: every page × province ×
language once), so no first visit to a province pays for building it.

Run with ``streamlit run serve.py`` (``bash scripts/run.sh`` does).
"""

from __future__ import annotations

import streamlit as st

from server.asgi import MIDDLEWARE
from server.warm_up import start_warm_up

app = st.App("app.py", middleware=MIDDLEWARE)
start_warm_up()
