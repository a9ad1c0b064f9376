"""What /budget shows in words and tables: translated tables, units, notes, alt texts and the summary.

Pure (no Streamlit): every text here is derived from the data it describes, so plain pytest can check it.
Data text that is shown through Markdown (account names, the seed's notes) goes through ``md_escape``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from components.formatting import below_trillion, format_krw_million, format_pct, md_escape
from components.page import Source, manifest_source
from components.strings import gloss_lang, localized, other_lang, t
from data.budget import LA_PARTS, REAL_COLUMN, SEED_YEARS, STRUCTURE_ROWS, BudgetStory, add_real

ACCOUNT_COLUMNS = ("year", "account", "amount", "share", "change", "deflator", "real", "real_change")
PRECISION_COLUMNS = (
    "year",
    "amount_published",
    "precision",
    "source",
    "note",
    "deflator",
    "deflator_projection",
    "real",
)


def _headers(keys: tuple[str, ...], lang: str) -> dict[str, str]:
    return {key: t(f"budget_col_{key}", lang) for key in keys}


def account_name(account_id: str, names: dict[str, dict[str, str]], lang: str) -> str:
    """An account's name from the seed table in ``lang`` (the id if the table lacks it)."""
    return names.get(account_id, {}).get(lang, account_id)


def account_table(frame: pd.DataFrame, prices: str, names: dict[str, dict[str, str]], lang: str) -> pd.DataFrame:
    """The account chart's rows as a table people read: exact KRW million, derived columns named as such."""
    headers = _headers(ACCOUNT_COLUMNS, lang)
    out = pd.DataFrame(
        {
            headers["year"]: frame["year"].astype("int64").values,
            headers["account"]: [account_name(a, names, lang) for a in frame["account_id"]],
            headers["amount"]: frame["amount_krw_million"].astype("int64").values,
            headers["share"]: frame["share_of_total_pct"].astype(float).round(2).values,
            headers["change"]: frame["yoy_change_pct"].astype(float).round(2).values,
        }
    )
    if prices == "real":
        out[headers["deflator"]] = frame["deflator_2020_100"].values
        out[headers["real"]] = frame[REAL_COLUMN].astype("Int64").values
        out[headers["real_change"]] = frame["real_yoy_change_pct"].astype(float).round(2).values
    return out


def precision_table(frame: pd.DataFrame, prices: str, lang: str) -> pd.DataFrame:
    """A long-run or fragments frame as a table: year, figure as published, precision, source, note."""
    headers = _headers(PRECISION_COLUMNS, lang)
    out = pd.DataFrame(
        {
            headers["year"]: frame["year"].astype("int64").values,
            headers["amount_published"]: frame["amount_krw_million"].astype("int64").values,
            headers["precision"]: [t(f"budget_precision_{p}", lang) for p in frame["precision"]],
        }
    )
    if prices == "real":
        out[headers["deflator"]] = frame["deflator_2020_100"].values
        out[headers["deflator_projection"]] = frame["deflator_is_projection"].values
        out[headers["real"]] = frame[REAL_COLUMN].astype("Int64").values
    out[headers["source"]] = frame["source_short"].values
    out[headers["note"]] = frame["note"].values
    return out


def amount_block_unit(prices: str, lang: str, amounts: pd.Series | None = None) -> str:
    """The unit line of an amount chart block (chart in KRW trillion — or 억 원 / KRW bn for ``amounts`` that
    never reach a trillion — table in KRW million)."""
    if prices == "nominal" and amounts is not None and below_trillion(amounts):
        return t("budget_unit_block_small", lang)
    return t("budget_unit_block_amount_real" if prices == "real" else "budget_unit_block_amount", lang)


def accounts_unit(view: str, prices: str, lang: str) -> str:
    """The unit line of the accounts chart for the chosen view and prices."""
    if view == "amount":
        return amount_block_unit(prices, lang)
    if view == "share":
        return t("budget_unit_share", lang)
    return t("budget_unit_change_real" if prices == "real" else "budget_unit_change", lang)


def accounts_note(view: str, prices: str, accounts: list[str], annotated: bool, lang: str) -> str:
    """The accounts chart's note: how it is stacked or derived, real terms, the account's old name, A–D."""
    notes = [t("budget_annotation_note", lang)] if annotated else []
    if view == "amount":
        notes.append(t("budget_stack_note", lang))
        if "local_autonomous" in accounts and set(LA_PARTS) & set(accounts):
            notes.append(t("budget_stack_subtotal_note", lang))
    elif view == "share":
        if prices == "real":
            notes.append(t("budget_share_real_note", lang))
    else:
        notes.append(t("budget_change_first_year_note", lang))
    if prices == "real":
        notes.append(t("budget_real_note", lang))
    notes.append(t("budget_name_note", lang))
    return " ".join(notes)


