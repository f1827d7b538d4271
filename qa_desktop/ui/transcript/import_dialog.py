"""Import transcripts… (from the Library): a file or folder of the call platform's transcripts.

The work runs off the GUI thread with progress and cancel; the report lists, in the user's
language, each file that could not be used and why, and what was added.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.ui.messages import describe_error
from qa_desktop.ui.tasks import run_in_background


class TranscriptImportDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.report: dict | None = None
        self.task = None
        self.setObjectName("transcriptImportDialog")
        self.setWindowTitle(self.tr("Import transcripts"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Transcripts exported by the call platform: Alibaba Cloud recording-file recognition "
                              "JSON, SRT or WebVTT subtitles (one file per side, or speaker-labelled cues) and CSV "
                              "(call ID, side, start, end, text), in UTF-8 or GBK. A file belongs to the call whose "
                              "call ID or recording name it carries (optionally followed by _agent / _customer, "
                              "_坐席 / _客户), or to the call a manifest names."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.path = QLineEdit()
        self.path.setObjectName("transcriptPath")
        self.path.setPlaceholderText(self.tr("a transcript file or a folder of them"))
        form.addRow(self.tr("Transcripts"), self._with_buttons(self.path, self._browse_folder, self._browse_file))
        self.manifest = QLineEdit()
        self.manifest.setObjectName("transcriptManifest")
        self.manifest.setPlaceholderText(self.tr("optional: a CSV naming each file's call (文件名, 通话ID)"))
        form.addRow(self.tr("Manifest"), self._with_buttons(self.manifest, None, self._browse_manifest))
        self.channel = QComboBox()
        self.channel.setObjectName("agentChannel")
        self.channel.addItem(self.tr("Channel 0 (left) is the agent"), 0)
        self.channel.addItem(self.tr("Channel 1 (right) is the agent"), 1)
        self.channel.setToolTip(self.tr("For Alibaba JSON of calls not analysed yet; an analysed call knows its "
                                        "agent channel"))
        form.addRow(self.tr("Alibaba ChannelId"), self.channel)
        layout.addLayout(form)
        self.result = QPlainTextEdit()
        self.result.setObjectName("transcriptImportReport")
        self.result.setReadOnly(True)
        layout.addWidget(self.result, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("runTranscriptImport")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _with_buttons(self, edit: QLineEdit, folder_slot, file_slot) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        if folder_slot is not None:
            button = QPushButton(self.tr("Folder…"))
            button.clicked.connect(folder_slot)
            row.addWidget(button)
        button = QPushButton(self.tr("File…"))
        button.clicked.connect(file_slot)
        row.addWidget(button)
        return box

    def _browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of transcripts"))
        if folder:
            self.path.setText(folder)

    def _browse_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Transcript file"), "",
                                              self.tr("Transcripts (*.json *.srt *.vtt *.csv)"))
        if path:
            self.path.setText(path)

    def _browse_manifest(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Manifest"), "", self.tr("CSV files (*.csv)"))
        if path:
            self.manifest.setText(path)

    def run_import(self):
        from qa_desktop.core.transcripts.importer import import_transcripts

        source = self.path.text().strip()
        if not source:
            self.result.setPlainText(self.tr("Choose a transcript file or a folder first."))
            self.path.setFocus()
            return None
        self.import_button.setEnabled(False)
        self.result.setPlainText(self.tr("Importing…"))
        self.task = run_in_background(self, import_transcripts, self.ctx.db, source,
                                      manifest=self.manifest.text().strip() or None,
                                      agent_channel=self.channel.currentData(), title=self.tr("Import transcripts"))
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._failed)
        return self.task

    def _failed(self, error) -> None:
        self.import_button.setEnabled(True)
        self.result.setPlainText(describe_error(error))

    def _done(self, report) -> None:
        self.import_button.setEnabled(True)
        self.report = report.to_dict()
        self.result.setPlainText(self.report_text(self.report))
        self.ctx.dataChanged.emit("call")

    def unreadable_text(self, params: dict) -> str:
        """Why a file could not be read, in the user's language (the core says why with a code)."""
        def fill(text: str) -> str:
            for key, value in params.items():
                text = text.replace("{" + key + "}", str(value))
            return text

        texts = {
            "not_text": self.tr("it is neither UTF-8 nor GBK text"),
            "not_json": self.tr("it is not valid JSON (line {line})"),
            "no_sentences": self.tr("the JSON has no Result.Sentences (task status: {status})"),
            "bad_sentence": self.tr("sentence {number} has no BeginTime/EndTime in milliseconds"),
            "bad_cue_time": self.tr("a subtitle time is not understood: {text}"),
            "no_cues": self.tr("it has no subtitle cues (start --> end)"),
            "empty": self.tr("the file is empty"),
            "csv_columns": self.tr("the CSV lacks the column(s) {columns} (call ID, side, start, end, text)"),
            "csv_side": self.tr("line {line}: side '{value}' is neither agent nor customer"),
            "csv_time": self.tr("line {line}: the start or end time is not understood"),
            "csv_no_call": self.tr("line {line}: no call ID"),
            "cannot_read": self.tr("the file cannot be opened ({detail})"),
            "unknown_format": self.tr("not a transcript format QA Desktop reads (Alibaba JSON, SRT, WebVTT, CSV)"),
            "manifest_columns": self.tr("the manifest needs a file name column and a call ID column"),
        }
        template = texts.get(params.get("why"))
        return fill(template) if template else params.get("detail", "")

    def problem_text(self, problem: dict) -> str:
        params = problem.get("params") or {}
        texts = {
            "unreadable": self.tr("cannot be read: %1").replace("%1", self.unreadable_text(params)),
            "no_call": self.tr("no registered call matches it (call ID or recording name as the file name, or a "
                               "manifest)") + (f": {params['calls']}" if params.get("calls") else ""),
            "no_side": self.tr("does not say whose words they are: name it CALLID_agent / CALLID_customer or label "
                               "each cue (坐席: / 客户:)"),
            "duplicate": self.tr("the same call and side is also in %1").replace("%1", params.get("other", "")),
            "manifest": self.tr("the manifest cannot be used: %1").replace("%1", self.unreadable_text(params)),
        }
        return texts.get(problem["code"], problem.get("reason", ""))

    def report_text(self, report: dict) -> str:
        lines = [self.tr("%1 file(s), %2 call(s): %3 side(s) added, %4 replaced, %5 unchanged.")
                 .replace("%1", str(report["files"])).replace("%2", str(report["calls"]))
                 .replace("%3", str(report["added"])).replace("%4", str(report["replaced"]))
                 .replace("%5", str(report["unchanged"]))]
        if report["cancelled"]:
            lines.append(self.tr("Cancelled: what was imported before stays."))
        if report["problems"]:
            lines.append(self.tr("%1 file(s) not used:").replace("%1", str(len(report["problems"]))))
            lines += [f"  {problem['file']}: {self.problem_text(problem)}" for problem in report["problems"]]
        return "\n".join(lines)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.import_button.isEnabled():
            self.run_import()
            return
        super().keyPressEvent(event)
