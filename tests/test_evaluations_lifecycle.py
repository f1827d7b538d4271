"""An evaluation's life: draft, stale saves, submit, amend with a revision, re-score side by side."""
from __future__ import annotations

import copy

import pytest
from sqlalchemy import select

from qa_desktop.core import evaluations as ev
from qa_desktop.core import forms_repository as forms
from qa_desktop.core.db.models import Agent, AuditEntry, Call, Evaluation, FormVersion, Role, User
from qa_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from qa_desktop.core.scoring.errors import AnswersInvalid, CommentRequired, FormLocked

FORM = {"format": 1, "code": "std", "name": {"zh_CN": "标准"}, "sections": [
    {"code": "open", "title": "开场", "weight": 40, "items": [
        {"code": "greet", "type": "yes_no", "text": "问候", "points": 1, "comment_required_on_loss": True},
        {"code": "id", "type": "yes_no", "text": "报工号", "points": 1}]},
    {"code": "close", "title": "结束", "weight": 20, "items": [
        {"code": "bye", "type": "yes_no", "text": "结束语", "points": 1},
        {"code": "rude", "type": "yes_no", "text": "礼貌", "points": 0,
         "fatal": {"answers": ["no"], "effect": "zero_total"}}]}]}
GOOD = {"greet": "yes", "id": "no", "bye": "yes", "rude": "yes"}


@pytest.fixture
def world(any_db):
    def setup(session):
        session.add_all([User(login="lead", display_name="Lead", role=Role.QA_LEAD),
                         User(login="tester", display_name="Eva", role=Role.EVALUATOR),
                         User(login="other", display_name="Otto", role=Role.EVALUATOR)])
        agent = Agent(agent_code="1001", name="张三")
        session.add(agent)
        session.flush()
        call = Call(recording_path="/calls/1.wav", agent_id=agent.id)
        session.add(call)
        session.flush()
        return call.id

    call_id = any_db.write(setup)
    any_db.user_login = "lead"
    version = forms.save_form(any_db, FORM, publish=True)
    any_db.user_login = "tester"
    return any_db, call_id, version


def as_user(db, login):
    db.user_login = login
    return db


def test_draft_save_submit_scores_and_locks_the_version(world):
    db, call_id, version = world
    draft = ev.create_draft(db, call_id, form_code="std")
    assert draft.status == "draft" and draft.form_version_id == version.version_id
    saved = ev.save_draft(db, draft.id, {"greet": "yes"}, expected_row_version=draft.row_version, active_seconds=42)
    assert saved.row_version == draft.row_version + 1 and saved.active_seconds == 42
    assert ev.preview(forms.load_version(db, version.version_id)[1], saved.answers).total == 100
    done = ev.submit(db, draft.id, GOOD, expected_row_version=saved.row_version)
    assert (done.status, done.score, done.grade, done.fatal_failed) == ("submitted", "60.00", "pass", False)
    assert done.breakdown["total"] == "60.00" and done.breakdown["failed_items"] == ["id"]
    with db.read() as session:
        assert session.get(FormVersion, version.version_id).locked
        assert session.get(Evaluation, draft.id).submitted_at is not None
        actions = [a for a in session.scalars(select(AuditEntry.action)) if a.startswith("evaluation.")]
    assert actions == ["evaluation.create", "evaluation.save_draft", "evaluation.submit"]


def test_stale_draft_save_is_a_conflict_and_overwrites_nothing(world):
    db, call_id, _ = world
    draft = ev.create_draft(db, call_id)
    first = ev.save_draft(db, draft.id, {"greet": "yes"}, expected_row_version=draft.row_version)
    with pytest.raises(ConflictError):
        ev.save_draft(db, draft.id, {"greet": "no"}, expected_row_version=draft.row_version)
    assert ev.get(db, draft.id).answers == {"greet": "yes"} and ev.get(db, draft.id).row_version == first.row_version


def test_submit_rejects_incomplete_impossible_or_uncommented_answers(world):
    db, call_id, _ = world
    draft = ev.create_draft(db, call_id)
    with pytest.raises(AnswersInvalid) as caught:
        ev.submit(db, draft.id, {"greet": "yes"})
    assert caught.value.item == "id"
    with pytest.raises(AnswersInvalid):
        ev.save_draft(db, draft.id, {"greet": "perhaps"}, expected_row_version=None)
    with pytest.raises(AnswersInvalid):
        ev.save_draft(db, draft.id, {"ghost": "yes"}, expected_row_version=None)
    with pytest.raises(CommentRequired) as missing:
        ev.submit(db, draft.id, dict(GOOD, greet="no"))
    assert missing.value.items == ["greet"]
    done = ev.submit(db, draft.id, dict(GOOD, greet="no"), {"greet": "没有问候"})
    assert done.score == "20.00" and done.grade == "fail"
    assert ev.get(db, draft.id).status == "submitted"


