"""Tables of topic QA (专题质检, seed 001): a topic's questions and the calls reviewed for it.

Kept beside ``models.py`` (same ``Base``, same conventions) so that file stays readable; it is
imported at the end of ``models.py``, so creating and migrating the schema always includes them.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qa_desktop.core.db.models import Base, utcnow


class Topic(Base):
    """One aspect reviewed across many calls, unscored (只需要对某一方面进行评价)."""

    __tablename__ = "topics"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    questions: Mapped[list[Any]] = mapped_column(JSON)      # [{code, kind: choice|tags|text, text, options}]
    selection: Mapped[dict[str, Any]] = mapped_column(JSON)  # which calls: dates, teams, call types, durations…
    target_records: Mapped[int] = mapped_column(Integer, default=1000)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | closed
    findings: Mapped[str] = mapped_column(Text, default="")
    recommendations: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}


class TopicCall(Base):
    """A call drawn for a topic, the evaluator it is given to, and their answers once reviewed."""

    __tablename__ = "topic_calls"
    __table_args__ = (UniqueConstraint("topic_id", "call_id", name="uq_topic_call"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"), index=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    answers: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}
