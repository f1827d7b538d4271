"""The Topics page (专题质检): topics with their progress, a fast review of one call after another with the
same player as the workspace, and the QA lead's findings and export.

Keyboard: digits answer the first choice question, Ctrl+Enter saves and opens the next call, the player
keys of the workspace (Ctrl+Space, Ctrl+←/→…) work here too. Rules and figures are the core's
(``core.workflow.topics``); the page asks and shows.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core import call_details
from qa_desktop.core.audio.sides import one_side_file
from qa_desktop.core.workflow import topics
from qa_desktop.core.workflow.permissions import may
from qa_desktop.ui.i18n import current_language
from qa_desktop.ui.messages import describe_error
from qa_desktop.ui.player.controls import PlayerActions, PlayerBar
from qa_desktop.ui.player.service import PlayerService
from qa_desktop.ui.rows_model import RowsModel
from qa_desktop.ui.topics.new_topic_dialog import NewTopicDialog
from qa_desktop.ui.widgets import read_only_table as table_view

C = "TopicsPage"


def topics_model(parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("TopicsPage", "Topic"), lambda r: r["title"], None),
        (C, QT_TRANSLATE_NOOP("TopicsPage", "Reviewed"), lambda r: f"{r['done']} / {r['calls']}", None),
        (C, QT_TRANSLATE_NOOP("TopicsPage", "Target"), lambda r: r["target"], None),
    ], parent)


class QuestionsForm(QWidget):
    """One widget per question: choices as buttons (digits pick the first question's), tags as boxes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.inputs: dict[str, object] = {}
        self.questions: list[dict] = []

    def set_questions(self, questions: list[dict]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs.clear()
        self.questions = questions
        for number, question in enumerate(questions, 1):
            if question["kind"] == "text":
                box = QLineEdit()
                box.setObjectName(f"topicAnswer_{question['code']}")
                self.inputs[question["code"]] = box
                self.form.addRow(f"{number}. {question['text']}", box)
                continue
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            group = QButtonGroup(row)
            group.setExclusive(question["kind"] == "choice")
            for index, option in enumerate(question["options"], 1):
                button = (QRadioButton if question["kind"] == "choice" else QCheckBox)(
                    f"{index} {option}" if number == 1 and index <= 9 else option)
                button.setProperty("option", option)
                group.addButton(button, index)
                line.addWidget(button)
            line.addStretch(1)
            self.inputs[question["code"]] = group
            self.form.addRow(f"{number}. {question['text']}", row)

    def clear(self) -> None:
        for value in self.inputs.values():
            if isinstance(value, QLineEdit):
                value.clear()
            else:
                exclusive = value.exclusive()
                value.setExclusive(False)
                for button in value.buttons():
                    button.setChecked(False)
                value.setExclusive(exclusive)

    def focus_first(self) -> None:
        """The keyboard starts on the answers: digits, Tab, Space and Ctrl+Enter need no mouse."""
        for value in self.inputs.values():
            widget = value if isinstance(value, QLineEdit) else (value.buttons() or [None])[0]
            if widget is not None:
                widget.setFocus()
                return

    def pick_first(self, digit: int) -> bool:
        """A digit answers the first choice question."""
        if not self.questions or self.questions[0]["kind"] == "text":
            return False
        button = self.inputs[self.questions[0]["code"]].button(digit)
        if button is None:
            return False
        button.setChecked(not button.isChecked() if self.questions[0]["kind"] == "tags" else True)
        return True

    def answers(self) -> dict:
        result: dict = {}
        for question in self.questions:
            value = self.inputs[question["code"]]
            if isinstance(value, QLineEdit):
                result[question["code"]] = value.text().strip()
            else:
                chosen = [b.property("option") for b in value.buttons() if b.isChecked()]
                result[question["code"]] = chosen if question["kind"] == "tags" else (chosen[0] if chosen else None)
        return result


class TopicsPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("topicsPage")
        self.rows: list[dict] = []
        self.current: dict | None = None
        self.call: dict | None = None
        self.model = topics_model(self)
        self.view = table_view(self.model, "topicsList")
        self.view.selectionModel().currentRowChanged.connect(lambda current, _old: self.choose(current.row()))
        self.new_button = QPushButton()
        self.new_button.setObjectName("newTopic")
        self.new_button.clicked.connect(self.new_topic)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportTopic")
        self.export_button.clicked.connect(self.export)
        self.findings = QPlainTextEdit()
        self.findings.setObjectName("topicFindings")
        self.recommendations = QPlainTextEdit()
        self.recommendations.setObjectName("topicRecommendations")
        self.save_findings_button = QPushButton()
        self.save_findings_button.setObjectName("saveFindings")
        self.save_findings_button.clicked.connect(self.save_findings)
        self.findings_box = QGroupBox()
        findings_layout = QVBoxLayout(self.findings_box)
        findings_layout.addWidget(self.findings)
        findings_layout.addWidget(self.recommendations)
        findings_layout.addWidget(self.save_findings_button, 0, Qt.AlignmentFlag.AlignRight)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.view, 2)
        left_layout.addWidget(self.findings_box, 1)

        self.heading = QLabel()
        self.heading.setObjectName("topicCallHeading")
        self.heading.setWordWrap(True)
        self.player = PlayerService(self, side_maker=one_side_file)
        self.player_actions = PlayerActions(self, self.player)
        self.player_actions.install(self)
        self.player_bar = PlayerBar(self.player, self.player_actions)
        self.questions = QuestionsForm()
        self.next_button = QPushButton()
        self.next_button.setObjectName("topicSaveNext")
        self.next_button.clicked.connect(self.save_and_next)
        self.message = QLabel()
        self.message.setObjectName("topicMessage")
        self.message.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.player_bar)
        right_layout.addWidget(self.questions)
        right_layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignRight)
        right_layout.addStretch(1)
        right_layout.addWidget(self.message)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([480, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        save_next = QAction(self)
        save_next.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        save_next.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_next.triggered.connect(self.save_and_next)
        self.addAction(save_next)
        lead = may(ctx.user.role, "topic.lead")
        for widget in (self.new_button, self.save_findings_button, self.findings, self.recommendations):
            widget.setEnabled(lead)
        self.retranslate()
        self.activate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New topic…"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.findings_box.setTitle(self.tr("Findings and recommendations"))
        self.findings.setPlaceholderText(self.tr("Findings: what the calls show, across the whole line"))
        self.recommendations.setPlaceholderText(self.tr("Recommendations: what to change (process, training, "
                                                        "knowledge base)"))
        self.save_findings_button.setText(self.tr("Save findings"))
        self.next_button.setText(self.tr("Save and next call (Ctrl+Enter)"))
        self._show_call()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:
        if Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9 and not event.modifiers() \
                and not isinstance(self.focusWidget(), (QLineEdit, QPlainTextEdit)):
            if self.questions.pick_first(event.key() - Qt.Key.Key_0):
                return
        super().keyPressEvent(event)

    def activate(self) -> None:
        keep = self.current["id"] if self.current else None
        try:
            self.rows = topics.list_topics(self.ctx.db)
        except Exception as error:  # noqa: BLE001 - shown in the user's language
            self.message.setText(describe_error(error))
            return
        self.model.set_rows(self.rows)
        index = next((n for n, r in enumerate(self.rows) if r["id"] == keep), 0 if self.rows else -1)
        if index >= 0:
            self.view.selectRow(index)
            self.choose(index)

    def choose(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        self.current = self.rows[row]
        self.findings.setPlainText(self.current["findings"])
        self.recommendations.setPlainText(self.current["recommendations"])
        self.questions.set_questions(self.current["questions"])
        self.open_next()

    def open_next(self) -> None:
        self.call = topics.next_call(self.ctx.db, self.current["id"]) if self.current else None
        self.questions.clear()
        if self.call is not None:
            info = call_details.load_call(self.ctx.db, self.call["call_id"], previous_limit=0)
            status, detail = call_details.check_recording(self.call["recording_path"],
                                                          info.file_size if info else None)
            if status == call_details.RECORDING_OK:
                self.player_bar.set_problem("", False)
                self.player.load(self.call["recording_path"],
                                 duration_ms=int(((info.duration_s if info else 0) or 0) * 1000))
            else:
                self.player.unload()
                self.player_bar.set_problem(self.tr("The recording cannot be played: {0}").format(detail), False)
        else:
            self.player.unload()
        self._show_call()
        if self.call is not None:
            self.questions.focus_first()

    def _show_call(self) -> None:
        if self.current is None:
            self.heading.setText(self.tr("No topic yet. A QA lead creates one with New topic…"))
        elif self.call is None:
            self.heading.setText(self.tr("{0}: nothing left for you to review.").format(self.current["title"]))
        else:
            when = self.call["started_at"].strftime("%Y-%m-%d %H:%M") if self.call["started_at"] else ""
            self.heading.setText(self.tr("{0} · call {1} · {2} · {3}").format(
                self.current["title"], self.call["external_id"] or self.call["call_id"], self.call["call_type"] or "",
                when))
        self.next_button.setEnabled(self.call is not None)

    def save_and_next(self) -> None:
        if self.current is None or self.call is None:
            return
        try:
            topics.answer(self.ctx.db, self.current["id"], self.call["call_id"], self.questions.answers())
        except Exception as error:  # noqa: BLE001 - shown in the user's language
            self.message.setText(describe_error(error))
            return
        self.message.setText(self.tr("Saved."))
        self.activate()

    def new_topic(self) -> None:
        dialog = NewTopicDialog(self.ctx, self)
        if dialog.exec():
            self.message.setText(self.tr("Topic created: {0} calls.").format(dialog.created["calls"]))
            self.current = {"id": dialog.created["id"]}
            self.activate()

    def save_findings(self) -> None:
        if self.current is None:
            return
        try:
            topics.set_findings(self.ctx.db, self.current["id"], self.findings.toPlainText(),
                                self.recommendations.toPlainText())
        except Exception as error:  # noqa: BLE001 - shown in the user's language
            self.message.setText(describe_error(error))
            return
        self.message.setText(self.tr("Findings saved."))

    def export(self, path: str | None = None) -> None:
        if self.current is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save topic results"), f"{self.current['title']}.xlsx",
                                                  self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        try:
            written = topics.export_topic(self.ctx.db, self.current["id"], path, lang=current_language())
        except Exception as error:  # noqa: BLE001 - shown in the user's language
            self.message.setText(describe_error(error))
            return
        self.message.setText(self.tr("Saved {0}.").format(written))
