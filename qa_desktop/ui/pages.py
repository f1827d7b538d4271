"""The navigation of the main window: each page, where its class lives, and its shortcut.

A page is a ``QWidget`` subclass taking ``(ctx: AppContext, parent=None)``; it may define
``activate()`` (called each time it is shown). Pages are imported only when first shown,
so start-up stays fast.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source; shown through QCoreApplication.translate("Pages", title)
    target: str  # "package.module:ClassName"


PAGES: list[PageSpec] = [
    PageSpec("workspace", QT_TRANSLATE_NOOP("Pages", "Work queue"), "qa_desktop.ui.workspace.page:WorkspacePage"),
    PageSpec("library", QT_TRANSLATE_NOOP("Pages", "Call library"), "qa_desktop.ui.library.page:LibraryPage"),
    PageSpec("forms", QT_TRANSLATE_NOOP("Pages", "Scoring forms"), "qa_desktop.ui.forms.page:FormsPage"),
    PageSpec("sampling", QT_TRANSLATE_NOOP("Pages", "Sampling"), "qa_desktop.ui.sampling.page:SamplingPage"),
    PageSpec("review", QT_TRANSLATE_NOOP("Pages", "Reviews and disputes"), "qa_desktop.ui.review.page:ReviewPage"),
    PageSpec("coaching", QT_TRANSLATE_NOOP("Pages", "Coaching"), "qa_desktop.ui.coaching.page:CoachingPage"),
    PageSpec("calibration", QT_TRANSLATE_NOOP("Pages", "Calibration"),
             "qa_desktop.ui.calibration.page:CalibrationPage"),
    PageSpec("reports", QT_TRANSLATE_NOOP("Pages", "Reports"), "qa_desktop.ui.reports.page:ReportsPage"),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "Settings"), "qa_desktop.ui.settings_page:SettingsPage"),
    PageSpec("roster", QT_TRANSLATE_NOOP("Pages", "Roster"), "qa_desktop.ui.people.roster_page:RosterPage"),
    PageSpec("teams", QT_TRANSLATE_NOOP("Pages", "Teams"), "qa_desktop.ui.people.teams_page:TeamsPage"),
    PageSpec("users", QT_TRANSLATE_NOOP("Pages", "Users"), "qa_desktop.ui.people.users_page:UsersPage"),
    PageSpec("topics", QT_TRANSLATE_NOOP("Pages", "Topic QA"), "qa_desktop.ui.topics.page:TopicsPage"),
]


def load_page_class(spec: PageSpec):
    """The page's class, or None when this build does not include it."""
    module_name, class_name = spec.target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name and module_name.startswith(error.name):
            return None
        raise
    return getattr(module, class_name, None)
