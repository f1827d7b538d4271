"""What every page is given: the open database, the current user, settings, and a change bus."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from qa_desktop.core.db import Database
from qa_desktop.core.users import CurrentUser
from qa_desktop.ui.settings import AppSettings


class AppContext(QObject):
    """Shared state of the running app.

    ``dataChanged(entity)`` is emitted after a page writes (entity: "evaluation", "call",
    "flag", "form", "coaching", "calibration", "sample", …) so other pages refresh without a
    restart; ``databaseChanged`` when another database is opened.
    """

    dataChanged = Signal(str)
    databaseChanged = Signal()
    statusMessage = Signal(str)
    openCallRequested = Signal(int)  # call id: any page can ask the workspace to open a call

    def __init__(self, database: Database, user: CurrentUser, settings: AppSettings, parent=None):
        super().__init__(parent)
        self.db = database
        self.user = user
        self.settings = settings
        self.language = "en"

    def set_database(self, database: Database, user: CurrentUser) -> None:
        old = self.db
        self.db, self.user = database, user
        self.databaseChanged.emit()
        if old is not database:
            old.dispose()
