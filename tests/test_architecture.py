"""The structure a newcomer relies on: thin pages, layers that do not leak, one name per function, one theme."""

from __future__ import annotations

import ast
import re
import tomllib
from collections import defaultdict
from pathlib import Path

import pytest

from components import theme
from components.registry import PAGES

ROOT = Path(__file__).resolve().parents[1]
APP_PACKAGES = ("components", "data", "geo", "server")
LANG_TEST = re.compile(r"\blang\s*[!=]=")


def _python_files(*folders: str) -> list[Path]:
    return sorted(path for folder in folders for path in (ROOT / folder).rglob("*.py"))


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("spec", PAGES, ids=lambda spec: spec.name)
def test_each_page_is_a_short_table_of_contents(spec):
    source = (ROOT / spec.file).read_text(encoding="utf-8")
    assert len(source.splitlines()) <= 150, f"{spec.file} has {len(source.splitlines())} lines"
    assert not LANG_TEST.search(source), f"{spec.file} chooses text by language: use the catalogue"
    tree = ast.parse(source)
    assert not [n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef)], "pages define nothing"
    assert not any(name.startswith("pages") for name in _imports(ROOT / spec.file)), "pages never import each other"


def test_components_choose_text_through_the_catalogue():
    hits = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in _python_files("components")
        if "strings" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if LANG_TEST.search(line)
    ]
    assert len(hits) <= 5, f"language tests outside the catalogue (layout only, at most a handful): {hits}"


def test_data_and_geo_never_import_the_ui():
    for path in _python_files("data", "geo"):
        leaks = {name for name in _imports(path) if name.split(".")[0] in ("components", "pages", "streamlit")}
        if path.name == "loaders.py":  # the cached loaders are the one place data meets st.cache_data
            leaks.discard("streamlit")
        assert not leaks, f"{path.relative_to(ROOT)} imports {sorted(leaks)}"


def test_bench_and_tests_do_not_import_each_other():
    for path in _python_files("bench"):
        assert not any(name.split(".")[0] == "tests" for name in _imports(path)), path
    for path in _python_files("tests"):
        assert not any(name.split(".")[0] == "bench" for name in _imports(path)), path


def test_no_top_level_function_is_defined_twice():
    where = defaultdict(list)
    for path in [ROOT / "app.py", *_python_files(*APP_PACKAGES)]:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef):
                where[node.name].append(str(path.relative_to(ROOT)))
    twice = {name: files for name, files in where.items() if len(files) > 1}
    assert not twice, f"one implementation per name: {twice}"


def test_theme_matches_the_streamlit_config():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))["theme"]
    assert config["primaryColor"] == theme.PRIMARY and config["textColor"] == theme.INK
    assert tuple(config["chartCategoricalColors"]) == theme.CATEGORICAL
    assert config["font"].replace("'", "") == theme.FONT
