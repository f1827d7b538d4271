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
    settle(qtbot, page)
    return page


def settle(qtbot, page):
    """Wait for the page's reads, which run off the GUI thread, to come back."""
    qtbot.waitUntil(lambda: not page.reading() and not page.consistency.reading(), timeout=10000)


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
    assert icc_row[3] == "Moderate (anywhere from poor to excellent)"
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
    settle(qtbot, page)
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
    page.tabs.setCurrentIndex(1)
    assert page.call_picker.count() == 2 and page.matrix.rowCount() == 0  # Bo's answers stay hidden
    assert page.tabs.isTabEnabled(2)
    page.tabs.setCurrentIndex(2)
    assert page.blind.calls.count() == 2
    page.blind.calls.setCurrentRow(1)
    qtbot.waitUntil(lambda: "cannot be played" in page.blind.player_bar.notice.text())  # found off the GUI thread
    assert page.blind.player.path == ""
    page.blind.calls.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.blind.player.path == str(recording))  # scorers listen here, not in the workspace
    # ...and read along: the transcript follows (no automatic suggestions: the scoring stays blind)
    qtbot.waitUntil(lambda: len(page.blind.transcript_pane.lines) > 0, timeout=5000)
    assert page.blind.transcript_pane.lines[0].side == "agent"
    page.blind.panel.set_values({"greeting": "yes"}, {})
    page.save_my_answers(submit=False)
    qtbot.waitUntil(lambda: not page.blind.saver.busy())     # saved off the GUI thread
    qtbot.waitUntil(lambda: "draft" in page.blind.calls.item(0).text())  # and read again
    qtbot.wait(50)
    page.grab().save("/tmp/calibration_scoring.png")
    for row, values in ((0, answers("yes", "yes", 4, 5)), (1, answers("no", "yes", 3, 3))):
        page.blind.calls.setCurrentRow(row)
        page.blind.panel.set_values(values, {})
        page.save_my_answers(submit=True)
        qtbot.waitUntil(lambda: not page.blind.saver.busy())
        settle(qtbot, page)
    assert all("submitted" in page.blind.calls.item(i).text() for i in range(2))
    assert page.blind.panel.read_only
    assert page.report is not None and not page.report_view.blocked.isVisibleTo(page)
    page.tabs.setCurrentIndex(1)
    assert page.matrix.rowCount() == 5


def test_new_session_dialog_offers_flagged_candidates_first(qtbot, sqlite_db):
    from qa_desktop.core.db.models import Flag, FlagKind
    from qa_desktop.ui.calibration.new_session_dialog import NewSessionDialog

    ids = seed(sqlite_db)
    sqlite_db.write(lambda s: s.add(Flag(call_id=ids["calls"][2], kind=FlagKind.CALIBRATION,
                                         reason="评分有争议,建议校准", raised_by_id=ids["users"]["tl"])))
    as_user(sqlite_db, "lead")
    dialog = NewSessionDialog(sqlite_db)
    qtbot.addWidget(dialog)
    assert not dialog.create_button.isEnabled()  # the choices are read off the GUI thread
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.calls.count() == 4 and dialog.create_button.isEnabled()
    assert "评分有争议" in dialog.calls.item(0).text()
    assert dialog.chosen_calls() == [ids["calls"][2]]  # the candidate comes checked
    dialog.check_people([ids["users"]["ann"], ids["users"]["bo"]])
    dialog.expert.setCurrentIndex(dialog.expert.findData(ids["users"]["exp"]))
    dialog.accept()                                    # created off the GUI thread...
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)  # ...accepted once it is stored
    detail = cal.get_session(sqlite_db, dialog.session_id)
    assert [c.call_id for c in detail.calls] == [ids["calls"][2]]
    assert [p.login for p in detail.participants] == ["ann", "bo", "exp"] and detail.summary.expert.login == "exp"


