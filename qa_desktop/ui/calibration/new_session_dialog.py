"""Creating a calibration session: title, form version, calls (flagged candidates first), scorers, expert.

The choices are read, and the session created or given calls, off the GUI thread: a dialog stays open
with what was chosen, its button closed, until the write has landed, and after a refusal."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
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
from shiboken6 import isValid

from qa_desktop.core.calibration import page_data
from qa_desktop.core.calibration import sessions as cal
from qa_desktop.ui.calibration.models import form_name_shown
from qa_desktop.ui.messages import describe_error
from qa_desktop.ui.tasks import run_in_background
from qa_desktop.ui.writes import PageWrite


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


def read_choices(dialog: QDialog, database, fill) -> None:
    """Read the choices off the GUI thread (a year of flags and calls); ``fill`` them in when they come."""
    task = run_in_background(dialog, page_data.session_choices, database, pass_progress=False)
    dialog.task = task
    task.succeeded.connect(lambda choices: fill(choices) if isValid(dialog) else None)
    task.failed.connect(lambda error: QMessageBox.warning(dialog, dialog.windowTitle(), describe_error(error))
                        if isValid(dialog) else None)


def add_call_items(calls: QListWidget, choices: page_data.SessionChoices, *,
                   checked_candidates: bool, leave_out: set[int] = frozenset()) -> None:
    """Flagged candidates first (starred, with the flag's reason), then the latest calls."""
    for c in choices.candidates:
        if c["call_id"] in leave_out:
            continue
        calls.addItem(_checkable(
            QCoreApplication.translate("NewSessionDialog", "★ {0} · {1} · {2} — {3}").format(
                c["external_id"] or c["call_id"], c["agent"], c["call_type"] or "", c["reason"]),
            c["call_id"], checked_candidates,
            QCoreApplication.translate("NewSessionDialog", "Flagged by {0}").format(c["raised_by"] or "?")))
    for c in choices.recent_calls:
        if c["call_id"] in leave_out:
            continue
        when = c["started_at"].strftime("%Y-%m-%d %H:%M") if c["started_at"] else ""
        calls.addItem(_checkable(f"{c['external_id'] or c['call_id']} · {c['agent']} · {c['call_type'] or ''} · "
                                 f"{when}", c["call_id"]))
    if calls.count():
        calls.setCurrentRow(0)


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
        self.form_version.setObjectName("calibrationForm")
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
        calls_box.addWidget(self.calls)
        lists.addLayout(calls_box, 3)

        people_box = QVBoxLayout()
        people_box.addWidget(QLabel(self.tr("People scoring the calls")))
        self.people = QListWidget()
        self.people.setObjectName("calibrationPeople")
        self.expert = QComboBox()
        self.expert.setObjectName("calibrationExpert")
        self.expert.addItem(self.tr("No expert"), None)
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
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create session"))
        self.create_button.setEnabled(False)  # until the choices are read
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.loaded = False
        self.write = PageWrite(self, changed=lambda: self.create_button.setEnabled(
            self.loaded and not self.write.running))
        read_choices(self, database, self._fill)

    def _fill(self, choices: page_data.SessionChoices) -> None:
        for version in choices.form_versions:
            name = form_name_shown(version.get("form_names"), version["form_name"])
            self.form_version.addItem(self.tr("{0} v{1}").format(name, version["version_no"]), version["id"])
        add_call_items(self.calls, choices, checked_candidates=True)
        for person in choices.people:
            self.people.addItem(_checkable(f"{person.name} ({person.login})", person.id))
            self.expert.addItem(f"{person.name} ({person.login})", person.id)
        self.loaded = True
        self.create_button.setEnabled(True)

    def chosen_calls(self) -> list[int]:
        return _checked(self.calls)

    def chosen_people(self) -> list[int]:
        return _checked(self.people)

    def check_people(self, ids) -> None:
        for i in range(self.people.count()):
            item = self.people.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in ids:
                item.setCheckState(Qt.CheckState.Checked)

    def create(self) -> bool:
        """Create the session from the current choices in the background; accepted once it is stored
        (``session_id``), a refusal said in a message. False when a creation is under way already."""
        date = self.scheduled.date()
        return self.write.start(
            cal.create_session, self.database, title=self.title.text(), form_version_id=self.form_version.currentData(),
            participant_ids=self.chosen_people(), call_ids=self.chosen_calls(), expert_id=self.expert.currentData(),
            scheduled_on=dt.date(date.year(), date.month(), date.day()), done=self._created, failed=self._refused)

    def _created(self, session_id: int) -> None:
        self.session_id = session_id
        super().accept()

    def _refused(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.windowTitle(), describe_error(error))

    def accept(self) -> None:
        if not self.loaded or self.write.running:
            return
        if self.form_version.currentData() is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Publish a scoring form first."))
            return
        self.create()

    def reject(self) -> None:
        if not self.write.running:  # the session is being created: it lands, and the page is told
            super().reject()


class AddCallsDialog(QDialog):
    """Pick more calls (flagged candidates first) for an open session."""

    def __init__(self, database, session_id: int, present: set[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.database, self.session_id, self.present = database, session_id, set(present)
        self.added: list[int] = []
        self.setWindowTitle(self.tr("Add calls to the session"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("When differences persist, score at least 3 more calls of the same nature "
                                        "together.")))
        self.calls = QListWidget()
        self.calls.setObjectName("addCalibrationCalls")
        layout.addWidget(self.calls, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add"))
        self.add_button.setEnabled(False)  # until the calls are read
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.loaded = False
        self.write = PageWrite(self, changed=lambda: self.add_button.setEnabled(
            self.loaded and not self.write.running))
        read_choices(self, database, self._fill)

    def _fill(self, choices: page_data.SessionChoices) -> None:
        add_call_items(self.calls, choices, checked_candidates=False, leave_out=self.present)
        self.loaded = True
        self.add_button.setEnabled(True)

    def chosen_calls(self) -> list[int]:
        return _checked(self.calls)

    def accept(self) -> None:
        """The calls ticked are added in the background; accepted once they are stored."""
        if not self.loaded:
            return
        self.write.start(cal.add_calls, self.database, self.session_id, self.chosen_calls(),
                         done=self._added, failed=lambda error: QMessageBox.warning(
                             self, self.windowTitle(), describe_error(error)))

    def _added(self, added: list[int]) -> None:
        self.added = added
        super().accept()

    def reject(self) -> None:
        if not self.write.running:
            super().reject()
