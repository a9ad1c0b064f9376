"""Budget (/budget): the Special Account by account, 2015–2020 exact.

Other years by precision; what changed; structure.
"""

import streamlit as st

from components.budget_charts import account_trend_chart, fragments_chart, long_run_chart, structure_diagram
from components.formatting import format_krw_million, format_pct
from components.page import (
    Source,
    cached_chart,
    chart_block,
    guarded_section,
    lang_of,
    manifest_source,
    needs,
    province_of,
    sources_line,
)
from components.strings import t
from components.url_state import current_params, parse_choice, parse_int, parse_multi, shown_value, sync_widget_to_param
from data import transforms_budget as tb
from data.loaders import load_dataset, load_special_account_budget

lang = lang_of()
province = province_of()
names = st.session_state.get("_province_names", {})
JEJU, SEJONG = "KR-49", "KR-50"  # ISO 3166-2:KR codes of the two provinces with their own account
IMF_SOURCE = Source(
    "IMF World Economic Outlook, Apr 2025 (GDP deflator, 2020=100)", "https://data.imf.org/en/datasets/IMF.RES:WEO"
)
SEED_SOURCE = manifest_source("special_account_budget", year="2015–2020")

# 1. Title
st.title(t("budget_title", lang))
st.markdown(t("budget_intro", lang))

# 2. Province lens: the data is national; point to what exists for the chosen province
if province:
    with guarded_section(lang, "budget §2 province lens"):
        name = names.get(province, {}).get(lang, province)
        st.info(t("budget_province_national", lang, name=name), icon=":material/info:")
        if province == JEJU:
            st.page_link(
                "pages/budget.py",
                label=t("budget_province_jeju_link", lang),
                icon=":material/filter_alt:",
                query_params=current_params(accounts="jeju"),
            )
            st.caption(t("budget_province_jeju_note", lang))
        elif province == SEJONG:
            st.page_link(
                "pages/budget.py",
                label=t("budget_province_sejong_link", lang),
                icon=":material/filter_alt:",
                query_params=current_params(accounts="sejong"),
            )
            st.caption(t("budget_province_sejong_note", lang))
        st.page_link(
            "pages/regions.py",
            label=t("budget_province_regions_link", lang, name=name),
            icon=":material/compare_arrows:",
            query_params=current_params(),
        )
        st.page_link(
            "pages/map.py",
            label=t("budget_province_map_link", lang, name=name),
            icon=":material/map:",
            query_params=current_params(),
        )

# 3. Selection, kept in the URL: ?view=&prices=&accounts=&from=&to=
params = st.query_params
view, bad_view = parse_choice(params.get("view"), tb.VIEWS, "amount")
prices, bad_prices = parse_choice(params.get("prices"), tb.PRICES, "nominal")
accounts, bad_accounts = parse_multi(params.get("accounts"), tb.SELECTABLE_ACCOUNTS, tb.DEFAULT_ACCOUNTS)
year_from, bad_from = parse_int(params.get("from"), tb.YEAR_MIN, tb.YEAR_MAX, tb.YEAR_MIN)
year_to, bad_to = parse_int(params.get("to"), tb.YEAR_MIN, tb.YEAR_MAX, tb.YEAR_MAX)
for bad, name_, raw in (
    (bad_view, "view", params.get("view")),
    (bad_prices, "prices", params.get("prices")),
    (bad_from, "from", params.get("from")),
    (bad_to, "to", params.get("to")),
):
    if bad:
        st.warning(t("notice_bad_param", lang, name=name_, value=shown_value(raw)), icon=":material/link_off:")
if bad_accounts:
    st.warning(
        t("budget_notice_bad_accounts", lang, value=shown_value(params.get("accounts"))), icon=":material/link_off:"
    )
if year_from > year_to:
    st.warning(
        t("notice_bad_param", lang, name=t("budget_param_years", lang), value=f"{year_from}–{year_to}"),
        icon=":material/link_off:",
    )
    year_from, year_to = tb.YEAR_MIN, tb.YEAR_MAX


budget = None
with guarded_section(lang, "budget §3 selection"):
    budget = load_special_account_budget()
account_names = tb.account_names(budget) if budget is not None else {}

