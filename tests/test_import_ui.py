"""The Call library page and the import dialog, driven like a user would (offscreen)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qa_desktop.core.audio.synth import write_demo_call
from qa_desktop.core.users import ensure_user
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.library.import_dialog import ImportDialog, ImportReportDialog
from qa_desktop.ui.library.models import ReportLinesModel
from qa_desktop.ui.library.page import LibraryPage, RelinkDialog
from qa_desktop.ui.settings import AppSettings

PATTERN = "{agent_id}_{date:%Y%m%d}_{time:%H%M%S}_{call_id}"


@pytest.fixture
def ctx(sqlite_db):
    return AppContext(sqlite_db, ensure_user(sqlite_db, "tester"), AppSettings())


def _share(folder, count=3):
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        write_demo_call(folder / f"100{index}_20261120_0930{index:02d}_C{index}.wav", seed=index, duration_s=2.0
                        + index)
    (folder / "broken.wav").write_bytes(b"RIFF\x00\x00\x00\x00WAVE")
    return folder


def test_import_dialog_runs_in_the_background_and_the_page_lists_the_calls(qtbot, ctx, tmp_path):
    share = _share(tmp_path / "share")
    page = LibraryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    assert page.model.rowCount() == 0

    dialog = ImportDialog(ctx, page)
    qtbot.addWidget(dialog)
    assert not dialog.start.isEnabled()  # nothing chosen yet
    dialog.add_sources([share])
    dialog.pattern.setText("{agent_id}_{colour}")
    assert not dialog.start.isEnabled() and "colour" in dialog.pattern_hint.text()
    dialog.pattern.setText(PATTERN)
    assert dialog.start.isEnabled()
    reports = []
    dialog.imported.connect(reports.append)
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    report = reports[0]
    assert report.counts["imported"] == 3 and report.counts["failed"] == 1
    assert dialog.report_dialog.isVisible() and "3 imported" in dialog.report_dialog.summary.text()
    dialog.report_dialog.close()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)  # refreshed through ctx.dataChanged
    agents = {page.model.text(row, 2).split()[0] for row in range(3)}
    assert agents == {"1000", "1001", "1002"}
    assert [page.model.text(row, 8) for row in range(3)] == ["–"] * 3  # not analysed yet
    page.table.selectRow(0)
    assert page.analyse_selected() is not None
    qtbot.waitUntil(lambda: page.model.text(0, 8) == "✓", timeout=30000)
    page.search.setText("C1")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)

    opened = []
    ctx.openCallRequested.connect(opened.append)
    page.table.doubleClicked.emit(page.model.index(0, 0))
    assert opened == [page.model.rows[0]["id"]]

    shown = ImportReportDialog(report.to_dict())
    qtbot.addWidget(shown)
    assert shown.model.rowCount() == 1  # only the problem file by default
    assert shown.model.text(0, 0) == "Failed" and shown.model.text(0, 1) == "broken.wav"
    assert "truncated" in shown.model.text(0, 2) or "damaged" in shown.model.text(0, 2)
    shown.problems_only.setChecked(False)
    assert shown.model.rowCount() == 4
    assert "3 imported" in shown.summary.text() and "1 failed" in shown.summary.text()
    page.search.setText("")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=3000)
    page.grab().save(str(tmp_path.parent / "library_page.png"))
    shown.resize(900, 300)
    shown.grab().save(str(tmp_path.parent / "import_report.png"))
    dialog.grab().save(str(tmp_path.parent / "import_dialog.png"))


def test_report_model_colours_problems_and_keeps_the_detail_in_the_tooltip(qapp):
    model = ReportLinesModel()
    model.set_rows([{"path": "/s/a.wav", "status": "failed", "code": "audio_mislabelled",
                     "reason": "a.wav: the file is really MP3 audio but is named .wav", "manifest_line": 7,
                     "call_id": None}])
    assert model.text(0, 2) == "The content is another format than the file name says."
    assert model.text(0, 3) == "7"
    assert "MP3" in model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None


def test_relink_dialog_checks_then_moves_the_share(qtbot, ctx, tmp_path):
    from qa_desktop.core.library.importer import import_recordings

    share = _share(tmp_path / "old", count=2)
    import_recordings(ctx.db, share, pattern=PATTERN)
    share.rename(tmp_path / "new")
    page = LibraryPage(ctx)
    qtbot.addWidget(page)
    page.show()
    dialog = RelinkDialog(ctx, page)
    qtbot.addWidget(dialog)
    dialog.old.setText(str(tmp_path / "old"))
    dialog.new.setText(str(tmp_path / "new"))
    assert not dialog.apply.isEnabled()
    dialog.run_check()
    assert dialog.preview.text().startswith("2 call(s) would be relinked; 2 recording(s) found")
    dialog.run_relink()
    assert dialog.summary["calls"] == 2
    qtbot.waitUntil(lambda: all(str(tmp_path / "new") in row["recording_path"] for row in page.model.rows))


def test_dropping_a_folder_opens_the_import_dialog_with_it(qtbot, ctx, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    page = LibraryPage(ctx)
    qtbot.addWidget(page)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    dialog = page.findChild(ImportDialog)
    assert dialog is not None and dialog.sources.item(0).text() == str(tmp_path)
    assert dialog.start.isEnabled()
    dialog.reject()


def test_calls_analysed_by_an_older_version_are_redone_in_the_background(qtbot, ctx, tmp_path, sqlite_db):
    from sqlalchemy import select

    from qa_desktop.core.audio.analysis import ANALYSIS_VERSION
    from qa_desktop.core.db.models import Call
    from qa_desktop.core.library.importer import import_recordings

    import_recordings(sqlite_db, _share(tmp_path / "share"), pattern=PATTERN)

    def age(session):  # one call keeps no analysis, the others have one from the energy threshold (v1)
        calls = session.scalars(select(Call).order_by(Call.id)).all()
        for call in calls[1:]:
            call.analysis = {"version": 1, "duration_s": call.duration_s or 2.0, "speech": [[], []]}

    sqlite_db.write(age)
    page = LibraryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    # the list and its count are read in the background
    qtbot.waitUntil(lambda: page.reanalyse_button.isVisible() and page.stale.text().startswith("3 "))
    qtbot.mouseClick(page.reanalyse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page._reanalysis is None, timeout=60000)
    with sqlite_db.read() as session:
        versions = [call.analysis and call.analysis.get("version") for call in session.scalars(select(Call))]
    assert versions == [ANALYSIS_VERSION] * 3
    qtbot.waitUntil(lambda: not page.reanalyse_button.isVisible() and not page.stale.isVisible())


def test_the_library_shows_a_call_length_as_the_work_queue_does():
    """The same call read 2:59 in the library and 02:59 in the work queue and the player."""
    from qa_desktop.ui.library.models import _duration
    from qa_desktop.ui.player.waveform import fmt_time

    for seconds in (59.6, 179.4, 3725.0):
        assert _duration(seconds) == fmt_time(int(seconds * 1000))
    assert _duration(179.4) == "02:59" and _duration(None) == "–"
