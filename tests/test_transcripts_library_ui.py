"""The Library, as a QA lead uses it: import the platform's transcripts, run the automatic checks, list the
risky calls and find a call by what was said."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from qa_desktop.core import forms_repository
from qa_desktop.core.db.models import Call, CallTranscript
from qa_desktop.core.users import ensure_user
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.library.page import LibraryPage
from qa_desktop.ui.settings import AppSettings
from qa_desktop.ui.transcript.import_dialog import TranscriptImportDialog
from tests.transcript_files import alibaba_json, gbk_srt_pair


@pytest.fixture
def page(qtbot, sqlite_db):
    sqlite_db.write(lambda s: s.add_all([Call(external_id="ALI-1", recording_path="//share/rec/ALI-1.wav"),
                                         Call(external_id="SRT-2", recording_path="//share/rec/SRT-2.wav")]))
    forms_repository.ensure_default_form(sqlite_db)
    page = LibraryPage(AppContext(sqlite_db, ensure_user(sqlite_db, "tester"), AppSettings()))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    yield page
    QThreadPool.globalInstance().waitForDone(10000)


def test_import_screen_filter_and_search_from_the_library(qtbot, page, sqlite_db, tmp_path):
    folder = tmp_path / "asr"
    folder.mkdir()
    alibaba_json(folder / "ALI-1.json")
    gbk_srt_pair(folder, "SRT-2")
    (folder / "ALI-9.json").write_text('{"TaskId": "x", "StatusText": "SUCCESS", "Result": {}}', encoding="utf-8")

    qtbot.mouseClick(page.transcripts_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(TranscriptImportDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.path.setFocus()
    qtbot.keyClicks(dialog.path, str(folder))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=15000)
    assert dialog.report["added"] == 4 and dialog.report["calls"] == 2
    text = dialog.result.toPlainText()
    assert "4 side(s) added" in text and "ALI-9.json: cannot be read: the JSON has no Result.Sentences" in text
    with sqlite_db.read() as session:
        assert session.query(CallTranscript).count() == 4
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The automatic checks on every transcribed call; the library then lists the risky one.
    qtbot.mouseClick(page.screen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _risks(sqlite_db).get("ALI-1", 0) > 0, timeout=15000)
    assert _risks(sqlite_db) == {"ALI-1": 1, "SRT-2": 0}  # 没办法 / 不归我们管 in ALI-1
    page.only.setFocus()
    qtbot.keyClick(page.only, Qt.Key.Key_Down)
    qtbot.keyClick(page.only, Qt.Key.Key_Down)
    assert page.only.currentData() == "risky"
    qtbot.waitUntil(lambda: [r["external_id"] for r in page.model.rows] == ["ALI-1"])
    qtbot.keyClick(page.only, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: len(page.model.rows) == 2)

    # Found by what was said: the customer's words in the GBK subtitles.
    page.search.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("快递三天")
    QApplication.sendEvent(page.search, event)
    qtbot.waitUntil(lambda: [r["external_id"] for r in page.model.rows] == ["SRT-2"], timeout=3000)


def _risks(database) -> dict:
    with database.read() as session:
        return dict(session.execute(select(Call.external_id, Call.risk_count)).all())
