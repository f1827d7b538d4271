"""Reviews → Disputes (申诉): the agents' disputes recorded by their team leads, decided by the QA lead."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.workflow import disputes
from qa_desktop.ui.i18n import current_language
from qa_desktop.ui.messages import workflow_error_text as describe_error
from qa_desktop.ui.review import tables
from qa_desktop.ui.review.item_columns import DECISION_COLUMN, fit_item_column, size_list_columns
from qa_desktop.ui.role_gate import allowed, gate
from qa_desktop.ui.tasks import read_for
from qa_desktop.ui.widgets import read_only_table as table_view


class DisputesTab(QWidget):
    COL_ITEM, COL_EVALUATED, COL_CLAIM, COL_CLAIMED, COL_DECISION, COL_ANSWER, COL_REASON = range(7)

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.current: dict | None = None
        self._editable = False  # the dispute shown is open (or overdue): it may be decided or withdrawn
        layout = QVBoxLayout(self)
        self.model = tables.disputes_model(self)
        self.view = table_view(self.model, "disputes")
        self.view.selectionModel().currentRowChanged.connect(lambda c, _p: self.show_row(c.row()))
        layout.addWidget(self.view, 1)
        self.statement = QLabel()
        self.statement.setWordWrap(True)
        layout.addWidget(self.statement)
        self.items = QTableWidget(0, 7)
        self.items.setObjectName("disputeItems")
        self.items.verticalHeader().setVisible(False)
        self.items.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.items, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_call)
        self.decide_button = QPushButton()
        self.decide_button.setObjectName("decideDispute")
        self.decide_button.clicked.connect(self.decide)
        self.withdraw_reason = QLineEdit()
        self.withdraw_reason.setObjectName("withdrawReason")
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("withdrawDispute")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.gate_actions()
        row.addWidget(self.open_button)
        row.addWidget(self.decide_button)
        row.addStretch(1)
        row.addWidget(self.withdraw_reason)
        row.addWidget(self.withdraw_button)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Listen in the workspace"))
        self.decide_button.setText(self.tr("Decide and recompute the score"))
        self.withdraw_reason.setPlaceholderText(self.tr("Why it is withdrawn"))
        self.withdraw_button.setText(self.tr("Withdraw"))
        self.items.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Evaluated"), self.tr("Agent's claim"),
                                              self.tr("Agent's answer"), self.tr("Decision"), self.tr("Set to"),
                                              self.tr("Reason")])

    def refresh(self, keep_row: int = 0) -> None:
        """Read the disputes in the background (a year's took a quarter of a second and more); ``keep_row``:
        the place to select when they are back."""
        self.page.reading_started(self)
        read_for(self, disputes.list_disputes, self.page.ctx.db, lang=current_language(),
                 done=lambda rows: self._show(rows, keep_row), failed=self._failed,
                 ended=lambda: self.page.reading_ended(self))

    def _show(self, rows: list[dict], keep_row: int) -> None:
        self.model.set_rows(rows)
        size_list_columns(self.view)
        if rows:
            row = min(max(keep_row, 0), len(rows) - 1)
            self.model.reveal(row)
            self.view.selectRow(row)
        else:
            self.current = None
            self.items.setRowCount(0)
            self.statement.clear()
            self._editable = False
            self.gate_actions()

    def _failed(self, error: BaseException) -> None:
        self.page.say(describe_error(error))
        self._show([], 0)

    def show_row(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            return
        self.current = dispute = self.model.row(row)
        self.statement.setText(self.tr("Dispute {0} by {1}, deadline {2}: {3}").format(
            dispute["id"], dispute["raised_by"], dispute["deadline"], dispute["statement"] or "–"))
        editable = dispute["status"] in ("open", "overdue")
        deciding = editable and allowed(self.page.ctx, "dispute.decide")
        self.items.setRowCount(0)  # the last dispute's choice lists go with its rows
        self.items.setRowCount(len(dispute["items"]))
        for n, item in enumerate(dispute["items"]):
            values = [item["item_text"] or item["item_code"], item["evaluated_answer_text"],
                      item["claim"], item["claimed_answer_text"]]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.items.setItem(n, column, cell)
            decision = QComboBox()
            for code in ("keep", "accept", "set"):
                decision.addItem(tables.decision_text(code), code)
            if item["decision"] != "pending":
                decision.setCurrentIndex(max(0, decision.findData(item["decision"])))
            decision.setEnabled(deciding)
            self.items.setCellWidget(n, self.COL_DECISION, decision)
            answer = QComboBox()
            answer.addItem("", None)
            for value, said in item["answer_choices"]:
                answer.addItem(said, value)
            if item["decided_answer"] is not None:
                answer.setCurrentIndex(max(0, answer.findData(item["decided_answer"])))
            answer.setEnabled(deciding)
            self.items.setCellWidget(n, self.COL_ANSWER, answer)
            reason = QTableWidgetItem(item["reason"])
            if not deciding:
                reason.setFlags(reason.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.items.setItem(n, self.COL_REASON, reason)
        fit_item_column(self.items, widest=DECISION_COLUMN)  # the full width: a decision reads whole
        self._editable = editable
        self.gate_actions()

    def gate_actions(self) -> None:
        free = not self.page.write.running  # one decision at a time: closed until the last has landed
        gate(self.decide_button, self.page.ctx, "dispute.decide", free and self._editable)
        gate(self.withdraw_button, self.page.ctx, "dispute.withdraw", free and self._editable)

    def decisions(self) -> dict:
        result = {}
        for n, item in enumerate(self.current["items"] if self.current else []):
            entry = {"decision": self.items.cellWidget(n, self.COL_DECISION).currentData(),
                     "reason": self.items.item(n, self.COL_REASON).text()}
            answer = self.items.cellWidget(n, self.COL_ANSWER).currentData()
            if answer is not None:
                entry["answer"] = answer
            result[item["item_code"]] = entry
        return result

    def open_call(self) -> None:
        if self.current:
            self.page.ctx.openCallRequested.emit(self.current["call_id"])

    def _act(self, success, job, *args) -> None:
        """``job(db, *args)`` written in the background; the decisions and reasons typed stay on screen
        until it has landed, and after a refusal."""
        if not self.current:
            return
        reason = self.withdraw_reason.text()
        self.page.write.start(job, self.page.ctx.db, *args, done=lambda result: self._acted(success(result), reason),
                              failed=lambda error: self.page.say(describe_error(error)))

    def _acted(self, said: str, reason: str) -> None:
        if self.withdraw_reason.text() == reason:  # a reason typed for the next dispute meanwhile is left alone
            self.withdraw_reason.clear()
        self.page.say(said)
        self.page.ctx.dataChanged.emit("evaluation")
        self.refresh(keep_row=self.view.currentIndex().row())
        self.page.reload(self.page.review_tab)

    def decide(self) -> None:
        if not self.current:
            return
        self._act(lambda r: self.tr("Dispute decided: score {0} → {1}.").format(r["score_before"], r["score_after"]),
                  disputes.decide_dispute, self.current["id"], self.decisions())

    def withdraw(self) -> None:
        if not self.current:
            return
        self._act(lambda _r: self.tr("Dispute withdrawn."), disputes.withdraw_dispute, self.current["id"],
                  self.withdraw_reason.text())
