"""Settings: language, which database (local or shared), and who the current user is."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop import paths
from qa_desktop.ui import i18n
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.open_database import open_database_interactively
from qa_desktop.ui.roles import role_title
from qa_desktop.ui.settings import LANGUAGES


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)

        self.language_box = QGroupBox()
        language_form = QFormLayout(self.language_box)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.language)))
        self.language.currentIndexChanged.connect(self._change_language)
        self.language_label = QLabel()
        language_form.addRow(self.language_label, self.language)

        self.database_box = QGroupBox()
        database_form = QFormLayout(self.database_box)
        self.database_path = QLineEdit(ctx.db.display_name)
        self.database_path.setObjectName("databasePath")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.database_path, 1)
        row.addWidget(self.browse)
        self.shared = QCheckBox()
        self.shared.setObjectName("sharedDatabase")
        self.shared.setChecked(ctx.db.shared)
        self.use_default = QPushButton()
        self.use_default.clicked.connect(lambda: self.database_path.setText(str(paths.default_database_path())))
        self.apply_database = QPushButton()
        self.apply_database.setObjectName("openDatabase")
        self.apply_database.clicked.connect(self._open_database)
        self.database_label = QLabel()
        self.shared_hint = QLabel()
        self.shared_hint.setWordWrap(True)
        database_form.addRow(self.database_label, row)
        database_form.addRow("", self.shared)
        database_form.addRow("", self.shared_hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_default)
        buttons.addWidget(self.apply_database)
        buttons.addStretch(1)
        database_form.addRow("", buttons)

        self.user_box = QGroupBox()
        user_form = QFormLayout(self.user_box)
        self.user_label = QLabel()
        self.user_value = QLabel()
        user_form.addRow(self.user_label, self.user_value)

        self.calendar_box = QGroupBox()
        calendar_row = QHBoxLayout(self.calendar_box)
        self.calendar_hint = QLabel()
        self.calendar_hint.setWordWrap(True)
        self.calendar_button = QPushButton()
        self.calendar_button.setObjectName("workingDays")
        self.calendar_button.clicked.connect(self._edit_working_days)
        self.targets_button = QPushButton()
        self.targets_button.setObjectName("evaluatorTargets")
        self.targets_button.clicked.connect(self._edit_targets)
        calendar_row.addWidget(self.calendar_hint, 1)
        calendar_row.addWidget(self.calendar_button)
        calendar_row.addWidget(self.targets_button)

        layout.addWidget(self.language_box)
        layout.addWidget(self.database_box)
        layout.addWidget(self.user_box)
        layout.addWidget(self.calendar_box)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.language_box.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("Interface language"))
        self.database_box.setTitle(self.tr("Database"))
        self.database_label.setText(self.tr("File or URL"))
        self.browse.setText(self.tr("Browse…"))
        self.shared.setText(self.tr("Shared file on a network drive (several evaluators)"))
        self.shared_hint.setText(self.tr(
            "A shared file is opened without WAL and with locking and retries, so that evaluators on several "
            "machines can save safely. A team that outgrows a shared file enters a postgresql:// URL here."))
        self.use_default.setText(self.tr("Use my local database"))
        self.apply_database.setText(self.tr("Open"))
        self.user_box.setTitle(self.tr("Current user"))
        self.user_label.setText(self.tr("Signed in as"))
        user = self.ctx.user
        self.user_value.setText(f"{user.display_name} ({user.login}) — {role_title(user.role)}")
        self.calendar_box.setTitle(self.tr("Working days"))
        self.calendar_hint.setText(self.tr("Dispute and complaint deadlines count working days: public holidays "
                                           "and make-up days (调休), and your centre's own exceptions."))
        self.calendar_button.setText(self.tr("Working days…"))
        self.targets_button.setText(self.tr("Evaluators' targets…"))

    def _edit_targets(self) -> None:
        from qa_desktop.ui.targets_dialog import TargetsDialog

        TargetsDialog(self.ctx, self).exec()

    def _edit_working_days(self) -> None:
        from qa_desktop.ui.calendar_dialog import CalendarDialog

        CalendarDialog(self.ctx, self).exec()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _change_language(self) -> None:
        code = self.language.currentData()
        self.ctx.settings.language = code
        self.ctx.language = i18n.install_language(code)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Choose a database file"), self.database_path.text(),
            self.tr("QA Desktop database (*.sqlite3 *.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.database_path.setText(path)

    def _open_database(self) -> None:
        target = self.database_path.text().strip()
        shared = True if self.shared.isChecked() else None
        if self.ctx.db.path is not None and Path(target or paths.default_database_path()).expanduser().resolve() \
                == self.ctx.db.path.resolve():
            # Reopening the file that is open, in another mode: our own idle connections would hold
            # the lock the change of journal mode needs ("busy" when nobody else is there).
            self.ctx.db.dispose()
        # The signed-in person stays who they are (not the OS login) in the other database.
        opened = open_database_interactively(self, target, self.ctx.settings, shared, login=self.ctx.user.login)
        if opened is None:
            return
        database, user = opened
        self.ctx.settings.database = "" if target == str(paths.default_database_path()) else target
        self.ctx.settings.set_shared_for(target, self.shared.isChecked())
        self.ctx.set_database(database, user)
