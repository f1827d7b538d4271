"""The report engine shared by the monthly and weekly workbooks.

One pass over the period's evaluations (streamed in chunks) writes the raw Evaluations sheet
and feeds :class:`PeriodFigures`; the summary sheets are written from those figures afterwards.
Sheets are created up front, in the order the reader sees them, because a write-only workbook
keeps its sheets in creation order while each sheet streams to its own temporary file.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from qa_desktop.core.db.models import Call, Evaluation, User
from qa_desktop.core.leftovers import write_atomically
from qa_desktop.core.progress import ProgressSink
from qa_desktop.core.reports import coaching_figures
from qa_desktop.core.reports import figures as fig
from qa_desktop.core.reports.dataset import (
    CHUNK,
    EvalRecord,
    Lookups,
    count_evaluations,
    counted,
    find_team,
    item_titles,
    load_lookups,
    natural_key,
    stream_evaluations,
)
from qa_desktop.core.reports.labels import grade_label, label, value_label
from qa_desktop.core.reports.period import ReportPeriod
from qa_desktop.core.reports.sheet_dimensions import MeasuredWorkbook
from qa_desktop.core.reports.stats import GRADES, ScoreStats, competition_ranks, ratio, round_cents
from qa_desktop.core.reports.xlsx_style import (
    HEADER_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    TITLE_FONT,
    Column,
    TableWriter,
    add_grade_label_colours,
    add_score_band_colours,
    clean_text,
    safe_cell,
    set_print_layout,
)
from qa_desktop.core.scoring.form import default_grade_bands
from qa_desktop.core.scoring.item_status import LOST_POINTS
from qa_desktop.core.workflow.targets import target_for, targets_of, topic_listens_by_evaluator
from qa_desktop.core.workflow.working_days import late_verifications

CHANGE_FORMAT = {"int": "+0;-0;0", "score": "+0.00;-0.00;0.00", "percent": "+0.0%;-0.0%;0.0%"}


@dataclass
class ReportResult:
    path: Path
    period: str
    team: str | None
    evaluations: int
    agents: int
    average: Decimal | None
    sheets: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"path": str(self.path), "period": self.period, "team": self.team, "evaluations": self.evaluations,
                "agents": self.agents, "average": None if self.average is None else str(self.average),
                "sheets": self.sheets}


class ReportBuilder:
    def __init__(self, database, period: ReportPeriod, *, team: str | None, lang: str, today: dt.date | None,
                 progress: ProgressSink | None, chunk: int = CHUNK, trend_periods: int = 6):
        self.db, self.period, self.lang = database, period, lang
        self.team = team
        self.today = today or dt.date.today()
        self.progress = progress
        self.chunk = chunk
        self.trend_periods = trend_periods
        self.wb = MeasuredWorkbook()
        self.figures = fig.PeriodFigures()
        self.sheets: dict[str, Any] = {}
        self.coaching: coaching_figures.CoachingWindows | None = None  # fed by the stream when a sheet needs it

    # -- helpers -------------------------------------------------------------------------------
    def L(self, key: str) -> str:  # noqa: N802 - short on purpose, used on every title
        return label(key, self.lang)

    def sheet(self, key: str):
        ws = self.wb.create_sheet(clean_text(self.L(f"sheet.{key}"))[:31])
        self.sheets[key] = ws
        return ws

    def title_lines(self, title_key: str) -> list[str]:
        scope = self.team or self.L("title.all_teams")
        return [f"{self.L(title_key)} · {self.period.label} · {scope}"]

    def agent_cells(self, agent_id: int | None) -> list[Any]:
        agent = self.lookups.agents.get(agent_id) if agent_id is not None else None
        if agent is None:
            return ["", "", ""]
        return [agent.code, agent.name, self.lookups.team_name(agent.team_id)]

    def bands(self) -> list[tuple[str, Decimal]]:
        main = self.figures.main_form_version()
        form = self.lookups.forms.get(main) if main else None
        return form.bands if form else [(b.code, b.min) for b in default_grade_bands()]

    def grade_labels(self) -> dict[str, str]:
        return {code: grade_label(code, self.lang) for code in GRADES}

    def report(self, done: int, total: int, message: str) -> None:
        if self.progress is not None:
            self.progress.report(done, total, message)

    # -- the pass over evaluations ------------------------------------------------------------
    def load_calibration(self) -> None:
        """Before the main read: the calibration report reads the database on its own."""
        self.calibration = fig.calibration_results(self.db, self.period)

    def prepare(self, session) -> None:
        self.team_id = find_team(session, self.team)
        self.lookups: Lookups = load_lookups(session, self.lang, self.team_id)
        self.total = count_evaluations(session, self.period, self.team_id)
        used = session.scalars(counted(select(Evaluation.form_version_id).distinct()
                                       .join(Call, Call.id == Evaluation.call_id), self.period, self.team_id)).all()
        self.used_forms = sorted((self.lookups.forms[v] for v in used if v in self.lookups.forms),
                                 key=lambda f: (f.form_code, f.version_no))
        # Items are named by their text in every sheet: a manager never reads an item code.
        self.item_titles = item_titles(self.lookups.forms)

    def stream(self, session, on_chunk: Callable[[list[EvalRecord]], None] | None = None) -> None:
        """One pass over the period's evaluations for the figures; ``on_chunk`` (the Evaluations sheet) also
        gets each page, with the details only that sheet shows."""
        done = 0
        self.report(0, self.total, "")
        for records in stream_evaluations(session, self.period, self.lookups, self.chunk,
                                          details=on_chunk is not None):
            self.figures.add(records, self.lookups)
            if on_chunk is not None:
                on_chunk(records)
            done += len(records)
            self.report(done, self.total, f"{done}/{self.total}")
        self.figures.finalize(self.lookups)

    # -- Evaluations (raw data) -----------------------------------------------------------------
    def evaluation_columns(self) -> tuple[list[Column], list[str]]:
        L = self.L
        columns = [Column(L("evaluation_id"), "int"), Column(L("submitted"), "datetime"), Column(L("call")),
                   Column(L("call_started"), "datetime"), Column(L("call_type")), Column(L("customer_number")),
                   Column(L("agent_code")), Column(L("agent")), Column(L("team")), Column(L("evaluator")),
                   Column(L("form")), Column(L("version"), "int"), Column(L("score"), "score"),
                   Column(L("grade")), Column(L("critical_failed"), "int"), Column(L("fatal_failed"), "int"),
                   Column(L("minutes"), "decimal1"), Column(L("failed_items"), max_width=30)]
        codes: list[str] = []
        titles: dict[str, str] = {}
        for form in self.used_forms:
            for _section, _title, item in form.items:
                if item.code not in titles:
                    codes.append(item.code)
                    titles[item.code] = form.item_text(item) or item.code
        columns += [Column(titles[c], "clean", width=16) for c in codes]
        columns += [Column(L("summary"), "free", max_width=40), Column(L("notes"), "free", max_width=60)]
        return columns, codes

    def evaluation_row(self, r: EvalRecord, codes: list[str]) -> list[Any]:
        form = self.lookups.forms.get(r.form_version_id)
        failed = []
        answers_shown: list[Any] = []
        if form is not None:
            by_code = form.by_code
            failed = [form.item_text(item) or item.code for (_s, _t, item), status in zip(form.items, r.statuses)
                      if status in LOST_POINTS]
            for code in codes:
                item = by_code.get(code)
                answers_shown.append(form.shown_answer(item, r.answers.get(code)) if item is not None else None)
        else:
            answers_shown = [None] * len(codes)
        name = self.item_titles
        notes = [f"[{_clock(pos)}]{' ' + name.get(code, code) + ':' if code else ''} {text}".strip()
                 for pos, code, text in r.notes]
        notes += [f"{name.get(code, code)}: {text}" for code, text in sorted(r.comments.items()) if text]
        return [r.id, r.submitted_at, r.call_external_id, r.call_started_at, r.call_type, r.customer_number,
                *self.agent_cells(r.agent_id), self.lookups.users.get(r.evaluator_id, ""),
                form.name if form else "", form.version_no if form else None, r.score,
                grade_label(r.grade_code, self.lang), int(r.critical_failed), int(r.fatal_failed),
                round_cents(Decimal(r.active_seconds) / 60).quantize(Decimal("0.1")) if r.active_seconds else None,
                self.L("item_sep").join(failed), *answers_shown, r.summary, "\n".join(notes) or None]

    def write_evaluations_while_streaming(self, session, ws) -> None:
        columns, codes = self.evaluation_columns()
        writer: TableWriter | None = None
        # customer numbers are masked at import; mask again in case an old import stored one in clear
        columns[5].kind = "free"

        # the coaching sheet's windows take the month's evaluations from this pass, answers already decoded
        windows = self.coaching = coaching_figures.CoachingWindows(session, self.period, self.lookups)

        def on_chunk(records: list[EvalRecord]) -> None:
            nonlocal writer
            windows.add(records, self.period, self.lookups.team_id)
            rows = [self.evaluation_row(r, codes) for r in records]
            if writer is None:
                ws.row_dimensions[1].height = 48
                writer = TableWriter(self.wb, ws, columns, sample_rows=rows[:500], freeze_columns=1)
            for row in rows:
                writer.append(row)

        self.stream(session, on_chunk)
        if writer is None:
            writer = TableWriter(self.wb, ws, columns)
        writer.finish(self.L("title.none"))
        add_score_band_colours(ws, writer.data_range(12), self.bands())
        add_grade_label_colours(ws, writer.data_range(13), self.grade_labels())

    # -- Summary --------------------------------------------------------------------------------
    def write_summary(self, session, ws, title_key: str) -> None:
        L = self.L
        previous, previous_agents = fig.period_summary(session, self.period.previous(), self.lookups)
        current = self.figures.overall
        periods = self.period.recent(self.trend_periods)
        self.trend = fig.score_trend(session, periods, self.lookups)
        ws.column_dimensions["A"].width = 30
        set_print_layout(ws)
        ws.page_setup.fitToHeight = 1  # the summary is a one-page dashboard
        for letter in "BCDE":
            ws.column_dimensions[letter].width = 16
        row = 0

        def put(values: list[Any], kinds: list[str | None] | None = None, fonts: dict[int, dict] | None = None):
            nonlocal row
            cells = []
            for index, value in enumerate(values):
                kind = kinds[index] if kinds else None
                style = dict((fonts or {}).get(index, {}))
                if style.pop("change", False):
                    style["number_format"] = CHANGE_FORMAT.get(kind or "", "General")
                    kind = None
                cells.append(safe_cell(ws, value, kind, **style))
            ws.append(cells)
            row += 1

        header = dict(font=HEADER_FONT, fill=HEADER_FILL, border=HEADER_BORDER)
        put([self.title_lines(title_key)[0]], fonts={0: dict(font=TITLE_FONT)})
        put([L("title.period"), f"{self.period.first_day:%Y-%m-%d} – {self.period.last_day:%Y-%m-%d}"])
        put([L("title.previous"), self.period.previous().label])
        put([L("title.generated"), dt.datetime.now().strftime("%Y-%m-%d %H:%M")])
        put([L("title.amounts_note")], fonts={0: dict(font=Font(italic=True, color="555555"))})
        put([])
        put([L("metric"), L("this_period"), L("previous_period"), L("change")],
            fonts={i: dict(header) for i in range(4)})

        def metric(key: str, now, before, kind: str):
            change = None if now is None or before is None else now - before
            put([L(key), now, before, change], kinds=[None, kind, kind, kind], fonts={3: {"change": True}})

        metric("m.evaluations", current.n, previous.n, "int")
        metric("m.agents", len(self.figures.by_agent), previous_agents, "int")
        metric("m.average", current.average, previous.average, "score")
        self.average_row = row
        metric("m.pass_rate", current.pass_rate, previous.pass_rate, "percent")
        for code in GRADES:
            metric(f"g.{code}", current.grades.get(code, 0), previous.grades.get(code, 0) if previous.n else None,
                   "int")
        metric("m.critical", current.critical, previous.critical if previous.n else None, "int")
        metric("m.fatal", current.fatal, previous.fatal if previous.n else None, "int")
        # complaints and praise not verified within 2 working days (holidays and 调休 counted)
        prior = self.period.previous()
        metric("m.late_verifications",
               late_verifications(session, self.period.first_day, self.period.last_day, self.today, self.team_id),
               late_verifications(session, prior.first_day, prior.last_day, self.today, self.team_id), "int")
        add_score_band_colours(ws, f"B{self.average_row}:C{self.average_row}", self.bands())

        # grade distribution (chart data)
        put([])
        put([L("grade"), L("this_period"), L("share"), L("previous_period")], fonts={i: dict(header) for i in range(4)})
        grade_header = row
        for code in GRADES:
            put([grade_label(code, self.lang), current.grades.get(code, 0),
                 ratio(current.grades.get(code, 0), current.n),
                 previous.grades.get(code, 0)], kinds=[None, "int", "percent", "int"])
        add_grade_label_colours(ws, f"A{grade_header + 1}:A{grade_header + 4}", self.grade_labels())
        chart = BarChart()
        chart.type = "col"
        chart.title = L("title.grades_chart")
        chart.add_data(Reference(ws, min_col=2, min_row=grade_header, max_row=grade_header + 4), titles_from_data=True)
        chart.add_data(Reference(ws, min_col=4, min_row=grade_header, max_row=grade_header + 4), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=grade_header + 1, max_row=grade_header + 4))
        _tidy_chart(chart, 9, 16)
        ws.add_chart(chart, "G2")

        # trend (chart data)
        put([])
        put([L("month" if self.period.kind == "month" else "week"), L("m.evaluations"), L("m.average")],
            fonts={i: dict(header) for i in range(3)})
        trend_header = row
        for period, (n, average) in zip(periods, self.trend.overall):
            put([period.label, n, average], kinds=[None, "int", "score"])
        add_score_band_colours(ws, f"C{trend_header + 1}:C{row}", self.bands())
        line = LineChart()
        line.title = L("title.trend" if self.period.kind == "month" else "title.trend_weeks")
        line.add_data(Reference(ws, min_col=3, min_row=trend_header, max_row=row), titles_from_data=True)
        line.set_categories(Reference(ws, min_col=1, min_row=trend_header + 1, max_row=row))
        line.legend = None
        for series in line.series:
            series.smooth = False
        _tidy_chart(line, 9, 16)
        ws.add_chart(line, "G21")

    # -- Agents ----------------------------------------------------------------------------------
    def write_agents(self, session, ws) -> None:
        L = self.L
        coaching = fig.coaching_counts(session, self.period)
        periods = self.trend.periods
        stats = self.figures.by_agent
        ranks = competition_ranks({a: s.average for a, s in stats.items()})
        in_scope = [a for a in self.lookups.agents.values()
                    if a.id in stats or (self.lookups.team_id is None or a.team_id == self.lookups.team_id)]
        columns = [Column(L("rank"), "int"), Column(L("agent_code")), Column(L("agent")), Column(L("team")),
                   Column(L("evaluations"), "int"), Column(L("average"), "score"), Column(L("min"), "score"),
                   Column(L("max"), "score"), Column(L("ci_low"), "score"), Column(L("ci_high"), "score"),
                   *[Column(grade_label(c, self.lang), "int") for c in GRADES],
                   Column(L("critical_failed"), "int"), Column(L("fatal_failed"), "int"),
                   Column(L("coaching_count"), "int"),
                   *[Column(p.label, "score") for p in periods], Column(L("trend_change"), "score")]
        rows = []
        for agent in in_scope:
            s = stats.get(agent.id, ScoreStats())
            if s.n == 0 and not coaching.get(agent.id):
                continue
            low, high = s.interval()
            trend = [avg for _n, avg in self.trend.by_agent.get(agent.id, [(0, None)] * len(periods))]
            change = None
            if len(trend) >= 2 and trend[-1] is not None and trend[-2] is not None:
                change = trend[-1] - trend[-2]
            rows.append([ranks.get(agent.id), agent.code, agent.name, self.lookups.team_name(agent.team_id), s.n,
                         s.average, s.low, s.high, low, high, *[s.grades.get(c, 0) for c in GRADES], s.critical,
                         s.fatal, coaching.get(agent.id, 0), *trend, change])
        rows.sort(key=lambda r: (r[0] is None, r[0] or 0, r[1]))
        writer = TableWriter(self.wb, ws, columns, sample_rows=rows, freeze_columns=3)
        for values in rows:
            writer.append(values)
        writer.finish(self.L("title.none"))
        for index in (5, 6, 7):
            add_score_band_colours(ws, writer.data_range(index), self.bands())
        first_trend = 17
        if writer.rows:
            add_score_band_colours(ws, f"{get_column_letter(first_trend + 1)}{writer.header_row + 1}:"
                                       f"{get_column_letter(first_trend + len(periods))}{writer.last_row}",
                                   self.bands())

    # -- Items ------------------------------------------------------------------------------------
    def write_items(self, ws, chart_ws=None) -> None:
        """Item error rates; the Pareto chart of the main form goes on ``chart_ws`` (the summary)."""
        L = self.L
        columns = [Column(L("form")), Column(L("version"), "int"), Column(L("team")), Column(L("section")),
                   Column(L("item_no"), "int"), Column(L("item_code"), max_width=45), Column(L("critical"), "int"),
                   Column(L("applicable"), "int"), Column(L("failed"), "int"), Column(L("partial"), "int"),
                   Column(L("na"), "int"), Column(L("errors"), "int"), Column(L("error_rate"), "percent"),
                   Column(L("cumulative"), "percent")]
        rows = []
        pareto_rows = 0
        forms = sorted(self.used_forms, key=lambda f: -self.figures.form_usage.get(f.id, 0))
        for form_index, form in enumerate(forms):
            item_info = {item.code: (section, item) for section, _t, item in form.items if not item.bonus}
            number = {item.code: n for n, (_s, _t, item) in enumerate(form.items, 1)}
            team_keys = [fig.ALL_TEAMS] + sorted(
                (k for (fv, k) in self.figures.items if fv == form.id and k != fig.ALL_TEAMS),
                key=lambda k: natural_key(self.lookups.team_name(k)))
            if self.lookups.team_id is not None:
                team_keys = [fig.ALL_TEAMS]  # one team: its own rows are the "all" rows
            for team_key in team_keys:
                team_name = (self.team or L("title.all_teams")) if team_key == fig.ALL_TEAMS \
                    else (self.lookups.team_name(cast(int | None, team_key)) or "—")  # a team's id, or None
                pareto = self.figures.pareto(form.id, team_key)
                seen = {code for code, _t, _c in pareto}
                pareto += [(code, fig.ItemTally(), None) for code in item_info if code not in seen]
                for code, tally, cumulative in pareto:
                    if code not in item_info:
                        continue
                    section, item = item_info[code]
                    rows.append([form.name, form.version_no, team_name, section, number[code], form.item_text(item),
                                 int(item.critical), tally.applicable, tally.failed, tally.partial, tally.na,
                                 tally.errors, tally.error_rate, cumulative])
                    if form_index == 0 and team_key == fig.ALL_TEAMS:
                        pareto_rows += 1
        writer = TableWriter(self.wb, ws, columns, sample_rows=rows, freeze_columns=5)
        for values in rows:
            writer.append(values)
        writer.finish(self.L("title.none"))
        shown = min(pareto_rows, 15)
        if shown:
            first, last = writer.header_row + 1, writer.header_row + shown
            bars = BarChart()
            bars.type = "col"
            bars.title = f"{L('title.pareto_chart')} · {forms[0].title}"
            bars.add_data(Reference(ws, min_col=12, min_row=writer.header_row, max_row=last), titles_from_data=True)
            bars.set_categories(Reference(ws, min_col=6, min_row=first, max_row=last))  # the items' texts
            bars.y_axis.title = L("errors")
            bars.y_axis.scaling.min = 0
            cumulative = LineChart()
            cumulative.add_data(Reference(ws, min_col=14, min_row=writer.header_row, max_row=last),
                                titles_from_data=True)
            cumulative.y_axis.axId = 200
            cumulative.y_axis.number_format = "0%"
            cumulative.y_axis.scaling.min = 0
            cumulative.y_axis.scaling.max = 1
            cumulative.y_axis.crosses = "max"
            cumulative.y_axis.delete = False
            bars += cumulative
            bars.legend.position = "b"
            for series in cumulative.series:
                series.smooth = False
            _tidy_chart(bars, 10, 16)
            (chart_ws or ws).add_chart(bars, "A36" if chart_ws is not None else "P2")

    # -- Flags and reviews ------------------------------------------------------------------------
    def write_flags(self, session, ws) -> None:
        L = self.L
        columns = [Column(L("record")), Column(L("date"), "datetime"), Column(L("agent_code")), Column(L("agent")),
                   Column(L("team")), Column(L("call")), Column(L("evaluation_id"), "int"), Column(L("score"), "score"),
                   Column(L("detail"), "free", max_width=50), Column(L("outcome")), Column(L("by")),
                   Column(L("note"), "free", max_width=40), Column(L("score_before"), "score"),
                   Column(L("score_after"), "score")]
        rows = [[L(r["record"]), r["at"], *self.agent_cells(r["agent_id"]), r["call"], r["evaluation_id"], r["score"],
                 r["detail"], self.outcome_text(r), r["by"], r["note"], r["score_before"], r["score_after"]]
                for r in fig.flags_and_reviews(session, self.period, self.lookups)]
        writer = TableWriter(self.wb, ws, columns, sample_rows=rows, freeze_columns=1)
        for values in rows:
            writer.append(values)
        writer.finish(self.L("title.none"))
        add_score_band_colours(ws, writer.data_range(7), self.bands())

    def outcome_text(self, row: dict) -> str:
        text = value_label(row["outcome"], self.lang) or ""
        decisions = row.get("decisions")
        if decisions:
            text += " (" + ", ".join(f"{value_label(k, self.lang)} {v}" for k, v in sorted(decisions.items())) + ")"
        return text

    # -- Coaching ---------------------------------------------------------------------------------
    def write_coaching(self, session, ws) -> None:
        L = self.L
        columns = [Column(L("held_on"), "date"), Column(L("agent_code")), Column(L("agent")), Column(L("team")),
                   Column(L("coach")), Column(L("kind")), Column(L("linked_evaluations"), "int"),
                   Column(L("items_discussed")), Column(L("agreed"), "free", max_width=40),
                   Column(L("follow_up_on"), "date"), Column(L("follow_up_status")), Column(L("acknowledged")),
                   Column(L("actions_total"), "int"), Column(L("actions_open"), "int"),
                   Column(L("action_items"), "free", max_width=50), Column(L("items_pass_before"), "percent"),
                   Column(L("items_pass_after"), "percent"), Column(L("n_before"), "int"),
                   Column(L("pass_before"), "percent"), Column(L("n_after"), "int"), Column(L("pass_after"), "percent")]
        rows = []
        windows = self.coaching or coaching_figures.CoachingWindows(session, self.period, self.lookups)
        for c in windows.rows(session, self.today, self.chunk):
            rows.append([c["held_on"], *self.agent_cells(c["agent_id"]), c["coach"], L(c["kind"]), c["n_evaluations"],
                         L("item_sep").join(self.item_titles.get(i, i) for i in c["items"]), c["agreed"],
                         c["follow_up_on"], value_label(c["follow_up_status"], self.lang),
                         L("yes" if c["acknowledged"] else "no"), len(c["actions"]), c["actions_open"],
                         "\n".join(f"[{value_label(status, self.lang)}] {text}" for text, status in c["actions"])
                         or None,
                         c["items_before"], c["items_after"],
                         c["before"][0], c["before"][1], c["after"][0], c["after"][1]])
        writer = TableWriter(self.wb, ws, columns, sample_rows=rows, freeze_columns=3)
        for values in rows:
            writer.append(values)
        writer.finish(self.L("title.none"))

    # -- Evaluators -------------------------------------------------------------------------------
    def write_evaluators(self, session, ws) -> None:
        L = self.L
        deviation = fig.deviation_by_evaluator(self.calibration)
        days = [self.period.first_day + dt.timedelta(days=i) for i in range(self.period.days)]
        monthly = self.period.kind == "month"
        # a month's production against each evaluator's target (seed 001: about 700 scored a month)
        targets = targets_of(session) if monthly else None
        logins = dict(session.execute(select(User.id, User.login)).all()) if monthly else {}
        target_columns = [Column(L("target"), "int"), Column(L("target_share"), "percent"),
                          Column(L("topic_calls"), "int")] if monthly else []
        listens = topic_listens_by_evaluator(
            session, dt.datetime.combine(self.period.first_day, dt.time()),
            dt.datetime.combine(self.period.last_day + dt.timedelta(days=1), dt.time())) if monthly else {}
        columns = [Column(L("evaluator")), Column(L("evaluations"), "int"), *target_columns,
                   Column(L("days_active"), "int"), Column(L("per_day"), "decimal1"), Column(L("max_per_day"), "int"),
                   Column(L("avg_minutes"), "score"),
                   Column(L("avg_given"), "score"), Column(L("calibration_calls"), "int"),
                   Column(L("deviation"), "score"), Column(L("abs_deviation"), "score"),
                   *[Column(f"{d:%m-%d}", "int", width=7) for d in days]]
        rows = []
        people = set(self.figures.evaluators) | set(deviation)
        for uid in sorted(people, key=lambda u: self.lookups.users.get(u, "")):
            tally = self.figures.evaluators.get(uid, fig.EvaluatorTally())
            dev = deviation.get(uid)
            goal = target_for(targets, logins.get(uid, ""))["scored"] if targets is not None else None
            target_cells = [goal, ratio(tally.n, goal) if goal else None, listens.get(uid, 0)] if monthly else []
            rows.append([self.lookups.users.get(uid, str(uid)), tally.n, *target_cells, len(tally.days),
                         tally.per_day,
                         max(tally.days.values()) if tally.days else None, tally.average_minutes,
                         tally.scores.average, dev["n_calls"] if dev else None,
                         round_cents(dev["mean_signed"]) if dev else None,
                         round_cents(dev["mean_absolute"]) if dev else None,
                         *[tally.days.get(d) for d in days]])
        writer = TableWriter(self.wb, ws, columns, sample_rows=rows, freeze_columns=1)
        for values in rows:
            writer.append(values)
        writer.finish(self.L("title.none"))

    # -- Calibration (weekly) --------------------------------------------------------------------
    def write_calibration(self, session, ws) -> None:
        L = self.L
        results = self.calibration
        columns = [Column(L("session"), "free", max_width=40), Column(L("date"), "date"), Column(L("evaluator")),
                   Column(L("calibration_calls"), "int"), Column(L("average"), "score"), Column(L("reference")),
                   Column(L("deviation"), "score"), Column(L("abs_deviation"), "score"), Column(L("outcome")),
                   Column("α (totals)", "decimal1")]
        rows = [[f"#{r['session_id']} {r['title']}", r["day"], r["name"], r["n_calls"], round_cents(r["mean_total"]),
                 value_label(r["reference"], self.lang), round_cents(r["mean_signed"]), round_cents(r["mean_absolute"]),
                 value_label(r["bias"], self.lang),
                 r["alpha_totals"]] for r in results]
        writer = TableWriter(self.wb, ws, columns, sample_rows=rows, freeze_columns=1)
        for values in rows:
            writer.append(values)
        writer.finish(self.L("title.none"))

    def write_open_actions(self, session, ws) -> None:
        L = self.L
        as_of = min(self.today, self.period.last_day)
        columns = [Column(L("due_on"), "date"), Column(L("overdue")), Column(L("agent_code")), Column(L("agent")),
                   Column(L("team")), Column(L("description"), "free", max_width=60), Column(L("owner")),
                   Column(L("coach")), Column(L("held_on"), "date")]
        rows = [[a["due_on"], L("yes") if a["overdue"] else L("no"), *self.agent_cells(a["agent_id"]),
                 a["description"], a["owner"], a["coach"], a["held_on"]]
                for a in fig.open_actions(session, self.lookups, as_of)]
        writer = TableWriter(self.wb, ws, columns, sample_rows=rows, freeze_columns=1)
        for values in rows:
            writer.append(values)
        writer.finish(self.L("title.none"))

    # -- saving -----------------------------------------------------------------------------------
    def save(self, output: Path) -> Path:
        # Written next to the target and renamed, so a failed or killed export never leaves half a
        # workbook under the real name; a killed export's temporary file is removed by the next one.
        # Each sheet writes its own <dimension> as it closes, so read-only readers know its size.
        return write_atomically(output, self.wb.save, prefix=".qa-report-")

    def result(self, output: Path) -> ReportResult:
        return ReportResult(output, self.period.label, self.team, self.figures.overall.n,
                            len(self.figures.by_agent), self.figures.overall.average,
                            [ws.title for ws in self.wb.worksheets])


def _clock(ms: int | None) -> str:
    seconds = max(int(ms or 0) // 1000, 0)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def _tidy_chart(chart, height: float, width: float) -> None:
    chart.height, chart.width = height, width
    for axis in (chart.x_axis, chart.y_axis):
        axis.delete = False
    chart.style = 10

