"""Training records (质检纠错培训): a plan from the month's training needs, a session with its sign-in sheet,
test scores imported from the trainer's GBK CSV or Excel file, the trainees' ratings of the trainer, the effect
on the targeted items' error rate, and the monthly workbook's Training sheet."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import create_engine, func, select, text

from qa_desktop import cli
from qa_desktop.core.db import open_database
from qa_desktop.core.db.models import Agent, Base, Call, Evaluation, EvaluationKind, EvaluationStatus, FormVersion
from qa_desktop.core.db.training_models import TrainingSession, TrainingTrainee
from qa_desktop.core.demo import DemoOptions, build_demo
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.scoring.engine import item_statuses
from qa_desktop.core.scoring.form import FormDefinition
from qa_desktop.core.scoring.item_status import APPLICABLE
from qa_desktop.core.workflow import training_records as tr
from qa_desktop.core.workflow.training import month_bounds, most_failed_items


def _last_month() -> str:
    return f"{(dt.date.today().replace(day=1) - dt.timedelta(days=1)):%Y-%m}"


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "centre.sqlite3"
    database = open_database(path)
    database.user_login = "qa.li"
    build_demo(database, DemoOptions(agents=8, calls=240, months=2, recordings=2, queue_size=2))
    database.dispose()
    return str(path)


def _run(capsys, *argv):
    assert cli.main([*argv, "--json"]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def _gbk_scores(path, rows) -> None:
    # as a trainer's Excel "Save as CSV" writes it on a Chinese Windows: GBK, CRLF, Chinese headers
    lines = ["序号,工号,姓名,成绩"] + [f"{n},{code},{name},{score}" for n, (code, name, score) in enumerate(rows, 1)]
    path.write_bytes("\r\n".join(lines).encode("gbk") + b"\r\n")


def _error_rate(database, agent_codes, codes, day, window=90):
    """The trained agents' failures on ``codes`` counted straight from their evaluations, as a check."""
    counts = {"before": [0, 0], "after": [0, 0]}
    with database.read() as session:
        rows = session.execute(
            select(Evaluation, Call.started_at, FormVersion.definition)
            .join(Call, Call.id == Evaluation.call_id).join(Agent, Agent.id == Call.agent_id)
            .join(FormVersion, FormVersion.id == Evaluation.form_version_id)
            .where(Agent.agent_code.in_(agent_codes), Evaluation.status == EvaluationStatus.SUBMITTED,
                   Evaluation.kind == EvaluationKind.REGULAR)).all()
        for evaluation, started, definition in rows:
            if started is None or not -window <= (started.date() - day).days < window:
                continue
            statuses = item_statuses(FormDefinition.from_dict(definition), evaluation.answers, evaluation.breakdown)
            side = "after" if started.date() > day else "before"
            for code in codes:
                if statuses.get(code) in APPLICABLE:
                    counts[side][1] += 1
                    counts[side][0] += statuses[code] != "pass"
    return {side: (round(f / n, 4) if n else None, n) for side, (f, n) in counts.items()}


