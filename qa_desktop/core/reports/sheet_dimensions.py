"""The ``<dimension>`` element write-only sheets lack, added after saving.

openpyxl's write-only mode streams each sheet's rows to disk and writes the sheet's header
before the first row, when its size is still unknown, so it leaves out ``<dimension
ref="A1:K200"/>``. Readers that trust it (openpyxl ``read_only``, several BI tools) then see a
sheet of one cell, or have to scan it. After saving, each sheet is measured from its own rows
and the element is put where the schema wants it: after ``<sheetPr>``, before ``<sheetViews>``.
"""
from __future__ import annotations

import os
import re
import shutil
import zipfile
from pathlib import Path

from openpyxl.utils import column_index_from_string, get_column_letter

_SHEET = re.compile(r"xl/worksheets/sheet\d+\.xml")
_ROW = re.compile(rb'<row r="(\d+)"')
_CELL_COLUMN = re.compile(rb'<c r="([A-Z]{1,3})\d+"')
_AFTER_SHEET_PR = re.compile(rb"</sheetPr>|<sheetPr\b[^>]*/>")
_WORKSHEET_OPEN = re.compile(rb"<worksheet\b[^>]*>")


def sheet_dimension(xml: bytes) -> str:
    rows = [int(match) for match in _ROW.findall(xml)]
    columns = {match for match in _CELL_COLUMN.findall(xml)}
    if not rows or not columns:
        return "A1"
    last_column = max(column_index_from_string(letters.decode()) for letters in columns)
    return f"A1:{get_column_letter(last_column)}{max(rows)}"


def with_dimension(xml: bytes) -> bytes:
    if b"<dimension " in xml:
        return xml
    element = b'<dimension ref="' + sheet_dimension(xml).encode() + b'"/>'
    anchor = _AFTER_SHEET_PR.search(xml) or _WORKSHEET_OPEN.search(xml)
    return xml[:anchor.end()] + element + xml[anchor.end():]


def add_sheet_dimensions(path: str | os.PathLike) -> None:
    """Rewrite the .xlsx at ``path`` with a ``<dimension>`` in every sheet that has none."""
    path = Path(path)
    # Same prefix and suffix as the file being written (".qa-report-<host>-<pid>-<random>.dimensions.xlsx"),
    # so a writer killed right here leaves a file the next export recognises as stale and removes.
    patched = path.with_name(f"{path.stem}.dimensions{path.suffix}")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if _SHEET.fullmatch(info.filename):
                target.writestr(info, with_dimension(source.read(info)), compress_type=zipfile.ZIP_DEFLATED)
            else:
                with source.open(info) as reader, target.open(info, "w") as writer:
                    shutil.copyfileobj(reader, writer, 1 << 20)
    os.replace(patched, path)


def save_with_dimensions(workbook, path: str) -> None:
    workbook.save(path)
    add_sheet_dimensions(path)
