"""What the Calibration page shows, each screenful read in one call, so the page runs it off the GUI thread.

The rules stay where they are (``sessions``: who may see what; ``report``: the statistics;
``consistency``: deviations and self-checks). This module only gathers their answers for one
screen and says which part is hidden and why instead of raising, so a background read has one
result to hand back: a page that opened a session shows its list, its report or why the report
is hidden, and the acting user's own blind work, all from the same read.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qa_desktop.core.calibration import sessions as cal
from qa_desktop.core.db.database import Database
from qa_desktop.core.errors import PermissionDenied, QADesktopError
from qa_desktop.core.workflow.permissions import may


@dataclass(frozen=True)
class SessionView:
    """One session as its page shows it to the acting user."""

    detail: cal.SessionDetail
    report: dict[str, Any] | None
    # the refusal's rule when the report is hidden: "blind_all" (score every call first) or
    # "answers_hidden" (only the lead and the participants see an open session)
    hidden_because: str | None
    my_calls: list[cal.MyCall] | None  # the acting user's own calls; None when they do not score


@dataclass(frozen=True)
class CalibrationPageData:
    sessions: list[dict[str, Any]]  # SessionSummary.to_dict() of every session, newest first
    shown: SessionView | None       # the session to show: the one asked for if it still exists, else the newest


def session_view(database: Database, session_id: int, *, lang: str = "en") -> SessionView:
    # the statistics (numpy, krippendorff) are imported by the read, off the GUI thread, not by the page
    from qa_desktop.core.calibration.report import session_report

    detail = cal.get_session(database, session_id)
    report, hidden = None, None
    try:
        report = session_report(database, session_id, lang=lang)
    except PermissionDenied as error:
        hidden = error.params.get("rule") or "blind_all"
    mine = None
    if database.user_login in [p.login for p in detail.participants]:
        mine = cal.my_calls(database, session_id)
    return SessionView(detail, report, hidden, mine)


def calibration_page(database: Database, selected: int | None = None, *, lang: str = "en") -> CalibrationPageData:
    """The sessions list and the session to show (``selected`` when it still exists, else the newest)."""
    sessions = [s.to_dict() for s in cal.list_sessions(database)]
    ids = [s["id"] for s in sessions]
    target = selected if selected in ids else (ids[0] if ids else None)
    return CalibrationPageData(sessions, None if target is None else session_view(database, target, lang=lang))


@dataclass(frozen=True)
class ConsistencyData:
    """The Evaluator consistency tab: deviations by month, whose self-checks to compare, and one's own."""

    months: list[dict[str, Any]]
    months_error: QADesktopError | None
    people: list[cal.Person]          # whose self-checks the acting user may compare (a non-lead: only theirs)
    may_assign: bool                  # the acting user may assign self-checks (a QA lead)
    evaluator_id: int | None          # whose comparison is below
    comparison: dict[str, Any] | None
    comparison_error: QADesktopError | None
    my_checks: list[dict[str, Any]]   # the acting user's self-checks still to score


def self_check_comparison_or_error(database: Database, evaluator_id: int | None, *, lang: str = "en"
                                   ) -> tuple[dict[str, Any] | None, QADesktopError | None]:
    from qa_desktop.core.calibration import consistency

    if evaluator_id is None:
        return None, None
    try:
        return consistency.self_check_comparison(database, evaluator_id, lang=lang), None
    except QADesktopError as error:
        return None, error


def consistency_page(database: Database, evaluator_id: int | None = None, *, lang: str = "en") -> ConsistencyData:
    """Everything the consistency tab shows; ``evaluator_id`` is whose comparison (default: the acting user);
    the statistics read in ``lang``."""
    from qa_desktop.core.calibration import consistency

    with database.read() as session:
        me = cal.acting_user(session, database.user_login)
        me_id, lead = me.id, may(me.role, "calibration.lead")
    months, months_error = [], None
    try:
        months = consistency.evaluator_consistency(database)["months"]
    except QADesktopError as error:
        months_error = error
    people = [p for p in cal.active_people(database) if lead or p.id == me_id]
    if evaluator_id not in [p.id for p in people]:
        evaluator_id = me_id if any(p.id == me_id for p in people) else (people[0].id if people else None)
    comparison, comparison_error = self_check_comparison_or_error(database, evaluator_id, lang=lang)
    try:
        mine = consistency.pending_self_checks(database)
    except QADesktopError:
        mine = []
    return ConsistencyData(months, months_error, people, lead, evaluator_id, comparison, comparison_error, mine)


@dataclass(frozen=True)
class SessionChoices:
    """What a new session (or more calls for one) is made of: form versions, calls and people to pick."""

    form_versions: list[dict[str, Any]]   # published versions of active forms, newest first
    candidates: list[dict[str, Any]]      # calls flagged as calibration candidates, not yet in a session
    recent_calls: list[dict[str, Any]]    # the latest calls, candidates left out
    people: list[cal.Person]


def session_choices(database: Database) -> SessionChoices:
    candidates = cal.calibration_candidates(database)
    flagged = {c["call_id"] for c in candidates}
    return SessionChoices(cal.published_form_versions(database), candidates,
                          [c for c in cal.recent_calls(database) if c["call_id"] not in flagged],
                          cal.active_people(database))