def accounts_alt_text(
    budget: pd.DataFrame,
    frame: pd.DataFrame,
    view: str,
    years: tuple[int, int],
    names: dict[str, dict[str, str]],
    lang: str,
    *,
    annotated: bool,
) -> str:
    """The accounts chart in words, from the seed table (amount, share) or the drawn rows (change)."""
    start, end = years
    by = budget[budget["year"].between(start, end)].set_index(["account_id", "year"])
    span = {"start": start, "end": end, "first_year": start, "last_year": end}
    if view == "amount":
        text = t(
            "budget_alt_amount",
            lang,
            **span,
            first=format_krw_million(by.loc[("total", start), "amount_krw_million"], lang),
            last=format_krw_million(by.loc[("total", end), "amount_krw_million"], lang),
            ls_share=format_pct(by.loc[("local_support", end), "share_of_total_pct"]),
        )
    elif view == "share":
        share = by["share_of_total_pct"]
        text = t(
            "budget_alt_share",
            lang,
            **span,
            ls_first=format_pct(share[("local_support", start)]),
            ls_last=format_pct(share[("local_support", end)]),
            la_first=format_pct(share[("local_autonomous", start)]),
            la_last=format_pct(share[("local_autonomous", end)]),
        )
    elif not frame.empty:
        low, high = frame.loc[frame["value"].idxmin()], frame.loc[frame["value"].idxmax()]
        text = t(
            "budget_alt_change",
            lang,
            start=start,
            end=end,
            min_year=int(low["year"]),
            max_year=int(high["year"]),
            min_account=md_escape(account_name(low["account_id"], names, lang)),
            max_account=md_escape(account_name(high["account_id"], names, lang)),
            min_value=format_pct(low["value"], signed=True),
            max_value=format_pct(high["value"], signed=True),
        )
    else:
        return t("empty_selection", lang)
    return text + (t("budget_alt_annotations", lang) if annotated else "")


@dataclass(frozen=True)
class ChangeCard:
    """One of the seed's notes on what changed, as its card shows it (Markdown-safe)."""

    title: str
    text: str
    original: str | None  # the seed's own text, when ``text`` is a translation of it
    table_change: str
    basis: str


def change_card(row: object, names: dict[str, dict[str, str]], lang: str) -> ChangeCard:
    """A row of ``change_annotations`` as its card: placed year, text, the change the table shows, the basis."""
    title = t("budget_change_item", lang, letter=row.change_id, year=row.year_placed)
    if row.placement == "uncertain":
        title += f" — {t('budget_change_uncertain', lang)}"
    translated = "translation" in str(getattr(row, f"text_{lang}_status", ""))
    gloss = gloss_lang(lang)  # a Korean page reads its translation alone; an English page keeps the Korean original
    delta = row.table_change_krw_million
    return ChangeCard(
        title=md_escape(title),
        text=md_escape(localized(row, "text", lang)),
        original=md_escape(getattr(row, f"text_{gloss}")) if translated and gloss else None,
        table_change=t(
            "budget_change_table_delta",
            lang,
            account=md_escape(account_name(row.account_id, names, lang)),
            prev=row.year_placed - 1,
            year=row.year_placed,
            delta=("+" if delta > 0 else "") + format_krw_million(delta, lang),
            pct=format_pct(row.table_change_pct, signed=True),
            exact_delta=f"{int(delta):+,}".replace("-", "−"),
        ),
        basis=f"{t('budget_change_basis', lang)}: {md_escape(localized(row, 'basis', lang))}",
    )


def renaming_history(periods: pd.DataFrame, lang: str) -> str:
    """The account's names in order, with the start year of each (approximate or inferred years marked)."""
    status_mark = {"approx": t("budget_period_approx", lang), "inferred": t("budget_period_inferred", lang)}
    items = " → ".join(
        f"{row.start}{status_mark.get(row.status, '')} {md_escape(localized(row, 'name', lang))}"
        for row in periods.itertuples()
    )
    return t("budget_history_caption", lang, items=items)


