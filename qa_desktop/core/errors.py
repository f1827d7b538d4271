"""Errors of the data layer, each with a stable code the GUI translates and an English text for the CLI."""
from __future__ import annotations


class QADesktopError(Exception):
    """Base of the errors a user can be shown.

    ``code`` is stable and lets the Qt layer pick a translated message; ``params`` fill it in.
    ``str(error)`` is the English one-line reason the CLI prints.
    """

    code = "error"

    def __init__(self, message: str, **params):
        super().__init__(message)
        self.params = params


class DatabaseOpenError(QADesktopError):
    code = "db_open"


class DatabaseMissing(DatabaseOpenError):
    code = "db_missing"


class DatabaseReadOnly(DatabaseOpenError):
    code = "db_read_only"


class DatabaseNotSQLite(DatabaseOpenError):
    code = "db_not_sqlite"


class DatabaseTooNew(DatabaseOpenError):
    code = "db_too_new"


class DatabaseDamaged(DatabaseOpenError):
    """The file is SQLite but its pages are not (truncated, overwritten, bit-flipped)."""

    code = "db_damaged"


class DatabaseLocked(QADesktopError):
    code = "db_locked"


class DatabaseUnreachable(DatabaseOpenError):
    code = "db_unreachable"


class ConflictError(QADesktopError):
    """Someone else saved the same record since it was loaded: nothing was overwritten."""

    code = "conflict"


class PermissionDenied(QADesktopError):
    code = "permission"


class ValidationError(QADesktopError):
    code = "validation"


class Cancelled(QADesktopError):
    """The user cancelled a long job; whatever it had done so far is consistent."""

    code = "cancelled"

    def __init__(self, message: str = "Cancelled by the user.", **params):
        super().__init__(message, **params)


class OutputInvalid(QADesktopError):
    """A file cannot be written where asked (a folder named as the file, a read-only folder)."""

    code = "output_invalid"
