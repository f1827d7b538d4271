"""Working days: the centre's exceptions to the public-holiday schedule, kept by a QA lead.

Deadlines (disputes, complaint and praise verification) count Chinese working days: public holidays
and 调休 make-up days from the published schedule, plus the days listed here. The dialog holds no
rule; it lists and changes what ``core.workflow.working_days`` keeps.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from qa_desktop.core.workflow import working_days
from qa_desktop.core.workflow.permissions import may
from qa_desktop.ui.messages import describe_error


class CalendarDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("calendarDialog")
        self.setWindowTitle(self.tr("Working days"))
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        self.explanation = QLabel(self.tr(
            "Deadlines count working days: public holidays and make-up working days (调休) follow the "
            "State Council's schedule. Add your centre's own exceptions here, or next year's holidays "
            "before the schedule is known."))
        self.explanation.setWordWrap(True)
        self.unknown = QLabel()
        self.unknown.setObjectName("calendarUnknownYears")
        self.unknown.setWordWrap(True)
        self.unknown.setStyleSheet("color: #a50f15;")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("calendarExceptions")
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Counts as"), self.tr("Note")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("calendarDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.setObjectName("calendarKind")
        self.kind.addItem(self.tr("Day off"), False)
        self.kind.addItem(self.tr("Working day"), True)
        self.note = QLineEdit()
        self.note.setObjectName("calendarNote")
        self.note.setPlaceholderText(self.tr("Why, e.g. 公司年会 or 2027 春节"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("calendarAdd")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.setObjectName("calendarRemove")
        self.remove_button.clicked.connect(self.remove)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (self.day, self.kind, self.note):
            row.addWidget(widget)
        row.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.explanation)
        layout.addWidget(self.unknown)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        may_change = may(ctx.user.role, "calendar.change")
        for widget in (self.day, self.kind, self.note, self.add_button, self.remove_button):
            widget.setEnabled(may_change)
        if not may_change:
            self.message.setText(self.tr("Only a QA lead changes the working days."))
        self.load()

    def load(self) -> None:
        try:
            entries = working_days.list_overrides(self.ctx.db)
            calendar = working_days.load_calendar(self.ctx.db)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.message.setText(describe_error(error))
            return
        self.table.setRowCount(len(entries))
        for n, entry in enumerate(entries):
            values = [entry["day"], self.tr("Working day") if entry["working"] else self.tr("Day off"), entry["note"]]
            for column, value in enumerate(values):
                self.table.setItem(n, column, QTableWidgetItem(value))
        this_year = dt.date.today().year
        missing = [str(year) for year in (this_year, this_year + 1) if not calendar.known(year)]
        self.unknown.setText(self.tr("The public holidays of {0} are not known yet: until you add them, those "
                                     "years count Monday to Friday.").format("、".join(missing)) if missing else "")

    def _change(self, day: dt.date, working: bool | None, note: str = "") -> None:
        try:
            working_days.set_override(self.ctx.db, day, working, note)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.message.setText(describe_error(error))
            return
        self.message.setText("")
        self.ctx.dataChanged.emit("calendar")
        self.load()

    def add(self) -> None:
        day = self.day.date().toPython()
        self._change(day, self.kind.currentData(), self.note.text())
        self.note.clear()

    def remove(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        for row in rows:
            self._change(dt.date.fromisoformat(self.table.item(row, 0).text()), None)
