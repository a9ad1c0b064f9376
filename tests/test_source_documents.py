"""The project's source documents are in the repository, unedited, and the tests read them from there."""

from __future__ import annotations

import hashlib
import re

from tests.conftest import SOURCE_DOCUMENTS, source_document


def test_every_source_document_matches_its_recorded_checksum():
    readme = (SOURCE_DOCUMENTS / "README.md").read_text(encoding="utf-8")
    recorded = dict(re.findall(r"^- `([\w.]+\.txt)`: `([0-9a-f]{64})`$", readme, re.M))
    present = {path.name for path in SOURCE_DOCUMENTS.glob("*.txt")}
    assert set(recorded) == present and len(present) == 5
    for name, digest in recorded.items():
        assert hashlib.sha256((SOURCE_DOCUMENTS / name).read_bytes()).hexdigest() == digest, name


def test_source_documents_carry_the_figures_the_app_reproduces():
    budget = source_document("nabis_projects_and_budget")
    assert "10,338,940" in budget and "37 Action Tasks" in budget and "334 Tasks" in budget
    assert "home to a total of 16 public institutions" in source_document("asiae_naju_innovation_city_season2")
