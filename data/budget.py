"""The Special Account for Balanced National Development: accounts, totals, shares, changes, real terms.

Also its other years by precision, its renamings, the seed's notes on what changed and its structure.
Pure (no Streamlit): every figure a page draws can be asserted in plain pytest. Exact seed amounts stay
integers in KRW million; anything derived from them (shares, changes, real terms) is a separate column
whose name says so (``share_of_total_pct``, ``yoy_change_pct``, ``real_2020_prices_krw_million``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

ACCOUNT_ORDER = [
    "local_support",
    "local_autonomous_provinces",
    "local_autonomous_districts",
    "sejong",
    "jeju",
    "local_autonomous",
    "total",
]
LEAF_ACCOUNTS = ["local_support", "local_autonomous_provinces", "local_autonomous_districts", "sejong", "jeju"]


def special_account_long(budget: pd.DataFrame) -> pd.DataFrame:
    """Seed budget with each account's share of the year's total and its year-on-year change.

    Amounts stay exact integers in KRW million; shares and changes are derived (percent).
    """
    frame = budget.copy()
    frame["amount_krw_million"] = frame["amount_krw_million"].astype("int64")
    frame["year"] = frame["year"].astype("int64")
    totals = frame[frame["account_id"] == "total"].set_index("year")["amount_krw_million"]
    frame["share_of_total_pct"] = frame["amount_krw_million"] / frame["year"].map(totals) * 100
    frame = frame.sort_values(["account_id", "year"])
    previous = frame.groupby("account_id")["amount_krw_million"].shift(1)
    frame["yoy_change_pct"] = (frame["amount_krw_million"] - previous) / previous * 100
    frame["order"] = frame["account_id"].map({key: i for i, key in enumerate(ACCOUNT_ORDER)})
    return frame.sort_values(["year", "order"]).drop(columns="order").reset_index(drop=True)


SEED_YEARS = (2015, 2020)  # the only years with exact account-level figures
YEAR_MIN, YEAR_MAX = 2005, 2026  # years with any sourced figure (totals, fragments, deflator)
VIEWS = ("amount", "share", "change")
PRICES = ("nominal", "real")
SELECTABLE_ACCOUNTS = [
    "local_support",
    "local_autonomous",
    "local_autonomous_provinces",
    "local_autonomous_districts",
    "sejong",
    "jeju",
    "total",
]
DEFAULT_ACCOUNTS = [
    "local_support",
    "local_autonomous_provinces",
    "local_autonomous_districts",
    "sejong",
    "jeju",
    "total",
]
LA_PARTS = ("local_autonomous_provinces", "local_autonomous_districts")
PROVINCE_ACCOUNTS = {"KR-49": "jeju", "KR-50": "sejong"}  # the two provinces (ISO 3166-2:KR) with their own account
IMF_SERIES = "GDP deflator (IMF WEO NGDP_D)"
IMF_BASE = "2020=100"
REAL_COLUMN = "real_2020_prices_krw_million"

# Precision of a figure on the long-run chart (budget.csv value_type -> category shown).
PRECISION_OF_VALUE_TYPE = {
    "historical_total_rounded": "rounded_historical",
    "budget_total_rounded": "rounded_budget",
    "derived_total_rounded": "derived",
    "proposal_total_rounded": "bill",
    "budget_rounded_secondary": "secondary",
    "proposal_rounded_secondary": "bill_secondary",
}
PRECISION_ORDER = [
    "exact",
    "rounded_historical",
    "rounded_budget",
    "derived",
    "bill",
    "secondary",
    "bill_secondary",
    "enacted_inferred",
    "conflict",
]
STAGE_PRECISION = {"enacted (inferred)": "enacted_inferred", "bill": "bill", "plan (pre-bill)": "plan"}


def account_names(budget: pd.DataFrame) -> dict[str, dict[str, str]]:
    """account_id -> {"ko": ..., "en": ...} from the seed table itself."""
    first = budget.drop_duplicates("account_id").set_index("account_id")
    return {key: {"ko": str(row["account_ko"]), "en": str(row["account_en"])} for key, row in first.iterrows()}


def imf_deflator(deflator: pd.DataFrame) -> pd.DataFrame:
    """The IMF WEO GDP deflator (2020=100) only — never mixed with another series or base.

    Columns: year, deflator_2020_100, deflator_is_projection (IMF staff projection, 2025–26).
    """
    rows = deflator[(deflator["series"] == IMF_SERIES) & (deflator["base_year"] == IMF_BASE)]
    if rows.empty:
        raise ValueError("IMF WEO GDP deflator (2020=100) not found in deflator.csv")
    return (
        pd.DataFrame(
            {
                "year": rows["year"].astype("int64").values,
                "deflator_2020_100": rows["value"].astype(float).values,
                "deflator_is_projection": rows["vintage_note"]
                .str.contains("PROJECTION", case=False)
                .astype(bool)
                .values,
            }
        )
        .sort_values("year")
        .reset_index(drop=True)
    )


def add_real(frame: pd.DataFrame, deflator: pd.DataFrame, column: str = "amount_krw_million") -> pd.DataFrame:
    """Add the amount in 2020 prices (derived: nominal × 100 ÷ IMF deflator of that year).

    Years without a deflator value get a missing real value, never a guess.
    """
    out = frame.merge(deflator, on="year", how="left")
    out[REAL_COLUMN] = (out[column].astype(float) * 100 / out["deflator_2020_100"]).round(0)
    return out


def stacked_accounts(accounts: list[str]) -> list[str]:
    """Accounts that can be stacked without counting money twice.

    The Local Autonomous sub-total is stacked only when neither of its parts is chosen;
    the Total is never stacked (it is drawn as a line over the stack).
    """
    parts = [a for a in accounts if a in LA_PARTS]
    chosen = []
    for account in SELECTABLE_ACCOUNTS:
        if account not in accounts or account == "total":
            continue
        if account == "local_autonomous" and parts:
            continue
        chosen.append(account)
    return chosen


def account_view(
    budget: pd.DataFrame,
    accounts: list[str],
    year_from: int,
    year_to: int,
    view: str,
    prices: str,
    deflator: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Rows the account chart draws: one per (year, account) in the range, with the plotted ``value``.

    amount: KRW million (nominal exact, or real derived); share: % of the year's total (no Total row);
    change: % on the previous year (nominal, or from real amounts) — the first table year has none.
    """
    frame = budget.copy()
    if prices == "real":
        if deflator is None:
            raise ValueError("real prices need the deflator")
        frame = add_real(frame, deflator)
        frame = frame.sort_values(["account_id", "year"])
        previous = frame.groupby("account_id")[REAL_COLUMN].shift(1)
        frame["real_yoy_change_pct"] = (frame[REAL_COLUMN] - previous) / previous * 100
    chosen = [a for a in accounts if a in SELECTABLE_ACCOUNTS]
    if view == "share":
        chosen = [a for a in chosen if a != "total"]
    frame = frame[frame["account_id"].isin(chosen) & frame["year"].between(year_from, year_to)].copy()
    if view == "amount":
        frame["value"] = frame[REAL_COLUMN] if prices == "real" else frame["amount_krw_million"].astype(float)
        stack = stacked_accounts(chosen)
        frame["stacked"] = frame["account_id"].isin(stack)
        frame = frame[frame["stacked"] | (frame["account_id"] == "total")]
    elif view == "share":
        frame["value"] = frame["share_of_total_pct"].astype(float)
    else:
        frame["value"] = frame["real_yoy_change_pct" if prices == "real" else "yoy_change_pct"].astype(float)
        frame = frame[frame["value"].notna()]
    frame["order"] = frame["account_id"].map({key: i for i, key in enumerate(SELECTABLE_ACCOUNTS)})
    return frame.sort_values(["year", "order"]).drop(columns="order").reset_index(drop=True)


