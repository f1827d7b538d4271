"""The Call library page: every registered call, one search box, Import, Relink share, last report."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.library.call_analysis import analyze_call, analyze_pending, count_stale
from qa_desktop.core.library.catalogue import LIST_FILTERS, count_calls, list_calls, list_import_runs
from qa_desktop.core.library.import_runs import settle_interrupted_runs
from qa_desktop.core.library.relink import relink_prefix
from qa_desktop.ui.library.import_dialog import ImportDialog, show_report
from qa_desktop.ui.library.models import CallsModel
from qa_desktop.ui.messages import describe_error
from qa_desktop.ui.tasks import run_in_background
from qa_desktop.ui.transcript.import_dialog import TranscriptImportDialog

SHOWN_AT_MOST = 5000


class RelinkDialog(QDialog):
    """Old and new path prefix of a share mounted elsewhere; shows how many calls would move first."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.summary = None
        self.setWindowTitle(self.tr("Relink share"))
        self.setMinimumWidth(560)  # paths on a share are long: at its natural 270 px both fields cut them
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("When the share holding the recordings is mounted under another path (a new drive "
                              "letter, a new server name), give the old and the new beginning of the paths."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.old = QLineEdit()
        self.old.setObjectName("relinkFrom")
        self.old.setPlaceholderText("\\\\nas01\\recordings")
        self.new = QLineEdit()
        self.new.setObjectName("relinkTo")
        self.new.setPlaceholderText("R:\\recordings")
        form.addRow(self.tr("Old path prefix"), self.old)
        form.addRow(self.tr("New path prefix"), self.new)
        layout.addLayout(form)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.check = buttons.addButton(self.tr("Check"), QDialogButtonBox.ButtonRole.ActionRole)
        self.apply = buttons.addButton(self.tr("Relink"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply.setEnabled(False)
        self.check.clicked.connect(self.run_check)
        self.apply.clicked.connect(self.run_relink)
        buttons.rejected.connect(self.reject)
        self.old.textChanged.connect(lambda: self.apply.setEnabled(False))
        self.new.textChanged.connect(lambda: self.apply.setEnabled(False))
        layout.addWidget(buttons)

    def run_check(self) -> None:
        try:
            summary = relink_prefix(self.ctx.db, self.old.text().strip(), self.new.text().strip(), dry_run=True)
        except Exception as error:  # shown, never lost
            self.preview.setText(describe_error(error))
            return
        self.preview.setText(self.tr("{calls} call(s) would be relinked; {found} recording(s) found at the new "
                                     "path, {missing} not found.").format(**summary))
        self.apply.setEnabled(summary["calls"] > 0)

    def run_relink(self) -> None:
        try:
            self.summary = relink_prefix(self.ctx.db, self.old.text().strip(), self.new.text().strip())
        except Exception as error:
            QMessageBox.warning(self, self.windowTitle(), describe_error(error))
            return
        self.ctx.dataChanged.emit("call")
        self.accept()


def _read_calls(database, text: str, only: str, with_stale: bool) -> tuple[list, int, int | None]:
    """The library's rows, the number of calls, and how many lack a current analysis (off the GUI thread)."""
    rows = list_calls(database, text, SHOWN_AT_MOST, only=only)
    total = count_calls(database)
    stale = None
    if with_stale:
        try:
            stale = count_stale(database)
        except Exception:  # the count is a hint; the list itself was read
            stale = 0
    return rows, total, stale


class LibraryPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.import_button = QPushButton()
        self.import_button.setObjectName("importRecordings")
        self.import_button.clicked.connect(self.open_import)
        self.relink_button = QPushButton()
        self.relink_button.clicked.connect(self.open_relink)
        self.report_button = QPushButton()
        self.report_button.clicked.connect(self.show_last_report)
        self.analyse_button = QPushButton()
        self.analyse_button.setObjectName("analyseCall")
        self.analyse_button.clicked.connect(self.analyse_selected)
        self.transcripts_button = QPushButton()
        self.transcripts_button.setObjectName("importTranscripts")
        self.transcripts_button.clicked.connect(self.open_transcript_import)
        self.screen_button = QPushButton()
        self.screen_button.setObjectName("screenCalls")
        self.screen_button.clicked.connect(self.screen_calls)
        self.only = QComboBox()
        self.only.setObjectName("libraryFilter")
        for value in LIST_FILTERS:
            self.only.addItem("", value)
        self.only.currentIndexChanged.connect(lambda _index: self.search_in_background())
        # sized to its longest filter, the list squeezed the search box to 'Search c…' in English at 1366 px;
        # the open list still shows each filter in full
        self.only.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.only.setMinimumContentsLength(12)
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.search_in_background)
        self._search_task = None
        self.search.textChanged.connect(lambda: self._search_timer.start())
        bar.addWidget(self.import_button)
        bar.addWidget(self.relink_button)
        bar.addWidget(self.report_button)
        bar.addWidget(self.analyse_button)
        bar.addWidget(self.transcripts_button)
        bar.addWidget(self.screen_button)
        bar.addStretch(1)
        bar.addWidget(self.only)
        self.search.setMinimumWidth(220)
        bar.addWidget(self.search, 1)
        layout.addLayout(bar)
        self.count = QLabel()
        count_row = QHBoxLayout()
        count_row.addWidget(self.count, 1)
        # calls never analysed, or analysed by an older version: redone in the background on request
        self.stale = QLabel()
        self.stale.setObjectName("staleAnalyses")
        self.reanalyse_button = QPushButton()
        self.reanalyse_button.setObjectName("reanalyseCalls")
        self.reanalyse_button.clicked.connect(self.reanalyse_stale)
        count_row.addWidget(self.stale)
        count_row.addWidget(self.reanalyse_button)
        layout.addLayout(count_row)
        self._stale_count = 0
        self._reanalysis = None
        self.model = CallsModel(self)
        self.table = QTableView()
        self.table.setObjectName("callLibrary")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_call)
        self.table.activated.connect(self._open_call)
        layout.addWidget(self.table, 1)
        self._dirty = True
        self._loading = None  # the background read of the list, while one runs
        self._reload = False
        # column widths from the first rows, not all 5,000 shown (seconds on every search otherwise)
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self.setAcceptDrops(True)  # drop a folder from the file manager to import it
        ctx.dataChanged.connect(self._on_data_changed)
        ctx.databaseChanged.connect(self._finish_search)  # before the old database is closed
        ctx.databaseChanged.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import recordings…"))
        self.import_button.setToolTip(self.tr("Register a folder of recordings (with a manifest or a file-name "
                                              "pattern) as calls"))
        self.relink_button.setText(self.tr("Relink share…"))
        self.report_button.setText(self.tr("Last import report"))
        self.analyse_button.setText(self.tr("Analyse call"))
        self.analyse_button.setToolTip(self.tr("Find speech, dead air and talk-over in the selected call's recording"))
        self.search.setPlaceholderText(self.tr("Search call ID, agent, type, queue, path or words said"))
        self.transcripts_button.setText(self.tr("Import transcripts…"))
        self.transcripts_button.setToolTip(self.tr("Attach the call platform's transcripts (Alibaba JSON, SRT, "
                                                   "WebVTT, CSV) to the registered calls"))
        self.screen_button.setText(self.tr("Run automatic checks"))
        self.screen_button.setToolTip(self.tr("Run the scoring form's automatic checks on every call with a "
                                              "transcript or analysis; calls with risks feed the targeted sample"))
        for index, text in enumerate((self.tr("All calls"), self.tr("Calls with a transcript"),
                                      self.tr("Calls the automatic checks found risks in"))):
            self.only.setItemText(index, text)
        self._update_count()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        super().changeEvent(event)

    def activate(self) -> None:
        if self._dirty:
            self.refresh()

    def _on_data_changed(self, entity: str) -> None:
        if entity in ("call", "import"):
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        """Read the list again in the background (a year of calls took seconds on the GUI thread, and
        search-as-you-type did it on every pause); a search typed meanwhile is read once this one ends."""
        self._dirty = False
        if self._loading is not None:
            self._reload = True
            return
        self._reload = False
        task = run_in_background(self, _read_calls, self.ctx.db, self.search.text(),
                                 self.only.currentData() or "all", self._reanalysis is None, pass_progress=False)
        self._loading = task
        task.succeeded.connect(self._calls_read)
        task.failed.connect(self._calls_failed)
        task.finished.connect(self._read_done)

    def _calls_read(self, result) -> None:
        rows, self._total, stale = result
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._update_count()
        if self._reanalysis is None and stale is not None:
            self._stale_count = stale
            self._show_stale()

    def _calls_failed(self, error: BaseException) -> None:  # a lost connection must not take the page down
        self.count.setText(describe_error(error))

    def _read_done(self) -> None:
        self._loading = None
        if self._reload:
            self.refresh()

    def _show_stale(self, done: int | None = None, total: int = 0) -> None:
        running = self._reanalysis is not None
        if running:
            self.stale.setText(self.tr("Analysing calls in the background: {0} of {1}").format(done or 0, total))
            self.reanalyse_button.setText(self.tr("Stop"))
        else:
            self.stale.setText(self.tr("{0} calls have no analysis, or one from an older version").format(
                self._stale_count))
            self.reanalyse_button.setText(self.tr("Analyse them"))
        self.stale.setVisible(running or self._stale_count > 0)
        self.reanalyse_button.setVisible(running or self._stale_count > 0)

    def reanalyse_stale(self):
        """Analyse (again) every call whose analysis is missing or older, off the GUI thread; the
        button stops it. The evaluator goes on working meanwhile."""
        if self._reanalysis is not None:
            self._reanalysis.cancel()
            return None
        task = run_in_background(None, analyze_pending, self.ctx.db)
        self._reanalysis = task
        task.progressed.connect(lambda done, total, _message: self._show_stale(done, total))

        def finished(result=None):
            self._reanalysis = None
            self.ctx.dataChanged.emit("call")
            if result is not None:
                self.ctx.statusMessage.emit(self.tr("Analysed {0} calls; {1} could not be read.").format(
                    len(result["analysed"]), len(result["failed"])))
            self.refresh()

        def failed(error):
            finished()
            QMessageBox.warning(self, self.tr("Analyse calls"), describe_error(error))

        task.succeeded.connect(finished)
        task.cancelled.connect(finished)
        task.failed.connect(failed)
        self._show_stale(0, self._stale_count)
        return task

    def search_in_background(self) -> None:
        """What is typed or filtered, read off the GUI thread: matching the words said in every
        transcript of a large library takes longer than a keystroke may."""
        task = run_in_background(None, list_calls, self.ctx.db, self.search.text(), SHOWN_AT_MOST,
                                 only=self.only.currentData() or "all", pass_progress=False)
        self._search_task = task

        def done(rows, t=task):
            if t is self._search_task:
                self._search_task = None
                self.model.set_rows(rows)
                self.table.resizeColumnsToContents()
                self._update_count()

        def failed(error, t=task):
            if t is self._search_task:
                self._search_task = None
                self.count.setText(describe_error(error))

        task.succeeded.connect(done)
        task.failed.connect(failed)

    def _finish_search(self) -> None:
        # a read still running on the database about to be closed must end first
        if self._search_task is not None:
            self._search_task = None
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(10000)

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        total = getattr(self, "_total", shown)
        if shown < total:
            self.count.setText(self.tr("{0} of {1} calls shown").format(shown, total))
        else:
            self.count.setText(self.tr("{0} calls").format(total))

    def selected_call_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()]["id"] if index.isValid() else None

    def _open_call(self, index) -> None:
        if index.isValid():
            self.ctx.openCallRequested.emit(self.model.rows[index.row()]["id"])

    def analyse_selected(self):
        call_id = self.selected_call_id()
        if call_id is None:
            self.ctx.statusMessage.emit(self.tr("Select a call first."))
            return None
        task = run_in_background(self, analyze_call, self.ctx.db, call_id, title=self.tr("Analysing the call"))
        task.succeeded.connect(lambda _result: self.ctx.dataChanged.emit("call"))
        task.failed.connect(lambda error: QMessageBox.warning(self, self.tr("Analyse call"), describe_error(error)))
        return task

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_import(paths)

    def open_import(self, paths=None) -> ImportDialog:
        dialog = ImportDialog(self.ctx, self)
        if paths:
            dialog.add_sources(paths)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def screen_calls(self):
        from qa_desktop.core.checks.screening import screen_calls

        task = run_in_background(self, screen_calls, self.ctx.db, title=self.tr("Running the automatic checks"))

        def done(results):
            risky = sum(1 for r in results if r.risks)
            self.ctx.statusMessage.emit(self.tr("Automatic checks run on %1 call(s); %2 with risks.")
                                        .replace("%1", str(len(results))).replace("%2", str(risky)))
            self.ctx.dataChanged.emit("call")

        task.succeeded.connect(done)
        task.failed.connect(lambda error: QMessageBox.warning(self, self.tr("Run automatic checks"),
                                                              describe_error(error)))
        return task

    def open_transcript_import(self) -> TranscriptImportDialog:
        dialog = TranscriptImportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_relink(self) -> RelinkDialog:
        dialog = RelinkDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_last_report(self):
        settle_interrupted_runs(self.ctx.db)  # a killed import's run reads "interrupted", not "running"
        runs = list_import_runs(self.ctx.db, limit=1)
        if not runs or not runs[0]["report"].get("lines") and not runs[0]["report"].get("counts"):
            QMessageBox.information(self, self.tr("Import report"), self.tr("No import has been run yet."))
            return None
        return show_report(self, runs[0]["report"])
