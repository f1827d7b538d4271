"""The workflow's refusals (sampling, reviews, disputes, coaching) in the user's language.

The core raises errors with a stable ``code`` and, where one code covers several cases, a
``why`` parameter; this picks the translated template for them and falls back to the shell's
``describe_error`` (database, permission and conflict errors, or an English reason).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qa_desktop.core.errors import QADesktopError
from qa_desktop.ui.messages import describe_error

TEMPLATES = {
    ("dispute_refused", "too_late"): QT_TRANSLATE_NOOP(
        "WorkflowErrors", "The dispute is too late: the result was given on {result_day}, and disputes must be "
        "raised within {days} working days (by {last_day})."),
    ("dispute_refused", "unknown_item"): QT_TRANSLATE_NOOP(
        "WorkflowErrors", "Item {item} does not exist on this evaluation's form version."),
    ("dispute_refused", "duplicate_item"): QT_TRANSLATE_NOOP("WorkflowErrors", "Item {item} is disputed twice."),
    ("dispute_refused", "impossible_answer"): QT_TRANSLATE_NOOP(
        "WorkflowErrors", "The answer the agent claims for item {item} is not possible for that item."),
    ("dispute_refused", "already_open"): QT_TRANSLATE_NOOP(
        "WorkflowErrors", "This evaluation already has an open dispute (#{dispute_id})."),
    ("dispute_refused", "no_items"): QT_TRANSLATE_NOOP("WorkflowErrors", "Name at least one disputed item."),
    ("dispute_refused", "not_result"): QT_TRANSLATE_NOOP(
        "WorkflowErrors", "Only a submitted result of the agent can be disputed."),
    ("dispute_refused", "deadline_past"): QT_TRANSLATE_NOOP("WorkflowErrors",
                                                            "The deadline {deadline} is already past."),
    ("dispute_refused", "not_open"): QT_TRANSLATE_NOOP("WorkflowErrors", "This dispute is already closed ({status})."),
    ("dispute_refused", "undecided"): QT_TRANSLATE_NOOP(
        "WorkflowErrors", "Decide every disputed item; still undecided: {items}."),
    ("dispute_refused", "reason_missing"): QT_TRANSLATE_NOOP(
        "WorkflowErrors", "Item {item}: give the reason for the decision."),
    ("dispute_refused", "no_claimed_answer"): QT_TRANSLATE_NOOP(
        "WorkflowErrors",
        "Item {item}: the agent's answer was not recorded; choose 'set another answer' and the answer."),
    ("dispute_refused", "bad_answer"): QT_TRANSLATE_NOOP("WorkflowErrors", "Item {item}: choose a valid answer."),
    ("review_refused", "reason_required"): QT_TRANSLATE_NOOP(
        "WorkflowErrors", "Say why the evaluation is adjusted: a reason is required."),
    ("review_refused", "already_settled"): QT_TRANSLATE_NOOP("WorkflowErrors", "This was already settled."),
    ("coaching_refused", "follow_up_before"): QT_TRANSLATE_NOOP(
        "WorkflowErrors", "The follow-up date is before the coaching session."),
    ("coaching_refused", "not_on_form"): QT_TRANSLATE_NOOP(
        "WorkflowErrors", "Item {item} is not on the form of that evaluation."),
    ("coaching_refused", "no_description"): QT_TRANSLATE_NOOP("WorkflowErrors", "An action item needs a description."),
    ("sampling_plan_invalid", None): QT_TRANSLATE_NOOP(
        "WorkflowErrors", "The sampling plan was not saved: {field} — {reason}"),
    ("period_invalid", None): QT_TRANSLATE_NOOP("WorkflowErrors", "{period} is not a week; write it like 2026-W46."),
    ("sample_seed_mismatch", None): QT_TRANSLATE_NOOP(
        "WorkflowErrors", "{period} was already sampled with seed {seed}; it is redrawn with that seed. "
        "Set the seed to 'new' or to {seed}."),
}


def workflow_error_text(error: BaseException) -> str:
    if isinstance(error, QADesktopError):
        template = TEMPLATES.get((error.code, error.params.get("why"))) or TEMPLATES.get((error.code, None))
        if template is not None:
            try:
                return QCoreApplication.translate("WorkflowErrors", template).format(**error.params)
            except (KeyError, IndexError):
                pass
    return describe_error(error)
