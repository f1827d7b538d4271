"""The workspace as an evaluator sees it, in English and 简体中文, at 1366×768 and 1920×1080.

Set ``QA_DESKTOP_SCREENSHOTS=resources/screenshots`` to refresh the PNGs shown in the README;
otherwise they are written to a temporary folder and only checked.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from workspace_support import populate

from qa_desktop.core import call_notes, evaluations, flags
from qa_desktop.core.db.models import FlagKind
from qa_desktop.core.scoring import default_form
from qa_desktop.ui import i18n
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.settings import AppSettings

SIZES = [(1366, 768), (1920, 1080)]
MAX_BYTES = 300 * 1024


def answers(definition, misses=()):
    result = {}
    for _s, item in definition.items():
        if item.type in ("yes_no", "yes_no_na"):
            result[item.code] = "no" if item.code in misses else "yes"
        elif item.type == "checklist":
            result[item.code] = [o.value for o in item.options][: 2 if item.code in misses else None]
        else:
            options = sorted(item.options, key=lambda o: o.points)
            result[item.code] = (options[-2] if item.code in misses else options[-1]).value
    return result


NOTES = {"en": ("Greeting without agent ID", "Customer put on hold without asking"),
         "zh_CN": ("开场白未报工号", "未征得客户同意即让客户等待")}


def scene(database, folder, language="en"):
    """A morning's queue: two calls submitted, a colleague on another, the third call being scored."""
    database.user_login = "tester"
    data = populate(database, folder, calls=7, seconds=75)
    form = default_form()
    for call_id, misses in ((data["calls"][0], ()), (data["calls"][1], ("closing_phrase", "empathy"))):
        draft = evaluations.create_draft(database, call_id, form_code=form.code)
        evaluations.submit(database, draft.id, answers(form, misses), {}, expected_row_version=draft.row_version)
    database.user_login = "qa.zhou"
    evaluations.create_draft(database, data["calls"][4], form_code=form.code)
    database.user_login = "tester"
    me = data["me"].id
    first, second = NOTES[language]
    call_notes.add_note(database, data["calls"][2], 4_200, first, me, item_code="greeting_id")
    call_notes.add_note(database, data["calls"][2], 31_500, second, me, item_code="permission_hold_transfer")
    flags.raise_flag(database, data["calls"][2], FlagKind.TRAINING, me, "hold etiquette")
    return data


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_workspace_screenshots(qtbot, sqlite_db, tmp_path, monkeypatch, language):
    monkeypatch.setenv("QA_DESKTOP_PLAYER", "silent")
    target = Path(os.environ.get("QA_DESKTOP_SCREENSHOTS") or tmp_path / "shots")
    target.mkdir(parents=True, exist_ok=True)
    data = scene(sqlite_db, tmp_path, language)
    installed = i18n.install_language(language)
    try:
        from qa_desktop.ui.main_window import MainWindow

        ctx = AppContext(sqlite_db, data["me"], AppSettings())
        ctx.language = installed
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        page = window.show_page("workspace")
        page.open_call(data["calls"][2])
        qtbot.waitUntil(lambda: page.waveform.envelope is not None, timeout=20000)
        for row, key in zip(page.panel.rows[:7], "2111n11"):
            row.setFocus()
            qtbot.keyClicks(row, key)
        page.panel.rows[0].comment.setText("未报工号" if language != "en" else "No agent ID in the greeting")
        page.panel.rows[0].comment.textEdited.emit(page.panel.rows[0].comment.text())
        page.player.pause()
        page.player.seek(23_400)
        page.panel.rows[7].setFocus()
        for width, height in SIZES:
            window.resize(width, height)
            qtbot.wait(150)
            path = target / f"workspace_{language}_{width}x{height}.png"
            image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
            assert image.save(str(path), "PNG", 9)
            assert path.stat().st_size < MAX_BYTES, f"{path.name} is {path.stat().st_size:,} bytes"
            assert (image.width(), image.height()) == (width, height)
        page.release_database()
    finally:
        i18n.install_language("en")