def test_consistency_tab_assigns_and_compares_self_checks(qtbot, sqlite_db):
    from tests.test_calibration_consistency import past_evaluations

    ids = seed(sqlite_db)
    scored_session(sqlite_db, ids)
    past_evaluations(sqlite_db, ids, "ann", 40, [("yes", "yes", 4, 4), ("yes", "no", 3, 3)])
    lead_page = page_for(qtbot, sqlite_db, "lead")
    view = lead_page.consistency
    assert view.months.rowCount() == 0  # read when the tab is shown
    lead_page.tabs.setCurrentIndex(3)
    settle(qtbot, lead_page)
    logins = {view.months.row(r)["login"] for r in range(view.months.rowCount())}
    assert logins == {"ann", "bo", "cai", "exp"}
    bo = next(view.months.row(r) for r in range(view.months.rowCount()) if view.months.row(r)["login"] == "bo")
    assert bo["vs_expert"]["bias"] == "lenient"
    view.evaluator.setCurrentIndex(view.evaluator.findData(ids["users"]["ann"]))
    settle(qtbot, lead_page)
    view.count.setValue(2)
    view.assign()
    settle(qtbot, lead_page)
    assert "2 waiting" in view.summary.text() or "(2 waiting" in view.summary.text()

    ann_page = page_for(qtbot, sqlite_db, "ann")
    mine = ann_page.consistency
    ann_page.tabs.setCurrentIndex(3)
    settle(qtbot, ann_page)
    assert mine.evaluator.count() == 1 and not mine.assign_button.isEnabled()
    assert mine.tabs.isTabEnabled(2) and mine.blind.calls.count() == 2
    assert mine.blind.panel.answers() == {}  # blind: the first score is not shown
    for _ in range(2):
        mine.blind.calls.setCurrentRow(0)
        mine.blind.panel.set_values(answers("yes", "yes", 4, 4), {})
        mine.save_self_check(submit=True)
        settle(qtbot, ann_page)
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
    qtbot.waitUntil(lambda: dialog.loaded)
    offered = [dialog.calls.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.calls.count())]
    assert sorted(offered) == ids["calls"][2:]
    for i in range(2):
        dialog.calls.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)  # once they are in the database
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
    # each row says its item as the panel beside it numbers it, never by its code
    assert [page.matrix.headerData(r, Qt.Orientation.Vertical) for r in range(page.matrix.rowCount())] == [
        "1. Greets with ID", "2. Closing phrase", "3. Service attitude", "4. Answer accuracy", "Total"]
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


def test_closing_records_the_meeting_notes_typed_and_confirmed_with_ctrl_enter(qtbot, sqlite_db):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from qa_desktop.ui.calibration.close_dialog import CloseSessionDialog

    ids = seed(sqlite_db)
    session_id = scored_session(sqlite_db, ids)
    page = page_for(qtbot, sqlite_db, "lead")
    asked = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CloseSessionDialog):
            QTimer.singleShot(20, answer)
            return
        try:
            asked["question"] = dialog.question.text()
            notes = dialog.notes
            asked["focus"] = dialog.focusWidget() is notes           # typing goes to the notes
            qtbot.keyClicks(notes, "Greeting: the ID may be said")
            qtbot.keyClick(notes, Qt.Key.Key_Return)                 # Enter: a new line, the dialog stays
            qtbot.keyClicks(notes, "after the greeting.")
            asked["still open"] = dialog.isVisible()
            qtbot.keyClick(notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter closes it
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)  # once the session is closed
        finally:
            if dialog.isVisible():
                asked["left open"] = True
                dialog.reject()

    QTimer.singleShot(0, answer)
    page.close_session()
    settle(qtbot, page)
    assert "left open" not in asked, "Ctrl+Enter did not close the dialog"
    assert "Everyone will see all answers" in asked["question"] and asked["still open"] and asked["focus"]
    detail = cal.get_session(sqlite_db, session_id)
    assert detail.summary.status == "closed" and detail.notes == "Greeting: the ID may be said\nafter the greeting."
    assert "Meeting notes: Greeting" in page.report_view.summary.text()
    assert not page.close_button.isEnabled() and not page.save_consensus_button.isEnabled()


