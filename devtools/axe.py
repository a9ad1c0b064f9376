"""The accessibility check (issue 16): axe-core run on a served page, in headless Chromium.

axe-core is pinned in ``devtools/axe/package-lock.json`` and installed by ``scripts/install_axe.sh``
(``devtools/axe/node_modules`` is git-ignored). Pure helpers on a Playwright page, no Streamlit:

- ``audit(page, url)``: open a view, wait for the app run and its charts, grow the viewport to the
  whole page (``expand_to_content``), run axe, return its violations as plain dicts;
- ``origin(node)``: whether a violating node is Streamlit's own chrome ("framework") or ours ("app").

``tests/browser/test_accessibility_axe.py`` asserts on the result; ``python -m devtools.axe`` is the
runner: it serves the app, audits every page in both languages at both viewports and prints (or
writes, ``--json``) every violation, with nothing asserted.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from devtools.browser import wait_until_drawn

ROOT = Path(__file__).resolve().parents[1]
AXE_JS = ROOT / "devtools" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")
LANGS = ("ko", "en")
VIEWPORTS = {"desktop": (1366, 768), "phone": (390, 844)}
PROVINCE = "KR-46"
HTML_LIMIT = 240
MAX_HEIGHT = 16000
SEVERE = ("critical", "serious")

# A node is "framework" when it sits inside one of Streamlit's own pieces of chrome, or inside the
# internals of a chart/grid library Streamlit draws with. Everything else is "app": our markdown,
# captions, headings, metrics, links and the widgets we label, even where Streamlit writes their
# markup (its theme colours are ours, in .streamlit/config.toml; our CSS is static/css/).
FRAMEWORK_TESTIDS = (
    "stToolbar",  # the main menu and toolbar (top right)
    "stToolbarActions",
    "stMainMenu",
    "stMainMenuPopover",
    "stAppDeployButton",
    "stHeader",  # the header bar holding the toolbar
    "stDecoration",  # the coloured line at the top
    "stStatusWidget",  # "Running..." / "Connecting"
    "stSidebarHeader",  # the sidebar's logo and collapse button
    "stSidebarCollapseButton",
    "stSidebarCollapsedControl",
    "stExpandSidebarButton",
    "stElementToolbar",  # the hover toolbar of charts and tables (download, search, full screen)
    "stDataFrameResizable",  # glide data grid: canvas, scroller, overlay editor
    "stDataFrameGlideDataEditor",
)
# Library internals named by class or id in the node's html or selector (no data-testid of their own).
FRAMEWORK_MARKERS = (
    "dvn-scroller",  # glide data grid
    "gdg-",
    "data-grid-canvas",
    "vega-embed",  # Vega's actions menu and tooltip
    "vega-actions",
    "vg-tooltip",
    "deckgl-overlay",  # deck.gl and the map's own widgets
    "deck-tooltip",
    "maplibregl-",
    "mapboxgl-",
)
# Inside a chart container but ours: the chart's accessible name comes from our spec (Vega-Lite's
# ``description``/``title``), so these rules on a chart's graphic stay "app".
APP_RULES_IN_CHARTS = ("role-img-alt", "svg-img-alt", "image-alt", "aria-command-name", "aria-meter-name")
CHART_TESTIDS = ("stVegaLiteChart", "stDeckGlJsonChart")

# Run in the page after axe is injected: the violations as plain data, each node with the
# data-testids and st-key-* classes of its ancestors (self first), which classify and locate it.
RUN_JS = """async ([tags, htmlLimit]) => {
  const results = await axe.run(document, {
    resultTypes: ['violations'],
    runOnly: {type: 'tag', values: tags},
  });
  const context = (target) => {
    if (target.length !== 1 || typeof target[0] !== 'string') return {testids: [], keys: []};
    let el = null;
    try { el = document.querySelector(target[0]); } catch (e) { el = null; }
    const testids = [], keys = [];
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const id = node.getAttribute('data-testid');
      if (id) testids.push(id);
      for (const cls of node.classList) if (cls.startsWith('st-key-')) keys.push(cls.slice(7));
    }
    return {testids, keys, text: el ? (el.innerText || '').trim().slice(0, 80) : ''};
  };
  const checkData = (node) => {
    for (const check of [...node.any, ...node.all, ...node.none]) {
      if (check.data && typeof check.data === 'object') return check.data;
    }
    return null;
  };
  const cut = (html) => html.length > htmlLimit ? html.slice(0, htmlLimit) + '…' : html;
  return results.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, tags: v.tags,
    nodes: v.nodes.map((n) => ({
      target: n.target.map(String), html: cut(n.html), impact: n.impact,
      failureSummary: n.failureSummary, data: checkData(n), ...context(n.target),
    })),
  }));
}"""

# The page's full height: Streamlit scrolls inside the main area (and the sidebar's content), not the window.
HEIGHT_JS = """() => Math.max(
  ...['[data-testid="stMain"]', '[data-testid="stSidebarContent"]']
    .map((s) => document.querySelector(s)).filter(Boolean).map((el) => el.scrollHeight),
  document.documentElement.scrollHeight)"""


def missing_axe() -> str | None:
    """Why axe cannot run here, or None."""
    if not AXE_JS.exists():
        return f"axe-core is not installed ({AXE_JS.relative_to(ROOT)} missing): run bash scripts/install_axe.sh"
    return None


def inject_axe(page) -> None:
    """Add axe-core to the page and to each of its frames (once each)."""
    for frame in page.frames:
        if not frame.evaluate("() => !!window.axe"):
            frame.add_script_tag(path=str(AXE_JS))


def run_axe(page, tags: tuple[str, ...] = TAGS) -> list[dict]:
    """axe's violations on the page as it is now: [{id, impact, help, helpUrl, tags, nodes: [...]}]."""
    inject_axe(page)
    return page.evaluate(RUN_JS, [list(tags), HTML_LIMIT])


