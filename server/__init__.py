"""How the app is served: ASGI middleware around Streamlit's app (see serve.py)."""
