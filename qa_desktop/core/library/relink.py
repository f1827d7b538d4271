"""Fixing recording paths after the share they live on is mounted somewhere else.

``\\\\nas01\\recordings`` may become ``R:\\recordings`` or ``/mnt/recordings``: every call under the
old prefix gets the new one (whole path components only, so ``/data/rec`` does not touch
``/data/records``), separators follow the new prefix, and each call's ``recording_missing``
is set from whether its file is there now.
"""
from __future__ import annotations

import os

from sqlalchemy import select, update

from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import Call
from qa_desktop.core.errors import ValidationError


def _strip(prefix: str) -> str:
    stripped = prefix.rstrip("/\\")
    return stripped if stripped else prefix


def remap_path(path: str, old_prefix: str, new_prefix: str) -> str | None:
    """``path`` moved from under ``old_prefix`` to ``new_prefix``, or None when it is not under it."""
    old, new = _strip(old_prefix), _strip(new_prefix)
    case_blind = "\\" in old or (len(old) > 1 and old[1] == ":")  # Windows paths ignore case
    head = path[:len(old)]
    if (head.lower() != old.lower()) if case_blind else (head != old):
        return None
    rest = path[len(old):]
    if rest and rest[0] not in "/\\":
        return None
    separator = "\\" if ("\\" in new or (len(new) > 1 and new[1] == ":")) else "/"
    rest = rest.replace("\\" if separator == "/" else "/", separator)
    return new + rest


def relink_prefix(database: Database, old_prefix: str, new_prefix: str, *, dry_run: bool = False) -> dict:
    """Move every call under ``old_prefix`` to ``new_prefix``; returns counts and a few examples."""
    if not old_prefix.strip() or not new_prefix.strip():
        raise ValidationError("Both the old and the new path prefix are needed.")
    old = _strip(old_prefix)
    with database.read() as session:
        # A cheap SQL pre-filter on the first characters; the exact component test is in Python.
        rows = session.execute(select(Call.id, Call.recording_path).where(
            # autoescape (with '/' as the escape): a Windows prefix's backslash stays a plain character
            Call.recording_path.istartswith(old[:3], autoescape=True)
            if len(old) >= 3 else Call.recording_path.is_not(None))).all()
    changes = []
    for call_id, path in rows:
        moved = remap_path(path, old_prefix, new_prefix)
        if moved is not None and moved != path:
            changes.append((call_id, moved, os.path.exists(moved)))  # checked before taking the write lock
    found = sum(1 for change in changes if change[2])
    summary = {"from": old_prefix, "to": new_prefix, "calls": len(changes), "found": found,
               "missing": len(changes) - found, "dry_run": dry_run,
               "examples": [change[1] for change in changes[:5]]}
    if dry_run or not changes:
        return summary

    def work(session):
        for call_id, moved, exists in changes:
            session.execute(update(Call).where(Call.id == call_id).values(
                recording_path=moved, recording_missing=not exists,
                row_version=Call.row_version + 1))
        audit.record(session, database.user_login, "relink", "call", None, **{
            "from": old_prefix, "to": new_prefix, "calls": len(changes), "missing": summary["missing"]})

    database.write(work)
    return summary
