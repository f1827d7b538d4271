"""The queue table model and its filter, and the scoring panel's keys, without a main window."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from qa_desktop.core.scoring import default_form
from qa_desktop.core.work_queue import QueueRow
from qa_desktop.ui.workspace.queue_model import ROW_ROLE, QueueFilter, QueueModel

ROWS = [
    QueueRow(1, "submitted", "A100", "王芳", "投诉处理组", dt.datetime(2026, 11, 16, 9), "投诉", 95.0,
             Decimal("88.50"), "good"),
    QueueRow(2, "todo", "A101", "李伟", "业务咨询组", dt.datetime(2026, 11, 16, 10), "查询", 600.0),
    QueueRow(3, "draft", "A102", "张敏", "投诉处理组", dt.datetime(2026, 11, 15, 8), "投诉", 30.0,
             others_drafting=("周婷",)),
    QueueRow(4, "returned", "A100", "王芳", "投诉处理组", dt.datetime(2026, 11, 17, 8), "预订", 3725.0),
]


def make(qtbot=None):
    model = QueueModel()
    model.set_rows(ROWS)
    proxy = QueueFilter()
    proxy.setSourceModel(model)
    return model, proxy


def shown(proxy, column=QueueModel.AGENT):
    return [proxy.data(proxy.index(r, column)) for r in range(proxy.rowCount())]


def test_model_shows_each_column_as_the_evaluator_reads_it(qapp):
    model, _ = make()
    assert model.rowCount() == 4 and model.columnCount() == 7
    assert model.headerData(QueueModel.SCORE, Qt.Orientation.Horizontal) == "Score"
    row = [model.data(model.index(0, c)) for c in range(7)]
    assert row == ["Submitted", "A100 王芳", "投诉处理组", "11-16 09:00", "投诉", "01:35", "88.50 Good"]
    assert model.data(model.index(3, QueueModel.DURATION)) == "1:02:05"
    assert model.data(model.index(1, QueueModel.SCORE)) == ""
    # Someone else scoring the call shows in the status and its tooltip.
    assert model.data(model.index(2, QueueModel.STATUS)) == "Draft · 周婷"
    assert "周婷" in model.data(model.index(2, QueueModel.STATUS), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, 0), ROW_ROLE).call_id == 2


def test_filter_by_status_and_text(qapp):
    _, proxy = make()
    proxy.set_status_filter("open")
    assert shown(proxy) == ["A101 李伟", "A102 张敏", "A100 王芳"]
    proxy.set_status_filter("draft")
    assert shown(proxy) == ["A102 张敏"]
    proxy.set_status_filter("")
    proxy.set_text("a100")
    assert [proxy.row_at(r).call_id for r in range(proxy.rowCount())] == [1, 4]
    proxy.set_text("李")
    assert shown(proxy) == ["A101 李伟"]
    proxy.set_text("预订")  # call type
    assert [proxy.row_at(r).call_id for r in range(proxy.rowCount())] == [4]


def test_sorting_uses_natural_values(qapp):
    _, proxy = make()
    proxy.sort(QueueModel.DURATION, Qt.SortOrder.DescendingOrder)
    assert [proxy.row_at(r).call_id for r in range(4)] == [4, 2, 1, 3]
    proxy.sort(QueueModel.STATUS, Qt.SortOrder.AscendingOrder)  # returned, draft, to do, submitted
    assert [proxy.row_at(r).status for r in range(4)] == ["returned", "draft", "todo", "submitted"]
    proxy.sort(QueueModel.DATE, Qt.SortOrder.AscendingOrder)
    assert [proxy.row_at(r).call_id for r in range(4)] == [3, 1, 2, 4]


def test_refresh_with_the_same_calls_keeps_rows_and_reports_changes(qapp, qtbot):
    model, _ = make()
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, roles=None: changes.append((a.row(), b.row())))
    updated = list(ROWS)
    updated[1] = QueueRow(2, "submitted", "A101", "李伟", "业务咨询组", ROWS[1].started_at, "查询", 600.0,
                          Decimal("72.00"), "pass")
    model.set_rows(updated)
    assert resets == [] and changes == [(1, 1)]
    assert model.data(model.index(1, QueueModel.SCORE)) == "72.00 Pass"
    model.set_rows(updated[:2])
    assert resets == [1] and model.rowCount() == 2


def test_scoring_panel_keys_answer_each_item_type(qtbot):
    from qa_desktop.ui.scoring.panel import ScoringPanel

    panel = ScoringPanel(preview=True)
    qtbot.addWidget(panel)
    panel.set_form(default_form(), "en")
    rows = {row.item.code: row for row in panel.rows}
    assert rows["greeting_id"].value_for_key("1") == "yes"
    assert rows["greeting_id"].value_for_key("2") == "no"
    assert rows["greeting_id"].value_for_key("0") is None          # no N/A on this item
    assert rows["silent_caller"].value_for_key("n") == "na"
    assert rows["silent_caller"].value_for_key("0") is None         # N is the one N/A key
    assert rows["courtesy_tone"].value_for_key("4") == 4            # scale: its point value
    assert rows["courtesy_tone"].value_for_key("0") == 0
    assert rows["empathy"].value_for_key("0") == 0                  # a scale allowing N/A: 0 is still 0 points
    assert rows["empathy"].value_for_key("n") == "na"
    assert rows["record_steps"].value_for_key("0") is None
    assert rows["answer_accuracy"].value_for_key("2") == "minor_gap"  # choice: the option's number
    assert rows["record_steps"].value_for_key("3") == "told_next_step"
    assert not panel.submit_button.isVisible()


def test_scoring_panel_shows_live_score_and_the_fatal_banner(qtbot):
    from qa_desktop.ui.scoring.panel import ScoringPanel

    panel = ScoringPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_form(default_form(), "en")
    changes = []
    panel.answersChanged.connect(lambda: changes.append(1))
    row = next(r for r in panel.rows if r.item.code == "polite_no_rudeness")
    row.setFocus()
    qtbot.keyClicks(row, "1")
    assert panel.total_label.text() == "100.00" and not panel.banner.isVisible()
    assert panel.current_item_code() == "no_slang_jargon"   # answering moved on
    row.setFocus()
    qtbot.keyClicks(row, "2")
    assert panel.total_label.text() == "0.00"
    assert panel.banner.isVisible() and "FATAL" in panel.banner.text()
    assert "polite" in panel.banner.text().lower()
    assert panel.problems()[1] == ["polite_no_rudeness"]     # a comment is required for the lost points
    row.comment.setText("raised voice at 02:10")
    row.comment.textEdited.emit("raised voice at 02:10")
    assert panel.problems()[1] == [] and panel.comments() == {"polite_no_rudeness": "raised voice at 02:10"}
    assert len(changes) == 3
    panel.why_button.click()
    assert panel.why.isVisible() and panel.why.text()
    # Guidance on demand.
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_F1)
    assert row.guidance.isVisible() == bool(row.guidance.text())


def test_item_points_read_as_people_write_them(qtbot):
    from decimal import Decimal

    from qa_desktop.core.scoring import default_form
    from qa_desktop.ui.scoring.panel import ScoringPanel

    definition = default_form()
    item = definition.sections[0].items[0]
    item.points = Decimal("10.00")  # Decimal("10").normalize() would print as 1E+1
    panel = ScoringPanel(preview=True)
    qtbot.addWidget(panel)
    panel.set_form(definition, "en")
    row = next(r for r in panel.rows if r.item.code == item.code)
    assert row.points.text() == "10 pt"
