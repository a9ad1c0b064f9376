"""Shared fixtures and the suite's rules: tiers, strict sections, the repository's own source documents.

Tiers (``-m unit``, ``-m apptest``, ``-m browser``): tests under ``tests/browser/`` are ``browser``;
a test that opens the app through AppTest carries ``@pytest.mark.apptest`` (``run_page`` refuses to
run in any other tier, so the fast tiers never hide a slow test); every other test is ``unit``.

Strict sections: set here, before any app code runs, so AppTest and the browser tests' server both
see it. A section that crashes for any reason but a bad data file then fails the test, naming the
section, instead of showing the reader a calm notice (``components.page.guarded_section``).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from streamlit import config as streamlit_config

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ["BND_STRICT_SECTIONS"] = "1"
# The test servers start many times and need no warm-up (server/warm_up.py); tests/browser/test_warm_up.py runs it.
os.environ["BND_WARM_UP"] = "0"
# The app hides exception details from viewers; a failing test should show them (the browser tests'
# server reads the variable, AppTest the option).
os.environ["STREAMLIT_CLIENT_SHOW_ERROR_DETAILS"] = "full"
streamlit_config.set_option("client.showErrorDetails", "full")

SOURCE_DOCUMENTS = ROOT / "data" / "source_documents"
TIERS = ("unit", "apptest", "browser")


def source_document(name: str) -> str:
    """The text of one of the project's source documents (``data/source_documents/<name>.txt``)."""
    return (SOURCE_DOCUMENTS / f"{name}.txt").read_text(encoding="utf-8")


def pytest_collection_modifyitems(config, items):
    browser_dir = ROOT / "tests" / "browser"
    for item in items:
        marked = [tier for tier in TIERS if item.get_closest_marker(tier)]
        in_browser_dir = browser_dir in Path(item.path).parents
        if in_browser_dir and marked not in ([], ["browser"]):
            raise pytest.UsageError(f"{item.nodeid}: tests under tests/browser/ are the browser tier, not {marked}")
        if not in_browser_dir and "browser" in marked:
            raise pytest.UsageError(f"{item.nodeid}: browser tests live under tests/browser/")
        if len(marked) > 1:
            raise pytest.UsageError(f"{item.nodeid}: one tier per test, not {marked}")
        if not marked:
            item.add_marker("browser" if in_browser_dir else "unit")


@pytest.fixture(autouse=True)
def _current_tier(request):
    """Tell ``run_page`` which tier the running test is in."""
    from tests import apptest_helpers

    apptest_helpers.CURRENT_TIER = next(t for t in TIERS if request.node.get_closest_marker(t))
    yield
    apptest_helpers.CURRENT_TIER = None


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A writable copy of data/ that the loaders read instead of the real one."""
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    monkeypatch.setenv("BND_DATA_DIR", str(target))
    return target
