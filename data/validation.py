"""Schema and integrity checks for the dashboard's CSV datasets.

Pure functions (no Streamlit) so they run in plain pytest. Every failure names
the file, the CSV line (header = line 1) and the column, because the person
fixing a bad file needs to find the cell, not read a stack trace.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd


class DatasetError(Exception):
    """A data file that cannot be used, with the place to look (row = CSV line; header is line 1)."""

    def __init__(self, file: str, message: str, row: int | None = None, column: str | None = None) -> None:
        super().__init__(file, message, row, column)
        self.file, self.message, self.row, self.column = file, message, row, column

    def __str__(self) -> str:  # shown to users and in logs
        where = [f"file {self.file}"]
        if self.row is not None:
            where.append(f"line {self.row}")
        if self.column is not None:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: {self.message}"


def csv_line(index: int) -> int:
    """CSV line of the data row at 0-based position ``index`` (header is line 1)."""
    return int(index) + 2


def read_csv_strict(path: Path, display_name: str) -> pd.DataFrame:
    """Read a UTF-8 CSV as strings, turning I/O and parse failures into DatasetError."""
    if not path.exists():
        raise DatasetError(display_name, "the file is missing")
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DatasetError(display_name, f"not valid UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except pd.errors.EmptyDataError as exc:
        raise DatasetError(display_name, "the file is empty") from exc
    except pd.errors.ParserError as exc:
        raise DatasetError(display_name, f"the file is not well-formed CSV ({exc})") from exc
    if frame.empty:
        raise DatasetError(display_name, "the file has a header but no rows")
    short = _first_short_row(path)
    if short is not None:
        line, column = short
        raise DatasetError(display_name, "the row has fewer cells than the header (file cut short?)", line, column)
    return frame


def _first_short_row(path: Path) -> tuple[int, str] | None:
    """(CSV line, first missing column) of the first record with fewer fields than the header."""
    import csv

    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        for record in reader:
            if record and len(record) < len(header):
                return reader.line_num, header[len(record)]
    return None


def _parse_number(raw: str, kind: str) -> float | int:
    text = raw.replace(",", "").strip()
    if kind == "int":
        if not text.lstrip("-").isdigit():
            raise ValueError
        return int(text)
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError
    return value


def apply_schema(frame: pd.DataFrame, columns: dict[str, dict], unique: list[str], display_name: str) -> pd.DataFrame:
    """Check columns, types, allowed values and unique keys; return typed columns.

    Empty optional cells become missing (NA), never zero: missing stays missing.
    """
    missing = [name for name in columns if name not in frame.columns]
    if missing:
        raise DatasetError(
            display_name, f"required column missing (found: {', '.join(frame.columns)})", column=missing[0]
        )
    typed = frame.copy()
    for name, rule in columns.items():
        kind = rule.get("type", "str")
        values = frame[name].astype(str).str.strip()
        converted: list[object] = []
        for index, raw in values.items():
            if raw == "":
                if rule.get("required", True):
                    raise DatasetError(display_name, "empty value in a required column", csv_line(index), name)
                converted.append(pd.NA)
                continue
            if kind in ("int", "float"):
                try:
                    number = _parse_number(raw, kind)
                except ValueError:
                    raise DatasetError(
                        display_name,
                        f"'{raw[:40]}' is not a {'whole ' if kind == 'int' else ''}number",
                        csv_line(index),
                        name,
                    ) from None
                if "min" in rule and number < rule["min"]:
                    raise DatasetError(
                        display_name, f"{raw} is below the allowed minimum {rule['min']}", csv_line(index), name
                    )
                if "max" in rule and number > rule["max"]:
                    raise DatasetError(
                        display_name, f"{raw} is above the allowed maximum {rule['max']}", csv_line(index), name
                    )
                converted.append(number)
            else:
                if "allowed" in rule and raw not in rule["allowed"]:
                    raise DatasetError(display_name, f"'{raw[:40]}' is not an allowed value", csv_line(index), name)
                converted.append(raw)
        if kind == "int":
            typed[name] = pd.array(converted, dtype="Int64")
        elif kind == "float":
            typed[name] = pd.array(converted, dtype="Float64")
        else:
            typed[name] = pd.array(converted, dtype="string")
    if unique:
        duplicated = typed.duplicated(subset=unique, keep="first")
        if duplicated.any():
            index = duplicated[duplicated].index[0]
            key = ", ".join(f"{col}={typed.at[index, col]}" for col in unique)
            raise DatasetError(display_name, f"duplicate key ({key})", csv_line(index), unique[-1])
    return typed


def check_account_totals(budget: pd.DataFrame, display_name: str) -> None:
    """Total = the four accounts, and Local Autonomous = its two parts, every year."""
    wide = budget.pivot(index="year", columns="account_id", values="amount_krw_million")
    expected = {
        "total",
        "local_support",
        "local_autonomous",
        "local_autonomous_provinces",
        "local_autonomous_districts",
        "sejong",
        "jeju",
    }
    missing_accounts = expected - set(wide.columns)
    if missing_accounts or wide.isna().any().any():
        year = next((y for y, row in wide.iterrows() if row.isna().any()), wide.index.max())
        raise DatasetError(
            display_name,
            f"{year}: every year needs all seven account rows "
            f"(missing: {', '.join(sorted(missing_accounts)) or 'some'})",
            column="account_id",
        )
    for year, row in wide.iterrows():
        line = csv_line(budget.index[(budget["year"] == year) & (budget["account_id"] == "total")][0])
        parts = row["local_support"] + row["local_autonomous"] + row["sejong"] + row["jeju"]
        if parts != row["total"]:
            raise DatasetError(
                display_name, f"{year}: Total {row['total']:,} ≠ sum of accounts {parts:,}", line, "amount_krw_million"
            )
        sub = row["local_autonomous_provinces"] + row["local_autonomous_districts"]
        if sub != row["local_autonomous"]:
            line = csv_line(budget.index[(budget["year"] == year) & (budget["account_id"] == "local_autonomous")][0])
            raise DatasetError(
                display_name,
                f"{year}: Local Autonomous {row['local_autonomous']:,} ≠ its two parts {sub:,}",
                line,
                "amount_krw_million",
            )


def check_population_sums(population: pd.DataFrame, display_name: str, key: str = "population") -> None:
    """The 17 provinces add up exactly to the national total in every year."""
    for year, group in population.groupby("year"):
        national = group.loc[group["iso_code"] == "KR", key]
        provinces = group.loc[group["iso_code"].str.match(r"^KR-\d\d$"), key]
        if len(national) == 1 and len(provinces) == 17 and int(provinces.sum()) != int(national.iloc[0]):
            line = csv_line(national.index[0])
            raise DatasetError(
                display_name,
                f"{year}: provinces sum to {int(provinces.sum()):,}, national total is {int(national.iloc[0]):,}",
                line,
                key,
            )
