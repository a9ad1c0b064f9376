"""/budget's words and tables (components/views/budget.py): derived from the data they describe, in both languages."""

from __future__ import annotations

import pytest

from components.strings import t
from components.views import budget as views
from data import budget as tb
from data.datasets import read_dataset


@pytest.fixture(scope="module")
def budget():
    return tb.special_account_long(read_dataset("special_account_budget"))


@pytest.fixture(scope="module")
def deflator():
    return tb.imf_deflator(read_dataset("deflator"))


@pytest.fixture(scope="module")
def changes(budget):
    return tb.change_annotations(read_dataset("budget_changes"), budget)


def test_amount_alt_text_quotes_the_seed_totals(budget):
    frame = tb.account_view(budget, tb.DEFAULT_ACCOUNTS, 2015, 2020, "amount", "nominal")
    names = tb.account_names(budget)
    text = views.accounts_alt_text(budget, frame, "amount", (2015, 2020), names, "en", annotated=False)
    assert "KRW 10.34 tn in 2015" in text and "KRW 9.23 tn in 2020" in text  # 10,338,940 and 9,232,811 million
    assert "71.6%" in text  # Local Support 2020: 6,613,132 / 9,232,811
    annotated = views.accounts_alt_text(budget, frame, "amount", (2015, 2020), names, "en", annotated=True)
    assert annotated == text + t("budget_alt_annotations", "en")


def test_change_alt_text_names_the_largest_fall_and_rise(budget):
    frame = tb.account_view(budget, tb.SELECTABLE_ACCOUNTS, 2015, 2020, "change", "nominal")
    names = tb.account_names(budget)
    text = views.accounts_alt_text(budget, frame, "change", (2015, 2020), names, "en", annotated=False)
    low = frame.loc[frame["value"].idxmin()]
    assert f"{names[low['account_id']]['en']} in {int(low['year'])}" in text
    empty = views.accounts_alt_text(budget, frame.iloc[0:0], "change", (2015, 2020), names, "ko", annotated=True)
    assert empty == t("empty_selection", "ko")


def test_account_table_headers_are_translated_and_real_columns_only_in_real_terms(budget, deflator):
    names = tb.account_names(budget)
    nominal = views.account_table(
        tb.account_view(budget, ["total"], 2015, 2020, "amount", "nominal"), "nominal", names, "ko"
    )
    assert list(nominal.columns) == [t(f"budget_col_{key}", "ko") for key in views.ACCOUNT_COLUMNS[:5]]
    assert nominal[t("budget_col_account", "ko")].unique().tolist() == ["합계"]
    frame = tb.account_view(budget, ["total"], 2015, 2020, "amount", "real", deflator)
    real = views.account_table(frame, "real", names, "en")
    assert real.set_index("Year").loc[2020, t("budget_col_real", "en")] == 9232811  # 2020 prices: base year unchanged


def test_change_cards_read_in_the_pages_language_alone(budget, changes):
    """The Korean card is a translation of the source's English: it reads alone, badged (issue 20)."""
    names = tb.account_names(budget)
    row = next(changes.itertuples(index=False))
    korean, english = views.change_card(row, names, "ko"), views.change_card(row, names, "en")
    assert "translation" in row.text_ko_status and korean.text.replace("\\", "") == row.text_ko
    assert korean.original is None
    assert english.original is None and english.text.replace("\\", "") == row.text_en
    assert f"{row.table_change_krw_million:+,}".replace("-", "−") in english.table_change


def test_renamings_and_long_run_alt_text_come_from_the_history(budget):
    periods = tb.renaming_periods(read_dataset("account_history"))
    assert "2010 (approx.) Special Account for Metropolitan and Regional Development" in views.renaming_history(
        periods, "en"
    )
    totals = tb.long_run_totals(budget, read_dataset("special_account_totals"))
    text = views.long_run_alt_text(totals, periods, (2005, 2026), "ko")
    assert f"{totals['year'].nunique()}개 연도" in text and "정확한 값은 6개" in text
    assert "균특회계 → 광특회계 → 지특회계 → 균특회계" in text


