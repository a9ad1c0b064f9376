"""The sections of /budget, in page order: title, province lens, data, selection, the five chart blocks, summary.

Each section runs guarded (``components.page.section``): a bad data file is named once, where it is
loaded, and the sections that need it are skipped quietly (``needs``).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components.charts.budget import account_trend_chart, fragments_chart, long_run_chart, structure_diagram
from components.formatting import md_escape
from components.page import (
    PageContext,
    Source,
    cached_build,
    cached_chart,
    chart_block,
    manifest_source,
    needs,
    reference_source,
    section,
    sources_line,
)
from components.registry import page, param
from components.strings import t
from components.url_state import current_params, read_param, url_bound, write_param
from components.views import budget as views
from data.budget import (
    DEFAULT_ACCOUNTS,
    PRICES,
    PROVINCE_ACCOUNTS,
    SEED_YEARS,
    SELECTABLE_ACCOUNTS,
    VIEWS,
    YEAR_MAX,
    YEAR_MIN,
    account_fragments,
    account_names,
    account_view,
    add_real,
    change_annotations,
    imf_deflator,
    renaming_periods,
    rounded_total_checks,
    seed_total_reconciliation,
    structure_account_names,
    structure_cells,
)
from data.loaders import load_dataset, load_long_run_totals, load_special_account_budget

FRAGMENT_BLOCKS = {"jeju": "jeju", "local_autonomous": "la"}  # account -> its block's key (widgets, file names)


@dataclass(frozen=True)
class BudgetSelection:
    """What the viewer chose (kept in the URL): view, prices, accounts and the year range."""

    view: str
    prices: str
    accounts: list[str]
    year_from: int
    year_to: int

    @property
    def years(self) -> tuple[int, int]:
        return self.year_from, self.year_to

    @property
    def seed_years(self) -> tuple[int, int]:
        """The chosen years that have exact account figures (start > end if there are none)."""
        return max(self.year_from, SEED_YEARS[0]), min(self.year_to, SEED_YEARS[1])


def _budget_seed_source() -> Source:
    return manifest_source("special_account_budget", year=f"{SEED_YEARS[0]}–{SEED_YEARS[1]}")


def _budget_real_sources(prices: str) -> list[Source]:
    """The deflator's source, cited wherever figures are shown in real terms."""
    return [reference_source("imf_weo_deflator")] if prices == "real" else []


@section("budget §1 title")
def budget_header(ctx: PageContext) -> None:
    st.title(t("budget_title", ctx.lang))
    st.markdown(t("budget_intro", ctx.lang))


@section("budget §2 province lens")
def budget_province_lens(ctx: PageContext) -> None:
    """The figures are national: say so, and link to what exists for the chosen province."""
    lang, name = ctx.lang, md_escape(ctx.province_name())
    st.info(t("budget_province_national", lang, name=name), icon=":material/info:")
    account = PROVINCE_ACCOUNTS.get(ctx.province)
    if account:
        st.page_link(
            page("budget").file,
            label=t(f"budget_province_{account}_link", lang),
            icon=":material/filter_alt:",
            query_params=current_params(accounts=account),
        )
        st.caption(t(f"budget_province_{account}_note", lang))
    st.page_link(
        page("regions").file,
        label=t("budget_province_regions_link", lang, name=name),
        icon=":material/compare_arrows:",
        query_params=current_params(),
    )
    st.page_link(
        page("map").file,
        label=t("budget_province_map_link", lang, name=name),
        icon=":material/map:",
        query_params=current_params(),
    )


def _account_names(budget: pd.DataFrame) -> dict:
    """``account_names`` of the seed table, built once."""
    return cached_build(("budget_account_names",), lambda: account_names(budget))


@section("budget §3 data: the seed table")
def budget_seed_table(ctx: PageContext) -> pd.DataFrame:
    """The exact 2015–2020 table with shares and changes (the input of every later section)."""
    return load_special_account_budget()


@section("budget §3 data: the deflator")
def budget_deflator(ctx: PageContext) -> pd.DataFrame:
    return cached_build(("budget_deflator",), lambda: imf_deflator(load_dataset("deflator")))


