"""Topic QA (专题质检): a QA lead creates a topic over a selection of calls, evaluators answer its unscored
questions call after call, the results count each answer by team and call type, and the workbook reads back."""
from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from qa_desktop import cli
from qa_desktop.core.db import open_database
from qa_desktop.core.demo import DemoOptions, build_demo
from qa_desktop.core.errors import PermissionDenied, ValidationError
from qa_desktop.core.workflow import topics


@pytest.fixture
def centre(tmp_path):
    path = tmp_path / "centre.sqlite3"
    database = open_database(path)
    database.user_login = "qa.li"
    build_demo(database, DemoOptions(agents=8, calls=300, months=2, recordings=0, queue_size=0))
    database.dispose()
    return str(path)


def test_a_topic_from_creation_to_workbook(centre, capsys, tmp_path):
    assert cli.main(["topics", "create", "--title", "投诉电话中客户不满的原因", "--call-type", "投诉",
                     "--question", "客户不满的主要原因|choice|价格,服务态度,等待时间,业务规则",
                     "--question", "座席是否先安抚情绪|choice|是,否",
                     "--question", "补充说明|text", "--target", "40",
                     "--evaluator", "qa.li", "--evaluator", "qa.zhou",
                     "--db", centre, "--user", "qa.lead", "--json"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert 0 < created["calls"] <= 40 and created["evaluators"] == ["qa.li", "qa.zhou"]
    database = open_database(centre)
    try:
        database.user_login = "qa.li"
        with pytest.raises(PermissionDenied):
            topics.create_topic(database, "x", [{"text": "y", "kind": "text"}])
        from qa_desktop.core.workflow.targets import month_progress

        listened_before = month_progress(database, "qa.li")["topic_listens"]  # the demo's own topic
        reasons = ["价格", "服务态度", "等待时间"]
        reviewed = 0
        while (call := topics.next_call(database, created["id"])) is not None:
            topics.answer(database, created["id"], call["call_id"],
                          {"q1": reasons[reviewed % 3], "q2": "是" if reviewed % 2 else "否", "q3": "=1+1"})
            reviewed += 1
        with pytest.raises(ValidationError):
            topics.answer(database, created["id"], call["call_id"] if call else 1, {"q1": "天气"})
        database.user_login = "qa.lead"
        topics.set_findings(database, created["id"], "价格类投诉占三成，集中在外呼回访组", "更新资费话术并培训")
        # counted toward the ~300 topic listens a month
        assert month_progress(database, "qa.li")["topic_listens"] == listened_before + reviewed
        progress = next(t for t in topics.list_topics(database) if t["id"] == created["id"])
        assert progress["by_evaluator"]["李娜"]["done"] == reviewed
        assert progress["done"] == reviewed and progress["by_evaluator"]["周婷"]["done"] == 0
        results = topics.topic_results(database, created["id"])
        first = results["questions"][0]
        assert sum(first["overall"].values()) == reviewed
        assert sum(sum(c.values()) for c in first["by_call_type"].values()) == reviewed
        assert set(first["by_call_type"]) == {"投诉"}  # only complaint calls were drawn
    finally:
        database.dispose()
    out = tmp_path / "专题.xlsx"
    assert cli.main(["topics", "export", str(created["id"]), "-o", str(out), "--db", centre, "--user", "qa.lead"]) == 0
    sheet = load_workbook(out).active
    rows = [r for r in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "投诉电话中客户不满的原因" and rows[1][:2] == ("已听录音数", reviewed)
    assert ("发现", "价格类投诉占三成，集中在外呼回访组") == rows[2][:2]
    assert any(r[0] == "价格" and r[1] == sum(1 for n in range(reviewed) if n % 3 == 0) for r in rows)
    formula = [c for row in sheet.iter_rows() for c in row if c.value == "=1+1"]
    assert formula and all(c.data_type == "s" for c in formula)


def test_create_in_the_dialog_and_review_with_keys(centre, qtbot):
    """A QA lead fills New topic… and confirms with Enter; an evaluator answers with a digit and saves with
    Ctrl+Enter, call after call; the answers are in the database."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from qa_desktop.core.db.topic_models import TopicCall
    from qa_desktop.core.users import find_user
    from qa_desktop.ui.context import AppContext
    from qa_desktop.ui.settings import AppSettings
    from qa_desktop.ui.topics.page import TopicsPage

    database = open_database(centre)
    database.user_login = "qa.lead"
    lead_page = TopicsPage(AppContext(database, find_user(database, "qa.lead"), AppSettings()))
    qtbot.addWidget(lead_page)

    def fill():
        dialog = QApplication.activeModalWidget()
        dialog.title.insert("等待时长与客户情绪")
        dialog.questions.insertPlainText("客户是否因等待不满|单选|是,否\n原因|多选|排队,转接,查询系统慢")
        dialog.target.setValue(6)
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    topics_before = lead_page.model.rowCount()  # the demo's own topic
    QTimer.singleShot(0, fill)
    qtbot.mouseClick(lead_page.new_button, Qt.MouseButton.LeftButton)
    assert lead_page.model.rowCount() == topics_before + 1
    database.dispose()

    database = open_database(centre)
    database.user_login = "qa.li"
    page = TopicsPage(AppContext(database, find_user(database, "qa.li"), AppSettings()))
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts reach the active window only
    assert page.call is not None and not page.new_button.isEnabled()  # an evaluator reviews, never creates
    first = page.call["call_id"]
    page.questions.focus_first()
    focused = QApplication.focusWidget() or page
    qtbot.keyClick(focused, Qt.Key.Key_1)
    assert page.questions.answers()["q1"] == "是", page.message.text()
    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.call is None or page.call["call_id"] != first
    with database.read() as session:
        saved = session.scalar(select(TopicCall).where(TopicCall.call_id == first))
        assert saved.answers == {"q1": "是"} and saved.answered_at is not None
    database.dispose()


def test_the_demo_has_a_topic_under_way_and_a_complaint_to_verify_in_time(centre):
    from qa_desktop.core.workflow import review

    database = open_database(centre)
    try:
        database.user_login = "qa.lead"
        topic = topics.list_topics(database)[0]
        assert topic["title"] == "投诉通话中客户不满的原因" and 0 < topic["done"] < topic["calls"]
        assert set(topic["by_evaluator"]) == {"李娜", "周婷"}
        fresh = [r for r in review.verification_queue(database) if r.reason == "客户当天来电投诉：说话不耐烦"]
        assert len(fresh) == 1 and not fresh[0].overdue  # inside its 2 working days
    finally:
        database.dispose()
