"""Errors of scoring forms and answers; each names the item (or section) and the reason."""
from __future__ import annotations

from qa_desktop.core.errors import QADesktopError, ValidationError


class FormInvalid(QADesktopError):
    """A form definition that is malformed or internally inconsistent; nothing was stored."""

    code = "form_invalid"

    def __init__(self, where: str, reason: str):
        super().__init__(f"Scoring form rejected at {where}: {reason}", where=where, reason=reason)
        self.where = where
        self.reason = reason


class FormTooNew(FormInvalid):
    """A form written by a newer QA Desktop (higher ``format`` number)."""

    code = "form_too_new"


class FormLocked(QADesktopError):
    """A form version already used by an evaluation cannot change; a new version is made instead."""

    code = "form_locked"


class FormNotFound(QADesktopError):
    code = "form_not_found"


class AnswersInvalid(QADesktopError):
    """Answers that do not match the form version: never scored silently."""

    code = "answers_invalid"

    def __init__(self, item: str, reason: str):
        super().__init__(f"Answers rejected at item {item}: {reason}", item=item, reason=reason)
        self.item = item
        self.reason = reason


class CommentRequired(ValidationError):
    """Points were lost on items whose form requires a comment saying why."""

    code = "comment_required"

    def __init__(self, items: list[str]):
        super().__init__("A comment is required on items that lost points: " + ", ".join(items), items=items)
        self.items = items
