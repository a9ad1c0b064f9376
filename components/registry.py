"""The declared page registry: every page's key, file, URL path, icon and the URL parameters it reads.

URL paths and parameter names are a public contract (links people share). app.py builds the
navigation and sidebar from ``PAGES``; the Overview's cards, links between pages, the tests and
the benchmark read it too, so a page exists in exactly one list.
"""

from __future__ import annotations

from dataclasses import dataclass

APP_PARAMS = ("province", "lang")  # read by app.py on every page


@dataclass(frozen=True)
class Param:
    """One URL parameter a page reads: ``kind`` is choice | multi | int; ``label_key`` names it in notices."""

    name: str
    kind: str
    label_key: str


@dataclass(frozen=True)
class PageSpec:
    key: str  # catalogue key of the page's title
    file: str  # relative to the repository root
    url_path: str  # "" for the Overview
    icon: str
    params: tuple[Param, ...] = ()
    in_explore_cards: bool = True  # offered in the Overview's "where to go next"

    @property
    def name(self) -> str:
        return self.url_path or "overview"


PAGES: tuple[PageSpec, ...] = (
    PageSpec("page_overview", "pages/overview.py", "", ":material/dashboard:", in_explore_cards=False),
    PageSpec(
        "page_vision",
        "pages/vision.py",
        "vision",
        ":material/account_tree:",
        (Param("strategy", "choice", "vision_param_strategy"), Param("task", "choice", "vision_param_task")),
    ),
    PageSpec(
        "page_budget",
        "pages/budget.py",
        "budget",
        ":material/payments:",
        (
            Param("view", "choice", "budget_view_label"),
            Param("prices", "choice", "budget_prices_label"),
            Param("accounts", "multi", "budget_accounts_label"),
            Param("from", "int", "budget_from_label"),
            Param("to", "int", "budget_to_label"),
        ),
    ),
    PageSpec("page_map", "pages/map.py", "map", ":material/map:", (Param("city", "choice", "map_city_label"),)),
    PageSpec(
        "page_regions",
        "pages/regions.py",
        "regions",
        ":material/compare_arrows:",
        (
            Param("compare", "multi", "regions_param_compare"),
            Param("indicator", "choice", "regions_param_indicator"),
            Param("period", "choice", "regions_param_period"),
        ),
    ),
    PageSpec("page_brief", "pages/brief.py", "brief", ":material/description:"),
    PageSpec(
        "page_present",
        "pages/present.py",
        "present",
        ":material/slideshow:",
        (Param("interval", "int", "present_param_interval"), Param("slide", "int", "present_param_slide")),
        in_explore_cards=False,
    ),
    PageSpec("page_sources", "pages/sources.py", "sources", ":material/database:"),
)
PAGE_BY_PATH = {page.url_path: page for page in PAGES}


def page(url_path: str) -> PageSpec:
    return PAGE_BY_PATH[url_path]


def param(url_path: str, name: str) -> Param:
    return next(p for p in PAGE_BY_PATH[url_path].params if p.name == name)
