"""The Qt-free side of the workspace: queue, next call, change token, drafters, flags, notes, relink."""
from __future__ import annotations

import shutil

import pytest
from workspace_support import populate

from qa_desktop.core import call_details, call_notes, evaluations, flags, work_queue
from qa_desktop.core.db.models import FlagKind, FlagResolution
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.scoring import default_form


def all_yes(definition):
    answers = {}
    for _s, item in definition.items():
        if item.type in ("yes_no", "yes_no_na"):
            answers[item.code] = "yes"
        elif item.type == "checklist":
            answers[item.code] = [o.value for o in item.options]
        else:
            answers[item.code] = max(item.options, key=lambda o: o.points).value
    return answers


@pytest.fixture
def centre(sqlite_db, tmp_path):
    sqlite_db.user_login = "tester"
    return populate(sqlite_db, tmp_path, calls=4, seconds=6)


def test_queue_lists_assigned_calls_in_order_with_status(sqlite_db, centre):
    rows = work_queue.evaluator_queue(sqlite_db, centre["me"].id)
    assert [r.call_id for r in rows] == centre["calls"]
    assert {r.status for r in rows} == {"todo"}
    assert rows[0].agent_code == "A100" and rows[0].team == "投诉处理组" and rows[0].duration_s == 6
    assert work_queue.next_call(rows).call_id == centre["calls"][0]
    # Submitting the first makes the second the next call; the row shows the score.
    draft = evaluations.create_draft(sqlite_db, centre["calls"][0], form_code=default_form().code)
    evaluations.submit(sqlite_db, draft.id, all_yes(default_form()), {}, expected_row_version=draft.row_version)
    rows = work_queue.evaluator_queue(sqlite_db, centre["me"].id)
    assert [r.call_id for r in rows] == centre["calls"][1:] + centre["calls"][:1]  # done work goes below
    assert rows[-1].status == "submitted" and str(rows[-1].score) == "100.00"
    assert work_queue.next_call(rows).call_id == centre["calls"][1]
    assert work_queue.next_call(rows, after_call_id=centre["calls"][2]).call_id == centre["calls"][3]
    assert work_queue.next_call(rows, after_call_id=centre["calls"][3]).call_id == centre["calls"][1]
    assert work_queue.next_call(rows, after_call_id=centre["calls"][0]).call_id == centre["calls"][1]


def test_change_token_moves_when_a_colleague_saves(sqlite_db, centre):
    before = work_queue.change_token(sqlite_db, centre["me"].id)
    assert work_queue.change_token(sqlite_db, centre["me"].id) == before
    sqlite_db.user_login = "qa.zhou"
    draft = evaluations.create_draft(sqlite_db, centre["calls"][1], form_code=default_form().code)
    after_create = work_queue.change_token(sqlite_db, centre["me"].id)
    assert after_create != before
    evaluations.save_draft(sqlite_db, draft.id, {"greeting_id": "yes"}, {}, expected_row_version=draft.row_version)
    assert work_queue.change_token(sqlite_db, centre["me"].id) != after_create
    # The colleague's draft is what a second evaluator is told about.
    assert work_queue.others_scoring(sqlite_db, centre["calls"][1], centre["me"].id) == ["周婷"]
    row = next(r for r in work_queue.evaluator_queue(sqlite_db, centre["me"].id) if r.call_id == centre["calls"][1])
    assert row.others_drafting == ("周婷",) and row.status == "todo"


def test_search_finds_agent_by_code_or_name_over_the_whole_library(sqlite_db, centre):
    assert {r.agent_code for r in work_queue.search_library(sqlite_db, "a101", centre["me"].id)} == {"A101"}
    assert {r.agent_name for r in work_queue.search_library(sqlite_db, "张", centre["me"].id)} == {"张敏"}
    assert work_queue.search_library(sqlite_db, "   ") == []
    assert work_queue.search_library(sqlite_db, "nobody") == []


def test_flags_need_a_reason_for_review_and_settle(sqlite_db, centre):
    call_id, me = centre["calls"][0], centre["me"].id
    with pytest.raises(ValidationError):
        flags.raise_flag(sqlite_db, call_id, FlagKind.REVIEW, me, "  ")
    review = flags.raise_flag(sqlite_db, call_id, FlagKind.REVIEW, me, "agent raised voice at 02:10")
    again = flags.raise_flag(sqlite_db, call_id, FlagKind.REVIEW, me, "and hung up first")
    assert again.id == review.id and again.reason == "and hung up first"
    complaint = flags.raise_flag(sqlite_db, call_id, FlagKind.COMPLAINT, me)
    with pytest.raises(ValidationError):
        flags.settle_flag(sqlite_db, review.id, me, FlagResolution.FOUNDED)
    flags.settle_flag(sqlite_db, complaint.id, me, FlagResolution.UNFOUNDED, "agent followed the script")
    listed = {f.kind: f for f in flags.call_flags(sqlite_db, call_id)}
    assert listed[FlagKind.COMPLAINT].resolution == FlagResolution.UNFOUNDED
    assert listed[FlagKind.REVIEW].raised_by == "Tess Tester"
    assert [f.kind for f in flags.call_flags(sqlite_db, call_id, include_closed=False)] == [FlagKind.REVIEW]


