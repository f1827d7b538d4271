"""Evaluator consistency over time (质检员考核): calibration deviation month by month, and
blind self-checks (an evaluator re-scores their own past calls without seeing the original).

A self-check is an ``Evaluation`` of kind SELF_CHECK whose ``rescore_of_id`` is the original
evaluation; it is scored on the original's form version so the two totals compare like for like.
It is assigned by a QA lead, scored by the evaluator with the ordinary evaluation service
(``qa_desktop.core.evaluations.save_draft`` / ``submit``), and compared only once submitted.
"""
from __future__ import annotations

import datetime as dt
import random
import statistics
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from qa_desktop.core.calibration import agreement
from qa_desktop.core.calibration.readings import reading_in, reason_in
from qa_desktop.core.calibration.report import BIAS_TOLERANCE, _bias, _key
from qa_desktop.core.calibration.sessions import acting_user
from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import (
    CalibrationCall,
    CalibrationSession,
    Call,
    Evaluation,
    EvaluationKind,
    EvaluationStatus,
    FormVersion,
    Role,
    User,
    utcnow,
)
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.workflow.permissions import deny

DEFAULT_MIN_AGE_DAYS = 30   # old enough that the evaluator no longer remembers the call


def _mean(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 2) if values else None


def _deviation(diffs: list[float]) -> dict[str, Any]:
    signed = _mean(diffs)
    return {"n_calls": len(diffs), "mean_signed": signed, "mean_absolute": _mean([abs(d) for d in diffs]),
            "bias": _bias(signed)}


def _require_may_view(session: Session, login: str, evaluator_id: int | None) -> User:
    user = acting_user(session, login)
    if user.role != Role.QA_LEAD and evaluator_id != user.id:
        raise deny("qa_lead_only", what="look at other evaluators' consistency", login=user.login,
                   role=user.role.value)
    return user


# ----------------------------------------------------------------------------------------------
# Calibration deviation month by month


@dataclass(frozen=True)
class _CalibrationScore:
    """One submitted calibration score, as the monthly deviation compares it."""

    session_id: int
    expert_id: int | None
    call_id: int
    evaluator_id: int
    score: float | None
    answers: dict[str, Any]
    month: str  # YYYY-MM
    form_version_id: int


def evaluator_consistency(database: Database, *, evaluator_id: int | None = None) -> dict[str, Any]:
    """Each evaluator's deviation and bias per month, against the expert and the consensus.

    Months are those of the evaluator's submitted calibration scores. The expert's own scores are
    not compared with themselves. A non-lead may only ask for their own figures.
    """
    from qa_desktop.core.scoring.engine import score
    from qa_desktop.core.scoring.form import FormDefinition

    with database.read() as session:
        viewer = acting_user(session, database.user_login)
        if viewer.role != Role.QA_LEAD:
            evaluator_id = _require_may_view(session, database.user_login, evaluator_id or viewer.id).id
        rows = session.execute(
            select(Evaluation, CalibrationSession)
            .join(CalibrationSession, CalibrationSession.id == Evaluation.calibration_session_id)
            .where(Evaluation.kind == EvaluationKind.CALIBRATION,
                   Evaluation.status == EvaluationStatus.SUBMITTED)).all()
        consensus = {(c.session_id, c.call_id): c.consensus_answers
                     for c in session.scalars(select(CalibrationCall)) if c.consensus_answers}
        definitions = {v.id: FormDefinition.from_dict(v.definition) for v in session.scalars(select(FormVersion))
                       if v.id in {s.form_version_id for _, s in rows}}
        names = {u.id: (u.login, u.display_name) for u in session.scalars(select(User))}
        evaluations = [_CalibrationScore(
            session_id=s.id, expert_id=s.expert_id, call_id=e.call_id, evaluator_id=e.evaluator_id,
            score=None if e.score is None else float(e.score), answers=dict(e.answers or {}),
            month=(e.submitted_at or e.updated_at).strftime("%Y-%m"), form_version_id=s.form_version_id)
            for e, s in rows]

    version_of_session = {e.session_id: e.form_version_id for e in evaluations}
    consensus_totals: dict[tuple[int, int], float] = {}
    for (session_id, call_id), answers in consensus.items():
        version_id = version_of_session.get(session_id)
        definition = definitions.get(version_id) if version_id is not None else None
        if definition and all(code in answers for code in definition.item_codes()):
            consensus_totals[(session_id, call_id)] = float(score(definition, answers).total)
    expert_scores = {(e.session_id, e.call_id): e for e in evaluations
                     if e.expert_id is not None and e.evaluator_id == e.expert_id}

    grouped: dict[tuple[int, str], dict[str, Any]] = {}
    for e in evaluations:
        if evaluator_id is not None and e.evaluator_id != evaluator_id:
            continue
        key = (e.evaluator_id, e.month)
        group = grouped.setdefault(key, {"expert": [], "consensus": [], "sessions": set(), "calls": 0,
                                         "items_expert": [0, 0], "items_consensus": [0, 0]})
        group["sessions"].add(e.session_id)
        group["calls"] += 1
        unit = (e.session_id, e.call_id)
        expert = expert_scores.get(unit)
        if expert is not None and expert.evaluator_id != e.evaluator_id:
            if e.score is not None and expert.score is not None:
                group["expert"].append(e.score - expert.score)
            for code, answer in e.answers.items():
                if code in expert.answers:
                    group["items_expert"][0] += 1
                    group["items_expert"][1] += _key(answer) != _key(expert.answers[code])
        if unit in consensus_totals and e.score is not None:
            group["consensus"].append(e.score - consensus_totals[unit])
        for code, agreed in (consensus.get(unit) or {}).items():
            if code in e.answers:
                group["items_consensus"][0] += 1
                group["items_consensus"][1] += _key(e.answers[code]) != _key(agreed)

    months = []
    for (who, month), g in sorted(grouped.items(), key=lambda kv: (names[kv[0][0]][1], kv[0][1])):
        months.append({
            "evaluator_id": who, "login": names[who][0], "name": names[who][1], "month": month,
            "sessions": len(g["sessions"]), "calls": g["calls"],
            "vs_expert": _deviation(g["expert"]) if g["expert"] else None,
            "vs_consensus": _deviation(g["consensus"]) if g["consensus"] else None,
            "items_differ_from_expert": _share(*g["items_expert"]),
            "items_differ_from_consensus": _share(*g["items_consensus"]),
        })
    return {"months": months, "bias_tolerance": BIAS_TOLERANCE,
            "reading": (f"signed = evaluator minus reference; lenient above +{BIAS_TOLERANCE}, harsh below "
                        f"-{BIAS_TOLERANCE} points")}


