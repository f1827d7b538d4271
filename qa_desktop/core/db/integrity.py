"""``qa-desktop check``: is the database sound, and do its records keep the product's rules?"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import func, inspect, select
from sqlalchemy.exc import DatabaseError as SADatabaseError

from qa_desktop.core.db.database import is_damage_error
from qa_desktop.core.db.migrations import SCHEMA_VERSION, read_version
from qa_desktop.core.db.models import Base, Evaluation, EvaluationStatus, FormVersion


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    schema_version: int | None = None
    audit: dict | None = None  # the audit log's hash chain (core.db.audit.verify_chain)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict:
        return {"ok": self.ok, "schema_version": self.schema_version, "problems": self.problems,
                "counts": self.counts, "audit": self.audit}


def check_database(database) -> CheckReport:
    """Schema, SQLite integrity, references and the product's rules; damage is reported, not raised."""
    report = CheckReport()
    try:
        return _check(database, report)
    except (SADatabaseError, sqlite3.DatabaseError) as error:
        if not is_damage_error(error):
            raise
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        report.problems.append(f"the database file is damaged: {reason}")
        return report


def damage_report(error: BaseException) -> CheckReport:
    """What ``check`` says of a file too damaged to open at all."""
    reason = error.params.get("reason") if hasattr(error, "params") else None
    return CheckReport(problems=[f"the database file is damaged: {reason or error}"])


def _check(database, report: CheckReport) -> CheckReport:
    with database.engine.connect() as connection:
        report.schema_version = read_version(connection)
        if report.schema_version != SCHEMA_VERSION:
            report.problems.append(f"schema version is {report.schema_version}, expected {SCHEMA_VERSION}")
        if database.is_sqlite:
            for (line,) in connection.exec_driver_sql("PRAGMA integrity_check").all():
                if line != "ok":
                    report.problems.append(f"sqlite integrity: {line}")
            for row in connection.exec_driver_sql("PRAGMA foreign_key_check").all():
                report.problems.append(f"broken reference: {row[0]} row {row[1]} -> {row[2]}")
        present = set(inspect(connection).get_table_names())
        for table in Base.metadata.sorted_tables:
            if table.name not in present:
                report.problems.append(f"missing table {table.name}")
                continue
            report.counts[table.name] = connection.execute(select(func.count()).select_from(table)).scalar_one()
    if report.problems:
        return report
    with database.read() as session:
        unscored = session.scalar(select(func.count()).select_from(Evaluation).where(
            Evaluation.status == EvaluationStatus.SUBMITTED, Evaluation.score.is_(None)))
        if unscored:
            report.problems.append(f"{unscored} submitted evaluations have no score")
        unlocked = session.scalar(select(func.count(func.distinct(FormVersion.id))).join(
            Evaluation, Evaluation.form_version_id == FormVersion.id).where(FormVersion.locked.is_(False)))
        if unlocked:
            report.problems.append(f"{unlocked} form versions are used by evaluations but not locked")
    from qa_desktop.core.db.audit import verify_chain

    chain = verify_chain(database)
    report.audit = chain.to_dict()
    report.problems.extend(chain.problems)
    return report