# -- no item drawn over another ------------------------------------------------------------------
def pump_until(condition, timeout_ms: int = 10000) -> None:
    """Run the event loop the way the screen audit does (processEvents: deferred deletions wait)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    timer = QElapsedTimer()
    timer.start()
    while not condition():
        assert timer.elapsed() < timeout_ms, "gave up waiting"
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def overlapping_items(panel) -> list[str]:
    """Pairs of item rows or section titles of a scoring panel drawn over one another."""
    from PySide6.QtWidgets import QLabel

    from qa_desktop.ui.scoring.panel import ItemRow

    shown = [w for w in panel.items_widget.children()
             if isinstance(w, (ItemRow, QLabel)) and w.isVisibleTo(panel.items_widget)]
    assert len([w for w in shown if isinstance(w, ItemRow)]) >= len(panel.rows) > 0
    names = {w: (f"item {w.number}" if isinstance(w, ItemRow) else f"title {w.text()}") for w in shown}
    return [f"{names[a]} {a.geometry().getRect()} over {names[b]} {b.geometry().getRect()}"
            for n, a in enumerate(shown) for b in shown[n + 1:] if a.geometry().intersects(b.geometry())]


def test_scoring_panel_never_draws_the_last_forms_items_over_the_new_ones(qtbot):
    from qa_desktop.core.scoring import FormDefinition, default_form
    from qa_desktop.ui.scoring import ScoringPanel
    from tests.test_calibration_sessions import FORM

    panel = ScoringPanel()
    qtbot.addWidget(panel)
    panel.resize(520, 700)
    panel.show()
    panel.set_form(default_form(), "en", key=1)                             # 22 items
    pump_until(lambda: panel.rows[-1].geometry().y() > 0)
    panel.set_form(FormDefinition.from_dict(FORM), "en", key=2)             # another form: built again
    pump_until(lambda: panel.rows[-1].geometry().y() > panel.rows[0].geometry().y())
    assert overlapping_items(panel) == []


def test_calibration_tabs_draw_no_item_over_another_at_1366x768(qtbot, sqlite_db):
    """Two sessions on different forms (4 and 22 items), switched to and fro, in English and Chinese:
    the consensus and the blind scoring panels show each item once, one under the other."""
    from PySide6.QtWidgets import QApplication

    from qa_desktop.core.db.models import FormVersion
    from qa_desktop.core.scoring import default_form
    from qa_desktop.ui import i18n

    ids = seed(sqlite_db)

    def second_form(session):
        version = FormVersion(form_id=session.get(FormVersion, ids["version"]).form_id, version_no=2,
                              definition=default_form().to_dict(), published_at=cal.utcnow())
        session.add(version)
        session.flush()
        return version.id

    version_22 = sqlite_db.write(second_form)
    make_session(sqlite_db, ids)
    as_user(sqlite_db, "lead")
    u = ids["users"]
    cal.create_session(sqlite_db, title="22 items", form_version_id=version_22, call_ids=ids["calls"][:2],
                       participant_ids=[u["ann"], u["bo"]], expert_id=u["exp"])
    found = []
    try:
        for language in ("en", "zh_CN"):
            i18n.install_language(language)
            page = page_for(qtbot, sqlite_db, "exp")  # a QA lead who scores as the expert: both panels
            page.ctx.language = language
            page.resize(1366 - 170, 768 - 60)
            for row in (1, 0, 1, 0):
                page.sessions_view.selectRow(row)
                pump_until(lambda page=page: not page.reading())
                for tab, panel in ((1, page.consensus_panel), (2, page.blind.panel)):
                    page.tabs.setCurrentIndex(tab)
                    pump_until(lambda panel=panel: bool(panel.rows) and panel.rows[-1].geometry().y() > 0)
                    QApplication.processEvents()
                    found += [f"{language}, session row {row}, tab {tab}: {o}" for o in overlapping_items(panel)]
            page.grab().save(f"/tmp/calibration_items_{language}.png")
            page.close()
    finally:
        i18n.install_language("en")
    assert found == []


# -- reads off the GUI thread ------------------------------------------------------------------
def spy_on_reads(monkeypatch, delay_s: float = 0.0) -> list[tuple[str, bool]]:
    """Record each read of the page's core module and whether it ran on the GUI thread."""
    import threading
    import time

    from qa_desktop.core.calibration import page_data

    calls: list[tuple[str, bool]] = []

    def spy_on(name, original):
        def spy(*args, **kwargs):
            calls.append((name, threading.current_thread() is threading.main_thread()))
            time.sleep(delay_s)
            return original(*args, **kwargs)

        return spy

    for name in ("calibration_page", "session_view", "consistency_page", "session_choices",
                 "self_check_comparison_or_error"):
        monkeypatch.setattr(page_data, name, spy_on(name, getattr(page_data, name)))
    return calls


