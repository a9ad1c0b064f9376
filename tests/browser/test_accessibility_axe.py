"""Accessibility (issue 16): axe-core finds nothing serious on any page, in either language, on a laptop or a phone.

Every registered page × ``?lang=ko|en`` × 1366×768 and 390×844, with ``?province=KR-46``: the page is opened,
its run and charts awaited, the viewport grown to the whole page (Streamlit scrolls inside its main area, and
axe judges colour contrast only on screen), then axe-core (pinned in ``devtools/axe/package-lock.json``,
installed by ``scripts/install_axe.sh``) runs the WCAG 2.x A/AA and best-practice rules (``devtools/axe.py``).

A view fails on any serious or critical violation, and on a moderate one in our own markup ("app": our
markdown, captions, headings and the widgets we label). Findings in Streamlit's own chrome ("framework":
toolbar, header, status widget, chart and grid internals) pass only when ``axe_allowed.json`` lists them:
``[{"rule": axe rule id, "selector_contains": part of the node's selector, "why": ..., "upstream": issue URL}]``.
An entry that no longer matches anything fails ``test_every_allowed_entry_still_matches``, so the list stays
current. ``python -m devtools.axe`` prints every violation, minor ones included, without asserting.

Each view is also the browser tier's smoke test of that page: no console error, no request to another host, no
exception box, its language and title; and its whole-page screenshot is left in tests/screenshots/.

One app server (the session's), one browser context per viewport, one tab per view, opened in turn.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from components.registry import PAGES
from components.strings import t
from devtools import axe, introspect
from devtools.browser import SCREENSHOTS, page_has_exception, watch

ALLOWED_FILE = Path(__file__).with_name("axe_allowed.json")
ALLOWED = axe.load_allowed(ALLOWED_FILE)
# ... and the Overview with no province chosen (its outline differs: no province section before the charts).
VIEWS = [*axe.views(introspect.pages()), ("overview-national", "", "ko", "desktop")]
SIDEWAYS_JS = """() => { const main = document.querySelector('[data-testid="stMain"]') || document.body;
  return Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth,
                  main.scrollWidth - main.clientWidth); }"""
_USED: set[int] = set()  # allow-list entries that matched a node in this session
_AUDITED: set[tuple[str, str, str, str]] = set()


@pytest.fixture(scope="module")
def axe_context(chromium):
    """A browser context per viewport, made on first use and shared by the module's views."""
    reason = axe.missing_axe()
    if reason:
        pytest.skip(reason)
    made = {}

    def get(viewport: str):
        if viewport not in made:
            width, height = axe.VIEWPORTS[viewport]
            made[viewport] = chromium.new_context(viewport={"width": width, "height": height}, locale="ko-KR")
        return made[viewport]

    yield get
    for context in made.values():
        context.close()


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: f"{v[0]}-{v[2]}-{v[3]}")
def test_no_serious_accessibility_violation(app_url, axe_context, view):
    name, url_path, lang, viewport = view
    url = axe.view_url(app_url, url_path, lang) if name != "overview-national" else f"{app_url}/?lang={lang}"
    page = axe_context(viewport).new_page()
    seen = watch(page)  # offline, as at the Expo: outside requests are blocked and, like console errors, reported
    try:
        violations = axe.audit(page, url)
        sideways = page.evaluate(SIDEWAYS_JS)  # on a phone too: nothing scrolls sideways (KWCAG 1.4.10 reflow)
        said = page.evaluate("[document.documentElement.lang, document.title]")
        if page_has_exception(page):
            seen.page_errors.append("an exception box is on the page")
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{lang}-{viewport}.png"))  # the whole page, for a person
    finally:
        page.close()
    found = axe.problems(violations, ALLOWED, _USED) + seen.problems()
    if sideways > 1:
        found.append(f"the page scrolls sideways by {sideways} px")
    spec = next(spec for spec in PAGES if spec.url_path == url_path)
    title = f"{t(spec.key, lang)} · {t('app_title', lang)}"  # KWCAG 3.1.1 and 2.4.2: its language, its own title
    if said != [lang, title]:
        found.append(f"the page says lang={said[0]!r}, title={said[1]!r}; expected {lang!r}, {title!r}")
    _AUDITED.add(view)
    width, height = axe.VIEWPORTS[viewport]
    assert not found, f"axe on {url} at {width}×{height}: {len(found)} problem(s)\n" + "\n".join(found)


def test_every_allowed_entry_still_matches():
    """Runs last: an allow-list entry that matched no node on any view is stale and must go."""
    if len(_AUDITED) < len(VIEWS):
        pytest.skip(f"needs every view audited in this session ({len(_AUDITED)} of {len(VIEWS)}): run the module")
    stale = [entry for index, entry in enumerate(ALLOWED) if index not in _USED]
    assert not stale, f"{ALLOWED_FILE.name} lists findings axe no longer reports; remove them: {stale}"
