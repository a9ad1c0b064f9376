"""The framework's floor, served exactly like the dashboard (``serve.py``): ASGI ``st.App`` + the same middleware.

``bench/static`` links to the app's ``static/`` so the theme's bundled fonts load here too.
"""

from __future__ import annotations

import streamlit as st

from server.asgi import MIDDLEWARE

app = st.App("minimal_app.py", middleware=MIDDLEWARE)
