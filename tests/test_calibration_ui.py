"""The Calibration page: sessions, report tables with readings, blind scoring and consensus, offscreen."""
from __future__ import annotations

from PySide6.QtCore import Qt

from qa_desktop.core.calibration import sessions as cal
from qa_desktop.core.users import find_user
from qa_desktop.ui.calibration.models import agreement_model, agreement_rows, items_model
from qa_desktop.ui.calibration.page import CalibrationPage
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.settings import AppSettings
from tests.test_calibration_report import SCORES
from tests.test_calibration_sessions import answers, as_user, make_session, seed


def cell(model, row, column):
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def scored_session(database, ids, scores=SCORES):
    session_id = make_session(database, ids)
    for n, by_login in scores.items():
        for login, values in by_login.items():
            as_user(database, login)
            cal.save_answers(database, session_id, ids["calls"][n - 1], answers(*values), submit=True)
    return session_id


def page_for(qtbot, database, login):
    as_user(database, login)
    ctx = AppContext(database, find_user(database, login), AppSettings())
    page = CalibrationPage(ctx)
    qtbot.addWidget(page)
    page.resize(1500, 850)
    page.show()
    return page


def test_table_models_show_values_readings_and_rewrite_flags(sqlite_db):
    from qa_desktop.core.calibration.report import session_report

    ids = seed(sqlite_db)
    session_id = scored_session(sqlite_db, ids)
    as_user(sqlite_db, "lead")
    report = session_report(sqlite_db, session_id)
    model = agreement_model()
    model.set_rows(agreement_rows(report))
    texts = [[cell(model, r, c) for c in range(model.columnCount())] for r in range(model.rowCount())]
    icc_row = next(t for t in texts if t[1].startswith("ICC(2,1): two-way random effects"))
    assert icc_row[2].startswith("0.701 (95% CI ") and icc_row[4:] == ["4", "4"]
    assert icc_row[3] == "moderate (anywhere from poor to excellent)"
    tooltip = model.data(model.index(texts.index(icc_row), 3), Qt.ItemDataRole.ToolTipRole)
    assert "Koo" in tooltip
    items = items_model()
    items.set_rows(report["item_summary"])
    reword = {cell(items, r, 0).split()[0]: cell(items, r, 5) for r in range(items.rowCount())}
    assert reword == {"greeting": "", "closing": "", "attitude": "yes", "accuracy": ""}


def test_lead_sees_the_report_and_records_consensus(qtbot, sqlite_db, tmp_path):
    ids = seed(sqlite_db)
    session_id = scored_session(sqlite_db, ids)
    page = page_for(qtbot, sqlite_db, "lead")
    assert page.sessions.rowCount() == 1 and page.new_button.isEnabled()
    assert not page.report_view.blocked.isVisible()
    assert page.report_view.agreement.rowCount() == 8
    assert "attitude" in page.report_view.rewrite.text()
    # consensus on call 2 through the panel (the comment is the note)
    page.tabs.setCurrentIndex(1)
    page.call_picker.setCurrentIndex(1)
    assert page.matrix.rowCount() == 5  # four items and the total
    page.consensus_panel.set_values(answers("yes", "no", 3, 4), {"closing": "agent hung up first"})
    page.save_consensus()
    stored = next(c for c in cal.get_session(sqlite_db, session_id).calls if c.call_id == ids["calls"][1])
    assert stored.consensus_answers == answers("yes", "no", 3, 4)
    assert stored.consensus_notes == {"closing": "agent hung up first"}
    page.tabs.setCurrentIndex(0)
    qtbot.wait(50)
    page.grab().save(str(tmp_path / "calibration_report.png"))
    page.grab().save("/tmp/calibration_report.png")
    page.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    page.grab().save("/tmp/calibration_calls.png")


