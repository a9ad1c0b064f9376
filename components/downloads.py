"""Download payloads: CSV as UTF-8 with BOM (so Excel on Korean Windows reads Hangul) and XLSX."""

from __future__ import annotations

import io
import re

import pandas as pd


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV encoded UTF-8 with a byte-order mark; missing values stay empty cells."""
    return frame.to_csv(index=False).encode("utf-8-sig")


def xlsx_bytes(frame: pd.DataFrame, sheet: str = "data") -> bytes:
    """One-sheet workbook of exactly the rows and columns given."""
    buffer = io.BytesIO()
    safe_sheet = re.sub(r"[\[\]:*?/\\]", " ", sheet)[:31] or "data"
    export = frame.copy()
    for column in export.columns:  # openpyxl cannot write pandas NA / nullable dtypes directly
        if isinstance(export[column].dtype, pd.api.extensions.ExtensionDtype):
            export[column] = export[column].astype(object).where(export[column].notna(), None)
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        export.to_excel(writer, index=False, sheet_name=safe_sheet)
        sheet_cells = writer.sheets[safe_sheet]
        for position, column in enumerate(frame.columns, start=1):
            number_format = _number_format(frame[column])
            if number_format:  # the values stay numbers; Excel shows them grouped, as the page does
                for (cell,) in sheet_cells.iter_rows(min_row=2, min_col=position, max_col=position):
                    cell.number_format = number_format
    return buffer.getvalue()


def _number_format(values: pd.Series) -> str | None:
    """Excel's format for a column of large numbers ("#,##0"); None for years, small counts and text."""
    if pd.api.types.is_bool_dtype(values) or not pd.api.types.is_numeric_dtype(values):
        return None
    present = values.dropna()
    if present.empty or not present.abs().ge(10_000).any():
        return None
    return "#,##0" if (present == present.round()).all() else "#,##0.0#"


def file_stem(text: str) -> str:
    """ASCII-safe file name stem from a dataset or chart id."""
    return re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_") or "data"
