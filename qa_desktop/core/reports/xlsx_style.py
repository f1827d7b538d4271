"""How every exported sheet looks and how every cell is written (openpyxl write-only mode).

One door for cell values: :func:`safe_cell` (used by :class:`TableWriter` and every sheet
writer). It keeps text text: a string starting with ``=``, ``+``, ``-`` or ``@`` is written as
a string cell with Excel's quote prefix, never as a formula (a malicious agent name or note
cannot run anything when the manager opens the file), characters XML cannot carry are dropped,
and free text has customer numbers masked (:mod:`qa_desktop.core.reports.privacy`).

Write-only sheets need their frozen panes and column widths before the first row; filters,
conditional formats and charts may be added until the workbook is saved.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from qa_desktop.core.reports.privacy import clean_text  # re-exported: the workbook modules import it from here

FORMULA_TRIGGERS = ("=", "+", "-", "@")

# Whole numbers need no format (General shows them as they are), which keeps them unstyled and cheap.
FMT = {
    "score": "0.00",
    "percent": "0.0%",
    "decimal1": "0.0",
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
}

HEADER_FONT = Font(bold=True, color="1F2937")
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
HEADER_BORDER = Border(bottom=Side(style="thin", color="8896AB"))
TITLE_FONT = Font(bold=True, size=14, color="1F3A5F")
SUBTITLE_FONT = Font(bold=True, size=11, color="1F3A5F")
WRAP = Alignment(wrap_text=True, vertical="top")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")

# Grade band colours (fill, font): green, light green, amber, red.
GRADE_COLOURS = {
    "excellent": ("C6EFCE", "006100"),
    "good": ("E2F0D9", "375623"),
    "pass": ("FFEB9C", "9C5700"),
    "fail": ("FFC7CE", "9C0006"),
}


def display_width(text: str) -> int:
    """Columns the text needs: CJK (wide and full-width) characters count as 2."""
    if text.isascii():  # most cells: codes, numbers, Latin names
        return len(text)
    return _wide_text_width(text)


@functools.lru_cache(maxsize=8192)
def _wide_text_width(text: str) -> int:
    # names, teams, items and labels come back on every row: each is measured once
    width = unicodedata.east_asian_width
    return len(text) + sum(1 for ch in text if width(ch) in ("W", "F"))


def text_cell(ws, text: str, **style) -> WriteOnlyCell:
    """A cell that is text whatever it starts with (data type forced to string, quote prefix set)."""
    cell = WriteOnlyCell(ws)
    cell._value = text
    cell.data_type = "s"
    if text[:1] in FORMULA_TRIGGERS:
        cell.quotePrefix = True
    for name, value in style.items():
        setattr(cell, name, value)
    return cell


def _text_in_style(ws, text: str, style) -> Cell:
    """:func:`text_cell` with a style array made before (copied, so the quote prefix stays this cell's own)."""
    cell = Cell(ws, row=1, column=1, style_array=style)
    cell._value = text
    cell.data_type = "s"
    if text[:1] in FORMULA_TRIGGERS:
        cell.quotePrefix = True
    return cell


def safe_cell(ws, value: Any, kind: str | None = None, *, free_text: bool = False, **style):
    """What to append for ``value``: a plain value when that is safe and unstyled, else a cell."""
    if value is None:
        return None
    if isinstance(value, str):
        value = clean_text(value, free_text=free_text)
        if value[:1] in FORMULA_TRIGGERS or style:
            return text_cell(ws, value, **style)
        return value
    if isinstance(value, bool):
        value = int(value)  # 1/0 reads better in pivots than TRUE/FALSE
    number_format = FMT.get(kind or "")
    if number_format is None and isinstance(value, dt.datetime):
        number_format = FMT["datetime"]
    elif number_format is None and isinstance(value, dt.date):
        number_format = FMT["date"]
    if not style:
        return value if number_format is None else _formatted_cell(ws, value, number_format)
    cell = WriteOnlyCell(ws, value)
    if number_format:
        cell.number_format = number_format
    for name, attr in style.items():
        setattr(cell, name, attr)
    return cell


def _formatted_cell(ws, value: Any, number_format: str) -> Cell:
    """A cell whose only style is a number format: its style copied from the sheet's first cell of that format,
    instead of setting the format on every cell (a score, date or percent is a third of a month's cells)."""
    styles = ws.__dict__.setdefault("_number_format_styles", {})
    style = styles.get(number_format)
    if style is None:
        first = WriteOnlyCell(ws)
        first.number_format = number_format
        style = styles[number_format] = first._style
    return Cell(ws, row=1, column=1, value=value, style_array=style)  # as WriteOnlyCell makes it


@dataclass
class Column:
    title: str
    # text | free (masked) | clean (cleaned before, e.g. memoised answers) | int | score | percent |
    # decimal1 | date | datetime
    kind: str = "text"
    width: float | None = None  # fixed width; else fitted to the header and the rows seen
    max_width: int = 50


HEADER_WIDTH_CAP = 16  # longer titles wrap onto more lines instead of widening the column


def _header_width(title: str) -> int:
    longest_word = max((display_width(w) for w in title.split()), default=0)
    return max(min(display_width(title), HEADER_WIDTH_CAP), longest_word) + 2


def fit_widths(columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> list[float]:
    widths = [_header_width(c.title) for c in columns]
    for row in rows:
        for index, value in enumerate(row[:len(columns)]):
            if value is None:
                continue
            kind = columns[index].kind
            if kind in ("score", "percent", "decimal1"):
                needed = 10
            elif kind == "datetime" or isinstance(value, dt.datetime):
                needed = 20
            elif kind == "date" or isinstance(value, dt.date):
                needed = 13
            else:
                needed = display_width(str(value).split("\n", 1)[0]) + 2
            if needed > widths[index]:
                widths[index] = needed
    return [float(c.width) if c.width else float(min(w, c.max_width)) for c, w in zip(columns, widths)]


def set_print_layout(ws, *, fit_width: bool = True, header_row: int | None = None) -> None:
    """Landscape A4, one page wide (when it stays readable), the header repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if header_row:
        ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_options.gridLines = False


class TableWriter:
    """A sheet that is one table: a styled header row, frozen, filtered, fitted widths.

    ``sample_rows`` (e.g. the first chunk) size the columns, since a write-only sheet must know
    its widths before its first row. ``title_rows`` lines (title, period…) may precede the header.
    """

    def __init__(self, wb: Workbook, ws, columns: Sequence[Column], *, sample_rows: Iterable[Sequence[Any]] = (),
                 title_rows: Sequence[str] = (), freeze_columns: int = 0, fit_width: bool | None = None):
        self.ws, self.columns = ws, list(columns)
        self.header_row = len(title_rows) + 1
        widths = fit_widths(self.columns, sample_rows)
        # one page wide only while the text stays readable (about 240 characters of landscape A4 at a small but
        # legible scale)
        set_print_layout(ws, fit_width=sum(widths) <= 240 if fit_width is None else fit_width,
                         header_row=self.header_row)
        for letter_index, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(letter_index)].width = width
        lines = max((math.ceil(display_width(c.title) / max(w - 2, 1)) for c, w in zip(self.columns, widths)),
                    default=1)
        if lines > 1 and self.header_row not in ws.row_dimensions:
            ws.row_dimensions[self.header_row].height = min(15 * lines + 3, 80)
        ws.freeze_panes = f"{get_column_letter(freeze_columns + 1)}{self.header_row + 1}"
        for number, line in enumerate(title_rows):
            ws.append([text_cell(ws, clean_text(line), font=TITLE_FONT if number == 0 else SUBTITLE_FONT)])
        # one header style, registered once and copied to every title (setting four styles per cell looked
        # each up in the workbook's style tables again)
        header = text_cell(ws, "", font=HEADER_FONT, fill=HEADER_FILL, border=HEADER_BORDER,
                           alignment=HEADER_ALIGNMENT)._style
        ws.append([_text_in_style(ws, clean_text(c.title), header) for c in self.columns])
        self.rows = 0
        self._kinds = [c.kind for c in self.columns]

    @property
    def last_row(self) -> int:
        return self.header_row + self.rows

    def append(self, values: Sequence[Any]) -> None:
        ws = self.ws
        out: list[Any] = []
        for value, kind in zip(values, self._kinds):
            if value is None or type(value) is int:
                out.append(value)
            elif kind == "clean" and type(value) is str:
                # already cleaned once (memoised answers): only the formula guard is left to do
                out.append(text_cell(ws, value) if value[:1] in FORMULA_TRIGGERS else value)
            elif kind == "free":
                out.append(safe_cell(ws, value, free_text=True))
            elif kind in ("text", "clean"):
                out.append(safe_cell(ws, value))
            else:
                out.append(safe_cell(ws, value, kind))
        ws.append(out)
        self.rows += 1

    def finish(self, empty_text: str | None = None) -> None:
        """The filter over the header and every row written; a short note under an empty table."""
        last_col = get_column_letter(len(self.columns))
        if self.rows == 0 and empty_text:
            self.ws.append([text_cell(self.ws, empty_text, font=Font(italic=True, color="555555"))])
        self.ws.auto_filter.ref = f"A{self.header_row}:{last_col}{max(self.last_row, self.header_row)}"

    def column_letter(self, title_or_index: str | int) -> str:
        if isinstance(title_or_index, int):
            return get_column_letter(title_or_index + 1)
        return get_column_letter([c.title for c in self.columns].index(title_or_index) + 1)

    def data_range(self, index: int) -> str | None:
        if self.rows == 0:
            return None
        letter = get_column_letter(index + 1)
        return f"{letter}{self.header_row + 1}:{letter}{self.last_row}"


def add_score_band_colours(ws, cell_range: str | None, bands: Sequence[tuple[str, Decimal]]) -> None:
    """Colour scores by grade band; ``bands`` are (code, minimum). Blank cells stay uncoloured."""
    if not cell_range:
        return
    first = cell_range.split(":")[0]
    ordered = sorted(bands, key=lambda b: b[1], reverse=True)
    upper: Decimal | None = None
    for code, minimum in ordered:
        fill, font = GRADE_COLOURS.get(code, GRADE_COLOURS["pass"])
        condition = f"AND(ISNUMBER({first}),{first}>={minimum}" + (f",{first}<{upper})" if upper is not None else ")")
        ws.conditional_formatting.add(cell_range, FormulaRule(
            formula=[condition], fill=PatternFill("solid", fgColor=fill, bgColor=fill), font=Font(color=font)))
        upper = minimum


def add_grade_label_colours(ws, cell_range: str | None, labels: dict[str, str]) -> None:
    """Colour grade label cells (优秀/良好/合格/不合格 or their translations)."""
    if not cell_range:
        return
    for code, text in labels.items():
        fill, font = GRADE_COLOURS[code]
        escaped = text.replace('"', '""')
        ws.conditional_formatting.add(cell_range, CellIsRule(
            operator="equal", formula=[f'"{escaped}"'],
            fill=PatternFill("solid", fgColor=fill, bgColor=fill), font=Font(color=font)))
