"""Hostile input: mangled shared links and broken data files never crash a page or inject markup.

Pages, their URL parameters and the datasets they read are discovered from the
registry (``components/registry.py``, via ``devtools/introspect.py``), so pages still being written are covered as
they land. Sampling keeps this under a minute or two: every page gets every
payload in *all* parameters at once (one run per page × payload), and the
parameters a page itself reads get the nastiest payloads one by one.
"""

from __future__ import annotations

import csv
import io

import pytest

from components.strings import t
from components.url_state import last_value, shown_value
from data.datasets import manifest
from devtools import introspect
from tests.apptest_helpers import PAGE_FILES, run_page

MARK = "bndxss"  # every injected payload carries it, so it can be traced in the element tree
PAYLOADS = {
    "unknown_code": "KR-99",
    "not_a_code": "Seoul",
    "script": f"<script>{MARK}()</script>",
    "img_onerror": f'<img src=x onerror="{MARK}()">',
    "markdown_link": f"[{MARK}](javascript:alert(1))",
    "html_entity": f"&lt;b&gt;{MARK}&#x3C;/b>",
    "very_long": "A" * 5000 + MARK,
    "huge_number": "9" * 400,
    "negative": "-1",
    "float_overflow": "1e309",
    "nan": "NaN",
    "format_string": "{0}{lang}%s%n{__class__}",
    "control_chars": f"\u202e\t{MARK}\u200b",
    "path": "../../etc/passwd",
    "commas": ",,,KR-46,,," + MARK,
    "repeated_key": ["KR-46", f"<img src=x onerror={MARK}()>"],  # ?x=KR-46&x=<img…>: the last one wins
}
# A page may legitimately echo a free-text parameter (a search box); it must still be text, never markup.
FREE_TEXT = {"q"}
ALERT_TYPES = {"warning"}  # the only place a user-supplied value may be quoted


def _pages() -> list[introspect.PageSpec]:
    return [page for page in introspect.pages() if page.url_path in PAGE_FILES]


def _nodes_outside_alerts(at):
    """Every element (sidebar included) that is not a warning, with its proto as text."""
    for node in at._tree:
        if getattr(node, "type", None) in ALERT_TYPES:
            continue
        proto = getattr(node, "proto", None)
        if proto is not None and not getattr(node, "children", None):
            yield node.type, str(proto)


def assert_never_rendered(at, needle: str = MARK) -> None:
    """The payload appears nowhere but in a warning (quoted as text); no element renders raw HTML with it."""
    leaks = [(kind, text[:160]) for kind, text in _nodes_outside_alerts(at) if needle in text]
    assert not leaks, f"user-supplied text outside a warning: {leaks}"
    for node in at._tree:
        proto = getattr(node, "proto", None)
        if proto is not None and (getattr(proto, "allow_html", False) or getattr(node, "type", "") == "html"):
            assert needle not in str(proto), f"user text inside an HTML-rendering element: {str(proto)[:200]}"


def assert_page_ok(at, path: str) -> None:
    assert not at.exception, [e.message for e in at.exception]
    assert at.title and at.title[0].value, f"/{path} shows no title"


def warnings_text(at) -> str:
    return "\n".join(str(w.value) for w in at.warning)


# --- mangled links -----------------------------------------------------------------------------------


CORE = ("script", "img_onerror", "repeated_key", "very_long")  # every page gets these


def _mangled_cases():
    """Each page × (the core payloads + two of the others, rotating so every payload meets several pages)."""
    others = [name for name in PAYLOADS if name not in CORE]
    cases = []
    for index, page in enumerate(_pages()):
        extra = [others[(2 * index + k) % len(others)] for k in range(2)]
        cases += [pytest.param(page, name, id=f"{page.name}-{name}") for name in (*CORE, *extra)]
    return cases