def test_notes_follow_the_evaluation(sqlite_db, centre):
    call_id, me = centre["calls"][0], centre["me"].id
    loose = call_notes.add_note(sqlite_db, call_id, 12_345, "greeting without ID", me, item_code="greeting_id")
    draft = evaluations.create_draft(sqlite_db, call_id, form_code=default_form().code)
    assert call_notes.attach_notes(sqlite_db, call_id, me, draft.id) == 1
    call_notes.add_note(sqlite_db, call_id, 2_000, "long hold", me, evaluation_id=draft.id)
    notes = call_notes.call_notes(sqlite_db, call_id, evaluation_id=draft.id)
    assert [(n.position_ms, n.text) for n in notes] == [(2_000, "long hold"), (12_345, "greeting without ID")]
    assert notes[1].id == loose.id and notes[1].item_code == "greeting_id"


def test_call_details_and_relink_after_a_moved_share(sqlite_db, centre, tmp_path):
    call_id = centre["calls"][0]
    info = call_details.load_call(sqlite_db, call_id)
    assert info.agent_code == "A100" and info.analysis["agent_channel"] == 0
    assert call_details.check_recording(info.recording_path, info.file_size)[0] == call_details.RECORDING_OK
    moved = tmp_path / "new_share" / "call_0.wav"
    moved.parent.mkdir()
    shutil.move(info.recording_path, moved)
    status, detail = call_details.check_recording(info.recording_path, info.file_size)
    assert status == call_details.RECORDING_MISSING and "call_0.wav" in detail
    with pytest.raises(call_details.RelinkRefused):  # another call's recording is refused
        call_details.relink_recording(sqlite_db, call_id, centre["recordings"][1])
    relinked = call_details.relink_recording(sqlite_db, call_id, moved)
    assert relinked.recording_path == str(moved) and not relinked.recording_missing


def test_a_recording_still_being_copied_is_told_apart(tmp_path, centre, sqlite_db):
    info = call_details.load_call(sqlite_db, centre["calls"][1])
    partial = tmp_path / "partial.wav"
    partial.write_bytes(open(info.recording_path, "rb").read()[: info.file_size // 3])
    status, _detail = call_details.check_recording(str(partial), info.file_size)
    assert status == call_details.RECORDING_COPYING
    garbage = tmp_path / "garbage.wav"
    garbage.write_bytes(b"this is not audio at all" * 100)
    import os
    os.utime(garbage, (0, 0))
    assert call_details.check_recording(str(garbage))[0] == call_details.RECORDING_UNREADABLE


def test_previous_evaluations_of_the_agent_are_listed(sqlite_db, centre):
    # Calls 0 and 3 are the same agent's (A100).
    earlier = evaluations.create_draft(sqlite_db, centre["calls"][3], form_code=default_form().code)
    evaluations.submit(sqlite_db, earlier.id, all_yes(default_form()), {}, expected_row_version=earlier.row_version)
    info = call_details.load_call(sqlite_db, centre["calls"][0])
    assert [(p.call_id, str(p.score), p.evaluator) for p in info.previous] == [
        (centre["calls"][3], "100.00", "Tess Tester")]
    assert call_details.load_call(sqlite_db, centre["calls"][1]).previous == ()


def test_long_finished_work_leaves_the_queue_but_not_the_library(sqlite_db, centre):
    import datetime as dt

    from qa_desktop.core.db.models import Evaluation

    call_id = centre["calls"][0]
    draft = evaluations.create_draft(sqlite_db, call_id, form_code=default_form().code)
    evaluations.submit(sqlite_db, draft.id, all_yes(default_form()), {}, expected_row_version=draft.row_version)

    def age(session):
        session.get(Evaluation, draft.id).submitted_at = dt.datetime(2025, 1, 6, 9, 0)

    sqlite_db.write(age)
    queue = work_queue.evaluator_queue(sqlite_db, centre["me"].id)
    assert call_id not in [r.call_id for r in queue] and len(queue) == 3
    assert call_id in [r.call_id for r in work_queue.evaluator_queue(sqlite_db, centre["me"].id, None)]
    found = work_queue.search_library(sqlite_db, "A100", centre["me"].id)
    assert next(r for r in found if r.call_id == call_id).status == "submitted"