def _share(compared: int, differ: int) -> dict[str, Any] | None:
    if not compared:
        return None
    return {"n_items": compared, "differ": differ, "share": round(differ / compared, 4)}


# ----------------------------------------------------------------------------------------------
# Blind self-checks


def assign_self_checks(database: Database, evaluator_id: int, *, count: int = 5,
                       evaluation_ids: list[int] | None = None,
                       min_age_days: int = DEFAULT_MIN_AGE_DAYS, seed: int | None = None,
                       now: dt.datetime | None = None) -> list[int]:
    """A QA lead gives an evaluator some of their own past calls to re-score blind; returns the new ids.

    Without ``evaluation_ids``, ``count`` of the evaluator's submitted regular evaluations at least
    ``min_age_days`` old and not yet self-checked are drawn at random (``seed`` makes it repeatable).
    """
    now = now or utcnow()

    def work(session: Session) -> list[int]:
        lead = acting_user(session, database.user_login)
        if lead.role != Role.QA_LEAD:
            raise deny("qa_lead_only", what="assign self-checks", login=lead.login, role=lead.role.value)
        checked = aliased(Evaluation)
        already = select(checked.rescore_of_id).where(checked.kind == EvaluationKind.SELF_CHECK,
                                                      checked.rescore_of_id.is_not(None))
        query = select(Evaluation).where(
            Evaluation.evaluator_id == evaluator_id, Evaluation.kind == EvaluationKind.REGULAR,
            Evaluation.status == EvaluationStatus.SUBMITTED, Evaluation.id.not_in(already))
        if evaluation_ids is not None:
            originals = list(session.scalars(query.where(Evaluation.id.in_(evaluation_ids))))
            missing = sorted(set(evaluation_ids) - {o.id for o in originals})
            if missing:
                raise ValidationError(
                    f"Evaluation(s) {', '.join(map(str, missing))} are not submitted regular evaluations of this "
                    "evaluator, or were already self-checked.", evaluation_ids=missing)
        else:
            cutoff = now - dt.timedelta(days=min_age_days)
            pool = list(session.scalars(query.where(Evaluation.submitted_at <= cutoff).order_by(Evaluation.id)))
            if not pool:
                raise ValidationError(f"This evaluator has no submitted evaluation older than {min_age_days} days "
                                      "left to self-check.", evaluator_id=evaluator_id)
            originals = random.Random(seed).sample(pool, min(count, len(pool)))
        created = []
        for original in originals:
            check = Evaluation(call_id=original.call_id, form_version_id=original.form_version_id,
                               evaluator_id=evaluator_id, kind=EvaluationKind.SELF_CHECK,
                               status=EvaluationStatus.DRAFT, answers={}, comments={}, rescore_of_id=original.id)
            session.add(check)
            session.flush()
            created.append(check.id)
        audit.record(session, database.user_login, "assign_self_checks", "user", evaluator_id,
                     self_checks=created, originals=[o.id for o in originals])
        return created

    return database.write(work)


