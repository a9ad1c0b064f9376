# The dashboard as one replica: `docker build -t bnd-dashboard . && docker run --rm -p 8501:8501 bnd-dashboard`
# (README "Deploy and scale"). Several replicas go behind a load balancer with cookie affinity (deploy/).
#
# Base: Debian 12 (bookworm, as on the project's machines) with CPython 3.11, pinned by tag and by digest (the
# multi-platform index of python:3.11.16-slim-bookworm, as recorded in docker-library/repo-info). Update both
# together: `docker buildx imagetools inspect python:3.11-slim-bookworm` shows the current digest.
FROM python:3.11.16-slim-bookworm@sha256:c425d915a89a6dcd3183b1797ad9bd8878caff5a417f6371c8df93c8ea8b727f

ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore

# A user (app, 10001) without a login shell or write access to the app: the code, data and static files belong to
# root. USER names it by number, so Kubernetes can check runAsNonRoot.
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --create-home --home-dir /home/app --shell /usr/sbin/nologin app

WORKDIR /app

# The pinned requirements first (a complete freeze, all wheels), so code changes do not reinstall them.
COPY requirements.txt ./
RUN pip install --only-binary=:all: --no-deps -r requirements.txt && pip check

# What the app reads at run time, and nothing else (.dockerignore keeps caches and raw sources out).
COPY .streamlit/ ./.streamlit/
COPY app.py serve.py ./
COPY components/ ./components/
COPY data/ ./data/
COPY geo/ ./geo/
COPY pages/ ./pages/
COPY server/ ./server/
COPY static/ ./static/
RUN python -m compileall -q /app

USER 10001:10001

# Configuration is Streamlit's own environment variables (STREAMLIT_<SECTION>_<OPTION>, over .streamlit/config.toml).
# Replicas behind one load balancer share STREAMLIT_SERVER_COOKIE_SECRET.
ENV STREAMLIT_SERVER_PORT=8501 \
    STREAMLIT_SERVER_ADDRESS=0.0.0.0
EXPOSE 8501

HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ['STREAMLIT_SERVER_PORT'] + '/_stcore/health', timeout=4)"]

# The same entry as scripts/run.sh: Streamlit's ASGI app around app.py (serve.py).
CMD ["python", "-m", "streamlit", "run", "serve.py"]