@section("budget §3 data: what changed")
def budget_change_notes(ctx: PageContext, budget: pd.DataFrame | None) -> pd.DataFrame:
    """The seed's four notes on what changed, with the change the table shows in the year each is placed."""
    needs(budget)
    return cached_build(("budget_changes",), lambda: change_annotations(load_dataset("budget_changes"), budget))


@section("budget §4 selection")
def budget_selection(ctx: PageContext, budget: pd.DataFrame | None) -> BudgetSelection:
    """Read ?view=&prices=&accounts=&from=&to= (a bad value gets a notice and the default) and draw the controls."""
    lang = ctx.lang
    view_param, prices_param, accounts_param, from_param, to_param = (
        param("budget", name) for name in ("view", "prices", "accounts", "from", "to")
    )
    years = range(YEAR_MIN, YEAR_MAX + 1)
    view = read_param(view_param, lang, allowed=VIEWS, default="amount")
    prices = read_param(prices_param, lang, allowed=PRICES, default="nominal")
    accounts = read_param(accounts_param, lang, allowed=SELECTABLE_ACCOUNTS, default=DEFAULT_ACCOUNTS)
    # A list with unknown accounts keeps the known ones: they stay in the link too.
    write_param(accounts_param.name, accounts, ",".join(DEFAULT_ACCOUNTS))
    year_from = read_param(from_param, lang, allowed=years, default=YEAR_MIN)
    year_to = read_param(to_param, lang, allowed=years, default=YEAR_MAX)
    if year_from > year_to:
        st.warning(
            t("notice_bad_param", lang, name=t("budget_param_years", lang), value=f"{year_from}–{year_to}"),
            icon=":material/link_off:",
        )
        year_from, year_to = YEAR_MIN, YEAR_MAX
        write_param(from_param.name, None)
        write_param(to_param.name, None)
    names = account_names(budget) if budget is not None else {}
    with st.container(border=True):
        st.markdown(f"**{t('budget_controls_heading', lang)}**")
        left, middle = st.columns(2)
        url_bound(
            left.segmented_control,
            view_param,
            view,
            "amount",
            key="budget_view",
            label=t("budget_view_label", lang),
            options=list(VIEWS),
            required=True,
            format_func=lambda option: t(f"budget_view_{option}", lang),
        )
        url_bound(
            middle.segmented_control,
            prices_param,
            prices,
            "nominal",
            key="budget_prices",
            label=t("budget_prices_label", lang),
            options=list(PRICES),
            required=True,
            format_func=lambda option: t(f"budget_prices_{option}", lang),
        )
        first_col, last_col, _ = st.columns([1, 1, 2])
        url_bound(
            first_col.selectbox,
            from_param,
            year_from,
            YEAR_MIN,
            key="budget_from",
            label=t("budget_from_label", lang),
            options=list(years),
            help=t("budget_years_help", lang),
        )
        url_bound(
            last_col.selectbox,
            to_param,
            year_to,
            YEAR_MAX,
            key="budget_to",
            label=t("budget_to_label", lang),
            options=list(years),
        )
        url_bound(
            st.pills,
            accounts_param,
            accounts,
            DEFAULT_ACCOUNTS,
            key="budget_accounts",
            label=t("budget_accounts_label", lang),
            options=SELECTABLE_ACCOUNTS,
            selection_mode="multi",
            format_func=lambda account: md_escape(views.account_name(account, names, lang)),
            help=t("budget_accounts_help", lang),
        )
    return BudgetSelection(view, prices, accounts, year_from, year_to)


