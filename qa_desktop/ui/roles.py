"""The user roles by the names people know them, in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qa_desktop.core.db.models import Role

ROLE_TITLES = {
    Role.EVALUATOR: QT_TRANSLATE_NOOP("Roles", "QA evaluator"),
    Role.QA_LEAD: QT_TRANSLATE_NOOP("Roles", "QA lead"),
    Role.TEAM_LEAD: QT_TRANSLATE_NOOP("Roles", "Team lead"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Roles", "Manager"),
}


def role_title(role: Role) -> str:
    return QCoreApplication.translate("Roles", ROLE_TITLES[role])