def test_a_course_planned_held_scored_rated_and_read_back_from_the_monthly_workbook(demo, capsys, tmp_path):
    """Through the CLI as a QA lead does it: plan from the needs, record the session with its sign-in sheet,
    import the trainer's GBK score sheet, record two ratings, export the month and read the Training sheet."""
    month = _last_month()
    start, end = month_bounds(month)
    worst = most_failed_items(open_database(demo), start, end, 2)
    codes = sorted(r["item_code"] for r in worst)
    plan = _run(capsys, "training", "plan", "--month", month, "--kind", "item_course", "--items", ",".join(codes),
                "--title", "开场白与录音告知专项", "--db", demo, "--user", "qa.lead")
    assert plan["kind"] == "item_course" and plan["item_codes"] == codes and len(plan["agents"]) >= 3
    invited = [a["agent_code"] for a in plan["agents"]]
    present = invited[:3]
    day = start + dt.timedelta(days=14)
    held = _run(capsys, "training", "record", "--plan", str(plan["plan_id"]), "--date", day.isoformat(),
                "--trainer", "王老师", "--content", "标准开场白、录音告知话术演练", "--attended", "，".join(present),
                "--db", demo, "--user", "qa.lead")
    assert (held["invited"], held["attended"], held["item_codes"]) == (len(invited), 3, codes)

    sheet = tmp_path / "成绩单.csv"
    _gbk_scores(sheet, [(present[0], "张三", "88"), (f" {present[1]} ", "李四", "92.5分"), (present[2], "王五", "")])
    imported = _run(capsys, "training", "scores-import", str(held["session_id"]), str(sheet),
                    "--db", demo, "--user", "qa.lead")
    assert imported["imported"] == 2 and [s["agent_code"] for s in imported["skipped"]] == [present[2]]
    assert imported["encoding"] == "gb18030" and imported["mean_score"] == 90.25
    for code, rating, comment in ((present[0], 5, "案例贴近实际，讲得清楚"), (present[1], 3, "节奏偏快")):
        _run(capsys, "training", "feedback", str(held["session_id"]), code, "--rating", str(rating),
             "--comment", comment, "--db", demo, "--user", "qa.lead")
    effect = _run(capsys, "training", "effect", str(held["session_id"]), "--db", demo, "--user", "qa.lead")

    database = open_database(demo)
    try:
        expected = _error_rate(database, present, codes, day)
        with database.read() as session:
            trainees = {t.agent.agent_code: (t.attended, t.score, t.rating, t.feedback)
                        for t in session.scalars(select(TrainingTrainee).where(
                            TrainingTrainee.session_id == held["session_id"]))}
    finally:
        database.dispose()
    assert (effect["before"]["error_rate"], effect["before"]["evaluated"]) == expected["before"]
    assert (effect["after"]["error_rate"], effect["after"]["evaluated"]) == expected["after"]
    assert effect["before"]["evaluated"] > 0
    assert trainees[present[1]] == (True, Decimal("92.50"), 3, "节奏偏快")
    assert trainees[present[0]] == (True, Decimal("88.00"), 5, "案例贴近实际，讲得清楚")
    assert trainees[present[2]][:3] == (True, None, None)
    assert not any(t[0] for c, t in trainees.items() if c not in present)

    workbook = tmp_path / "月报.xlsx"
    assert cli.main(["export", "monthly", "--month", month, "-o", str(workbook), "--lang", "zh_CN", "--quiet",
                     "--db", demo, "--user", "qa.lead"]) == 0
    capsys.readouterr()
    rows = list(load_workbook(workbook, read_only=True)["培训"].iter_rows(values_only=True))
    header = rows[0]
    ours = [dict(zip(header, row)) for row in rows[1:] if row[2] == "王老师"]
    assert len(ours) == 1
    cells = ours[0]
    assert cells["培训方式"] == "专项课程" and cells["培训师"] == "王老师"
    assert (cells["应到人数"], cells["实到人数"]) == (len(invited), 3)
    assert cells["平均测试成绩"] == 90.25 and cells["学员对培训师的平均评分（1–5）"] == 4
    assert cells["培训前该项差错率"] == expected["before"][0] and cells["培训后该项差错率"] == expected["after"][0]
    assert "标准开场白" in cells["培训内容"]

    listed = _run(capsys, "training", "agent", present[0], "--db", demo, "--user", "qa.lead")
    assert [(r["attended"], r["score"]) for r in listed if r["session_id"] == held["session_id"]] == [(True, 88)]


def test_the_demo_has_a_course_with_its_effect(demo, capsys):
    listed = _run(capsys, "training", "list", "--db", demo, "--user", "qa.lead")
    assert len(listed) == 1
    course = listed[0]
    assert course["kind"] == "item_course" and course["attended"] >= 1 and course["mean_score"] is not None
    assert course["effect"]["before"]["evaluated"] > 0 and course["effect"]["after"]["evaluated"] > 0


def test_a_bad_score_sheet_is_refused_whole_and_an_excel_sheet_in_traditional_chinese_is_read(demo, tmp_path):
    database = open_database(demo)
    database.user_login = "qa.lead"
    try:
        month = _last_month()
        plan = tr.make_plan(database, month, "one_to_one", bottom_n=2)
        codes = [a["agent_code"] for a in plan["agents"]]
        assert len(codes) == 2 and plan["item_codes"]  # the month's most-failed items by default
        held = tr.record_session(database, held_on=dt.date.today(), trainer="李组长", attended=codes[:1],
                                 plan_id=plan["plan_id"])
        bad = tmp_path / "bad.csv"
        _gbk_scores(bad, [(codes[0], "张三", "90"), (codes[1], "李四", "缺考")])
        with pytest.raises(ValidationError, match="line 3"):
            tr.import_scores(database, held["session_id"], bad)
        assert tr.session_details(database, held["session_id"])["mean_score"] is None  # nothing kept

        book = Workbook()
        book.active.append(["工號", "姓名", "成績"])
        book.active.append([int(codes[1]) if codes[1].isdigit() else codes[1], "李四", 76])
        book.save(tmp_path / "成績單.xlsx")
        result = tr.import_scores(database, held["session_id"], tmp_path / "成績單.xlsx")
        # who took the test was there, even if missing from the sign-in sheet
        assert result["attended"] == 2 and result["mean_score"] == Decimal("76.00")

        with pytest.raises(ValidationError):
            tr.record_feedback(database, held["session_id"], codes[0], 6)
        unknown = tmp_path / "unknown.csv"
        _gbk_scores(unknown, [("NOPE-1", "谁", "80")])
        with pytest.raises(ValidationError, match="NOPE-1"):
            tr.import_scores(database, held["session_id"], unknown)
    finally:
        database.dispose()


