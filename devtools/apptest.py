"""Open a page of the app through AppTest the way a browser would: entry file, the page, query params.

Shared by the tests (which add their checks, ``tests/apptest_helpers.py``) and the profiler in ``bench/``.
"""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from devtools import introspect
from devtools.browser import ROOT

PAGE_FILES = {page.url_path: page.file for page in introspect.pages()}


def open_page(path: str = "", timeout: float = 60, **params: str | list[str]) -> AppTest:
    """Open ``/<path>?<params>`` through app.py and return the finished AppTest."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    if path:  # AppTest must run once before it can switch; the page's own run then gets the params
        at.run()
        at.switch_page(PAGE_FILES[path])
    at.query_params.clear()
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()
