"""Run the app through AppTest, strictly: any exception on the page fails the test with its message.

With ``BND_STRICT_SECTIONS`` set (tests/conftest.py), a section that crashes raises instead of showing
a calm notice, so the exception named here says which section. A data-error notice fails the run too,
unless the test broke a data file on purpose (``data_errors=True``) and then asserts which notice appears.
"""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from devtools.apptest import PAGE_FILES, open_page

__all__ = ["PAGE_FILES", "all_text", "download_menu_keys", "open_download_menus", "run_page"]

CURRENT_TIER: str | None = None  # set per test by tests/conftest.py


def run_page(path: str = "", timeout: float = 60, *, data_errors: bool = False, **params) -> AppTest:
    """Open ``/<path>?<params>`` through app.py; fail on any exception (and any data error unless expected)."""
    if CURRENT_TIER != "apptest":
        raise RuntimeError(f"run_page opens the whole app: mark the test @pytest.mark.apptest (tier: {CURRENT_TIER})")
    at = open_page(path, timeout, **params)
    if at.exception:
        details = "\n\n".join(f"{e.message}\n{''.join(e.stack_trace)}" for e in at.exception)
        raise AssertionError(f"/{path}?{params}: the page raised\n{details}")
    if not data_errors:
        errors = [str(e.value) for e in at.error] + [str(e.value) for e in at.sidebar.get("error")]
        assert not errors, f"/{path}?{params}: unexpected error notices: {errors}"
    return at


def all_text(at: AppTest) -> str:
    """Every piece of visible text in the run (markdown, titles, captions, metrics, alerts)."""
    parts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success", "text"):
        parts.extend(str(element.value) for element in getattr(at, kind))
    for metric in at.metric:
        parts.extend([str(metric.label), str(metric.value)])
    parts.extend(str(expander.label) for expander in at.expander)  # collapsed cards' titles (/sources)
    return "\n".join(parts)


def download_menu_keys(at: AppTest) -> list[str]:
    """The keys of every download menu on the page (``components.page.download_menu``), open or closed."""
    from components.page import download_menu_key

    keys: list[str] = []

    def walk(node: object) -> None:
        for child in getattr(node, "children", {}).values():
            if getattr(child, "type", "") == "popover":
                widget_id = child.proto.popover.id  # "$$ID-<hash>-<user key>"
                user_key = widget_id.split("-", 2)[-1] if widget_id.startswith("$$ID-") else ""
                if user_key.startswith(download_menu_key("")):
                    keys.append(user_key)
            walk(child)

    walk(at._tree)
    return keys


def open_download_menus(at: AppTest) -> AppTest:
    """Open every download menu (their buttons are built only when open) and run again; fails if there is none."""
    keys = download_menu_keys(at)
    assert keys, "no download menu on the page"
    for key in keys:
        at.session_state[key] = True
    return at.run()