def expand_to_content(page, max_height: int = MAX_HEIGHT) -> int:
    """Grow the viewport to the page's full height (same width), so axe sees every node as on screen.

    axe's colour-contrast check (among others) judges only what is in the viewport; Streamlit scrolls
    inside ``stMain``, so without this the part below the fold would be skipped. Returns the height.
    """
    width = page.viewport_size["width"]
    for _ in range(3):  # charts laid out at the new size can change the height once more
        wanted = min(max_height, int(page.evaluate(HEIGHT_JS)))
        if wanted <= page.viewport_size["height"]:
            break
        page.set_viewport_size({"width": width, "height": wanted})
        wait_until_drawn(page)
    return page.viewport_size["height"]


def origin(node: dict, rule: str = "") -> str:
    """Whether the node is "framework" (inside Streamlit's own chrome or a chart/grid library's internals) or "app"."""
    testids = node.get("testids") or []
    if rule in APP_RULES_IN_CHARTS and any(t in CHART_TESTIDS for t in testids):
        return "app"
    if any(t in FRAMEWORK_TESTIDS for t in testids):
        return "framework"
    where = " ".join(node.get("target") or []) + " " + (node.get("html") or "")
    if any(marker in where for marker in FRAMEWORK_MARKERS):
        return "framework"
    return "app"


def audit(page, url: str, timeout_ms: int = 90000) -> list[dict]:
    """Open ``url``, wait for the app run and its charts, expand to the full page and run axe.

    Every node gets ``origin`` ("framework" | "app").
    """
    page.goto(url)
    wait_until_drawn(page, timeout_ms=timeout_ms)
    expand_to_content(page)
    violations = run_axe(page)
    for violation in violations:
        for node in violation["nodes"]:
            node["origin"] = origin(node, violation["id"])
    return violations


