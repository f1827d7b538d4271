"""Coaching → Recordings of the month: pick excellent and failing examples with commentary, export the
training pack, and see the failed calls not yet coached. The rules and files are the core's
(``core.workflow.month_recordings``); this tab lists, asks and shows, reading and writing in the
background (a 500-agent month's proposals took a second and more)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.workflow import month_recordings
from qa_desktop.core.workflow.permissions import may
from qa_desktop.ui.coaching.month_bar import month_bar
from qa_desktop.ui.coaching.reads import LatestRead
from qa_desktop.ui.i18n import current_language
from qa_desktop.ui.rows_model import BAD, GOOD, RowsModel
from qa_desktop.ui.tasks import run_in_background
from qa_desktop.ui.widgets import read_only_table as table_view

C = "RecordingsTab"
SHOWN_AT_ONCE = 100  # proposals handed to the table at a time; more as it scrolls


def read_month(database, month: str) -> dict:
    return {"proposals": month_recordings.propose(database, month),
            "uncoached": month_recordings.uncoached_failures(database)}


def kind_text(kind: str) -> str:
    return {"excellent": QCoreApplication.translate("RecordingsTab", "Excellent"),
            "failing": QCoreApplication.translate("RecordingsTab", "Failing")}.get(kind, kind)


def proposals_model(parent=None, batch: int | None = None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("RecordingsTab", "Kind"), lambda r: kind_text(r["kind"]),
         lambda r: GOOD if r["kind"] == "excellent" else BAD),
        (C, QT_TRANSLATE_NOOP("RecordingsTab", "Agent"), lambda r: f"{r['agent_code']} {r['agent_name']}", None),
        (C, QT_TRANSLATE_NOOP("RecordingsTab", "Team"), lambda r: r["team"], None),
        (C, QT_TRANSLATE_NOOP("RecordingsTab", "Call"), lambda r: r["external_id"] or r["call_id"], None),
        (C, QT_TRANSLATE_NOOP("RecordingsTab", "Score"), lambda r: r["score"], None),
        (C, QT_TRANSLATE_NOOP("RecordingsTab", "Picked"), lambda r: "✓" if r["picked"] else "", None),
        (C, QT_TRANSLATE_NOOP("RecordingsTab", "Commentary"), lambda r: r["commentary"], None),
    ], parent, batch=batch)


def uncoached_model(parent=None, batch: int | None = None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("RecordingsTab", "Team lead"), lambda r: r["team_lead"], None),
        (C, QT_TRANSLATE_NOOP("RecordingsTab", "Team"), lambda r: r["team"], None),
        (C, QT_TRANSLATE_NOOP("RecordingsTab", "Agent"), lambda r: f"{r['agent_code']} {r['agent_name']}", None),
        (C, QT_TRANSLATE_NOOP("RecordingsTab", "Call"), lambda r: r["external_id"] or r["call_id"], None),
        (C, QT_TRANSLATE_NOOP("RecordingsTab", "Call time"),
         lambda r: r["started_at"].strftime("%Y-%m-%d %H:%M") if r["started_at"] else "", None),
        (C, QT_TRANSLATE_NOOP("RecordingsTab", "Score"), lambda r: r["score"], lambda r: BAD),
    ], parent, batch=batch)


class RecordingsTab(QWidget):
    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.read = LatestRead(self, page.busy)
        self.write = LatestRead(self, page.busy)
        self._failed_read = False
        today = dt.date.today()
        last_month = today.replace(day=1) - dt.timedelta(days=1)
        bar, self.month_label, self.month, self.show_button = month_bar(
            f"{last_month:%Y-%m}", "recordingsMonth", "showRecordings", self.refresh)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportTrainingPack")
        self.export_button.clicked.connect(self.export_pack)
        bar.addWidget(self.export_button)

        self.proposals = proposals_model(self, batch=SHOWN_AT_ONCE)
        self.view = table_view(self.proposals, "recordingProposals")
        self.commentary = QLineEdit()
        self.commentary.setObjectName("recordingCommentary")
        self.commentary.returnPressed.connect(self.pick)
        self.pick_button = QPushButton()
        self.pick_button.setObjectName("pickRecording")
        self.pick_button.clicked.connect(self.pick)
        pick_row = QHBoxLayout()
        pick_row.addWidget(self.commentary, 1)
        pick_row.addWidget(self.pick_button)
        self.uncoached_label = QLabel()
        self.uncoached = uncoached_model(self, batch=SHOWN_AT_ONCE)
        self.uncoached_view = table_view(self.uncoached, "uncoachedFailures")
        self.message = QLabel()
        self.message.setWordWrap(True)

        top, bottom = QWidget(), QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view, 1)
        top_layout.addLayout(pick_row)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.uncoached_label)
        bottom_layout.addWidget(self.uncoached_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([400, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        may_pick = may(page.ctx.user.role, "recordings.pick")
        for widget in (self.commentary, self.pick_button):
            widget.setEnabled(may_pick)
        self.retranslate()

    def retranslate(self) -> None:
        self.month_label.setText(self.tr("Month"))
        self.show_button.setText(self.tr("Show"))
        self.export_button.setText(self.tr("Export training pack…"))
        self.commentary.setPlaceholderText(self.tr("Commentary (点评) for the selected recording; Enter keeps it"))
        self.pick_button.setText(self.tr("Keep as example"))
        self._say_uncoached()

    def _say_uncoached(self) -> None:
        """The heading of the failed calls not yet coached; when there are none it says so, rather than
        leaving an empty table to be read as 'still loading' or 'broken'."""
        if self.uncoached.rows or self.read.running:
            self.uncoached_label.setText(self.tr("Failed calls not yet coached (every failed call is coached)"))
        else:
            self.uncoached_label.setText(self.tr("Failed calls not yet coached: none, every failed call has "
                                                 "been coached."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def loading(self) -> bool:
        return self.read.running

    def refresh(self, select_row: int = 0) -> None:
        """The month's proposals and the failed calls not yet coached, read in the background."""
        self.read.start(read_month, self.page.ctx.db, self.month.text().strip(),
                        done=lambda result: self._show(result, select_row), failed=self._read_failed)

    def _read_failed(self, error: BaseException) -> None:
        self.message.setText(self.page.describe(error))
        self._failed_read = True

    def _show(self, result: dict, select_row: int) -> None:
        if self._failed_read:  # the month is read now: its refusal is old news
            self._failed_read = False
            self.message.setText("")
        self.proposals.set_rows(result["proposals"])
        self.uncoached.set_rows(result["uncoached"])
        self._say_uncoached()
        if self.proposals.rows:
            row = min(select_row, len(self.proposals.rows) - 1)
            self.proposals.reveal(row)
            self.view.selectRow(row)

    def pick(self) -> None:
        """Keep the selected recording with the commentary typed (Enter in the box), in the background."""
        index = self.view.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("Select a recording first."))
            return
        if self.write.running:
            return
        row, selected = self.proposals.row(index.row()), index.row()
        database, commentary = self.page.ctx.db, self.commentary.text()

        def done(_result) -> None:
            self.commentary.clear()
            self.message.setText(self.tr("Kept as an example."))
            self.page.ctx.dataChanged.emit("flag")
            self.refresh(select_row=selected)

        self.write.start(month_recordings.pick, database, row["call_id"], row["kind"], commentary, done=done,
                         failed=lambda error: self.message.setText(self.page.describe(error)))

    def export_pack(self, folder: str | None = None) -> None:
        month = self.month.text().strip()
        if not folder:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the training pack"))
        if not folder:
            return
        task = run_in_background(self, month_recordings.export_training_pack, self.page.ctx.db, month, folder,
                                 lang=current_language(), pass_progress=False, title=self.tr("Training pack"),
                                 label=self.tr("Copying the recordings…"))
        task.succeeded.connect(lambda result: self.message.setText(
            self.tr("Training pack written to {0}: {1} recordings, index and playlist.").format(
                result["folder"], result["recordings"])))
        task.failed.connect(lambda error: self.message.setText(self.page.describe(error)))
