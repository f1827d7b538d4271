"""Closing a calibration session: what closing means, and the meeting notes (what was agreed).

Qt's multi-line input dialog could not be confirmed from the keyboard (Enter writes a new line,
Ctrl+Enter did nothing); here Ctrl+Enter closes the session, as it submits a score elsewhere.
The session is closed from here, off the GUI thread (a shared database may keep the write waiting):
the dialog stays open with the notes until the write has landed, and after a refusal.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from qa_desktop.core.calibration import sessions as cal
from qa_desktop.ui.messages import describe_error
from qa_desktop.ui.writes import PageWrite


class CloseSessionDialog(QDialog):
    """Accepted once ``session_id`` is closed in ``database`` with the notes typed."""

    def __init__(self, database, session_id: int, missing: int, notes: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.database, self.session_id = database, session_id
        self.write = PageWrite(self, changed=self._show_writing)
        self.setWindowTitle(self.tr("Close session"))
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        question = self.tr("Close this calibration session? Everyone will see all answers, and nothing in it can "
                           "change afterwards.")
        if missing:
            question += "\n\n" + self.tr("{0} scores have not been submitted; they stay out of the report.").format(
                missing)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        label = QLabel(self.tr("Meeting notes (what was agreed):"))
        layout.addWidget(label)
        self.notes = QPlainTextEdit(notes)
        self.notes.setObjectName("meetingNotes")
        label.setBuddy(self.notes)
        layout.addWidget(self.notes, 1)
        hint = QLabel(self.tr("Enter starts a new line; Ctrl+Enter closes the session."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.close_button.setText(self.tr("Close session"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.notes.installEventFilter(self)
        self.notes.setFocus()
        cursor = self.notes.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.notes.setTextCursor(cursor)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.KeyPress and _ctrl_enter(event):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        if _ctrl_enter(event):
            self.accept()
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        return self.notes.toPlainText()

    def accept(self) -> None:
        self.write.start(cal.close_session, self.database, self.session_id, notes=self.text(),
                         done=lambda _result: super(CloseSessionDialog, self).accept(), failed=self._refused)

    def reject(self) -> None:
        if not self.write.running:  # the close is under way: it lands, and the page is told
            super().reject()

    def _refused(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Close session"), describe_error(error))

    def _show_writing(self) -> None:
        self.close_button.setEnabled(not self.write.running)
        self.notes.setReadOnly(self.write.running)


def _ctrl_enter(event) -> bool:
    return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