def seed_total_reconciliation(budget: pd.DataFrame) -> pd.DataFrame:
    """Per seed year: the Total vs the sum of the four accounts, and the Local Autonomous sub-total vs its parts."""
    wide = budget.pivot(index="year", columns="account_id", values="amount_krw_million").astype("int64")
    accounts = wide["local_support"] + wide["local_autonomous"] + wide["sejong"] + wide["jeju"]
    parts = wide["local_autonomous_provinces"] + wide["local_autonomous_districts"]
    return pd.DataFrame(
        {
            "year": wide.index.astype("int64"),
            "total_krw_million": wide["total"].values,
            "sum_of_four_accounts_krw_million": accounts.values,
            "difference_total": (wide["total"] - accounts).values,
            "local_autonomous_krw_million": wide["local_autonomous"].values,
            "sum_of_two_parts_krw_million": parts.values,
            "difference_local_autonomous": (wide["local_autonomous"] - parts).values,
        }
    ).reset_index(drop=True)


def parse_from_year(text: str) -> tuple[int, str]:
    """'2010 (approx.)' -> (2010, 'approx'); '2024 (inferred)' -> (2024, 'inferred'); '2019' -> (2019, 'sourced')."""
    match = re.match(r"\s*(\d{4})", str(text))
    if not match:
        raise ValueError(f"no year in {text!r}")
    lowered = str(text).lower()
    status = "approx" if "approx" in lowered else "inferred" if "infer" in lowered else "sourced"
    return int(match.group(1)), status


