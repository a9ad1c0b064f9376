"""URL state, number formats and downloads: pure helpers with exact expectations."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from components.downloads import csv_bytes, xlsx_bytes
from components.formatting import format_krw_million, format_pct, source_links_markdown
from components.strings import STRINGS
from components.url_state import parse_int, parse_multi, resolve_url_state

CODES = ["KR-11", "KR-41", "KR-46", "KR-50"]


@pytest.mark.parametrize(
    ("params", "lang", "province", "notices"),
    [
        ({}, "ko", None, []),
        ({"lang": "en", "province": "KR-46"}, "en", "KR-46", []),
        ({"province": "kr-46"}, "ko", "KR-46", []),
        ({"lang": ["ko", "en"]}, "en", None, []),
        ({"province": "KR-99"}, "ko", None, ["notice_bad_province"]),
        ({"province": "<script>alert(1)</script>"}, "ko", None, ["notice_bad_province"]),
        ({"lang": "fr", "province": "x" * 5000}, "ko", None, ["notice_bad_lang", "notice_bad_province"]),
        ({"province": ""}, "ko", None, []),
    ],
)
def test_url_state(params, lang, province, notices):
    state = resolve_url_state(params, CODES)
    assert (state.lang, state.province) == (lang, province)
    assert [notice.key for notice in state.notices] == notices
    for notice in state.notices:
        assert all(len(value) <= 41 for value in notice.values.values())


def test_bounded_params():
    assert parse_int("7", 1, 10, 3) == (7, False)
    assert parse_int("70", 1, 10, 3) == (3, True)
    assert parse_int("1e9", 1, 10, 3) == (3, True)
    assert parse_multi("a,b,zz,a", ["a", "b", "c"], ["c"]) == (["a", "b"], True)
    assert parse_multi("", ["a"], ["a"]) == (["a"], False)


def test_korean_and_english_amounts():
    assert format_krw_million(9_232_811, "ko") == "9.23조 원"
    assert format_krw_million(9_232_811, "en") == "KRW 9.23 tn"
    assert format_krw_million(72_808, "ko") == "728억 원"
    assert format_krw_million(72_808, "en") == "KRW 72.8 bn"
    assert format_krw_million(None, "ko") == "–"
    assert format_pct(-14.07, signed=True) == "−14.1%"


def test_every_string_exists_in_both_languages():
    for key, entry in STRINGS.items():
        assert entry.get("ko") and entry.get("en"), key


def test_csv_has_bom_and_keeps_hangul():
    frame = pd.DataFrame({"시·도": ["전라남도"], "value": [pd.NA]})
    payload = csv_bytes(frame)
    assert payload.startswith(b"\xef\xbb\xbf")
    assert "전라남도" in payload.decode("utf-8-sig")


def test_xlsx_round_trips():
    frame = pd.DataFrame({"name": ["전라남도", "Sejong"], "n": pd.array([16, None], dtype="Int64")})
    back = pd.read_excel(io.BytesIO(xlsx_bytes(frame, "test")))
    assert back["name"].tolist() == ["전라남도", "Sejong"]
    assert back["n"].iloc[0] == 16 and pd.isna(back["n"].iloc[1])


def test_source_links_are_short_and_clickable():
    text = "Hankyung 2018-02-01, https://hankyung.com/article/201802014945Y ; Jeju News, http://www.jejunews.com/news/x"
    assert (
        source_links_markdown(text)
        == "Hankyung 2018-02-01, [hankyung.com](https://hankyung.com/article/201802014945Y) · Jeju News, "
        "[jejunews.com](http://www.jejunews.com/news/x)"
    )
