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
    return buffer.getvalue()


def file_stem(text: str) -> str:
    """ASCII-safe file name stem from a dataset or chart id."""
    return re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_") or "data"
