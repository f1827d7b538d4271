"""Each role's main work on the demo call centre, entered through `qa-desktop --db FILE --user LOGIN`.

The demo is loaded once through the GUI (conftest.demo_centre: a new database, the first-run dialog
confirmed with Enter, File → Load demo data); each test signs in as one of the demo's people on
its own copy, works with keys and clicks, and checks the database and the files written.
"""
from __future__ import annotations

import json

from acceptance_support import go_to_page, press, query, type_text, wait_until
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from qa_desktop.core.scoring import FormDefinition, score

CTRL = Qt.KeyboardModifier.ControlModifier


def sign_in(launch_app, database, login, script):
    run = launch_app(["--db", str(database), "--user", login, "--lang", "en"], script=script)
    assert not run.saw_first_run and run.exit_code == 0
    return run


def keys_for(item) -> list:
    """Full marks on ``item`` from the keyboard: 1 = yes, the best option's number, every box ticked."""
    if item.type in ("yes_no", "yes_no_na"):
        return ["1"]
    if item.type == "scale":
        return [str(max(option.value for option in item.options))]
    if item.type == "choice":
        return [str(1 + max(range(len(item.options)), key=lambda n: item.options[n].points))]
    return [str(n) for n in range(1, len(item.options) + 1)] + [Qt.Key.Key_Down]  # checklist, then on


def published_form(database) -> FormDefinition:
    (definition,), = query(database, "SELECT definition FROM form_versions WHERE published_at IS NOT NULL "
                                     "ORDER BY id DESC LIMIT 1")
    return FormDefinition.from_dict(json.loads(definition) if isinstance(definition, str) else definition)


def test_evaluator_scores_the_next_call_from_the_keyboard(launch_app, centre):
    definition = published_form(centre)
    waiting = query(centre, "SELECT count(*) FROM assignments a JOIN users u ON u.id = a.evaluator_id "
                            "LEFT JOIN evaluations e ON e.call_id = a.call_id "
                            "WHERE u.login = 'qa.li' AND e.id IS NULL")[0][0]
    assert waiting >= 1, "the demo leaves the evaluator calls to score"

    def work(window):
        page = go_to_page(window, 1)
        page.setFocus()
        press(Qt.Key.Key_N, CTRL)                                    # next call
        wait_until(lambda: getattr(page, "call", None) is not None, 20, "a call opens")
        player = page.player
        if not player.is_playing:
            press(Qt.Key.Key_Space, CTRL)                            # play
        wait_until(lambda: player.position() > 500, 20, "the recording plays")
        press(Qt.Key.Key_M, CTRL)                                    # a note at the current position
        type_text("客户两次要求重复,坐席语速过快")
        press(Qt.Key.Key_Return)
        for _section, item in definition.items():                    # every item, full marks
            for stroke in keys_for(item):
                if isinstance(stroke, str):
                    type_text(stroke)
                else:
                    press(stroke)
        press(Qt.Key.Key_Return, CTRL)                               # submit
        wait_until(lambda: query(centre, "SELECT count(*) FROM evaluations e JOIN users u ON u.id = e.evaluator_id"
                                         " WHERE u.login = 'qa.li' AND e.status = 'submitted' AND e.call_id = :c",
                                 c=page.call.id)[0][0] == 1 if page.call else False, 20, "the submitted evaluation")

    sign_in(launch_app, centre, "qa.li", work)

    rows = query(centre, "SELECT e.id, e.answers, e.comments, e.score, e.call_id FROM evaluations e "
                         "JOIN users u ON u.id = e.evaluator_id JOIN assignments a ON a.call_id = e.call_id "
                         "AND a.evaluator_id = u.id WHERE u.login = 'qa.li' AND e.status = 'submitted' "
                         "AND e.submitted_at >= (SELECT max(created_at) FROM users)")
    assert len(rows) == 1
    evaluation_id, answers, comments, stored_score, call_id = rows[0]
    answers = json.loads(answers)
    assert set(answers) == set(definition.item_codes())
    assert f"{float(stored_score):.2f}" == f"{score(definition, answers, json.loads(comments)).total:.2f}"
    notes = query(centre, "SELECT text, position_ms, evaluation_id FROM annotations WHERE call_id = :c", c=call_id)
    assert [(text, evaluation) for text, _ms, evaluation in notes] == [("客户两次要求重复,坐席语速过快", evaluation_id)]
    assert notes[0][1] > 0
    assert QApplication.activeModalWidget() is None
