"""The scoring panel: a form version rendered as answerable items with the live score beside them.

Reusable: the workspace scores calls with it, the form designer previews a form with it
(``ScoringPanel(preview=True)``). It holds no scoring rule: every figure, the grade, the banners
and the "why this score" lines come from :func:`qa_desktop.core.scoring.engine.score`.

Keyboard: Up/Down (or Tab) move between items; on an item 1 = yes, 2 = no, N = N/A on every item
type that allows it (never 0: on a scale 0 is the scale's 0 point); a scale takes its point value
as a digit; choices and checklists take the option's number (a checklist digit toggles the
entry); C or Enter writes a comment (Enter/Esc returns); F1 or ? shows the item's guidance. An
answer that loses points on an item whose comment is then required puts the cursor in that
comment at once, so submitting never sends the evaluator back to it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.scoring.engine import ScoreResult, score
from qa_desktop.core.scoring.errors import AnswersInvalid
from qa_desktop.core.scoring.form import FormDefinition, Item, Section, pick, points_text
from qa_desktop.core.scoring.item_status import LOST_POINTS
from qa_desktop.ui.flow_layout import FlowLayout

FAIL_BG = "#fde2e1"
FAIL_FG = "#a50f15"
CRITICAL_BG = "#fff0d6"
CRITICAL_FG = "#8a4b00"


def _option_label(item: Item, option, lang: str) -> str:
    label = pick(option.label, lang)
    if item.type == "scale" and option.value > 9:  # no digit key: show the points with the label
        return f"{option.value}" + (f" {label}" if label else "")
    return label or str(option.value)


# The chosen answer is marked by colour only: a bold font is wider than the one the button was
# sized for and clipped its last letters ("Recorded the customer's probler").
ANSWER_STYLE = ("QToolButton { padding: 1px 6px; } "
                "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); "
                "border: 1px solid palette(highlight); border-radius: 2px; } ")
MAX_BUTTON_TEXT = 240  # px; longer option labels are shortened, the tooltip has them whole
WHY_MAX_HEIGHT = 160  # px: about eight lines of "why this score"; more scroll


class ItemRow(QFrame):
    """One item: its text, answer buttons, guidance (hidden until asked) and comment."""

    answered = Signal(str, object)       # code, answer (None clears)
    commentEdited = Signal(str, str)
    moveRequested = Signal(int)          # -1 up, +1 down

    def __init__(self, number: int, section: Section, item: Item, lang: str, parent=None):
        super().__init__(parent)
        self.item, self.section, self.lang, self.number = item, section, lang, number
        self.setObjectName(f"item_{item.code}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(ANSWER_STYLE)
        self.answer = None
        self.read_only = False
        self.comment_missing = False  # points lost here and the form wants a comment
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(120)
        self.points = QLabel()
        self.points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.title, 1)
        head.addWidget(self.points)
        layout.addLayout(head)
        buttons = FlowLayout()
        self.buttons: list[tuple[object, QToolButton]] = []
        for key_hint, value, text in self._choices():
            button = QToolButton()
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the row; mouse still works
            full = f"{key_hint} {text}" if key_hint else text
            button.setText(button.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight, MAX_BUTTON_TEXT))
            button.setToolTip(full)
            button.clicked.connect(lambda _=False, v=value: self._choose(v))
            buttons.addWidget(button)
            self.buttons.append((value, button))
        layout.addLayout(buttons)
        self.guidance = QLabel(pick(item.guidance, lang))
        self.guidance.setWordWrap(True)
        self.guidance.setObjectName("guidance")
        self.guidance.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        self.guidance.setVisible(False)
        layout.addWidget(self.guidance)
        self.comment = QLineEdit()
        self.comment.setObjectName(f"comment_{item.code}")
        self.comment.textEdited.connect(lambda text: self.commentEdited.emit(item.code, text))
        self.comment.installEventFilter(self)
        layout.addWidget(self.comment)
        self.retranslate()

    # -- content -------------------------------------------------------------------------------
    def _choices(self) -> list[tuple[str, object, str]]:
        item = self.item
        choices: list[tuple[str, object, str]] = []
        if item.type in ("yes_no", "yes_no_na"):
            choices += [("1", "yes", self.tr("Yes")), ("2", "no", self.tr("No"))]
        elif item.type == "scale":
            choices += [(str(o.value) if o.value <= 9 else "", o.value, _option_label(item, o, self.lang))
                        for o in item.options]
        else:
            choices += [(str(n) if n <= 9 else "", o.value, _option_label(item, o, self.lang))
                        for n, o in enumerate(item.options, 1)]
        if item.allows_na:
            choices.append(("N", "na", self.tr("N/A")))
        return choices

    def retranslate(self) -> None:
        item = self.item
        badges = []
        if item.fatal:
            badges.append(self.tr("FATAL"))
        if item.critical:
            badges.append(self.tr("critical"))
        if item.bonus:
            badges.append(self.tr("bonus"))
        badge = f" <b style='color:{FAIL_FG}'>[{' · '.join(badges)}]</b>" if badges else ""
        self.title.setText(f"<b>{self.number}.</b> {pick(item.text, self.lang)}{badge}")
        self.points.setText(self.tr("{0} pt").format(points_text(item.max_points)))
        guidance = pick(item.guidance, self.lang)
        self.setToolTip(guidance)
        self.update_comment_hint(missing=False)

    def update_comment_hint(self, missing: bool) -> None:
        self.comment_missing = missing
        if missing:
            self.comment.setPlaceholderText(self.tr("Comment required: say why points were lost"))
            self.comment.setStyleSheet(f"border: 2px solid {FAIL_FG};")
        else:
            hint = self.tr("Comment (required when points are lost)") if self.item.comment_required_on_loss \
                else self.tr("Comment")
            self.comment.setPlaceholderText(hint)
            self.comment.setStyleSheet("")

    def set_answer(self, answer, emit: bool = False) -> None:
        self.answer = answer
        for value, button in self.buttons:
            if self.item.type == "checklist" and isinstance(answer, list):
                button.setChecked(value in answer)
            else:
                button.setChecked(answer is not None and value == answer and type(value) is type(answer))
        if emit:
            self.answered.emit(self.item.code, answer)

    def set_status(self, status: str | None, fatal: bool) -> None:
        palette = self.palette()
        color = palette.color(QPalette.ColorRole.Window)
        if fatal:
            color = QColor(FAIL_BG)
        elif status == "fail" and self.item.critical:
            color = QColor(CRITICAL_BG)
        palette.setColor(QPalette.ColorRole.Window, color)
        self.setPalette(palette)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for _value, button in self.buttons:
            button.setEnabled(not read_only)
        self.comment.setReadOnly(read_only)

    # -- answering -----------------------------------------------------------------------------
    def _choose(self, value) -> bool:
        """Answer ``value``; True when the cursor went to the comment the answer made required."""
        if self.read_only:
            self.set_answer(self.answer)
            return False
        if self.item.type == "checklist" and value != "na":
            current = list(self.answer) if isinstance(self.answer, list) else []
            current = [v for v in current if v != value] if value in current else current + [value]
            order = [o.value for o in self.item.options]
            self.set_answer(sorted(current, key=order.index), emit=True)
        else:
            self.set_answer(value, emit=True)
        if self.comment_missing:  # set by the panel's live score, which ran on the emit above
            self.ensure_visible()
            self.comment.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def value_for_key(self, text: str):
        """The answer a key stands for on this item, or None."""
        item = self.item
        if text.lower() == "n":  # the one N/A key; 0 never means N/A (on a scale it is 0 points)
            return "na" if item.allows_na else None
        if not text.isdigit():
            return None
        digit = int(text)
        if item.type in ("yes_no", "yes_no_na"):
            return {1: "yes", 2: "no"}.get(digit)
        if item.type == "scale":
            return digit if any(o.value == digit for o in item.options) else None
        if digit == 0:
            return None
        return item.options[digit - 1].value if digit <= len(item.options) else None

    def keyPressEvent(self, event) -> None:
        key, text = event.key(), event.text()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveRequested.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key == Qt.Key.Key_F1 or text == "?":
            self.guidance.setVisible(not self.guidance.isVisible() and bool(self.guidance.text()))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() \
                or (text.lower() == "c" and not event.modifiers()):
            self.comment.setFocus()
            return
        if text and not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
            value = self.value_for_key(text)
            if value is not None:
                if not self._choose(value) and self.item.type != "checklist":
                    self.moveRequested.emit(1)  # the next item is where the evaluator goes next
                return
        super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.comment and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape) and not event.modifiers():
                self.setFocus()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.moveRequested.emit(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def focusInEvent(self, event) -> None:
        self.setStyleSheet(ANSWER_STYLE + "ItemRow { border: 2px solid palette(highlight); }")
        self.ensure_visible()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.setStyleSheet(ANSWER_STYLE)
        super().focusOutEvent(event)

    def ensure_visible(self) -> None:
        scroll = self.parent()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parent()
        if scroll is not None:
            scroll.ensureWidgetVisible(self, 10, 30)


class ScoringPanel(QWidget):
    """A form version as answerable items, with total, sections, grade, banners and reasons."""

    answersChanged = Signal()
    submitRequested = Signal()
    currentItemChanged = Signal(str)

    def __init__(self, parent=None, *, preview: bool = False):
        super().__init__(parent)
        self.setObjectName("scoringPanel")
        self.preview = preview
        self.definition: FormDefinition | None = None
        self.lang = "en"
        self.rows: list[ItemRow] = []
        self._answers: dict = {}
        self._comments: dict = {}
        self.result: ScoreResult | None = None
        self.read_only = False
        self._form_key = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        # Score summary.
        head = QFrame()
        head.setFrameShape(QFrame.Shape.StyledPanel)
        head_layout = QGridLayout(head)
        head_layout.setContentsMargins(8, 4, 8, 4)
        self.total_label = QLabel("—")
        self.total_label.setObjectName("totalScore")
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.total_label.setFont(font)
        self.grade_label = QLabel()
        self.grade_label.setObjectName("grade")
        self.progress_label = QLabel()
        self.critical_label = QLabel()
        head_layout.addWidget(self.total_label, 0, 0, 2, 1)
        head_layout.addWidget(self.grade_label, 0, 1)
        head_layout.addWidget(self.progress_label, 1, 1)
        head_layout.addWidget(self.critical_label, 0, 2, 2, 1, Qt.AlignmentFlag.AlignRight)
        head_layout.setColumnStretch(1, 1)
        outer.addWidget(head)
        self.banner = QLabel()
        self.banner.setObjectName("failBanner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        outer.addWidget(self.banner)
        self.sections_label = QLabel()
        self.sections_label.setObjectName("sectionScores")
        self.sections_label.setWordWrap(True)
        outer.addWidget(self.sections_label)
        self.why_button = QToolButton()
        self.why_button.setCheckable(True)
        self.why_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.why_button.setArrowType(Qt.ArrowType.RightArrow)
        self.why_button.toggled.connect(self._toggle_why)
        outer.addWidget(self.why_button)
        self.why = QLabel()
        self.why.setObjectName("whyThisScore")
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The explanation scrolls in a box of its own: laid out bare, each lost item's line raised the
        # panel's minimum height, and a call failing a dozen items grew the window past a 1366×768
        # screen (1170 px), the Submit button below the screen's edge.
        self.why_scroll = QScrollArea()
        self.why_scroll.setObjectName("whyThisScoreBox")
        self.why_scroll.setWidgetResizable(True)
        self.why_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.why_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.why_scroll.setWidget(self.why)
        self.why_scroll.setMaximumHeight(WHY_MAX_HEIGHT)
        self.why_scroll.setVisible(False)
        outer.addWidget(self.why_scroll)
        # Items.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.items_widget = QWidget()
        self.items_layout = QVBoxLayout(self.items_widget)
        self.items_layout.setContentsMargins(0, 0, 4, 0)
        self.items_layout.setSpacing(3)
        self.scroll.setWidget(self.items_widget)
        outer.addWidget(self.scroll, 1)
        # Submit.
        self.keys_label = QLabel()
        self.keys_label.setObjectName("scoringKeys")
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet("color: palette(placeholder-text);")
        outer.addWidget(self.keys_label)
        # The save state on a line of its own, wrapped: beside the Submit button long messages
        # ("waiting for the shared database…", "not saved: …") were cut.
        self.state_label = QLabel()
        self.state_label.setObjectName("saveState")
        self.state_label.setWordWrap(True)
        outer.addWidget(self.state_label)
        bottom = QHBoxLayout()
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("submit")
        self.submit_button.clicked.connect(self.submitRequested)
        self.submit_button.setVisible(not preview)
        bottom.addStretch(1)
        bottom.addWidget(self.submit_button)
        outer.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.why_button.setText(self.tr("Why this score"))
        # non-breaking spaces keep each key with its meaning when the line wraps
        keys = self.tr("Keys: ↑/↓ item · 1 yes · 2 no · digits: scale points or option · N N/A · C comment · "
                       "F1 guidance")
        self.keys_label.setText(keys.replace(" ", "\u00a0").replace("\u00a0·\u00a0", " · "))
        self._fit_labels()
        self.submit_button.setText(self.tr("Submit (Ctrl+Enter)"))
        for row in self.rows:
            row.retranslate()
        self._refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content -------------------------------------------------------------------------------
    def set_form(self, definition: FormDefinition | None, lang: str = "en", key=None) -> None:
        """Show ``definition`` with no answers. ``key`` (e.g. the form version id) lets the panel keep
        its widgets when the next call uses the same form: building them is the slow part of opening a call."""
        self.why_button.setChecked(False)  # the next call starts with its own, folded explanation
        if key is not None and key == self._form_key and lang == self.lang and definition is not None:
            self.definition = definition
            self.set_values({}, {})
            for row in self.rows:
                row.guidance.setVisible(False)
            return
        self._form_key = key
        self.definition, self.lang = definition, lang
        # Hidden at once: until the event loop deletes them the old rows stay children of the items
        # widget, out of the layout at a default place, and were drawn over the new ones (item 22 of
        # the last form across items 1-2 on the calibration tabs).
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        while self.items_layout.count():
            entry = self.items_layout.takeAt(0)
            if entry.widget():
                entry.widget().hide()
                entry.widget().deleteLater()
        self._answers, self._comments = {}, {}
        if definition is not None:
            number = 0
            for section in definition.sections:
                header = QLabel(f"<b>{pick(section.title, lang)}</b>")
                header.setObjectName(f"section_{section.code}")
                self.items_layout.addWidget(header)
                header.show()
                for item in section.items:
                    number += 1
                    row = ItemRow(number, section, item, lang)
                    row.answered.connect(self._on_answer)
                    row.commentEdited.connect(self._on_comment)
                    row.moveRequested.connect(lambda step, r=row: self._move_from(r, step))
                    self.items_layout.addWidget(row)
                    row.show()  # visible now, not at the next event loop pass, so it can take focus at once
                    self.rows.append(row)
        self.items_layout.addStretch(1)
        self.set_read_only(self.read_only)
        self._refresh()

    def set_values(self, answers: dict | None, comments: dict | None) -> None:
        known = {row.item.code for row in self.rows}
        self._answers = {k: v for k, v in (answers or {}).items() if k in known}
        self._comments = {k: v for k, v in (comments or {}).items() if k in known and v}
        for row in self.rows:
            row.set_answer(self._answers.get(row.item.code))
            row.comment.setText(str(self._comments.get(row.item.code, "")))
        self._refresh()

    def answers(self) -> dict:
        return dict(self._answers)

    def comments(self) -> dict:
        return {k: v for k, v in self._comments.items() if str(v).strip()}

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for row in self.rows:
            row.set_read_only(read_only)
        self.submit_button.setEnabled(not read_only)

    def set_state_text(self, text: str) -> None:
        self.state_label.setText(text)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """Give the wrapped lines under the items the height their text needs at this width (the layout
        squeezed them otherwise, cutting off a line at the top and one at the bottom)."""
        width = self.width() - 8
        for label in (self.keys_label, self.state_label):
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_labels()

    # -- navigation ----------------------------------------------------------------------------
    def current_row(self) -> ItemRow | None:
        focus = self.focusWidget()
        for row in self.rows:
            if focus is row or (focus is not None and row.isAncestorOf(focus)):
                return row
        return None

    def current_item_code(self) -> str | None:
        row = self.current_row()
        return row.item.code if row else None

    def focus_item(self, code: str | None = None) -> None:
        """Focus ``code``, or the first unanswered item (the first item when all are answered)."""
        target = None
        if code is not None:
            target = next((r for r in self.rows if r.item.code == code), None)
        if target is None:
            target = next((r for r in self.rows if r.item.code not in self._answers), None) or \
                (self.rows[0] if self.rows else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self.currentItemChanged.emit(target.item.code)

    def focus_comment(self, code: str) -> None:
        """Put the cursor in ``code``'s comment (where a required comment is owed)."""
        row = next((r for r in self.rows if r.item.code == code), None)
        if row is not None:
            row.ensure_visible()
            row.comment.setFocus(Qt.FocusReason.OtherFocusReason)
            self.currentItemChanged.emit(code)

    def _move_from(self, row: ItemRow, step: int) -> None:
        index = self.rows.index(row) + step
        if 0 <= index < len(self.rows):
            self.rows[index].setFocus(Qt.FocusReason.TabFocusReason)
            self.currentItemChanged.emit(self.rows[index].item.code)

    # -- changes -------------------------------------------------------------------------------
    def _on_answer(self, code: str, answer) -> None:
        if answer is None:
            self._answers.pop(code, None)
        else:
            self._answers[code] = answer  # an empty checklist is an answer: nothing was done
        self._refresh()
        self.answersChanged.emit()

    def _on_comment(self, code: str, text: str) -> None:
        if text.strip():
            self._comments[code] = text
        else:
            self._comments.pop(code, None)
        self._refresh()
        self.answersChanged.emit()

    def problems(self) -> tuple[list[str], list[str]]:
        """(unanswered item codes, items lacking a required comment) — what blocks a submit."""
        if self.definition is None:
            return [], []
        unanswered = [code for code in self.definition.item_codes() if code not in self._answers]
        missing = list(self.result.missing_comments) if self.result is not None else []
        return unanswered, missing

    # -- live score ----------------------------------------------------------------------------
    def _refresh(self) -> None:
        if self.definition is None:
            self.result = None
            self.total_label.setText("—")
            self.grade_label.setText("")
            self.progress_label.setText("")
            self.critical_label.setText("")
            self.sections_label.setText("")
            self.banner.setVisible(False)
            self.why.setText("")
            return
        try:
            self.result = score(self.definition, self._answers, self._comments, partial=True, lang=self.lang)
        except AnswersInvalid as error:  # a stored answer that no longer fits: show it, never crash
            self.result = None
            self.banner.setText(self.tr("These answers do not fit the form: {0}").format(error))
            self.banner.setVisible(True)
            return
        result = self.result
        answered = len(self.definition.item_codes()) - len(result.unanswered)
        self.total_label.setText(f"{result.total}" if answered else "—")
        self.grade_label.setText(self.tr("Grade: {0}").format(result.grade(self.lang)) if answered else "")
        self.progress_label.setText(self.tr("{0} of {1} items answered").format(
            answered, len(self.definition.item_codes())))
        self.critical_label.setText(
            self.tr("Critical score: {0}").format(result.critical_score) if result.critical_score is not None else "")
        self.sections_label.setText(" · ".join(
            f"{pick(s.section.title, self.lang)} <b>{s.score}</b>" for s in result.sections if s.score is not None))
        by_code = {r.code: r for r in result.items}
        for row in self.rows:
            item_result = by_code.get(row.item.code)
            row.set_status(item_result.status if item_result else None,
                           bool(item_result and item_result.fatal_triggered))
            row.update_comment_hint(bool(item_result and item_result.comment_missing))
        self._update_banner(result)
        self.why.setText("<br>".join(_escape(line) for line in result.explanation(self.lang)))

    def _update_banner(self, result: ScoreResult) -> None:
        texts = []
        style = ""
        if result.fatal_failed:
            names = ", ".join(self._item_number(code) for code in result.fatal_items)
            texts.append(self.tr("FATAL ITEM FAILED ({0}): the evaluation fails whatever the other answers.")
                         .format(names))
            style = f"background:{FAIL_BG}; color:{FAIL_FG};"
        if result.critical_failed:
            failed = [r.code for r in result.items if r.item.critical and r.status in LOST_POINTS]
            texts.append(self.tr("Critical item failed ({0}): critical score {1}.").format(
                ", ".join(self._item_number(code) for code in failed), result.critical_score))
            style = style or f"background:{CRITICAL_BG}; color:{CRITICAL_FG};"
        self.banner.setText("\n".join(texts))
        self.banner.setStyleSheet(style + " font-weight: bold; padding: 6px; border-radius: 3px;")
        self.banner.setVisible(bool(texts))

    def _item_number(self, code: str) -> str:
        for row in self.rows:
            if row.item.code == code:
                return f"{row.number}. {pick(row.item.text, self.lang)[:24]}"
        return code

    def _toggle_why(self, shown: bool) -> None:
        self.why_scroll.setVisible(shown)
        self.why_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
