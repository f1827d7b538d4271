"""Submitted evaluations keep what the checks suggested; the monthly workbook shows per item how often
evaluators agreed."""
from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from qa_desktop.core import evaluations as ev
from qa_desktop.core import forms_repository
from qa_desktop.core.db.models import Agent, Call, Evaluation, Role, User
from qa_desktop.core.reports.monthly import export_monthly
from qa_desktop.core.scoring import default_form
from qa_desktop.core.transcripts.importer import import_transcripts
from tests.transcript_files import alibaba_json


def _complete_answers(**chosen):
    answers = {}
    for _section, item in default_form().items():
        answers[item.code] = chosen.get(item.code, "yes" if item.type in ("yes_no", "yes_no_na")
                                        else [] if item.type == "checklist" else item.answer_values()[0])
    return answers


def test_agreement_with_the_checks_is_stored_and_reported_per_item(sqlite_db, tmp_path):
    def setup(session):
        session.add(User(login="qa.li", display_name="李娜", role=Role.EVALUATOR))
        agent = Agent(agent_code="1023", name="王芳")
        session.add(agent)
        session.flush()
        session.add(Call(external_id="ALI-1", recording_path="//share/ALI-1.wav", agent_id=agent.id,
                         started_at=dt.datetime.now() - dt.timedelta(hours=2)))

    sqlite_db.write(setup)
    forms_repository.ensure_default_form(sqlite_db)
    alibaba_json(tmp_path / "ALI-1.json")
    import_transcripts(sqlite_db, tmp_path)
    sqlite_db.user_login = "qa.li"
    with sqlite_db.read() as session:
        call_id = session.query(Call.id).scalar()
    draft = ev.create_draft(sqlite_db, call_id, form_code="default")
    # The checks say yes to the greeting (公号1023) and no to clear_answer (没办法); the evaluator keeps the
    # first and overrides the second.
    answers = _complete_answers(clear_answer="yes")
    done = ev.submit(sqlite_db, draft.id, answers, {"clear_answer": "客户确实无法办理"},
                     expected_row_version=draft.row_version)
    with sqlite_db.read() as session:
        kept = session.get(Evaluation, done.id).suggestions
    assert kept["greeting_id"] == {"answer": "yes", "kept": True}
    assert kept["clear_answer"] == {"answer": "no", "kept": False}

    month = dt.date.today().strftime("%Y-%m")
    path = export_monthly(sqlite_db, month, tmp_path / "month.xlsx", lang="zh_CN").path
    sheet = load_workbook(path)["自动质检一致率"]
    rows = {row[2]: row for row in sheet.iter_rows(values_only=True) if row and row[2]}
    assert rows["评分项"][4:] == ("建议次数", "质检员采纳", "自动判是、质检员判否", "自动判否、质检员判是", "一致率")
    assert rows["greeting_id"][4:] == (1, 1, 0, 0, 1)
    assert rows["clear_answer"][4:] == (1, 0, 0, 1, 0)
    assert "报工号" in rows["greeting_id"][3]
