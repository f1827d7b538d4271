"""Starting the GUI: language, database, the current user, the main window."""
from __future__ import annotations

import json
import os
import sys
import tempfile
import traceback

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from qa_desktop import APP_NAME, ORGANIZATION, ORGANIZATION_DOMAIN, __version__, paths
from qa_desktop.core.db import open_database
from qa_desktop.core.errors import QADesktopError
from qa_desktop.core.users import ensure_user
from qa_desktop.ui import i18n
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.crash import install_excepthook
from qa_desktop.ui.open_database import open_database_interactively
from qa_desktop.ui.settings import AppSettings


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("qa-desktop")  # Wayland/X11 match the window to packaging/linux/qa-desktop.desktop
    icon = paths.resource("icons", "qa-desktop.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_gui(args) -> int:
    from qa_desktop.ui.main_window import MainWindow

    app = create_application()
    install_excepthook()
    settings = AppSettings()
    language = i18n.install_language(getattr(args, "lang", None) or settings.language or i18n.system_language())
    target = getattr(args, "db", None) or settings.database or None
    shared = True if getattr(args, "shared", False) or settings.shared_for(target) else None
    opened = open_database_interactively(None, target, settings, shared, login=getattr(args, "user", None))
    if opened is None and target is not None and getattr(args, "db", None) is None:
        # The remembered database is gone (a disconnected share): fall back to the local one.
        opened = open_database_interactively(None, None, settings, None, login=getattr(args, "user", None))
    if opened is None:
        return 1
    database, user = opened
    ctx = AppContext(database, user, settings)
    ctx.language = language
    window = MainWindow(ctx)
    window.show()
    code = app.exec()
    ctx.db.dispose()
    return code


def run_smoke_test(args) -> int:
    """Hidden ``--smoke-test``: can this build open its GUI? Used by packaging/check_build.py.

    Opens the main window on a temporary database (settings and language come from the usual
    places), shows every page, asks for the multimedia backend's decoders and the ffmpeg in use,
    prints one JSON line and quits once the event loop has run. Exit code 1 on any exception.
    """
    from qa_desktop.ui.main_window import MainWindow, UnavailablePage
    from qa_desktop.ui.pages import PAGES

    app = create_application()
    settings = AppSettings()
    language = i18n.install_language(getattr(args, "lang", None) or settings.language or "en")
    report = {"version": __version__, "language": language, "settings": settings.store.fileName(),
              "resources": str(paths.resources_dir()), "translations": str(paths.translations_dir())}
    with tempfile.TemporaryDirectory(prefix="qa-desktop-smoke-") as folder:
        database = open_database(os.path.join(folder, "smoke.sqlite3"))
        user = ensure_user(database, "smoke-test")
        database.user_login = user.login
        ctx = AppContext(database, user, settings)
        ctx.language = language
        window = MainWindow(ctx)
        window.show()

        def visit_everything():
            try:
                report["pages"] = {spec.key: "unavailable" if isinstance(window.show_page(spec.key), UnavailablePage)
                                   else "ok" for spec in PAGES}
                report["window_title"] = window.windowTitle()
                report["settings_page_title"] = QCoreApplication.translate("Pages", "Settings")
                report["translators"] = len(i18n._installed)  # ours + Qt's own when not English
                report["window_icon"] = not app.windowIcon().pixmap(32, 32).isNull()  # SVG plugin present
                from PySide6.QtMultimedia import QMediaFormat

                decoders = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
                report["multimedia_decoders"] = len(decoders)
                from qa_desktop.core.audio.ffmpeg import ffmpeg_exe

                try:
                    report["ffmpeg"] = ffmpeg_exe()
                except QADesktopError as error:
                    report["ffmpeg"] = None
                    report["ffmpeg_error"] = str(error)
                app.exit(0)
            except BaseException:  # noqa: BLE001 - the traceback is the result of the test
                traceback.print_exc()
                app.exit(1)

        QTimer.singleShot(0, visit_everything)
        code = app.exec()
        window.close()
        ctx.db.dispose()
    print(json.dumps(report, ensure_ascii=False), flush=True)
    return code
