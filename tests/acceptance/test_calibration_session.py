"""A blind calibration session, from the QA lead's New session dialog to the agreed answers and the report.

Each person signs in on the demo call centre with `qa-desktop --db FILE --user LOGIN` and works with
keys and clicks: the QA lead creates the session (calls, scorers and expert ticked in the dialog,
Enter creates it), each evaluator opens it and scores blind from the keyboard (digits, N, Ctrl+Enter
as in the workspace), an evaluator who has not scored every call is refused the others' answers,
the lead records the consensus and closes the session with the meeting notes, and exports the
report. Everything is checked in the database, the workbook written and the report the command
line prints, never in the widgets.
"""
from __future__ import annotations

import json

import krippendorff
import pytest
from acceptance_support import (
    background_idle,
    click,
    find,
    go_to_page,
    press,
    query,
    type_file_name,
    type_text,
    wait_until,
    when_dialog_opens,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QListWidget, QPushButton, QTableView
from test_roles import keys_for, published_form

from qa_desktop import cli
from qa_desktop.core.scoring import score

CTRL = Qt.KeyboardModifier.ControlModifier
CALIBRATION_PAGE = 7
TITLE = "十二月校准:投诉处理"

# What each scorer answers differently from full marks, per call (0, 1, 2 in the session's order):
# item -> the key typed. A lost point on an item that wants a comment puts the cursor there.
DIFFERENT = {
    "qa.li": [{}, {"anything_else": "2", "courtesy_tone": "4"}, {"silent_caller": "N"}],
    "qa.zhou": [{"greeting_id": "2", "closing_phrase": "2"},
                {"anything_else": "2", "courtesy_tone": "3", "empathy": "4"},
                {"mandarin": "2"}],
}
COMMENT = "开场未报工号"


def sign_in(launch_app, database, login, script):
    run = launch_app(["--db", str(database), "--user", login, "--lang", "en"], script=script)
    assert not run.saw_first_run and run.exit_code == 0
    return run


def settled(page) -> bool:
    return not page.reading() and background_idle()


def click_row(view, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    QTest.qWait(50)


def click_tab(tabs, index: int) -> None:
    QTest.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(index).center())
    QTest.qWait(50)


def open_session(window, title: str):
    """The Calibration page, the session clicked in its list, its reads back."""
    page = go_to_page(window, CALIBRATION_PAGE)
    wait_until(lambda: settled(page), 30, "the calibration page is read")
    view = find(page, QTableView, "sessionsTable")
    titles = [view.model().row(n)["title"] for n in range(view.model().rowCount())]
    click_row(view, titles.index(title))
    wait_until(lambda: settled(page) and page.detail is not None and page.detail.summary.title == title, 30,
               "the session is read")
    return page


def tick(widget: QListWidget, wanted) -> None:
    """Keys on a list of check boxes: Home, then Space on each entry to change, Down to the next."""
    QTest.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton,
                     pos=widget.visualItemRect(widget.item(0)).center())
    press(Qt.Key.Key_Home, target=widget)
    for row in range(widget.count()):
        item = widget.item(row)
        if (item.checkState() == Qt.CheckState.Checked) != wanted(row, item):
            press(Qt.Key.Key_Space, target=widget)
        press(Qt.Key.Key_Down, target=widget)


def choose(combo: QComboBox, index: int) -> None:
    """A click opens the list; Down/Up to the entry, Enter picks it."""
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    wait_until(lambda: combo.view().isVisible(), 5, "the list opens")
    while combo.view().currentIndex().row() != index:
        press(Qt.Key.Key_Down if combo.view().currentIndex().row() < index else Qt.Key.Key_Up, target=combo.view())
    press(Qt.Key.Key_Return, target=combo.view())
    wait_until(lambda: not combo.view().isVisible() and combo.currentIndex() == index, 5, "the entry is picked")