@section("budget §5 the accounts by year")
def budget_accounts_block(
    ctx: PageContext,
    selection: BudgetSelection | None,
    budget: pd.DataFrame | None,
    deflator: pd.DataFrame | None,
    changes: pd.DataFrame | None,
) -> None:
    """The exact seed table, 2015–2020: amounts stacked, shares or yearly changes, nominal or real."""
    needs(selection, budget)
    lang, view, prices = ctx.lang, selection.view, selection.prices
    if prices == "real":
        needs(deflator)
    start, end = selection.seed_years
    if start > end:
        st.info(
            t("budget_no_account_years", lang, start=selection.year_from, end=selection.year_to),
            icon=":material/filter_alt_off:",
        )
        return
    names = _account_names(budget)
    key = (lang, view, prices, tuple(selection.accounts), start, end)
    frame = cached_build(
        ("budget_account_view", *key[1:]),  # the frame does not depend on the language
        lambda: account_view(budget, selection.accounts, start, end, view, prices, deflator),
    )
    annotated = changes is not None and bool(changes["year_placed"].between(start, end).any())
    chart_block(
        key="budget_accounts",
        title=t(f"budget_chart_accounts_{view}", lang, start=start, end=end),
        chart=cached_chart(
            ("budget_accounts", *key), lambda: account_trend_chart(frame, view, prices, lang, names, changes)
        ),
        table=cached_build(("budget_account_table", *key), lambda: views.account_table(frame, prices, names, lang)),
        unit=views.accounts_unit(view, prices, lang),
        sources=[_budget_seed_source(), manifest_source("budget_changes"), *_budget_real_sources(prices)],
        lang=lang,
        alt_text=cached_build(
            ("budget_accounts_alt", *key, annotated),
            lambda: views.accounts_alt_text(budget, frame, view, (start, end), names, lang, annotated=annotated),
        ),
        note=views.accounts_note(view, prices, selection.accounts, annotated, lang),
        level=2,  # the page's first section
    )


@section("budget §6 what changed and why")
def budget_change_cards(ctx: PageContext, budget: pd.DataFrame | None, changes: pd.DataFrame | None) -> None:
    """The seed's four notes, each at the year the table shows its change, with the basis of that placement."""
    needs(budget, changes)
    lang, names = ctx.lang, _account_names(budget)
    st.header(t("budget_changes_heading", lang))
    st.caption(t("budget_changes_intro", lang))
    columns = st.columns(2)
    for index, row in enumerate(changes.itertuples(index=False)):
        card = views.change_card(row, names, lang)
        with columns[index % 2].container(border=True):
            st.markdown(f"**{card.title}**")
            st.markdown(card.text)
            if card.original:  # the source's own (English) words, a click away from the translation
                with st.popover(t("budget_change_original", lang), icon=":material/translate:"):
                    st.markdown(card.original)
            st.caption(card.table_change)
            st.caption(card.basis)
    st.caption(sources_line([manifest_source("budget_changes"), _budget_seed_source()], lang))


@section("budget §7 other years")
def budget_long_run(
    ctx: PageContext, selection: BudgetSelection | None, budget: pd.DataFrame | None, deflator: pd.DataFrame | None
) -> None:
    """The total in every year with a sourced figure, marked by precision, on the account's renamings."""
    needs(selection, budget)
    lang, prices = ctx.lang, selection.prices
    if prices == "real":
        needs(deflator)
    st.header(t("budget_longrun_heading", lang))
    periods = cached_build(("budget_renaming_periods",), lambda: renaming_periods(load_dataset("account_history")))

    def shown_totals() -> pd.DataFrame:
        totals = load_long_run_totals()
        totals = totals[totals["year"].between(*selection.years)]
        return add_real(totals, deflator) if prices == "real" else totals

    totals = cached_build(("budget_long_run_totals", prices, *selection.years), shown_totals)
    if totals.empty:
        st.info(
            t("budget_longrun_empty", lang, start=selection.year_from, end=selection.year_to),
            icon=":material/filter_alt_off:",
        )
    else:
        year_from, year_to = selection.years
        chart_block(
            key="budget_long_run",
            title=t("budget_longrun_title", lang, start=year_from, end=year_to),
            chart=cached_chart(
                ("budget_long_run", lang, prices, year_from, year_to),
                lambda: long_run_chart(totals, periods, lang, prices, year_from=year_from, year_to=year_to),
            ),
            table=cached_build(
                ("budget_long_run_table", lang, prices, *selection.years),
                lambda: views.precision_table(totals, prices, lang),
            ),
            unit=views.amount_block_unit(prices, lang),
            sources=[
                _budget_seed_source(),
                reference_source("mois_memo_2022"),
                reference_source("moef_molit_korea_kr_2022"),
                manifest_source("account_history"),
                *_budget_real_sources(prices),
            ],
            lang=lang,
            alt_text=cached_build(
                ("budget_long_run_alt", lang, prices, *selection.years),
                lambda: views.long_run_alt_text(totals, periods, selection.years, lang),
            ),
            note=cached_build(
                ("budget_long_run_note", lang, prices),
                lambda: views.long_run_note(
                    rounded_total_checks(budget, load_dataset("special_account_totals")), prices, lang
                ),
            ),
        )
    st.caption(views.renaming_history(periods, lang))


