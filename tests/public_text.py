"""What a reader of a page sees, gathered from an AppTest run, and the working vocabulary that must not be in it.

``visible_texts`` walks the element tree: Markdown, captions, titles, alerts, metrics, widget labels,
options, placeholders and help texts, and the titles a chart draws (axes, legends, tooltips).
``shown_tables`` gives every table on the page (st.dataframe, st.table) as a DataFrame, headers and cells
as the reader sees them. ``problems`` names what a first-time visitor should never meet (issue 20):
"None", "seed"/"시드", our file names and column names, unfilled Korean particles ("은(는)").
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from urllib.parse import urlparse

import pandas as pd
import pyarrow as pa
from google.protobuf.message import Message
from streamlit.testing.v1 import AppTest

# Proto fields that hold text a reader sees (labels, bodies, options, help and placeholder texts).
VISIBLE_FIELDS = {
    "body",
    "label",
    "help",
    "placeholder",
    "options",
    "content",
    "caption",
    "alt",
    "delta",
    "delta_description",
    "text",
}
SKIPPED_ELEMENTS = {"Html", "Code", "Json"}  # styling and scripts, not reading matter

NAMES_WITH_SEED = ("Korea Seed & Variety Service",)  # 국립종자원's English name: a name, not our vocabulary
URL = re.compile(r"\]\([^)]*\)|https?://\S+")
PLACEHOLDER_PAIR = re.compile(r"은\(는\)|는\(은\)|이\(가\)|가\(이\)|을\(를\)|를\(을\)|과\(와\)|와\(과\)|\(으\)로")
SNAKE_CASE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
FILE_NAME = re.compile(r"\b[\w./-]+\.(?:csv|json|geojson|py|txt)\b")
CHECKS = (
    ("None", re.compile(r"\bNone\b")),
    ("seed", re.compile(r"\bseeds?\b", re.IGNORECASE)),
    ("시드", re.compile("시드")),
    ("particle placeholder", PLACEHOLDER_PAIR),
    ("compiled for this project", re.compile(r"compiled for this project|compiler translation", re.IGNORECASE)),
    ("file name", FILE_NAME),
    ("column name", SNAKE_CASE),
)


def _strings(message: Message, visible: bool = False) -> Iterator[str]:
    for field, value in message.ListFields():
        values = value if isinstance(value, list | tuple) or hasattr(value, "extend") else [value]
        for item in values:
            if isinstance(item, Message):
                yield from _strings(item, visible or field.name in VISIBLE_FIELDS)
            elif isinstance(item, str) and item and (visible or field.name in VISIBLE_FIELDS):
                yield item


def _chart_titles(spec: object) -> Iterator[str]:
    """Titles a Vega-Lite chart draws (axes, legends, tooltips, the chart's own); a tooltip without a title
    shows its field name, so the field is yielded instead."""
    if isinstance(spec, dict):
        for key, value in spec.items():
            if key == "title" and isinstance(value, str | list):
                yield from ([value] if isinstance(value, str) else [str(v) for v in value])
            elif key == "tooltip":
                for tip in value if isinstance(value, list) else [value]:
                    if isinstance(tip, dict) and "field" in tip and "title" not in tip:
                        yield str(tip["field"])
                yield from _chart_titles(value)
            elif key not in ("datasets", "data"):
                yield from _chart_titles(value)
    elif isinstance(spec, list):
        for item in spec:
            yield from _chart_titles(item)


def _nodes(node: object) -> Iterator[object]:
    yield node
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        for child in children.values():
            yield from _nodes(child)


def visible_texts(at: AppTest) -> list[str]:
    """Every piece of text the reader sees on the page (main area and sidebar), as written."""
    texts: list[str] = []
    for node in _nodes(at._tree):
        proto = getattr(node, "proto", None)
        if not isinstance(proto, Message) or type(node).__name__ in SKIPPED_ELEMENTS:
            continue
        texts.extend(_strings(proto))
        spec = getattr(proto, "spec", None)
        if isinstance(spec, str) and spec.startswith("{"):
            texts.extend(_chart_titles(json.loads(spec)))
    return texts


def shown_tables(at: AppTest) -> list[pd.DataFrame]:
    """Every table on the page (st.dataframe, st.table) as the reader sees it."""
    tables = []
    for node in _nodes(at._tree):
        proto = getattr(node, "proto", None)
        if type(node).__name__ in ("Dataframe", "Table") and proto is not None:
            data = proto.data if hasattr(proto, "data") else proto.arrow_data.data
            tables.append(pa.ipc.open_stream(io.BytesIO(data)).read_all().to_pandas())
    return tables


def problems_in_text(text: str) -> list[str]:
    """The working vocabulary in one piece of visible text (links' addresses are not read)."""
    readable = URL.sub("]", text)
    for name in NAMES_WITH_SEED:
        readable = readable.replace(name, "")
    return [
        f"{what}: {match.group(0)!r} in {text[:160]!r}" for what, check in CHECKS for match in check.finditer(readable)
    ]


def problems_in_table(table: pd.DataFrame) -> list[str]:
    """A table's headers must be words, its cells never empty-as-"None" (missing reads as the catalogue's text)."""
    found = [f"column name as header: {column!r}" for column in table.columns if SNAKE_CASE.fullmatch(str(column))]
    nulls = [column for column in table.columns if table[column].isna().any()]
    found += [f"missing cell shown as None in column {column!r}" for column in nulls]
    for column in table.columns:
        if table[column].dtype == object:
            for value in table[column].dropna().unique():
                found += [f"cell in {column!r}: {p}" for p in problems_in_text(str(value)) if "column name" not in p]
    return found


# Three English words in a row on a Korean page: a sentence or a name left untranslated. Allowed: names that have
# no Korean form (a typeface, a licence, a repository) and, in ‘single quotes’, the title or wording of an
# English-only document being cited.
ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z'’&.]*(?:[ -][A-Za-z][A-Za-z'’&.]*){2,}")
NAMES_WITHOUT_KOREAN_FORM = ("SIL Open Font License", "Pretendard GOV", "Pretendard", "southkorea-maps")
QUOTED_TITLE = re.compile(r"‘[^’]*’")


