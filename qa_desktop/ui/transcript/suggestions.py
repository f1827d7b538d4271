"""The automatic checks' suggested answers for the call on screen, each with its evidence.

Suggestions never answer by themselves: Ctrl+Y (or the button) fills in the items not answered
yet, answering an item yourself overrides its suggestion, and a click on a piece of evidence
plays the call from there.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.scoring.form import FormDefinition, pick
from qa_desktop.ui.player.waveform import fmt_time

ACCEPT_KEY = "Ctrl+Y"
FAIL_COLOR = QColor(178, 24, 43)
PASS_COLOR = QColor(26, 120, 60)


class SuggestionsPanel(QWidget):
    seekRequested = Signal(int)   # ms
    acceptRequested = Signal()
    itemRequested = Signal(str)   # an item's code: answer it yourself

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.suggestions: list = []
        self.definition: FormDefinition | None = None
        self.answers: dict = {}
        self.lang = "en"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("suggestionsSummary")
        self.summary.setWordWrap(True)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("acceptSuggestions")
        self.accept_button.clicked.connect(self.acceptRequested)
        row.addWidget(self.summary, 1)
        row.addWidget(self.accept_button)
        layout.addLayout(row)
        self.tree = QTreeWidget()
        self.tree.setObjectName("suggestionsTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.accept_button.setText(self.tr("Accept suggestions (%1)").replace("%1", ACCEPT_KEY))
        self._fill()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content -------------------------------------------------------------------------------
    def show_suggestions(self, suggestions: list, definition: FormDefinition | None, answers: dict,
                         lang: str) -> None:
        self.suggestions, self.definition, self.answers, self.lang = list(suggestions), definition, dict(answers), lang
        self._fill()

    def set_answers(self, answers: dict) -> None:
        self.answers = dict(answers)
        self._fill()

    def pending(self) -> dict:
        """item -> suggested answer, for the items not answered yet."""
        return {s.item: s.answer for s in self.suggestions if s.item not in self.answers}

    def answer_text(self, answer: str) -> str:
        return {"yes": self.tr("Yes"), "no": self.tr("No"), "na": self.tr("N/A")}.get(answer, str(answer))

    def side_text(self, side: str) -> str:
        return {"agent": self.tr("Agent"), "customer": self.tr("Customer")}.get(side, "")

    def evidence_text(self, evidence) -> str:
        if evidence.side != "audio":
            return f"{fmt_time(int(evidence.start_s * 1000))}  {self.side_text(evidence.side)}: {evidence.text}"
        at = fmt_time(int(evidence.start_s * 1000))
        value = evidence.value
        texts = {
            "hold": self.tr("%1  the customer waited %2 s").replace("%2", f"{value:g}"),
            "dead_air": self.tr("%1  dead air of %2 s").replace("%2", f"{value:g}"),
            "talk_over": self.tr("%1  both talked at once for %2 s").replace("%2", f"{value:g}"),
            "duration": self.tr("%1  the call lasted %2, over the standard").replace(
                "%2", fmt_time(int((value or 0) * 1000))),
            "talk_ratio": self.tr("%1  the agent talked %2 % of the time").replace(
                "%2", f"{(value or 0) * 100:.0f}"),
        }
        return texts.get(evidence.fact, "%1").replace("%1", at)

    def _item_text(self, code: str) -> str:
        item = self.definition.item(code) if self.definition else None
        if item is None:
            return code
        number = self.definition.item_codes().index(code) + 1
        return f"{number}. {pick(item.text, self.lang)}"

    def _fill(self) -> None:
        self.tree.clear()
        pending = self.pending()
        if not self.suggestions:
            self.summary.setText(self.tr("No automatic suggestions for this call (no transcript or analysis, "
                                         "or the form has no checks)."))
        elif pending:
            self.summary.setText(self.tr("%1 suggested answer(s) not answered yet.").replace("%1", str(len(pending))))
        else:
            agreed = sum(1 for s in self.suggestions if self.answers.get(s.item) == s.answer)
            self.summary.setText(self.tr("All suggested items answered; you agree with %1 of %2.")
                                 .replace("%1", str(agreed)).replace("%2", str(len(self.suggestions))))
        self.accept_button.setEnabled(bool(pending))
        for suggestion in self.suggestions:
            given = self.answers.get(suggestion.item)
            answer = self.answer_text(suggestion.answer)
            if given is None:
                shown = answer
            elif given == suggestion.answer:
                shown = self.tr("%1 ✓ kept").replace("%1", answer)
            else:
                shown = self.tr("%1 → you: %2").replace("%1", answer).replace("%2", self.answer_text(given))
            top = QTreeWidgetItem([shown, self._item_text(suggestion.item)])
            top.setData(0, Qt.ItemDataRole.UserRole, suggestion.item)
            top.setToolTip(1, top.text(1))
            color = FAIL_COLOR if suggestion.answer == "no" else PASS_COLOR
            top.setForeground(0, QBrush(color))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            words = [w for o in suggestion.outcomes for w in o.words]
            if words:
                top.setText(1, top.text(1) + "  " + self.tr("(said: %1)").replace("%1", "、".join(words)))
            self.tree.addTopLevelItem(top)
            seen = set()
            for evidence in suggestion.evidence:
                key = (evidence.side, evidence.start_s, evidence.text, evidence.fact)
                if key in seen:  # two checks of the item pointing at the same line
                    continue
                seen.add(key)
                child = QTreeWidgetItem(["", self.evidence_text(evidence)])
                child.setData(1, Qt.ItemDataRole.UserRole, int(evidence.start_s * 1000))
                child.setToolTip(1, self.tr("Click to play from here"))
                top.addChild(child)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        ms = item.data(1, Qt.ItemDataRole.UserRole)
        if ms is not None:
            self.seekRequested.emit(int(ms))
        code = item.data(0, Qt.ItemDataRole.UserRole)
        if code:
            self.itemRequested.emit(code)
