"""Evaluator consistency on screen: calibration deviation by month, self-check comparisons, and
the current user's own self-checks to score blind. Reads and writes (assigning self-checks, saving
and submitting one) run off the GUI thread; the acting buttons stay closed while a write runs."""
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
from shiboken6 import isValid

from qa_desktop.core import evaluations
from qa_desktop.core.calibration import page_data
from qa_desktop.core.errors import QADesktopError
from qa_desktop.ui.calibration.blind_scoring import BlindEntry, BlindScoringWidget
from qa_desktop.ui.calibration.models import band_text, months_model, self_check_model
from qa_desktop.ui.messages import describe_error
from qa_desktop.ui.tasks import run_in_background
from qa_desktop.ui.widgets import read_only_table as table
from qa_desktop.ui.writes import PageWrite


class ConsistencyView(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.comparison: dict | None = None
        self._task = None  # the read under way; a newer one replaces it
        self._comparison_task = None
        self._stale = True  # nothing read yet
        self._months_error: QADesktopError | None = None
        self._may_assign = False
        self.write = PageWrite(self, changed=self._gate)  # self-checks being assigned, or one saved
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
        self._fill_months_hint()
        self.evaluator_label.setText(self.tr("Evaluator"))
        self.assign_button.setText(self.tr("Assign self-checks (calls at least 30 days old)"))
        self.blind.hint.setText(self.tr("Re-score these calls of yours without looking at your first score; "
                                        "the comparison appears once you submit."))
        self._fill_summary()

    def _fill_months_hint(self) -> None:
        if self._months_error is not None:
            self.months_hint.setText(describe_error(self._months_error))
            return
        self.months_hint.setText(self.tr(
            "Each evaluator's calibration totals against the expert and the consensus, month by month. "
            "Signed = evaluator minus reference; lenient above +5, harsh below −5 points."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Reads run off the GUI thread; the newest wins and one ending after the page closed is dropped.
    def refresh(self, keep_row: bool = False) -> None:
        """Read the whole tab again: deviations by month, the people, a comparison, one's own self-checks.
        Hidden (another tab of the page is in view), it is read when it is next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        task = run_in_background(self, page_data.consistency_page, self.ctx.db, self.evaluator.currentData(),
                                 pass_progress=False, lang=self.ctx.language)  # statistics read in the UI's language
        self._task = task
        task.succeeded.connect(lambda data: self._show(data, keep_row) if self._current(task) else None)
        task.failed.connect(lambda error: self.months_hint.setText(describe_error(error))
                            if self._current(task) else None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def reading(self) -> bool:
        """Whether a read or a write of this tab is still under way (tests wait for it to end)."""
        return self._task is not None or self._comparison_task is not None or self.write.running

    def _gate(self) -> None:
        free = not self.write.running
        self.assign_button.setEnabled(self._may_assign and free)
        self.count.setEnabled(self._may_assign)
        self.blind.hold_saving(not free)

    def _current(self, task, attribute: str = "_task") -> bool:
        if not isValid(self) or task is not getattr(self, attribute):
            return False
        setattr(self, attribute, None)
        return True

    def _show(self, data: page_data.ConsistencyData, keep_row: bool) -> None:
        self.months.set_rows(data.months)
        self._months_error = data.months_error
        self._fill_months_hint()
        self.evaluator.blockSignals(True)
        self.evaluator.clear()
        for person in data.people:
            self.evaluator.addItem(f"{person.name} ({person.login})", person.id)
        self.evaluator.setCurrentIndex(max(0, self.evaluator.findData(data.evaluator_id)))
        self.evaluator.blockSignals(False)
        self._may_assign = data.may_assign
        self._gate()
        self._show_comparison(data.comparison, data.comparison_error)
        self._show_my_checks(data.my_checks, keep_row)

    def _load_comparison(self) -> None:
        task = run_in_background(self, page_data.self_check_comparison_or_error, self.ctx.db,
                                 self.evaluator.currentData(), pass_progress=False, lang=self.ctx.language)
        self._comparison_task = task
        task.succeeded.connect(lambda found: self._show_comparison(*found)
                               if self._current(task, "_comparison_task") else None)
        task.failed.connect(lambda error: self._show_comparison(None, error)
                            if self._current(task, "_comparison_task") else None)

    def _show_comparison(self, comparison: dict | None, error: QADesktopError | None) -> None:
        self.comparison = comparison
        if error is not None:
            self.summary.setText(describe_error(error))
        self.pairs.set_rows(comparison["pairs"] if comparison else [])
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
        from qa_desktop.core.calibration import consistency

        self.write.start(consistency.assign_self_checks, self.ctx.db, evaluator_id, count=self.count.value(),
                         done=self._assigned, failed=lambda error: self._refused(error))

    def _assigned(self, made: list) -> None:
        self.ctx.statusMessage.emit(self.tr("{0} self-checks assigned.").format(len(made)))
        self.ctx.dataChanged.emit("evaluation")

    def _refused(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Self-checks"), describe_error(error))

    def _show_my_checks(self, pending: list[dict], keep_row: bool = False) -> None:
        entries = [BlindEntry(p["call_id"], f"{p['external_id'] or p['call_id']}", p["status"], p["answers"],
                              p["comments"], p["definition"], key=p["evaluation_id"], row_version=p["row_version"],
                              form_version_id=p["form_version_id"])
                   for p in pending]
        self.blind.set_entries(entries, None, keep_row=keep_row)
        self.tabs.setTabEnabled(2, bool(entries))

    def save_self_check(self, submit: bool) -> None:
        """Save or submit the self-check on screen in the background; the answers stay in the panel."""
        entry = self.blind.current()
        if entry is None:
            return
        answers, comments = self.blind.panel.answers(), self.blind.panel.comments()
        save = evaluations.submit if submit else evaluations.save_draft
        self.write.start(save, self.ctx.db, entry.key, answers, comments, expected_row_version=entry.row_version,
                         done=lambda _result: self._self_check_saved(submit), failed=self._refused)

    def _self_check_saved(self, submit: bool) -> None:
        if submit:
            self.ctx.dataChanged.emit("evaluation")
        else:
            self.refresh(keep_row=True)