def rounded_checks_text(checks: pd.DataFrame, lang: str) -> str:
    """What the rounded totals of the exact years say against the exact figures (``data.budget.rounded_total_checks``).

    A rounded total that agrees is a cross-check; one that does not is on another basis, and the text says so.
    """
    sentences = []
    for row in checks.itertuples():
        values = {
            "year": row.year,
            "rounded": format_krw_million(row.rounded_krw_million, lang, digits=1),
            "exact": f"{row.exact_krw_million:,}",
            "exact_rounded": format_krw_million(row.exact_rounded_krw_million, lang, digits=1),
        }
        sentences.append(t("budget_longrun_agrees" if row.agrees else "budget_longrun_differs", lang, **values))
    return " ".join(sentences)


def long_run_note(checks: pd.DataFrame, prices: str, lang: str) -> str:
    """The long-run chart's note: what is exact and what is not, the rounded totals of exact years, the bands."""
    note = " ".join(
        part
        for part in (t("budget_longrun_note", lang), rounded_checks_text(checks, lang), t("budget_longrun_bands", lang))
        if part
    )
    if prices == "real":
        note += " " + t("budget_real_note", lang) + " " + t("budget_real_projection_note", lang)
    return note


def long_run_alt_text(totals: pd.DataFrame, periods: pd.DataFrame, years: tuple[int, int], lang: str) -> str:
    """The long-run chart in words: how many years have a figure, how many exact, the names on its bands."""
    start, end = years
    return t(
        "budget_longrun_alt",
        lang,
        start=start,
        end=end,
        n=totals["year"].nunique(),
        n_exact=int((totals["precision"] == "exact").sum()),
        names=" → ".join(md_escape(name) for name in periods[f"short_{lang}"]),
    )


def fragments_alt_text(data: pd.DataFrame, account_id: str, names: dict[str, dict[str, str]], lang: str) -> str:
    """One account's fragments chart in words: the exact years and the later fragments found."""
    later = data[data["year"] > SEED_YEARS[1]]
    return t(
        "budget_fragments_alt",
        lang,
        account=md_escape(account_name(account_id, names, lang)),
        n=len(later),
        years=", ".join(str(year) for year in later["year"]),
    )


def structure_table(structure: pd.DataFrame, names: dict[str, dict[str, str]], lang: str) -> pd.DataFrame:
    """The seed's structure table: item, account, method, text and note in ``lang``, and the other language's text."""
    other = other_lang(lang)
    method = {m: t(f"budget_method_{m}", lang) for m in STRUCTURE_ROWS}
    return pd.DataFrame(
        {
            t("budget_col_item", lang): structure["symbol"].values,
            t("budget_col_account", lang): [account_name(a, names, lang) for a in structure["account_id"]],
            t("budget_col_method", lang): [method[m] for m in structure["method_id"]],
            t("budget_col_text", lang): structure[f"text_{lang}"].values,
            t("note_label", lang): structure[f"note_{lang}"].values,
            t("budget_col_text_other", lang): structure[f"text_{other}"].values,
        }
    )


RECONCILIATION_COLUMNS = (
    "year",
    "total_krw_million",
    "sum_of_four_accounts_krw_million",
    "difference_total",
    "local_autonomous_krw_million",
    "sum_of_two_parts_krw_million",
    "difference_local_autonomous",
)


