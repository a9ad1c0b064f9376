"""Number formats people read: 조/억 원 in Korean, KRW tn/bn in English, thousands separators.

Display rounding only: the exact KRW-million figure is always one hover or
one table away, and the unit says what the number is.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from components.strings import t
from components.strings.sources import PUBLISHER_NAMES_KO

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


def below_trillion(amounts_krw_million: object) -> bool:
    """Amounts that never reach KRW 1 trillion: their charts count in 억 원 / KRW bn, as their labels do."""
    return float(pd.Series(amounts_krw_million).max()) < MILLION_PER_TRILLION


def small_amount_divisor(lang: str) -> int:
    """KRW million per axis unit below a trillion: 1억 원 (ko) or KRW 1 bn (en), as ``format_krw_million`` writes."""
    return {"ko": MILLION_PER_100M, "en": MILLION_PER_BILLION}[lang]


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


def source_links_markdown(text: str, *, limit: int = 4, lang: str = "en") -> str:
    """Turn a row's free-text source into Markdown with short, clickable link labels (each link named by its
    host); the publishers' names in the reader's language (``publisher_names``)."""
    if not text:
        return ""
    text = publisher_names(text, lang)

    def _label(match: re.Match[str]) -> str:
        url = match.group(0).rstrip(".")
        host = re.sub(r"^https?://(www\.|m\.)?", "", url).split("/")[0]
        return f"[{host}]({url})"

    parts = [part.strip() for part in re.split(r"\s[;|]\s", text) if part.strip()]
    shown = [URL_PATTERN.sub(_label, part) for part in parts[:limit]]
    more = len(parts) - limit
    return " · ".join(shown) + (f" · (+{more})" if more > 0 else "")


# --- Korean particles ------------------------------------------------------------------------------------------

# A particle's two forms: (after a final consonant, after a vowel); 으로/로 also takes 로 after ㄹ.
PARTICLE_FORMS = {
    "은": ("은", "는"),
    "는": ("은", "는"),
    "이": ("이", "가"),
    "가": ("이", "가"),
    "을": ("을", "를"),
    "를": ("을", "를"),
    "과": ("과", "와"),
    "와": ("과", "와"),
    "으로": ("으로", "로"),
    "로": ("으로", "로"),
}
# How digits and Latin letters are read aloud: the final consonant of their Korean reading (0: none, 8: ㄹ).
_DIGIT_FINALS = {"0": 21, "1": 8, "2": 0, "3": 16, "4": 0, "5": 0, "6": 1, "7": 8, "8": 8, "9": 0}
_POWER_FINALS = {1: 17, 2: 1, 3: 4}  # 십 (ㅂ), 백 (ㄱ), 천 (ㄴ); 만 and above end in ㄴ too
_LETTER_FINALS = {"l": 8, "m": 16, "n": 4, "r": 8}  # 엘, 엠, 엔, 알: the letters whose names end in a consonant
_WORD_FINALS = {"b": 17, "c": 1, "d": 7, "g": 1, "k": 1, "l": 8, "m": 16, "n": 4, "p": 17, "t": 7}
_RIEUL = 8
_PLAIN = re.compile(r"[\s'\"‘’“”「」『』\[\]<>.,·…!?*_~`-]+$")
_PAIR = re.compile(r"(은\(는\)|는\(은\)|이\(가\)|가\(이\)|을\(를\)|를\(을\)|과\(와\)|와\(과\)|\(으\)로)")
_PLACEHOLDER_PAIR = re.compile(
    r"\{(?P<field>\w+)(?P<spec>[^{}]*)\}(?P<between>(?:\([^()]*\))?[’'”」』)]*)" + _PAIR.pattern
)


def final_consonant(word: str) -> int | None:
    """The final consonant (jongseong index, 0 = none, 8 = ㄹ) of how ``word`` ends when read aloud in Korean.

    Trailing quotes, brackets and punctuation are skipped; a number is read in Sino-Korean (3 삼,
    10 십, 100 백), an upper-case acronym letter by letter (KTX: 엑스), other Latin words by their
    last letter. None when the word ends in nothing readable.
    """
    text = _PLAIN.sub("", str(word))
    text = re.sub(r"\s*\([^()]*\)$", "", text) or text  # "전자신문(2022)": the particle follows the noun
    text = re.sub(r"[\s()]+$", "", _PLAIN.sub("", text))
    if not text:
        return None
    last = text[-1]
    if "가" <= last <= "힣":
        return (ord(last) - ord("가")) % 28
    if last.isdigit():
        digits = re.search(r"\d+$", text).group(0)
        zeros = len(digits) - len(digits.rstrip("0"))
        if zeros and digits.strip("0"):
            return _POWER_FINALS.get(zeros, 4)
        return _DIGIT_FINALS[last]
    if last.isascii() and last.isalpha():
        word_end = re.search(r"[A-Za-z]+$", text).group(0)
        if word_end.isupper():
            return _LETTER_FINALS.get(last.lower(), 0)
        return _WORD_FINALS.get(last.lower(), 0)
    return None


def particle(word: str, form: str) -> str:
    """The form of the particle ``form`` (은/는, 이/가, 을/를, 와/과, 으로/로, either form given) that follows ``word``.

    A word with no readable ending takes the form written after a vowel ("는", "를"…), as most loanwords do.
    """
    with_final, without = PARTICLE_FORMS[form]
    final = final_consonant(word)
    if not final:
        return without
    if with_final == "으로" and final == _RIEUL:
        return without
    return with_final


def with_particle(word: str, form: str) -> str:
    """``word`` followed by the right form of its particle: ``with_particle("전라남도", "은")`` → "전라남도는"."""
    return f"{word}{particle(word, form)}"


def _pair_form(pair: str) -> str:
    return "으로" if pair == "(으)로" else pair[0]


def resolve_particles(template: str, values: dict[str, object]) -> str:
    """``template`` with every "은(는)"-style pair after a placeholder replaced by the form that fits its value.

    The catalogue writes a particle that follows a value as the pair ("{name}은(는)", "‘{value}’을(를)",
    "{name}(으)로", "{other}({date})은(는)"): the value decides, so no reader sees "은(는)".
    """

    def choose(match: re.Match[str]) -> str:
        field, spec = match.group("field"), match.group("spec")
        if field not in values:
            return match.group(0)
        shown = ("{0" + spec + "}").format(values[field])
        pair = match.group(match.lastindex)
        return match.group(0)[: -len(pair)] + particle(shown, _pair_form(pair))

    return _PLACEHOLDER_PAIR.sub(choose, template)


def publisher_names(text: str, lang: str) -> str:
    """A data text (a row's source) with the publishers' and documents' names in ``lang``.

    Data texts name their sources in English; a Korean page shows the Korean names the catalogue
    gives (``components.strings.sources.PUBLISHER_NAMES_KO``), longest name first. Links are untouched.
    """
    names = {"ko": PUBLISHER_NAMES_KO}.get(lang)
    if not names:
        return str(text)
    parts = re.split(f"({URL_PATTERN.pattern})", str(text))  # odd parts are links: left as they are
    for index in range(0, len(parts), 2):
        for english in _LONGEST_FIRST:
            parts[index] = parts[index].replace(english, names[english])
    return "".join(parts)


_LONGEST_FIRST = sorted(PUBLISHER_NAMES_KO, key=len, reverse=True)


GROUPED_FROM = 10_000  # numbers from here on get thousands separators; years (2015) and small counts stay as they are


def grouped_number(value: float | int) -> str:
    """A number as a reader's table shows it: "10,338,940", "1,234.56"; years and small counts unchanged."""
    number = float(value)
    if number.is_integer():
        return f"{int(number):,}" if abs(number) >= GROUPED_FROM else str(int(number))
    text = repr(number)  # every digit the data has, no more
    whole, _, fraction = text.partition(".")
    if "e" in text or abs(number) < GROUPED_FROM:
        return text
    return f"{int(whole):,}" + (f".{fraction}" if fraction else "")


def readable_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A table for reading on the page: large numbers with thousands separators, a missing number as the
    catalogue's missing-value text ("자료 없음"), a missing text (a note) as an empty cell — never "None".

    The values are not rounded; downloads keep the numbers themselves (``components.downloads``).
    """
    missing = t("missing_value", lang)
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if pd.api.types.is_bool_dtype(values):
            continue
        if pd.api.types.is_numeric_dtype(values):
            if values.isna().any() or values.dropna().abs().ge(GROUPED_FROM).any():
                out[column] = [missing if is_missing(value) else grouped_number(value) for value in values]
        elif values.map(is_missing).any():
            present = [value for value in values if not is_missing(value)]
            numbers = bool(present) and all(isinstance(value, int | float) for value in present)
            blank = missing if numbers else ""  # a missing number is "no data"; a missing note is just empty
            out[column] = [
                blank if is_missing(value) else grouped_number(value) if numbers else str(value)
                for value in values.astype(object)
            ]
    return out
