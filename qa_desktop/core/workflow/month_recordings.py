"""The month's excellent and failing recordings (优秀录音 / 不合格录音, seed 003), for training.

Each month QA picks, per agent, excellent and failing recordings with commentary (点评); they feed
recording-based training of the top agents and case sharing (seed 002), and every failing call must
be coached (完成不合格电话的在线督导). Here:

- :func:`propose` offers, per agent, the month's best result (graded excellent) and worst (failed or
  fatal), with what is already picked;
- :func:`pick` keeps one as an excellent or failing example with its commentary (a flag of that kind:
  one record of "this call is a training example", whoever raised it);
- :func:`export_training_pack` writes a folder a trainer can use offline: the audio renamed so a
  person knows what it is, an index workbook with the commentary and key moments (the evaluator's
  timestamped notes), and an M3U playlist;
- :func:`uncoached_failures` lists failed calls not yet linked to any coaching session, per team lead.

Qt-free; the pack is written through temporary files and renames, like every export.
"""
from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from qa_desktop.core import texts
from qa_desktop.core.db import Database
from qa_desktop.core.db.models import (
    Agent,
    Annotation,
    Call,
    CoachingLink,
    Evaluation,
    EvaluationKind,
    EvaluationStatus,
    Flag,
    FlagKind,
    FlagResolution,
    Team,
    User,
)
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.flags import raise_flag
from qa_desktop.core.leftovers import write_atomically
from qa_desktop.core.reports.privacy import mask_customer_numbers
from qa_desktop.core.workflow.permissions import MAY, acting_user, require_role, visible_team_ids
from qa_desktop.core.workflow.review import FAILING_GRADE
from qa_desktop.core.workflow.training import month_bounds

KINDS = (FlagKind.EXCELLENT, FlagKind.FAILING)
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')  # not allowed in Windows file names


def _is_failure(grade: str | None, fatal_failed: bool | None) -> bool:
    # the review queue's rule: graded fail, or a fatal item failed
    return grade == FAILING_GRADE or bool(fatal_failed)


def _month_candidates(session: Session, month: str, team_ids: set[int] | None):
    """The month's results that may be proposed (graded excellent, graded fail, or fatal), as plain rows.

    Plain columns, not ORM objects, and only the candidates: a 500-agent month's 56,000 results as
    evaluations, calls and agents took over a second to build (issue 19)."""
    start, end = month_bounds(month)
    query = (select(Evaluation.id.label("evaluation_id"), Evaluation.score, Evaluation.grade, Evaluation.fatal_failed,
                    Call.id.label("call_id"), Call.external_id, Call.started_at, Agent.id.label("agent_id"),
                    Agent.agent_code, Agent.name.label("agent_name"), Agent.team_id)
             .join(Call, Call.id == Evaluation.call_id).join(Agent, Agent.id == Call.agent_id)
             .where(Evaluation.status == EvaluationStatus.SUBMITTED, Evaluation.kind == EvaluationKind.REGULAR,
                    Call.started_at >= dt.datetime.combine(start, dt.time()),
                    Call.started_at < dt.datetime.combine(end, dt.time()),
                    Evaluation.grade.in_(("excellent", FAILING_GRADE)) | Evaluation.fatal_failed.is_(True)))
    if team_ids is not None:
        query = query.where(Agent.team_id.in_(team_ids or [-1]))
    return session.execute(query.order_by(Agent.agent_code, Call.started_at)).all()


def _picked(session: Session, call_ids: set[int]) -> dict[tuple[int, FlagKind], str | None]:
    """(call, kind) → the commentary of the example kept, for these calls."""
    if not call_ids:
        return {}
    flags = session.execute(select(Flag.call_id, Flag.kind, Flag.reason).where(
        Flag.call_id.in_(call_ids), Flag.kind.in_(KINDS), Flag.resolution != FlagResolution.DISMISSED))
    return {(call_id, kind): reason for call_id, kind, reason in flags}


def propose(database: Database, month: str) -> list[dict]:
    """Per agent of the month: the best excellent result and the worst failing one, picked or not."""
    with database.read() as session:
        user = acting_user(session, database.user_login)
        rows = _month_candidates(session, month, visible_team_ids(session, user))
        teams = dict(session.execute(select(Team.id, Team.name)).all())
        by_agent: dict[int, list] = {}
        for row in rows:
            by_agent.setdefault(row.agent_id, []).append(row)
        chosen = []
        for entries in by_agent.values():
            excellent = [r for r in entries if r.grade == "excellent" and not r.fatal_failed]
            failing = [r for r in entries if _is_failure(r.grade, r.fatal_failed)]
            if excellent:
                chosen.append((FlagKind.EXCELLENT, max(excellent, key=lambda r: (r.score or 0, -r.call_id))))
            if failing:
                chosen.append((FlagKind.FAILING, min(failing, key=lambda r: (r.score or 0, r.call_id))))
        picked = _picked(session, {r.call_id for _kind, r in chosen})
        proposals = []
        for kind, r in chosen:
            key = (r.call_id, kind)
            proposals.append({
                "kind": kind.value, "agent_id": r.agent_id, "agent_code": r.agent_code, "agent_name": r.agent_name,
                "team": teams.get(r.team_id), "call_id": r.call_id, "external_id": r.external_id,
                "started_at": r.started_at, "evaluation_id": r.evaluation_id,
                "score": None if r.score is None else float(r.score),
                "grade": r.grade, "picked": key in picked, "commentary": picked[key] if key in picked else ""})
        return sorted(proposals, key=lambda p: (p["kind"] != "excellent", p["agent_code"]))