@section("budget §8 account figures after 2020")
def budget_fragments(ctx: PageContext, budget: pd.DataFrame | None) -> None:
    """Jeju and Local Autonomous accounts after 2020: only the fragments that were found, each by its stage."""
    needs(budget)
    lang, names = ctx.lang, _account_names(budget)
    st.header(t("budget_fragments_heading", lang))
    st.caption(t("budget_fragments_intro", lang))
    later_sources = {
        "jeju": manifest_source("special_account_accounts_2021_2026"),
        "local_autonomous": reference_source("news1_2025_accounts"),
    }

    def fragments_of(account: str) -> pd.DataFrame:
        fragments = load_dataset("special_account_accounts_2021_2026")
        return account_fragments(budget, fragments, load_dataset("special_account_totals"), account)

    for account, block in FRAGMENT_BLOCKS.items():
        data = cached_build(("budget_fragments_data", account), lambda account=account: fragments_of(account))
        chart_block(
            key=f"budget_fragments_{block}",
            title=t(f"budget_fragments_{block}_title", lang),
            chart=cached_chart(
                ("budget_fragments", account, lang), lambda data=data: fragments_chart(data, lang, height=360)
            ),
            table=cached_build(
                ("budget_fragments_table", account, lang),
                lambda data=data: views.precision_table(data, "nominal", lang),
            ),
            unit=views.amount_block_unit("nominal", lang, data["amount_krw_million"]),
            sources=[_budget_seed_source(), later_sources[account]],
            lang=lang,
            alt_text=cached_build(
                ("budget_fragments_alt", account, lang),
                lambda data=data, account=account: views.fragments_alt_text(data, account, names, lang),
            ),
            note=t(f"budget_fragments_{block}_note", lang),
        )


@section("budget §9 structure of the account")
def budget_structure(ctx: PageContext, budget: pd.DataFrame | None) -> None:
    """The seed's accounts × formulation-method table (project types ①…⑧) as a diagram."""
    needs(budget)  # the account names come from the budget table
    lang, names = ctx.lang, structure_account_names(budget)
    st.header(t("budget_structure_heading", lang))
    structure = load_dataset("account_structure")
    chart_block(
        key="budget_structure",
        title=t("budget_structure_title", lang),
        chart=cached_chart(
            ("budget_structure", lang), lambda: structure_diagram(structure_cells(structure, lang), names, lang)
        ),
        table=views.structure_table(structure, names, lang),
        unit=t("budget_structure_unit", lang),
        sources=[manifest_source("account_structure")],
        lang=lang,
        alt_text=t("budget_structure_alt", lang),
        note=t("budget_structure_note", lang),
    )


@section("budget §10 check and summary")
def budget_check_and_summary(ctx: PageContext, budget: pd.DataFrame | None, deflator: pd.DataFrame | None) -> None:
    """The check that the accounts add up to the total every year, and the page's findings in four lines."""
    needs(budget, deflator)
    lang = ctx.lang
    st.header(t("budget_summary_heading", lang))
    check = cached_build(("budget_reconciliation",), lambda: seed_total_reconciliation(budget))
    failing = views.reconciliation_failures(check)
    if failing:
        st.error(t("budget_check_fail", lang, years=", ".join(str(year) for year in failing)))
    else:
        st.success(t("budget_check_ok", lang, n=len(check)), icon=":material/check_circle:")
    with st.expander(t("budget_check_heading", lang)):
        # A plain table: six rows need no data grid (whose script is the heaviest download on this page).
        shown = views.budget_check_table(check, lang)
        year = t("budget_check_col_year", lang)
        st.table(shown.style.format(thousands=",").format(str, subset=[year]).hide(axis="index"))
    lines = cached_build(
        ("budget_summary_lines", lang), lambda: views.summary_lines(budget, deflator, load_long_run_totals(), lang)
    )
    st.markdown("\n".join(f"- {line}" for line in lines))
    st.caption(
        sources_line(
            [_budget_seed_source(), reference_source("imf_weo_deflator"), manifest_source("special_account_totals")],
            lang,
        )
    )
