"""Every string the app controls, in Korean and English, in one package.

Each page has its own module of ``{key: {"ko": ..., "en": ...}}`` so pages can
grow their strings without touching each other's; ``t`` looks a key up in all.
Province and institution names are not here: they come from the data.
"""

from __future__ import annotations

from components.strings import brief, budget, common, present, regions, sources, vision
from components.strings import map as map_strings

LANGS = ("ko", "en")
DEFAULT_LANG = "ko"

STRINGS: dict[str, dict[str, str]] = {}
for _module in (common, vision, budget, map_strings, regions, present, sources, brief):
    _clash = STRINGS.keys() & _module.STRINGS.keys()
    if _clash:
        raise KeyError(f"string keys defined twice: {sorted(_clash)}")
    STRINGS.update(_module.STRINGS)


def t(key: str, lang: str, **values: object) -> str:
    """The string ``key`` in ``lang``, formatted with ``values``."""
    entry = STRINGS[key]
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return _with_particles(text, values).format(**values) if values else text


def tn(key: str, lang: str, n: int, **values: object) -> str:
    """A count in words: ``{lang}_one`` (e.g. "1 institution") when ``n`` is 1 and the entry has it.

    Korean counts take no plural; English entries give ``en_one`` beside ``en`` ("{n} institutions").
    ``n`` is passed to the text as ``{n}``, with thousands separators.
    """
    entry = STRINGS[key]
    text = entry.get(f"{lang}_one") if n == 1 else None
    text = text or entry.get(lang) or entry[DEFAULT_LANG]
    values = {"n": f"{n:,}", **values}
    return _with_particles(text, values).format(**values)


def _with_particles(text: str, values: dict[str, object]) -> str:
    """Korean particles after values chosen by the value ("{name}은(는)" -> "전라남도는"; see resolve_particles)."""
    if ")" not in text:
        return text
    from components.formatting import resolve_particles  # formatting imports this module: import when needed

    return resolve_particles(text, values)


def localized(row: object, field: str, lang: str) -> str:
    """The ``{field}_{lang}`` column of a data row (mapping, Series or named tuple): "the ko/en column"."""
    column = f"{field}_{lang}"
    return row[column] if hasattr(row, "__getitem__") and not isinstance(row, tuple) else getattr(row, column)


def other_lang(lang: str) -> str:
    return "en" if lang == "ko" else "ko"


def gloss_lang(lang: str) -> str | None:
    """The language a page adds beneath a name, or None: English pages show the Korean official name
    (what a reader would search for); Korean pages read Korean only, since every name has a Korean form."""
    return "ko" if lang == "en" else None
