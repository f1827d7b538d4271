"""The monthly workbook's Training sheet: the sessions held in the month (质检纠错培训) and their effect.

One row per session: kind, trainer, content, the targeted items, sign-in (invited, attended), the mean
test score and the mean rating of the trainer, and the trained agents' error rate on the targeted items
before and after the session (:func:`training_records.training_effect`, the coaching effect's rule).
"""
from __future__ import annotations

import datetime as dt

from qa_desktop.core.reports.xlsx_style import Column, TableWriter
from qa_desktop.core.workflow.training_records import sessions


def write_training(builder, session, ws) -> None:
    L = builder.L
    columns = [Column(L("training.held_on"), "date"), Column(L("training.kind")), Column(L("training.trainer")),
               Column(L("training.content"), "free", max_width=40), Column(L("training.items"), max_width=40),
               Column(L("training.invited"), "int"), Column(L("training.attended"), "int"),
               Column(L("training.mean_score"), "score"), Column(L("training.mean_rating"), "score"),
               Column(L("training.error_before"), "percent"), Column(L("training.error_after"), "percent"),
               Column(L("training.n_before"), "int"), Column(L("training.n_after"), "int")]
    team_ids = None if builder.team_id is None else {builder.team_id}
    rows = []
    end = builder.period.last_day + dt.timedelta(days=1)
    for s in sessions(session, start=builder.period.first_day, end=end, team_ids=team_ids):
        effect = s["effect"]
        rows.append([s["held_on"], L(f"training.{s['kind']}"), s["trainer"], s["content"] or None,
                     L("item_sep").join(builder.item_titles.get(c, c) for c in s["item_codes"]) or None,
                     s["invited"], s["attended"], s["mean_score"], s["mean_rating"],
                     effect["before"]["error_rate"], effect["after"]["error_rate"],
                     effect["before"]["evaluated"], effect["after"]["evaluated"]])
    writer = TableWriter(builder.wb, ws, columns, sample_rows=rows, freeze_columns=1)
    for values in rows:
        writer.append(values)
    writer.finish(L("training.none"))
