"""Importing HR's roster export: agents, their teams and leads, hires, probation ends and leavers.

Rules the QA lead relies on:
- importing the same file again changes nothing (every field is compared before it is written);
- a row that cannot be used becomes one line of the report with its reason; the usable rows are
  written together in one transaction, so a failure leaves the database as it was;
- next month's export records what changed: a move to another team takes effect on the row's
  调动日期 (or the export's date, ``as_of``), and the agent's earlier calls stay with the old team
  (see :mod:`qa_desktop.core.roster.history`); an agent marked 离职 keeps every record;
- an empty cell never erases what an earlier import knew;
- an agent first seen in a call list (``in_roster`` false) is placed by the roster that names them.
"""
from __future__ import annotations

import calendar
import datetime as dt
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import Agent, AgentTeamPeriod, Team, User
from qa_desktop.core.library.manifest import read_table
from qa_desktop.core.roster.columns import ROSTER, parse_date, parse_line, parse_status
from qa_desktop.core.roster.history import move_agent
from qa_desktop.core.workflow.permissions import acting_user, require_people_admin

PROBATION_MONTHS = 3  # 试用期: the first three months, when HR gives no 转正日期


@dataclass
class RosterProblem:
    line: int
    agent_code: str
    code: str     # missing_code | duplicate_code | bad_date | bad_status | bad_line (stable, for translation)
    reason: str   # English


@dataclass
class RosterReport:
    source: str
    encoding: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    as_of: dt.date | None = None
    rows: int = 0
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    transferred: list[dict] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    returned: list[str] = field(default_factory=list)
    unchanged: int = 0
    teams_created: list[str] = field(default_factory=list)
    leads_not_users: list[dict] = field(default_factory=list)
    problems: list[RosterProblem] = field(default_factory=list)
    elapsed_s: float = 0.0

    @property
    def changed(self) -> int:
        return len(self.created) + len(self.updated)

    def to_dict(self) -> dict:
        return {"source": self.source, "encoding": self.encoding, "columns": self.columns,
                "as_of": self.as_of.isoformat() if self.as_of else None, "rows": self.rows,
                "created": self.created, "updated": self.updated, "transferred": self.transferred,
                "left": self.left, "returned": self.returned, "unchanged": self.unchanged,
                "teams_created": self.teams_created, "leads_not_users": self.leads_not_users,
                "problems": [asdict(p) for p in self.problems], "elapsed_s": round(self.elapsed_s, 3),
                "counts": {"rows": self.rows, "created": len(self.created), "updated": len(self.updated),
                           "transferred": len(self.transferred), "left": len(self.left),
                           "unchanged": self.unchanged, "problems": len(self.problems)}}


@dataclass
class _Row:
    line: int
    code: str
    given: dict  # field -> parsed value, only for the cells the row fills


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _parse_rows(manifest, report: RosterReport) -> list[_Row]:
    parsed: list[_Row] = []
    seen: dict[str, int] = {}
    for row in manifest.rows:
        values = row.values
        code = str(values.get("agent_code", "") or "").strip()
        if isinstance(values.get("agent_code"), float) and float(values["agent_code"]).is_integer():
            code = str(int(values["agent_code"]))  # an XLSX cell typed as a number
        if not code:
            report.problems.append(RosterProblem(row.line, "", "missing_code",
                                                 f"line {row.line}: no employee number (工号)."))
            continue
        if code in seen:
            report.problems.append(RosterProblem(
                row.line, code, "duplicate_code",
                f"line {row.line}: employee number {code} is also on line {seen[code]}; this line was skipped."))
            continue
        given: dict = {}
        try:
            for name in ("hire_date", "probation_end", "left_on", "effective"):
                if name in values:
                    given[name] = parse_date(values[name])
        except ValueError as error:
            report.problems.append(RosterProblem(row.line, code, "bad_date", f"line {row.line} ({code}): {error}."))
            continue
        try:
            if "status" in values:
                given["active"] = parse_status(values["status"])
        except ValueError as error:
            report.problems.append(RosterProblem(row.line, code, "bad_status",
                                                 f"line {row.line} ({code}): {error}."))
            continue
        try:
            if "direction" in values:
                given["direction"] = parse_line(values["direction"])
        except ValueError as error:
            report.problems.append(RosterProblem(row.line, code, "bad_line", f"line {row.line} ({code}): {error}."))
            continue
        for name in ("name", "team", "team_lead"):
            if name in values:
                given[name] = str(values[name]).strip()[:120]
        if "left_on" in given and "active" not in given:
            given["active"] = False  # a leaving date with no status: they left
        seen[code] = row.line
        parsed.append(_Row(row.line, code[:64], given))
    return parsed


