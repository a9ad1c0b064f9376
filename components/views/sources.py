"""The /sources page's texts and tables in the reader's language (pure: no Streamlit).

A manifest entry has its texts in English (``publisher``, ``caveats`` …) and in Korean beside them
(``publisher_ko``, ``caveats_ko`` …); a dataset's columns are shown under readers' headers
(``components.strings.sources.COLUMN_LABELS``), in previews and downloads alike.
"""

from __future__ import annotations

import pandas as pd

from components.formatting import md_escape, readable_table, source_links_markdown
from components.strings import t
from components.strings.sources import COLUMN_LABELS

PREVIEW_ROWS = 20
SEARCHED_FIELDS = ("citation", "citation_ko", "publisher", "publisher_ko")


def manifest_text(entry: dict, field: str, lang: str) -> object:
    """A manifest entry's text in ``lang``: ``<field>_ko`` on a Korean page, else the English ``<field>``."""
    return entry.get(f"{field}_{lang}") or entry[field]


def sources_matching(entries: list[dict], query: str) -> list[dict]:
    """Entries whose titles, citations or publishers (either language) or id contain ``query`` (any case)."""
    query = query.strip().lower()
    if not query:
        return entries
    return [
        entry
        for entry in entries
        if query
        in " ".join(
            [entry["id"], *entry["title"].values(), *(entry.get(field, "") for field in SEARCHED_FIELDS)]
        ).lower()
    ]


def card_markdown(entry: dict, lang: str) -> str:
    """A dataset's card: where it comes from (citation with its link, publisher, all links), licence, unit,
    vintage and caveats, in the reader's language."""
    urls = entry.get("source_urls") or []
    citation = md_escape(manifest_text(entry, "citation", lang))
    cited = f"[{citation}]({urls[0]})" if urls else citation
    links = " · ".join(source_links_markdown(url) for url in urls)
    caveats = "\n".join(f"- {md_escape(caveat)}" for caveat in manifest_text(entry, "caveats", lang))
    return "\n\n".join(
        [
            f"**{t('source_label', lang)}:** {cited}",
            f"**{t('sources_publisher', lang)}:** {md_escape(manifest_text(entry, 'publisher', lang))}",
            f"**{t('sources_links', lang)}:** {links}",
            f"**{t('sources_license', lang)}:** {md_escape(manifest_text(entry, 'license', lang))}",
            f"**{t('sources_unit', lang)}:** {md_escape(manifest_text(entry, 'unit', lang))} · "
            f"**{t('sources_vintage', lang)}:** {md_escape(manifest_text(entry, 'vintage', lang))}",
            f"**{t('sources_caveats', lang)}:**\n{caveats}",
        ]
    )


def reader_columns(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The dataset with readers' headers (the values as they are: this is what the downloads hold)."""
    return frame.rename(columns={column: COLUMN_LABELS[column][lang] for column in frame.columns})


def preview_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The first rows as the page shows them: readers' headers, grouped numbers, missing written out."""
    return readable_table(reader_columns(frame.head(PREVIEW_ROWS), lang), lang)


def reference_line(reference: dict, pages: str, lang: str) -> str:
    """A document a page cites: publisher (linked) and title in the reader's language, and where it is cited."""
    publisher = md_escape(manifest_text(reference, "publisher", lang))
    title = md_escape(manifest_text(reference, "title", lang))
    return f"- [{publisher}]({reference['url']}): {title} — {t('sources_cited_on', lang, pages=pages)}"
