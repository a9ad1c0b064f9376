"""Browser fixtures: one app server and one Chromium for the whole browser test session."""

from __future__ import annotations

import pytest

from devtools.browser import SCREENSHOTS, launch_chromium, serve_app


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
