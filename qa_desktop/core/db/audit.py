"""The append-only audit log: who changed what and when.

Entries are added in the same transaction as the change they describe, so a change and
its audit line land together or not at all. Updating or deleting an entry is refused.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from qa_desktop.core.db.models import AuditEntry


def record(session: Session, user_login: str, action: str, entity: str, entity_id: int | None = None,
           **details: Any) -> AuditEntry:
    entry = AuditEntry(user_login=user_login, action=action, entity=entity, entity_id=entity_id,
                       details=_jsonable(details) or None)
    session.add(entry)
    return entry


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