def test_fatal_answer_is_stored(world):
    db, call_id, _ = world
    draft = ev.create_draft(db, call_id)
    done = ev.submit(db, draft.id, dict(GOOD, rude="no"))
    assert (done.score, done.grade, done.fatal_failed) == ("0.00", "fail", True)


def test_an_evaluator_edits_only_their_own(world):
    db, call_id, _ = world
    draft = ev.create_draft(db, call_id)
    as_user(db, "other")
    with pytest.raises(PermissionDenied):
        ev.save_draft(db, draft.id, {"greet": "no"}, expected_row_version=draft.row_version)
    with pytest.raises(PermissionDenied):
        ev.submit(db, draft.id, GOOD)
    as_user(db, "tester")
    done = ev.submit(db, draft.id, GOOD)
    as_user(db, "other")
    with pytest.raises(PermissionDenied):
        ev.amend(db, draft.id, GOOD, reason="x", expected_row_version=done.row_version)
    with pytest.raises(PermissionDenied):
        ev.rescore(db, draft.id, done.form_version_id)
    assert ev.get(db, draft.id).answers == GOOD


def test_amend_keeps_a_revision_with_the_reason(world):
    db, call_id, _ = world
    draft = ev.create_draft(db, call_id)
    done = ev.submit(db, draft.id, GOOD)
    with pytest.raises(ValidationError):
        ev.amend(db, draft.id, GOOD, reason="  ", expected_row_version=done.row_version)
    amended = ev.amend(db, draft.id, dict(GOOD, id="yes"), reason="工号其实报了", expected_row_version=done.row_version)
    assert amended.score == "100.00" and amended.grade == "excellent"
    with pytest.raises(ConflictError):
        ev.amend(db, draft.id, GOOD, reason="again", expected_row_version=done.row_version)
    history = ev.revisions(db, draft.id)
    assert [(r["revision_no"], r["score"], r["reason"], r["answers"]["id"]) for r in history] == [
        (1, "60.00", "工号其实报了", "no")]
    # A QA lead may amend anyone's evaluation.
    as_user(db, "lead")
    again = ev.amend(db, draft.id, GOOD, reason="校准后改回", expected_row_version=amended.row_version)
    assert again.score == "60.00" and len(ev.revisions(db, draft.id)) == 2


def test_rescore_under_a_newer_version_side_by_side(world):
    db, call_id, version = world
    draft = ev.create_draft(db, call_id)
    original = ev.submit(db, draft.id, GOOD)
    # The lead edits the used form: version 2 makes the ID item worth 3; version 3 adds an item.
    as_user(db, "lead")
    newer = copy.deepcopy(FORM)
    newer["sections"][0]["items"][1]["points"] = 3
    v2 = forms.save_form(db, newer, publish=True)
    assert v2.version_no == 2 and v2.created_new
    same_items = ev.rescore(db, original.id, v2.version_id)
    assert same_items.kind == "rescore" and same_items.status == "submitted" and same_items.rescore_of_id == original.id
    assert same_items.score == "33.33"  # (1 of 4 × 40 + 1 of 1 × 20) / (4 × 40 + 1 × 20) = 60 / 180
    newer["sections"][1]["items"].append({"code": "anything_else", "type": "yes_no", "text": "还有什么问题"})
    v3 = forms.save_form(db, newer, publish=True)
    pending = ev.rescore(db, original.id, v3.version_id)
    assert pending.status == "draft" and pending.unanswered == ["anything_else"]
    row = ev.side_by_side(db, original.id)
    assert [(e.kind, e.score) for e in row] == [("regular", "60.00"), ("rescore", "33.33"), ("rescore", None)]
    assert ev.get(db, original.id).score == "60.00" and ev.get(db, original.id).form_version_id == version.version_id
    with pytest.raises(FormLocked):
        def tamper(session):
            session.get(FormVersion, version.version_id).definition = newer
        db.write(tamper)
