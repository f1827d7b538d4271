"""Reviews → Complaints and praise: verifying a customer's complaint or praise (鉴定投诉/表扬) as founded or not."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from qa_desktop.core.errors import ConflictError
from qa_desktop.core.workflow import review
from qa_desktop.ui.messages import workflow_error_text as describe_error
from qa_desktop.ui.review import tables
from qa_desktop.ui.review.item_columns import size_list_columns
from qa_desktop.ui.role_gate import gate
from qa_desktop.ui.tasks import read_for
from qa_desktop.ui.widgets import read_only_table as table_view


class VerificationTab(QWidget):
    def __init__(self, page):
        super().__init__(page)
        self.page = page
        layout = QVBoxLayout(self)
        self.show_done = QCheckBox()
        self.show_done.setObjectName("showSettled")
        self.show_done.toggled.connect(lambda _on: self.refresh())
        layout.addWidget(self.show_done)
        self.model = tables.verification_model(self)
        self.view = table_view(self.model, "verificationQueue")
        self.view.doubleClicked.connect(lambda i: page.ctx.openCallRequested.emit(self.model.row(i.row())["call_id"]))
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setObjectName("verificationNote")
        self.founded_button = QPushButton()
        self.founded_button.setObjectName("founded")
        self.founded_button.clicked.connect(lambda: self.verify(True))
        self.unfounded_button = QPushButton()
        self.unfounded_button.setObjectName("unfounded")
        self.unfounded_button.clicked.connect(lambda: self.verify(False))
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_call)
        row.addWidget(self.note, 1)
        for button in (self.open_button, self.founded_button, self.unfounded_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.gate_actions()
        self.retranslate()

    def gate_actions(self) -> None:
        for button in (self.founded_button, self.unfounded_button):
            gate(button, self.page.ctx, "flag.verify", not self.page.write.running)

    def retranslate(self) -> None:
        self.show_done.setText(self.tr("Show settled ones too"))
        self.note.setPlaceholderText(self.tr("What the recording shows"))
        self.founded_button.setText(self.tr("Founded"))
        self.unfounded_button.setText(self.tr("Not founded"))
        self.open_button.setText(self.tr("Listen in the workspace"))

    def refresh(self, keep_row: int = 0) -> None:
        """Read the list in the background; ``keep_row``: the place to select when it is back (after a
        verdict, the next one)."""
        self.page.reading_started(self)
        read_for(self, review.verification_queue, self.page.ctx.db, include_done=self.show_done.isChecked(),
                 done=lambda rows: self._show(rows, keep_row), failed=self._failed,
                 ended=lambda: self.page.reading_ended(self))

    def _show(self, rows: list, keep_row: int) -> None:
        self.model.set_rows(rows)
        size_list_columns(self.view)
        if rows:
            self.model.reveal(min(max(keep_row, 0), len(rows) - 1))
            self.view.selectRow(min(max(keep_row, 0), len(rows) - 1))

    def _failed(self, error: BaseException) -> None:
        self.page.say(describe_error(error))
        self.model.set_rows([])

    def current(self) -> dict | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def open_call(self) -> None:
        row = self.current()
        if row:
            self.page.ctx.openCallRequested.emit(row["call_id"])

    def verify(self, founded: bool) -> None:
        """The verdict written in the background; the note stays until it has landed."""
        row = self.current()
        if not row:
            return
        note = self.note.text()
        self.page.write.start(review.verify, self.page.ctx.db, row["flag_id"], founded, note,
                              expected_row_version=row["row_version"],
                              done=lambda _result: self._verified(founded, note), failed=self._refused)

    def _verified(self, founded: bool, note: str) -> None:
        if self.note.text() == note:  # a note typed for the next one meanwhile is left alone
            self.note.clear()
        self.page.say(self.tr("Recorded as founded.") if founded else self.tr("Recorded as not founded."))
        self.page.ctx.dataChanged.emit("flag")
        self.refresh(keep_row=self.view.currentIndex().row())

    def _refused(self, error: BaseException) -> None:
        self.page.say(describe_error(error))
        if isinstance(error, ConflictError):  # settled by someone else meanwhile: show it as it is now
            self.refresh(keep_row=self.view.currentIndex().row())
