"""Scoring forms (评分表) and the scoring engine (Qt-free).

- :mod:`.form`: the form definition (sections, items, N/A, critical, fatal, bonus, grade bands), JSON in/out;
- :mod:`.engine`: ``score(definition, answers, comments)`` → :class:`~.engine.ScoreResult`;
- :mod:`.explain`: the "why this score" lines in en / zh_CN / zh_TW.
"""
from __future__ import annotations

import json

from qa_desktop.core.scoring.engine import ScoreResult, score  # noqa: F401
from qa_desktop.core.scoring.errors import AnswersInvalid, CommentRequired, FormInvalid, FormTooNew  # noqa: F401
from qa_desktop.core.scoring.form import FormDefinition  # noqa: F401

DEFAULT_FORM_FILE = "default_form.json"


def default_form_path():
    from qa_desktop import paths

    return paths.resource("forms", DEFAULT_FORM_FILE)


def default_form() -> FormDefinition:
    """The form shipped with the app, written from the service standard (呼叫中心服务标准)."""
    with open(default_form_path(), encoding="utf-8") as handle:
        return FormDefinition.from_dict(json.load(handle))
