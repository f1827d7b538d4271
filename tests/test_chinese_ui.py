"""A person using QA Desktop in 简体中文 or 繁體中文 never reads English, an item code or a status code.

Walks every page as a QA lead, a team lead and an evaluator on the demo call centre: opens a call,
selects the first row of every table, opens every dialog a button leads to, and reads everything
visible (labels, buttons, tables, tooltips, charts). Any Latin word that is not a key, a unit, a
file format or a name from the data fails the test, with where it was seen.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QDialog, QPushButton, QToolButton
from ui_text_walk import english_on_screen, latin_words

from qa_desktop.core.db import open_database
from qa_desktop.core.demo import DemoOptions, build_demo
from qa_desktop.ui import i18n

# Buttons that end the walk (closing the window) or change who is signed in.
NOT_CLICKED = {"submit", "quit", "signOut"}


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    database = open_database(folder / "demo.sqlite3")
    database.user_login = "qa.li"  # the demo's work queue belongs to this evaluator
    build_demo(database, DemoOptions(agents=8, calls=120, months=2, recordings=1, queue_size=4,
                                     recording_dir=folder / "recordings"))
    database.dispose()
    return folder / "demo.sqlite3"


def _names(database) -> set[str]:
    """Words of the data itself (logins, agent codes, call ids, team names) that may be Latin."""
    from sqlalchemy import select

    from qa_desktop.core.db.models import Agent, Call, Team, User

    words: set[str] = set()
    with database.read() as session:
        for column in (User.login, User.display_name, Agent.agent_code, Agent.name, Team.name, Call.external_id,
                       Call.queue):
            for value in session.scalars(select(column).distinct()):
                words.update(str(value or "").replace(".", " ").replace("-", " ").split())
    import getpass

    words.add(getpass.getuser())
    if database.path is not None:  # the database's own file name, which the file dialogs may offer
        words.update(database.path.stem.replace("_", " ").replace("-", " ").split())
    return words


def _pump(ms: int) -> None:
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _window(demo_path, login: str, language: str):
    from qa_desktop.core.users import find_user
    from qa_desktop.ui.context import AppContext
    from qa_desktop.ui.main_window import MainWindow
    from qa_desktop.ui.settings import AppSettings

    i18n.install_language(language)
    database = open_database(demo_path)
    user = find_user(database, login)
    database.user_login = user.login
    context = AppContext(database, user, AppSettings())
    context.language = language
    window = MainWindow(context)
    window.resize(1366, 768)
    window.show()
    return window


def _each_tab(page, window):
    """Yields (the tab's name) once for the page as it opens, then once for every tab of its tab
    widgets, that tab shown: what a page keeps behind its other tabs is read too."""
    from PySide6.QtWidgets import QTabWidget

    yield ""
    for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(window)]:
        for index in range(1, tabs.count()):
            if not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            _pump(500)
            yield f" tab {index}"
        tabs.setCurrentIndex(0)


def _walk(window, qtbot, *, dialogs: bool) -> list[str]:
    from qa_desktop.ui.pages import PAGES

    names = _names(window.ctx.db)
    found: list[str] = []
    seen_dialogs: set[str] = set()

    def read_dialog():
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        key = type(modal).__name__ + modal.windowTitle()
        if key not in seen_dialogs:
            seen_dialogs.add(key)
            found.extend(f"dialog {type(modal).__name__}: {line}" for line in english_on_screen(modal, names))
        modal.reject() if isinstance(modal, QDialog) else modal.close()

    sweeper = QTimer()
    sweeper.timeout.connect(read_dialog)
    sweeper.start(100)
    try:
        for spec in PAGES:
            page = window.show_page(spec.key)
            _pump(600)
            if spec.key == "workspace" and window.ctx.user.login == "qa.li":
                qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
                _pump(1200)
                assert page.session is not None, "the evaluator's next call did not open"
            for where in _each_tab(page, window):
                for view in page.findChildren(QAbstractItemView):
                    model = view.model()
                    if view.isVisibleTo(window) and model is not None and model.rowCount() > 0:
                        view.setCurrentIndex(model.index(0, 0))
                        _pump(150)
                found.extend(f"{spec.key}{where}: {line}" for line in english_on_screen(page, names))
                if not dialogs:
                    continue
                for button in page.findChildren(QAbstractButton):
                    try:
                        if not isinstance(button, (QPushButton, QToolButton)) or button.objectName() in NOT_CLICKED \
                                or not (button.isVisibleTo(window) and button.isEnabled()):
                            continue
                        button.click()
                    except RuntimeError:  # deleted by a page refresh meanwhile
                        continue
                    _pump(250)
        if dialogs:  # File and Help: what opens a dialog (About, Open database, Back up, Load demo data)
            for action in [*window.file_menu.actions(), *window.help_menu.actions()]:
                if action in (window.quit_action, window.log_folder_action) or not action.isEnabled():
                    continue
                action.trigger()
                _pump(1500)
        found.extend(f"window: {line}" for line in english_on_screen(window, names))
        for top in window.menuBar().actions():
            for action in [top, *(top.menu().actions() if top.menu() else [])]:
                if latin_words(action.text(), names):
                    found.append(f"menu: {action.text()!r}")
    finally:
        sweeper.stop()
    return sorted(set(found))


@pytest.mark.parametrize("login", ["qa.lead", "tl.1", "qa.li"])
def test_every_page_in_simplified_chinese_has_no_english(demo_path, qtbot, login):
    window = _window(demo_path, login, "zh_CN")
    qtbot.addWidget(window)
    try:
        english = _walk(window, qtbot, dialogs=login == "qa.lead")
    finally:
        window.ctx.db.dispose()
        i18n.install_language("en")
    assert english == [], "\n".join(english)


def test_every_page_in_traditional_chinese_has_no_english(demo_path, qtbot):
    window = _window(demo_path, "qa.lead", "zh_TW")
    qtbot.addWidget(window)
    try:
        english = _walk(window, qtbot, dialogs=False)
    finally:
        window.ctx.db.dispose()
        i18n.install_language("en")
    assert english == [], "\n".join(english)


def test_switching_language_live_retranslates_the_open_call_and_the_reports(demo_path, qtbot):
    """An evaluator with a call open and the reports drawn switches to 简体中文 in Settings: every page,
    the open call and the charts speak Chinese at once, without a restart."""
    window = _window(demo_path, "qa.li", "en")
    qtbot.addWidget(window)
    try:
        workspace = window.show_page("workspace")
        _pump(500)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        _pump(1200)
        assert workspace.session is not None
        reports = window.show_page("reports")
        _pump(1500)
        settings = window.show_page("settings")
        settings.language.setCurrentIndex(settings.language.findData("zh_CN"))
        _pump(1500)
        # the charts are read again and rendered in the background: wait for that, however loaded the machine
        qtbot.waitUntil(lambda: reports._task is None and reports._render_task is None, timeout=60000)
        english = _walk(window, qtbot, dialogs=False)
    finally:
        window.ctx.db.dispose()
        i18n.install_language("en")
    assert english == [], "\n".join(english)


def test_date_pickers_name_months_and_weekdays_in_chinese_on_an_english_system(demo_path, qtbot):
    """On an English Windows a person switches to 简体中文: the calendar of every date picker (coaching's
    date, follow-up and due dates…) named the month and the weekdays in English ("December", "Sun Mon
    Tue"), as Qt's own widgets followed the system's locale, not the chosen language."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QDateEdit

    QLocale.setDefault(QLocale("en_US"))  # the system's locale on an English Windows
    window = _window(demo_path, "qa.lead", "en")
    qtbot.addWidget(window)
    try:
        coaching = window.show_page("coaching")  # its date pickers exist before the switch
        _pump(500)
        settings = window.show_page("settings")
        settings.language.setCurrentIndex(settings.language.findData("zh_CN"))
        _pump(500)
        window.show_page("coaching")
        _pump(300)
        edit = next(e for e in coaching.findChildren(QDateEdit) if e.isVisibleTo(window) and e.calendarPopup())
        from PySide6.QtCore import QPoint

        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))  # ▾
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=5000)
        popup = QApplication.activePopupWidget()
        english = english_on_screen(popup, _names(window.ctx.db))
        popup.close()
    finally:
        window.ctx.db.dispose()
        i18n.install_language("en")
    assert english == [], "\n".join(english)