def test_participant_scores_blind_and_then_sees_the_report(qtbot, sqlite_db, tmp_path):
    from qa_desktop.core.audio.synth import write_demo_call
    from qa_desktop.core.db.models import Call

    ids = seed(sqlite_db, n_calls=2)
    recording = tmp_path / "call1.wav"
    write_demo_call(recording, seed=3, duration_s=8.0)

    def relink(session):
        from qa_desktop.core.transcripts.demo_script import demo_lines
        from qa_desktop.core.transcripts.store import store_side

        session.get(Call, ids["calls"][0]).recording_path = str(recording)
        for side, lines in demo_lines(3, 8.0).items():  # what is said in that recording
            store_side(session, ids["calls"][0], side, lines, "call1.srt")

    sqlite_db.write(relink)
    session_id = make_session(sqlite_db, ids)
    as_user(sqlite_db, "bo")
    cal.save_answers(sqlite_db, session_id, ids["calls"][0], answers("yes", "yes", 4, 4), submit=True)
    cal.save_answers(sqlite_db, session_id, ids["calls"][1], answers("yes", "yes", 2, 2), submit=True)
    page = page_for(qtbot, sqlite_db, "ann")
    assert not page.new_button.isEnabled()
    assert page.report_view.blocked.isVisibleTo(page) and page.report is None
    assert page.matrix.rowCount() == 0  # Bo's answers stay hidden
    assert page.tabs.isTabEnabled(2) and page.blind.calls.count() == 2
    page.tabs.setCurrentIndex(2)
    page.blind.calls.setCurrentRow(1)
    assert page.blind.player.path == "" and "cannot be played" in page.blind.player_bar.notice.text()
    page.blind.calls.setCurrentRow(0)
    assert page.blind.player.path == str(recording)  # scorers listen on this page, not in the workspace
    # ...and read along: the transcript follows (no automatic suggestions: the scoring stays blind)
    qtbot.waitUntil(lambda: len(page.blind.transcript_pane.lines) > 0, timeout=5000)
    assert page.blind.transcript_pane.lines[0].side == "agent"
    page.blind.panel.set_values({"greeting": "yes"}, {})
    page.save_my_answers(submit=False)
    qtbot.waitUntil(lambda: not page.blind.saver.busy())     # saved off the GUI thread
    assert "draft" in page.blind.calls.item(0).text()
    qtbot.wait(50)
    page.grab().save("/tmp/calibration_scoring.png")
    for row, values in ((0, answers("yes", "yes", 4, 5)), (1, answers("no", "yes", 3, 3))):
        page.blind.calls.setCurrentRow(row)
        page.blind.panel.set_values(values, {})
        page.save_my_answers(submit=True)
        qtbot.waitUntil(lambda: not page.blind.saver.busy())
    assert page.report is not None and not page.report_view.blocked.isVisibleTo(page)
    assert page.matrix.rowCount() == 5
    assert all("submitted" in page.blind.calls.item(i).text() for i in range(2))
    assert page.blind.panel.read_only


def test_new_session_dialog_offers_flagged_candidates_first(qtbot, sqlite_db):
    from qa_desktop.core.db.models import Flag, FlagKind
    from qa_desktop.ui.calibration.new_session_dialog import NewSessionDialog

    ids = seed(sqlite_db)
    sqlite_db.write(lambda s: s.add(Flag(call_id=ids["calls"][2], kind=FlagKind.CALIBRATION,
                                         reason="评分有争议,建议校准", raised_by_id=ids["users"]["tl"])))
    as_user(sqlite_db, "lead")
    dialog = NewSessionDialog(sqlite_db)
    qtbot.addWidget(dialog)
    assert dialog.calls.count() == 4
    assert "评分有争议" in dialog.calls.item(0).text()
    assert dialog.chosen_calls() == [ids["calls"][2]]  # the candidate comes checked
    dialog.check_people([ids["users"]["ann"], ids["users"]["bo"]])
    dialog.expert.setCurrentIndex(dialog.expert.findData(ids["users"]["exp"]))
    session_id = dialog.create()
    detail = cal.get_session(sqlite_db, session_id)
    assert [c.call_id for c in detail.calls] == [ids["calls"][2]]
    assert [p.login for p in detail.participants] == ["ann", "bo", "exp"] and detail.summary.expert.login == "exp"


