"""The append-only audit log: who changed what and when, chained by hash.

Entries are added in the same transaction as the change they describe, so a change and
its audit line land together or not at all. Updating or deleting an entry is refused.

The app refuses to rewrite entries, but anyone who can write a shared SQLite file can open it
with another tool. So each entry carries ``entry_hash`` = SHA-256 of the previous entry's hash
and its own content (time, user, action, entity, details): editing an entry changes its hash,
deleting one breaks the link of the next, and :func:`verify_chain` (``qa-desktop check``) names
the first entry where the chain breaks. It shows tampering; it cannot prevent it, and removing
the newest entries leaves a shorter chain that is still whole (the check reports its length and
last hash, so a copy kept elsewhere settles it). On PostgreSQL the database's own rights forbid
changing the log (see core.db.pg_roles).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect, select, text
from sqlalchemy.orm import Session

from qa_desktop.core.db.models import AuditEntry, utcnow

GENESIS = ""


def record(session: Session, user_login: str, action: str, entity: str, entity_id: int | None = None,
           **details: Any) -> AuditEntry:
    entry = AuditEntry(at=utcnow(), user_login=user_login, action=action, entity=entity, entity_id=entity_id,
                       details=_jsonable(details) or None)
    session.add(entry)
    return entry


def entry_digest(previous: str, at, user_login: str, action: str, entity: str, entity_id, details) -> str:
    """The hash of one entry given the previous entry's hash (the chain's one formula)."""
    content = json.dumps([previous, at.isoformat(sep=" ") if at is not None else None, user_login, action, entity,
                          entity_id, details], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _last_hash(session: Session) -> str:
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        # two writers must not both chain onto the same entry: one waits for the other's commit
        connection.execute(text("SELECT pg_advisory_xact_lock(7242001)"))
    last = connection.execute(select(AuditEntry.entry_hash).where(AuditEntry.entry_hash.is_not(None))
                              .order_by(AuditEntry.id.desc()).limit(1)).scalar()
    return last or GENESIS


def _insert_order(entry: AuditEntry) -> int:
    order = inspect(entry).insert_order
    assert order is not None  # Session.add numbers every pending object, and these come from session.new
    return order


@event.listens_for(Session, "before_flush")
def _chain_new_entries(session: Session, _context, _instances) -> None:
    new = [obj for obj in session.new if isinstance(obj, AuditEntry) and obj.entry_hash is None]
    if not new:
        return
    new.sort(key=_insert_order)  # the order the rows (and their ids) are written
    previous = _last_hash(session)
    for entry in new:
        entry.at = entry.at or utcnow()
        entry.entry_hash = previous = entry_digest(previous, entry.at, entry.user_login, entry.action, entry.entity,
                                                   entry.entity_id, entry.details)


@dataclass
class ChainReport:
    entries: int = 0
    chained: int = 0
    last_hash: str | None = None
    first_break: dict | None = None  # {"id":…, "problem": "edited"|"deleted_before"|"unchained", …}
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"entries": self.entries, "chained": self.chained, "last_hash": self.last_hash,
                "first_break": self.first_break}


def verify_chain(database, chunk: int = 5000) -> ChainReport:
    """Walk the log in id order; name the first entry edited, deleted or added outside the app."""
    report = ChainReport()
    previous: str | None = None  # None until the first chained entry (older entries predate the chain)
    previous_id: int | None = None
    last_id = 0
    with database.read() as session:
        while True:
            rows = session.execute(select(AuditEntry.id, AuditEntry.at, AuditEntry.user_login, AuditEntry.action,
                                          AuditEntry.entity, AuditEntry.entity_id, AuditEntry.details,
                                          AuditEntry.entry_hash)
                                   .where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(chunk)).all()
            if not rows:
                break
            for entry_id, at, login, action, entity, entity_id, details, stored in rows:
                report.entries += 1
                last_id = entry_id
                if stored is None and previous is None:
                    previous_id = entry_id
                    continue  # written before the chain existed
                if stored is None:
                    return _broken(report, entry_id, "unchained",
                                   f"audit entry {entry_id} ({action} {entity}) has no hash: it was added outside "
                                   "the app")
                expected = entry_digest(previous or GENESIS, at, login, action, entity, entity_id, details)
                if expected != stored:
                    if previous is not None and database.is_sqlite and previous_id is not None \
                            and entry_id != previous_id + 1:
                        return _broken(report, entry_id, "deleted_before",
                                       f"audit entries {previous_id + 1}–{entry_id - 1} were deleted outside the "
                                       f"app (the chain breaks before entry {entry_id})", after=previous_id)
                    return _broken(report, entry_id, "edited",
                                   f"audit entry {entry_id} ({action} {entity} by {login}) was changed outside the "
                                   "app, or the entry before it was deleted")
                previous, previous_id = stored, entry_id
                report.chained += 1
                report.last_hash = stored
    return report


def _broken(report: ChainReport, entry_id: int, problem: str, message: str, **extra) -> ChainReport:
    report.first_break = {"id": entry_id, "problem": problem, **extra}
    report.problems.append(message)
    return report


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


@event.listens_for(Session, "before_flush")
def _refuse_audit_rewrites(session: Session, _context, _instances) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditEntry) and (obj in session.deleted or session.is_modified(obj)):
            raise PermissionError("The audit log is append-only; entries cannot be changed or deleted.")
