"""Browser fixtures: one app server and one Chromium for the whole browser test session.

Without Debian's chromium (or Playwright) the browser tier skips with the reason; the README's
test command installs both, so CI always runs it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from devtools.browser import SCREENSHOTS, launch_chromium, serve_app


def _missing_browser() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (bash scripts/test.sh installs it)"
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        return "Debian's chromium is not installed (bash scripts/test.sh installs it: apt-get install chromium)"
    return None


def pytest_collection_modifyitems(config, items):
    reason = _missing_browser()
    if reason:
        here = Path(__file__).parent
        for item in items:
            if Path(item.path).is_relative_to(here):
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def app_url():
    with serve_app() as (base, _process):
        yield base


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture
def new_page(chromium):
    """A fresh page at a given viewport; closed after the test."""
    contexts = []

    def _make(width: int = 1920, height: int = 1080):
        context = chromium.new_context(viewport={"width": width, "height": height}, locale="ko-KR")
        contexts.append(context)
        return context.new_page()

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    yield _make
    for context in contexts:
        context.close()