def renaming_periods(history: pd.DataFrame, last_year: int = YEAR_MAX) -> pd.DataFrame:
    """The account's names as periods on the time axis (from one renaming to the next).

    ``short_ko`` is the Korean abbreviation the source gives (균특회계); ``short_en`` the English name
    without "Special Account for " (the bands of the long-run chart are narrow).
    """
    rows = []
    for _, row in history.iterrows():
        start, status = parse_from_year(row["from_year"])
        name_en = re.sub(r"\s*\(our translation\)", "", str(row["name_en"])).strip()
        short_ko = re.search(r"\(([^)]*)\)", str(row["name_ko"]))
        rows.append(
            {
                "start": start,
                "status": status,
                "name_ko": re.sub(r"\s*\(.*\)\s*", "", str(row["name_ko"])).strip(),
                "short_ko": short_ko.group(1) if short_ko else re.sub(r"\s*\(.*\)\s*", "", str(row["name_ko"])).strip(),
                "name_en": name_en,
                "short_en": name_en.replace("Special Account for ", ""),
                "name_en_translated": "our translation" in str(row["name_en"]),
                "administration": row["administration"],
            }
        )
    frame = pd.DataFrame(rows).sort_values("start").reset_index(drop=True)
    frame["end"] = list(frame["start"].iloc[1:] - 1) + [last_year]
    return frame


def long_run_totals(budget: pd.DataFrame, totals: pd.DataFrame) -> pd.DataFrame:
    """The Special Account's total per year with its precision.

    Exact (seed) where it exists, else sourced rounded figures.

    Rounded totals for years the seed covers exactly (2015, 2020) are cross-checks, not drawn.
    Rows of budget.csv that are one account (not the total) are left out here.
    """
    exact = budget[budget["account_id"] == "total"][["year", "amount_krw_million"]].copy()
    exact["precision"] = "exact"
    exact["source_short"] = "MOEF (nabis.go.kr)"
    exact["note"] = ""
    rounded = totals[totals["account"].str.startswith("Total")].copy()
    rounded = rounded[~rounded["year"].isin(exact["year"])]
    rounded["precision"] = rounded["value_type"].map(PRECISION_OF_VALUE_TYPE)
    rounded["source_short"] = rounded["source"].str.split(r" ?[,(;]| http", regex=True).str[0].str.strip()
    rounded["note"] = rounded["note"].fillna("")
    out = pd.concat(
        [exact, rounded[["year", "amount_krw_million", "precision", "source_short", "note"]]], ignore_index=True
    )
    out["year"] = out["year"].astype("int64")
    out["amount_krw_million"] = out["amount_krw_million"].astype("int64")
    return out.sort_values("year").reset_index(drop=True)


def account_fragments(
    budget: pd.DataFrame, fragments: pd.DataFrame, totals: pd.DataFrame, account_id: str
) -> pd.DataFrame:
    """One account over 2015–2026: exact seed years plus the few sourced later figures, each with its stage.

    Jeju: the province's tallies (two conflicting 2021 figures are both kept and marked ``conflict``);
    its 2024 sub-item (programmes formulated by the province) is not the account and is left out.
    Local Autonomous: the 2025 block-grant figure and the 2026 bill (secondary sources); the
    pre-bill 2026 plan figure was superseded by the bill and is not drawn.
    """
    exact = budget[budget["account_id"] == account_id][["year", "amount_krw_million"]].copy()
    exact["precision"] = "exact"
    exact["source_short"] = "MOEF (nabis.go.kr)"
    exact["note"] = ""
    later = pd.DataFrame(columns=["year", "amount_krw_million", "precision", "source_short", "note"])
    if account_id == "jeju":
        rows = fragments[fragments["account_ko"] == "제주특별자치도계정"].copy()
        rows["precision"] = rows["stage"].map(STAGE_PRECISION)
        counts = rows["year"].value_counts()
        rows.loc[rows["year"].map(counts) > 1, "precision"] = "conflict"
        rows["source_short"] = rows["source"].str.split(r" ?[,(;]| http", regex=True).str[0].str.strip()
        later = rows[["year", "amount_krw_million", "precision", "source_short", "note"]]
    elif account_id == "local_autonomous":
        rows = totals[totals["account"].str.startswith("Local Autonomous")].copy()
        rows["precision"] = rows["value_type"].map(PRECISION_OF_VALUE_TYPE)
        rows["source_short"] = rows["source"].str.split(r" ?[,(;]| http", regex=True).str[0].str.strip()
        later = rows[["year", "amount_krw_million", "precision", "source_short", "note"]]
    out = pd.concat([exact, later], ignore_index=True)
    out["year"] = out["year"].astype("int64")
    out["amount_krw_million"] = out["amount_krw_million"].astype("int64")
    out["note"] = out["note"].fillna("")
    return out.sort_values(["year", "amount_krw_million"]).reset_index(drop=True)


