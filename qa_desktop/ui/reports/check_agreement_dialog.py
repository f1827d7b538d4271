"""Reports → "Automatic checks…": per item, how often evaluators agreed with the automatic checks.

The least trusted checks come first, so a QA lead sees which checks to fix or to stop relying on.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from qa_desktop.core.reports.check_agreement import AgreementRow


class CheckAgreementDialog(QDialog):
    def __init__(self, rows: list[AgreementRow], period_text: str, parent=None):
        super().__init__(parent)
        self.setObjectName("checkAgreementDialog")
        self.setWindowTitle(self.tr("Automatic checks: agreement"))
        self.resize(960, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("%1: how often the evaluators' answers agreed with each item's automatic "
                               "suggestion, least trusted first.").replace("%1", period_text))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(rows), 7)
        self.table.setObjectName("checkAgreementTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Form"), self.tr("Item"), self.tr("Suggestions"), self.tr("Agreed"), self.tr("Missed"),
            self.tr("False alarms"), self.tr("Agreement")])
        for column, tip in ((3, self.tr("The evaluator's answer was the suggested one")),
                            (4, self.tr("Check said yes, evaluator no")), (5, self.tr("Check said no, evaluator yes"))):
            self.table.horizontalHeaderItem(column).setToolTip(tip)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for number, row in enumerate(rows):
            rate = "" if row.rate is None else f"{row.rate:.0%}"
            for column, value in enumerate((row.form, row.item_text, str(row.suggested), str(row.agreed),
                                            str(row.missed), str(row.false_alarms), rate)):
                self.table.setItem(number, column, QTableWidgetItem(value))
        self.table.setColumnHidden(0, len({row.form for row in rows}) <= 1)  # one form: its name says nothing
        layout.addWidget(self.table, 1)
        if not rows:
            layout.addWidget(QLabel(self.tr("No evaluation in this period had automatic suggestions.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