def test_a_refused_score_sheet_is_explained_in_chinese(demo, qapp, tmp_path):
    from qa_desktop.ui.i18n import install_language
    from qa_desktop.ui.messages import workflow_error_text

    database = open_database(demo)
    database.user_login = "qa.lead"
    try:
        held = tr.record_session(database, held_on=dt.date.today(), trainer="李组长", attended=["1001"],
                                 kind="recording")
        bad = tmp_path / "成绩单.csv"
        _gbk_scores(bad, [("1001", "蔡刚", "缺考")])
        with pytest.raises(ValidationError) as caught:
            tr.import_scores(database, held["session_id"], bad)
        with pytest.raises(ValidationError) as nobody:
            tr.record_session(database, held_on=dt.date.today(), trainer="李组长", attended=[], kind="recording")
    finally:
        database.dispose()
    try:
        install_language("zh_CN")
        texts = workflow_error_text(caught.value), workflow_error_text(nobody.value)
    finally:
        install_language("en")
    assert "第 2 行" in texts[0] and "缺考 不是 0 到 100 之间的测试成绩" in texts[0] and "未导入" in texts[0]
    assert texts[1] == "签到名单为空。"


def test_an_evaluator_may_not_record_training(demo):
    from qa_desktop.core.errors import PermissionDenied

    database = open_database(demo)
    database.user_login = "qa.li"
    try:
        with database.read() as session:
            code = session.scalars(select(Agent.agent_code)).first()
        with pytest.raises(PermissionDenied):
            tr.record_session(database, held_on=dt.date.today(), trainer="x", attended=[code], kind="recording")
        with database.read() as session:
            assert session.scalar(select(func.count(TrainingSession.id))) == 1  # the demo's own course
    finally:
        database.dispose()


def test_a_v8_database_gains_the_training_tables_and_keeps_its_agents(tmp_path):
    from test_migrations import undo_v9_training_records

    path = tmp_path / "team.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        undo_v9_training_records(connection)
        connection.execute(text("INSERT INTO schema_version (version, app_version, migrated_at) "
                                "VALUES (8, '0.1.0', '2026-11-20 08:00:00')"))
        connection.execute(text("INSERT INTO users (id, login, display_name, role, active, created_at, "
                                "failed_signins) VALUES (1, 'qa.lead', '质检组长', 'qa_lead', TRUE, "
                                "'2026-11-01', 0)"))
        connection.execute(text("INSERT INTO agents (id, agent_code, name, active, row_version, in_roster) "
                                "VALUES (1, '1023', '陈静', TRUE, 1, TRUE)"))
    engine.dispose()
    database = open_database(path)
    database.user_login = "qa.lead"
    try:
        held = tr.record_session(database, held_on=dt.date(2026, 12, 1), trainer="王老师", attended=["1023"],
                                 kind="recording")
        assert held["trainees"][0]["agent_name"] == "陈静" and held["kind"] == "recording"
    finally:
        database.dispose()
    assert sorted(p.name for p in tmp_path.glob("*.before-schema-v8-*"))


