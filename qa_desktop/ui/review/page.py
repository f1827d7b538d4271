"""Reviews and disputes: the team lead's review queue, complaint/praise verification, and 申诉.

The rules (who may review, dispute deadlines, decisions, recomputing the score) live in
``qa_desktop.core.workflow.review`` and ``.disputes``; this page lists what they return, collects
the answers, reasons and decisions, and shows their refusals as messages.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.forms_repository import item_titles
from qa_desktop.core.workflow import disputes, review
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.i18n import current_language
from qa_desktop.ui.messages import workflow_error_text as describe_error
from qa_desktop.ui.review import tables
from qa_desktop.ui.role_gate import allowed, gate
from qa_desktop.ui.widgets import read_only_table as table_view

NO_CHANGE = None
ANSWER_COLUMN = 110  # pixels at most for an answer, a result or a choice beside the item's text
DECISION_COLUMN = 200  # pixels at most on the Disputes tab, whose table has the page's width
ITEM_COLUMN = 220  # pixels at least for the item's text


def fit_item_column(table: QTableWidget, widest: int = 0) -> None:
    """Answers, results and choices fit their contents; the item's text takes what is left and wraps,
    so at 1366×768 every column stays on screen instead of behind a horizontal scroll bar."""
    table.resizeColumnsToContents()
    # an answer with a long text, or a choice list with one, sized its column past the screen: capped,
    # the cell elides and its tooltip holds the whole text
    for column in range(1, table.columnCount()):
        if table.columnWidth(column) > (widest or ANSWER_COLUMN):
            table.setColumnWidth(column, widest or ANSWER_COLUMN)
            for row in range(table.rowCount()):
                cell = table.item(row, column)
                if cell is not None and cell.text():
                    cell.setToolTip(cell.text())
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
    if table.viewport().width() - others >= ITEM_COLUMN:
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    else:  # a narrow pane: the item's text stays readable, the dispute columns scroll
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(0, ITEM_COLUMN)


class _ItemColumnOnResize(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            _size_item_column(self.parent())
        return False


class ReviewTab(QWidget):
    """Queue on the left; the evaluation, its items and the confirm / adjust / dispute actions on the right."""

    COL_ITEM, COL_ANSWER, COL_STATUS, COL_NEW, COL_CLAIM, COL_DISPUTE = range(6)

    def __init__(self, page: ReviewPage):
        super().__init__(page)
        self.page = page
        self.detail: dict | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.show_done = QCheckBox()
        self.show_done.toggled.connect(self.refresh)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.show_done)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)
        splitter = QSplitter()
        self.model = tables.review_model(self)
        self.view = table_view(self.model, "reviewQueue")
        self.view.selectionModel().currentRowChanged.connect(lambda current, _p: self.show_row(current.row()))
        self.view.doubleClicked.connect(lambda _i: self.open_call())
        splitter.addWidget(self.view)

        right = QWidget()
        side = QVBoxLayout(right)
        self.heading = QLabel()
        self.heading.setObjectName("reviewHeading")
        self.heading.setWordWrap(True)
        side.addWidget(self.heading)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openCall")
        self.open_button.clicked.connect(self.open_call)
        side.addWidget(self.open_button)
        self.items = QTableWidget(0, 6)
        self.items.setObjectName("reviewItems")
        self.items.verticalHeader().setVisible(False)
        self.items.horizontalHeader().setStretchLastSection(True)
        side.addWidget(self.items, 2)
        self.explanation = QPlainTextEdit()
        self.explanation.setReadOnly(True)
        self.explanation.setObjectName("reviewExplanation")
        side.addWidget(self.explanation, 1)
        self.reason = QLineEdit()
        self.reason.setObjectName("reviewReason")
        side.addWidget(self.reason)
        buttons = QHBoxLayout()
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirmReview")
        self.confirm_button.clicked.connect(self.confirm)
        self.adjust_button = QPushButton()
        self.adjust_button.setObjectName("adjustReview")
        self.adjust_button.clicked.connect(self.adjust)
        self.dispute_button = QPushButton()
        self.dispute_button.setObjectName("recordDispute")
        self.dispute_button.clicked.connect(self.record_dispute)
        for button in (self.confirm_button, self.adjust_button, self.dispute_button):
            buttons.addWidget(button)
        side.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.show_done.setText(self.tr("Show reviewed calls too"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.open_button.setText(self.tr("Listen in the workspace"))
        self.reason.setPlaceholderText(self.tr("Reason (required to adjust; the statement for a dispute)"))
        self.confirm_button.setText(self.tr("Confirm"))
        self.adjust_button.setText(self.tr("Adjust with reason"))
        self.dispute_button.setText(self.tr("Record agent's dispute"))
        self.items.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Answer"), self.tr("Result"),
                                              self.tr("Change to"), self.tr("Agent's claim"), self.tr("Disputed")])
        self._show_heading()
        self._gate()

    def _gate(self) -> None:
        ctx, d = self.page.ctx, self.detail
        gate(self.confirm_button, ctx, "review.act", d is not None)
        gate(self.adjust_button, ctx, "review.act", d is not None and d["evaluation_id"] is not None)
        gate(self.dispute_button, ctx, "dispute.record", d is not None and d["evaluation_id"] is not None)
        self.reason.setReadOnly(not allowed(ctx, "review.act"))

    def refresh(self) -> None:
        try:
            rows = review.review_queue(self.page.ctx.db, include_done=self.show_done.isChecked())
            titles = item_titles(self.page.ctx.db, current_language())
        except Exception as error:  # noqa: BLE001
            self.page.say(describe_error(error))
            rows, titles = [], {}
        rows = [r if isinstance(r, dict) else r.to_dict() for r in rows]
        for row in rows:  # failed items by their text, never their code
            row["failed_item_titles"] = [titles.get(code, code) for code in row["failed_items"]]
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)
        else:
            self.detail = None
            self.items.setRowCount(0)
            self.explanation.clear()
            self._show_heading()
        self._gate()

    def show_row(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            return
        queue_row = self.model.row(row)
        if queue_row["evaluation_id"] is None:
            self.show_unscored(queue_row)
            return
        try:
            self.detail = review.review_detail(self.page.ctx.db, queue_row["evaluation_id"],
                                               current_language())
        except Exception as error:  # noqa: BLE001
            self.page.say(describe_error(error))
            return
        self.items.setRowCount(0)  # the last call's choice lists go with its rows
        self.items.setRowCount(len(self.detail["items"]))
        for n, item in enumerate(self.detail["items"]):
            name = QTableWidgetItem(item["text"] or item["code"])
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.items.setItem(n, self.COL_ITEM, name)
            for column, value in ((self.COL_ANSWER, item["answer_text"]), (self.COL_STATUS, item["status_text"])):
                cell = QTableWidgetItem(value)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.items.setItem(n, column, cell)
            combo = QComboBox()
            combo.addItem("", NO_CHANGE)
            if item["type"] != "checklist":
                for value, said in zip(item["values"], item["value_texts"]):
                    if value != item["answer"]:
                        combo.addItem(said, value)
            self.items.setCellWidget(n, self.COL_NEW, combo)
            self.items.setItem(n, self.COL_CLAIM, QTableWidgetItem(""))
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            self.items.setItem(n, self.COL_DISPUTE, check)
        fit_item_column(self.items)
        lines = list(self.detail["explanation"])
        if self.detail["notes"]:
            lines.append("")
            lines.append(self.tr("Notes:"))
            for note in self.detail["notes"]:
                seconds = note["position_ms"] // 1000
                lines.append(f"  {seconds // 60:02d}:{seconds % 60:02d} {note['author']}: {note['text']}")
        for revision in self.detail["revisions"]:
            lines.append(self.tr("Revision {0}: score was {1} — {2}").format(
                revision["revision_no"], revision["score"], revision["reason"]))
        self.explanation.setPlainText("\n".join(lines))
        self._show_heading()
        self._gate()

    def show_unscored(self, queue_row: dict) -> None:
        """A call flagged for review before it was scored: listen, then close the flag."""
        self.detail = {"evaluation_id": None, "call_id": queue_row["call_id"], "items": [],
                       "external_id": queue_row["external_id"], "agent_code": queue_row["agent_code"],
                       "flag_ids": queue_row["flag_ids"]}
        self.items.setRowCount(0)
        self.explanation.setPlainText("\n".join(
            [self.tr("Flagged by {0} before it was scored:").format(queue_row["evaluator"])]
            + [f"  {reason}" for reason in queue_row["flag_reasons"]]))
        self._show_heading()
        self._gate()

    def _show_heading(self) -> None:
        d = self.detail
        if d and d["evaluation_id"] is None:
            self.heading.setText(self.tr("Call {0} · agent {1} · not scored yet").format(
                d["external_id"] or d["call_id"], d["agent_code"]))
            return
        if not d:
            self.heading.setText(
                self.tr("Nothing to review. Failed, fatal and flagged calls of your teams appear here."))
            return
        self.heading.setText(self.tr("Call {0} · agent {1} {2} · evaluated by {3} · score {4} ({5})").format(
            d["external_id"] or d["call_id"], d["agent_code"], d["agent_name"], d["evaluator"], d["score"],
            d["grade_text"]))

    def changes(self) -> dict:
        changed = {}
        for n, item in enumerate(self.detail["items"] if self.detail else []):
            value = self.items.cellWidget(n, self.COL_NEW).currentData()
            if value is not None:
                changed[item["code"]] = value
        return changed

    def open_call(self) -> None:
        if self.detail:
            self.page.ctx.openCallRequested.emit(self.detail["call_id"])

    def _act(self, action, success: str) -> None:
        if not self.detail:
            return
        try:
            action()
        except Exception as error:  # noqa: BLE001
            self.page.say(describe_error(error))
            return
        self.reason.clear()
        self.page.say(success)
        self.page.ctx.dataChanged.emit("evaluation")
        self.refresh()
        self.page.disputes_tab.refresh()

    def confirm(self) -> None:
        if self.detail and self.detail["evaluation_id"] is None:
            self._act(lambda: review.close_flags(self.page.ctx.db, self.detail["flag_ids"], self.reason.text()),
                      self.tr("Review flag closed."))
            return
        self._act(lambda: review.confirm(self.page.ctx.db, self.detail["evaluation_id"], self.reason.text()),
                  self.tr("Evaluation confirmed."))

    def _needs_result(self) -> bool:
        if self.detail and self.detail["evaluation_id"] is None:
            self.page.say(self.tr("This call has not been scored yet; there is nothing to adjust or dispute."))
            return True
        return False

    def adjust(self) -> None:
        if self._needs_result():
            return
        changes = self.changes()
        if not changes:
            self.page.say(self.tr("Choose the new answer of at least one item under 'Change to'."))
            return
        self._act(lambda: review.adjust(self.page.ctx.db, self.detail["evaluation_id"], changes, self.reason.text(),
                                        expected_row_version=self.detail["row_version"]),
                  self.tr("Evaluation adjusted; the previous version is kept."))

    def record_dispute(self) -> None:
        if self._needs_result():
            return
        claims = []
        for n, item in enumerate(self.detail["items"] if self.detail else []):
            if self.items.item(n, self.COL_DISPUTE).checkState() == Qt.CheckState.Checked:
                claims.append({"item_code": item["code"], "claim": self.items.item(n, self.COL_CLAIM).text(),
                               "claimed_answer": self.items.cellWidget(n, self.COL_NEW).currentData()})
        if not claims:
            self.page.say(self.tr("Tick the items the agent disputes."))
            return
        self._act(lambda: disputes.record_dispute(self.page.ctx.db, self.detail["evaluation_id"], claims,
                                                  self.reason.text()),
                  self.tr("Dispute recorded; the QA lead decides it."))


class VerificationTab(QWidget):
    def __init__(self, page: ReviewPage):
        super().__init__(page)
        self.page = page
        layout = QVBoxLayout(self)
        self.show_done = QCheckBox()
        self.show_done.toggled.connect(self.refresh)
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
        for button in (self.founded_button, self.unfounded_button):
            gate(button, page.ctx, "flag.verify")
        self.retranslate()

    def retranslate(self) -> None:
        self.show_done.setText(self.tr("Show settled ones too"))
        self.note.setPlaceholderText(self.tr("What the recording shows"))
        self.founded_button.setText(self.tr("Founded"))
        self.unfounded_button.setText(self.tr("Not founded"))
        self.open_button.setText(self.tr("Listen in the workspace"))

    def refresh(self) -> None:
        try:
            self.model.set_rows(review.verification_queue(self.page.ctx.db, include_done=self.show_done.isChecked()))
        except Exception as error:  # noqa: BLE001
            self.page.say(describe_error(error))
            self.model.set_rows([])
        if self.model.rowCount():
            self.view.selectRow(0)

    def current(self) -> dict | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def open_call(self) -> None:
        row = self.current()
        if row:
            self.page.ctx.openCallRequested.emit(row["call_id"])

    def verify(self, founded: bool) -> None:
        row = self.current()
        if not row:
            return
        try:
            review.verify(self.page.ctx.db, row["flag_id"], founded, self.note.text(),
                          expected_row_version=row["row_version"])
        except Exception as error:  # noqa: BLE001
            self.page.say(describe_error(error))
            return
        self.note.clear()
        self.page.say(self.tr("Recorded as founded.") if founded else self.tr("Recorded as not founded."))
        self.page.ctx.dataChanged.emit("flag")
        self.refresh()


class DisputesTab(QWidget):
    COL_ITEM, COL_EVALUATED, COL_CLAIM, COL_CLAIMED, COL_DECISION, COL_ANSWER, COL_REASON = range(7)

    def __init__(self, page: ReviewPage):
        super().__init__(page)
        self.page = page
        self.current: dict | None = None
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
        gate(self.decide_button, page.ctx, "dispute.decide", False)
        gate(self.withdraw_button, page.ctx, "dispute.withdraw", False)
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

    def refresh(self) -> None:
        try:
            self.model.set_rows(disputes.list_disputes(self.page.ctx.db, lang=current_language()))
        except Exception as error:  # noqa: BLE001
            self.page.say(describe_error(error))
            self.model.set_rows([])
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self.current = None
            self.items.setRowCount(0)

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
        gate(self.decide_button, self.page.ctx, "dispute.decide", editable)
        gate(self.withdraw_button, self.page.ctx, "dispute.withdraw", editable)

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

    def _act(self, action, success) -> None:
        if not self.current:
            return
        try:
            result = action()
        except Exception as error:  # noqa: BLE001
            self.page.say(describe_error(error))
            return
        self.page.say(success(result))
        self.page.ctx.dataChanged.emit("evaluation")
        self.refresh()
        self.page.review_tab.refresh()

    def decide(self) -> None:
        self._act(lambda: disputes.decide_dispute(self.page.ctx.db, self.current["id"], self.decisions()),
                  lambda r: self.tr("Dispute decided: score {0} → {1}.").format(r["score_before"], r["score_after"]))

    def withdraw(self) -> None:
        self._act(lambda: disputes.withdraw_dispute(self.page.ctx.db, self.current["id"], self.withdraw_reason.text()),
                  lambda _r: self.tr("Dispute withdrawn."))


class ReviewPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        self.tabs = QTabWidget()
        self.review_tab = ReviewTab(self)
        self.verification_tab = VerificationTab(self)
        self.disputes_tab = DisputesTab(self)
        self.tabs.addTab(self.review_tab, "")
        self.tabs.addTab(self.verification_tab, "")
        self.tabs.addTab(self.disputes_tab, "")
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        ctx.databaseChanged.connect(self.activate)
        self.retranslate()
        self.activate()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.ctx.statusMessage.emit(text)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Review queue"))
        self.tabs.setTabText(1, self.tr("Complaints and praise"))
        self.tabs.setTabText(2, self.tr("Disputes"))
        for tab in (self.review_tab, self.verification_tab, self.disputes_tab):
            tab.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def activate(self) -> None:
        self.review_tab.refresh()
        self.verification_tab.refresh()
        self.disputes_tab.refresh()
