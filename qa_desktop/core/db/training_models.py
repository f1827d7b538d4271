"""Tables of the training records (质检纠错培训, seeds 002 and 003): plans, sessions and their trainees.

A plan is made from the month's training needs (one-to-one for the bottom of the ranking, recording
training for the top, a special course on the items failed most); a session is what was held: trainer,
day, content, and per trainee the sign-in (签到), the test score (成绩单) and their rating of the trainer.
Kept beside ``models.py`` (same ``Base``, same conventions) so that file stays readable; it is
imported at the end of ``models.py``, so creating and migrating the schema always includes them.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qa_desktop.core.db.models import Agent, Base, utcnow

KINDS = ("one_to_one", "recording", "item_course")  # 一对一辅导, 录音培训, 专项课程


class TrainingPlan(Base):
    """Who should be trained on what, decided from a month's training needs."""

    __tablename__ = "training_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))          # one of KINDS
    month: Mapped[str] = mapped_column(String(7))          # the needs it was made from, e.g. 2026-11
    item_codes: Mapped[list[Any]] = mapped_column(JSON)    # the form items it targets
    agent_ids: Mapped[list[Any]] = mapped_column(JSON)     # the agents it is meant for
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}


class TrainingSession(Base):
    """One training held: by whom, when, about what, on which items."""

    __tablename__ = "training_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("training_plans.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    trainer: Mapped[str] = mapped_column(String(120))
    content: Mapped[str] = mapped_column(Text, default="")
    item_codes: Mapped[list[Any]] = mapped_column(JSON)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    trainees: Mapped[list[TrainingTrainee]] = relationship(back_populates="session", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": row_version}


class TrainingTrainee(Base):
    """An agent invited to a session: signed in or not, their test score, their rating of the trainer."""

    __tablename__ = "training_trainees"
    __table_args__ = (UniqueConstraint("session_id", "agent_id", name="uq_training_trainee"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id", ondelete="CASCADE"), index=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="CASCADE"), index=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=False)
    score: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))    # the test after the session (成绩)
    rating: Mapped[int | None] = mapped_column(Integer)              # 1–5, the trainee's rating of the trainer
    feedback: Mapped[str] = mapped_column(Text, default="")
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    session: Mapped[TrainingSession] = relationship(back_populates="trainees")
    agent: Mapped[Agent] = relationship()

    __mapper_args__ = {"version_id_col": row_version}