with st.container(border=True):
    st.markdown(f"**{t('budget_controls_heading', lang)}**")
    left, middle = st.columns(2)
    st.session_state["budget_view"] = view
    left.segmented_control(
        t("budget_view_label", lang),
        options=list(tb.VIEWS),
        required=True,
        key="budget_view",
        format_func=lambda option: t(f"budget_view_{option}", lang),
        on_change=sync_widget_to_param("budget_view", "view", "amount"),
    )
    st.session_state["budget_prices"] = prices
    middle.segmented_control(
        t("budget_prices_label", lang),
        options=list(tb.PRICES),
        required=True,
        key="budget_prices",
        format_func=lambda option: t(f"budget_prices_{option}", lang),
        on_change=sync_widget_to_param("budget_prices", "prices", "nominal"),
    )
    first_col, last_col, _ = st.columns([1, 1, 2])
    years = list(range(tb.YEAR_MIN, tb.YEAR_MAX + 1))
    st.session_state["budget_from"] = year_from
    first_col.selectbox(
        t("budget_from_label", lang),
        options=years,
        key="budget_from",
        help=t("budget_years_help", lang),
        on_change=sync_widget_to_param("budget_from", "from", tb.YEAR_MIN),
    )
    st.session_state["budget_to"] = year_to
    last_col.selectbox(
        t("budget_to_label", lang),
        options=years,
        key="budget_to",
        on_change=sync_widget_to_param("budget_to", "to", tb.YEAR_MAX),
    )
    st.session_state["budget_accounts"] = accounts
    st.pills(
        t("budget_accounts_label", lang),
        options=tb.SELECTABLE_ACCOUNTS,
        selection_mode="multi",
        key="budget_accounts",
        format_func=lambda a: account_names.get(a, {}).get(lang, a),
        help=t("budget_accounts_help", lang),
        on_change=sync_widget_to_param("budget_accounts", "accounts", ",".join(tb.DEFAULT_ACCOUNTS)),
    )

# 4. Data
deflator = changes = None
with guarded_section(lang, "budget §4 data"):
    deflator = tb.imf_deflator(load_dataset("deflator"))
    needs(budget)
    changes = tb.change_annotations(load_dataset("budget_changes"), budget)

# 5. The accounts by year (exact seed table, 2015–2020)
with guarded_section(lang, "budget §5 the accounts by year"):
    needs(budget)
    start, end = max(year_from, tb.SEED_YEARS[0]), min(year_to, tb.SEED_YEARS[1])
    if start > end:
        st.info(t("budget_no_account_years", lang, start=year_from, end=year_to), icon=":material/filter_alt_off:")
    else:
        frame = tb.account_view(budget, accounts, start, end, view, prices, deflator)
        headers = {
            key: t(f"budget_col_{key}", lang)
            for key in ("year", "account", "amount", "share", "change", "deflator", "real", "real_change")
        }
        table = tb.account_table(frame, prices, account_names, lang, headers)
        notes = []
        if view == "amount":
            unit = t("budget_unit_block_amount_real" if prices == "real" else "budget_unit_block_amount", lang)
            notes.append(t("budget_stack_note", lang))
            if "local_autonomous" in accounts and set(tb.LA_PARTS) & set(accounts):
                notes.append(t("budget_stack_subtotal_note", lang))
        elif view == "share":
            unit = t("budget_unit_share", lang)
            if prices == "real":
                notes.append(t("budget_share_real_note", lang))
        else:
            unit = t("budget_unit_change_real" if prices == "real" else "budget_unit_change", lang)
            notes.append(t("budget_change_first_year_note", lang))
        if prices == "real":
            notes.append(t("budget_real_note", lang))
        notes.append(t("budget_name_note", lang))
        seed = budget[budget["year"].between(start, end)]
        by = seed.set_index(["account_id", "year"])
        if view == "amount":
            alt_text = t(
                "budget_alt_amount",
                lang,
                start=start,
                end=end,
                first_year=start,
                last_year=end,
                first=format_krw_million(by.loc[("total", start), "amount_krw_million"], lang),
                last=format_krw_million(by.loc[("total", end), "amount_krw_million"], lang),
                ls_share=format_pct(by.loc[("local_support", end), "share_of_total_pct"]),
            )
        elif view == "share":
            alt_text = t(
                "budget_alt_share",
                lang,
                start=start,
                end=end,
                first_year=start,
                last_year=end,
                ls_first=format_pct(by.loc[("local_support", start), "share_of_total_pct"]),
                ls_last=format_pct(by.loc[("local_support", end), "share_of_total_pct"]),
                la_first=format_pct(by.loc[("local_autonomous", start), "share_of_total_pct"]),
                la_last=format_pct(by.loc[("local_autonomous", end), "share_of_total_pct"]),
            )
        elif not frame.empty:
            low, high = frame.loc[frame["value"].idxmin()], frame.loc[frame["value"].idxmax()]
            alt_text = t(
                "budget_alt_change",
                lang,
                start=start,
                end=end,
                min_year=int(low["year"]),
                max_year=int(high["year"]),
                min_account=account_names[low["account_id"]][lang],
                max_account=account_names[high["account_id"]][lang],
                min_value=format_pct(low["value"], signed=True),
                max_value=format_pct(high["value"], signed=True),
            )
        else:
            alt_text = t("empty_selection", lang)
        if changes is not None and changes["year_placed"].between(start, end).any():
            alt_text += t("budget_alt_annotations", lang)
            notes.insert(0, t("budget_annotation_note", lang))
        sources = [SEED_SOURCE, manifest_source("budget_changes")] + ([IMF_SOURCE] if prices == "real" else [])
        chart_block(
            key="budget_accounts",
            title=t(f"budget_chart_accounts_{view}", lang, start=start, end=end),
            chart=cached_chart(
                ("budget_accounts", lang, view, prices, tuple(accounts), start, end),
                lambda: account_trend_chart(frame, view, prices, lang, account_names, changes),
            ),
            table=table,
            unit=unit,
            sources=sources,
            lang=lang,
            alt_text=alt_text,
            note=" ".join(notes),
        )

