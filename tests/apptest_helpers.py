"""Run the app through AppTest the way a browser would: entry file, a page, query params."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
PAGE_FILES = {
    "": "pages/overview.py",
    "vision": "pages/vision.py",
    "budget": "pages/budget.py",
    "map": "pages/map.py",
    "regions": "pages/regions.py",
    "present": "pages/present.py",
    "sources": "pages/sources.py",
}


def run_page(path: str = "", timeout: float = 60, **params: str) -> AppTest:
    """Open ``/<path>?<params>`` through app.py and return the finished AppTest."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    if path:  # AppTest must run once before it can switch; the page's own run then gets the params
        at.run()
        at.switch_page(PAGE_FILES[path])
    at.query_params.clear()
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def all_text(at: AppTest) -> str:
    """Every piece of visible text in the run (markdown, titles, captions, metrics, alerts)."""
    parts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success", "text"):
        parts.extend(str(element.value) for element in getattr(at, kind))
    for metric in at.metric:
        parts.extend([str(metric.label), str(metric.value)])
    return "\n".join(parts)
