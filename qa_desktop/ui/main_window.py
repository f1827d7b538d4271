"""The main window: navigation on the left, the current page on the right, a status bar."""
from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from qa_desktop import __version__
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.crash import open_log_folder
from qa_desktop.ui.messages import describe_error
from qa_desktop.ui.open_database import open_database_interactively
from qa_desktop.ui.pages import PAGES, PageSpec, load_page_class
from qa_desktop.ui.tasks import run_in_background


class UnavailablePage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("This part of QA Desktop is not included in this build."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.pages: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(190)
        self.nav.setStyleSheet("QListWidget#navigation { border: none; background: #f3f4f6; }"
                               "QListWidget#navigation::item { padding: 7px 10px; }")
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard belongs to the page; Ctrl+digits navigate
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([160, 1200])
        self.welcome = self._build_welcome_banner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.welcome)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        for index, spec in enumerate(PAGES):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the real page when first shown
            if index < 9:
                action = QAction(self)
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
                action.triggered.connect(lambda _=False, i=index: self.nav.setCurrentRow(i))
                self.addAction(action)
        self.nav.currentRowChanged.connect(self._show_page)
        self._build_menus()
        self._status = QLabel()
        self._target = QLabel()  # the evaluator's month against their target (seed 001: ~700 scored)
        self._target.setObjectName("monthTarget")
        self.statusBar().addPermanentWidget(self._target)
        self.statusBar().addPermanentWidget(self._status)
        ctx.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
        ctx.databaseChanged.connect(self._on_database_changed)
        ctx.dataChanged.connect(lambda _entity: self._update_welcome())
        ctx.dataChanged.connect(lambda entity: self._update_target() if entity in ("evaluation", "all") else None)
        ctx.openCallRequested.connect(lambda _call_id: self.show_page("workspace"))
        self.retranslate()
        self._update_welcome()
        self.resize(1366, 768)
        self.nav.setCurrentRow(0)

    # -- pages ---------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        index = next(i for i, spec in enumerate(PAGES) if spec.key == key)
        return self._ensure_page(index)

    def show_page(self, key: str) -> QWidget:
        index = next(i for i, spec in enumerate(PAGES) if spec.key == key)
        self.nav.setCurrentRow(index)
        return self._ensure_page(index)

    def _ensure_page(self, index: int) -> QWidget:
        spec: PageSpec = PAGES[index]
        if spec.key not in self.pages:
            cls = load_page_class(spec)
            page = cls(self.ctx) if cls is not None else UnavailablePage()
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.pages[spec.key] = page
            # What the window keeps for the session (its modules, pages and widgets) leaves the cyclic
            # collector's sight: a full collection, set off by any thread's allocations (a background
            # read's rows), walked all of it holding the interpreter lock and froze the window 50-150 ms
            gc.freeze()
        return self.pages[spec.key]

    def _show_page(self, index: int) -> None:
        if index < 0:
            return
        page = self._ensure_page(index)
        self.stack.setCurrentIndex(index)
        if hasattr(page, "activate"):
            page.activate()

    # -- welcome banner (an empty database) ----------------------------------------------------
    def _build_welcome_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("welcomeBanner")
        banner.setStyleSheet("#welcomeBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }")
        row = QHBoxLayout(banner)
        self.welcome_label = QLabel()
        self.welcome_label.setWordWrap(True)
        self.welcome_demo = QPushButton()
        self.welcome_demo.clicked.connect(self.load_demo_data)
        self.welcome_import = QPushButton()
        self.welcome_import.clicked.connect(self.import_recordings)
        row.addWidget(self.welcome_label, 1)
        row.addWidget(self.welcome_demo)
        row.addWidget(self.welcome_import)
        return banner

    def _update_welcome(self) -> None:
        from qa_desktop.core.overview import library_counts

        empty = library_counts(self.ctx.db)["calls"] == 0
        self.welcome.setVisible(empty)
        # the demo goes into an empty database only: offered there, its refusal never reaches a person
        self.demo_action.setEnabled(empty)

    def import_recordings(self) -> None:
        try:
            from qa_desktop.ui.library.import_dialog import ImportDialog
        except ImportError:
            self.show_page("library")
            return
        dialog = ImportDialog(self.ctx, self)
        dialog.exec()
        self.ctx.dataChanged.emit("call")

    # -- menus ---------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.open_action = self.file_menu.addAction("", self.open_database)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.demo_action = self.file_menu.addAction("", self.load_demo_data)
        self.demo_action.setObjectName("loadDemo")
        self.backup_action = self.file_menu.addAction("", self.backup_database)
        self.file_menu.addSeparator()
        self.quit_action = self.file_menu.addAction("", self.close)
        # Not StandardKey.Quit: it is empty on Windows and on some Linux platforms.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.help_menu = bar.addMenu("")
        self.log_folder_action = self.help_menu.addAction("", open_log_folder)
        self.about_action = self.help_menu.addAction("", self.show_about)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("QA Desktop") + f" — {self.ctx.user.display_name}")
        for index, spec in enumerate(PAGES):
            title = QCoreApplication.translate("Pages", spec.title)
            shortcut = f"  Ctrl+{index + 1}" if index < 9 else ""
            self.nav.item(index).setText(title)
            self.nav.item(index).setToolTip(title + shortcut)
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("Open database…"))
        self.demo_action.setText(self.tr("Load demo data"))
        self.backup_action.setText(self.tr("Back up database…"))
        self.quit_action.setText(self.tr("Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.log_folder_action.setText(self.tr("Open log folder"))
        self.about_action.setText(self.tr("About QA Desktop"))
        self.welcome_label.setText(self.tr(
            "This database has no calls yet. Load the demo call centre to try QA Desktop, or import your "
            "recordings (a folder, a network share, with or without a manifest)."))
        self.welcome_demo.setText(self.tr("Load demo data"))
        self.welcome_import.setText(self.tr("Import recordings…"))
        mode = self.tr("shared") if self.ctx.db.shared else self.tr("local")
        self._status.setText(self.tr("Database: {0} ({1}) · User: {2}").format(
            self.ctx.db.display_name, mode, self.ctx.user.display_name))
        self._update_target()

    def _update_target(self) -> None:
        from qa_desktop.core.db.models import Role
        from qa_desktop.core.workflow.targets import month_progress

        if self.ctx.user.role != Role.EVALUATOR:
            self._target.setText("")
            return
        try:
            progress = month_progress(self.ctx.db, self.ctx.user.login)
        except Exception:  # noqa: BLE001 - a status line must never break the window; the log says why
            logging.getLogger(__name__).warning("monthly target progress unavailable", exc_info=True)
            self._target.setText("")
            return
        self._target.setText(self.tr("This month: {0} of {1} scored, {2} of {3} topic calls").format(
            progress["scored"], progress["target_scored"], progress["topic_listens"],
            progress["target_topic_listens"]))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- actions -------------------------------------------------------------------------------
    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), "",
                                              self.tr("QA Desktop database (*.sqlite3 *.sqlite *.db);;All files (*)"))
        if not path:
            return
        # The signed-in person stays who they are (not the OS login) in the other database.
        opened = open_database_interactively(self, path, self.ctx.settings,
                                             shared=True if self.ctx.settings.shared_for(path) else None,
                                             login=self.ctx.user.login)
        if opened is not None:
            database, user = opened
            self.ctx.settings.database = path
            self.ctx.set_database(database, user)

    def _on_database_changed(self) -> None:
        gc.unfreeze()  # the pages about to go may then be collected
        for page in list(self.pages.values()):
            index = self.stack.indexOf(page)
            placeholder = QWidget()
            self.stack.insertWidget(index, placeholder)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.retranslate()
        self._show_page(self.nav.currentRow())

    def load_demo_data(self) -> None:
        from qa_desktop.core.demo import DemoOptions, build_demo
        from qa_desktop.core.overview import library_counts

        if library_counts(self.ctx.db)["calls"]:  # a colleague's import since the menu was last updated
            self._update_welcome()
            QMessageBox.information(self, self.tr("Load demo data"), self.tr(
                "This database already has calls; the demo is loaded into an empty database only."))
            return
        task = run_in_background(self, build_demo, self.ctx.db, DemoOptions(),
                                 title=self.tr("Load demo data"),
                                 label=self.tr("Creating teams, agents, calls and recordings…"))
        task.succeeded.connect(lambda _summary: (self.ctx.dataChanged.emit("all"),
                                                 self.ctx.statusMessage.emit(self.tr("Demo data loaded."))))
        task.failed.connect(lambda error: QMessageBox.warning(self, self.tr("Demo data"), describe_error(error)))

    def backup_database(self) -> None:
        from qa_desktop.core.db.backup import backup_to

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up database"), self.tr("qa_desktop_backup.sqlite3"),
                                              self.tr("SQLite database (*.sqlite3)"))
        if not path:
            return
        task = run_in_background(self, backup_to, self.ctx.db, path, pass_progress=False,
                                 title=self.tr("Back up database"), label=self.tr("Copying…"))
        task.succeeded.connect(lambda written: self.ctx.statusMessage.emit(
            self.tr("Backup written to {0}").format(written)))
        task.failed.connect(lambda error: QMessageBox.warning(self, self.tr("Back up database"), describe_error(error)))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About QA Desktop"), self.tr(
            "{0} {1}\nOffline, keyboard-first quality evaluation for call centres.").format(
            self.tr("QA Desktop"), __version__))  # the product's name in the user's language (质检工作台)