def pending_self_checks(database: Database) -> list[dict[str, Any]]:
    """The acting user's self-checks still to score: the call only, never the original answers."""
    with database.read() as session:
        user = acting_user(session, database.user_login)
        rows = session.execute(
            select(Evaluation, Call, FormVersion.definition).join(Call, Call.id == Evaluation.call_id)
            .join(FormVersion, FormVersion.id == Evaluation.form_version_id)
            .where(Evaluation.evaluator_id == user.id, Evaluation.kind == EvaluationKind.SELF_CHECK,
                   Evaluation.status != EvaluationStatus.SUBMITTED).order_by(Evaluation.id)).all()
        # The self-check's own draft answers only; the original stays out of reach until submitted.
        return [{"evaluation_id": e.id, "call_id": c.id, "external_id": c.external_id,
                 "form_version_id": e.form_version_id, "definition": definition,
                 "row_version": e.row_version, "started_at": c.started_at,
                 "status": "draft" if e.answers else "not_started", "answers": dict(e.answers or {}),
                 "comments": dict(e.comments or {})} for e, c, definition in rows]


def self_check_comparison(database: Database, evaluator_id: int, *, lang: str = "en") -> dict[str, Any]:
    """Submitted self-checks next to the evaluator's original scores, with intra-rater agreement (its
    statistics read in ``lang``)."""
    with database.read() as session:
        _require_may_view(session, database.user_login, evaluator_id)
        original = aliased(Evaluation)
        rows = session.execute(
            select(Evaluation, original, Call)
            .join(original, original.id == Evaluation.rescore_of_id)
            .join(Call, Call.id == Evaluation.call_id)
            .where(Evaluation.evaluator_id == evaluator_id, Evaluation.kind == EvaluationKind.SELF_CHECK,
                   Evaluation.status == EvaluationStatus.SUBMITTED).order_by(Evaluation.id)).all()
        pending = len(session.scalars(select(Evaluation.id).where(
            Evaluation.evaluator_id == evaluator_id, Evaluation.kind == EvaluationKind.SELF_CHECK,
            Evaluation.status != EvaluationStatus.SUBMITTED)).all())
        user = session.get(User, evaluator_id)
        pairs: list[dict[str, Any]] = []  # one plain record a call, as the page and the CLI show it
        items: dict[tuple[int, str], dict[str, Any]] = {}
        for check, first, call in rows:
            before, after = dict(first.answers or {}), dict(check.answers or {})
            codes = [c for c in before if c in after]
            for c in codes:
                items[(call.id, c)] = {"original": _key(before[c]), "rescore": _key(after[c])}
            changed = [{"code": c, "original": before[c], "rescore": after[c]}
                       for c in codes if _key(before[c]) != _key(after[c])]
            pairs.append({
                "call_id": call.id, "external_id": call.external_id,
                "original_evaluation_id": first.id, "self_check_id": check.id,
                "original_total": None if first.score is None else float(first.score),
                "rescore_total": None if check.score is None else float(check.score),
                "difference": (None if first.score is None or check.score is None
                               else round(float(check.score) - float(first.score), 2)),
                "n_items": len(codes), "n_items_same": len(codes) - len(changed), "items_changed": changed,
                "original_submitted_at": first.submitted_at.isoformat() if first.submitted_at else None,
                "rescore_submitted_at": check.submitted_at.isoformat() if check.submitted_at else None,
                "days_between": ((check.submitted_at - first.submitted_at).days
                                 if check.submitted_at and first.submitted_at else None),
            })
        name = (user.login, user.display_name) if user else ("", "")

    diffs = [p["difference"] for p in pairs if p["difference"] is not None]
    n_items = sum(p["n_items"] for p in pairs)
    totals = {p["call_id"]: {"original": p["original_total"], "rescore": p["rescore_total"]} for p in pairs}
    by_month: dict[str, list[float]] = {}
    for p in pairs:
        if p["difference"] is not None and p["rescore_submitted_at"]:
            by_month.setdefault(p["rescore_submitted_at"][:7], []).append(p["difference"])
    statistics = {
        "percent_totals_within_5": agreement.percent_agreement(totals, within=BIAS_TOLERANCE).to_dict(),
        "icc_totals": agreement.icc(totals, agreement.DEFAULT_ICC_FORM).to_dict(),
        "alpha_items_nominal": agreement.krippendorff_alpha(items, "nominal").to_dict(),
    }
    for stat in statistics.values():  # read in English when computed: said in the reader's language
        stat["reading"], stat["reason"] = reading_in(stat, lang), reason_in(stat, lang)
    summary = {
        "n_calls": len(pairs), "pending": pending,
        "by_month": [{"month": month, **_deviation(diffs)} for month, diffs in sorted(by_month.items())],
        "drift": _deviation(diffs) if diffs else None,
        "share_items_same": round(sum(p["n_items_same"] for p in pairs) / n_items, 4) if n_items else None,
        **statistics,
    }
    return {"evaluator_id": evaluator_id, "login": name[0], "name": name[1], "pairs": pairs, "summary": summary,
            "reading": "difference = re-score minus original; a drift shows the evaluator's standard moved"}
