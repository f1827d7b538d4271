"""The work queue panel: search box, status filter, the table, and a library search.

Typing filters the queue as you type; Enter in the search box searches the whole library by
agent ID or name (Esc returns to the queue). Enter on a row opens that call.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.work_queue import DRAFT, RETURNED, SUBMITTED, TODO, QueueRow, queue_summary
from qa_desktop.ui.workspace.queue_model import QueueFilter, QueueModel

SIZED_ON_ROWS = 100  # the columns' widths from the first rows, not a year's


class QueueTable(QTableView):
    openRequested = Signal(int)  # call id

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            index = self.currentIndex()
            if index.isValid():
                row = self.model().row_at(index.row())
                if row is not None:
                    self.openRequested.emit(row.call_id)
                    return
        super().keyPressEvent(event)


class QueuePanel(QWidget):
    openRequested = Signal(int)
    librarySearchRequested = Signal(str)
    backToQueueRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self.model = QueueModel(self)
        self.proxy = QueueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.library_mode = False
        self.loading = False  # the page is reading the queue (or the library) in the background
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("queueSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.search.returnPressed.connect(self._search_library)
        self.search.installEventFilter(self)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        for value in ("", "open", TODO, DRAFT, RETURNED, SUBMITTED):
            self.status.addItem("", value)
        self.status.currentIndexChanged.connect(lambda i: self.proxy.set_status_filter(self.status.itemData(i)))
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        layout.addLayout(top)
        mode = QHBoxLayout()
        self.mode_label = QLabel()
        self.mode_label.setObjectName("queueMode")
        self.back = QToolButton()
        self.back.setObjectName("backToQueue")
        self.back.clicked.connect(self.backToQueueRequested)
        self.back.setVisible(False)
        mode.addWidget(self.mode_label, 1)
        mode.addWidget(self.back)
        layout.addLayout(mode)
        self.table = QueueTable()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # queue order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # widths measured once per reload (_measure_columns), not by the header at every change: resized to
        # contents, a 500-agent month's queue was measured again for each row a reload changed
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(SIZED_ON_ROWS)
        self._widths: dict[int, int] = {}
        self.table.doubleClicked.connect(self._open_index)
        self.table.openRequested.connect(self.openRequested)
        layout.addWidget(self.table, 1)
        self.counts = QLabel()
        self.counts.setObjectName("queueCounts")
        layout.addWidget(self.counts)
        self._summary = queue_summary([])
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Filter, or Enter to search the library by agent ID or name (Ctrl+F)"))
        self.search.setToolTip(self.search.placeholderText())
        for index, text in enumerate((self.tr("All"), self.tr("Open"), self.tr("To do"), self.tr("Draft"),
                                      self.tr("Returned"), self.tr("Submitted"))):
            self.status.setItemText(index, text)
        self.back.setText(self.tr("Back to my queue"))
        self._show_mode()
        self._show_counts()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        if self._widths:  # the headers' words changed with the language
            self._measure_columns()
            self._fit_columns(self.width())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns(event.size().width())

    def _measure_columns(self) -> None:
        """Each column as wide as its header and its first rows, and the open call's line (in bold)."""
        header = self.table.horizontalHeader()
        self._widths = {column: max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
                        for column in range(self.model.columnCount())}
        self._widen_for_current()

    def _widen_for_current(self) -> None:
        current = self.model.row_of(self.model.current_call_id) if self.model.current_call_id is not None else None
        index = self.proxy.mapFromSource(self.model.index(current, 0)) if current is not None else None
        if index is not None and index.isValid():
            for column in self._widths:
                # as sizeHintForColumn counts a cell: its hint and the grid line
                hint = self.table.sizeHintForIndex(index.siblingAtColumn(column)).width() + int(self.table.showGrid())
                self._widths[column] = max(self._widths[column], hint)
        for column, width in self._widths.items():
            self.table.setColumnWidth(column, width)

    def _fit_columns(self, width: int) -> None:
        """Give up the team, then the call type, when all columns do not fit (both are in the call's
        header too); the length and the score stay in sight (at 1366×768 they were scrolled away)."""
        if not self._widths:
            self._measure_columns()
        margin = self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth() + 12
        hidden: set[int] = set()
        for column in (QueueModel.TEAM, QueueModel.TYPE):
            if sum(w for c, w in self._widths.items() if c not in hidden) + margin > width:
                hidden.add(column)
        for column in (QueueModel.TEAM, QueueModel.TYPE):
            if self.table.isColumnHidden(column) != (column in hidden):
                self.table.setColumnHidden(column, column in hidden)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.search.clear()
                if self.library_mode:
                    self.backToQueueRequested.emit()
                self.table.setFocus()
                return True
            if event.key() == Qt.Key.Key_Down:
                self.table.setFocus()
                if not self.table.currentIndex().isValid() and self.proxy.rowCount():
                    self.table.setCurrentIndex(self.proxy.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    # -- content -------------------------------------------------------------------------------
    def set_rows(self, rows: list[QueueRow], library: bool = False, query: str = "") -> None:
        current = self.current_call_id()
        self.library_mode, self._query = library, query
        self.model.set_rows(rows)
        if not library:
            self._summary = queue_summary(rows)
        self._show_mode()
        self._show_counts()
        self._measure_columns()
        self._fit_columns(self.width())
        if current is not None:
            self.select_call(current)

    def set_loading(self, loading: bool) -> None:
        """Say that the queue is being read; what is shown stays usable meanwhile."""
        if loading != self.loading:
            self.loading = loading
            self._show_mode()

    def set_current(self, call_id: int | None) -> None:
        self.model.set_current(call_id)
        if self._widths:  # its line is bold now
            self._widen_for_current()
            self._fit_columns(self.width())
        if call_id is not None:
            self.select_call(call_id)

    def select_call(self, call_id: int) -> None:
        source_row = self.model.row_of(call_id)
        if source_row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def current_call_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.row_at(index.row())
        return row.call_id if row else None

    def visible_rows(self) -> list[QueueRow]:
        return [self.proxy.row_at(n) for n in range(self.proxy.rowCount())]

    def _open_index(self, index) -> None:
        row = self.proxy.row_at(index.row())
        if row is not None:
            self.openRequested.emit(row.call_id)

    def _search_library(self) -> None:
        text = self.search.text().strip()
        if text:
            self.librarySearchRequested.emit(text)

    def _show_mode(self) -> None:
        self.back.setVisible(self.library_mode)
        if self.library_mode:
            self.mode_label.setText(self.tr("Library: {0} calls for “{1}”").format(self.model.rowCount(),
                                                                                  getattr(self, "_query", "")))
        else:
            self.mode_label.setText(self.tr("My work queue"))
        if self.loading:
            self.mode_label.setText(self.tr("{0} · loading…").format(self.mode_label.text()))

    def _show_counts(self) -> None:
        s = self._summary
        self.counts.setText(self.tr("{0} to do · {1} drafts · {2} returned · {3} submitted").format(
            s["todo"], s["draft"], s["returned"], s["submitted"]))
