"""The string catalogue is current: both languages everywhere, matching placeholders, no missing and no dead keys."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from components.strings import LANGS, STRINGS, localized, t, tn

ROOT = Path(__file__).resolve().parents[1]
CODE = [ROOT / "app.py", *(ROOT / "pages").glob("*.py"), *(ROOT / "components").rglob("*.py")]
CODE += list((ROOT / "server").rglob("*.py"))  # the kiosk card's text (server/asgi.py)
CODE = [path for path in CODE if "strings" not in path.parts]
CATALOGUE_CALLS = {"t", "tn"}


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def _code_constants() -> tuple[set[str], set[str], set[str]]:
    """(every string constant, every f-string's constant prefix, the literal keys passed to t/tn) in the app's code."""
    constants, prefixes, called = set(), set(), set()
    for path in CODE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                prefixes.add(node.values[0].value)
            elif isinstance(node, ast.Call) and getattr(node.func, "id", None) in CATALOGUE_CALLS and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    called.add(first.value)
    return constants, prefixes, called


def test_every_entry_has_both_languages_with_the_same_placeholders():
    for key, entry in STRINGS.items():
        assert set(LANGS) <= set(entry), f"{key} lacks {set(LANGS) - set(entry)}"
        assert set(entry) <= {*LANGS, *(f"{lang}_one" for lang in LANGS)}, f"{key}: unknown forms {set(entry)}"
        assert all(str(text).strip() for text in entry.values()), f"{key} has an empty text"
        fields = {form: _placeholders(text) for form, text in entry.items()}
        assert len({frozenset(f) for f in fields.values()}) == 1, f"{key}: placeholders differ {fields}"


def test_every_key_the_code_asks_for_exists():
    _, _, called = _code_constants()
    missing = sorted(called - set(STRINGS))
    assert not missing, f"t()/tn() called with keys the catalogue lacks: {missing}"


def test_no_dead_keys():
    """A key is live if the app's code names it, or builds it from a prefix (``t(f"budget_view_{option}")``)."""
    constants, prefixes, _ = _code_constants()
    prefixes = {prefix for prefix in prefixes if prefix.endswith("_") and len(prefix) > 3}
    dead = sorted(key for key in STRINGS if key not in constants and not any(key.startswith(p) for p in prefixes))
    assert not dead, f"catalogue keys no code uses: {dead}"


@pytest.mark.parametrize(
    ("n", "expected"), [(1, "1 institution"), (16, "16 institutions"), (1200, "1,200 institutions")]
)
def test_counts_in_english_take_the_singular_for_one(n, expected):
    assert tn("count_institutions", "en", n) == expected
    assert tn("count_institutions", "ko", n) == f"{n:,}개 기관"


def test_localized_reads_the_column_of_the_language():
    row = {"name_ko": "전라남도", "name_en": "South Jeolla"}
    assert localized(row, "name", "ko") == "전라남도" and localized(row, "name", "en") == "South Jeolla"
    assert t("notice_bad_param", "en", name="x", value="y").startswith("The value ‘y’ for ‘x’")
