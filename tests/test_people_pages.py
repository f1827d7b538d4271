"""The Users, Teams and Roster pages as the QA lead uses them: buttons clicked, dialogs filled and
confirmed with Enter, results read back from the database; and their screenshots in en and zh_CN."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import roster_files as rf
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QMessageBox
from sqlalchemy import select

from qa_desktop.cli import main
from qa_desktop.core.db import open_database
from qa_desktop.core.db.models import Agent, AgentTeamPeriod, Role, Team, User
from qa_desktop.core.users import find_user
from qa_desktop.ui import i18n
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.settings import AppSettings


def _centre(tmp_path) -> Path:
    db = tmp_path / "centre.sqlite3"
    assert main(["users", "add", "lead", "--name", "李组长", "--db", str(db)]) == 0
    roster = rf.write_csv(tmp_path / "花名册.csv", rf.HEADERS_CN, rf.cn_rows(rf.january()), "gbk")
    assert main(["roster", "import", str(roster), "--db", str(db), "--user", "lead"]) == 0
    assert main(["users", "add", "wangli", "--name", "王丽", "--db", str(db), "--user", "lead"]) == 0
    return db


@pytest.fixture
def window(qtbot, tmp_path):
    from qa_desktop.ui.main_window import MainWindow

    database = open_database(_centre(tmp_path))
    database.user_login = "lead"
    ctx = AppContext(database, find_user(database, "lead"), AppSettings())
    main_window = MainWindow(ctx)
    qtbot.addWidget(main_window)
    main_window.resize(1366, 768)
    main_window.show()
    yield main_window
    i18n.install_language("en")


def answer_next_dialog(qtbot, fill):
    """When the next modal dialog opens: fill it in, then press Enter as a person would."""
    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        fill(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, act)


def _read(database, query):
    with database.read() as session:
        return session.execute(query).all()


def test_qa_lead_gives_a_role_sets_a_team_lead_and_transfers_an_agent(window, qtbot):
    database = window.ctx.db
    users = window.show_page("users")
    qtbot.waitUntil(lambda: users.model.rowCount() == 2)

    def new_user(dialog):
        dialog.findChild(QLineEdit, "newLogin").setText("zhaoqiang")
        dialog.findChildren(QLineEdit)[1].setText("赵强")
    answer_next_dialog(qtbot, new_user)
    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users.model.rowCount() == 3)
    assert _read(database, select(User.role).where(User.login == "zhaoqiang")) == [(Role.EVALUATOR,)]

    for login in ("wangli", "zhaoqiang"):
        row = next(i for i, r in enumerate(users.model.rows) if r["login"] == login)
        users.table.selectRow(row)
        answer_next_dialog(qtbot, lambda d: d.findChild(QComboBox, "roleChoice").setCurrentIndex(
            d.findChild(QComboBox, "roleChoice").findData("team_lead")))
        qtbot.mouseClick(users.role_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda login=login: _read(database, select(User.role).where(User.login == login))
                        == [(Role.TEAM_LEAD,)])

    teams = window.show_page("teams")
    qtbot.waitUntil(lambda: teams.model.rowCount() == 2)
    row = next(i for i, r in enumerate(teams.model.rows) if r["name"] == "投诉一组")
    assert teams.model.rows[row]["hr_lead_name"] == "王丽" and teams.model.rows[row]["agents"] == 7
    teams.table.selectRow(row)
    answer_next_dialog(qtbot, lambda d: d.findChild(QComboBox, "leadChoice").setCurrentIndex(
        d.findChild(QComboBox, "leadChoice").findData("wangli")))
    qtbot.mouseClick(teams.lead_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _read(database, select(Team.lead_user_id).where(Team.name == "投诉一组"))
                    == _read(database, select(User.id).where(User.login == "wangli")))

    roster = window.show_page("roster")
    qtbot.waitUntil(lambda: roster.model.rowCount() == 12)
    assert "3" in roster.summary.text()  # three on probation
    row = next(i for i, r in enumerate(roster.model.rows) if r["agent_code"] == "80000")
    roster.table.selectRow(row)

    def transfer(dialog):
        dialog.findChild(QComboBox, "transferTeam").setCurrentIndex(0)  # the only other team: 咨询二组
        dialog.findChild(QDateEdit).setDate(dt.date(2026, 12, 14))
    answer_next_dialog(qtbot, transfer)
    qtbot.mouseClick(roster.transfer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_read(database, select(AgentTeamPeriod.id).join(
        Agent, Agent.id == AgentTeamPeriod.agent_id).where(Agent.agent_code == "80000"))) == 2)
    periods = _read(database, select(Team.name, AgentTeamPeriod.valid_from, AgentTeamPeriod.valid_to)
                    .join(Team, Team.id == AgentTeamPeriod.team_id).join(Agent, Agent.id == AgentTeamPeriod.agent_id)
                    .where(Agent.agent_code == "80000").order_by(AgentTeamPeriod.id))
    assert periods == [("投诉一组", None, dt.date(2026, 12, 14)), ("咨询二组", dt.date(2026, 12, 14), None)]


def test_an_evaluator_reads_the_pages_but_cannot_change_anyone(qtbot, tmp_path, monkeypatch):
    from qa_desktop.core.user_admin import add_user, set_role
    from qa_desktop.ui.main_window import MainWindow

    database = open_database(_centre(tmp_path))
    database.user_login = "lead"
    add_user(database, "eva")
    database.user_login = "eva"
    window = MainWindow(AppContext(database, find_user(database, "eva"), AppSettings()))
    qtbot.addWidget(window)
    users = window.show_page("users")
    qtbot.waitUntil(lambda: users.model.rowCount() == 3)
    users.table.selectRow(0)
    assert not users.add_button.isEnabled() and not users.role_button.isEnabled()
    # and if a button were reached anyway, the core refuses and says why in the user's language
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    users._run(lambda: set_role(database, "eva", Role.QA_LEAD))
    assert "only a QA lead may change roles" in shown[0]
    assert find_user(database, "eva").role == Role.EVALUATOR


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_people_screenshots(window, qtbot, tmp_path, language):
    target = Path(os.environ.get("QA_DESKTOP_SCREENSHOTS") or tmp_path / "shots")
    target.mkdir(parents=True, exist_ok=True)
    window.ctx.language = i18n.install_language(language)
    for key in ("roster", "teams", "users"):
        page = window.show_page(key)
        qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0)
        page.table.selectRow(1)
        qtbot.wait(100)
        image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
        assert (image.width(), image.height()) == (1366, 768)
        assert image.save(str(target / f"{key}_{language}_1366x768.png"), "PNG", 9)
    if language == "zh_CN":
        roster = window.pages["roster"]
        assert roster.import_button.text() == "导入人事花名册…"
        assert roster.model.headerData(0, Qt.Orientation.Horizontal) == "工号"