def pick(database: Database, call_id: int, kind: FlagKind | str, commentary: str) -> dict:
    """Keep ``call_id`` as the month's excellent or failing example, with its commentary (点评)."""
    kind = FlagKind(kind)
    if kind not in KINDS:
        raise ValidationError("A recording of the month is an excellent or a failing example.", kind=kind.value)
    commentary = (commentary or "").strip()
    if not commentary:
        raise ValidationError("Say what the agent should learn from this recording (点评).", field="commentary")
    with database.read() as session:
        user = acting_user(session, database.user_login)
        require_role(user, MAY["recordings.pick"], "pick recordings of the month")
        evaluation_id = session.scalar(select(Evaluation.id).where(
            Evaluation.call_id == call_id, Evaluation.status == EvaluationStatus.SUBMITTED,
            Evaluation.kind == EvaluationKind.REGULAR).order_by(Evaluation.submitted_at.desc()))
        user_id = user.id
    info = raise_flag(database, call_id, kind, user_id, commentary, evaluation_id)
    return {"flag_id": info.id, "call_id": call_id, "kind": kind.value, "commentary": info.reason}


def month_picks(session: Session, month: str, team_ids: set[int] | None = None) -> list[dict]:
    """The picked examples of calls made in ``month`` with their key moments, in the pack's order."""
    start, end = month_bounds(month)
    query = (select(Flag, Call, Agent).join(Call, Call.id == Flag.call_id).join(Agent, Agent.id == Call.agent_id)
             .where(Flag.kind.in_(KINDS), Flag.resolution != FlagResolution.DISMISSED,
                    Call.started_at >= dt.datetime.combine(start, dt.time()),
                    Call.started_at < dt.datetime.combine(end, dt.time())))
    if team_ids is not None:
        query = query.where(Agent.team_id.in_(team_ids or [-1]))
    rows = session.execute(query.order_by(Flag.kind, Agent.agent_code, Call.started_at)).all()
    teams = dict(session.execute(select(Team.id, Team.name)).all())
    notes: dict[int, list[tuple[int, str]]] = {}
    call_ids = {c.id for _f, c, _a in rows}
    if call_ids:
        for call_id, position, text in session.execute(
                select(Annotation.call_id, Annotation.position_ms, Annotation.text)
                .where(Annotation.call_id.in_(call_ids)).order_by(Annotation.position_ms)):
            notes.setdefault(call_id, []).append((position, text))
    scores = dict(session.execute(select(Evaluation.call_id, Evaluation.score).where(
        Evaluation.call_id.in_(call_ids or {-1}), Evaluation.status == EvaluationStatus.SUBMITTED,
        Evaluation.kind == EvaluationKind.REGULAR)).all())
    return [{"kind": f.kind.value, "commentary": f.reason or "", "agent_code": a.agent_code, "agent_name": a.name,
             "team": teams.get(a.team_id) if a.team_id is not None else None, "call_id": c.id,
             "external_id": c.external_id, "started_at": c.started_at,
             "duration_s": c.duration_s, "recording_path": c.recording_path, "recording_missing": c.recording_missing,
             "score": _number(scores.get(c.id)),
             "moments": notes.get(c.id, [])} for f, c, a in rows]


def _number(value) -> float | None:
    return None if value is None else float(value)


def _copy(source: Path):
    def write(temporary: str) -> None:
        shutil.copyfile(source, temporary)
    return write


def _text_file(text: str):
    def write(temporary: str) -> None:
        Path(temporary).write_text(text, encoding="utf-8")
    return write


def _clock(ms: int) -> str:
    seconds = max(0, ms) // 1000
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def _file_name(pick: dict, lang: str) -> str:
    kind = texts.text(f"month_recordings.{pick['kind']}", lang)
    day = pick["started_at"].strftime("%Y-%m-%d") if pick["started_at"] else ""
    parts = [kind, pick["agent_code"], pick["agent_name"], day, pick["external_id"] or str(pick["call_id"])]
    stem = _UNSAFE.sub("_", "_".join(p for p in parts if p)).strip(" ._")
    return stem + Path(pick["recording_path"]).suffix.lower()


