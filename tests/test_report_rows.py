"""The report sheets' fast row writer (core/reports/xlsx_rows.py) writes exactly what openpyxl writes.

Each case writes the same rows twice, once through the fast writer and once with every row left to
openpyxl, and compares the saved sheets byte for byte; values the fast writer leaves to openpyxl
(formula-looking text, edge blanks, booleans, plain dates, NaN…) are among them on purpose.
"""
from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from openpyxl.styles import Font
from openpyxl.utils.exceptions import IllegalCharacterError

from qa_desktop.core.reports import sheet_dimensions
from qa_desktop.core.reports.sheet_dimensions import MeasuredWorkbook
from qa_desktop.core.reports.xlsx_rows import row_xml
from qa_desktop.core.reports.xlsx_style import Column, TableWriter, safe_cell, text_cell


def _rows(ws) -> list[list]:
    return [
        [1, -7, 10 ** 17, 0.1, 1e-7, 2.5e300, Decimal("77.50"), Decimal("-0.05"), None, 3],
        ["plain", "a&b<c>d", "quote ' and \"", "中文 名字", "line\nbreak", "cr\rhere", "=", "x=1", None, "end"],
        ["  leading", "trailing ", "=SUM(A1:A2)", "#N/A", "", "   ", "-5 dash", "+86 138", "@home", "tab\tinside"],
        [True, False, float("nan"), float("inf"), Decimal("NaN"), dt.date(2026, 11, 3),
         dt.datetime(2026, 11, 3, 14, 5, 59), dt.time(9, 30)],
        [dt.datetime(2026, 11, 3, 14, 5, 59), 7, dt.date(2026, 11, 4), "after dates", True, dt.datetime(2027, 1, 1),
         False, dt.date(1999, 12, 31)],
        [safe_cell(ws, dt.date(2026, 11, 3), "date"), safe_cell(ws, dt.datetime(2026, 11, 30, 23, 59), "datetime"),
         safe_cell(ws, Decimal("88.25"), "score"), safe_cell(ws, 0.125, "percent"),
         safe_cell(ws, "=cmd|' /C calc'!A0"), text_cell(ws, "bold", font=Font(bold=True)),
         text_cell(ws, " edge ", font=Font(italic=True)), safe_cell(ws, "+1 tel")],
        [text_cell(ws, "", font=Font(bold=True)), "after an empty styled cell"],
        ["x" * 40000],
        [],
        [None, None, "only the third"],
    ]


def _write(tmp_path, fast: bool, name: str) -> dict[str, bytes]:
    sheet_dimensions.MeasuredSheet.fast_rows = fast
    try:
        wb = MeasuredWorkbook()
        ws = wb.create_sheet("Cases")
        ws.row_dimensions[3].height = 30  # a row with its own height is left to openpyxl
        for row in _rows(ws):
            ws.append(row)
        table = wb.create_sheet("Table")
        writer = TableWriter(wb, table, [Column("Agent"), Column("Score", "score"), Column("Note", "free"),
                                         Column("When", "datetime"), Column("Count", "int")])
        for n in range(50):
            writer.append([f"agent {n}", Decimal(n) / 4, f"note <{n}> & more", dt.datetime(2026, 11, 1, n % 24),
                           n])
        writer.finish("none")
        path = tmp_path / name
        wb.save(path)
    finally:
        sheet_dimensions.MeasuredSheet.fast_rows = True
    with zipfile.ZipFile(path) as archive:
        return {member: archive.read(member) for member in archive.namelist() if member != "docProps/core.xml"}


def test_the_fast_rows_are_the_bytes_openpyxl_writes(tmp_path):
    fast, slow = _write(tmp_path, True, "fast.xlsx"), _write(tmp_path, False, "slow.xlsx")
    assert fast.keys() == slow.keys()
    for member in fast:
        assert fast[member] == slow[member], member
    book = load_workbook(tmp_path / "fast.xlsx")
    cases = book["Cases"]
    assert cases["B2"].value == "a&b<c>d" and cases["E2"].value == "line\nbreak"
    assert cases["A6"].value == dt.datetime(2026, 11, 3) and cases["A6"].number_format == "yyyy-mm-dd"
    assert cases["E6"].value == "=cmd|' /C calc'!A0" and cases["E6"].data_type == "s"  # text, never a formula
    assert len(cases["A8"].value) == 32767


def test_the_report_cells_take_the_fast_path():
    """Numbers, text and the report's formatted cells are written by row_xml, not handed back to openpyxl."""
    wb = MeasuredWorkbook()
    ws = wb.create_sheet("S")
    row = [7, Decimal("77.5"), "名字", safe_cell(ws, dt.date(2026, 1, 2), "date"), safe_cell(ws, 0.5, "percent"),
           safe_cell(ws, "=1+1"), None, 0.25]
    xml = row_xml(row, 4, ws)
    assert xml is not None and xml.startswith('<row r="4"><c r="A4" t="n"><v>7</v></c>')
    assert '<c r="C4" t="inlineStr"><is><t>名字</t></is></c>' in xml and 'r="G4"' not in xml
    assert row_xml([True, dt.date(2026, 1, 2), dt.datetime(2026, 1, 2, 3, 4)], 1, ws) is not None
    for left_to_openpyxl in ("=A1", " edge", dt.time(9, 30), float("nan"), dt.timedelta(seconds=5)):
        assert row_xml([left_to_openpyxl], 1, ws) is None


def test_control_characters_are_refused_as_openpyxl_refuses_them():
    for fast in (True, False):
        sheet_dimensions.MeasuredSheet.fast_rows = fast
        try:
            ws = MeasuredWorkbook().create_sheet("S")
            with pytest.raises(IllegalCharacterError):
                ws.append(["bell\x07"])
        finally:
            sheet_dimensions.MeasuredSheet.fast_rows = True


def test_a_sheet_of_plain_rows_never_asks_openpyxl_to_write_a_row(tmp_path, monkeypatch):
    """The fast path is really taken by the sheets (an openpyxl or et_xmlfile that writes differently would
    silently send every row back to the slow path: this says so)."""
    from openpyxl.worksheet._writer import WorksheetWriter

    asked = []
    real = WorksheetWriter.write_row
    monkeypatch.setattr(WorksheetWriter, "write_row", lambda self, xf, row, idx: asked.append(idx) or real(
        self, xf, row, idx))
    wb = MeasuredWorkbook()
    ws = wb.create_sheet("S")
    for n in range(20):
        ws.append([n, f"agent {n}", Decimal(n) / 3, safe_cell(ws, dt.date(2026, 11, 1 + n), "date"), None, ""])
    ws.row_dimensions[21].height = 40
    ws.append(["a row with its own height goes to openpyxl"])
    wb.save(tmp_path / "plain.xlsx")
    assert asked == [21]
    assert load_workbook(tmp_path / "plain.xlsx")["S"]["B20"].value == "agent 19"
