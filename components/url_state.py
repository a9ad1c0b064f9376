"""Shareable state in the URL: ``?province=KR-xx`` and ``?lang=ko|en`` (the public contract).

``resolve_url_state`` is pure and tested; ``read_choice`` / ``write_param`` are
the small Streamlit glue. Streamlit's ``bind="query-params"`` writes a widget's
*displayed label* to the URL, so it cannot keep ``KR-46`` in the link while the
selector shows "전라남도"; these helpers keep codes in the URL and names on screen.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import streamlit as st

from components.registry import APP_PARAMS, Param
from components.strings import DEFAULT_LANG, LANGS, t

PROVINCE_CODE = re.compile(r"^KR-\d{2}$")
MAX_PARAM_LENGTH = 64


@dataclass(frozen=True)
class Notice:
    key: str
    values: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class UrlState:
    lang: str
    province: str | None
    notices: tuple[Notice, ...] = ()


def shown_value(raw: object) -> str:
    """A user-supplied value cut to a safe length for quoting in a notice (never rendered as HTML)."""
    text = str(raw)
    return text if len(text) <= 40 else text[:40] + "…"


def last_value(value: object) -> str | None:
    """Query params may repeat (``?lang=ko&lang=en``): the last one wins, like a browser form."""
    if isinstance(value, (list, tuple)):
        return str(value[-1]) if value else None
    return None if value is None else str(value)


def resolve_url_state(params: Mapping[str, object], province_codes: Sequence[str]) -> UrlState:
    """Validated language and province from raw query params, with notices for bad values."""
    notices: list[Notice] = []
    lang = DEFAULT_LANG
    raw_lang = last_value(params.get("lang"))
    if raw_lang is not None:
        if raw_lang.strip().lower() in LANGS:
            lang = raw_lang.strip().lower()
        else:
            notices.append(Notice("notice_bad_lang", {"value": shown_value(raw_lang)}))
    province = None
    raw_province = last_value(params.get("province"))
    if raw_province is not None and raw_province.strip() != "":
        candidate = raw_province.strip().upper()
        if PROVINCE_CODE.match(candidate) and candidate in province_codes:
            province = candidate
        else:
            notices.append(Notice("notice_bad_province", {"value": shown_value(raw_province)}))
    return UrlState(lang=lang, province=province, notices=tuple(notices))


def parse_choice(raw: object, allowed: Sequence[str], default: str | None) -> tuple[str | None, bool]:
    """A single choice from a raw param: (value, was_invalid)."""
    value = last_value(raw)
    if value is None or value == "":
        return default, False
    if len(value) <= MAX_PARAM_LENGTH and value in allowed:
        return value, False
    return default, True


def parse_multi(
    raw: object, allowed: Sequence[str], default: Sequence[str], *, max_items: int | None = None
) -> tuple[list[str], bool]:
    """A comma-separated list of choices, keeping order, dropping unknowns and repeats."""
    value = last_value(raw)
    if value is None or value == "":
        return list(default), False
    items = [item.strip() for item in value.split(",")[:50] if item.strip()]
    chosen: list[str] = []
    for item in items:
        if item in allowed and item not in chosen:
            chosen.append(item)
    invalid = len(chosen) != len(items) or (max_items is not None and len(chosen) > max_items)
    if max_items is not None:
        chosen = chosen[:max_items]
    return (chosen or list(default)), invalid


def parse_int(raw: object, lo: int, hi: int, default: int) -> tuple[int, bool]:
    """A bounded integer param: (value, was_invalid). Out-of-range values fall back to the default."""
    value = last_value(raw)
    if value is None or value == "":
        return default, False
    text = value.strip()
    if len(text) <= 6 and text.lstrip("-").isdigit() and lo <= int(text) <= hi:
        return int(text), False
    return default, True


# --- Streamlit glue -------------------------------------------------------


def write_param(name: str, value: str | Sequence[str] | None, default: object = None) -> None:
    """Put a value in the URL, or remove it when it is the default/empty (keeps links clean)."""
    if isinstance(value, (list, tuple)):
        value = ",".join(value)
    if value is None or value == "" or value == default:
        if name in st.query_params:
            del st.query_params[name]
    else:
        st.query_params[name] = str(value)


def sync_widget_to_param(widget_key: str, param: str, default: object = None):
    """on_change callback: copy a widget's value into the URL."""

    def _callback() -> None:
        write_param(param, st.session_state.get(widget_key), default)

    return _callback


def read_param(
    url_param: Param, lang: str, *, allowed: Sequence, default: object, max_items: int | None = None
) -> object:
    """A page's own URL parameter, parsed by its kind; a value it cannot use falls back to ``default``.

    The fallback comes with the friendly notice (quoting the value as text) and the parameter is
    dropped from the URL, so the link heals itself. ``allowed`` is the choices (or, for an int, the
    range of values).
    """
    raw = st.query_params.get(url_param.name)
    if url_param.kind == "multi":
        value, invalid = parse_multi(raw, allowed, default, max_items=max_items)
    elif url_param.kind == "int":
        value, invalid = parse_int(raw, min(allowed), max(allowed), default)
    else:
        value, invalid = parse_choice(raw, allowed, default)
    if not invalid:
        return value
    name, shown = t(url_param.label_key, lang), shown_value(last_value(raw))
    kept = url_param.kind == "multi" and any(item.strip() in allowed for item in str(last_value(raw)).split(","))
    if kept:  # some of the list was usable: keep that part, in the link too
        st.warning(t("notice_bad_param_partial", lang, name=name, value=shown), icon=":material/link_off:")
        write_param(url_param.name, value)
    else:
        st.warning(t("notice_bad_param", lang, name=name, value=shown), icon=":material/link_off:")
        del st.query_params[url_param.name]
    return value


def url_bound(widget, url_param: Param, value: object, default: object, *, key: str, **widget_args: object) -> object:
    """Draw ``widget`` showing ``value`` (from ``read_param``); a change by the viewer is written back to the URL.

    ``widget`` is a Streamlit input (``st.selectbox``, ``column.segmented_control``, ``st.pills``…);
    the URL keeps codes while the widget shows names (``format_func``). Returns the widget's value.
    """
    url_default = ",".join(default) if isinstance(default, (list, tuple)) else default
    st.session_state[key] = value
    return widget(key=key, on_change=sync_widget_to_param(key, url_param.name, url_default), **widget_args)


def current_params(**overrides: str | None) -> dict[str, str]:
    """The app-wide params (province, lang) for links to other pages, with overrides."""
    params = {key: st.query_params[key] for key in APP_PARAMS if key in st.query_params}
    for key, value in overrides.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return params