def export_training_pack(database: Database, month: str, folder: str | Path, *, lang: str = "zh_CN") -> dict:
    """Write the month's picked recordings as a training pack into ``folder`` (created if needed).

    Returns what was written: the folder, the index workbook, the playlist, files copied and missing.
    """
    with database.read() as session:
        user = acting_user(session, database.user_login)
        picks = month_picks(session, month, visible_team_ids(session, user))
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    t = texts.view("month_recordings", lang)
    copied, missing, playlist = [], [], ["#EXTM3U"]
    for entry in picks:
        entry["file"] = _file_name(entry, lang)
        source = Path(entry["recording_path"])
        if entry["recording_missing"] or not source.is_file():
            missing.append(entry["external_id"] or entry["call_id"])
            entry["file"] = ""
            continue
        target = folder / entry["file"]
        write_atomically(target, _copy(source), prefix=".qa-pack-")
        copied.append(entry["file"])
        title = f"{t[entry['kind']]} {entry['agent_code']} {entry['agent_name']} — {entry['commentary']}"
        playlist += [f"#EXTINF:{int(entry['duration_s'] or -1)},{title}", entry["file"]]
    playlist_path = folder / f"{t['pack']}-{month}.m3u"
    write_atomically(playlist_path, _text_file("\n".join(playlist) + "\n"), prefix=".qa-pack-")
    index_path = folder / f"{t['pack']}-{month}.xlsx"
    write_atomically(index_path, lambda temporary: _index_workbook(picks, t).save(temporary), prefix=".qa-pack-")
    return {"folder": str(folder), "index": str(index_path), "playlist": str(playlist_path),
            "recordings": len(copied), "missing": missing}


def _index_workbook(picks: list[dict], t):
    # imported here, not with the module: the Coaching page imports this module to list the month, and
    # openpyxl took most of the page's first-open stall
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = t["sheet"]
    header = [t[c] for c in ("col_kind", "col_agent", "col_team", "col_call", "col_date", "col_score",
                             "col_commentary", "col_moments", "col_file")]
    sheet.append(header)
    for entry in picks:
        moments = "\n".join(f"[{_clock(ms)}] {mask_customer_numbers(text)}" for ms, text in entry["moments"])
        values = [t[entry["kind"]], f"{entry['agent_code']} {entry['agent_name']}", entry["team"] or "",
                  entry["external_id"] or str(entry["call_id"]),
                  entry["started_at"].strftime("%Y-%m-%d %H:%M") if entry["started_at"] else "",
                  entry["score"], mask_customer_numbers(entry["commentary"]), moments, entry["file"] or t["missing"]]
        sheet.append(values)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@"):
                cell.data_type = "s"  # people's text never becomes a formula
    for letter, width in zip("ABCDEFGHI", (10, 16, 14, 16, 17, 8, 40, 50, 48)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    return book


def uncoached_failures(database: Database, *, since: dt.date | None = None) -> list[dict]:
    """Failed calls (graded fail or fatal) no coaching session has linked yet, grouped by team lead.

    Each failing call must be coached (seed 003, 在线督导); the list is what is still owed.
    """
    with database.read() as session:
        user = acting_user(session, database.user_login)
        team_ids = visible_team_ids(session, user)
        coached = exists().where(CoachingLink.evaluation_id == Evaluation.id)
        # plain columns: the evaluations' answers and breakdowns are not needed, and decoding them held
        # the interpreter the Coaching page's window also needs
        query = (select(Evaluation.id.label("evaluation_id"), Evaluation.score, Evaluation.fatal_failed,
                        Call.id.label("call_id"), Call.external_id, Call.started_at, Agent.agent_code,
                        Agent.name.label("agent_name"), Team.name.label("team"), Team.lead_user_id)
                 .join(Call, Call.id == Evaluation.call_id)
                 .join(Agent, Agent.id == Call.agent_id).outerjoin(Team, Team.id == Agent.team_id)
                 .where(Evaluation.status == EvaluationStatus.SUBMITTED, Evaluation.kind == EvaluationKind.REGULAR,
                        (Evaluation.grade == FAILING_GRADE) | Evaluation.fatal_failed.is_(True), ~coached))
        if since is not None:
            query = query.where(Call.started_at >= dt.datetime.combine(since, dt.time()))
        if team_ids is not None:
            query = query.where(Agent.team_id.in_(team_ids or [-1]))
        leads = dict(session.execute(select(User.id, User.display_name)).all())
        rows = session.execute(query.order_by(Team.name, Call.started_at)).all()
        return [{"team_lead": leads.get(r.lead_user_id, "") if r.lead_user_id else "",
                 "team": r.team, "agent_code": r.agent_code, "agent_name": r.agent_name, "call_id": r.call_id,
                 "external_id": r.external_id, "started_at": r.started_at, "evaluation_id": r.evaluation_id,
                 "score": None if r.score is None else float(r.score),
                 "fatal": bool(r.fatal_failed)} for r in rows]
