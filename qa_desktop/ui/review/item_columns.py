"""Column widths of the Reviews page: the lists measured once on their first rows, and the item tables of
Reviews and Disputes, where the item's text takes what the answers and choices leave."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView, QTableWidget

SIZED_ON_ROWS = 100  # a list's column widths from its first rows, not a year's


def size_list_columns(view: QTableView) -> dict[int, int]:
    """Each column as wide as its header and its first rows, measured once when the list is filled.

    A header that resizes to contents measures every column again at each change (rows fetched as the
    view scrolls, a column hidden): on a year's queue that held the window over 100 ms each time.
    Returns the widths, capped at the header's maximum (a longer cell elides, its tooltip whole)."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(SIZED_ON_ROWS)
    widths = {}
    for column in range(view.model().columnCount()):
        widths[column] = min(max(view.sizeHintForColumn(column), header.sectionSizeHint(column)),
                             header.maximumSectionSize())
        view.setColumnWidth(column, widths[column])
    return widths

ANSWER_COLUMN = 110  # pixels at most for an answer, a result or a choice beside the item's text
DECISION_COLUMN = 200  # pixels at most on the Disputes tab, whose table has the page's width
ITEM_COLUMN = 220  # pixels at least for the item's text
REVIEW_ANSWER_COLUMN = 80  # the review queue's detail pane, beside the queue: "否 / 不通过", a choice list


def fit_item_column(table: QTableWidget, widest: int = 0, item_at_least: int = ITEM_COLUMN,
                    whole: tuple[int, ...] = ()) -> None:
    """Answers, results and choices fit their contents, up to ``widest`` pixels (the columns in ``whole``
    as wide as their header's words); the item's text takes what is left, at least ``item_at_least``
    pixels, and wraps: at 1366×768 every column stays on screen instead of behind a horizontal scroll bar."""
    table.resizeColumnsToContents()
    # an answer with a long text, or a choice list with one, sized its column past the screen: capped,
    # the cell wraps or elides and its tooltip holds the whole text
    for column in range(1, table.columnCount()):
        if column not in whole and table.columnWidth(column) > (widest or ANSWER_COLUMN):
            table.setColumnWidth(column, widest or ANSWER_COLUMN)
            for row in range(table.rowCount()):
                cell = table.item(row, column)
                if cell is not None and cell.text():
                    cell.setToolTip(cell.text())
    table.setProperty("itemAtLeast", item_at_least)
    if table.property("fitsItemColumn") is None:  # the pane's width is known once shown, and changes
        table.setProperty("fitsItemColumn", True)
        table.viewport().installEventFilter(_ItemColumnOnResize(table))
    _size_item_column(table)
    table.setWordWrap(True)
    table.resizeRowsToContents()
    table.doItemsLayout()  # the choice lists move with their columns


def _size_item_column(table: QTableWidget) -> None:
    header = table.horizontalHeader()
    others = sum(table.columnWidth(c) for c in range(1, table.columnCount()))
    if table.viewport().width() - others >= (table.property("itemAtLeast") or ITEM_COLUMN):
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    else:  # a narrow pane: the item's text stays readable, the other columns scroll
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(0, table.property("itemAtLeast") or ITEM_COLUMN)


class _ItemColumnOnResize(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            table = self.parent()
            _size_item_column(table)
            table.resizeRowsToContents()  # the item's text wrapped at the new width: its lines all shown
        return False
