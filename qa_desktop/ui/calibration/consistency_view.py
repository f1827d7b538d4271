"""Evaluator consistency on screen: calibration deviation by month, self-check comparisons, and
the current user's own self-checks to score blind."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core import evaluations
from qa_desktop.core.calibration import consistency
from qa_desktop.core.calibration import sessions as cal
from qa_desktop.core.errors import QADesktopError
from qa_desktop.ui.calibration.blind_scoring import BlindEntry, BlindScoringWidget
from qa_desktop.ui.calibration.models import band_text, months_model, self_check_model
from qa_desktop.ui.messages import describe_error
from qa_desktop.ui.widgets import read_only_table as table


class ConsistencyView(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.comparison: dict | None = None
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("consistencyTabs")
        layout.addWidget(self.tabs)

        months_tab = QWidget()
        months_layout = QVBoxLayout(months_tab)
        self.months_hint = QLabel()
        self.months_hint.setWordWrap(True)
        self.months = months_model(self)
        self.months_view = table(self.months, "monthsTable")
        months_layout.addWidget(self.months_hint)
        months_layout.addWidget(self.months_view, 1)
        self.tabs.addTab(months_tab, "")

        checks_tab = QWidget()
        checks_layout = QVBoxLayout(checks_tab)
        row = QHBoxLayout()
        self.evaluator_label = QLabel()
        self.evaluator = QComboBox()
        self.evaluator.setObjectName("selfCheckEvaluator")
        self.evaluator.currentIndexChanged.connect(self._load_comparison)
        self.count = QSpinBox()
        self.count.setRange(1, 50)
        self.count.setValue(5)
        self.assign_button = QPushButton()
        self.assign_button.setObjectName("assignSelfChecks")
        self.assign_button.clicked.connect(self.assign)
        row.addWidget(self.evaluator_label)
        row.addWidget(self.evaluator, 1)
        row.addWidget(self.count)
        row.addWidget(self.assign_button)
        checks_layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("selfCheckSummary")
        self.summary.setWordWrap(True)
        checks_layout.addWidget(self.summary)
        self.pairs = self_check_model(self)
        self.pairs_view = table(self.pairs, "selfCheckTable")
        checks_layout.addWidget(self.pairs_view, 1)
        self.tabs.addTab(checks_tab, "")

        self.blind = BlindScoringWidget(ctx)
        self.blind.saveRequested.connect(self.save_self_check)
        self.tabs.addTab(self.blind, "")
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Calibration deviation by month"))
        self.tabs.setTabText(1, self.tr("Self-checks compared"))
        self.tabs.setTabText(2, self.tr("My self-checks"))
        self.months_hint.setText(self.tr(
            "Each evaluator's calibration totals against the expert and the consensus, month by month. "
            "Signed = evaluator minus reference; lenient above +5, harsh below −5 points."))
        self.evaluator_label.setText(self.tr("Evaluator"))
        self.assign_button.setText(self.tr("Assign self-checks (calls at least 30 days old)"))
        self.blind.hint.setText(self.tr("Re-score these calls of yours without looking at your first score; "
                                        "the comparison appears once you submit."))
        self._fill_summary()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        lead = self.ctx.user.is_qa_lead
        try:
            self.months.set_rows(consistency.evaluator_consistency(self.ctx.db)["months"])
        except QADesktopError as error:
            self.months_hint.setText(describe_error(error))
        current = self.evaluator.currentData()
        self.evaluator.blockSignals(True)
        self.evaluator.clear()
        people = cal.active_people(self.ctx.db) if lead else [p for p in cal.active_people(self.ctx.db)
                                                              if p.id == self.ctx.user.id]
        for person in people:
            self.evaluator.addItem(f"{person.name} ({person.login})", person.id)
        self.evaluator.blockSignals(False)
        position = self.evaluator.findData(current if current is not None else self.ctx.user.id)
        self.evaluator.setCurrentIndex(max(0, position))
        self.assign_button.setEnabled(lead)
        self.count.setEnabled(lead)
        self._load_comparison()
        self._load_my_checks()

    def _load_comparison(self) -> None:
        evaluator_id = self.evaluator.currentData()
        self.comparison = None
        if evaluator_id is not None:
            try:
                self.comparison = consistency.self_check_comparison(self.ctx.db, evaluator_id)
            except QADesktopError as error:
                self.summary.setText(describe_error(error))
        self.pairs.set_rows(self.comparison["pairs"] if self.comparison else [])
        self._fill_summary()

    def _fill_summary(self) -> None:
        if not self.comparison:
            return
        s = self.comparison["summary"]
        if not s["n_calls"]:
            self.summary.setText(self.tr("No self-check compared yet ({0} waiting to be scored).").format(s["pending"]))
            return
        icc = s["icc_totals"]
        icc_text = (self.tr("{0:.3f} ({1}, on {2} calls)").format(icc["value"], band_text(icc["band"]), icc["n_units"])
                    if icc["computable"] else self.tr("not computable"))
        self.summary.setText(self.tr(
            "{0} calls re-scored ({1} waiting). Drift of totals (re-score minus original): {2:+.2f} on average, "
            "{3:.2f} absolute. Items answered the same: {4:.0%}. ICC(2,1) of totals: {5}.").format(
            s["n_calls"], s["pending"], s["drift"]["mean_signed"], s["drift"]["mean_absolute"],
            s["share_items_same"] or 0, icc_text))
        self.summary.setToolTip(icc["reading"])

    def assign(self) -> None:
        evaluator_id = self.evaluator.currentData()
        if evaluator_id is None:
            return
        try:
            made = consistency.assign_self_checks(self.ctx.db, evaluator_id, count=self.count.value())
        except QADesktopError as error:
            QMessageBox.warning(self, self.tr("Self-checks"), describe_error(error))
            return
        self.ctx.statusMessage.emit(self.tr("{0} self-checks assigned.").format(len(made)))
        self.ctx.dataChanged.emit("evaluation")

    def _load_my_checks(self, keep_row: bool = False) -> None:
        try:
            pending = consistency.pending_self_checks(self.ctx.db)
        except QADesktopError:
            pending = []
        entries = [BlindEntry(p["call_id"], f"{p['external_id'] or p['call_id']}", p["status"], p["answers"],
                              p["comments"], p["definition"], key=p["evaluation_id"], row_version=p["row_version"])
                   for p in pending]
        self.blind.set_entries(entries, None, keep_row=keep_row)
        self.tabs.setTabEnabled(2, bool(entries))

    def save_self_check(self, submit: bool) -> None:
        entry = self.blind.current()
        if entry is None:
            return
        try:
            if submit:
                evaluations.submit(self.ctx.db, entry.key, self.blind.panel.answers(), self.blind.panel.comments(),
                                   expected_row_version=entry.row_version)
            else:
                evaluations.save_draft(self.ctx.db, entry.key, self.blind.panel.answers(),
                                       self.blind.panel.comments(), expected_row_version=entry.row_version)
        except QADesktopError as error:
            QMessageBox.warning(self, self.tr("Self-checks"), describe_error(error))
            return
        if submit:
            self.ctx.dataChanged.emit("evaluation")
        else:
            self._load_my_checks(keep_row=True)
