"""New topic: a title, questions (one per line, "text|choice|A,B,C"), which calls, how many."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from qa_desktop.core.workflow import topics
from qa_desktop.ui.messages import describe_error


def parse_questions(text: str) -> list[dict]:
    questions = []
    for line in text.splitlines():
        if not line.strip():
            continue
        parts = line.replace("｜", "|").split("|")
        options = parts[2].replace("，", ",").replace("、", ",").split(",") if len(parts) > 2 else []
        questions.append({"text": parts[0].strip(), "kind": (parts[1].strip() if len(parts) > 1 else "text"),
                          "options": [o.strip() for o in options if o.strip()]})
    return questions


class NewTopicDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.created: dict = {}
        self.setObjectName("newTopicDialog")
        self.setWindowTitle(self.tr("New topic"))
        self.resize(620, 420)
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.title.setObjectName("topicTitle")
        self.questions = QPlainTextEdit()
        self.questions.setObjectName("topicQuestions")
        self.questions.setTabChangesFocus(True)
        self.questions.setPlaceholderText(self.tr("One question per line: question|kind|option,option… "
                                                  "(kind: choice, tags or text)"))
        self.call_types = QLineEdit()
        self.call_types.setObjectName("topicCallTypes")
        self.call_types.setPlaceholderText(self.tr("e.g. 投诉, 查询 (empty: all)"))
        self.start = QLineEdit()
        self.start.setPlaceholderText("2026-11-01")
        self.end = QLineEdit()
        self.end.setPlaceholderText("2026-11-30")
        self.target = QSpinBox()
        self.target.setObjectName("topicTarget")
        self.target.setRange(1, 100_000)
        self.target.setValue(topics.DEFAULT_TARGET)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Questions"), self.questions)
        form.addRow(self.tr("Call types"), self.call_types)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("Records to review"), self.target)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def create(self) -> None:
        selection = {}
        typed = self.call_types.text().replace("，", ",").replace("、", ",")
        types = [t.strip() for t in typed.split(",") if t.strip()]
        if types:
            selection["call_types"] = types
        if self.start.text().strip():
            selection["from"] = self.start.text().strip()
        if self.end.text().strip():
            selection["to"] = self.end.text().strip()
        try:
            self.created = topics.create_topic(self.ctx.db, self.title.text(),
                                               parse_questions(self.questions.toPlainText()), selection,
                                               target=self.target.value())
        except Exception as error:  # noqa: BLE001 - shown in the user's language
            self.message.setText(describe_error(error))
            return
        self.accept()