# 6. What changed and why: the seed's four notes at the years the table shows them
with guarded_section(lang, "budget §6 what changed and why"):
    needs(changes)
    st.subheader(t("budget_changes_heading", lang))
    st.caption(t("budget_changes_intro", lang))
    cols = st.columns(2)
    for index, row in enumerate(changes.itertuples(index=False)):
        with cols[index % 2].container(border=True):
            title = t("budget_change_item", lang, letter=row.change_id, year=row.year_placed)
            if row.placement == "uncertain":
                title += f" — {t('budget_change_uncertain', lang)}"
            st.markdown(f"**{title}**")
            st.markdown(row.text_ko if lang == "ko" else row.text_en)
            if lang == "ko":
                st.caption(f"{t('budget_change_original', lang)}: {row.text_en}")
            delta = row.table_change_krw_million
            st.caption(
                t(
                    "budget_change_table_delta",
                    lang,
                    account=account_names[row.account_id][lang],
                    prev=row.year_placed - 1,
                    year=row.year_placed,
                    delta=("+" if delta > 0 else "") + format_krw_million(delta, lang),
                    pct=format_pct(row.table_change_pct, signed=True),
                    exact_delta=f"{int(delta):+,}".replace("-", "−"),
                )
            )
            st.caption(f"{t('budget_change_basis', lang)}: {row.basis_ko if lang == 'ko' else row.basis_en}")
    st.caption(sources_line([manifest_source("budget_changes"), SEED_SOURCE], lang))

