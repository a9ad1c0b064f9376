"""Shared fixtures: the repository root on sys.path, a helper to run pages in AppTest, a corrupted data folder."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A writable copy of data/ that the loaders read instead of the real one."""
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    monkeypatch.setenv("BND_DATA_DIR", str(target))
    return target