def change_annotations(changes: pd.DataFrame, budget: pd.DataFrame) -> pd.DataFrame:
    """The seed's 'Changes in the Budget' with the change the table shows in the placed year (derived)."""
    amounts = budget.set_index(["account_id", "year"])["amount_krw_million"]
    rows = []
    for _, row in changes.sort_values("seed_order").iterrows():
        year, account = int(row["year_placed"]), str(row["account_id"])
        now, before = amounts.get((account, year)), amounts.get((account, year - 1))
        delta = None if now is None or before is None else int(now) - int(before)
        rows.append(
            {
                **row.to_dict(),
                "year_placed": year,
                "table_change_krw_million": delta,
                "table_change_pct": None if delta is None else delta / int(before) * 100,
            }
        )
    out = pd.DataFrame(rows)
    out["table_change_krw_million"] = out["table_change_krw_million"].astype("Int64")
    return out


STRUCTURE_COLUMNS = ["local_autonomous", "local_support", "sejong", "jeju"]  # the seed's column order
# The structure table's column heads in the seed name the whole Local Autonomous Account (not "sub-total").
STRUCTURE_HEADS = {"local_autonomous": {"ko": "지역자율계정", "en": "Local Autonomous Account"}}
STRUCTURE_ROWS = {
    "autonomous_provinces": (0, 1),
    "autonomous_districts": (1, 2),
    "autonomous_both": (0, 2),
    "government": (2, 3),
}


def structure_account_names(budget: pd.DataFrame) -> dict[str, dict[str, str]]:
    """Account names for the structure table: the seed table's names, with the structure table's own heads."""
    return {**account_names(budget), **STRUCTURE_HEADS}


