"""Read the app's own source to learn what to measure and what to fuzz.

The benchmark and the hostile-input tests must keep up with pages that are
still being written, so nothing here is a hand-kept list: the pages come from
the registry in ``app.py``, each page's URL parameters from the page source
(``st.query_params.get("x")``, ``write_param("x", ...)``, ...), and the datasets
a page reads from its ``load_*`` calls, resolved through ``data/loaders.py``.
Pure (no Streamlit), so plain pytest and the bench can both use it.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Read by app.py on every page.
GLOBAL_PARAMS = ("province", "lang")
# Names a page may plausibly read; fuzzed everywhere in case a page reads one in a way the scan misses.
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

_PARAM_PATTERNS = [
    re.compile(r"query_params\.(?:get|get_all|pop)\(\s*['\"]([A-Za-z_][\w-]*)['\"]"),
    re.compile(r"query_params\[\s*['\"]([A-Za-z_][\w-]*)['\"]\s*\]"),
    re.compile(r"['\"]([A-Za-z_][\w-]*)['\"]\s+(?:not\s+)?in\s+st\.query_params"),
    re.compile(r"write_param\(\s*['\"]([A-Za-z_][\w-]*)['\"]"),
    re.compile(r"sync_widget_to_param\(\s*[^,]+,\s*['\"]([A-Za-z_][\w-]*)['\"]"),
    re.compile(r"(?:read_choice|read_multi|read_int|read_param)\(\s*['\"]([A-Za-z_][\w-]*)['\"]"),
    re.compile(r"current_params\(([^)]*)\)"),  # keyword overrides: current_params(year="2020")
]


@dataclass(frozen=True)
class PageInfo:
    url_path: str  # "" for the overview
    file: str  # relative to the repository root
    title_key: str

    @property
    def name(self) -> str:
        return self.url_path or "overview"


@lru_cache(maxsize=1)
def pages() -> tuple[PageInfo, ...]:
    """The page registry ``PAGES`` in app.py: (string key, file, URL path, icon) per page."""
    tree = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "PAGES" for t in node.targets):
            rows = ast.literal_eval(node.value)
            return tuple(PageInfo(url_path=row[2], file=row[1], title_key=row[0]) for row in rows)
    raise RuntimeError("app.py has no PAGES registry")


def _page_sources(page_file: str) -> str:
    """The page's source plus its own helper modules (files with the page's name in components/ and data/)."""
    path = ROOT / page_file
    stem = path.stem
    parts = [path.read_text(encoding="utf-8")] if path.exists() else []
    for folder in ("components", "data", "components/strings"):
        for helper in sorted((ROOT / folder).glob(f"*{stem}*.py")):
            if folder == "components/strings":
                continue  # strings never read the URL
            parts.append(helper.read_text(encoding="utf-8"))
    return "\n".join(parts)


def page_params(page_file: str) -> tuple[str, ...]:
    """URL parameters a page reads or writes, found in its source (app-wide ones excluded)."""
    found: list[str] = []
    text = _page_sources(page_file)
    for pattern in _PARAM_PATTERNS:
        for match in pattern.finditer(text):
            if pattern.pattern.startswith("current_params"):
                names = re.findall(r"([A-Za-z_]\w*)\s*=", match.group(1))
            else:
                names = [match.group(1)]
            for name in names:
                if name not in found and name not in GLOBAL_PARAMS:
                    found.append(name)
    return tuple(found)


def fuzz_params(page_file: str) -> tuple[str, ...]:
    """Everything worth fuzzing on a page: app-wide params, the page's own, and the generic set."""
    ordered = [*GLOBAL_PARAMS, *page_params(page_file), *GENERIC_PARAMS]
    return tuple(dict.fromkeys(ordered))


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
