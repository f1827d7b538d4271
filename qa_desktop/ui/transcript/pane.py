"""The transcript pane: what each side said, in time order, following playback.

The line being played is highlighted and kept in view; a click, Enter or Space on a line seeks
there. Ctrl+F (while the pane is shown) searches the words; every hit is marked on the waveform,
F3 / Shift+F3 (or Enter / Shift+Enter in the search box) go to the next and previous hit.
"""
from __future__ import annotations

import bisect

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.checks.matching import normalise
from qa_desktop.ui.player.waveform import fmt_time

AGENT_TINT = QColor(33, 102, 172, 28)
CUSTOMER_TINT = QColor(178, 24, 43, 22)
CURRENT_TINT = QColor(255, 214, 102, 170)
HIT_TINT = QColor(255, 240, 150, 110)


class TranscriptPane(QWidget):
    seekRequested = Signal(int)           # ms
    hitsChanged = Signal(list)            # [(start_ms, end_ms)] of the lines matching the search

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("transcriptPane")
        self.lines: list = []             # TranscriptLine, in time order
        self._starts: list[float] = []
        self._current = -1
        self._hits: list[int] = []
        self._hit_index = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("transcriptSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.search.installEventFilter(self)
        self.hit_label = QLabel()
        self.hit_label.setObjectName("transcriptHits")
        row.addWidget(self.search, 1)
        row.addWidget(self.hit_label)
        layout.addLayout(row)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("transcriptLines")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(lambda row, _col: self._seek_row(row))
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setObjectName("transcriptEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        for keys, slot in (("F3", lambda: self.step_hit(1)), ("Shift+F3", lambda: self.step_hit(-1))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.retranslate()
        self.set_lines([])

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Ctrl+F: search what was said; F3 next hit"))
        self.empty.setText(self.tr("No transcript for this call. Import the call platform's transcripts "
                                   "from the Library (Import transcripts…)."))
        self._fill()
        self._show_hit_count()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content -------------------------------------------------------------------------------
    def set_lines(self, lines: list) -> None:
        self.lines = list(lines)
        self._starts = [line.start_s for line in self.lines]
        self._current = -1
        self._fill()
        self.table.setVisible(bool(self.lines))
        self.empty.setVisible(not self.lines)
        self._search(self.search.text())

    def side_text(self, side: str) -> str:
        return self.tr("Agent") if side == "agent" else self.tr("Customer")

    def _fill(self) -> None:
        self.table.setRowCount(len(self.lines))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, line in enumerate(self.lines):
            cells = (fmt_time(int(line.start_s * 1000)), self.side_text(line.side), line.text)
            for column, text in enumerate(cells):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                item.setText(text)
                if column == 1:
                    item.setFont(bold)
            self._tint(row)
        self.table.resizeRowsToContents()

    def _tint(self, row: int) -> None:
        if not 0 <= row < len(self.lines):
            return
        if row == self._current:
            color = CURRENT_TINT
        elif row in self._hits:
            color = HIT_TINT
        else:
            color = AGENT_TINT if self.lines[row].side == "agent" else CUSTOMER_TINT
        for column in range(3):
            item = self.table.item(row, column)
            if item is not None:
                item.setBackground(QBrush(color))

    # -- playback ------------------------------------------------------------------------------
    def line_at(self, ms: int) -> int:
        """The line being said at ``ms`` (or the last one started before it), -1 before the first."""
        return bisect.bisect_right(self._starts, ms / 1000.0) - 1

    def set_position(self, ms: int) -> None:
        row = self.line_at(ms)
        if row == self._current:
            return
        previous, self._current = self._current, row
        self._tint(previous)
        self._tint(row)
        if row >= 0 and self.isVisible():
            self.table.scrollToItem(self.table.item(row, 2), QAbstractItemView.ScrollHint.EnsureVisible)

    @property
    def current_row(self) -> int:
        return self._current

    def _seek_row(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.seekRequested.emit(int(self.lines[row].start_s * 1000))

    # -- search --------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search(self, text: str) -> None:
        needle = normalise(text or "")
        old = self._hits
        self._hits = [n for n, line in enumerate(self.lines) if needle and needle in normalise(line.text)]
        self._hit_index = -1
        for row in set(old) | set(self._hits):
            self._tint(row)
        self._show_hit_count()
        self.hitsChanged.emit([(int(self.lines[n].start_s * 1000), int(self.lines[n].end_s * 1000))
                               for n in self._hits])

    def _show_hit_count(self) -> None:
        if not self.search.text().strip():
            self.hit_label.setText("")
        else:
            self.hit_label.setText(self.tr("%1 hit(s)").replace("%1", str(len(self._hits))))

    def step_hit(self, step: int) -> None:
        if not self._hits:
            return
        self._hit_index = (self._hit_index + step) % len(self._hits)
        row = self._hits[self._hit_index]
        self.table.selectRow(row)
        self._seek_row(row)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.search and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step_hit(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if watched is self.search and key == Qt.Key.Key_Down and self.lines:
                self.table.setFocus()
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self._seek_row(self.table.currentRow())
                return True
        return super().eventFilter(watched, event)