def budget_check_table(check: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``data.budget.seed_total_reconciliation`` under readers' headers (the figures as they are)."""
    return check[list(RECONCILIATION_COLUMNS)].rename(
        columns={column: t(f"budget_check_col_{column}", lang) for column in RECONCILIATION_COLUMNS}
    )


def reconciliation_failures(check: pd.DataFrame) -> list[int]:
    """Seed years where the Total or the Local Autonomous sub-total does not equal the sum of its parts."""
    failing = check[(check["difference_total"] != 0) | (check["difference_local_autonomous"] != 0)]
    return [int(year) for year in failing["year"]]


def summary_lines(budget: pd.DataFrame, deflator: pd.DataFrame, totals: pd.DataFrame, lang: str) -> list[str]:
    """The summary: the total's change over the seed years, the 2020 shift, real terms, what exists after 2020."""
    first, last = SEED_YEARS
    amount = budget.set_index(["account_id", "year"])["amount_krw_million"]
    share = budget.set_index(["account_id", "year"])["share_of_total_pct"]
    total = budget[budget["account_id"] == "total"][["year", "amount_krw_million"]]
    real = add_real(total, deflator).set_index("year")[REAL_COLUMN]
    later = totals[totals["year"] > last]
    return [
        t(
            "budget_summary_total",
            lang,
            y0=first,
            y1=last,
            v0=format_krw_million(amount[("total", first)], lang),
            v1=format_krw_million(amount[("total", last)], lang),
            pct=format_pct((amount[("total", last)] / amount[("total", first)] - 1) * 100, signed=True),
        ),
        t(
            "budget_summary_shift",
            lang,
            la_delta=format_krw_million(amount[("local_autonomous", 2019)] - amount[("local_autonomous", 2020)], lang),
            ls_delta=format_krw_million(amount[("local_support", 2020)] - amount[("local_support", 2019)], lang),
            ls_share_2019=format_pct(share[("local_support", 2019)]),
            ls_share_2020=format_pct(share[("local_support", 2020)]),
        ),
        t(
            "budget_summary_real",
            lang,
            y0=first,
            y1=last,
            r0=format_krw_million(real[first], lang),
            r1=format_krw_million(real[last], lang),
        ),
        t(
            "budget_summary_later",
            lang,
            items=", ".join(
                f"{row.year} {format_krw_million(row.amount_krw_million, lang, digits=1)} "
                f"({t(f'budget_precision_{row.precision}', lang)})"
                for row in later.itertuples()
            ),
        ),
    ]


# --- The total in one glance (Overview metric, /present budget slide) ---------------------------------------


@dataclass(frozen=True)
class BudgetStoryText:
    """``data.budget.BudgetStory`` in words: every figure from the data, the break said to be a transfer.

    label/value/basis/transfer: the Overview's metric card (label, value, caption lines);
    headline/transfer/basis: the /present budget slide (title, then the two lines);
    mark: the short label the chart puts on the break year's bar; series: every total with its precision.
    """

    label: str
    value: str
    basis: str
    transfer: str
    headline: str
    mark: str
    series: str


def _precision_label(precision: str, lang: str) -> str:
    return t(f"budget_precision_{precision}", lang)


def budget_story_text(story: BudgetStory, names: dict[str, dict[str, str]], lang: str) -> BudgetStoryText:
    """The latest sourced total with its basis, the latest budget, and the break year marked as a transfer.

    ``names``: account names (``data.budget.structure_account_names``: "Local Autonomous Account").
    """
    latest, budget = story.latest, story.latest_budget
    stage = t(f"budget_story_stage_{latest.precision}", lang)
    value = format_krw_million(latest.amount_krw_million, lang, digits=1 if latest.precision != "exact" else 2)
    basis = t(
        "budget_story_basis",
        lang,
        precision=_precision_label(latest.precision, lang),
        budget_year=budget.year,
        budget_value=format_krw_million(budget.amount_krw_million, lang, digits=1),
        budget_precision=_precision_label(budget.precision, lang),
    )
    transfer = t(
        "budget_story_transfer",
        lang,
        year=story.break_year,
        previous_year=story.break_year - 1,
        total=format_krw_million(story.break_total, lang),
        change=format_pct(story.break_change_pct, signed=True),
        stated=format_krw_million(story.transfer_stated_krw_million, lang, digits=1),
        account=md_escape(account_name(story.transfer_account, names, lang)),
        account_change=format_krw_million(-story.transfer_account_change_krw_million, lang),
    )
    series = "; ".join(
        t(
            "budget_story_series_item",
            lang,
            year=row.year,
            value=format_krw_million(row.amount_krw_million, lang, digits=2 if row.precision == "exact" else 1),
            precision=_precision_label(row.precision, lang),
        )
        for row in story.totals.itertuples()
    )
    return BudgetStoryText(
        label=t("budget_story_label", lang, year=latest.year, stage=stage),
        value=value,
        basis=basis,
        transfer=transfer,
        headline=t("budget_story_headline", lang, value=value, year=latest.year, stage=stage),
        mark=t("budget_story_mark", lang),  # short enough to sit inside the bar; the amount is in the transfer note
        series=t("budget_story_series", lang, items=series),
    )


def budget_story_sources(story: BudgetStory) -> list[Source]:
    """Where the story's figures come from: the later totals, the exact table, the seed's note on the transfer."""
    later = f"{story.latest_budget.year}–{story.latest.year}" if story.latest_budget.year != story.latest.year else None
    return [
        manifest_source("special_account_totals", year=later or str(story.latest.year)),
        manifest_source("special_account_budget", year=f"{SEED_YEARS[0]}–{SEED_YEARS[1]}"),
        manifest_source("budget_changes"),
    ]
