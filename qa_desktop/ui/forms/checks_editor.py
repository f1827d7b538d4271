"""The designer's editor of an item's automatic checks: one row per check.

A row is a kind (phrase said, prohibited words, an audio fact), who says it, when, the seconds
that bound "when", the phrases (separated by 、 ; or new lines) or the audio fact, its limit, and
whether a failure is a screening risk. Each row is read by the core's own check parser, so what
the designer accepts is exactly what the form accepts; a row it refuses is named, not saved.
"""
from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.scoring.checks import AUDIO_FACTS, PLACES, SPEAKERS, Check, parse_check
from qa_desktop.core.scoring.errors import FormInvalid

KIND, BY, AT, WITHIN, WAIT, WHAT, LIMIT, RISK = range(8)
_SPLIT = re.compile(r"[、;；\n]+")


def _spin(low: float, high: float, decimals: int = 0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setKeyboardTracking(False)
    return spin


class ChecksEditor(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("checksEditor")
        self._loading = False
        self._similarity: list[int] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("checksTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.setObjectName("addCheck")
        self.add_button.clicked.connect(self.add_check)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_check)
        self.problem = QLabel()
        self.problem.setObjectName("checkProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#b2182b;")
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.problem, 1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Check"), self.tr("Who"), self.tr("When"), self.tr("Within s"), self.tr("Wait over s"),
            self.tr("Phrases (、 between) or fact"), self.tr("Limit"), self.tr("Risk")])
        self.add_button.setText(self.tr("Add check"))
        self.remove_button.setText(self.tr("Remove check"))

    def _texts(self) -> dict:
        return {
            "said": self.tr("phrase said"), "not_said": self.tr("never said (prohibited)"),
            "audio": self.tr("audio fact"), "agent": self.tr("agent"), "customer": self.tr("customer"),
            "any": self.tr("anyone"), "anywhere": self.tr("anywhere"), "start": self.tr("in the first seconds"),
            "end": self.tr("in the last seconds"), "before_hold": self.tr("before a wait"),
            "after_hold": self.tr("after a wait"), "dead_air_s": self.tr("longest dead air (s)"),
            "hold_s": self.tr("longest wait (s)"), "talk_over_count": self.tr("times both talked at once"),
            "duration_s": self.tr("call length (s)"), "agent_talk_ratio": self.tr("agent's share of talk (0-1)"),
        }

    # -- rows ----------------------------------------------------------------------------------
    def load(self, checks: list[Check]) -> None:
        self._loading = True
        self.table.setRowCount(0)
        self._similarity = []
        for check in checks:
            self._add_row(check)
        self.problem.setText("")
        self._loading = False

    def _combo(self, values, current, *, edits: bool = True) -> QComboBox:
        texts = self._texts()
        combo = QComboBox()
        for value in values:
            combo.addItem(texts.get(value, value), value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        if edits:
            combo.currentIndexChanged.connect(self._edited)
        return combo

    def _add_row(self, check: Check) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._similarity.append(check.similarity)
        kind = self._combo(("said", "not_said", "audio"), check.kind, edits=False)  # _kind_changed edits
        kind.currentIndexChanged.connect(lambda _i, k=kind: self._kind_changed(k))
        self.table.setCellWidget(row, KIND, kind)
        self.table.setCellWidget(row, BY, self._combo(SPEAKERS, check.by))
        self.table.setCellWidget(row, AT, self._combo(PLACES, check.at))
        within, wait = _spin(1, 3600), _spin(1, 3600)
        within.setValue(check.within_s)
        wait.setValue(check.hold_over_s)
        limit = _spin(0, 36000, 2)
        limit.setValue(check.max if check.max is not None else 0)
        for column, spin in ((WITHIN, within), (WAIT, wait), (LIMIT, limit)):
            spin.valueChanged.connect(self._edited)
            self.table.setCellWidget(row, column, spin)
        risk = QCheckBox()
        risk.setChecked(check.risk)
        risk.toggled.connect(self._edited)
        self.table.setCellWidget(row, RISK, risk)
        self._set_what(row, check)
        self._enable(row)

    def _set_what(self, row: int, check: Check) -> None:
        if check.kind == "audio":
            widget = self._combo(tuple(AUDIO_FACTS), check.fact)
        else:
            widget = QLineEdit("、".join(check.phrases))
            widget.textEdited.connect(self._edited)
        self.table.setCellWidget(row, WHAT, widget)

    def _enable(self, row: int) -> None:
        kind = self.table.cellWidget(row, KIND).currentData()
        at = self.table.cellWidget(row, AT).currentData()
        self.table.cellWidget(row, BY).setEnabled(kind != "audio")
        self.table.cellWidget(row, AT).setEnabled(kind == "said")
        self.table.cellWidget(row, WITHIN).setEnabled(kind == "said" and at != "anywhere")
        self.table.cellWidget(row, WAIT).setEnabled(kind == "said" and at in ("before_hold", "after_hold"))
        self.table.cellWidget(row, LIMIT).setEnabled(kind == "audio")

    def _kind_changed(self, combo: QComboBox) -> None:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, KIND) is combo:
                kind = combo.currentData()
                self._set_what(row, Check(kind=kind, fact="hold_s" if kind == "audio" else None,
                                          max=60.0 if kind == "audio" else None))
                if kind == "audio":
                    self.table.cellWidget(row, LIMIT).setValue(60)
        self._edited()

    def add_check(self) -> None:
        self._add_row(Check(kind="said", phrases=[]))
        self.table.selectRow(self.table.rowCount() - 1)
        self._edited()

    def remove_check(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._similarity[row]
            self._edited()

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        for row in range(self.table.rowCount()):
            self._enable(row)
        self.changed.emit()

    # -- reading -------------------------------------------------------------------------------
    def row_data(self, row: int) -> dict:
        cell = self.table.cellWidget
        kind = cell(row, KIND).currentData()
        data: dict = {"kind": kind}
        if kind == "audio":
            data.update(fact=cell(row, WHAT).currentData(), max=cell(row, LIMIT).value())
        else:
            data["phrases"] = [p.strip() for p in _SPLIT.split(cell(row, WHAT).text()) if p.strip()]
            data["by"] = cell(row, BY).currentData()
        if kind == "said":
            data.update(at=cell(row, AT).currentData(), within_s=cell(row, WITHIN).value(),
                        hold_over_s=cell(row, WAIT).value(), similarity=self._similarity[row])
        if cell(row, RISK).isChecked():
            data["risk"] = True
        return data

    def checks(self) -> list[Check] | None:
        """The rows as checks, or None (with the reason shown) while a row is not a valid check."""
        checks = []
        for row in range(self.table.rowCount()):
            try:
                checks.append(parse_check(self.row_data(row), f"check #{row + 1}"))
            except FormInvalid as error:
                self.problem.setText(self.tr("Check %1 is not saved yet: %2").replace("%1", str(row + 1))
                                     .replace("%2", str(error)))
                return None
        self.problem.setText("")
        return checks
