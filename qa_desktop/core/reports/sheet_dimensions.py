"""The ``<dimension>`` element write-only sheets lack, written in place as each sheet is closed.

openpyxl's write-only mode streams each sheet's rows to a temporary file and writes the sheet's
header before the first row, when its size is still unknown, so it leaves out ``<dimension
ref="A1:K200"/>``. Readers that trust it (openpyxl ``read_only``, several BI tools) then see a
sheet of one cell, or have to scan it.

A :class:`MeasuredSheet` counts its rows and its last used column as they are appended, lets the
writer put a placeholder of the longest possible size where the schema wants the element (after
``<sheetPr>``, before ``<sheetViews>``), and overwrites it in the temporary file with the real size
(padded with blanks between the elements) when the sheet is closed, before openpyxl zips it.
This once re-read and re-compressed the saved workbook to add the element, which cost a tenth of
the export's time and held each sheet's whole XML in memory (135 MB for a 500-agent month).
"""
from __future__ import annotations

import re
from inspect import isgenerator

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from qa_desktop.core.reports.xlsx_rows import row_xml

_PLACEHOLDER = "A1:XFD1048576"  # the largest sheet Excel has: any real size is shorter
_PLACEHOLDER_ELEMENT = re.compile(rb'<dimension ref="' + _PLACEHOLDER.encode() + rb'"\s*/>')
_HEAD = 1 << 16  # the element comes right after <sheetPr>, within the first bytes of the file


class MeasuredSheet(WriteOnlyWorksheet):
    """A write-only sheet that knows its size (rows appended, last column holding a cell)."""

    fast_rows = True  # False: every row through openpyxl (the tests compare the two)

    def __init__(self, parent, title=None):
        super().__init__(parent, title)
        self.last_row = 0
        self.last_column = 0

    def calculate_dimension(self) -> str:
        # openpyxl's writer asks for it before the first row; close() puts the real size in its place
        return _PLACEHOLDER

    def append(self, row) -> None:
        if isgenerator(row) or isinstance(row, range):
            row = list(row)
        super().append(row)
        self.last_row += 1
        # only the columns right of the widest row so far can widen the sheet
        for index in range(len(row) - 1, self.last_column - 1, -1):
            if row[index] is not None:
                self.last_column = index + 1
                break

    def _write_rows(self):
        """openpyxl's row stream, each row written by :func:`row_xml` when it can (the same bytes, a fraction of
        the time) and by openpyxl otherwise."""
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        # et_xmlfile's writer keeps its text sink, a write function, as ``_file``; lxml's (when lxml is
        # installed) has none: then, or with any other writer, every row goes through openpyxl
        raw = getattr(xf, "_file", None) if self.fast_rows else None
        if not callable(raw):
            raw = None
        heights = self.row_dimensions
        with xf.element("sheetData"):
            row_idx = 1
            try:
                while True:
                    values = (yield)
                    xml = row_xml(values, row_idx, self) if raw is not None and row_idx not in heights else None
                    if raw is None or xml is None:
                        self._writer.write_row(xf, self._values_to_row(values, row_idx), row_idx)
                    else:
                        raw(xml)
                    row_idx += 1
            except GeneratorExit:
                pass
        self._writer.xf.send(None)

    @property
    def dimension(self) -> str:
        if not self.last_row or not self.last_column:
            return "A1"
        return f"A1:{get_column_letter(self.last_column)}{self.last_row}"

    def close(self) -> None:
        super().close()
        path = self._writer.out
        with open(path, "r+b") as xml:
            head = xml.read(_HEAD)
            found = _PLACEHOLDER_ELEMENT.search(head)
            if found is None:  # an openpyxl that writes its top differently: fail loudly, not a wrong size
                raise RuntimeError(f"no <dimension> placeholder in the sheet {self.title!r}")
            element = f'<dimension ref="{self.dimension}"/>'.encode()
            xml.seek(found.start())
            xml.write(element.ljust(found.end() - found.start()))  # blanks between elements are allowed


class MeasuredWorkbook(Workbook):
    """A write-only workbook whose sheets are :class:`MeasuredSheet`."""

    def __init__(self):
        super().__init__(write_only=True)

    def create_sheet(self, title=None, index=None) -> MeasuredSheet:
        sheet = MeasuredSheet(parent=self, title=title)
        self._add_sheet(sheet=sheet, index=index)
        return sheet
