"""Deadlines in Chinese working days: holidays and 调休 make-up days, local exceptions, verification."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from workflow_builders import agent, call, team, user

from qa_desktop import cli
from qa_desktop.core.db.models import Flag, FlagKind, FlagResolution, Role
from qa_desktop.core.errors import PermissionDenied
from qa_desktop.core.workflow import review
from qa_desktop.core.workflow.disputes import add_working_days
from qa_desktop.core.workflow.working_days import WorkingCalendar, load_calendar, set_override, verification_deadline

D = dt.date


class _session:
    def __init__(self, database):
        self.database = database

    def __enter__(self):
        from sqlalchemy.orm import Session

        self.session = Session(self.database.write_engine)
        return self.session

    def __exit__(self, *exc):
        if exc[0] is None:
            self.session.commit()
        self.session.close()


def test_national_day_and_its_make_up_saturday_are_counted():
    calendar = WorkingCalendar()
    # National Day 2026: 1–7 October off; Saturday 10 October is a make-up working day (调休).
    assert not calendar.is_working_day(D(2026, 10, 1)) and calendar.is_working_day(D(2026, 10, 10))
    assert calendar.add(D(2026, 9, 30), 2) == D(2026, 10, 9)   # Monday–Friday would say 2 October
    assert calendar.add(D(2026, 10, 9), 2) == D(2026, 10, 12)  # the Saturday counts
    assert add_working_days(D(2026, 9, 30), 2) == D(2026, 10, 9)


def test_a_year_the_schedule_does_not_know_counts_weekdays_until_a_qa_lead_adds_it(sqlite_db):
    calendar = WorkingCalendar()
    year = next(y for y in range(2027, 2200) if not calendar.known(y))  # the first year chinesecalendar lacks
    assert calendar.known(2026)
    new_year = D(year, 1, 1)
    eve = new_year - dt.timedelta(days=1)
    while eve.weekday() >= 5 or new_year.weekday() >= 5:  # a weekday New Year's Eve and Day, for clarity
        year += 1
        new_year, eve = D(year, 1, 1), D(year - 1, 12, 31)
    assert not calendar.known(year) and calendar.add(eve, 1) == new_year  # counted Monday–Friday
    with _session(sqlite_db) as session:
        user(session, "qa", Role.QA_LEAD)
        user(session, "eva")
    sqlite_db.user_login = "eva"
    with pytest.raises(PermissionDenied):
        set_override(sqlite_db, new_year, working=False, note="元旦")
    sqlite_db.user_login = "qa"
    set_override(sqlite_db, new_year, working=False, note="元旦")
    calendar = load_calendar(sqlite_db)
    assert calendar.known(year) and calendar.add(eve, 1) == calendar.add(new_year, 1) > new_year
    assert calendar.why(new_year) == "local" and calendar.notes[new_year] == "元旦"
    set_override(sqlite_db, new_year, working=None)
    assert load_calendar(sqlite_db).add(eve, 1) == new_year


def test_complaints_are_due_in_two_working_days_and_the_overdue_come_first(sqlite_db):
    with _session(sqlite_db) as session:
        lead = user(session, "lead", Role.TEAM_LEAD)
        qa = user(session, "qa")
        squad = team(session, "投诉组", lead)
        a1 = agent(session, "A1", squad)
        before_holiday = call(session, a1, dt.datetime(2026, 9, 29, 10))
        later = call(session, a1, dt.datetime(2026, 10, 12, 10))
        session.flush()
        session.add_all([
            Flag(call_id=later.id, kind=FlagKind.PRAISE, reason="表扬", raised_by_id=qa.id,
                 raised_at=dt.datetime(2026, 10, 12, 9), resolution=FlagResolution.OPEN),
            Flag(call_id=before_holiday.id, kind=FlagKind.COMPLAINT, reason="投诉态度", raised_by_id=qa.id,
                 raised_at=dt.datetime(2026, 9, 30, 16), resolution=FlagResolution.OPEN)])
    sqlite_db.user_login = "lead"
    on_time = review.verification_queue(sqlite_db, today=D(2026, 10, 9))
    assert [(r.kind, r.deadline, r.overdue) for r in on_time] == [
        ("complaint", D(2026, 10, 9), False), ("praise", D(2026, 10, 14), False)]
    late = review.verification_queue(sqlite_db, today=D(2026, 10, 13))
    assert [(r.kind, r.overdue) for r in late] == [("complaint", True), ("praise", False)]
    assert verification_deadline(WorkingCalendar(), dt.datetime(2026, 9, 30, 16)) == D(2026, 10, 9)
    # the weekly workbook of the week it was raised counts it late once its deadline has passed
    from openpyxl import load_workbook

    from qa_desktop.core.reports.weekly import export_weekly

    sqlite_db.user_login = "qa"
    for today, late in ((D(2026, 10, 9), 0), (D(2026, 10, 13), 1)):
        path = export_weekly(sqlite_db, "2026-W40", sqlite_db.path.parent / f"w40-{today}.xlsx", tz="UTC",
                             today=today).path
        summary = {row[0]: row[1] for row in load_workbook(path).worksheets[0].iter_rows(values_only=True) if row}
        assert summary["Complaints and praise verified late (over 2 working days)"] == late


def test_calendar_command(sqlite_db, capsys):
    import json

    with _session(sqlite_db) as session:
        user(session, "qa", Role.QA_LEAD)
    target = str(sqlite_db.path)
    assert cli.main(["calendar", "add", "2027-02-08", "--day-off", "--note", "春节（公司安排）",
                     "--db", target, "--user", "qa"]) == 0
    assert cli.main(["calendar", "add", "2027-02-20", "--working", "--db", target, "--user", "qa"]) == 0
    capsys.readouterr()
    assert cli.main(["calendar", "list", "--json", "--db", target, "--user", "qa"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["exceptions"] == [{"day": "2027-02-08", "working": False, "note": "春节（公司安排）"},
                                    {"day": "2027-02-20", "working": True, "note": ""}]
    assert cli.main(["calendar", "add-days", "2026-09-30", "2", "--json", "--db", target, "--user", "qa"]) == 0
    assert json.loads(capsys.readouterr().out)["result"] == "2026-10-09"  # across National Day
    assert cli.main(["calendar", "remove", "2027-02-08", "--db", target, "--user", "qa"]) == 0


def test_a_qa_lead_adds_a_day_off_from_settings(qtbot, sqlite_db):
    """Settings → Working days…: the QA lead picks a day, 'Day off', a note, clicks Add; the deadline moves."""
    from PySide6.QtCore import QDate, QTimer
    from PySide6.QtWidgets import QApplication

    from qa_desktop.core.users import find_user
    from qa_desktop.ui.context import AppContext
    from qa_desktop.ui.settings import AppSettings
    from qa_desktop.ui.settings_page import SettingsPage

    with _session(sqlite_db) as session:
        user(session, "qa", Role.QA_LEAD)
    sqlite_db.user_login = "qa"
    page = SettingsPage(AppContext(sqlite_db, find_user(sqlite_db, "qa"), AppSettings()))
    qtbot.addWidget(page)
    seen = {}

    def in_the_dialog():
        dialog = QApplication.activeModalWidget()
        dialog.day.setDate(QDate(2026, 12, 7))
        dialog.kind.setCurrentIndex(dialog.kind.findData(False))
        dialog.note.insert("公司年会")  # Chinese arrives through the input method, not key by key
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        seen["rows"] = dialog.table.rowCount()
        seen["first"] = dialog.table.item(0, 2).text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, in_the_dialog)
    qtbot.mouseClick(page.calendar_button, Qt.MouseButton.LeftButton)
    assert seen == {"rows": 1, "first": "公司年会"}
    calendar = load_calendar(sqlite_db)
    assert not calendar.is_working_day(D(2026, 12, 7))          # a Monday, now off
    assert calendar.add(D(2026, 12, 4), 1) == D(2026, 12, 8)    # Friday + 1 skips the weekend and the 7th


def test_founded_complaints_and_praise_enter_the_agents_reward_and_penalty_record(sqlite_db, capsys):
    import json

    with _session(sqlite_db) as session:
        lead = user(session, "lead", Role.TEAM_LEAD)
        qa = user(session, "qa", Role.QA_LEAD)
        a1 = agent(session, "A1", team(session, "投诉组", lead))
        first, second, third = (call(session, a1, dt.datetime(2026, 11, d, 10)) for d in (2, 3, 4))
        session.flush()
        flags = [Flag(call_id=c.id, kind=k, reason=r, raised_by_id=qa.id, raised_at=dt.datetime(2026, 11, 5, 9),
                      resolution=FlagResolution.OPEN)
                 for c, k, r in ((first, FlagKind.COMPLAINT, "态度生硬"), (second, FlagKind.PRAISE, "耐心解答"),
                                 (third, FlagKind.COMPLAINT, "说没人接"))]
        session.add_all(flags)
        session.flush()
        ids = [f.id for f in flags]
    sqlite_db.user_login = "lead"
    review.verify(sqlite_db, ids[0], founded=True, note="录音属实")
    review.verify(sqlite_db, ids[1], founded=True)
    review.verify(sqlite_db, ids[2], founded=False, note="客户误会")
    assert cli.main(["rewards", "A1", "--json", "--db", str(sqlite_db.path), "--user", "lead"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["rewards"], record["penalties"]) == (1, 1)  # the unfounded complaint is not held against A1
    assert {(e["kind"], e["customer_said"]) for e in record["entries"]} == {("penalty", "态度生硬"),
                                                                           ("reward", "耐心解答")}
