"""A QA lead gives a form item an automatic check in the designer; the saved form carries it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from qa_desktop.core import forms_repository
from qa_desktop.core.db.models import Role
from qa_desktop.core.users import ensure_user
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.settings import AppSettings


def ime_type(widget, text: str) -> None:
    """Chinese as a person types it: the input method commits the words (QTest only types ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def page(qtbot, sqlite_db):
    user = ensure_user(sqlite_db, "tester", "组长", role=Role.QA_LEAD)
    forms_repository.ensure_default_form(sqlite_db)
    ctx = AppContext(sqlite_db, user, AppSettings())
    from qa_desktop.ui.forms.page import FormsPage

    page = FormsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def test_adding_a_phrase_check_and_an_audio_check_then_saving(page, qtbot, sqlite_db):
    page.tree.select("item", "mandarin")
    page._show_editor("item", "mandarin")
    checks = page.item_editor.checks
    assert checks.isVisible() and checks.rows == []
    qtbot.mouseClick(checks.add_button, Qt.MouseButton.LeftButton)
    first = checks.rows[0]
    assert first.phrases.hasFocus()  # a new check is ready for its phrases
    ime_type(first.phrases, "请讲普通话、请您讲普通话")
    first.risk.setFocus()
    qtbot.keyClick(first.risk, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.form.item("mandarin").checks and page.form.item("mandarin").checks[0].risk)
    check = page.form.item("mandarin").checks[0]
    assert (check.kind, check.phrases, check.by, check.at) == ("said", ["请讲普通话", "请您讲普通话"], "agent",
                                                                 "anywhere")
    # A second check, an audio fact: the agent's share of talk above 1 is refused, not saved.
    qtbot.mouseClick(checks.add_button, Qt.MouseButton.LeftButton)
    second = checks.rows[1]
    second.kind.setFocus()
    qtbot.keyClick(second.kind, Qt.Key.Key_Down)
    qtbot.keyClick(second.kind, Qt.Key.Key_Down)
    assert second.kind.currentData() == "audio"
    qtbot.waitUntil(lambda: second.fact.isVisible() and not second.phrases.isVisible())
    second.fact.setFocus()
    while second.fact.currentData() != "agent_talk_ratio":
        qtbot.keyClick(second.fact, Qt.Key.Key_Down)
    limit = second.limit.lineEdit()
    limit.selectAll()
    qtbot.keyClicks(limit, "3")
    qtbot.keyClick(limit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "the limit must be between 0 and 1" in checks.problem.text())
    assert page.form.item("mandarin").checks[1].fact != "agent_talk_ratio"  # the last valid checks stay
    limit.selectAll()
    qtbot.keyClicks(limit, "0.8")
    qtbot.keyClick(limit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [c.max for c in page.form.item("mandarin").checks] == [None, 0.8])
    assert page.save() and page.publish()
    saved = forms_repository.export_form(sqlite_db, "default", 2)
    item = next(i for s in saved["sections"] for i in s["items"] if i["code"] == "mandarin")
    assert item["checks"] == [
        {"kind": "said", "phrases": ["请讲普通话", "请您讲普通话"], "by": "agent", "at": "anywhere",
         "similarity": 85, "risk": True},
        {"kind": "audio", "fact": "agent_talk_ratio", "max": 0.8}]
