"""How often evaluators agreed with the automatic checks, per form item (the "which checks to trust" table).

Every submitted evaluation stores what the checks suggested for its call (``Evaluation.suggestions``).
An item's agreement is the share of its suggestions the evaluator's final answer matches; the
table also splits the disagreements, since a check that says "yes" where evaluators say "no"
misses problems, while one that says "no" where they say "yes" raises false alarms.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from qa_desktop.core.db import Database
from qa_desktop.core.db.models import Call, Evaluation
from qa_desktop.core.reports.dataset import CHUNK, counted


@dataclass
class ItemAgreement:
    form_version_id: int
    item: str
    suggested: int = 0
    agreed: int = 0
    missed: int = 0          # the check said yes, the evaluator no
    false_alarms: int = 0    # the check said no, the evaluator yes

    @property
    def rate(self) -> float | None:
        return self.agreed / self.suggested if self.suggested else None


def agreement_by_item(session, period, team_id: int | None) -> list[ItemAgreement]:
    """Per (form version, item) with suggestions in the period: counts and agreement."""
    tallies: dict[tuple[int, str], ItemAgreement] = {}
    query = counted(select(Evaluation.form_version_id, Evaluation.suggestions, Evaluation.answers)
                    .join(Call, Call.id == Evaluation.call_id)
                    .where(Evaluation.suggestions.is_not(None)), period, team_id)
    # streamed (the ORM would otherwise fetch the whole period's answers and suggestions before the first row)
    for version_id, suggestions, answers in session.execute(query.execution_options(yield_per=CHUNK)):
        if not isinstance(suggestions, dict):
            continue
        answers = answers or {}
        for code, entry in suggestions.items():
            suggested = entry.get("answer") if isinstance(entry, dict) else None
            if suggested is None:
                continue
            tally = tallies.setdefault((version_id, code), ItemAgreement(version_id, code))
            tally.suggested += 1
            given = answers.get(code)
            if given == suggested:
                tally.agreed += 1
            elif suggested == "yes" and given == "no":
                tally.missed += 1
            elif suggested == "no" and given == "yes":
                tally.false_alarms += 1
    return list(tallies.values())


def write_check_agreement(builder, session, ws) -> None:
    """The workbook sheet: per item, suggestions, agreed, missed problems, false alarms, agreement."""
    from qa_desktop.core.reports.xlsx_style import Column, TableWriter

    L = builder.L
    columns = [Column(L("form")), Column(L("version"), "int"), Column(L("item_code")),
               Column(L("item_text"), max_width=45), Column(L("checks.suggested"), "int"),
               Column(L("checks.agreed"), "int"), Column(L("checks.missed"), "int"),
               Column(L("checks.false_alarms"), "int"), Column(L("checks.agreement"), "percent")]
    rows = []
    order = {}
    for form in builder.lookups.forms.values():
        for number, (_s, _t, item) in enumerate(form.items):
            order[(form.id, item.code)] = number
    for tally in sorted(agreement_by_item(session, builder.period, builder.lookups.team_id),
                        key=lambda t: (t.form_version_id, order.get((t.form_version_id, t.item), 999))):
        form = builder.lookups.forms.get(tally.form_version_id)
        item = form.by_code.get(tally.item) if form else None
        rows.append([form.form_code if form else "", form.version_no if form else None, tally.item,
                     form.item_text(item) if item else "", tally.suggested, tally.agreed, tally.missed,
                     tally.false_alarms, tally.rate])
    writer = TableWriter(builder.wb, ws, columns, sample_rows=rows, freeze_columns=3)
    for values in rows:
        writer.append(values)
    writer.finish(L("checks.none"))


@dataclass
class AgreementRow:
    form: str
    item: str
    item_text: str
    suggested: int
    agreed: int
    missed: int
    false_alarms: int
    rate: float | None


def agreement_table(database: Database, kind: str, period: str, *, team: str | None = None, lang: str = "en",
                    tz: str | None = None) -> list[AgreementRow]:
    """The period's agreement per item, for the Reports page: ``kind`` is "month" or "week"."""
    from qa_desktop.core.reports.dataset import find_team, load_lookups
    from qa_desktop.core.reports.period import ReportPeriod

    report_period = ReportPeriod.month(period, tz) if kind == "month" else ReportPeriod.week(period, tz)
    with database.read() as session:
        team_id = find_team(session, team)
        lookups = load_lookups(session, lang, team_id)
        tallies = agreement_by_item(session, report_period, team_id)
    rows = []
    for tally in tallies:
        form = lookups.forms.get(tally.form_version_id)
        item = form.by_code.get(tally.item) if form else None
        text = form.item_text(item) if form is not None and item is not None else tally.item
        rows.append(AgreementRow(form.title if form else "", tally.item, text,
                                 tally.suggested, tally.agreed, tally.missed, tally.false_alarms, tally.rate))
    rows.sort(key=lambda r: (r.rate if r.rate is not None else 2.0, r.form, r.item))  # least trusted first
    return rows
