"""Fixtures of the acceptance tests; the harness itself is in acceptance_support.py."""
from __future__ import annotations

import shutil

import pytest
from acceptance_support import AppRun, background_idle, choose_menu_item, query, wait_until
from PySide6.QtWidgets import QApplication


@pytest.fixture
def launch_app(qapp):
    def launch(argv, **kwargs) -> AppRun:
        run = AppRun(argv, **kwargs)
        run.run()
        return run

    yield launch
    QApplication.processEvents()
    from qa_desktop.ui import i18n

    i18n.install_language("en")  # a run with --lang zh_CN must not leave later tests in Chinese


@pytest.fixture(scope="session")
def demo_centre(qapp, tmp_path_factory):
    """A new database, its first person through the first-run dialog, the demo loaded from the File menu.

    Built once through the GUI (the demo takes a minute); each test works on its own copy of the file.
    The recordings stay in the folder beside the original, where the copies' calls point.
    """
    base = tmp_path_factory.mktemp("centre")
    database = base / "centre.sqlite3"

    def load_demo(window):
        choose_menu_item(window, "fileMenu", "loadDemo")
        wait_until(lambda: query(database, "SELECT count(*) FROM calls")[0][0] > 0, 600, "the demo's calls")
        wait_until(background_idle, 600, "the demo's background task")

    with pytest.MonkeyPatch.context() as env:
        for name in ("DATA", "CACHE", "SETTINGS"):
            env.setenv(f"QA_DESKTOP_{name}_DIR", str(base / name.lower()))
        env.setenv("QA_DESKTOP_USER", "tester")
        run = AppRun(["--db", str(database), "--lang", "en"], script=load_demo, timeout_s=900)
        run.run()
    assert run.saw_first_run
    return database


@pytest.fixture
def centre(demo_centre, tmp_path):
    """This test's own copy of the demo call centre."""
    copy = tmp_path / "centre.sqlite3"
    shutil.copy(demo_centre, copy)
    return copy
