"""A button is enabled only for the roles that may press it; an evaluator's keys change nothing they may not."""
from __future__ import annotations

from acceptance_support import find, go_to_page, press, query, wait_until
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView

CTRL = Qt.KeyboardModifier.ControlModifier
WRITES = ("SELECT count(*) FROM team_lead_reviews", "SELECT count(*) FROM disputes",
          "SELECT count(*) FROM disputes WHERE status != 'open'", "SELECT count(*) FROM samples",
          "SELECT count(*) FROM form_versions", "SELECT count(*) FROM calibration_sessions",
          "SELECT count(*) FROM flags WHERE resolution != 'open'")


def _buttons(window, pages: dict[int, list[str]]) -> dict[str, bool]:
    enabled = {}
    for number, names in pages.items():
        page = go_to_page(window, number)
        for name in names:
            enabled[name] = find(page, QPushButton, name).isEnabled()
    return enabled


def test_an_evaluator_sees_the_leads_buttons_disabled_and_their_keys_do_nothing(launch_app, centre):
    before = [query(centre, sql) for sql in WRITES]
    seen = {}

    def look_and_press(window):
        page = go_to_page(window, 5)
        wait_until(lambda: not page.is_loading(), 20, "the review queue is read")
        queue = find(page, QTableView, "reviewQueue")
        if queue.model().rowCount():
            queue.setFocus()
            queue.selectRow(0)
        seen.update(_buttons(window, {5: ["confirmReview", "adjustReview", "recordDispute", "decideDispute",
                                          "founded", "unfounded"],
                                      4: ["drawSample", "assignSample", "savePlan"], 3: ["publishForm"],
                                      7: ["newCalibration"], 6: ["saveCoaching"]}))
        page = go_to_page(window, 5)
        page.setFocus()
        for key, modifier in ((Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Space, CTRL),
                              (Qt.Key.Key_S, CTRL), (Qt.Key.Key_Return, CTRL), (Qt.Key.Key_N, CTRL)):
            press(key, modifier, target=page)
        go_to_page(window, 4)
        press(Qt.Key.Key_Return)

    launch_app(["--db", str(centre), "--user", "qa.li", "--lang", "en"], script=look_and_press)

    assert seen == {"confirmReview": False, "adjustReview": False, "recordDispute": False, "decideDispute": False,
                    "founded": False, "unfounded": False, "drawSample": False, "assignSample": False,
                    "savePlan": False, "publishForm": False, "newCalibration": False,
                    "saveCoaching": True}                           # evaluators do log coaching
    assert [query(centre, sql) for sql in WRITES] == before


def test_a_team_lead_may_review_but_not_decide_and_a_manager_only_reads(launch_app, centre):
    seen = {}
    launch_app(["--db", str(centre), "--user", "tl.1", "--lang", "en"], script=lambda w: seen.update(
        lead=_buttons(w, {5: ["decideDispute", "founded"], 4: ["drawSample"], 6: ["saveCoaching"]})))
    launch_app(["--db", str(centre), "--user", "manager", "--lang", "en"], script=lambda w: seen.update(
        manager=_buttons(w, {5: ["founded"], 4: ["drawSample"], 6: ["saveCoaching"], 7: ["newCalibration"]})))
    assert seen == {"lead": {"decideDispute": False, "founded": True, "drawSample": False, "saveCoaching": True},
                    "manager": {"founded": False, "drawSample": False, "saveCoaching": False,
                                "newCalibration": False}}
