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
from qa_desktop.ui.forms.checks_editor import KIND, LIMIT, RISK, WHAT
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
    assert checks.isVisible() and checks.table.rowCount() == 0
    qtbot.mouseClick(checks.add_button, Qt.MouseButton.LeftButton)
    phrases = checks.table.cellWidget(0, WHAT)
    phrases.setFocus()
    ime_type(phrases, "请讲普通话、请您讲普通话")
    risk = checks.table.cellWidget(0, RISK)
    risk.setFocus()
    qtbot.keyClick(risk, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.form.item("mandarin").checks and page.form.item("mandarin").checks[0].risk)
    check = page.form.item("mandarin").checks[0]
    assert (check.kind, check.phrases, check.by, check.at) == ("said", ["请讲普通话", "请您讲普通话"], "agent",
                                                                 "anywhere")
    # A second row, an audio fact: the agent's share of talk above 1 is refused, not saved.
    qtbot.mouseClick(checks.add_button, Qt.MouseButton.LeftButton)
    kind = checks.table.cellWidget(1, KIND)
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    assert kind.currentData() == "audio"
    fact = checks.table.cellWidget(1, WHAT)
    fact.setCurrentIndex(fact.findData("agent_talk_ratio"))
    limit = checks.table.cellWidget(1, LIMIT)
    limit.lineEdit().selectAll()
    qtbot.keyClicks(limit.lineEdit(), "3")
    qtbot.keyClick(limit.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "between 0 and 1" in checks.problem.text())
    assert [c.fact for c in page.form.item("mandarin").checks] == [None, "hold_s"]  # the last valid rows stay
    limit.lineEdit().selectAll()
    qtbot.keyClicks(limit.lineEdit(), "0.8")
    qtbot.keyClick(limit.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(page.form.item("mandarin").checks) == 2)
    assert page.save() and page.publish()
    saved = forms_repository.export_form(sqlite_db, "default", 2)
    item = next(i for s in saved["sections"] for i in s["items"] if i["code"] == "mandarin")
    assert item["checks"] == [
        {"kind": "said", "phrases": ["请讲普通话", "请您讲普通话"], "by": "agent", "at": "anywhere",
         "similarity": 85, "risk": True},
        {"kind": "audio", "fact": "agent_talk_ratio", "max": 0.8}]
