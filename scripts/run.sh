#!/usr/bin/env bash
# Set everything up and serve the dashboard on http://localhost:${PORT:-8501}
source "$(dirname "$0")/setup.sh" requirements.txt
exec .venv/bin/python -m streamlit run serve.py --server.port "${PORT:-8501}" "$@"