def test_the_page_reads_sessions_reports_and_consistency_off_the_gui_thread(qtbot, sqlite_db, monkeypatch):
    from qa_desktop.ui.calibration.new_session_dialog import NewSessionDialog

    ids = seed(sqlite_db)
    scored = scored_session(sqlite_db, ids)
    newest = make_session(sqlite_db, ids, call_ids=ids["calls"][:1])
    reads = spy_on_reads(monkeypatch)
    page = page_for(qtbot, sqlite_db, "lead")
    assert page.sessions.rowCount() == 2 and page.detail.summary.id == newest  # shown once read
    assert page.report["n_evaluations"] == 0
    page.sessions_view.selectRow(1)                                               # the scored one
    qtbot.waitUntil(lambda: page.detail.summary.id == scored)
    assert page.report["n_evaluations"] == 16 and page.report_view.agreement.rowCount() == 8
    page.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: page.consistency.months.rowCount() > 0)
    dialog = NewSessionDialog(sqlite_db, page)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert {name for name, _ in reads} >= {"calibration_page", "session_view", "consistency_page",
                                             "session_choices"}
    assert [name for name, on_gui_thread in reads if on_gui_thread] == []


def test_a_page_closed_while_its_read_runs_ends_quietly(qtbot, sqlite_db, monkeypatch):
    from PySide6.QtCore import QThreadPool

    from qa_desktop.ui import tasks

    ids = seed(sqlite_db)
    scored_session(sqlite_db, ids)
    reads = spy_on_reads(monkeypatch, delay_s=0.3)
    as_user(sqlite_db, "lead")
    page = CalibrationPage(AppContext(sqlite_db, find_user(sqlite_db, "lead"), AppSettings()))
    page.tabs.setCurrentIndex(3)
    page.show()                       # the page and the consistency tab start their reads...
    qtbot.waitUntil(lambda: len(reads) >= 2)
    page.close()
    page.deleteLater()                # ...and the page goes before they end
    qtbot.waitUntil(lambda: not tasks._running and QThreadPool.globalInstance().activeThreadCount() == 0)
    qtbot.wait(50)                    # their results are delivered to nobody, without an error


def test_sessions_name_their_form_in_the_readers_language(qtbot, sqlite_db):
    """The form's stored name is one language's; the table, the status line and the report name it in the
    reader's (a Chinese UI showed an English-named form in English, an English UI a Chinese one in Chinese)."""
    from qa_desktop.core.calibration.report import session_report
    from qa_desktop.ui import i18n
    from qa_desktop.ui.calibration.models import form_name_shown

    ids = seed(sqlite_db)
    session_id = scored_session(sqlite_db, ids)
    summary = cal.list_sessions(sqlite_db)[0]
    assert summary.form_name == "Calibration test form" and summary.form_names["zh_CN"] == "校准测试表"
    as_user(sqlite_db, "lead")
    assert session_report(sqlite_db, session_id, lang="zh_CN")["form"]["name"] == "校准测试表"
    assert session_report(sqlite_db, session_id, lang="en")["form"]["name"] == "Calibration test form"
    try:
        assert i18n.install_language("zh_CN") == "zh_CN"
        page = page_for(qtbot, sqlite_db, "lead")
        shown = [cell(page.sessions, r, c) for r in range(page.sessions.rowCount())
                 for c in range(page.sessions.columnCount())]
        assert any("校准测试表" in str(text) for text in shown), shown
        assert not any("Calibration test form" in str(text) for text in shown), shown
        versions = cal.published_form_versions(sqlite_db)
        assert form_name_shown(versions[0]["form_names"], versions[0]["form_name"]) == "校准测试表"
    finally:
        i18n.install_language("en")


def test_the_report_is_offered_under_a_name_in_the_readers_words(qtbot, monkeypatch):
    """The save dialog suggested calibration-7.xlsx in every language; the other workbooks are offered as
    质检月报-2026-11.xlsx and the like."""
    from PySide6.QtWidgets import QFileDialog

    from qa_desktop.ui import i18n
    from qa_desktop.ui.calibration.report_view import ReportView

    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda _parent, _title, name, _filter: offered.append(name) or ("", "")))
    try:
        for language, expected in (("zh_CN", "校准报告-7.xlsx"), ("zh_TW", "校準報告-7.xlsx"),
                                   ("en", "calibration-7.xlsx")):
            assert i18n.install_language(language) == language
            view = ReportView()
            qtbot.addWidget(view)
            view.report = {"session": {"id": 7}}
            view._export()
            view.report = None  # the next language switch redraws the view: this one is only a stand-in
            assert offered[-1] == expected
    finally:
        i18n.install_language("en")
