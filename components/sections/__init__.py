"""One module per page: its sections (Streamlit), each a guarded function the page calls in order."""
