"""The work queue as a table: a model over :class:`QueueRow` and a proxy that sorts and filters it."""
from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from qa_desktop.core.work_queue import DRAFT, RETURNED, SUBMITTED, TODO, QueueRow
from qa_desktop.ui.player.waveform import fmt_time

STATUS_TEXT = {
    TODO: QT_TRANSLATE_NOOP("QueueModel", "To do"),
    DRAFT: QT_TRANSLATE_NOOP("QueueModel", "Draft"),
    SUBMITTED: QT_TRANSLATE_NOOP("QueueModel", "Submitted"),
    RETURNED: QT_TRANSLATE_NOOP("QueueModel", "Returned"),
}
GRADE_TEXT = {
    "excellent": QT_TRANSLATE_NOOP("QueueModel", "Excellent"),
    "good": QT_TRANSLATE_NOOP("QueueModel", "Good"),
    "pass": QT_TRANSLATE_NOOP("QueueModel", "Pass"),
    "fail": QT_TRANSLATE_NOOP("QueueModel", "Fail"),
}
STATUS_COLORS = {TODO: None, DRAFT: QColor(255, 243, 205), SUBMITTED: QColor(226, 240, 217),
                 RETURNED: QColor(252, 228, 214)}
STATUS_ORDER = {RETURNED: 0, DRAFT: 1, TODO: 2, SUBMITTED: 3}

ROW_ROLE = Qt.ItemDataRole.UserRole + 1     # the QueueRow
SORT_ROLE = Qt.ItemDataRole.UserRole + 2    # a value that sorts naturally


def status_text(status: str) -> str:
    return QCoreApplication.translate("QueueModel", STATUS_TEXT.get(status, status))


def grade_text(code: str) -> str:
    return QCoreApplication.translate("QueueModel", GRADE_TEXT[code]) if code in GRADE_TEXT else code


class QueueModel(QAbstractTableModel):
    STATUS, AGENT, TEAM, DATE, TYPE, DURATION, SCORE = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("QueueModel", "Status"), QT_TRANSLATE_NOOP("QueueModel", "Agent"),
               QT_TRANSLATE_NOOP("QueueModel", "Team"), QT_TRANSLATE_NOOP("QueueModel", "Date"),
               QT_TRANSLATE_NOOP("QueueModel", "Type"), QT_TRANSLATE_NOOP("QueueModel", "Length"),
               QT_TRANSLATE_NOOP("QueueModel", "Score"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[QueueRow] = []
        self.current_call_id: int | None = None

    def set_rows(self, rows: list[QueueRow]) -> None:
        """Replace the content; a row whose data did not change keeps its place and selection."""
        if [r.call_id for r in rows] == [r.call_id for r in self.rows]:
            changed = [n for n, (a, b) in enumerate(zip(self.rows, rows)) if a != b]
            self.rows = list(rows)
            for n in changed:
                self.dataChanged.emit(self.index(n, 0), self.index(n, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_current(self, call_id: int | None) -> None:
        self.current_call_id = call_id
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.FontRole])

    def row_of(self, call_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.call_id == call_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("QueueModel", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = []
            if row.others_drafting:
                tips.append(QCoreApplication.translate("QueueModel", "Being scored by {0}").format(
                    ", ".join(row.others_drafting)))
            if row.recording_missing:
                tips.append(QCoreApplication.translate("QueueModel", "The recording is missing"))
            return "\n".join(tips) or None
        if role == Qt.ItemDataRole.BackgroundRole and column == self.STATUS:
            color = STATUS_COLORS.get(row.status)
            return QBrush(color) if color else None
        if role == Qt.ItemDataRole.FontRole and row.call_id == self.current_call_id:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.DURATION, self.SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: QueueRow, column: int):
        if column == self.STATUS:
            text = status_text(row.status)
            return f"{text} · {row.others_drafting[0]}" if row.others_drafting else text
        if column == self.AGENT:
            return f"{row.agent_code} {row.agent_name}".strip()
        if column == self.TEAM:
            return row.team
        if column == self.DATE:
            return row.started_at.strftime("%m-%d %H:%M") if row.started_at else ""
        if column == self.TYPE:
            return row.call_type
        if column == self.DURATION:
            return fmt_time(int(row.duration_s * 1000)) if row.duration_s is not None else ""
        if column == self.SCORE:
            if row.score is None:
                return ""
            return f"{row.score} {grade_text(row.grade)}".strip()
        return None

    def _sort_value(self, row: QueueRow, column: int):
        if column == self.STATUS:
            return STATUS_ORDER.get(row.status, 9)
        if column == self.DATE:
            return row.started_at.isoformat() if row.started_at else ""
        if column == self.DURATION:
            return float(row.duration_s or 0)
        if column == self.SCORE:
            return float(row.score) if row.score is not None else -1.0
        return self._display(row, column) or ""


class QueueFilter(QSortFilterProxyModel):
    """Filters by status (``"open"`` = to do, draft or returned) and by free text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status_filter = ""   # "" = all, "open", or one status
        self.text = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_status_filter(self, status: str) -> None:
        self._change_filter(lambda: setattr(self, "status_filter", status or ""))

    def set_text(self, text: str) -> None:
        self._change_filter(lambda: setattr(self, "text", text.strip().lower()))

    def _change_filter(self, change) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10+: invalidateFilter is deprecated
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        row: QueueRow = self.sourceModel().rows[source_row]
        if self.status_filter == "open" and not row.is_open:
            return False
        if self.status_filter not in ("", "open") and row.status != self.status_filter:
            return False
        if self.text:
            haystack = " ".join((row.agent_code, row.agent_name, row.team, row.call_type, row.external_id)).lower()
            return self.text in haystack
        return True

    def row_at(self, proxy_row: int) -> QueueRow | None:
        if not 0 <= proxy_row < self.rowCount():
            return None
        return self.data(self.index(proxy_row, 0), ROW_ROLE)
