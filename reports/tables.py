"""Plain table exports (CSV and Excel) for the command line: every cell goes through the formula guard, so a
customer name like `=HYPERLINK("http://…")` is shown as text by whatever spreadsheet opens the file."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from openpyxl import Workbook

from domain.text import spreadsheet_cell


def _safe(row: Sequence[object]) -> list[object]:
    return [spreadsheet_cell(value) for value in row]


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    """UTF-8 with a byte-order mark (so Excel reads it as UTF-8), CRLF rows as the csv module writes them."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(_safe(header))
    writer.writerows(_safe(row) for row in rows)
    return out.getvalue().encode("utf-8-sig")


def xlsx_bytes(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    """One sheet, written row by row (openpyxl's write-only mode: a 100,000-row call plan in a few seconds
    rather than building every cell object first)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title)
    sheet.append(_safe(header))
    for row in rows:
        sheet.append(_safe(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
