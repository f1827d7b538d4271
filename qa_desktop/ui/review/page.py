"""Reviews and disputes: the team lead's review queue, complaint/praise verification, and 申诉.

The rules (who may review, dispute deadlines, decisions, recomputing the score) live in
``qa_desktop.core.workflow.review`` and ``.disputes``; this page lists what they return, collects
the answers, reasons and decisions, and shows their refusals as messages. Every list and the selected
evaluation are read off the GUI thread (``tasks.read_for``); "Loading…" shows while a list is read.
Every decision is written off the GUI thread too (``writes.PageWrite``, one at a time for the page):
"Saving…" shows and the acting buttons of every tab stay closed until it has landed; a refusal leaves
what was typed and chosen on screen.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
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

from qa_desktop.core.errors import ConflictError
from qa_desktop.core.forms_repository import item_titles
from qa_desktop.core.workflow import disputes, review
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.i18n import current_language
from qa_desktop.ui.messages import workflow_error_text as describe_error
from qa_desktop.ui.review import tables
from qa_desktop.ui.review.disputes_tab import DisputesTab
from qa_desktop.ui.review.item_columns import REVIEW_ANSWER_COLUMN, fit_item_column, size_list_columns
from qa_desktop.ui.review.verification_tab import VerificationTab
from qa_desktop.ui.role_gate import allowed, gate
from qa_desktop.ui.rows_model import BAD
from qa_desktop.ui.tasks import read_for, reading
from qa_desktop.ui.widgets import read_only_table as table_view
from qa_desktop.ui.writes import PageWrite

NO_CHANGE = None
# given up, in this order, while the queue's columns do not fit beside the detail pane (which shows them)
OPTIONAL_COLUMNS = (tables.REVIEW_NOTES, tables.REVIEW_EVALUATOR, tables.REVIEW_FAILED_ITEMS, tables.REVIEW_TEAM,
                    tables.REVIEW_STARTED)


def _read_review_queue(database, include_done: bool, lang: str) -> list[dict]:
    """The queue with each failed item by its text, never its code (in the background)."""
    titles = item_titles(database, lang)
    rows = [r.to_dict() for r in review.review_queue(database, include_done=include_done)]
    for row in rows:
        row["failed_item_titles"] = [titles.get(code, code) for code in row["failed_items"]]
    return rows


class ReviewTab(QWidget):
    """Queue on the left; the evaluation, its items and the confirm / adjust / dispute actions on the right."""

    # Four columns beside the queue at 1366×768 (six scrolled sideways there): the result is said under the
    # answer, and the agent's claim is a check box (ticked: disputed) with the claim's words beside it.
    COL_ITEM, COL_ANSWER, COL_NEW, COL_CLAIM = range(4)

    def __init__(self, page: ReviewPage):
        super().__init__(page)
        self.page = page
        self.detail: dict | None = None
        self._loading_row: dict | None = None  # the queue row whose evaluation is being read
        self._keep_choices: tuple[int, dict] | None = None  # put back on this evaluation once read again
        self._widths: dict[int, int] = {}  # the queue's columns as measured when its rows came
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.show_done = QCheckBox()
        self.show_done.setObjectName("showReviewed")
        self.show_done.toggled.connect(lambda _on: self.refresh())
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshReviews")
        self.refresh_button.clicked.connect(lambda: self.refresh(keep_row=self.view.currentIndex().row()))
        bar.addWidget(self.show_done)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)
        splitter = QSplitter()
        self.model = tables.review_model(self)
        self.view = table_view(self.model, "reviewQueue")
        self.view.selectionModel().currentRowChanged.connect(lambda current, _p: self.show_row(current.row()))
        self.view.doubleClicked.connect(lambda _i: self.open_call())
        self.view.viewport().installEventFilter(self)  # its width known: the columns that fit are shown
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
        self.items = QTableWidget(0, 4)
        self.items.setObjectName("reviewItems")
        self.items.verticalHeader().setVisible(False)  # the item's text stretches, not the claim
        self.items.itemChanged.connect(self._claim_typed)
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
        self.items.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Answer"), self.tr("Change to"),
                                              self.tr("Agent's claim")])
        self.items.horizontalHeaderItem(self.COL_ANSWER).setToolTip(self.tr("The answer given, and the item's "
                                                                            "result under it"))
        self.items.horizontalHeaderItem(self.COL_CLAIM).setToolTip(self.tr(
            "Tick the items the agent disputes (Space), and type what the agent says (F2)"))
        self._show_heading()
        self._gate()

    def _gate(self) -> None:
        ctx, d = self.page.ctx, self.detail
        free = not self.page.write.running  # one decision at a time: closed until the last has landed
        gate(self.confirm_button, ctx, "review.act", free and d is not None)
        gate(self.adjust_button, ctx, "review.act", free and d is not None and d["evaluation_id"] is not None)
        gate(self.dispute_button, ctx, "dispute.record", free and d is not None and d["evaluation_id"] is not None)
        self.reason.setReadOnly(not allowed(ctx, "review.act"))

    def gate_actions(self) -> None:
        self._gate()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return False

    def fit_columns(self) -> None:
        """Give up the columns the detail pane shows too (notes, evaluator, failed items, then the team,
        the start) while the queue's columns do not fit its pane: at 1366×768 the outcome stood behind a
        horizontal scroll bar beside the detail pane. Widths as measured when the rows came."""
        view, header = self.view, self.view.horizontalHeader()
        widths = dict(self._widths)
        if not widths:
            return
        last = max(widths)
        widths[last] = max(widths[last], header.defaultSectionSize())  # the stretched last one is not narrower
        hidden = set()
        for column in OPTIONAL_COLUMNS:
            if sum(w for c, w in widths.items() if c not in hidden) <= view.viewport().width():
                break
            hidden.add(column)
        for column in widths:
            view.setColumnHidden(column, column in hidden)

    def refresh(self, keep_row: int = 0) -> None:
        """Read the queue in the background (a year's took seconds on the GUI thread); ``keep_row``: the
        place to select when it is back (after a confirm, the next call)."""
        self.page.reading_started(self)
        read_for(self, _read_review_queue, self.page.ctx.db, self.show_done.isChecked(), current_language(),
                 done=lambda rows: self._show_rows(rows, keep_row), failed=self._failed,
                 ended=lambda: self.page.reading_ended(self))

    def _failed(self, error: BaseException) -> None:
        self.page.say(describe_error(error))
        self._show_rows([], 0)

    def _show_rows(self, rows: list[dict], keep_row: int) -> None:
        self.model.set_rows(rows)
        self._widths = size_list_columns(self.view)
        self.fit_columns()
        if rows:
            row = min(max(keep_row, 0), len(rows) - 1)
            self.model.reveal(row)
            self.view.selectRow(row)
        else:
            self.detail = None
            self.items.setRowCount(0)
            self.explanation.clear()
            self._show_heading()
        self._gate()

    def show_row(self, row: int) -> None:
        """The selected call's evaluation, read in the background; the actions wait for it."""
        if row < 0 or row >= self.model.rowCount():
            return
        queue_row = self.model.row(row)
        if queue_row["evaluation_id"] is None:
            self.show_unscored(queue_row)
            return
        self.detail, self._loading_row = None, queue_row
        self._show_heading()
        self._gate()
        read_for(self, review.review_detail, self.page.ctx.db, queue_row["evaluation_id"], current_language(),
                 done=self._show_detail, failed=self._detail_failed, key="detail")

    def _detail_failed(self, error: BaseException) -> None:
        self._loading_row = None
        self._show_heading()
        self.page.say(describe_error(error))

    def _show_detail(self, detail: dict) -> None:
        self.detail, self._loading_row = detail, None
        self.items.setRowCount(0)  # the last call's choice lists go with its rows
        self.items.setRowCount(len(self.detail["items"]))
        for n, item in enumerate(self.detail["items"]):
            name = QTableWidgetItem(item["text"] or item["code"])
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.items.setItem(n, self.COL_ITEM, name)
            answer = QTableWidgetItem("\n".join(t for t in (item["answer_text"], item["status_text"]) if t))
            answer.setFlags(answer.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if item["status"] == "fail":
                answer.setBackground(QBrush(QColor(BAD)))
            self.items.setItem(n, self.COL_ANSWER, answer)
            combo = QComboBox()
            combo.addItem("", NO_CHANGE)
            if item["type"] != "checklist":
                for value, said in zip(item["values"], item["value_texts"]):
                    if value != item["answer"]:
                        combo.addItem(said, value)
            self.items.setCellWidget(n, self.COL_NEW, combo)
            claim = QTableWidgetItem("")
            claim.setFlags(claim.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            claim.setCheckState(Qt.CheckState.Unchecked)
            self.items.setItem(n, self.COL_CLAIM, claim)
        # beside the queue: answers and choices narrow (they wrap), the claim's header in words
        fit_item_column(self.items, widest=REVIEW_ANSWER_COLUMN, item_at_least=150, whole=(self.COL_CLAIM,))
        kept, self._keep_choices = self._keep_choices, None
        if kept is not None and kept[0] == detail["evaluation_id"]:
            self._put_choices(kept[1])
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
        self._loading_row = None
        self.page.forget_read(self, "detail")  # a detail still being read is no longer wanted
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
        d, loading = self.detail, self._loading_row
        if loading is not None:
            self.heading.setText(self.tr("Call {0} · agent {1} · loading…").format(
                loading["external_id"] or loading["call_id"], loading["agent_code"]))
            return
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

    def _claim_typed(self, cell: QTableWidgetItem) -> None:
        """A claim typed for an item disputes it: its box is ticked (un-ticking it stays possible)."""
        if cell.column() == self.COL_CLAIM and cell.text().strip() and cell.checkState() == Qt.CheckState.Unchecked \
                and not self.items.signalsBlocked():
            cell.setCheckState(Qt.CheckState.Checked)

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

    def _choices(self) -> dict:
        """What the person chose and typed in the items table, by item: (change to, claim, disputed)."""
        return {item["code"]: (self.items.cellWidget(n, self.COL_NEW).currentData(),
                               self.items.item(n, self.COL_CLAIM).text(),
                               self.items.item(n, self.COL_CLAIM).checkState())
                for n, item in enumerate(self.detail["items"] if self.detail else [])}

    def _put_choices(self, choices: dict) -> None:
        for n, item in enumerate(self.detail["items"] if self.detail else []):
            if item["code"] not in choices:
                continue
            value, claim, disputed = choices[item["code"]]
            combo = self.items.cellWidget(n, self.COL_NEW)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            self.items.item(n, self.COL_CLAIM).setText(claim)
            self.items.item(n, self.COL_CLAIM).setCheckState(disputed)

    def _act(self, success: str, job, *args, **kwargs) -> None:
        """``job(db, *args)`` written in the background; the reason and the choices stay until it has landed."""
        if not self.detail:
            return
        reason, evaluation_id, choices = self.reason.text(), self.detail["evaluation_id"], self._choices()
        self.page.write.start(job, self.page.ctx.db, *args, **kwargs,
                              done=lambda _result: self._acted(success, reason),
                              failed=lambda error: self._refused(error, evaluation_id, choices))

    def _acted(self, success: str, reason: str) -> None:
        if self.reason.text() == reason:  # a reason typed for the next call meanwhile is left alone
            self.reason.clear()
        self.page.say(success)
        self.page.ctx.dataChanged.emit("evaluation")
        self.refresh(keep_row=self.view.currentIndex().row())  # the next call takes the reviewed one's place
        self.page.reload(self.page.disputes_tab)

    def _refused(self, error: BaseException, evaluation_id: int | None, choices: dict) -> None:
        self.page.say(describe_error(error))
        if isinstance(error, ConflictError) and evaluation_id is not None:
            # changed by someone else meanwhile: read as it is now, with this person's choices put back
            self._keep_choices = (evaluation_id, choices)
            self.refresh(keep_row=self.view.currentIndex().row())

    def confirm(self) -> None:
        if self.detail and self.detail["evaluation_id"] is None:
            self._act(self.tr("Review flag closed."), review.close_flags, self.detail["flag_ids"], self.reason.text())
            return
        if self.detail:
            self._act(self.tr("Evaluation confirmed."), review.confirm, self.detail["evaluation_id"],
                      self.reason.text())

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
        self._act(self.tr("Evaluation adjusted; the previous version is kept."), review.adjust,
                  self.detail["evaluation_id"], changes, self.reason.text(),
                  expected_row_version=self.detail["row_version"])

    def record_dispute(self) -> None:
        if self._needs_result():
            return
        claims = []
        for n, item in enumerate(self.detail["items"] if self.detail else []):
            if self.items.item(n, self.COL_CLAIM).checkState() == Qt.CheckState.Checked:
                claims.append({"item_code": item["code"], "claim": self.items.item(n, self.COL_CLAIM).text(),
                               "claimed_answer": self.items.cellWidget(n, self.COL_NEW).currentData()})
        if not claims:
            self.page.say(self.tr("Tick the items the agent disputes."))
            return
        self._act(self.tr("Dispute recorded; the QA lead decides it."), disputes.record_dispute,
                  self.detail["evaluation_id"], claims, self.reason.text())


class ReviewPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._reads: set[int] = set()  # the tabs whose list is being read
        self.write = PageWrite(self, changed=self._write_changed)  # the decision being written
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        self.tabs = QTabWidget()
        self.loading = QLabel()
        self.loading.setObjectName("reviewLoading")
        self.loading.setVisible(False)
        self.tabs.setCornerWidget(self.loading, Qt.Corner.TopRightCorner)
        self.review_tab = ReviewTab(self)
        self.verification_tab = VerificationTab(self)
        self.disputes_tab = DisputesTab(self)
        self.tabs.addTab(self.review_tab, "")
        self.tabs.addTab(self.verification_tab, "")
        self.tabs.addTab(self.disputes_tab, "")
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self._stale: set[QWidget] = set()  # tabs whose list is read when they are shown
        self.tabs.currentChanged.connect(lambda _index: self._read_shown_tab())
        ctx.databaseChanged.connect(self.activate)
        self.retranslate()
        self.activate()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.ctx.statusMessage.emit(text)

    # -- reads in the background ----------------------------------------------------------------
    def reading_started(self, tab: QWidget) -> None:
        self._reads.add(id(tab))
        self._show_busy()

    def reading_ended(self, tab: QWidget) -> None:
        self._reads.discard(id(tab))
        self._show_busy()

    def _write_changed(self) -> None:
        self._show_busy()
        for tab in (self.review_tab, self.verification_tab, self.disputes_tab):
            tab.gate_actions()

    def _show_busy(self) -> None:
        self.loading.setText((self.tr("Saving…") if self.write.running else self.tr("Loading…")) + " ")
        self.loading.setVisible(self.write.running or bool(self._reads))

    def is_loading(self) -> bool:
        """A decision is being written, or a list or the selected evaluation read (tests wait for this
        to end: a write that has landed starts the reads that show it)."""
        return self.write.running or bool(self._reads) or reading(self.review_tab, "detail")

    @staticmethod
    def forget_read(owner: QWidget, key: str) -> None:
        getattr(owner, "_newest_reads", {}).pop(key, None)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Review queue"))
        self.tabs.setTabText(1, self.tr("Complaints and praise"))
        self.tabs.setTabText(2, self.tr("Disputes"))
        self._show_busy()
        for tab in (self.review_tab, self.verification_tab, self.disputes_tab):
            tab.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def activate(self) -> None:
        """Read the tab in sight; the others when they are shown (three lists read at once, a year's
        disputes among them, kept the window waiting on the interpreter while it opened)."""
        self._stale = {self.review_tab, self.verification_tab, self.disputes_tab}
        self._read_shown_tab()

    def reload(self, tab: QWidget) -> None:
        """``tab``'s list changed: read now if it is in sight, else when it is shown."""
        self._stale.add(tab)
        self._read_shown_tab()

    def _read_shown_tab(self) -> None:
        tab = self.tabs.currentWidget()
        if tab in self._stale:
            self._stale.discard(tab)
            tab.refresh(keep_row=tab.view.currentIndex().row())