def test_consistency_tab_assigns_and_compares_self_checks(qtbot, sqlite_db):
    from tests.test_calibration_consistency import past_evaluations

    ids = seed(sqlite_db)
    scored_session(sqlite_db, ids)
    past_evaluations(sqlite_db, ids, "ann", 40, [("yes", "yes", 4, 4), ("yes", "no", 3, 3)])
    lead_page = page_for(qtbot, sqlite_db, "lead")
    view = lead_page.consistency
    logins = {view.months.row(r)["login"] for r in range(view.months.rowCount())}
    assert logins == {"ann", "bo", "cai", "exp"}
    bo = next(view.months.row(r) for r in range(view.months.rowCount()) if view.months.row(r)["login"] == "bo")
    assert bo["vs_expert"]["bias"] == "lenient"
    view.evaluator.setCurrentIndex(view.evaluator.findData(ids["users"]["ann"]))
    view.count.setValue(2)
    view.assign()
    assert "2 waiting" in view.summary.text() or "(2 waiting" in view.summary.text()

    ann_page = page_for(qtbot, sqlite_db, "ann")
    mine = ann_page.consistency
    assert mine.evaluator.count() == 1 and not mine.assign_button.isEnabled()
    assert mine.tabs.isTabEnabled(2) and mine.blind.calls.count() == 2
    assert mine.blind.panel.answers() == {}  # blind: the first score is not shown
    for _ in range(2):
        mine.blind.calls.setCurrentRow(0)
        mine.blind.panel.set_values(answers("yes", "yes", 4, 4), {})
        mine.save_self_check(submit=True)
    assert mine.pairs.rowCount() == 2
    assert "2 calls re-scored (0 waiting)" in mine.summary.text()
    assert not mine.tabs.isTabEnabled(2)
    mine.tabs.setCurrentIndex(1)
    ann_page.tabs.setCurrentIndex(3)
    qtbot.wait(50)
    ann_page.grab().save("/tmp/calibration_consistency.png")


def test_add_calls_dialog_skips_calls_already_in_the_session(qtbot, sqlite_db):
    from qa_desktop.ui.calibration.new_session_dialog import AddCallsDialog

    ids = seed(sqlite_db, n_calls=5)
    session_id = make_session(sqlite_db, ids, call_ids=ids["calls"][:2])
    as_user(sqlite_db, "lead")
    dialog = AddCallsDialog(sqlite_db, session_id, set(ids["calls"][:2]))
    qtbot.addWidget(dialog)
    offered = [dialog.calls.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.calls.count())]
    assert sorted(offered) == ids["calls"][2:]
    for i in range(2):
        dialog.calls.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert len(dialog.added) == 2
    assert len(cal.get_session(sqlite_db, session_id).calls) == 4


def test_call_matrix_reads_like_the_form_and_majority_prefills_consensus(qtbot, sqlite_db):
    from qa_desktop.ui.calibration.models import majority_answer

    ids = seed(sqlite_db)
    scored_session(sqlite_db, ids)
    page = page_for(qtbot, sqlite_db, "lead")
    page.tabs.setCurrentIndex(1)
    page.call_picker.setCurrentIndex(2)  # C3: Bo alone says yes to the greeting
    assert "totals differ by up to 41.43 points" in page.call_picker.currentText()
    assert cell(page.matrix, 0, 1) == "Yes" and cell(page.matrix, 0, 0) == "No"
    assert page.matrix.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) == "Greets with ID"
    page.prefill_consensus()
    assert page.consensus_panel.answers() == answers("no", "yes", 2, 3)
    assert majority_answer({"a": "yes", "b": "no"}, "b") == "no"
    assert majority_answer({"a": "yes", "b": "no"}, None) is None
    assert majority_answer({"a": ["x", "y"], "b": ["y", "x"], "c": []}, None) == ["x", "y"]


def test_blind_scoring_by_keyboard(qtbot, sqlite_db):
    ids = seed(sqlite_db, n_calls=1)
    session_id = make_session(sqlite_db, ids)
    page = page_for(qtbot, sqlite_db, "cai")
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.tabs.setCurrentIndex(2)
    page.blind.calls.setCurrentRow(0)
    page.blind.panel.set_values(answers("yes", "no", 5, 4), {})
    page.blind.panel.setFocus()
    qtbot.keyClick(page.blind.panel, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.blind.saver.busy())
    assert [m.status for m in cal.my_calls(sqlite_db, session_id)] == ["draft"]
    page.blind.panel.setFocus()
    qtbot.keyClick(page.blind.panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.blind.saver.busy())
    assert [m.status for m in cal.my_calls(sqlite_db, session_id)] == ["submitted"]


def test_closing_records_the_meeting_notes(qtbot, sqlite_db, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    ids = seed(sqlite_db)
    session_id = scored_session(sqlite_db, ids)
    page = page_for(qtbot, sqlite_db, "lead")
    asked = {}

    def answer(parent, title, label, text):
        asked["label"] = label
        return "Greeting: the ID may be said after the greeting.", True

    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(answer))
    page.close_session()
    assert "Meeting notes" in asked["label"]
    detail = cal.get_session(sqlite_db, session_id)
    assert detail.summary.status == "closed" and detail.notes.startswith("Greeting: the ID")
    assert "Meeting notes: Greeting" in page.report_view.summary.text()
    assert not page.close_button.isEnabled() and not page.save_consensus_button.isEnabled()