def test_a_qa_lead_records_a_session_and_imports_scores_from_the_coaching_page(demo, qtbot, tmp_path, monkeypatch):
    """Coaching → Training records: plan from the month's needs with a click, type the trainer and the sign-in
    sheet, Enter saves; Import test scores… with the trainer's GBK CSV chosen in the dialog; checked in the
    database and in the tab's tables."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from qa_desktop.core.users import find_user
    from qa_desktop.ui.coaching.page import CoachingPage
    from qa_desktop.ui.context import AppContext
    from qa_desktop.ui.settings import AppSettings

    database = open_database(demo)
    database.user_login = "qa.lead"
    page = CoachingPage(AppContext(database, find_user(database, "qa.lead"), AppSettings()))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    tab = page.training_records_tab
    page.tabs.setCurrentWidget(tab)
    tab.month.setText(_last_month())
    qtbot.keyClick(tab.month, Qt.Key.Key_Return)
    form = tab.form
    form.kind.setCurrentIndex(form.kind.findData("one_to_one"))
    qtbot.waitUntil(lambda: form.items.count() > 0, timeout=20000)  # the items to target, read in the background
    qtbot.mouseClick(form.make_plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.plan.currentData() is not None, timeout=20000)
    plan = form.plan.currentData()
    assert plan and plan["kind"] == "one_to_one" and form.attended.text()  # the plan's agents pre-filled
    codes = [a["agent_code"] for a in plan["agents"]]
    assert sorted(form.chosen_items()) == sorted(plan["item_codes"])
    # named in words (month and kind), never by the item codes the core falls back to
    assert plan["title"] == f"{_last_month()} One-to-one"
    assert plan["item_codes"] and not any(code in form.plan.currentText() for code in plan["item_codes"])
    form.trainer.setFocus()
    form.trainer.insert("王老师")
    form.content.insert("复述客户问题、录音告知话术")
    form.attended.setFocus()
    qtbot.keyClick(form.attended, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.message.text().startswith("Session saved"), timeout=20000)
    with database.read() as session:
        held = session.scalar(select(TrainingSession).order_by(TrainingSession.id.desc()))
        assert (held.trainer, held.kind, held.plan_id, sorted(held.item_codes)) == (
            "王老师", "one_to_one", plan["plan_id"], sorted(plan["item_codes"]))
        assert sorted(t.agent.agent_code for t in held.trainees if t.attended) == sorted(codes)
        session_id = held.id
    qtbot.waitUntil(lambda: any(r["session_id"] == session_id for r in tab.sessions.rows), timeout=20000)

    sheet = tmp_path / "成绩单.csv"
    _gbk_scores(sheet, [(code, "学员", 80 + n) for n, code in enumerate(codes)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.trainees.rowCount() and tab.trainees.row(0)["score"] is not None, timeout=20000)
    with database.read() as session:
        scores = sorted(t.score for t in session.get(TrainingSession, session_id).trainees)
    assert scores == [Decimal(80 + n) for n in range(len(codes))]

    # the first trainee's feedback: select them, set the rating with the keyboard, type, Enter
    tab.trainees_view.setFocus()
    tab.trainees_view.selectRow(0)
    rated = tab.trainees.row(0)["agent_code"]
    tab.rating.setFocus()
    qtbot.keyClick(tab.rating, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.rating, "3")
    tab.comment.setFocus()
    tab.comment.insert("讲解清楚，练习时间偏少")
    qtbot.keyClick(tab.comment, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.message.text().startswith("Feedback of"), timeout=20000)
    with database.read() as session:
        kept = {(t.agent.agent_code, t.rating, t.feedback) for t in session.get(TrainingSession, session_id).trainees}
    assert (rated, 3, "讲解清楚，练习时间偏少") in kept
    database.dispose()


def test_a_session_without_a_plan_scores_and_feedback_on_either_database(any_db):
    """SQLite and PostgreSQL alike (PostgreSQL refused the empty invitation list's placeholder)."""
    from qa_desktop.core.db.models import Role, User

    def seed(session) -> None:
        session.add(User(login="qa.lead", display_name="王敏", role=Role.QA_LEAD))
        session.add_all([Agent(agent_code="1023", name="陈静"), Agent(agent_code="1024", name="李娜")])

    any_db.write(seed)
    any_db.user_login = "qa.lead"
    held = tr.record_session(any_db, held_on=dt.date(2026, 11, 20), trainer="王老师", attended=["1023"],
                             kind="item_course", item_codes=["greeting_id"])
    tr.set_scores(any_db, held["session_id"], {"1023": "95", "1024": "60.5"})
    details = tr.record_feedback(any_db, held["session_id"], "1024", 2, "太快")
    assert (details["invited"], details["attended"], details["mean_score"], details["mean_rating"]) == (
        2, 2, Decimal("77.75"), Decimal("2.00"))
    effect = tr.training_effect(any_db, held["session_id"])
    assert effect["before"] == {"failed": 0, "evaluated": 0, "error_rate": None} and effect["change"] is None
