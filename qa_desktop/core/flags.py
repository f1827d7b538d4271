"""Flags an evaluator puts on a call: examples to keep, calls a team lead must review, complaints
and praise to verify, calibration candidates, training cases.

Qt-free. A flag is raised once per kind and call by a person; raising the same kind again
updates its reason instead of stacking duplicates. A team-lead review must say why.
Complaint and praise flags are settled as founded or unfounded (鉴定投诉/表扬是否成立).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.database import expect_version
from qa_desktop.core.db.models import Flag, FlagKind, FlagResolution, User, utcnow
from qa_desktop.core.errors import QADesktopError, ValidationError

FLAG_KINDS = tuple(FlagKind)
NEEDS_REASON = frozenset({FlagKind.REVIEW})
VERIFIABLE = frozenset({FlagKind.COMPLAINT, FlagKind.PRAISE})


class FlagNotFound(QADesktopError):
    code = "flag_not_found"


class ReasonRequired(ValidationError):
    code = "flag_reason_required"


@dataclass(frozen=True)
class FlagInfo:
    id: int
    call_id: int
    kind: FlagKind
    reason: str
    raised_by: str
    raised_at: dt.datetime
    resolution: FlagResolution
    resolution_note: str
    evaluation_id: int | None
    row_version: int

    @property
    def is_open(self) -> bool:
        return self.resolution == FlagResolution.OPEN


def _info(flag: Flag, names: dict[int | None, str]) -> FlagInfo:
    return FlagInfo(flag.id, flag.call_id, flag.kind, flag.reason or "", names.get(flag.raised_by_id, ""),
                    flag.raised_at, flag.resolution, flag.resolution_note or "", flag.evaluation_id,
                    flag.row_version)


def _names(session) -> dict[int | None, str]:
    return dict(session.execute(select(User.id, User.display_name)).all())


def call_flags(database: Database, call_id: int, include_closed: bool = True) -> list[FlagInfo]:
    with database.read() as session:
        query = select(Flag).where(Flag.call_id == call_id).order_by(Flag.raised_at, Flag.id)
        if not include_closed:
            query = query.where(Flag.resolution == FlagResolution.OPEN)
        flags = list(session.scalars(query))
        names = _names(session) if flags else {}
        return [_info(f, names) for f in flags]


def raise_flag(database: Database, call_id: int, kind: FlagKind | str, user_id: int, reason: str = "",
               evaluation_id: int | None = None) -> FlagInfo:
    """Flag a call (or update the reason of this person's open flag of the same kind)."""
    kind = FlagKind(kind)
    reason = (reason or "").strip()
    if kind in NEEDS_REASON and not reason:
        raise ReasonRequired("Say why the team lead should review this call.", kind=kind.value)

    def work(session):
        flag = session.scalar(select(Flag).where(
            Flag.call_id == call_id, Flag.kind == kind, Flag.raised_by_id == user_id,
            Flag.resolution == FlagResolution.OPEN))
        if flag is None:
            flag = Flag(call_id=call_id, kind=kind, reason=reason, raised_by_id=user_id,
                        evaluation_id=evaluation_id)
            session.add(flag)
            session.flush()
            audit.record(session, database.user_login, "raise", "flag", flag.id, call_id=call_id,
                         kind=kind.value, reason=reason)
        else:
            flag.reason = reason or flag.reason
            if evaluation_id is not None:
                flag.evaluation_id = evaluation_id
            session.flush()
            audit.record(session, database.user_login, "update", "flag", flag.id, call_id=call_id,
                         kind=kind.value, reason=reason)
        return _info(flag, _names(session))

    return database.write(work)


def withdraw_flag(database: Database, flag_id: int, user_id: int, expected_row_version: int | None = None) -> None:
    """Take a flag back (kept as dismissed, so the history shows it was raised)."""
    _settle(database, flag_id, user_id, FlagResolution.DISMISSED, "withdrawn", expected_row_version)


def settle_flag(database: Database, flag_id: int, user_id: int, resolution: FlagResolution | str, note: str = "",
                expected_row_version: int | None = None) -> FlagInfo:
    """Close a flag: founded / unfounded for complaints and praise, confirmed / adjusted for reviews."""
    return _settle(database, flag_id, user_id, FlagResolution(resolution), note, expected_row_version)


def _settle(database: Database, flag_id, user_id, resolution, note, expected_row_version) -> FlagInfo:
    def work(session):
        flag = session.get(Flag, flag_id)
        if flag is None:
            raise FlagNotFound(f"Flag {flag_id} no longer exists.", flag_id=flag_id)
        expect_version(flag, expected_row_version)
        if resolution in (FlagResolution.FOUNDED, FlagResolution.UNFOUNDED) and flag.kind not in VERIFIABLE:
            raise ValidationError("Only complaints and praise are settled as founded or unfounded.",
                                  kind=flag.kind.value)
        flag.resolution = resolution
        flag.resolution_note = note or ""
        flag.resolved_by_id = user_id
        flag.resolved_at = utcnow()
        session.flush()
        audit.record(session, database.user_login, "settle", "flag", flag.id, call_id=flag.call_id,
                     kind=flag.kind.value, resolution=resolution.value, note=note)
        return _info(flag, _names(session))

    return database.write(work)
