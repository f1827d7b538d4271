"""The main window: navigation, language switch, settings kept between runs."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qa_desktop.core.users import ensure_user
from qa_desktop.ui import i18n
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.pages import PAGES
from qa_desktop.ui.settings import AppSettings


@pytest.fixture
def window(qtbot, sqlite_db):
    from qa_desktop.ui.main_window import MainWindow

    user = ensure_user(sqlite_db, "tester", "测试员")
    ctx = AppContext(sqlite_db, user, AppSettings())
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    yield main
    i18n.install_language("en")


def test_every_page_opens_from_the_keyboard(window, qtbot):
    for index, spec in enumerate(PAGES[:9]):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentIndex() == index
        assert window.pages[spec.key] is window.stack.currentWidget()


def test_language_switch_retranslates_the_window_and_is_remembered(window, qtbot):
    settings_page = window.show_page("settings")
    settings_page.language.setCurrentIndex(settings_page.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "工作队列")
    assert window.file_menu.title() == "文件(&F)"
    assert settings_page.database_box.title() == "数据库"
    assert AppSettings().language == "zh_CN"
    settings_page.language.setCurrentIndex(settings_page.language.findData("en"))
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Work queue")


def test_status_bar_names_the_database_and_user(window, sqlite_db):
    assert str(sqlite_db.path) in window._status.text()
    assert "测试员" in window._status.text()


def test_empty_database_offers_demo_data_and_hides_the_offer_once_loaded(window, qtbot, tmp_path):
    from qa_desktop.core.demo import DemoOptions, build_demo

    assert window.welcome.isVisible()
    build_demo(window.ctx.db, DemoOptions(agents=4, calls=12, months=1, recordings=0))
    window.ctx.dataChanged.emit("all")
    assert not window.welcome.isVisible()
