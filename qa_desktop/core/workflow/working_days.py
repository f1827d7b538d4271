"""Working days (工作日) in mainland China, for every deadline the workflow counts in working days.

A working day skips the statutory holidays and counts the announced make-up working days (调休,
usually a Saturday or Sunday next to a holiday). The State Council publishes the schedule once a
year; the ``chinesecalendar`` package carries it for the years it knows. A QA lead adds local
exceptions (a company day off, next year's schedule before the package knows it), stored team-wide
in the database (a ``Setting`` row), and they win over the package. A year neither knows is counted
Monday to Friday, and :meth:`WorkingCalendar.known` lets the screens say so.

Used by: dispute filing and decision deadlines (seed 003/004), complaint and praise verification
(2 working days, seed 004).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from qa_desktop.core.db import audit
from qa_desktop.core.db.models import Setting
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.workflow.permissions import MAY, acting_user, require_role

OVERRIDES_KEY = "calendar.working_day_overrides"
VERIFY_WORKING_DAYS = 2  # complaints and praise are verified (成立与否) within 2 working days


def _package_says(day: dt.date) -> bool | None:
    """What chinesecalendar says of ``day``: working or not, None for a year it does not know."""
    try:
        import chinese_calendar
    except ImportError:  # pragma: no cover - a dependency, but the app still counts Monday–Friday
        return None
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:  # "no available data for year …"
        return None


@dataclass(frozen=True)
class WorkingCalendar:
    """Which days are working days: the package's schedule, local exceptions on top."""

    overrides: dict[dt.date, bool] = field(default_factory=dict)   # day -> working?
    notes: dict[dt.date, str] = field(default_factory=dict)

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        said = _package_says(day)
        return said if said is not None else day.weekday() < 5

    def known(self, year: int) -> bool:
        """True when the holidays of ``year`` are known (by the package or a local exception)."""
        return _package_says(dt.date(year, 6, 1)) is not None or any(d.year == year for d in self.overrides)

    def add(self, day: dt.date, working_days: int) -> dt.date:
        """The day ``working_days`` working days after ``day`` (``day`` itself does not count)."""
        current = day
        remaining = working_days
        while remaining > 0:
            current += dt.timedelta(days=1)
            if self.is_working_day(current):
                remaining -= 1
        return current

    def why(self, day: dt.date) -> str:
        """Where the answer for ``day`` comes from: 'local', 'schedule' or 'weekday'."""
        if day in self.overrides:
            return "local"
        return "schedule" if _package_says(day) is not None else "weekday"


def calendar_of(session: Session) -> WorkingCalendar:
    """The calendar with this database's local exceptions."""
    setting = session.get(Setting, OVERRIDES_KEY)
    overrides: dict[dt.date, bool] = {}
    notes: dict[dt.date, str] = {}
    for entry in (setting.value if setting is not None and isinstance(setting.value, list) else []):
        try:
            day = dt.date.fromisoformat(entry["day"])
        except (KeyError, TypeError, ValueError):
            continue  # a damaged entry must not stop every deadline
        overrides[day] = bool(entry.get("working"))
        notes[day] = str(entry.get("note") or "")
    return WorkingCalendar(overrides, notes)


def load_calendar(database) -> WorkingCalendar:
    with database.read() as session:
        return calendar_of(session)


def list_overrides(database) -> list[dict]:
    calendar = load_calendar(database)
    return [{"day": day.isoformat(), "working": working, "note": calendar.notes.get(day, "")}
            for day, working in sorted(calendar.overrides.items())]


def set_override(database, day: dt.date, working: bool | None, note: str = "") -> list[dict]:
    """Make ``day`` a working day (True) or a day off (False) for this centre; None removes the exception.

    Only a QA lead changes the calendar; every change is audited.
    """
    if not isinstance(day, dt.date):
        raise ValidationError(f"Not a date: {day!r}.", field="day")

    def work(session: Session) -> list[dict]:
        user = acting_user(session, database.user_login)
        require_role(user, MAY["calendar.change"], "change the working-day calendar")
        setting = session.get(Setting, OVERRIDES_KEY) or Setting(key=OVERRIDES_KEY, value=[])
        entries = [e for e in (setting.value or []) if isinstance(e, dict) and e.get("day") != day.isoformat()]
        if working is not None:
            entries.append({"day": day.isoformat(), "working": bool(working), "note": note.strip()[:200]})
        setting.value = sorted(entries, key=lambda e: e["day"])
        session.add(setting)
        audit.record(session, user.login, "calendar.set" if working is not None else "calendar.remove",
                     "setting", None, day=day.isoformat(), working=working, note=note.strip()[:200])
        return list(setting.value)

    return database.write(work)


def verification_deadline(calendar: WorkingCalendar, raised_at: dt.datetime | dt.date) -> dt.date:
    """The last day a complaint or praise raised at ``raised_at`` may be verified (2 working days)."""
    day = raised_at.date() if isinstance(raised_at, dt.datetime) else raised_at
    return calendar.add(day, VERIFY_WORKING_DAYS)


def late_verifications(session: Session, first_day: dt.date, last_day: dt.date, today: dt.date,
                       team_id: int | None = None) -> int:
    """Complaints and praise raised in ``first_day``–``last_day`` that missed their 2-working-day
    verification: settled after the deadline, or still open with the deadline past ``today``.
    ``team_id`` counts only calls made in that team (the team of the call's day)."""
    from sqlalchemy import select

    from qa_desktop.core.db.models import Call, Flag, FlagKind, FlagResolution
    from qa_desktop.core.workflow.permissions import calls_in_teams

    query = (select(Flag.raised_at, Flag.resolution, Flag.resolved_at).join(Call, Call.id == Flag.call_id)
             .where(Flag.kind.in_([FlagKind.COMPLAINT, FlagKind.PRAISE]),
                    Flag.raised_at >= dt.datetime.combine(first_day, dt.time()),
                    Flag.raised_at < dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time())))
    if team_id is not None:
        query = query.where(calls_in_teams([team_id]))
    calendar = calendar_of(session)
    late = 0
    for raised_at, resolution, resolved_at in session.execute(query):
        deadline = verification_deadline(calendar, raised_at)
        settled_on = resolved_at.date() if resolution != FlagResolution.OPEN and resolved_at else None
        if (settled_on or today) > deadline:
            late += 1
    return late