def english_in_korean(texts: list[str]) -> list[str]:
    """Runs of English words in the visible texts of a Korean page (links' addresses are not read)."""
    found = []
    for text in texts:
        readable = QUOTED_TITLE.sub("", URL.sub("]", text))
        for name in NAMES_WITHOUT_KOREAN_FORM:
            readable = readable.replace(name, "")
        found += [f"English on a Korean page: {m.group(0)!r} in {text[:120]!r}" for m in ENGLISH_RUN.finditer(readable)]
    return found


def page_problems(at: AppTest) -> list[str]:
    found = [problem for text in visible_texts(at) for problem in problems_in_text(text)]
    for table in shown_tables(at):
        found += problems_in_table(table)
    return sorted(set(found))


# --- Links: the label names where the link goes ------------------------------------------------------------------

MARKDOWN_LINK = re.compile(r"\[((?:[^\[\]\\]|\\.)+)\]\((https?://[^)\s]+)\)")
# A host and the names a label may call it by, when the label does not write the host itself. Every linked host
# that a label names by its publisher's name is here; a new one must be added with the names that identify it.
HOST_NAMES: dict[str, tuple[str, ...]] = {
    "wikipedia.org": ("Wikipedia", "위키백과"),
    "nabis.go.kr": ("PCBND", "국가균형발전위원회"),
    "korea.kr": ("korea.kr",),
    "parangse.org": ("parangse.org",),
    "jejuinnews.co.kr": ("Jeju In News", "제주인뉴스"),
    "krihs.re.kr": ("KRIHS", "국토연구원"),
    "imf.org": ("IMF",),
    "hankyung.com": ("Hankyung", "한국경제"),
    "etoday.co.kr": ("e-today", "이투데이"),
    "kosis.kr": ("KOSIS",),
    "github.com": ("GitHub",),
    "etnews.com": ("etnews", "전자신문"),
    "molit.go.kr": ("MOLIT", "국토교통부"),
    "donga.com": ("Dong-A Ilbo", "동아일보"),
    "wemakenews.co.kr": ("WeMakeNews", "위메이크뉴스"),
    "gg.go.kr": ("Gyeonggi", "경기도"),
    "balance.go.kr": ("balance.go.kr",),
    "asiae.co.kr": ("Asia Economy", "아시아경제"),
    "moneys.co.kr": ("Money S", "머니S"),
    "koscaj.com": ("KSCAJ", "대한전문건설신문"),
    "aurum.re.kr": ("AURI", "건축공간연구원"),
    "industrynews.co.kr": ("IndustryNews", "인더스트리뉴스"),
    "imbc.com": ("MBC",),
    "news1.kr": ("News1", "뉴스1"),
    "kwangju.co.kr": ("Kwangju Ilbo", "광주일보"),
    "namdonews.com": ("Namdo Ilbo", "남도일보"),
    "newsis.com": ("Newsis", "뉴시스"),
    "ilyo.co.kr": ("Ilyo", "일요신문"),
    "womennews.co.kr": ("Women News", "여성신문"),
    "newspim.com": ("Newspim", "뉴스핌"),
    "nocutnews.co.kr": ("Nocut News", "노컷뉴스"),
    "sportschosun.com": ("Sports Chosun", "스포츠조선"),
    "cctoday.co.kr": ("Chungcheong Today", "충청투데이"),
    "khan.co.kr": ("Kyunghyang", "경향신문"),
    "pennmike.com": ("Pennmike", "펜앤마이크"),
    "hani.co.kr": ("Hankyoreh", "한겨레"),
    "ajunews.com": ("Aju News", "아주경제"),
    "jejuilbo.net": ("Jeju Ilbo", "제주일보"),
}


def host_of(url: str) -> str:
    return (urlparse(url).hostname or "").removeprefix("www.").removeprefix("m.")


def label_names_host(label: str, url: str) -> bool:
    """The label names where ``url`` goes: it writes the host, or a name ``HOST_NAMES`` gives that host."""
    host, text = host_of(url), label.replace("\\", "").lower()
    if host in text:
        return True
    names = next((names for known, names in HOST_NAMES.items() if host == known or host.endswith("." + known)), ())
    return any(name.lower() in text for name in names)


def link_problems(texts: list[str]) -> list[str]:
    """Every Markdown link in ``texts`` whose label does not name where it goes."""
    return sorted(
        {
            f"label {label!r} goes to {host_of(url)}"
            for text in texts
            for label, url in MARKDOWN_LINK.findall(text)
            if not label_names_host(label, url)
        }
    )
