"""Evaluator consistency over time: calibration deviation by month and blind self-checks."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select, update

from qa_desktop.core import evaluations
from qa_desktop.core.calibration import consistency
from qa_desktop.core.calibration import sessions as cal
from qa_desktop.core.db.models import Evaluation, EvaluationKind, EvaluationStatus, FormVersion
from qa_desktop.core.errors import PermissionDenied, ValidationError
from qa_desktop.core.scoring.engine import score
from qa_desktop.core.scoring.form import FormDefinition
from tests.test_calibration_sessions import FORM, answers, as_user, make_session, seed


def run_session(database, ids, calls, scores, month):
    session_id = make_session(database, ids, call_ids=calls)
    for n, by_login in scores.items():
        for login, values in by_login.items():
            as_user(database, login)
            cal.save_answers(database, session_id, calls[n], answers(*values), submit=True)

    def backdate(session):
        session.execute(update(Evaluation).where(Evaluation.calibration_session_id == session_id)
                        .values(submitted_at=month))

    database.write(backdate)
    return session_id


def test_deviation_and_bias_month_by_month(any_db):
    ids = seed(any_db)
    c = ids["calls"]
    # October: Bo scores the attitude item 2 points above the expert on both calls → +8.57 each (lenient)
    run_session(any_db, ids, c[:2], {
        0: {"ann": ("yes", "yes", 3, 3), "bo": ("yes", "yes", 5, 3), "exp": ("yes", "yes", 3, 3)},
        1: {"ann": ("yes", "no", 2, 4), "bo": ("yes", "no", 4, 4), "exp": ("yes", "no", 2, 4)},
    }, dt.datetime(2026, 10, 20))
    # November: after calibration Bo is in line; Ann now says "no" on a greeting the expert accepts (−28.57)
    november = run_session(any_db, ids, c[2:], {
        0: {"ann": ("no", "yes", 4, 4), "bo": ("yes", "yes", 4, 4), "exp": ("yes", "yes", 4, 4)},
        1: {"ann": ("yes", "yes", 5, 5), "bo": ("yes", "yes", 5, 5), "exp": ("yes", "yes", 5, 5)},
    }, dt.datetime(2026, 11, 18))
    as_user(any_db, "lead")
    cal.record_consensus(any_db, november, c[2], answers("yes", "yes", 4, 4))
    rows = {(r["login"], r["month"]): r for r in consistency.evaluator_consistency(any_db)["months"]}
    bo_oct, bo_nov = rows[("bo", "2026-10")], rows[("bo", "2026-11")]
    assert bo_oct["vs_expert"] == {"n_calls": 2, "mean_signed": 8.57, "mean_absolute": 8.57, "bias": "lenient"}
    assert bo_nov["vs_expert"]["mean_absolute"] == 0 and bo_nov["vs_expert"]["bias"] == "in_line"
    ann_nov = rows[("ann", "2026-11")]
    assert ann_nov["vs_expert"]["mean_signed"] == pytest.approx(-14.29, abs=0.01)
    assert ann_nov["vs_consensus"] == {"n_calls": 1, "mean_signed": -28.57, "mean_absolute": 28.57, "bias": "harsh"}
    assert ann_nov["items_differ_from_consensus"] == {"n_items": 4, "differ": 1, "share": 0.25}
    assert ("exp", "2026-10") in rows and rows[("exp", "2026-10")]["vs_expert"] is None
    # an evaluator sees only their own figures
    as_user(any_db, "bo")
    assert {r["login"] for r in consistency.evaluator_consistency(any_db)["months"]} == {"bo"}
    with pytest.raises(PermissionDenied):
        consistency.evaluator_consistency(any_db, evaluator_id=ids["users"]["ann"])


def past_evaluations(database, ids, login, days_ago, values_per_call):
    definition = FormDefinition.from_dict(FORM)

    def work(session):
        made = []
        for call_id, values in zip(ids["calls"], values_per_call):
            result = score(definition, answers(*values))
            evaluation = Evaluation(
                call_id=call_id, form_version_id=ids["version"], evaluator_id=ids["users"][login],
                kind=EvaluationKind.REGULAR, status=EvaluationStatus.SUBMITTED, answers=answers(*values),
                score=result.total, grade=result.grade_code, breakdown=result.to_dict(),
                submitted_at=dt.datetime.now() - dt.timedelta(days=days_ago))
            session.add(evaluation)
            session.flush()
            made.append(evaluation.id)
        session.get(FormVersion, ids["version"]).locked = True
        return made

    return database.write(work)


def test_blind_self_check_compared_with_the_original(any_db):
    ids = seed(any_db)
    old = past_evaluations(any_db, ids, "ann", 60, [("yes", "yes", 4, 4), ("yes", "no", 3, 5), ("no", "yes", 2, 2)])
    recent = past_evaluations(any_db, ids, "ann", 3, [("yes", "yes", 5, 5)])
    as_user(any_db, "ann")
    with pytest.raises(PermissionDenied):
        consistency.assign_self_checks(any_db, ids["users"]["ann"], count=2)
    as_user(any_db, "lead")
    checks = consistency.assign_self_checks(any_db, ids["users"]["ann"], count=5, seed=1)
    assert len(checks) == 3  # only the three old enough; the recent one is still remembered
    with pytest.raises(ValidationError, match="no submitted evaluation older"):
        consistency.assign_self_checks(any_db, ids["users"]["ann"], count=5)  # all taken
    with pytest.raises(ValidationError):
        consistency.assign_self_checks(any_db, ids["users"]["ann"], evaluation_ids=[old[0]])

    as_user(any_db, "ann")
    pending = consistency.pending_self_checks(any_db)
    # the self-check starts empty: nothing of the original answers or score is handed out
    assert len(pending) == 3 and all(p["answers"] == {} and p["status"] == "not_started" for p in pending)
    assert not any(key.startswith("original") or key == "score" for p in pending for key in p)
    with any_db.read() as session:
        originals = {e.id: e.rescore_of_id for e in session.scalars(
            select(Evaluation).where(Evaluation.kind == EvaluationKind.SELF_CHECK))}
    rescore = {old[0]: ("yes", "yes", 4, 4), old[1]: ("yes", "yes", 3, 5), old[2]: ("no", "yes", 3, 2)}
    for check_id in checks[:2] + checks[2:]:
        evaluations.submit(any_db, check_id, answers(*rescore[originals[check_id]]))
    result = consistency.self_check_comparison(any_db, ids["users"]["ann"])
    pairs = {p["original_evaluation_id"]: p for p in result["pairs"]}
    assert pairs[old[0]]["difference"] == 0 and pairs[old[0]]["items_changed"] == []
    # closing no → yes: +10 × 40 / 1400 = +28.57
    assert pairs[old[1]]["difference"] == pytest.approx(28.57)
    assert pairs[old[1]]["items_changed"] == [{"code": "closing", "original": "no", "rescore": "yes"}]
    assert pairs[old[2]]["difference"] == pytest.approx(4.29)
    assert pairs[old[2]]["days_between"] >= 59
    summary = result["summary"]
    assert summary["n_calls"] == 3 and summary["pending"] == 0
    assert summary["share_items_same"] == pytest.approx(10 / 12, abs=1e-4)
    assert summary["drift"]["mean_signed"] == pytest.approx((0 + 28.57 + 4.29) / 3, abs=0.01)
    assert summary["icc_totals"]["computable"] and summary["icc_totals"]["n_raters"] == 2
    [month] = summary["by_month"]  # all re-scored today
    assert month["n_calls"] == 3 and month["bias"] == "lenient"
    assert summary["icc_totals"]["details"]["form"] == "ICC(2,1)"
    assert summary["icc_totals"]["reading"].startswith("ICC(2,1) = ")
    # the statistics in the reader's language (the consistency tab passes the user's)
    chinese = consistency.self_check_comparison(any_db, ids["users"]["ann"], lang="zh_CN")["summary"]
    assert chinese["icc_totals"]["reading"].startswith("ICC(2,1) = ") and "信度" in chinese["icc_totals"]["reading"]
    for key in ("percent_totals_within_5", "alpha_items_nominal"):
        assert not re.search("[A-Za-z]", re.sub(r"'[^']*'", "", chinese[key]["reading"])), chinese[key]["reading"]
    assert recent[0] not in pairs
    as_user(any_db, "bo")
    with pytest.raises(PermissionDenied):
        consistency.self_check_comparison(any_db, ids["users"]["ann"])


def test_self_checks_never_count_in_agents_results(any_db):
    ids = seed(any_db)
    past_evaluations(any_db, ids, "ann", 60, [("yes", "yes", 4, 4)])
    as_user(any_db, "lead")
    [check] = consistency.assign_self_checks(any_db, ids["users"]["ann"], count=1)
    as_user(any_db, "ann")
    evaluations.submit(any_db, check, answers("no", "no", 0, 0))
    with any_db.read() as session:
        counted = session.scalars(select(Evaluation.id).where(cal.COUNTS_IN_AGENT_RESULTS,
                                                              Evaluation.status == EvaluationStatus.SUBMITTED)).all()
        assert check not in counted and len(counted) == 1
