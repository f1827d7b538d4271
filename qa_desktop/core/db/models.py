"""The data model of the whole product (SQLAlchemy 2.0, Qt-free).

Conventions:
- every table that two evaluators could edit at once carries ``row_version``; SQLAlchemy
  checks it on UPDATE, so a second save of a stale copy raises instead of overwriting;
- rich, form-dependent payloads (form definitions, answers, analysis, plans) are JSON;
- times are stored naive in UTC (``utcnow()``), the GUI converts for display;
- the audit log is append-only (enforced in ``qa_desktop.core.db.audit``).
"""
from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


def _enum(cls: type[enum.Enum]) -> Enum:
    # Stored as the readable value, without a native DB enum type, so adding a member
    # later needs no ALTER TYPE on PostgreSQL.
    return Enum(cls, native_enum=False, length=32, values_callable=lambda e: [m.value for m in e],
                validate_strings=True)


class Role(str, enum.Enum):
    EVALUATOR = "evaluator"
    QA_LEAD = "qa_lead"
    TEAM_LEAD = "team_lead"
    MANAGER = "manager"


class Direction(str, enum.Enum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class EvaluationStatus(str, enum.Enum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"


class EvaluationKind(str, enum.Enum):
    REGULAR = "regular"          # counts in the agent's results
    CALIBRATION = "calibration"  # never counts in the agent's results
    RESCORE = "rescore"          # a side-by-side re-score under another form version
    SELF_CHECK = "self_check"    # an evaluator's blind re-score of their own past call


class FlagKind(str, enum.Enum):
    EXCELLENT = "excellent"            # 优秀录音
    FAILING = "failing"                # 不合格录音
    REVIEW = "review"                  # needs team-lead review
    COMPLAINT = "complaint"            # 鉴定投诉
    PRAISE = "praise"                  # 鉴定表扬
    CALIBRATION = "calibration"        # calibration candidate
    TRAINING = "training"              # training case


class FlagResolution(str, enum.Enum):
    OPEN = "open"
    FOUNDED = "founded"
    UNFOUNDED = "unfounded"
    CONFIRMED = "confirmed"
    ADJUSTED = "adjusted"
    DISMISSED = "dismissed"


class DisputeStatus(str, enum.Enum):
    OPEN = "open"
    DECIDED = "decided"
    WITHDRAWN = "withdrawn"


class DisputeDecision(str, enum.Enum):
    PENDING = "pending"
    KEEP = "keep"
    ACCEPT = "accept"
    SET = "set"


class CoachingKind(str, enum.Enum):
    ONLINE = "online"    # 线上辅导, right after the call
    OFFLINE = "offline"  # 离线辅导, the next day


class ActionStatus(str, enum.Enum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class CalibrationStatus(str, enum.Enum):
    OPEN = "open"
    CLOSED = "closed"


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    # use_alter: teams and users refer to each other; PostgreSQL needs the cycle broken.
    lead_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL", use_alter=True, name="fk_teams_lead_user"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The 组长 named by the HR roster, kept as written until a user is made the lead (schema v4).
    lead_name: Mapped[str | None] = mapped_column(String(120))

    agents: Mapped[list[Agent]] = relationship(back_populates="team")
    lead: Mapped[User | None] = relationship(foreign_keys=[lead_user_id])


class User(Base):
    """A person using the app (agents do not use it)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(120), unique=True)  # OS login
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(_enum(Role), default=Role.EVALUATOR)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # schema v6, sign-in: a salted argon2 hash (never the password), and the failures that slow the
    # next attempt down (see core.auth.signin)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    failed_signins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Agent(Base):
    """A customer-service representative (客服代表) who is evaluated."""

    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(primary_key=True)
    agent_code: Mapped[str] = mapped_column(String(64), unique=True)  # 工号
    name: Mapped[str] = mapped_column(String(120), default="")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"), index=True)
    hire_date: Mapped[dt.date | None] = mapped_column(Date)
    probation_end: Mapped[dt.date | None] = mapped_column(Date)  # 试用期 ends (first 3 months)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    row_version: Mapped[int] = mapped_column(Integer, default=1)
    # schema v4, the HR roster: the day they left (离职日期), inbound/outbound line (呼入/呼出), and
    # whether the roster names them at all (an agent seen only in a call list waits to be placed).
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    direction: Mapped[str | None] = mapped_column(String(16))
    in_roster: Mapped[bool] = mapped_column(Boolean, default=True)

    team: Mapped[Team | None] = relationship(back_populates="agents")

    __mapper_args__ = {"version_id_col": row_version}

    def on_probation(self, on: dt.date) -> bool:
        return self.probation_end is not None and on <= self.probation_end


class AgentTeamPeriod(Base):
    """Which team an agent belonged to from ``valid_from`` until the day before ``valid_to`` (schema v4).

    ``valid_from`` None means "since before the roster knew"; ``valid_to`` None means "still".
    ``Agent.team_id`` is the latest team; reports ask :mod:`qa_desktop.core.roster.history`
    for the team on the day of the call.
    """

    __tablename__ = "agent_team_history"
    __table_args__ = (Index("ix_agent_team_history_agent", "agent_id", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="CASCADE"))
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    source: Mapped[str] = mapped_column(String(40), default="")  # roster | manual | merge


class Call(Base):
    """One recorded call, referenced where the recording lives."""

    __tablename__ = "calls"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(120), unique=True)  # telephony call ID
    recording_path: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(64), unique=True)  # sha256 hex
    file_size: Mapped[int | None] = mapped_column(Integer)
    codec: Mapped[str | None] = mapped_column(String(40))
    duration_s: Mapped[float | None] = mapped_column(Float)
    channels: Mapped[int | None] = mapped_column(Integer)
    sample_rate: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    direction: Mapped[Direction | None] = mapped_column(_enum(Direction))
    call_type: Mapped[str | None] = mapped_column(String(60), index=True)  # 投诉/查询/预订…
    queue: Mapped[str | None] = mapped_column(String(60))
    customer_number_masked: Mapped[str | None] = mapped_column(String(40))
    customer_number_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="SET NULL"), index=True)
    analysis: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    recording_missing: Mapped[bool] = mapped_column(Boolean, default=False)  # schema v2
    # schema v5: the automatic checks' last result (suggestions, risks) and how many risks it found
    screening: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    risk_count: Mapped[int] = mapped_column(Integer, default=0)
    import_run_id: Mapped[int | None] = mapped_column(ForeignKey("import_runs.id", ondelete="SET NULL"))
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    agent: Mapped[Agent | None] = relationship()
    evaluations: Mapped[list[Evaluation]] = relationship(back_populates="call")
    annotations: Mapped[list[Annotation]] = relationship(back_populates="call",
                                                           order_by="Annotation.position_ms")
    flags: Mapped[list[Flag]] = relationship(back_populates="call")

    __mapper_args__ = {"version_id_col": row_version}


class ImportRun(Base):
    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(Text)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    report: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ScoringForm(Base):
    __tablename__ = "scoring_forms"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    versions: Mapped[list[FormVersion]] = relationship(back_populates="form",
                                                         order_by="FormVersion.version_no")


class FormVersion(Base):
    """One immutable version of a scoring form; editing a used version makes a new one."""

    __tablename__ = "form_versions"
    __table_args__ = (UniqueConstraint("form_id", "version_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("scoring_forms.id", ondelete="CASCADE"))
    version_no: Mapped[int] = mapped_column(Integer)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # Set once the first evaluation uses this version: from then on the definition is frozen.
    locked: Mapped[bool] = mapped_column(Boolean, default=False)

    form: Mapped[ScoringForm] = relationship(back_populates="versions")


class Evaluation(Base):
    __tablename__ = "evaluations"
    __table_args__ = (Index("ix_evaluations_evaluator_status", "evaluator_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="RESTRICT"), index=True)
    form_version_id: Mapped[int] = mapped_column(ForeignKey("form_versions.id", ondelete="RESTRICT"))
    evaluator_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    kind: Mapped[EvaluationKind] = mapped_column(_enum(EvaluationKind), default=EvaluationKind.REGULAR)
    status: Mapped[EvaluationStatus] = mapped_column(_enum(EvaluationStatus), default=EvaluationStatus.DRAFT)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)   # item code -> answer
    comments: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # item code -> comment
    summary: Mapped[str | None] = mapped_column(Text)
    score: Mapped[Decimal | None] = mapped_column(Numeric(7, 2))
    critical_score: Mapped[Decimal | None] = mapped_column(Numeric(7, 2))
    grade: Mapped[str | None] = mapped_column(String(40))
    critical_failed: Mapped[bool] = mapped_column(Boolean, default=False)
    fatal_failed: Mapped[bool] = mapped_column(Boolean, default=False)
    breakdown: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # the "why this score"
    calibration_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("calibration_sessions.id", ondelete="CASCADE"), index=True)
    rescore_of_id: Mapped[int | None] = mapped_column(ForeignKey("evaluations.id", ondelete="SET NULL"))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    active_seconds: Mapped[int] = mapped_column(Integer, default=0)  # time spent scoring
    # schema v3: what the automatic checks suggested for the call when it was submitted, item code ->
    # {"answer": .., "kept": bool}, so reports show how often evaluators agree with each check
    suggestions: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    call: Mapped[Call] = relationship(back_populates="evaluations")
    form_version: Mapped[FormVersion] = relationship()
    evaluator: Mapped[User] = relationship()
    revisions: Mapped[list[EvaluationRevision]] = relationship(
        back_populates="evaluation", order_by="EvaluationRevision.revision_no")

    __mapper_args__ = {"version_id_col": row_version}


class EvaluationRevision(Base):
    """A previous state of a submitted evaluation, kept when it is changed."""

    __tablename__ = "evaluation_revisions"
    __table_args__ = (UniqueConstraint("evaluation_id", "revision_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"))
    revision_no: Mapped[int] = mapped_column(Integer)
    form_version_id: Mapped[int] = mapped_column(ForeignKey("form_versions.id", ondelete="RESTRICT"))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    comments: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    score: Mapped[Decimal | None] = mapped_column(Numeric(7, 2))
    grade: Mapped[str | None] = mapped_column(String(40))
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(Text, default="")

    evaluation: Mapped[Evaluation] = relationship(back_populates="revisions")


class CallTranscript(Base):
    """What one side of a call said, as the call platform's speech recognition wrote it (schema v3).

    One row per call and side; ``lines`` is ``[[start_ms, end_ms, text], ...]`` in time order
    (read whole, never queried line by line), ``text`` the same words joined, for library search.
    """

    __tablename__ = "call_transcripts"
    __table_args__ = (UniqueConstraint("call_id", "side"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    side: Mapped[str] = mapped_column(String(16))  # agent | customer
    lines: Mapped[list[Any]] = mapped_column(JSON)
    text: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")  # the file it came from
    source_hash: Mapped[str] = mapped_column(String(64), default="")  # re-importing the same lines changes nothing
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Annotation(Base):
    """A timestamped note on a call, optionally tied to a form item."""

    __tablename__ = "annotations"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    evaluation_id: Mapped[int | None] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    position_ms: Mapped[int] = mapped_column(Integer)
    item_code: Mapped[str | None] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    call: Mapped[Call] = relationship(back_populates="annotations")


class Flag(Base):
    __tablename__ = "flags"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    evaluation_id: Mapped[int | None] = mapped_column(ForeignKey("evaluations.id", ondelete="SET NULL"))
    kind: Mapped[FlagKind] = mapped_column(_enum(FlagKind))
    reason: Mapped[str] = mapped_column(Text, default="")
    raised_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    raised_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolution: Mapped[FlagResolution] = mapped_column(_enum(FlagResolution), default=FlagResolution.OPEN)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolution_note: Mapped[str] = mapped_column(Text, default="")
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    call: Mapped[Call] = relationship(back_populates="flags")

    __mapper_args__ = {"version_id_col": row_version}


class TeamLeadReview(Base):
    """A team lead's verdict on an evaluation flagged for review or failed."""

    __tablename__ = "team_lead_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    outcome: Mapped[str] = mapped_column(String(20))  # confirmed | adjusted
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Dispute(Base):
    """An agent's dispute (申诉) of an evaluation, recorded by their team lead."""

    __tablename__ = "disputes"

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"), index=True)
    raised_by_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    statement: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[DisputeStatus] = mapped_column(_enum(DisputeStatus), default=DisputeStatus.OPEN)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    score_before: Mapped[Decimal | None] = mapped_column(Numeric(7, 2))
    score_after: Mapped[Decimal | None] = mapped_column(Numeric(7, 2))
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    items: Mapped[list[DisputeItem]] = relationship(back_populates="dispute", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": row_version}


class DisputeItem(Base):
    __tablename__ = "dispute_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    dispute_id: Mapped[int] = mapped_column(ForeignKey("disputes.id", ondelete="CASCADE"))
    item_code: Mapped[str] = mapped_column(String(64))
    agent_claim: Mapped[str] = mapped_column(Text, default="")
    claimed_answer: Mapped[Any | None] = mapped_column(JSON)
    decision: Mapped[DisputeDecision] = mapped_column(_enum(DisputeDecision), default=DisputeDecision.PENDING)
    decided_answer: Mapped[Any | None] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text, default="")

    dispute: Mapped[Dispute] = relationship(back_populates="items")


class CoachingSession(Base):
    __tablename__ = "coaching_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="CASCADE"), index=True)
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    kind: Mapped[CoachingKind] = mapped_column(_enum(CoachingKind), default=CoachingKind.OFFLINE)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    agreed: Mapped[str] = mapped_column(Text, default="")  # what was agreed
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    follow_up_status: Mapped[str] = mapped_column(String(20), default="pending")  # pending|done|overdue
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # agent's acknowledgement
    schedule_follow_up_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    agent: Mapped[Agent] = relationship()
    links: Mapped[list[CoachingLink]] = relationship(back_populates="session", cascade="all, delete-orphan")
    action_items: Mapped[list[ActionItem]] = relationship(back_populates="session",
                                                            cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": row_version}


class CoachingLink(Base):
    """An evaluation (and optionally one of its failed items) discussed in a coaching session."""

    __tablename__ = "coaching_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("coaching_sessions.id", ondelete="CASCADE"))
    evaluation_id: Mapped[int | None] = mapped_column(ForeignKey("evaluations.id", ondelete="SET NULL"))
    item_code: Mapped[str | None] = mapped_column(String(64))

    session: Mapped[CoachingSession] = relationship(back_populates="links")


class ActionItem(Base):
    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("coaching_sessions.id", ondelete="CASCADE"))
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(120), default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus), default=ActionStatus.OPEN)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    session: Mapped[CoachingSession] = relationship(back_populates="action_items")


class CalibrationSession(Base):
    __tablename__ = "calibration_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    form_version_id: Mapped[int] = mapped_column(ForeignKey("form_versions.id", ondelete="RESTRICT"))
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    expert_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    status: Mapped[CalibrationStatus] = mapped_column(_enum(CalibrationStatus), default=CalibrationStatus.OPEN)
    scheduled_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    calls: Mapped[list[CalibrationCall]] = relationship(cascade="all, delete-orphan")
    participants: Mapped[list[CalibrationParticipant]] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": row_version}


class CalibrationCall(Base):
    __tablename__ = "calibration_calls"
    __table_args__ = (UniqueConstraint("session_id", "call_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("calibration_sessions.id", ondelete="CASCADE"))
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="RESTRICT"))
    # Agreed answers after discussion (consensus), item code -> answer, and the lead's notes.
    consensus_answers: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    consensus_notes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class CalibrationParticipant(Base):
    __tablename__ = "calibration_participants"
    __table_args__ = (UniqueConstraint("session_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("calibration_sessions.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))


class SamplingPlan(Base):
    __tablename__ = "sampling_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}


class Sample(Base):
    """One run of a sampling plan for a period, reproducible from its seed and plan snapshot."""

    __tablename__ = "samples"
    __table_args__ = (UniqueConstraint("plan_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("sampling_plans.id", ondelete="SET NULL"))
    period: Mapped[str] = mapped_column(String(20))  # e.g. 2026-W46
    seed: Mapped[int] = mapped_column(Integer)
    plan_snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    report: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class Assignment(Base):
    """A call put in an evaluator's work queue."""

    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("call_id", "evaluator_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    evaluator_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    sample_id: Mapped[int | None] = mapped_column(ForeignKey("samples.id", ondelete="SET NULL"))
    category: Mapped[str] = mapped_column(String(40), default="general")  # probation|general|bottom|follow_up…
    assigned_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    call: Mapped[Call] = relationship()
    evaluator: Mapped[User] = relationship()


class Setting(Base):
    """Team-wide settings that must be shared through the database (path remaps, analysis options)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[Any | None] = mapped_column(JSON)


class AuditEntry(Base):
    """Append-only log of who changed what and when."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_login: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # schema v6: SHA-256 of this entry and the previous entry's hash, so an entry edited or deleted
    # outside the app breaks the chain (core.db.audit.verify_chain)
    entry_hash: Mapped[str | None] = mapped_column(String(64))


class SchemaVersion(Base):
    __tablename__ = "schema_version"

    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    app_version: Mapped[str] = mapped_column(String(40))
    migrated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

