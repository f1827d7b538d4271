"""Evaluators' monthly targets (seed 001: ~700 scored, ~300 topic listens): the QA lead sets the default and
each evaluator's own; everyone sees the month's progress. The rules are ``core.workflow.targets``'s."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from qa_desktop.core.workflow import targets
from qa_desktop.core.workflow.permissions import may
from qa_desktop.ui.messages import describe_error


class TargetsDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("targetsDialog")
        self.setWindowTitle(self.tr("Evaluators' monthly targets"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("targetsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Evaluator"), self.tr("Scored a month"),
                                              self.tr("Topic calls a month"), self.tr("Scored so far"),
                                              self.tr("Topic calls so far")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.may_set = may(ctx.user.role, "targets.set")
        self.save_button.setEnabled(self.may_set)
        layout.addWidget(QLabel(self.tr("The call-centre standard: about 700 scored calls and 300 topic calls "
                                        "a month each.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.logins: list[str] = []
        self.load()

    def load(self) -> None:
        people = targets.evaluators_progress(self.ctx.db)
        self.logins = [p["login"] for p in people]
        self.table.setRowCount(len(people))
        for row, progress in enumerate(people):
            self.table.setItem(row, 0, QTableWidgetItem(f"{progress['name']} ({progress['login']})"))
            for column, value in ((1, progress["target_scored"]), (2, progress["target_topic_listens"])):
                box = QSpinBox()
                box.setRange(0, targets.MAX_TARGET)
                box.setValue(value)
                box.setEnabled(self.may_set)
                self.table.setCellWidget(row, column, box)
            self.table.setItem(row, 3, QTableWidgetItem(str(progress["scored"])))
            self.table.setItem(row, 4, QTableWidgetItem(str(progress["topic_listens"])))
        self.table.resizeColumnsToContents()

    def save(self) -> None:
        try:
            for row, login in enumerate(self.logins):
                targets.set_target(self.ctx.db, login, scored=self.table.cellWidget(row, 1).value(),
                                   topic_listens=self.table.cellWidget(row, 2).value())
        except Exception as error:  # noqa: BLE001 - shown in the user's language
            self.message.setText(describe_error(error))
            return
        self.message.setText(self.tr("Targets saved."))
        self.ctx.dataChanged.emit("evaluation")
