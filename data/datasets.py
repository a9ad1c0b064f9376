"""Read each dataset listed in ``manifest.json``, validated, as a DataFrame.

Pure (no Streamlit): the cached wrappers live in ``data/loaders.py``. The data
folder can be pointed elsewhere with ``BND_DATA_DIR`` so tests can feed a
corrupted copy without touching the real files.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

import pandas as pd

from data.validation import DatasetError, apply_schema, check_account_totals, check_population_sums, read_csv_strict

PACKAGE_DIR = Path(__file__).resolve().parent
MANIFEST_PATH = PACKAGE_DIR / "manifest.json"


def data_root() -> Path:
    """Folder the CSVs are read from (``BND_DATA_DIR`` or this package)."""
    return Path(os.environ.get("BND_DATA_DIR", PACKAGE_DIR))


@lru_cache(maxsize=1)
def manifest() -> dict[str, dict]:
    """Dataset id -> manifest entry (title, publisher, urls, license, unit, vintage, caveats, schema)."""
    with MANIFEST_PATH.open(encoding="utf-8") as handle:
        entries = json.load(handle)["datasets"]
    return {entry["id"]: entry for entry in entries}


@lru_cache(maxsize=1)
def manifest_references() -> tuple[dict, ...]:
    """Documents the pages cite that are not datasets (press releases, articles): id, publisher, title, year, url."""
    with MANIFEST_PATH.open(encoding="utf-8") as handle:
        return tuple(json.load(handle).get("references", ()))


def outside_data(dataset_id: str) -> bool:
    """The file lives outside data/ (``../geo/…``): a redirected data folder (``BND_DATA_DIR``) does not hold it."""
    return manifest()[dataset_id]["file"].startswith("../")


def dataset_path(dataset_id: str, root: Path | None = None) -> Path:
    file = manifest()[dataset_id]["file"]
    return (PACKAGE_DIR / file).resolve() if outside_data(dataset_id) else (root or data_root()) / file


def repository_path(dataset_id: str) -> str:
    """The file's path from the repository root, as messages and /sources name it (``data/…``, ``geo/…``)."""
    return os.path.normpath(f"data/{manifest()[dataset_id]['file']}").replace(os.sep, "/")


def _integrity(dataset_id: str, frame: pd.DataFrame, name: str) -> pd.DataFrame:
    if dataset_id == "special_account_budget":
        check_account_totals(frame, name)
    elif dataset_id == "population_2022_2024":
        check_population_sums(frame, name)
    elif dataset_id == "province_indicators":
        population = frame[frame["indicator"] == "resident_population"].rename(columns={"value": "population"})
        check_population_sums(population, name)
    return frame


def read_dataset(dataset_id: str, root: str | Path | None = None) -> pd.DataFrame:
    """Load one CSV dataset, apply its manifest schema and integrity checks.

    Raises DatasetError naming file, line and column when the file is unusable.
    """
    entry = manifest()[dataset_id]
    path = dataset_path(dataset_id, Path(root) if root else None)
    name = repository_path(dataset_id)
    frame = read_csv_strict(path, name)
    frame = apply_schema(frame, entry["columns"], entry.get("unique", []), name)
    return _integrity(dataset_id, frame, name)


def csv_datasets() -> list[str]:
    """Ids of the datasets stored as CSV, in data/ or geo/ (the boundaries are GeoJSON, read by geo/)."""
    return [key for key, entry in manifest().items() if entry["file"].endswith(".csv")]


__all__ = [
    "DatasetError",
    "csv_datasets",
    "data_root",
    "dataset_path",
    "manifest",
    "outside_data",
    "read_dataset",
    "repository_path",
]
