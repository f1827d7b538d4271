"""Plain rows (dicts) as a Qt table: the one table model of the pages (sampling, reviews and disputes,
coaching, calibration, the call library).

A column is ``(context, header, value_fn, colour_fn)``; the header is an English source marked
with ``QT_TRANSLATE_NOOP`` and translated when shown, so the table follows a language switch.
``format_value`` turns a value into its cell text; ``set_tooltip`` adds a tooltip per cell.
With ``batch``, a long list is handed to the view that many rows at a time as it scrolls (Qt's
``canFetchMore``/``fetchMore``): a view sized to its contents measures every row it is given, and
thousands of rows froze the window for seconds. ``rows`` always holds the whole list.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

LONG_TEXT = 24  # characters; a cell longer than this shows its whole text as a tooltip
GOOD, WARN, BAD = "#e2efda", "#fff2cc", "#f8cbad"
Column = tuple[str, str, Callable[[dict], Any], Callable[[dict], str | None] | None]
# the roles a row answers; a view sized to its contents asks every cell for a dozen others, many times
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.UserRole})


def fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(fmt(v) for v in value)
    return str(value)


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None, *, format_value: Callable[[Any], str] = fmt,
                 batch: int | None = None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict] = []
        self.batch = batch
        self._shown = 0  # with a batch: how many of the rows the view has been given
        self.format_value = format_value
        self._tooltip: Callable[[dict, int], str | None] | None = None

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = [r if isinstance(r, dict) else r.to_dict() for r in rows]
        self._shown = len(self.rows) if self.batch is None else min(len(self.rows), self.batch)
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and self._shown < len(self.rows)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt's name
        self.reveal(self._shown + (self.batch or len(self.rows)) - 1)

    def reveal(self, index: int) -> None:
        """Give the view the rows up to ``index`` (to select a row further down than it has scrolled)."""
        last = min(index, len(self.rows) - 1)
        if last < self._shown:
            return
        self.beginInsertRows(QModelIndex(), self._shown, last)
        self._shown = last + 1
        self.endInsertRows()

    def row(self, index: int) -> dict:
        return self.rows[index]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            context, header, *_ = self.columns[section]
            return tr(context, header)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        row = self.rows[index.row()]
        _context, _header, value_fn, colour_fn = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.format_value(value_fn(row))
        if role == Qt.ItemDataRole.BackgroundRole and colour_fn is not None:
            colour = colour_fn(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._tooltip is not None:
                return self._tooltip(row, index.column())
            text = self.format_value(value_fn(row))
            return text if len(text) > LONG_TEXT else None  # a long cell may be elided in its column
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def text(self, row: int, column: int) -> str:
        return self.data(self.index(row, column))

    def set_tooltip(self, fn: Callable[[dict, int], str | None]) -> None:
        """``fn(row, column)`` gives the tooltip of a cell, or None."""
        self._tooltip = fn
