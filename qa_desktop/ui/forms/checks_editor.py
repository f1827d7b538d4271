"""The designer's editor of an item's automatic checks: one small panel per check.

A check's first line is its kind (phrase said, prohibited words, an audio fact), who says it, when,
the seconds that bound "when", the limit of an audio fact and whether a failure is a screening
risk; its second line the phrases (separated by 、 ; or new lines) or the audio fact. Each check is
read by the core's own check parser, so what the designer accepts is exactly what the form
accepts; a check it refuses is named, and the last valid checks stay in the form.
"""
from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.scoring.checks import AUDIO_FACTS, PLACES, SPEAKERS, Check, parse_check
from qa_desktop.core.scoring.errors import FormInvalid

_SPLIT = re.compile(r"[、;；\n]+")


def _spin(low: float, high: float, decimals: int = 0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setKeyboardTracking(False)
    return spin


class CheckRow(QFrame):
    """One check: its fields, in two lines."""

    edited = Signal()
    removeRequested = Signal(object)

    def __init__(self, texts: dict, check: Check, parent=None):
        super().__init__(parent)
        self.setObjectName("checkRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.texts = texts
        self.similarity = check.similarity
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 3, 4, 3)
        grid.setHorizontalSpacing(4)
        self.kind = self._combo(("said", "not_said", "audio"), check.kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.by = self._combo(SPEAKERS, check.by)
        self.at = self._combo(PLACES, check.at)
        self.within, self.wait = _spin(1, 3600), _spin(1, 3600)
        self.within.setValue(check.within_s)
        self.wait.setValue(check.hold_over_s)
        self.limit = _spin(0, 36000, 2)
        self.limit.setValue(check.max if check.max is not None else 0)
        self.risk = QCheckBox()
        self.risk.setChecked(check.risk)
        self.remove = QPushButton("×")
        self.remove.setFixedWidth(26)
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self))
        for widget in (self.by, self.at):
            widget.currentIndexChanged.connect(self._changed)
        for spin in (self.within, self.wait, self.limit):
            spin.valueChanged.connect(self._changed)
        self.risk.toggled.connect(self._changed)
        self.within_label, self.wait_label, self.limit_label = QLabel(), QLabel(), QLabel()
        first, second = QHBoxLayout(), QHBoxLayout()
        for widget in (self.kind, self.by, self.at):
            first.addWidget(widget, 1)
        for widget in (self.within_label, self.within, self.wait_label, self.wait, self.limit_label, self.limit,
                       self.risk):
            second.addWidget(widget)
        second.addStretch(1)
        second.addWidget(self.remove)
        grid.addLayout(first, 0, 0)
        grid.addLayout(second, 1, 0)
        self.phrases = QLineEdit("、".join(check.phrases))
        self.phrases.setObjectName("checkPhrases")
        self.phrases.textEdited.connect(self._changed)
        self.fact = self._combo(tuple(AUDIO_FACTS), check.fact or "hold_s")
        self.fact.currentIndexChanged.connect(self._changed)
        grid.addWidget(self.phrases, 2, 0)
        grid.addWidget(self.fact, 2, 0)
        self.retranslate()
        self._enable()

    def _combo(self, values, current) -> QComboBox:
        combo = QComboBox()
        # long texts (English) must not widen the editor beyond its pane: the popup shows them whole
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        for value in values:
            combo.addItem(self.texts.get(value, value), value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def retranslate(self) -> None:
        self.within_label.setText(self.tr("within (s)"))
        self.wait_label.setText(self.tr("wait over (s)"))
        self.limit_label.setText(self.tr("at most"))
        self.risk.setText(self.tr("risk"))
        self.risk.setToolTip(self.tr("A failure of this check is a risk: screening reports it and the sampling "
                                     "plan's targeted quota draws from such calls"))
        self.phrases.setPlaceholderText(self.tr("phrases, separated by 、"))
        self.remove.setToolTip(self.tr("Remove this check"))

    def _kind_changed(self) -> None:
        if self.kind.currentData() == "audio" and not self.limit.value():
            self.limit.setValue(60)
        self._changed()

    def _enable(self) -> None:
        kind, at = self.kind.currentData(), self.at.currentData()
        phrase = kind != "audio"
        self.by.setVisible(phrase)
        self.at.setVisible(kind == "said")
        for widget in (self.within_label, self.within):
            widget.setVisible(kind == "said" and at != "anywhere")
        for widget in (self.wait_label, self.wait):
            widget.setVisible(kind == "said" and at in ("before_hold", "after_hold"))
        for widget in (self.limit_label, self.limit):
            widget.setVisible(not phrase)
        self.phrases.setVisible(phrase)
        self.fact.setVisible(not phrase)

    def _changed(self, *_args) -> None:
        self._enable()
        self.edited.emit()

    def data(self) -> dict:
        kind = self.kind.currentData()
        data: dict = {"kind": kind}
        if kind == "audio":
            data.update(fact=self.fact.currentData(), max=self.limit.value())
        else:
            data["phrases"] = [p.strip() for p in _SPLIT.split(self.phrases.text()) if p.strip()]
            data["by"] = self.by.currentData()
        if kind == "said":
            data.update(at=self.at.currentData(), within_s=self.within.value(), hold_over_s=self.wait.value(),
                        similarity=self.similarity)
        if self.risk.isChecked():
            data["risk"] = True
        return data


class ChecksEditor(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("checksEditor")
        self._loading = False
        self.rows: list[CheckRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(3)
        layout.addLayout(self.rows_box)
        line = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.setObjectName("addCheck")
        self.add_button.clicked.connect(self.add_check)
        self.problem = QLabel()
        self.problem.setObjectName("checkProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#b2182b;")
        line.addWidget(self.add_button)
        line.addWidget(self.problem, 1)
        layout.addLayout(line)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add check"))
        for row in self.rows:
            row.retranslate()

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

    def load(self, checks: list[Check]) -> None:
        self._loading = True
        for row in self.rows:
            self.rows_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for check in checks:
            self._add_row(check)
        self.problem.setText("")
        self._loading = False

    def _add_row(self, check: Check) -> CheckRow:
        row = CheckRow(self._texts(), check)
        row.edited.connect(self._edited)
        row.removeRequested.connect(self.remove_check)
        self.rows_box.addWidget(row)
        self.rows.append(row)
        return row

    def add_check(self) -> None:
        row = self._add_row(Check(kind="said", phrases=[]))
        row.phrases.setFocus()
        self._edited()

    def remove_check(self, row: CheckRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            self.rows_box.removeWidget(row)
            row.hide()
            row.deleteLater()
            self._edited()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def reason_text(self, error: FormInvalid) -> str:
        """Why a check is refused, in the user's language."""
        why, values = getattr(error, "why", None), dict(getattr(error, "values", {}))
        names = {"within_s": self.tr("the seconds"), "hold_over_s": self.tr("the wait"), "max": self.tr("the limit"),
                 "min": self.tr("the limit"), "similarity": self.tr("the similarity")}
        texts = {
            "range": self.tr("{key} must be between {low} and {high}"),
            "number": self.tr("{key} must be a number"),
            "no_limit": self.tr("an audio fact needs its limit"),
            "min_above_max": self.tr("the lower limit is above the upper one"),
            "no_phrases": self.tr("write at least one phrase"),
            "too_many_phrases": self.tr("at most {most} phrases"),
            "phrase_length": self.tr("a phrase has 1 to {most} characters"),
        }
        text = texts.get(why, self.tr("this check is not valid"))
        values["key"] = names.get(values.get("key"), values.get("key", ""))
        for key, value in values.items():
            text = text.replace("{" + key + "}", str(value))
        return text

    def checks(self) -> list[Check] | None:
        """The rows as checks, or None (with the reason shown) while a row is not a valid check."""
        checks = []
        for number, row in enumerate(self.rows, 1):
            try:
                checks.append(parse_check(row.data(), f"check #{number}"))
            except FormInvalid as error:
                self.problem.setText(self.tr("Check %1 is not saved yet: %2").replace("%1", str(number))
                                     .replace("%2", self.reason_text(error)))
                return None
        self.problem.setText("")
        return checks
