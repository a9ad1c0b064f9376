"""/budget: the seed table reproduced exactly, totals reconcile, real terms, other years by precision.

Also annotations, structure and URL state.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from components.charts.budget import account_trend_chart, fragments_chart, long_run_chart, structure_diagram
from components.strings import budget as budget_strings
from components.strings import t
from components.views.budget import account_table
from data import budget as tb
from data.budget import special_account_long
from data.datasets import read_dataset
from tests.apptest_helpers import all_text, download_menu_keys, open_download_menus, run_page
from tests.conftest import source_document
from tests.test_data_layer import SEED_TABLE

# The 42 figures of the seed table (KRW million), typed in once in the data-layer test.
YEARS = list(range(2015, 2021))
SEED_TEXT = source_document("nabis_projects_and_budget")


@pytest.fixture(scope="module")
def budget():
    return special_account_long(read_dataset("special_account_budget"))


@pytest.fixture(scope="module")
def deflator():
    return tb.imf_deflator(read_dataset("deflator"))


def test_the_42_seed_figures_are_reproduced_exactly(budget):
    assert sum(len(v) for v in SEED_TABLE.values()) == 42
    frame = tb.account_view(budget, tb.SELECTABLE_ACCOUNTS, 2015, 2020, "amount", "nominal")
    names = tb.account_names(budget)
    table = account_table(budget, "nominal", names, "en")
    year, account_column, amount_column = (t(f"budget_col_{key}", "en") for key in ("year", "account", "amount"))
    for account, values in SEED_TABLE.items():
        got = budget[budget["account_id"] == account].sort_values("year")["amount_krw_million"].tolist()
        assert got == values, account
        shown = table[table[account_column] == names[account]["en"]].sort_values(year)[amount_column].tolist()
        assert shown == values, account
        # every figure also appears, with thousands separators, in the seed text itself
        for value in values:
            assert f"{value:,}" in SEED_TEXT
    # the stacked view draws the Total and the leaf accounts; the sub-total is drawn as its parts
    assert set(frame["account_id"]) == set(SEED_TABLE) - {"local_autonomous"}


def test_totals_reconcile_with_the_accounts_every_year(budget):
    check = tb.seed_total_reconciliation(budget)
    assert check["year"].tolist() == YEARS
    assert (check["difference_total"] == 0).all() and (check["difference_local_autonomous"] == 0).all()
    assert check.loc[check["year"] == 2020, "sum_of_four_accounts_krw_million"].item() == 9232811


def test_stacking_never_counts_the_local_autonomous_account_twice():
    assert tb.stacked_accounts(tb.SELECTABLE_ACCOUNTS) == [
        "local_support",
        "local_autonomous_provinces",
        "local_autonomous_districts",
        "sejong",
        "jeju",
    ]
    assert tb.stacked_accounts(["local_autonomous", "jeju", "total"]) == ["local_autonomous", "jeju"]
    assert tb.stacked_accounts(["local_autonomous", "local_autonomous_districts"]) == ["local_autonomous_districts"]


def test_share_and_change_views(budget):
    share = tb.account_view(budget, ["local_support", "total"], 2019, 2020, "share", "nominal")
    assert set(share["account_id"]) == {"local_support"}  # the Total is 100% by definition and is not drawn
    assert share.set_index("year")["value"][2020] == pytest.approx(6613132 / 9232811 * 100)
    change = tb.account_view(budget, ["local_autonomous"], 2015, 2020, "change", "nominal")
    assert change["year"].tolist() == [2016, 2017, 2018, 2019, 2020]  # no 2014 in the table: 2015 has no change
    assert change.set_index("year")["value"][2020] == pytest.approx((2313150 - 5548288) / 5548288 * 100)


def test_real_terms_use_only_the_imf_2020_deflator(budget, deflator):
    assert deflator["year"].tolist() == list(range(2005, 2027))
    assert deflator.loc[deflator["deflator_is_projection"], "year"].tolist() == [2025, 2026]
    real = tb.account_view(budget, ["total"], 2015, 2020, "amount", "real", deflator).set_index("year")
    assert real["value"][2020] == 9232811  # 2020 prices: the base year is unchanged
    assert real["value"][2015] == round(10338940 * 100 / 94.598)
    assert real["amount_krw_million"][2015] == 10338940  # the exact nominal figure stays alongside
    change = tb.account_view(budget, ["total"], 2015, 2020, "change", "real", deflator).set_index("year")
    assert change["value"][2016] == pytest.approx((real["value"][2016] / real["value"][2015] - 1) * 100)


def test_other_years_are_marked_by_precision_and_never_exact(budget):
    totals = tb.long_run_totals(budget, read_dataset("special_account_totals"))
    by_year = totals.set_index("year")
    assert by_year.loc[2015, "amount_krw_million"] == 10338940 and by_year.loc[2015, "precision"] == "exact"
    assert by_year.loc[2020, "amount_krw_million"] == 9232811  # not the rounded 9.2 tn
    assert totals["year"].is_unique
    assert by_year.loc[2005, "precision"] == "rounded_historical" and by_year.loc[2005, "amount_krw_million"] == 5400000
    assert by_year.loc[2021, "precision"] == "derived"
    assert by_year.loc[2022, "precision"] == "rounded_budget"
    assert by_year.loc[2023, "precision"] == "bill" and by_year.loc[2023, "amount_krw_million"] == 12700000
    assert not set(totals["year"]) & {2024, 2025, 2026}  # no total found; the 2025/26 block-grant rows are one account
    assert set(totals.loc[totals["precision"] == "exact", "year"]) == set(YEARS)


def test_account_fragments_after_2020(budget):
    fragments, totals = read_dataset("special_account_accounts_2021_2026"), read_dataset("special_account_totals")
    jeju = tb.account_fragments(budget, fragments, totals, "jeju")
    later = jeju[jeju["year"] > 2020]
    assert sorted(later.loc[later["year"] == 2021, "amount_krw_million"]) == [211100, 240300]
    assert set(later.loc[later["year"] == 2021, "precision"]) == {"conflict"}
    assert 243900 not in later["amount_krw_million"].tolist()  # a sub-item, not the account
    assert later.set_index("year").loc[2026, "precision"] == "bill"
    la = tb.account_fragments(budget, fragments, totals, "local_autonomous").set_index("year")
    assert la.loc[2025, "amount_krw_million"] == 3800000 and la.loc[2026, "amount_krw_million"] == 10600000
    assert la.loc[2026, "precision"] == "bill_secondary"
    assert la.loc[2020, "amount_krw_million"] == 2313150


def test_renamings_on_the_time_axis():
    periods = tb.renaming_periods(read_dataset("account_history"))
    assert periods["start"].tolist() == [2005, 2010, 2015, 2019, 2024]
    assert periods["status"].tolist() == ["sourced", "approx", "sourced", "sourced", "inferred"]
    assert periods["end"].tolist() == [2009, 2014, 2018, 2023, 2026]
    assert periods["short_ko"].tolist()[:4] == ["균특회계", "광특회계", "지특회계", "균특회계"]


def test_changes_in_the_budget_are_verbatim_and_placed_with_a_basis(budget):
    changes = read_dataset("budget_changes")
    seed_bullets = re.findall(
        r"^\s*•\s*((?:Increase|Decrease) in (?:Support|Autonomous) Accounts:.*)$", SEED_TEXT, re.M
    )
    assert changes.sort_values("seed_order")["text_en"].tolist() == [b.strip() for b in seed_bullets]
    assert changes["text_ko_status"].str.contains("translation").all()
    placed = tb.change_annotations(changes, budget).set_index("change_id")
    assert placed["year_placed"].to_dict() == {"A": 2020, "B": 2017, "C": 2018, "D": 2020}
    assert placed.loc["A", "table_change_krw_million"] == 6613132 - 4760211
    assert placed.loc["D", "table_change_krw_million"] == 2313150 - 5548288  # about −3.2 tn against the 3.5 tn stated
    assert placed.loc["B", "placement"] == "uncertain"
    for row in placed.itertuples():  # the direction in the text matches the table's change
        assert (row.table_change_krw_million > 0) == (row.direction == "increase")
        assert "placed at the year the table shows the change" in row.basis_en.lower()


def test_structure_table_has_the_eight_project_types():
    structure = read_dataset("account_structure")
    assert structure["symbol"].tolist() == list("①②③④⑤⑥⑦⑧")
    for text in structure["text_en"]:
        assert text.split("’")[0] in SEED_TEXT
    cells = tb.structure_cells(structure, "en")
    jeju = cells[(cells["account_id"] == "jeju") & (cells["method_id"] == "autonomous_both")].iloc[0]
    assert jeju["items"] == "④ ⑤" and "Capital Area" in jeju["text"]
    assert (cells["items"] == "").sum() == 2  # the seed's '-' cells
    assert len(tb.structure_cells(structure, "ko")) == 9


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_charts_build_with_units_and_annotations(budget, deflator, lang):
    names = tb.account_names(budget)
    changes = tb.change_annotations(read_dataset("budget_changes"), budget)
    for view in tb.VIEWS:
        for prices in tb.PRICES:
            frame = tb.account_view(budget, tb.DEFAULT_ACCOUNTS, 2015, 2020, view, prices, deflator)
            spec = account_trend_chart(frame, view, prices, lang, names, changes).to_dict()
            text = str(spec)
            assert "A · D" in text and "'B'" in text
            if view == "amount":
                assert ("조 원" if lang == "ko" else "KRW trillion") in text
                # the last bar's tall segments are named in it (not told apart by colour alone); Sejong is too low
                named = {"ko": ("지역지원", "시·도", "시·군·구"), "en": ("Support", "Provinces", "Districts")}[lang]
                assert all(f"'{name}'" in text for name in named)
                assert f"'{t('budget_segment_sejong', lang)}'" not in text
    totals = tb.add_real(tb.long_run_totals(budget, read_dataset("special_account_totals")), deflator)
    periods = tb.renaming_periods(read_dataset("account_history"))
    text = str(long_run_chart(totals, periods, lang, "real", year_from=2005, year_to=2026).to_dict())
    assert ("정부안" if lang == "ko" else "Government bill") in text and "2020" in text
    jeju = tb.account_fragments(
        budget, read_dataset("special_account_accounts_2021_2026"), read_dataset("special_account_totals"), "jeju"
    )
    assert "717,800" in str(fragments_chart(jeju, lang).to_dict())
    assert "⑤" in str(
        structure_diagram(tb.structure_cells(read_dataset("account_structure"), lang), names, lang).to_dict()
    )


def test_every_budget_string_is_bilingual():
    for key, entry in budget_strings.STRINGS.items():
        assert key.startswith("budget_"), key
        assert entry.get("ko") and entry.get("en"), key


# --- The page (AppTest) -------------------------------------------------------


def _table(at, key: str) -> pd.DataFrame:
    at.segmented_control(key=f"view_{key}").set_value("table").run()
    return at.dataframe[0].value


@pytest.mark.apptest
def test_page_table_shows_all_42_figures_in_korean():
    at = run_page("budget", accounts=",".join(tb.SELECTABLE_ACCOUNTS))
    assert not at.exception
    table = _table(at, "budget_accounts")
    assert len(table) == 6 * 6  # the stacked view: six series (sub-total as its two parts) × six years
    amounts = set(table["금액 (백만 원, 명목, 정확한 값)"])  # as the reader sees them: exact, grouped (issue 20)
    for account, values in SEED_TABLE.items():
        if account != "local_autonomous":
            assert {f"{value:,}" for value in values} <= amounts, account
    at = run_page("budget", view="share", accounts=",".join(tb.SELECTABLE_ACCOUNTS))
    table = _table(at, "budget_accounts")
    assert {f"{value:,}" for value in SEED_TABLE["local_autonomous"]} <= set(table["금액 (백만 원, 명목, 정확한 값)"])


@pytest.mark.apptest
def test_page_in_korean_has_sections_annotations_structure_and_sources():
    at = run_page("budget")
    assert not at.exception and not at.error
    text = all_text(at)
    assert at.title[0].value == "국가균형발전특별회계 예산 추이"
    for needle in (
        "계정별 예산, 2015–2020",
        "예산 변동 요인",
        "A · 2020년 (추정 배치)",
        "B · 2017년 (추정 배치) — 배치 불확실",
        "포괄보조사업 등 3.5조 원",
        "−3.24조 원",
        "균특회계 총액, 2005–2026 (정밀도 표시)",
        "제주특별자치도계정, 2015–2026",
        "계정 × 편성방식 (사업 유형 ①–⑧)",
        "6개 연도 모두 합계 = 네 계정의 합",
        "nabis.go.kr",
        "출처",
    ):
        assert needle in text, needle
    assert (
        len(open_download_menus(at).get("download_button")) == 5 * 5
    )  # five chart blocks: CSV, XLSX, PNG, SVG and ZIP each


@pytest.mark.apptest
def test_url_state_drives_the_view_in_english():
    at = run_page(
        "budget",
        lang="en",
        view="share",
        prices="real",
        accounts="local_support,jeju",
        **{"from": "2016", "to": "2019"},
    )
    assert not at.exception and not at.warning
    text = all_text(at)
    assert "Each account's share of the total, 2016–2019" in text
    assert "deflated with the IMF WEO GDP deflator (Apr 2025, 2020=100)" in text
    assert at.segmented_control(key="budget_view").value == "share"
    assert at.segmented_control(key="budget_prices").value == "real"
    assert at.pills(key="budget_accounts").value == ["local_support", "jeju"]
    assert (at.selectbox(key="budget_from").value, at.selectbox(key="budget_to").value) == (2016, 2019)
    table = _table(at, "budget_accounts")
    assert table["Year"].tolist() == [2016, 2016, 2017, 2017, 2018, 2018, 2019, 2019]
    assert "Real amount (2020 prices, KRW million, derived, rounded to KRW million)" in table.columns


@pytest.mark.apptest
def test_widgets_write_their_choice_to_the_url():
    at = run_page("budget", lang="en")
    at.segmented_control(key="budget_view").set_value("change").run()
    assert at.query_params["view"] == ["change"] or at.query_params["view"] == "change"
    at.pills(key="budget_accounts").set_value(["jeju", "sejong"]).run()
    assert "jeju" in str(at.query_params["accounts"]) and "sejong" in str(at.query_params["accounts"])
    at.selectbox(key="budget_from").set_value(2017).run()
    at.selectbox(key="budget_to").set_value(2020).run()
    assert str(at.query_params["from"]).strip("[]'") == "2017" and str(at.query_params["to"]).strip("[]'") == "2020"
    assert not at.exception
    assert "Change on the previous year by account, 2017–2020" in all_text(at)


@pytest.mark.apptest
def test_bad_params_fall_back_with_friendly_notices():
    at = run_page("budget", view="<b>x</b>", accounts="nope,jeju", **{"from": "2020", "to": "2016"})
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "<b>x</b>" in warnings and "nope,jeju" in warnings and "2020–2016" in warnings
    assert at.segmented_control(key="budget_view").value == "amount"
    assert at.pills(key="budget_accounts").value == ["jeju"]


@pytest.mark.apptest
def test_years_without_account_data_say_so():
    at = run_page("budget", lang="en", **{"from": "2021", "to": "2026"})
    assert not at.exception
    text = all_text(at)
    assert "There are no exact account figures in the chosen years (2021–2026)" in text
    assert "Special Account total, 2021–2026 (marked by precision)" in text


@pytest.mark.parametrize(
    "province, link_text",
    [("KR-49", "Show only the Jeju account"), ("KR-50", "Show only the Sejong account"), ("KR-46", None)],
)
@pytest.mark.apptest
def test_province_lens_links_to_what_exists(province, link_text):
    at = run_page("budget", lang="en", province=province)
    assert not at.exception
    assert any("figures on this page are national" in i.value for i in at.info)
    labels = [link.proto.label for link in at.main.get("page_link")]
    if link_text:
        link = next(link for link in at.main.get("page_link") if link.proto.label.startswith(link_text))
        assert "accounts=" in link.proto.query_string and f"province={province}" in link.proto.query_string
    assert any("(Regional comparison)" in label for label in labels) and any("(Map)" in label for label in labels)


@pytest.mark.apptest
def test_reconciliation_check_is_a_plain_table_of_six_years_with_no_difference():
    at = run_page("budget", lang="en")
    tables = at.table  # st.table: no data-grid script to download for seven rows
    assert len(tables) == 1
    check = tables[0].value  # readers' headers (issue 20), the figures as they are
    assert check["Year"].tolist() == [2015, 2016, 2017, 2018, 2019, 2020]
    assert check["Total (KRW million)"].iloc[0] == 10_338_940  # 2015 total on nabis.go.kr, KRW million
    assert set(check["Difference (total − accounts)"]) == {0}
    assert set(check["Difference (sub-total − parts)"]) == {0}


@pytest.mark.apptest
def test_a_broken_budget_file_is_named_once_and_the_sections_that_need_it_are_skipped(data_copy):
    path = data_copy / "seed" / "special_account_budget_2015_2020.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:-3]) + "\n", encoding="utf-8")  # 2020 loses three of its seven rows
    at = run_page("budget", lang="en", data_errors=True)
    errors = [str(e.value) for e in at.error]
    assert len(errors) == 1 and "data/seed/special_account_budget_2015_2020.csv" in errors[0], errors
    assert at.title[0].value == "Special Account for Balanced National Development: budget trends"
    assert not at.subheader and not download_menu_keys(at) and not at.table  # every section needing it skipped
    assert not at.info  # skipped quietly: no "this section failed" notice


@pytest.mark.apptest
def test_a_partly_usable_account_list_keeps_its_usable_part_in_view_and_link():
    at = run_page("budget", lang="en", accounts="nope,jeju")
    warnings = " ".join(str(w.value) for w in at.warning)
    assert "Some of ‘nope,jeju’" in warnings and "left out" in warnings
    assert at.query_params.get("accounts") == "jeju"
