"""The session report on screen: agreement statistics with readings, participants, items to reword."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.ui.calibration.models import agreement_model, agreement_rows, items_model, participants_model
from qa_desktop.ui.messages import describe_error
from qa_desktop.ui.widgets import read_only_table as table
from qa_desktop.ui.writes import PageWrite


def _write_workbook(report: dict, path: str):
    """The report's workbook, written in the background: openpyxl is imported here, when a workbook is
    written, not when the page opens (it took 0.15 s), and a share may be slow to take the file."""
    from qa_desktop.core.calibration.report_xlsx import write_report_xlsx

    return write_report_xlsx(report, path)


class ReportView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.report: dict | None = None
        self.write = PageWrite(self, changed=self._gate_export)  # the workbook being written
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportReport")
        self.export_button.clicked.connect(self._export)
        head.addWidget(self.summary, 1)
        head.addWidget(self.export_button)
        layout.addLayout(head)
        self.blocked = QLabel()
        self.blocked.setObjectName("reportBlocked")
        self.blocked.setWordWrap(True)
        self.blocked.setVisible(False)
        self.blocked.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.blocked, 1)

        self.agreement = agreement_model(self)
        self.participants = participants_model(self)
        self.items = items_model(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.agreement_box, self.agreement_view = self._boxed(self.agreement, "agreementTable")
        self.participants_box, self.participants_view = self._boxed(self.participants, "participantsTable")
        self.items_box, self.items_view = self._boxed(self.items, "itemsTable")
        self.rewrite = QLabel()
        self.rewrite.setObjectName("rewriteCandidates")
        self.rewrite.setWordWrap(True)
        self.items_box.layout().addWidget(self.rewrite)
        for stretch, box in zip((4, 2, 3), (self.agreement_box, self.participants_box, self.items_box)):
            self.splitter.addWidget(box)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def _boxed(self, model, name):
        box = QGroupBox()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(4, 4, 4, 4)
        view = table(model, name)
        box_layout.addWidget(view)
        return box, view

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export to Excel…"))
        self.agreement_box.setTitle(self.tr("Agreement (hover a row for the full reading and its source)"))
        self.participants_box.setTitle(self.tr("Participants: deviation of totals from the expert and the consensus"))
        self.items_box.setTitle(self.tr("Items"))
        self._fill_texts()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_blocked(self, message: str) -> None:
        self.report = None
        self.blocked.setText(message)
        self.blocked.setVisible(True)
        self.splitter.setVisible(False)
        self._gate_export()
        self.summary.setText("")

    def set_report(self, report: dict) -> None:
        self.report = report
        self.blocked.setVisible(False)
        self.splitter.setVisible(True)
        self._gate_export()
        self.agreement.set_rows(agreement_rows(report))
        self.participants.set_rows(report["participants"])
        self.items.set_rows(report["item_summary"])
        self._fill_texts()

    def _fill_texts(self) -> None:
        report = self.report
        if report is None:
            return
        s = report["session"]
        self.summary.setText(self.tr("{0}: {1} calls, {2} scorers, {3} submitted evaluations. Signed deviation = "
                                     "participant minus reference; lenient above +5, harsh below −5 points.")
                             .format(s["title"], s["n_calls"], len(report["raters"]), report["n_evaluations"])
                             + (("\n" + self.tr("Meeting notes: {0}").format(s["notes"])) if s.get("notes") else ""))
        if report["rewrite_candidates"]:
            self.rewrite.setText(self.tr("Items to consider rewording (answers differ by more than one point on "
                                         "more than 30% of calls): {0}").format(
                "; ".join(f"{r['code']} ({r['calls_differ_by_more_than_one']}/{r['n_calls']})"
                          for r in report["rewrite_candidates"])))
            self.rewrite.setToolTip("\n".join(f"{r['code']}: {r['text']}" for r in report["rewrite_candidates"]))
        else:
            self.rewrite.setText(self.tr("No item differs by more than one point on more than 30% of calls."))

    def _export(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export calibration report"),
                                              # in the reader's words, as the other save dialogs (校准报告-7.xlsx)
                                              self.tr("calibration-{0}.xlsx").format(self.report["session"]["id"]),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        self.write.start(_write_workbook, self.report, path, done=lambda _path: None,
                         failed=lambda error: QMessageBox.warning(self, self.tr("Export calibration report"),
                                                                  describe_error(error)))

    def _gate_export(self) -> None:
        self.export_button.setEnabled(self.report is not None and not self.write.running)
