"""A report row as sheet XML in one string: the cells every report writes, without openpyxl's per-cell trees.

openpyxl's write-only mode builds an ElementTree element for every cell and serialises it through
et_xmlfile's pure-Python namespace-aware writer: about 8 µs a cell, most of a workbook's export time
(25,000 cells of a 500-agent week took 0.25 s of its 0.54 s). The cells a report writes are few in
kind (numbers, text, and cells holding a number, text or date with a style), so :func:`row_xml` writes
those as the very bytes openpyxl would write, and answers ``None`` for anything else (a formula-looking
plain string, text with edge blanks, a time of day, a comment, a row with its own height…), which the sheet
then hands to openpyxl unchanged. tests/test_report_rows.py compares the two byte for byte.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

_NUMBERS = (int, float, Decimal)  # exact types: bool is not written as a number
_LONGEST_TEXT = 32767  # openpyxl cuts longer text to Excel's limit: left to it
_illegal = ILLEGAL_CHARACTERS_RE.search


class ColumnLetters(dict):
    """Column number → letters (A, B, … AA), computed once per column."""

    def __missing__(self, column: int) -> str:
        letters = self[column] = get_column_letter(column)
        return letters


LETTERS = ColumnLetters()


def _escaped(text: str) -> str:
    # what ElementTree's serialiser does to element text (quotes are left as they are)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _number(value: int | float | Decimal) -> str | None:
    if type(value) is not int and (math.isnan(value) or math.isinf(value)):
        return None  # openpyxl writes an empty <v/>: left to it
    # exactly openpyxl's safe_string: % turns a Decimal into a float first ("77.50" → 77.5); format() would not
    return "%.16g" % value  # noqa: UP031


def _plain_text_is_simple(text: str) -> bool:
    """A non-empty plain string openpyxl would write as inline text, as it is (not a formula, an error code,
    cut, refused for control characters or marked to keep its edge blanks)."""
    first = text[0]
    if first.isspace() or text[-1].isspace() or len(text) > _LONGEST_TEXT:
        return False
    if first in "=#" and ((first == "=" and len(text) > 1) or text in ERROR_CODES):
        return False
    return _illegal(text) is None


def _cell_xml(cell: Cell, where: str, epoch: dt.datetime, iso_dates: bool) -> str | None:
    if cell._comment is not None or cell._hyperlink is not None:
        return None
    value, data_type = cell._value, cell.data_type
    if value is None:
        return None
    style = f' s="{cell.style_id}"' if cell.has_style else ""
    kind = type(value)
    if data_type == "s" and kind is str:
        if value == "":
            return f'<c r="{where}"{style} t="inlineStr" />'  # ElementTree's empty element, its blank included
        if value.strip() != value:
            return None
        return f'<c r="{where}"{style} t="inlineStr"><is><t>{_escaped(value)}</t></is></c>'
    if data_type == "n" and kind in _NUMBERS:
        number = _number(value)
        return None if number is None else f'<c r="{where}"{style} t="n"><v>{number}</v></c>'
    if data_type == "d" and (kind is dt.datetime or kind is dt.date) and not iso_dates:
        if kind is dt.datetime and value.tzinfo is not None:
            return None  # openpyxl refuses it with its own message
        return f'<c r="{where}"{style} t="n"><v>{_number(to_excel(value, epoch))}</v></c>'
    return None


def _plain_date_xml(ws, value: dt.date, where: str) -> str | None:
    """A date or time appended as a plain value: openpyxl gives it its default date format (one style per type)."""
    styles = ws.__dict__.setdefault("_plain_date_styles", {})
    kind = type(value)
    cell = styles.get(kind)
    if cell is None:
        cell = styles[kind] = WriteOnlyCell(ws, value)  # binding the value sets openpyxl's format for the type
    cell._value = value
    return _cell_xml(cell, where, ws.parent.epoch, ws.parent.iso_dates)


def row_xml(values: Sequence[Any], row: int, ws) -> str | None:
    """``<row>`` holding ``values`` as openpyxl's write-only sheet ``ws`` writes it, or None to leave the row to it."""
    parts = [f'<row r="{row}">']
    add = parts.append
    letters = LETTERS
    epoch, iso_dates = ws.parent.epoch, ws.parent.iso_dates
    for column, value in enumerate(values, 1):
        if value is None:
            continue
        kind = type(value)
        if kind is str:
            if value == "":
                add(f'<c r="{letters[column]}{row}" t="inlineStr" />')
                continue
            if not _plain_text_is_simple(value):
                return None
            add(f'<c r="{letters[column]}{row}" t="inlineStr"><is><t>{_escaped(value)}</t></is></c>')
        elif kind in _NUMBERS:
            number = _number(value)
            if number is None:
                return None
            add(f'<c r="{letters[column]}{row}" t="n"><v>{number}</v></c>')
        elif kind is Cell:
            xml = _cell_xml(value, f"{letters[column]}{row}", epoch, iso_dates)
            if xml is None:
                return None
            add(xml)
        elif kind is dt.datetime or kind is dt.date:
            xml = _plain_date_xml(ws, value, f"{letters[column]}{row}")
            if xml is None:
                return None
            add(xml)
        elif kind is bool:
            add(f'<c r="{letters[column]}{row}" t="b"><v>{int(value)}</v></c>')
        else:
            return None  # times, durations, rich text, anything else
    add("</row>")
    return "".join(parts)
