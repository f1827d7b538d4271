"""Import dialog (what to import, with which metadata) and the report shown after a run."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.library.filename_pattern import FilenamePattern, PatternError
from qa_desktop.core.library.importer import import_recordings
from qa_desktop.ui.library.models import ReportLinesModel
from qa_desktop.ui.messages import describe_error
from qa_desktop.ui.tasks import run_in_background

EXAMPLE_PATTERN = "{agent_id}_{date:%Y%m%d}_{time:%H%M%S}_{call_id}"
AUDIO_FILTER = "*.wav *.mp3 *.ogg *.oga *.opus *.m4a *.mp4 *.aac *.flac *.amr *.awb"


class ImportDialog(QDialog):
    """Choose folders/files, an optional manifest, pattern and copy folder; runs the import off the GUI thread."""

    imported = Signal(object)  # the ImportReport, once a run finished (also when cancelled)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.task = None
        self.report = None
        self.setWindowTitle(self.tr("Import recordings"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)

        intro = QLabel(self.tr("Recordings stay where they are (for example on the network share); only their "
                               "details are registered. Importing the same folder again adds nothing."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.sources = QListWidget()
        self.sources.setObjectName("importSources")
        self.sources.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        source_buttons = QHBoxLayout()
        self.add_folder = QPushButton(self.tr("Add folder…"))
        self.add_files = QPushButton(self.tr("Add files…"))
        self.remove = QPushButton(self.tr("Remove"))
        for button in (self.add_folder, self.add_files, self.remove):
            source_buttons.addWidget(button)
        source_buttons.addStretch(1)
        self.add_folder.clicked.connect(self._add_folder)
        self.add_files.clicked.connect(self._add_files)
        self.remove.clicked.connect(self._remove_selected)

        form = QFormLayout()
        sources_box = QVBoxLayout()
        sources_box.addWidget(self.sources)
        sources_box.addLayout(source_buttons)
        form.addRow(self.tr("Folders and files"), sources_box)

        self.manifest = QLineEdit()
        self.manifest.setObjectName("importManifest")
        self.manifest.setPlaceholderText(self.tr("optional: a CSV or Excel call list (工号, 通话时间, 主叫…)"))
        browse_manifest = QPushButton(self.tr("Browse…"))
        browse_manifest.clicked.connect(self._browse_manifest)
        row = QHBoxLayout()
        row.addWidget(self.manifest, 1)
        row.addWidget(browse_manifest)
        form.addRow(self.tr("Manifest"), row)

        self.pattern = QLineEdit()
        self.pattern.setObjectName("importPattern")
        self.pattern.setPlaceholderText(self.tr("optional, e.g. {0}").format(EXAMPLE_PATTERN))
        self.pattern.textChanged.connect(self._check_pattern)
        self.pattern_hint = QLabel()
        self.pattern_hint.setWordWrap(True)
        pattern_box = QVBoxLayout()
        pattern_box.addWidget(self.pattern)
        pattern_box.addWidget(self.pattern_hint)
        form.addRow(self.tr("File-name pattern"), pattern_box)

        self.copy = QCheckBox(self.tr("Copy the recordings into this folder and use the copies:"))
        self.copy_to = QLineEdit()
        self.copy_to.setEnabled(False)
        browse_copy = QPushButton(self.tr("Browse…"))
        browse_copy.setEnabled(False)
        self.copy.toggled.connect(self.copy_to.setEnabled)
        self.copy.toggled.connect(browse_copy.setEnabled)
        browse_copy.clicked.connect(self._browse_copy)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_to, 1)
        copy_row.addWidget(browse_copy)
        copy_box = QVBoxLayout()
        copy_box.addWidget(self.copy)
        copy_box.addLayout(copy_row)
        form.addRow("", copy_box)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setObjectName("startImport")
        self.start.setDefault(True)
        self.start.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_start()

    # ------------------------------------------------------------ choosing
    def add_sources(self, paths) -> None:
        existing = {self.sources.item(i).text() for i in range(self.sources.count())}
        for path in paths:
            text = str(path)
            if text and text not in existing:
                self.sources.addItem(text)
                existing.add(text)
        self._update_start()

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of recordings"))
        if folder:
            self.add_sources([folder])

    def _add_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Recordings"), "",
                                                self.tr("Recordings ({0});;All files (*)").format(AUDIO_FILTER))
        self.add_sources(files)

    def _remove_selected(self) -> None:
        for item in self.sources.selectedItems():
            self.sources.takeItem(self.sources.row(item))
        self._update_start()

    def _browse_manifest(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Manifest"), "",
                                              self.tr("Call lists (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.manifest.setText(path)

    def _browse_copy(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Copy recordings to"))
        if folder:
            self.copy_to.setText(folder)

    def _check_pattern(self) -> bool:
        text = self.pattern.text().strip()
        if not text:
            self.pattern_hint.setText("")
            self._update_start()
            return True
        try:
            FilenamePattern.compile(text)
        except PatternError as error:
            self.pattern_hint.setText(str(error))
            self.pattern_hint.setStyleSheet("color: #c00000")
            self._update_start()
            return False
        self.pattern_hint.setText(self.tr("Fields: agent_id, agent_name, call_id, date, time, datetime, caller, "
                                          "callee, customer, call_type, queue, direction; {*} skips a part."))
        self.pattern_hint.setStyleSheet("")
        self._update_start()
        return True

    def _update_start(self) -> None:
        valid_pattern = True
        if self.pattern.text().strip():
            try:
                FilenamePattern.compile(self.pattern.text().strip())
            except PatternError:
                valid_pattern = False
        self.start.setEnabled(self.sources.count() > 0 and valid_pattern and self.task is None)

    # ------------------------------------------------------------ running
    def options(self) -> dict:
        return {
            "sources": [Path(self.sources.item(i).text()) for i in range(self.sources.count())],
            "manifest": self.manifest.text().strip() or None,
            "pattern": self.pattern.text().strip() or None,
            "copy_to": self.copy_to.text().strip() or None if self.copy.isChecked() else None,
        }

    def start_import(self) -> None:
        options = self.options()
        if self.copy.isChecked() and not options["copy_to"]:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose the folder to copy the recordings to."))
            return
        self.start.setEnabled(False)
        self.task = run_in_background(
            self, import_recordings, self.ctx.db, options["sources"], manifest=options["manifest"],
            pattern=options["pattern"], copy_to=options["copy_to"], title=self.tr("Importing recordings"),
            label=self.tr("Reading the recordings…"))
        self.task.succeeded.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)

    def _finished(self, report) -> None:
        self.task = None
        self.report = report
        self.ctx.dataChanged.emit("call")
        self.imported.emit(report)
        # Whoever opened the dialog (library page, welcome banner), the evaluator sees the outcome.
        self.report_dialog = show_report(self.parentWidget(), report.to_dict())
        self.accept()

    def _failed(self, error) -> None:
        self.task = None
        self._update_start()
        QMessageBox.warning(self, self.windowTitle(), describe_error(error))

    def _cancelled(self) -> None:
        self.task = None
        self._update_start()


class ImportReportDialog(QDialog):
    """The outcome of one import run: counts, and one line per file (problems first)."""

    def __init__(self, report: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        counts = report.get("counts", {})
        summary = self.tr("{imported} imported, {moved} moved, {duplicate} already there, {skipped} skipped, "
                          "{failed} failed.").format(**{k: counts.get(k, 0) for k in
                                                        ("imported", "moved", "duplicate", "skipped", "failed")})
        if report.get("cancelled"):
            summary = self.tr("Cancelled: what was registered before stopping is kept.") + " " + summary
        if report.get("interrupted"):
            summary = self.tr("Interrupted: the import stopped before it finished (the program or computer was "
                              "stopped). What it registered is kept; import the same files again to register the "
                              "rest.") + " " + summary
        if report.get("agents_created"):
            summary += " " + self.tr("New agents: {0}.").format(", ".join(report["agents_created"][:15])
                                                               + (" …" if len(report["agents_created"]) > 15 else ""))
        self.summary = QLabel(summary)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.source = report.get("source", "")
        source = QLabel(self.source)
        source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(source)

        self.problems_only = QCheckBox(self.tr("Show only files that were not imported"))
        self.problems_only.setChecked(True)
        layout.addWidget(self.problems_only)
        self.model = ReportLinesModel(self)
        order = {"failed": 0, "skipped": 1, "moved": 2, "duplicate": 3, "imported": 4}
        self.all_lines = sorted(report.get("lines", []), key=lambda line: order.get(line["status"], 9))
        self.table = QTableView()
        self.table.setObjectName("importLines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.problems_only.toggled.connect(self._filter)
        self._filter()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _filter(self) -> None:
        lines = self.all_lines
        if self.problems_only.isChecked():
            lines = [line for line in lines if line["status"] in ("failed", "skipped", "moved")]
        sources = self.source.split(", ")
        self.model.set_rows(lines, sources[0] if len(sources) == 1 else "")
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 320)


def show_report(parent: QWidget | None, report: dict) -> ImportReportDialog:
    dialog = ImportReportDialog(report, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


__all__ = ["ImportDialog", "ImportReportDialog", "show_report"]