def create_session(window, database, chosen: dict) -> None:
    """The lead's New session dialog: a title, one flagged candidate and two recent calls, two scorers,
    Zhou the expert; Enter creates it."""
    from qa_desktop.ui.calibration.new_session_dialog import NewSessionDialog

    page = go_to_page(window, CALIBRATION_PAGE)
    wait_until(lambda: settled(page), 30, "the calibration page is read")

    def fill(dialog):
        try:
            wait_until(lambda: dialog.loaded, 30, "the dialog's choices are read")
            title = dialog.findChild(QLineEdit)
            QTest.mouseClick(title, Qt.MouseButton.LeftButton)
            press(Qt.Key.Key_A, CTRL, target=title)
            type_text(TITLE, title)
            calls = find(dialog, QListWidget, "calibrationCalls")
            starred = [n for n in range(calls.count()) if calls.item(n).text().startswith("★")]
            recent = [n for n in range(calls.count()) if n not in starred][:2]
            keep = set(starred[:1] + recent)
            tick(calls, lambda row, _item: row in keep)
            chosen["calls"] = [calls.item(n).data(Qt.ItemDataRole.UserRole) for n in sorted(keep)]
            chosen["candidate"] = calls.item(starred[0]).data(Qt.ItemDataRole.UserRole) if starred else None
            people = find(dialog, QListWidget, "calibrationPeople")
            tick(people, lambda _row, item: item.text().endswith(("(qa.li)", "(qa.zhou)")))
            press(Qt.Key.Key_Tab, target=people)                    # on to the expert
            expert = find(dialog, QComboBox, "calibrationExpert")
            assert QApplication.focusWidget() is expert
            while not expert.currentText().endswith("(qa.zhou)"):
                press(Qt.Key.Key_Down, target=expert)
            press(Qt.Key.Key_Return, target=expert)                 # Enter creates the session
        except BaseException:
            dialog.reject()
            raise

    when_dialog_opens(fill, NewSessionDialog)
    click(find(page, QPushButton, "newCalibration"))
    wait_until(lambda: query_session_id(database) is not None, 20, "the session is created")


def query_session_id(database):
    rows = query(database, "SELECT id FROM calibration_sessions WHERE title = :t", t=TITLE)
    return rows[0][0] if rows else None


def score_blind(window, database, login: str, definition, typed: dict, calls_to_score: int) -> None:
    """The evaluator's blind scoring: the tab clicked, each item answered by its key, Ctrl+Enter."""
    page = open_session(window, TITLE)
    click_tab(page.tabs, 2)
    blind = page.blind

    def key(stroke, modifier=Qt.KeyboardModifier.NoModifier):
        # to the widget with the keyboard focus in the window (the offscreen platform may leave the
        # window inactive once the player has loaded a recording; a screen never does)
        target = window.focusWidget()
        if isinstance(stroke, str):
            type_text(stroke, target)
        else:
            press(stroke, modifier, target=target)

    for _ in range(calls_to_score):
        wait_until(lambda: blind.current() is not None and blind.current().status != "submitted"
                   and blind.panel.current_row() is blind.panel.rows[0], 20,
                   "a call to score, its first item in focus")
        call_id = blind.current().call_id
        position = [c.call_id for c in page.detail.calls].index(call_id)
        different = DIFFERENT[login][position]
        for _section, item in definition.items():
            if item.code in different:
                key(different[item.code])
                if isinstance(window.focusWidget(), QLineEdit):      # the comment this loss requires
                    key(COMMENT)
                    key(Qt.Key.Key_Return)                           # back to the item...
                    key(Qt.Key.Key_Down)                             # ...and on to the next
            else:
                for stroke in keys_for(item):
                    key(stroke)
        typed[(login, call_id)] = different
        if not window.isActiveWindow():  # shortcuts need an active window (see key())
            window.activateWindow()
            QTest.qWaitForWindowActive(window, 5000)
        key(Qt.Key.Key_Return, CTRL)                                 # submit
        wait_until(lambda c=call_id: any(e.call_id == c and e.status == "submitted" for e in blind.entries), 20,
                   "the score is submitted and the list read again")
        wait_until(lambda: settled(page), 20, "the page is read again")


def submitted(database, login: str) -> int:
    return query(database, "SELECT count(*) FROM evaluations e JOIN users u ON u.id = e.evaluator_id "
                           "JOIN calibration_sessions s ON s.id = e.calibration_session_id "
                           "WHERE u.login = :l AND s.title = :t AND e.kind = 'calibration' "
                           "AND e.status = 'submitted'", l=login, t=TITLE)[0][0]


def expected_answers(definition, different: dict) -> dict:
    answers = {}
    for _section, item in definition.items():
        key = different.get(item.code)
        if key is None:
            if item.type in ("yes_no", "yes_no_na"):
                answers[item.code] = "yes"
            elif item.type == "scale":
                answers[item.code] = max(o.value for o in item.options)
            elif item.type == "choice":
                answers[item.code] = max(item.options, key=lambda o: o.points).value
            else:
                answers[item.code] = [o.value for o in item.options]
        elif key == "N":
            answers[item.code] = "na"
        elif item.type in ("yes_no", "yes_no_na"):
            answers[item.code] = {"1": "yes", "2": "no"}[key]
        else:
            answers[item.code] = int(key)
    return answers