def _teams(session: Session, rows: list[_Row], report: RosterReport, login: str) -> dict[str, Team]:
    teams = {t.name: t for t in session.scalars(select(Team))}
    users = list(session.scalars(select(User).where(User.active.is_(True))))
    by_name = {u.display_name: u for u in users} | {u.login: u for u in users}
    leads: dict[str, str] = {}
    for row in rows:
        name = row.given.get("team")
        if not name:
            continue
        if name not in teams:
            teams[name] = Team(name=name, active=True)
            session.add(teams[name])
            report.teams_created.append(name)
        elif not teams[name].active:
            teams[name].active = True
        if row.given.get("team_lead"):
            leads[name] = row.given["team_lead"]
    session.flush()
    for name in report.teams_created:
        audit.record(session, login, "create", "team", teams[name].id, name=name, source="roster")
    for team_name, lead in leads.items():
        team = teams[team_name]
        if team.lead_name != lead:
            team.lead_name = lead
        user = by_name.get(lead)
        if user is None:
            report.leads_not_users.append({"team": team_name, "lead": lead})
        elif team.lead_user_id is None:
            team.lead_user_id = user.id
            audit.record(session, login, "set_lead", "team", team.id, lead=user.login, source="roster")
    return teams


def _apply(session: Session, rows: list[_Row], report: RosterReport, login: str) -> None:
    teams = _teams(session, rows, report, login)
    codes = [row.code for row in rows]
    agents: dict[str, Agent] = {}
    for start in range(0, len(codes), 900):
        for known in session.scalars(select(Agent).where(Agent.agent_code.in_(codes[start:start + 900]))):
            agents[known.agent_code] = known
    as_of = report.as_of
    new_agents: list[Agent] = []
    for row in rows:
        given = row.given
        agent = agents.get(row.code)
        team = teams.get(given["team"]) if given.get("team") else None
        probation_end = given.get("probation_end")
        if probation_end is None and given.get("hire_date"):
            probation_end = add_months(given["hire_date"], PROBATION_MONTHS)
        if agent is None:
            agent = Agent(agent_code=row.code, name=given.get("name") or "", team_id=team.id if team else None,
                          hire_date=given.get("hire_date"), probation_end=probation_end,
                          active=given.get("active") is not False, direction=given.get("direction"),
                          left_on=(given.get("left_on") or as_of) if given.get("active") is False else None,
                          in_roster=True)
            new_agents.append(agent)
            report.created.append(row.code)
            if agent.active is False:
                report.left.append(row.code)
            continue
        changes = {}
        was_unplaced = not agent.in_roster
        wanted = {"name": given.get("name") or None, "hire_date": given.get("hire_date"),
                  "probation_end": probation_end, "direction": given.get("direction")}
        for name, value in wanted.items():
            if value is not None and getattr(agent, name) != value:
                changes[name] = value
        if not agent.in_roster:
            changes["in_roster"] = True
        if given.get("active") is False and agent.active:
            changes.update(active=False, left_on=given.get("left_on") or as_of)
            report.left.append(row.code)
        elif given.get("active") is False and given.get("left_on") and agent.left_on != given["left_on"]:
            changes["left_on"] = given["left_on"]
        elif given.get("active") is True and not agent.active:
            changes.update(active=True, left_on=None)
            report.returned.append(row.code)
        for name, value in changes.items():
            setattr(agent, name, value)
        moved = False
        if team is not None and agent.team_id != team.id:
            effective = given.get("effective") or as_of
            if agent.team_id is None and was_unplaced:
                effective = None  # their first team: all their calls so far were made in it
            moved = move_agent(session, agent, team.id, effective, login=login, source="roster")
            if moved:
                report.transferred.append({"agent_code": row.code, "to": team.name, "effective": effective})
        if changes or moved:
            report.updated.append(row.code)
            if changes:
                audit.record(session, login, "update", "agent", agent.id, agent_code=row.code, source="roster",
                             **{k: v for k, v in changes.items()})
        else:
            report.unchanged += 1
    if new_agents:
        session.add_all(new_agents)
        session.flush()
        session.add_all([AgentTeamPeriod(agent_id=a.id, team_id=a.team_id, valid_from=None, source="roster")
                         for a in new_agents if a.team_id is not None])
    audit.record(session, login, "import", "roster", None, source=report.source, rows=report.rows,
                 created=len(report.created), updated=len(report.updated), transferred=len(report.transferred),
                 left=len(report.left), problems=len(report.problems))


def import_roster(database: Database, path: str | os.PathLike, *, as_of: dt.date | None = None) -> RosterReport:
    """Import an HR roster export (CSV or XLSX); returns what changed and every unusable row.

    Raises :class:`ManifestError` when the file cannot be read as a roster at all.
    """
    started = time.perf_counter()
    path = Path(path)
    manifest = read_table(path, ROSTER)
    base = RosterReport(source=str(path), encoding=manifest.encoding, columns=manifest.columns,
                        as_of=as_of or dt.date.today(), rows=len(manifest.rows))
    rows = _parse_rows(manifest, base)
    login = database.user_login

    def work(session: Session) -> RosterReport:
        if session.scalar(select(User.id).limit(1)) is not None:  # a new database: whoever sets it up
            require_people_admin(acting_user(session, login), "import the roster")
        report = RosterReport(base.source, base.encoding, base.columns, base.as_of, base.rows,
                              problems=list(base.problems))
        _apply(session, rows, report, login)
        return report

    report = database.write(work)
    report.elapsed_s = time.perf_counter() - started
    return report
