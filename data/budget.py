"""The Special Account for Balanced National Development: accounts, totals, shares and changes.

Pure (no Streamlit). Amounts stay exact integers in KRW million; derived columns say how they were
derived in their name (``share_of_total_pct``, ``yoy_change_pct``).
"""

from __future__ import annotations

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