# 7. Other years: totals by precision, and the account's renamings on the time axis
with guarded_section(lang, "budget §7 other years"):
    needs(budget)
    st.subheader(t("budget_longrun_heading", lang))
    history = load_dataset("account_history")
    periods = tb.renaming_periods(history)
    totals_all = tb.long_run_totals(budget, load_dataset("special_account_totals"))
    totals = totals_all[totals_all["year"].between(year_from, year_to)]
    if prices == "real":
        totals = tb.add_real(totals, deflator)
    precision_labels = {p: t(f"budget_precision_{p}", lang) for p in tb.PRECISION_ORDER + ["plan"]}
    headers = {
        key: t(f"budget_col_{key}", lang)
        for key in (
            "year",
            "amount_published",
            "precision",
            "source",
            "note",
            "deflator",
            "deflator_projection",
            "real",
        )
    }
    status_mark = {
        "approx": t("budget_period_approx", lang),
        "inferred": t("budget_period_inferred", lang),
        "sourced": "",
    }
    history_items = " → ".join(
        f"{row.start}{status_mark[row.status]} {row.name_ko if lang == 'ko' else row.name_en}"
        for row in periods.itertuples()
    )
    if totals.empty:
        st.info(t("budget_longrun_empty", lang, start=year_from, end=year_to), icon=":material/filter_alt_off:")
    else:
        note = t("budget_longrun_note", lang) + (
            " " + t("budget_real_note", lang) + " " + t("budget_real_projection_note", lang) if prices == "real" else ""
        )
        chart_block(
            key="budget_long_run",
            title=t("budget_longrun_title", lang, start=year_from, end=year_to),
            chart=cached_chart(
                ("budget_long_run", lang, prices, year_from, year_to),
                lambda: long_run_chart(totals, periods, lang, prices, year_from=year_from, year_to=year_to),
            ),
            table=tb.precision_table(totals, prices, precision_labels, headers),
            unit=t("budget_unit_block_amount_real" if prices == "real" else "budget_unit_block_amount", lang),
            sources=[
                SEED_SOURCE,
                Source("MOIS memo 2022-07-15 (parangse.org repost)", "http://parangse.org/atl/view.asp?a_id=11582"),
                Source(
                    "MOEF & MOLIT, korea.kr 2022-09-07",
                    "https://www.korea.kr/briefing/actuallyView.do?newsId=148905674",
                ),
                manifest_source("account_history"),
            ]
            + ([IMF_SOURCE] if prices == "real" else []),
            lang=lang,
            alt_text=t(
                "budget_longrun_alt",
                lang,
                start=year_from,
                end=year_to,
                n=totals["year"].nunique(),
                n_exact=int((totals["precision"] == "exact").sum()),
                names=" → ".join(periods["short_ko" if lang == "ko" else "name_en"]),
            ),
            note=note,
        )
    st.caption(t("budget_history_caption", lang, items=history_items))

# 8. Account figures after 2020: only the fragments that were found, by stage
with guarded_section(lang, "budget §8 account figures after 2020"):
    needs(budget)
    st.subheader(t("budget_fragments_heading", lang))
    st.caption(t("budget_fragments_intro", lang))
    fragments_source = load_dataset("special_account_accounts_2021_2026")
    totals_source = load_dataset("special_account_totals")
    order = ["jeju", "local_autonomous"]
    for account in order:
        with st.container():
            data = tb.account_fragments(budget, fragments_source, totals_source, account)
            later = data[data["year"] > tb.SEED_YEARS[1]]
            key = "jeju" if account == "jeju" else "la"
            chart_block(
                key=f"budget_fragments_{key}",
                title=t(f"budget_fragments_{key}_title", lang),
                chart=cached_chart(
                    ("budget_fragments", account, lang), lambda data=data: fragments_chart(data, lang, height=360)
                ),
                table=tb.precision_table(data, "nominal", precision_labels, headers),
                unit=t("budget_unit_block_amount", lang),
                sources=[
                    SEED_SOURCE,
                    manifest_source("special_account_accounts_2021_2026")
                    if account == "jeju"
                    else Source(
                        "newming.io / News1 (secondary summaries, 2025)", "https://www.news1.kr/amp/local/moi/5880000"
                    ),
                ],
                lang=lang,
                alt_text=t(
                    "budget_fragments_alt",
                    lang,
                    account=account_names[account][lang],
                    n=len(later),
                    years=", ".join(str(y) for y in later["year"]),
                ),
                note=t(f"budget_fragments_{key}_note", lang),
            )