@pytest.mark.apptest
@pytest.mark.parametrize(("page", "payload_name"), _mangled_cases())
def test_every_parameter_mangled_at_once(page, payload_name):
    """All parameters the app or the page might read carry the same bad value: no crash, a notice, no markup."""
    payload = PAYLOADS[payload_name]
    params = {name: payload for name in introspect.fuzz_params(page.file)}
    at = run_page(page.url_path, **params)
    assert_page_ok(at, page.url_path)
    assert_never_rendered(at)
    shown = shown_value(last_value(payload))
    # province and lang are always read: both fall back with a notice quoting the value, and the link heals itself
    assert warnings_text(at).count(shown) >= 2, warnings_text(at)
    assert "province" not in at.query_params and "lang" not in at.query_params


def _page_param_cases():
    cases = []
    for page in _pages():
        for param in introspect.page_params(page.file):
            rotating = ("very_long", "repeated_key", "huge_number", "negative", "format_string")[len(cases) % 5]
            for payload_name in ("img_onerror", rotating):
                cases.append(pytest.param(page, param, payload_name, id=f"{page.name}-{param}-{payload_name}"))
    return cases or [
        pytest.param(None, None, None, marks=pytest.mark.skip(reason="no page reads its own URL parameter yet"))
    ]


@pytest.mark.apptest
@pytest.mark.parametrize(("page", "param", "payload_name"), _page_param_cases())
def test_page_parameter_falls_back_with_a_notice(page, param, payload_name):
    """A page's own parameter, alone and bad, gives the friendly notice (house rule) and the default view."""
    payload = PAYLOADS[payload_name]
    at = run_page(page.url_path, province="KR-46", lang="en", **{param: payload})
    assert_page_ok(at, page.url_path)
    assert_never_rendered(at)
    if param not in FREE_TEXT:
        shown = shown_value(last_value(payload))
        text = warnings_text(at)
        assert shown in text or param in text, f"/{page.url_path}?{param}=… bad value gave no notice: {text!r}"
    # the app-wide state is untouched by a bad page parameter
    assert at.query_params.get("province") == "KR-46" and at.query_params.get("lang") == "en"


@pytest.mark.parametrize(
    ("value", "expected"), [(["en", "ko"], "ko"), (["ko", "en"], "en"), (["EN "], "en"), (["xx", "en"], "en")]
)
@pytest.mark.apptest
def test_repeated_language_key_last_one_wins(value, expected):
    at = run_page("", lang=value)
    assert not at.exception
    assert at.title[0].value == t("overview_title", expected)
    assert not at.warning


@pytest.mark.apptest
def test_lowercase_and_padded_province_is_accepted():
    at = run_page("", province="  kr-46 ", lang="en")
    assert not at.exception and not at.warning
    assert "South Jeolla at a glance" in "\n".join(s.value for s in at.header)


# --- broken data files -------------------------------------------------------------------------------


