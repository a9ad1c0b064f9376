"""Number formats people read: 조/억 원 in Korean, KRW tn/bn in English, thousands separators.

Display rounding only: the exact KRW-million figure is always one hover or
one table away, and the unit says what the number is.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from components.strings import t

MILLION_PER_TRILLION = 1_000_000  # 1조 원 = 1,000,000 백만원
MILLION_PER_100M = 100  # 1억 원 = 100 백만원
MILLION_PER_BILLION = 1_000  # KRW 1 bn = 1,000 million


def is_missing(value: object) -> bool:
    if value is None or value is pd.NA:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def format_krw_million(value: object, lang: str, *, digits: int = 2, missing: str = "–") -> str:
    """KRW-million amount as 조/억 원 (ko) or KRW tn/bn (en)."""
    if is_missing(value):
        return missing
    amount = float(value)
    sign = "−" if amount < 0 else ""
    amount = abs(amount)
    if amount >= MILLION_PER_TRILLION:
        return sign + t("fmt_trillion", lang, value=f"{amount / MILLION_PER_TRILLION:,.{digits}f}")
    small = {"ko": f"{amount / MILLION_PER_100M:,.0f}", "en": f"{amount / MILLION_PER_BILLION:,.1f}"}[lang]
    return sign + t("fmt_below_trillion", lang, value=small)


def format_int(value: object, *, missing: str = "–") -> str:
    """Whole number with thousands separators (same in both languages)."""
    if is_missing(value):
        return missing
    return f"{int(value):,}"


def format_persons(value: object, lang: str, *, missing: str = "–") -> str:
    if is_missing(value):
        return missing
    return t("fmt_persons", lang, value=f"{int(value):,}")


def format_pct(value: object, *, digits: int = 1, signed: bool = False, missing: str = "–") -> str:
    if is_missing(value) or (isinstance(value, float) and math.isinf(value)):
        return missing
    text = f"{float(value):+,.{digits}f}%" if signed else f"{float(value):,.{digits}f}%"
    return text.replace("-", "−")


def format_trillion(value: object, lang: str, *, digits: int = 1, missing: str = "–") -> str:
    """A figure already in KRW trillion (as the sources report it)."""
    if is_missing(value):
        return missing
    return t("fmt_trillion", lang, value=f"{float(value):,.{digits}f}")


def md_escape(text: object) -> str:
    """Data text made safe for Markdown: no accidental strike-through (~), maths ($), links, emphasis or HTML.

    The one escaper for every piece of data text that is shown through Markdown (st.markdown,
    captions, st.table cells, labels).
    """
    out = str(text)
    for char in "\\`*_~[]#$|<>":
        out = out.replace(char, "\\" + char)
    return out


URL_PATTERN = re.compile(r"https?://[^\s,;|)]+")


def source_links_markdown(text: str, *, limit: int = 4) -> str:
    """Turn a row's free-text source into Markdown with short, clickable link labels."""
    if not text:
        return ""

    def _label(match: re.Match[str]) -> str:
        url = match.group(0).rstrip(".")
        host = re.sub(r"^https?://(www\.|m\.)?", "", url).split("/")[0]
        return f"[{host}]({url})"

    parts = [part.strip() for part in re.split(r"\s[;|]\s", text) if part.strip()]
    shown = [URL_PATTERN.sub(_label, part) for part in parts[:limit]]
    more = len(parts) - limit
    return " · ".join(shown) + (f" · (+{more})" if more > 0 else "")
