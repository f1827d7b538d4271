"""Creating a calibration session: title, form version, calls (flagged candidates first), scorers, expert."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.calibration import sessions as cal
from qa_desktop.core.errors import QADesktopError
from qa_desktop.ui.messages import describe_error


def _checkable(text: str, data, checked: bool = False, tooltip: str = "") -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    item.setData(Qt.ItemDataRole.UserRole, data)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def _checked(widget: QListWidget) -> list:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class NewSessionDialog(QDialog):
    """Collects the choices and creates the session through the core; ``session_id`` after accept."""

    def __init__(self, database, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.session_id: int | None = None
        self.setWindowTitle(self.tr("New calibration session"))
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(self.tr("Calibration {0}").format(dt.date.today().isoformat()))
        self.form_version = QComboBox()
        for version in cal.published_form_versions(database):
            self.form_version.addItem(f"{version['form_name']} v{version['version_no']}", version["id"])
        self.scheduled = QDateEdit(QDate.currentDate())
        self.scheduled.setCalendarPopup(True)
        self.scheduled.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Scoring form"), self.form_version)
        form.addRow(self.tr("Meeting date"), self.scheduled)
        layout.addLayout(form)

        lists = QHBoxLayout()
        calls_box = QVBoxLayout()
        calls_box.addWidget(QLabel(self.tr("Calls (flagged calibration candidates first)")))
        self.calls = QListWidget()
        self.calls.setObjectName("calibrationCalls")
        candidates = cal.calibration_candidates(database)
        candidate_ids = {c["call_id"] for c in candidates}
        for c in candidates:
            self.calls.addItem(_checkable(
                self.tr("★ {0} · {1} · {2} — {3}").format(c["external_id"] or c["call_id"], c["agent"],
                                                          c["call_type"] or "", c["reason"]),
                c["call_id"], True, self.tr("Flagged by {0}").format(c["raised_by"] or "?")))
        for c in cal.recent_calls(database):
            if c["call_id"] in candidate_ids:
                continue
            when = c["started_at"].strftime("%Y-%m-%d %H:%M") if c["started_at"] else ""
            self.calls.addItem(_checkable(f"{c['external_id'] or c['call_id']} · {c['agent']} · "
                                          f"{c['call_type'] or ''} · {when}", c["call_id"]))
        calls_box.addWidget(self.calls)
        lists.addLayout(calls_box, 3)

        people_box = QVBoxLayout()
        people_box.addWidget(QLabel(self.tr("People scoring the calls")))
        self.people = QListWidget()
        self.people.setObjectName("calibrationPeople")
        self.expert = QComboBox()
        self.expert.addItem(self.tr("No expert"), None)
        for person in cal.active_people(database):
            self.people.addItem(_checkable(f"{person.name} ({person.login})", person.id))
            self.expert.addItem(f"{person.name} ({person.login})", person.id)
        people_box.addWidget(self.people)
        people_box.addWidget(QLabel(self.tr("Expert (reference scores; also scores the calls)")))
        people_box.addWidget(self.expert)
        lists.addLayout(people_box, 2)
        layout.addLayout(lists, 1)

        self.hint = QLabel(self.tr("Scoring is blind: each person sees the others' answers only after submitting "
                                   "their own, or once the session is closed. Calibration scores never count "
                                   "in agents' results."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create session"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_calls(self) -> list[int]:
        return _checked(self.calls)

    def chosen_people(self) -> list[int]:
        return _checked(self.people)

    def check_people(self, ids) -> None:
        for i in range(self.people.count()):
            item = self.people.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in ids:
                item.setCheckState(Qt.CheckState.Checked)

    def create(self) -> int:
        """Create the session from the current choices (raises the core's errors)."""
        date = self.scheduled.date()
        self.session_id = cal.create_session(
            self.database, title=self.title.text(), form_version_id=self.form_version.currentData(),
            participant_ids=self.chosen_people(), call_ids=self.chosen_calls(),
            expert_id=self.expert.currentData(), scheduled_on=dt.date(date.year(), date.month(), date.day()))
        return self.session_id

    def accept(self) -> None:
        if self.form_version.currentData() is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Publish a scoring form first."))
            return
        try:
            self.create()
        except QADesktopError as error:
            QMessageBox.warning(self, self.windowTitle(), describe_error(error))
            return
        super().accept()


class AddCallsDialog(QDialog):
    """Pick more calls (flagged candidates first) for an open session."""

    def __init__(self, database, session_id: int, present: set[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.database, self.session_id = database, session_id
        self.added: list[int] = []
        self.setWindowTitle(self.tr("Add calls to the session"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("When differences persist, score at least 3 more calls of the same nature "
                                        "together.")))
        self.calls = QListWidget()
        self.calls.setObjectName("addCalibrationCalls")
        candidates = [c for c in cal.calibration_candidates(database) if c["call_id"] not in present]
        shown = {c["call_id"] for c in candidates}
        for c in candidates:
            self.calls.addItem(_checkable(
                self.tr("★ {0} · {1} · {2} — {3}").format(c["external_id"] or c["call_id"], c["agent"],
                                                          c["call_type"] or "", c["reason"]), c["call_id"]))
        for c in cal.recent_calls(database):
            if c["call_id"] in present or c["call_id"] in shown:
                continue
            when = c["started_at"].strftime("%Y-%m-%d %H:%M") if c["started_at"] else ""
            self.calls.addItem(_checkable(f"{c['external_id'] or c['call_id']} · {c['agent']} · "
                                          f"{c['call_type'] or ''} · {when}", c["call_id"]))
        layout.addWidget(self.calls, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_calls(self) -> list[int]:
        return _checked(self.calls)

    def accept(self) -> None:
        try:
            self.added = cal.add_calls(self.database, self.session_id, self.chosen_calls())
        except QADesktopError as error:
            QMessageBox.warning(self, self.windowTitle(), describe_error(error))
            return
        super().accept()