def _rows(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _write_rows(path, rows):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def _corrupt(root, dataset_id: str, kind: str) -> tuple[int | None, str | None]:
    """Break one dataset in ``root`` in one way; return the (CSV line, column) the message must name."""
    entry = manifest()[dataset_id]
    path = root / entry["file"]
    columns = entry["columns"]
    if kind == "missing":
        path.unlink()
        return None, None
    rows = _rows(path)
    header = rows[0]
    if kind == "wrong_column":
        column = next(name for name in columns if columns[name].get("required", True))
        rows[0] = [("renamed_" + name if name == column else name) for name in header]
        _write_rows(path, rows)
        return None, column
    if kind == "non_number":
        numeric = [name for name, rule in columns.items() if rule.get("type") in ("int", "float")]
        column = next((name for name in numeric if columns[name].get("required", True)), numeric[0])
        line = min(4, len(rows))  # CSV line (header = 1)
        rows[line - 1][header.index(column)] = "12,3억"
        _write_rows(path, rows)
        return line, column
    if kind == "duplicate_key":
        unique = entry["unique"]
        rows.append(rows[1])
        _write_rows(path, rows)
        return len(rows), unique[-1]
    if kind == "truncated":  # cut in the middle of the last third: a short last row
        data = path.read_bytes()
        cut = data.rfind(b",", 0, len(data) * 2 // 3)
        path.write_bytes(data[: cut + 1])
        line = data[: cut + 1].count(b"\n") + 1
        return line, None
    if kind == "rows_dropped":  # cut cleanly at a line end: the last year loses some of its rows
        _write_rows(path, rows[:-3])
        return None, "account_id"
    raise ValueError(kind)


DATA_CASES = [
    pytest.param("special_account_budget", "duplicate_key", id="budget-duplicate"),
    pytest.param("special_account_budget", "truncated", id="budget-truncated"),
    pytest.param("special_account_budget", "rows_dropped", id="budget-last-rows-cut"),
    pytest.param("innovation_cities", "wrong_column", id="cities-wrong-column"),
    pytest.param("institutions", "truncated", id="institutions-truncated"),
    pytest.param("province_indicators", "non_number", id="indicators-non-number"),
    pytest.param("relocation_totals", "missing", id="totals-missing"),
    pytest.param("population_2022_2024", "duplicate_key", id="population-duplicate"),
]


def _pages_using(dataset_id: str) -> tuple[list[introspect.PageSpec], list[introspect.PageSpec]]:
    using, not_using = [], []
    for page in _pages():
        (using if dataset_id in introspect.page_datasets(page.file) else not_using).append(page)
    return using, not_using


@pytest.mark.apptest
@pytest.mark.parametrize(("dataset_id", "kind"), DATA_CASES)
def test_broken_data_file_is_named_on_the_pages_that_need_it(data_copy, dataset_id, kind):
    line, column = _corrupt(data_copy, dataset_id, kind)
    name = f"data/{manifest()[dataset_id]['file']}"
    using, not_using = _pages_using(dataset_id)
    assert using, f"no page reads {dataset_id}"
    named = []
    for page in using[:4]:
        at = run_page(page.url_path, province="KR-46", data_errors=True)
        assert_page_ok(at, page.url_path)
        errors = "\n".join(str(e.value) for e in at.error)
        assert "Traceback" not in errors
        if name not in errors:
            # A slide deck shows one slide per run: it may not have touched this file yet.
            assert "slide" in introspect.page_params(page.file), (
                f"/{page.url_path}: no message naming {name}: {errors!r}"
            )
            continue
        named.append(page.url_path)
        if line is not None:
            assert f"line {line}" in errors, errors
        if column is not None:
            assert f"column '{column}'" in errors, errors
    assert named, f"no page named {name}"
    for page in not_using[:1]:  # the other pages keep working and do not mention the file
        at = run_page(page.url_path, province="KR-46", data_errors=True)
        assert_page_ok(at, page.url_path)
        assert name not in "\n".join(str(e.value) for e in at.error)


@pytest.mark.apptest
def test_missing_province_list_keeps_every_page_working(data_copy):
    (data_copy / manifest()["provinces"]["file"]).unlink()
    for page in _pages()[:3]:
        at = run_page(page.url_path, province="KR-46", lang="en", data_errors=True)
        assert not at.exception, [e.message for e in at.exception]
        assert at.title, page.url_path
        assert any("provinces.csv" in str(e.value) for e in at.sidebar.get("error")), page.url_path


# --- the introspection the tests rely on --------------------------------------------------------------


def test_every_declared_parameter_is_read_and_every_read_parameter_is_declared():
    """The registry is the only list of URL parameters: it must agree with what the pages' code reads."""
    import re

    for page in introspect.pages():
        source = introspect._page_sources(page.file)
        for name in introspect.page_params(page.file):
            assert f'"{name}"' in source, f"{page.file} declares ?{name}= but never names it"
        read = set(re.findall(r"query_params(?:\.get)?[\[(]\s*[\"']([\w-]+)[\"']", source))
        undeclared = read - set(introspect.page_params(page.file)) - set(introspect.APP_PARAMS)
        assert not undeclared, f"{page.file} reads undeclared URL parameters {sorted(undeclared)}"


def test_page_registry_matches_the_test_helpers():
    assert [p.url_path for p in introspect.pages()] == list(PAGE_FILES)
    assert {"special_account_budget", "innovation_cities"} <= introspect.page_datasets("pages/overview.py")
