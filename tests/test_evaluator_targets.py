"""Evaluators' monthly targets: set by a QA lead, progress in the status bar, the CLI and the workbook."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from test_working_days import _session
from workflow_builders import agent, call, evaluation, form_version, team, user

from qa_desktop import cli
from qa_desktop.core.db.models import Role
from qa_desktop.core.errors import PermissionDenied, ValidationError
from qa_desktop.core.workflow.targets import month_progress, set_target


@pytest.fixture
def month_of_work(sqlite_db):
    with _session(sqlite_db) as session:
        user(session, "qa", Role.QA_LEAD)
        eva = user(session, "eva")
        user(session, "bob")
        a1 = agent(session, "A1", team(session, "一组"))
        version = form_version(session)
        for day in (3, 4, 5):
            evaluation(session, call(session, a1, dt.datetime(2026, 11, day, 10)), eva, version,
                       submitted_at=dt.datetime(2026, 11, day, 12))
    return sqlite_db


def test_targets_are_the_seeds_until_a_qa_lead_sets_them(month_of_work):
    db = month_of_work
    assert month_progress(db, "eva", dt.date(2026, 11, 20))["target_scored"] == 700
    db.user_login = "eva"
    with pytest.raises(PermissionDenied):
        set_target(db, "eva", scored=10)
    db.user_login = "qa"
    with pytest.raises(ValidationError):
        set_target(db, "eva", scored=-5)
    set_target(db, None, scored=600)
    set_target(db, "eva", scored=300)  # part-time
    progress = month_progress(db, "eva", dt.date(2026, 11, 20))
    assert (progress["scored"], progress["target_scored"], progress["share"]) == (3, 300, 0.01)
    assert month_progress(db, "bob", dt.date(2026, 11, 20))["target_scored"] == 600
    assert month_progress(db, "eva", dt.date(2026, 12, 1))["scored"] == 0  # a new month starts at 0


def test_cli_and_monthly_workbook_show_the_target(month_of_work, capsys, tmp_path):
    from openpyxl import load_workbook

    from qa_desktop.core.reports.monthly import export_monthly

    db = month_of_work
    path = str(db.path)
    assert cli.main(["targets", "set", "eva", "--scored", "300", "--db", path, "--user", "qa"]) == 0
    capsys.readouterr()
    assert cli.main(["targets", "list", "--json", "--db", path, "--user", "qa"]) == 0
    rows = {r["login"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["eva"]["target_scored"] == 300 and rows["bob"]["target_scored"] == 700
    db.user_login = "qa"
    export_monthly(db, "2026-11", tmp_path / "m.xlsx", tz="UTC", today=dt.date(2026, 11, 30))
    sheet = load_workbook(tmp_path / "m.xlsx")["Evaluators"]
    header = [c.value for c in sheet[1]]
    eva = next([c.value for c in row] for row in sheet.iter_rows(min_row=2) if row[0].value == "Eva")
    assert eva[header.index("Monthly target")] == 300 and eva[header.index("Share of target")] == pytest.approx(0.01)


def test_a_qa_lead_sets_a_target_in_settings(month_of_work, qtbot):
    """Settings → Evaluators' targets…: the QA lead types 300 for eva, Save; the target is in the database."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from qa_desktop.core.users import find_user
    from qa_desktop.ui.context import AppContext
    from qa_desktop.ui.settings import AppSettings
    from qa_desktop.ui.settings_page import SettingsPage

    db = month_of_work
    db.user_login = "qa"
    page = SettingsPage(AppContext(db, find_user(db, "qa"), AppSettings()))
    qtbot.addWidget(page)

    def in_the_dialog():
        dialog = QApplication.activeModalWidget()
        row = dialog.logins.index("eva")
        box = dialog.table.cellWidget(row, 1)
        box.selectAll()
        qtbot.keyClicks(box, "300")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    QTimer.singleShot(0, in_the_dialog)
    qtbot.mouseClick(page.targets_button, Qt.MouseButton.LeftButton)
    assert month_progress(db, "eva", dt.date(2026, 11, 20))["target_scored"] == 300
    assert month_progress(db, "bob", dt.date(2026, 11, 20))["target_scored"] == 700
