"""What to measure and what to fuzz, from the app's own declarations.

Pages and the URL parameters each reads come from the page registry (``components/registry.py``);
the datasets a page reads from its ``load_*`` calls (in the page and its own modules), resolved
through ``data/loaders.py``. Pure (no Streamlit), so plain pytest and the bench can both use it.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

from components.registry import APP_PARAMS, PAGES, PageSpec  # noqa: F401 - re-exported for the tests

ROOT = Path(__file__).resolve().parents[1]

# Names a page might plausibly read; fuzzed everywhere in case a page reads one it does not declare.
GENERIC_PARAMS = (
    "strategy",
    "task",
    "view",
    "accounts",
    "from",
    "to",
    "real",
    "city",
    "dest",
    "sector",
    "year",
    "q",
    "compare",
    "indicator",
    "slide",
    "interval",
    "embed",
)


def pages() -> tuple[PageSpec, ...]:
    return PAGES


def page_params(page_file: str) -> tuple[str, ...]:
    """URL parameters a page declares in the registry (app-wide ones excluded)."""
    return tuple(p.name for spec in PAGES if spec.file == page_file for p in spec.params)


def fuzz_params(page_file: str) -> tuple[str, ...]:
    """Everything worth fuzzing on a page: app-wide params, the page's own, and the generic set."""
    return tuple(dict.fromkeys([*APP_PARAMS, *page_params(page_file), *GENERIC_PARAMS]))


def _page_sources(page_file: str) -> str:
    """The page's source plus its own modules (files named after the page anywhere under components/ and data/)."""
    path = ROOT / page_file
    stem = path.stem
    parts = [path.read_text(encoding="utf-8")] if path.exists() else []
    for folder in ("components", "data"):
        for helper in sorted((ROOT / folder).rglob(f"*{stem}*.py")):
            parts.append(helper.read_text(encoding="utf-8"))
    return "\n".join(parts)


# --- which datasets a page reads -------------------------------------------------------------


def _string_args(call: ast.Call) -> list[str]:
    return [arg.value for arg in call.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]


def _call_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


@lru_cache(maxsize=1)
def loader_datasets() -> dict[str, frozenset[str]]:
    """Loader function name in data/loaders.py -> dataset ids it reads (following calls inside the module)."""
    tree = ast.parse((ROOT / "data" / "loaders.py").read_text(encoding="utf-8"))
    direct: dict[str, set[str]] = {}
    calls: dict[str, set[str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        direct[node.name], calls[node.name] = set(), set()
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call):
                name = _call_name(inner)
                if name in ("read_dataset", "load_dataset", "_load"):
                    direct[node.name].update(_string_args(inner))
                elif name:
                    calls[node.name].add(name)
    resolved: dict[str, frozenset[str]] = {}

    def resolve(name: str, seen: frozenset[str] = frozenset()) -> set[str]:
        out = set(direct.get(name, ()))
        for callee in calls.get(name, ()):
            if callee in direct and callee not in seen:
                out |= resolve(callee, seen | {name})
        return out

    for name in direct:
        resolved[name] = frozenset(resolve(name))
    return resolved


def _csv_dataset_ids() -> frozenset[str]:
    import json

    entries = json.loads((ROOT / "data" / "manifest.json").read_text(encoding="utf-8"))["datasets"]
    return frozenset(entry["id"] for entry in entries if entry["file"].endswith(".csv"))


def page_datasets(page_file: str) -> frozenset[str]:
    """Dataset ids a page (and its own helper modules) loads through data/loaders.py."""
    text = _page_sources(page_file)
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return frozenset()
    loaders = loader_datasets()
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _call_name(node)
            if name in ("load_dataset", "read_dataset"):
                constants = _string_args(node)
                if constants:
                    found.update(constants)
                elif node.args:  # load_dataset(entry["id"]) in a loop: it may read any dataset
                    found |= _csv_dataset_ids()
            elif name in loaders:
                found |= loaders[name]
    return frozenset(found)