def report_json(database, session_id: int, login: str, capsys) -> tuple[int, dict | None]:
    capsys.readouterr()
    code = cli.main(["calibration", "report", str(session_id), "--db", str(database), "--user", login, "--json"])
    out = capsys.readouterr().out
    return code, (json.loads(out) if code == 0 else None)


def test_a_blind_calibration_session_from_the_new_session_dialog_to_the_report(launch_app, centre, tmp_path,
                                                                                capsys):
    definition = published_form(centre)
    chosen, typed = {}, {}

    sign_in(launch_app, centre, "qa.lead", lambda window: create_session(window, centre, chosen))
    session_id = query_session_id(centre)
    assert session_id is not None and len(chosen["calls"]) == 3

    def scorer(login, calls):
        return lambda window: score_blind(window, centre, login, definition, typed, calls)

    sign_in(launch_app, centre, "qa.li", scorer("qa.li", 3))
    sign_in(launch_app, centre, "qa.zhou", scorer("qa.zhou", 2))
    # Blind: Zhou, with a call still to score, is refused the report and so the others' answers; Li,
    # who has scored every call, may compare.
    code, _ = report_json(centre, session_id, "qa.zhou", capsys)
    assert code == 2
    code, li_view = report_json(centre, session_id, "qa.li", capsys)
    assert code == 0 and li_view["n_evaluations"] == 5
    sign_in(launch_app, centre, "qa.zhou", scorer("qa.zhou", 1))

    workbook = tmp_path / "calibration.xlsx"

    def lead_agrees_and_closes(window):
        from qa_desktop.ui.calibration.close_dialog import CloseSessionDialog

        page = open_session(window, TITLE)
        click_tab(page.tabs, 1)
        picker = find(page, QComboBox, "consensusCall")
        for position in range(3):
            call_id = chosen["calls"][position]
            choose(picker, picker.findData(call_id))
            wait_until(lambda c=call_id: page.matrix.call is not None and page.matrix.call["call_id"] == c, 10,
                       "the call's answers")
            click(find(page, QPushButton, "consensusFromMajority"))  # the expert's answer where they differ
            if position == 0:                                        # agreed after discussion: he did say it
                row = next(r for r in page.consensus_panel.rows if r.item.code == "greeting_id")
                row.ensure_visible()
                QTest.mouseClick(row, Qt.MouseButton.LeftButton, pos=row.title.geometry().center())
                type_text("1")
                QTest.mouseClick(row.comment, Qt.MouseButton.LeftButton)
                # typed into the note the click put the cursor in (the offscreen window may not hold focus)
                type_text("工号在问候语之后报出,视为合格", row.comment)
                press(Qt.Key.Key_Return, target=row.comment)
            click(find(page, QPushButton, "saveConsensus"))
            wait_until(lambda c=call_id: consensus_of(centre, session_id, c) is not None, 20,
                       "the consensus is saved")
            wait_until(lambda: settled(page), 20, "the page is read again")

        def close(dialog):
            type_text("问候语后报工号视为合格;安抚话术按第3版指引")
            press(Qt.Key.Key_Return, CTRL)                           # Ctrl+Enter closes it, as it submits
        when_dialog_opens(close, CloseSessionDialog)
        click(find(page, QPushButton, "closeCalibration"))
        wait_until(lambda: query(centre, "SELECT status FROM calibration_sessions WHERE id = :s",
                                 s=session_id)[0][0] == "closed", 20, "the session is closed")
        wait_until(lambda: settled(page), 20, "the page is read again")
        click_tab(page.tabs, 0)
        when_dialog_opens(type_file_name(workbook), QFileDialog)
        click(find(page, QPushButton, "exportReport"))
        wait_until(workbook.exists, 30, "the report workbook")

    sign_in(launch_app, centre, "qa.lead", lead_agrees_and_closes)

    # -- the database ---------------------------------------------------------------------------
    (status, notes, lead, expert, closed_at), = query(centre, """
        SELECT s.status, s.notes, l.login, x.login, s.closed_at FROM calibration_sessions s
        JOIN users l ON l.id = s.lead_id JOIN users x ON x.id = s.expert_id WHERE s.id = :s""", s=session_id)
    assert (status, lead, expert) == ("closed", "qa.lead", "qa.zhou") and closed_at is not None
    assert notes == "问候语后报工号视为合格;安抚话术按第3版指引"
    scorers = query(centre, "SELECT u.login FROM calibration_participants p JOIN users u ON u.id = p.user_id "
                            "WHERE p.session_id = :s ORDER BY u.login", s=session_id)
    assert scorers == [("qa.li",), ("qa.zhou",)]
    assert [c for (c,) in query(centre, "SELECT call_id FROM calibration_calls WHERE session_id = :s ORDER BY id",
                                s=session_id)] == chosen["calls"]
    scores = query(centre, """
        SELECT u.login, e.call_id, e.answers, e.comments, e.score FROM evaluations e
        JOIN users u ON u.id = e.evaluator_id WHERE e.calibration_session_id = :s AND e.kind = 'calibration'
          AND e.status = 'submitted'""", s=session_id)
    assert len(scores) == 6 and set(typed) == {(login, call) for login, call, *_ in scores}
    for login, call_id, answers, comments, stored in scores:
        answers, comments = json.loads(answers), json.loads(comments or "{}")
        assert answers == expected_answers(definition, typed[(login, call_id)]), (login, call_id)
        assert comments == ({"greeting_id": COMMENT} if "greeting_id" in typed[(login, call_id)] else {})
        assert f"{float(stored):.2f}" == f"{score(definition, answers, comments).total:.2f}"
    first = consensus_of(centre, session_id, chosen["calls"][0])
    zhou_first = expected_answers(definition, typed[("qa.zhou", chosen["calls"][0])])  # as zhou typed it
    assert first["answers"] == {**zhou_first, "greeting_id": "yes"}   # the expert's where they differed, then agreed
    assert first["notes"] == {"greeting_id": "工号在问候语之后报出,视为合格"}
    for call_id in chosen["calls"][1:]:
        assert consensus_of(centre, session_id, call_id)["answers"] == expected_answers(
            definition, typed[("qa.zhou", call_id)])
    actions = [a for (a,) in query(centre, "SELECT action FROM audit_log WHERE entity = 'calibration_session' "
                                           "AND entity_id = :s ORDER BY id", s=session_id)]
    assert actions == ["create", "record_consensus", "record_consensus", "record_consensus", "close"]
    if chosen["candidate"] is not None:  # the flag that proposed a call is settled, saying where
        resolutions = query(centre, "SELECT resolution, resolution_note FROM flags WHERE call_id = :c "
                                    "AND kind = 'calibration'", c=chosen["candidate"])
        assert resolutions and all(r == "confirmed" and f"#{session_id}" in note for r, note in resolutions)

    # -- the report -----------------------------------------------------------------------------
    code, report = report_json(centre, session_id, "qa.zhou", capsys)  # closed: everyone sees it
    assert code == 0 and report["n_evaluations"] == 6
    totals = {(login, call): float(stored) for login, call, _a, _c, stored in scores}
    raters = ["qa.li", "qa.zhou"]
    matrix = [[totals[(r, c)] for c in chosen["calls"]] for r in raters]
    # the report gives six decimals
    alpha = next(s for s in report["agreement"][0]["statistics"] if s["statistic"] == "alpha")
    assert alpha["computable"] and alpha["value"] == pytest.approx(
        krippendorff.alpha(reliability_data=matrix, level_of_measurement="interval"), abs=5e-7)
    # pooled as the report pools them: yes/no, choice and checklist items (a checklist's ticks as one answer)
    nominal_items = [i.code for _s, i in definition.items() if i.type in ("yes_no", "yes_no_na", "choice", "checklist")]
    by_login = {(login, call): json.loads(a) for login, call, a, _c, _t in scores}
    codes = {}
    def answer_key(answer):
        return "|".join(sorted(map(str, answer))) if isinstance(answer, list) else str(answer)

    pooled = [[codes.setdefault(answer_key(by_login[(r, c)][item]), len(codes)) for c in chosen["calls"]
               for item in nominal_items] for r in raters]
    nominal = next(b for b in report["agreement"] if b["what"] == "yes_no_items")
    nominal_alpha = next(s for s in nominal["statistics"] if s["statistic"] == "alpha")
    assert nominal_alpha["value"] == pytest.approx(
        krippendorff.alpha(reliability_data=pooled, level_of_measurement="nominal"), abs=5e-7)
    consensus_totals = {c["call_id"]: c["consensus_total"] for c in report["calls"]}
    assert all(consensus_totals[c] is not None for c in chosen["calls"])

    from openpyxl import load_workbook

    book = load_workbook(workbook, read_only=True)
    cells = [value for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for value in row]
    book.close()
    assert any(isinstance(v, float) and v == pytest.approx(alpha["value"], abs=5e-4) for v in cells)


def consensus_of(database, session_id: int, call_id: int) -> dict | None:
    (answers, notes), = query(database, "SELECT consensus_answers, consensus_notes FROM calibration_calls "
                                        "WHERE session_id = :s AND call_id = :c", s=session_id, c=call_id)
    if answers is None:
        return None
    return {"answers": json.loads(answers), "notes": json.loads(notes or "{}")}