# 9. Structure of the account: accounts × formulation method (①…⑧)
with guarded_section(lang, "budget §9 structure of the account"):
    needs(budget)  # the account names come from the budget table
    st.subheader(t("budget_structure_heading", lang))
    structure = load_dataset("account_structure")
    structure_names = {key: value for key, value in account_names.items()}
    structure_names["local_autonomous"] = {
        "ko": "지역자율계정",
        "en": "Local Autonomous Account",
    }  # the seed's column heads
    method_label = {m: t(f"budget_method_{m}", lang) for m in tb.STRUCTURE_ROWS}
    other = "text_en" if lang == "ko" else "text_ko"
    structure_table = structure.assign(
        account=[structure_names[a][lang] for a in structure["account_id"]],
        method=[method_label[m] for m in structure["method_id"]],
    )
    structure_table = structure_table[
        [
            "symbol",
            "account",
            "method",
            "text_ko" if lang == "ko" else "text_en",
            "note_ko" if lang == "ko" else "note_en",
            other,
        ]
    ].rename(
        columns={
            "symbol": t("budget_col_item", lang),
            "account": t("budget_col_account", lang),
            "method": t("budget_col_method", lang),
            "text_ko" if lang == "ko" else "text_en": t("budget_col_text", lang),
            "note_ko" if lang == "ko" else "note_en": t("note_label", lang),
            other: t("budget_col_text_other", lang),
        }
    )
    chart_block(
        key="budget_structure",
        title=t("budget_structure_title", lang),
        chart=cached_chart(
            ("budget_structure", lang),
            lambda: structure_diagram(tb.structure_cells(structure, lang), structure_names, lang),
        ),
        table=structure_table,
        unit=t("budget_structure_unit", lang),
        sources=[manifest_source("account_structure")],
        lang=lang,
        alt_text=t("budget_structure_alt", lang),
        note=t("budget_structure_note", lang),
    )

# 10. Check and summary
with guarded_section(lang, "budget §10 check and summary"):
    needs(budget, deflator)
    st.subheader(t("budget_summary_heading", lang))
    check = tb.reconciliation(budget)
    failing = check[(check["difference_total"] != 0) | (check["difference_local_autonomous"] != 0)]
    if failing.empty:
        st.success(t("budget_check_ok", lang, n=len(check)), icon=":material/check_circle:")
    else:
        st.error(t("budget_check_fail", lang, years=", ".join(str(y) for y in failing["year"])))
    with st.expander(t("budget_check_heading", lang)):
        # A plain table: seven rows need no data grid (whose script is the heaviest download on this page).
        st.table(check.style.format(thousands=",").format(str, subset=["year"]).hide(axis="index"))
    total = budget[budget["account_id"] == "total"].set_index("year")
    first, last = tb.SEED_YEARS
    amount = budget.set_index(["account_id", "year"])["amount_krw_million"]
    share = budget.set_index(["account_id", "year"])["share_of_total_pct"]
    lines = [
        t(
            "budget_summary_total",
            lang,
            y0=first,
            y1=last,
            v0=format_krw_million(total.loc[first, "amount_krw_million"], lang),
            v1=format_krw_million(total.loc[last, "amount_krw_million"], lang),
            pct=format_pct(
                (total.loc[last, "amount_krw_million"] / total.loc[first, "amount_krw_million"] - 1) * 100, signed=True
            ),
        ),
        t(
            "budget_summary_shift",
            lang,
            la_delta=format_krw_million(amount[("local_autonomous", 2019)] - amount[("local_autonomous", 2020)], lang),
            ls_delta=format_krw_million(amount[("local_support", 2020)] - amount[("local_support", 2019)], lang),
            ls_share_2019=format_pct(share[("local_support", 2019)]),
            ls_share_2020=format_pct(share[("local_support", 2020)]),
        ),
    ]
    real_total = tb.add_real(total.reset_index()[["year", "amount_krw_million"]], deflator).set_index("year")[
        tb.REAL_COLUMN
    ]
    lines.append(
        t(
            "budget_summary_real",
            lang,
            y0=first,
            y1=last,
            r0=format_krw_million(real_total[first], lang),
            r1=format_krw_million(real_total[last], lang),
        )
    )
    later_totals = tb.long_run_totals(budget, load_dataset("special_account_totals"))
    later_totals = later_totals[later_totals["year"] > last]
    lines.append(
        t(
            "budget_summary_later",
            lang,
            items=", ".join(
                f"{row.year} {format_krw_million(row.amount_krw_million, lang, digits=1)} "
                f"({t(f'budget_precision_{row.precision}', lang)})"
                for row in later_totals.itertuples()
            ),
        )
    )
    st.markdown("\n".join(f"- {line}" for line in lines))
    st.caption(sources_line([SEED_SOURCE, IMF_SOURCE, manifest_source("special_account_totals")], lang))