def views(pages=None) -> list[tuple[str, str, str, str]]:
    """(page name, url path, lang, viewport name) for every registered page, language and viewport."""
    if pages is None:
        from devtools.introspect import pages as registered

        pages = registered()
    return [(spec.name, spec.url_path, lang, vp) for spec in pages for lang in LANGS for vp in VIEWPORTS]


def view_url(base: str, url_path: str, lang: str) -> str:
    return f"{base}/{url_path}?lang={lang}&province={PROVINCE}"


# --- the allow-list: framework findings we accept, each with why and where it is reported upstream ----------


def load_allowed(path: Path) -> list[dict]:
    """Entries {rule, selector_contains, why, upstream}; each exempts matching framework nodes of that rule."""
    entries = json.loads(path.read_text(encoding="utf-8"))
    for entry in entries:
        missing = {"rule", "selector_contains", "why", "upstream"} - set(entry)
        if missing:
            raise ValueError(f"{path.name}: entry {entry} lacks {sorted(missing)}")
    return entries


def allowed_by(node: dict, rule: str, allowed: list[dict]) -> int | None:
    """Index of the allow-list entry exempting this node (framework nodes only), or None."""
    if node.get("origin") != "framework":
        return None
    selector = " ".join(node.get("target") or [])
    for index, entry in enumerate(allowed):
        if entry["rule"] == rule and entry["selector_contains"] in selector:
            return index
    return None


def problems(violations: list[dict], allowed: list[dict], used: set[int] | None = None) -> list[str]:
    """What fails the check: serious/critical anywhere, moderate on app nodes; allowed framework nodes never.

    ``used`` collects the indexes of the allow-list entries that matched a node (of any impact).
    """
    found = []
    for violation in violations:
        rule = violation["id"]
        for node in violation["nodes"]:
            index = allowed_by(node, rule, allowed)
            if index is not None:
                if used is not None:
                    used.add(index)
                continue
            impact = node.get("impact") or violation["impact"]
            if impact in SEVERE or (impact == "moderate" and node["origin"] == "app"):
                where = " ".join(node["target"])
                why = (node.get("failureSummary") or "").splitlines()[1:2] or [""]
                found.append(f"{rule} ({impact}, {node['origin']}) {where}: {node['html'][:120]} — {why[0].strip()}")
    return found


# --- the runner -------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    import argparse
    from contextlib import nullcontext

    from devtools.browser import launch_chromium, serve_app, watch

    parser = argparse.ArgumentParser(description="Run axe-core on every page, language and viewport; report.")
    parser.add_argument("--json", type=Path, help="write every view's violations here")
    parser.add_argument("--base", help="audit a running app at this URL instead of serving one")
    parser.add_argument("--page", action="append", help="only this page name (repeatable), e.g. overview, map")
    args = parser.parse_args(argv)
    reason = missing_axe()
    if reason:
        parser.error(reason)

    from playwright.sync_api import sync_playwright

    selected = [v for v in views() if not args.page or v[0] in args.page]
    results = []
    started = time.perf_counter()
    server = nullcontext((args.base.rstrip("/"), None)) if args.base else serve_app()
    with server as (base, _process), sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        for vp, (width, height) in VIEWPORTS.items():
            context = browser.new_context(viewport={"width": width, "height": height}, locale="ko-KR")
            for name, url_path, lang, view_vp in selected:
                if view_vp != vp:
                    continue
                page = context.new_page()
                watch(page)  # offline, as at the Expo
                t0 = time.perf_counter()
                violations = audit(page, view_url(base, url_path, lang))
                seconds = time.perf_counter() - t0
                page.close()
                results.append(
                    {"page": name, "lang": lang, "viewport": vp, "seconds": round(seconds, 1), "violations": violations}
                )
                counts = {v["id"]: len(v["nodes"]) for v in violations}
                print(f"{name:8} {lang} {vp:7} {seconds:5.1f}s {counts}", flush=True)
            context.close()
        browser.close()
    print(f"{len(results)} views in {time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
