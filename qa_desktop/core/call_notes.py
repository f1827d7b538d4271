"""Timestamped notes (标注) on a call: a position in the recording, a text, optionally a form item.

Qt-free. Notes are Annotation rows linked to the evaluation being written, so they appear in
that evaluation and its export; notes made before a draft exists stay on the call and are
attached to the evaluation once it is created (:func:`attach_notes`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select

from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import Annotation, User
from qa_desktop.core.errors import QADesktopError


class NoteNotFound(QADesktopError):
    code = "note_not_found"


@dataclass(frozen=True)
class Note:
    id: int
    call_id: int
    evaluation_id: int | None
    position_ms: int
    text: str
    item_code: str | None
    author: str
    author_id: int | None
    created_at: dt.datetime


def _note(row: Annotation, names: dict[int | None, str]) -> Note:
    return Note(row.id, row.call_id, row.evaluation_id, row.position_ms, row.text or "", row.item_code,
                names.get(row.author_id, ""), row.author_id, row.created_at)


def _names(session) -> dict[int | None, str]:
    return dict(session.execute(select(User.id, User.display_name)).all())


def call_notes(database: Database, call_id: int, evaluation_id: int | None = None,
               author_id: int | None = None) -> list[Note]:
    """Notes on a call in time order: those of ``evaluation_id`` and the author's unattached ones.

    With neither given, every note on the call.
    """
    with database.read() as session:
        query = select(Annotation).where(Annotation.call_id == call_id)
        conditions = []
        if evaluation_id is not None:
            conditions.append(Annotation.evaluation_id == evaluation_id)
        if author_id is not None:
            conditions.append((Annotation.evaluation_id.is_(None)) & (Annotation.author_id == author_id))
        if conditions:
            query = query.where(or_(*conditions))
        rows = list(session.scalars(query.order_by(Annotation.position_ms, Annotation.id)))
        names = _names(session) if rows else {}
        return [_note(r, names) for r in rows]


def add_note(database: Database, call_id: int, position_ms: int, text: str, author_id: int | None,
             evaluation_id: int | None = None, item_code: str | None = None) -> Note:
    def work(session):
        row = Annotation(call_id=call_id, evaluation_id=evaluation_id, author_id=author_id,
                         position_ms=max(0, int(position_ms)), text=text or "", item_code=item_code or None)
        session.add(row)
        session.flush()
        audit.record(session, database.user_login, "create", "annotation", row.id, call_id=call_id,
                     evaluation_id=evaluation_id, position_ms=row.position_ms, item_code=item_code)
        return _note(row, _names(session))

    return database.write(work)


def update_note(database: Database, note_id: int, text: str, item_code: str | None = None) -> Note:
    def work(session):
        row = session.get(Annotation, note_id)
        if row is None:
            raise NoteNotFound(f"Note {note_id} no longer exists.", note_id=note_id)
        row.text = text or ""
        row.item_code = item_code or None
        session.flush()
        audit.record(session, database.user_login, "update", "annotation", row.id, item_code=item_code)
        return _note(row, _names(session))

    return database.write(work)


def delete_note(database: Database, note_id: int) -> None:
    def work(session):
        row = session.get(Annotation, note_id)
        if row is None:
            return
        audit.record(session, database.user_login, "delete", "annotation", row.id, call_id=row.call_id,
                     position_ms=row.position_ms, text=row.text)
        session.delete(row)

    database.write(work)


def attach_notes(database: Database, call_id: int, author_id: int, evaluation_id: int) -> int:
    """Link the author's loose notes on the call to their (new) evaluation; returns how many."""
    def work(session):
        rows = list(session.scalars(select(Annotation).where(
            Annotation.call_id == call_id, Annotation.author_id == author_id,
            Annotation.evaluation_id.is_(None))))
        for row in rows:
            row.evaluation_id = evaluation_id
        if rows:
            audit.record(session, database.user_login, "attach", "annotation", None, call_id=call_id,
                         evaluation_id=evaluation_id, count=len(rows))
        return len(rows)

    return database.write(work)
