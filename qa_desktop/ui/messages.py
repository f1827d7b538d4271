"""User-facing text for errors raised by the Qt-free core, in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qa_desktop.core.errors import QADesktopError


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def describe_error(error: BaseException) -> str:
    if not isinstance(error, QADesktopError):
        return QCoreApplication.translate("Errors", "Unexpected error: {0}").format(error)
    p = error.params
    path = p.get("path", "")
    templates = {
        "db_missing": QT_TRANSLATE_NOOP("Errors", "The database {path} cannot be found. Check the path, or that the network drive "
                         "is connected."),
        "db_read_only": QT_TRANSLATE_NOOP("Errors", "The database {path} is read-only. Ask for write access to the file and its "
                           "folder, or choose another database."),
        "db_not_sqlite": QT_TRANSLATE_NOOP("Errors", "{path} is not a QA Desktop database. Nothing was changed."),
        "db_too_new": QT_TRANSLATE_NOOP("Errors", "The database {path} was made by a newer version of QA Desktop. Install the newer "
                         "version; nothing was changed."),
        "db_locked": QT_TRANSLATE_NOOP("Errors", "The database {path} is busy: another evaluator or machine is saving. Try again "
                        "in a moment; your work is kept."),
        "db_unreachable": QT_TRANSLATE_NOOP("Errors", "The database {path} cannot be reached. Check the network connection."),
        "conflict": QT_TRANSLATE_NOOP("Errors", "Someone else saved this record in the meantime. Nothing was overwritten: reload "
                       "it and apply your change again."),
        "permission": QT_TRANSLATE_NOOP("Errors", "You are not allowed to do this: {reason}"),
        "cancelled": QT_TRANSLATE_NOOP("Errors", "Cancelled."),
    }
    template = templates.get(error.code)
    if template is None:
        return str(error)
    template = _t(template)
    try:
        return template.format(path=path, reason=p.get("reason", str(error)))
    except (KeyError, IndexError):
        return str(error)
