"""Transcripts kept with their calls (table ``call_transcripts``): writing, reading, searching.

A call has at most one transcript per side. Lines are stored whole per side as
``[[start_ms, end_ms, text], ...]``: every reader (the pane, the checks, screening) wants all
of them at once, so one JSON value per side reads far faster than a row per line.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select

from qa_desktop.core.db import Database
from qa_desktop.core.db.models import CallTranscript, utcnow

SIDES = ("agent", "customer")


@dataclass(frozen=True)
class TranscriptLine:
    side: str
    start_s: float
    end_s: float
    text: str

    def to_dict(self) -> dict:
        return {"side": self.side, "start_s": self.start_s, "end_s": self.end_s, "text": self.text}


def lines_hash(lines: list[list]) -> str:
    return hashlib.sha256(json.dumps(lines, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def normalise_lines(lines) -> list[list]:
    """``[[start_ms, end_ms, text]]`` sorted by time, empty texts dropped."""
    clean = [[int(s), int(max(s, e)), str(t).strip()] for s, e, t in lines if str(t).strip()]
    return sorted(clean, key=lambda line: (line[0], line[1]))


def store_side(session, call_id: int, side: str, lines, source: str) -> str:
    """Keep one side's transcript; returns "added", "replaced" or "unchanged" (same lines again)."""
    if side not in SIDES:
        raise ValueError(f"side must be one of {SIDES}, got {side!r}")
    lines = normalise_lines(lines)
    digest = lines_hash(lines)
    row = session.scalar(select(CallTranscript).where(CallTranscript.call_id == call_id,
                                                       CallTranscript.side == side))
    if row is not None and row.source_hash == digest:
        return "unchanged"
    outcome = "replaced" if row is not None else "added"
    if row is None:
        row = CallTranscript(call_id=call_id, side=side)
        session.add(row)
    row.lines = lines
    row.text = "\n".join(text for _, _, text in lines)
    row.source = source
    row.source_hash = digest
    row.imported_at = utcnow()
    return outcome


def call_lines(session, call_id: int) -> list[TranscriptLine]:
    """Both sides of a call's transcript, merged in time order (empty when it has none)."""
    return merged_lines(session.execute(select(CallTranscript.side, CallTranscript.lines)
                                        .where(CallTranscript.call_id == call_id)).all())


def merged_lines(rows) -> list[TranscriptLine]:
    lines = [TranscriptLine(side, start / 1000.0, end / 1000.0, text)
             for side, side_lines in rows for start, end, text in (side_lines or [])]
    lines.sort(key=lambda line: (line.start_s, line.end_s))
    return lines


def load_transcripts(database: Database, call_id: int) -> list[TranscriptLine]:
    with database.read() as session:
        return call_lines(session, call_id)


def transcribed_call_ids():
    """A subquery of the ids of calls that have a transcript (for library filters)."""
    return select(CallTranscript.call_id).distinct()


def search_transcripts(text: str):
    """A subquery of the ids of calls whose transcript contains ``text``."""
    return select(CallTranscript.call_id).where(CallTranscript.text.icontains(text, autoescape=True))