def test_fragments_alt_text_lists_the_later_years(budget):
    fragments, totals = read_dataset("special_account_accounts_2021_2026"), read_dataset("special_account_totals")
    data = tb.account_fragments(budget, fragments, totals, "local_autonomous")
    text = views.fragments_alt_text(data, "local_autonomous", tb.account_names(budget), "en")
    assert "2 later fragments (2025, 2026)" in text


def test_structure_table_puts_the_other_language_beside(budget):
    structure = read_dataset("account_structure")
    table = views.structure_table(structure, tb.structure_account_names(budget), "ko")
    assert table[t("budget_col_account", "ko")].iloc[0] == "지역자율계정"  # the seed's column head, not "소계"
    assert table[t("budget_col_text_other", "ko")].tolist() == structure["text_en"].tolist()


def test_reconciliation_failures_name_the_year_that_does_not_add_up(budget):
    assert views.reconciliation_failures(tb.seed_total_reconciliation(budget)) == []
    broken = budget.copy()
    broken.loc[(broken["account_id"] == "jeju") & (broken["year"] == 2018), "amount_krw_million"] += 1
    assert views.reconciliation_failures(tb.seed_total_reconciliation(broken)) == [2018]


def test_summary_lines_quote_exact_and_later_figures(budget, deflator):
    totals = tb.long_run_totals(budget, read_dataset("special_account_totals"))
    lines = views.summary_lines(budget, deflator, totals, "en")
    assert lines[0].startswith("The total went from KRW 10.34 tn in 2015 to KRW 9.23 tn in 2020, −10.7%")
    assert "fell by KRW 3.24 tn" in lines[1]  # 5,548,288 − 2,313,150 million
    assert "2023 KRW 12.7 tn (Government bill" in lines[3]


# --- Issue 18 (3): the rounded 2015 total is not the exact figure rounded -------------------------------------


def test_rounded_totals_of_exact_years_are_checked_not_assumed(budget):
    checks = tb.rounded_total_checks(budget, read_dataset("special_account_totals")).set_index("year")
    assert checks.loc[2015, ["rounded_krw_million", "exact_krw_million", "exact_rounded_krw_million"]].tolist() == [
        10_400_000,
        10_338_940,
        10_300_000,
    ]
    assert not checks.loc[2015, "agrees"] and checks.loc[2020, "agrees"]


def test_long_run_note_says_the_2015_rounded_total_is_on_another_basis(budget):
    checks = tb.rounded_total_checks(budget, read_dataset("special_account_totals"))
    en = views.long_run_note(checks, "nominal", "en")
    assert (
        "The rounded 2015 total (KRW 10.4 tn) does not agree with the exact figure: the exact 10,338,940 KRW million "
        "rounds to KRW 10.3 tn, so KRW 10.4 tn is on another basis, which the sources do not state." in en
    )
    assert "The rounded 2020 total (KRW 9.2 tn) agrees with the exact figure." in en
    assert "(10.4 tn) and 2020 (9.2 tn) totals agree" not in en  # the old, false sentence
    ko = views.long_run_note(checks, "nominal", "ko")
    assert (
        "2015년 반올림 총액(10.4조 원)은 정확한 값과 다릅니다. 정확한 값 10,338,940 백만 원을 반올림하면 "
        "10.3조 원이므로, 10.4조 원은 기준이 다른 수치이며 출처는 그 기준을 밝히지 않습니다." in ko
    )
    assert "2020년 반올림 총액(9.2조 원)은 정확한 값과 일치합니다." in ko
    assert "정확한 값과 일치해 따로 표시하지" not in ko
    assert en.endswith("(approximate or inferred years marked).") and ko.endswith("(연도 추정 표시 포함)입니다.")