def structure_cells(structure: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Cells of the accounts × formulation-method diagram: grid position and the text of each ①…⑧ item.

    Items in the same account and method share one cell (Jeju's ④ and ⑤). The two cells the
    seed marks '-' are returned as empty cells so the grid shows them as 'none'.
    """
    text, note = f"text_{lang}", f"note_{lang}"
    cells = []
    for (account, method), group in structure.sort_values("item").groupby(["account_id", "method_id"], sort=False):
        lines = []
        for _, item in group.iterrows():
            body = f"{item['symbol']} {item[text]}"
            if isinstance(item[note], str) and item[note]:
                body += f" (* {item[note]})"
            lines.append(body)
        y0, y1 = STRUCTURE_ROWS[str(method)]
        cells.append(
            {
                "account_id": account,
                "method_id": method,
                "col": STRUCTURE_COLUMNS.index(str(account)),
                "row0": y0,
                "row1": y1,
                "items": " ".join(group["symbol"]),
                "text": "\n".join(lines),
            }
        )
    for account, method in (("local_support", "autonomous_both"), ("local_autonomous", "government")):
        y0, y1 = STRUCTURE_ROWS[method]
        cells.append(
            {
                "account_id": account,
                "method_id": method,
                "col": STRUCTURE_COLUMNS.index(account),
                "row0": y0,
                "row1": y1,
                "items": "",
                "text": "–",
            }
        )
    return pd.DataFrame(cells).sort_values(["col", "row0"]).reset_index(drop=True)


# --- The total in one glance (Overview headline, /present budget slide) -----------------------------------

ROUNDING_KRW_MILLION = 100_000  # the sources round totals to KRW 0.1 tn
BUDGET_PRECISIONS = ("exact", "rounded_budget", "rounded_historical", "enacted_inferred")  # budgets, not bills


def rounded_total_checks(budget: pd.DataFrame, totals: pd.DataFrame) -> pd.DataFrame:
    """Rounded totals (budget.csv) for years the seed has exactly, against the exact figure rounded the same way.

    Columns: year, rounded_krw_million (as published), exact_krw_million, exact_rounded_krw_million
    (the exact figure rounded to KRW 0.1 tn) and ``agrees``. A rounded total that does not agree is on
    another basis than the seed's table (the sources do not say which); it is never drawn in its place.
    """
    exact = budget[budget["account_id"] == "total"].set_index("year")["amount_krw_million"].astype("int64")
    rounded = totals[totals["account"].str.startswith("Total") & totals["year"].isin(exact.index)]
    frame = pd.DataFrame(
        {
            "year": rounded["year"].astype("int64").values,
            "rounded_krw_million": rounded["amount_krw_million"].astype("int64").values,
        }
    )
    frame["exact_krw_million"] = frame["year"].map(exact)
    frame["exact_rounded_krw_million"] = (frame["exact_krw_million"] / ROUNDING_KRW_MILLION).round().astype(
        "int64"
    ) * ROUNDING_KRW_MILLION
    frame["agrees"] = frame["rounded_krw_million"] == frame["exact_rounded_krw_million"]
    return frame.sort_values("year").reset_index(drop=True)


@dataclass(frozen=True)
class TotalFigure:
    """One year's total as a source gives it, with its precision (``PRECISION_ORDER``: exact, bill …)."""

    year: int
    amount_krw_million: int
    precision: str


@dataclass(frozen=True)
class BudgetStory:
    """The Special Account's total in one glance, so that a true number is not read as a cut.

    ``latest``: the latest sourced total (derived figures are not sourced totals), with its precision
    (a government bill says so); ``latest_budget``: the latest total that is a budget, not a bill.
    The break: the year the exact table's total fell because projects were transferred to local
    governments (the seed's note, placed at the year the table shows it), with the amount the seed
    states and the change the table shows in the account the projects left. ``totals``: every
    total from the first exact year on (``long_run_totals``), ``transfer`` marking the break year.
    """

    latest: TotalFigure
    latest_budget: TotalFigure
    break_year: int
    break_total: int
    previous_total: int
    transfer_stated_krw_million: int
    transfer_account: str
    transfer_account_change_krw_million: int
    transfer_placement: str
    totals: pd.DataFrame

    @property
    def break_change_pct(self) -> float:
        """The total's change in the break year on the year before (%, exact figures)."""
        return (self.break_total / self.previous_total - 1) * 100


def budget_story(budget: pd.DataFrame, totals: pd.DataFrame, changes: pd.DataFrame) -> BudgetStory:
    """The story of the total: latest sourced figure and its basis, and the break marked as a transfer.

    ``budget``: the exact seed table; ``totals``: special_account_totals (budget.csv); ``changes``:
    the seed's notes on what changed (budget_changes.csv), whose ``stated_amount_krw_million`` gives
    the transfer. The break is the note that states the largest amount moved out of an account.
    """
    series = long_run_totals(budget, totals)
    series = series[series["year"] >= SEED_YEARS[0]].reset_index(drop=True)

    def figure(row: pd.Series) -> TotalFigure:
        return TotalFigure(int(row["year"]), int(row["amount_krw_million"]), str(row["precision"]))

    sourced = series[series["precision"] != "derived"]
    latest = figure(sourced.iloc[-1])
    latest_budget = figure(sourced[sourced["precision"].isin(BUDGET_PRECISIONS)].iloc[-1])
    transfers = changes[(changes["direction"] == "decrease") & changes["stated_amount_krw_million"].notna()]
    if transfers.empty:
        raise ValueError("budget_changes.csv states no amount transferred out of an account")
    transfer = transfers.sort_values("stated_amount_krw_million").iloc[-1]
    year, account = int(transfer["year_placed"]), str(transfer["account_id"])
    amounts = budget.set_index(["account_id", "year"])["amount_krw_million"].astype("int64")
    series["transfer"] = series["year"] == year
    return BudgetStory(
        latest=latest,
        latest_budget=latest_budget,
        break_year=year,
        break_total=int(amounts[("total", year)]),
        previous_total=int(amounts[("total", year - 1)]),
        transfer_stated_krw_million=int(transfer["stated_amount_krw_million"]),
        transfer_account=account,
        transfer_account_change_krw_million=int(amounts[(account, year)] - amounts[(account, year - 1)]),
        transfer_placement=str(transfer["placement"]),
        totals=series,
    )
