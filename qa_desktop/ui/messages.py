"""User-facing text for errors raised by the Qt-free core, in the user's language."""
from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qa_desktop.core.errors import QADesktopError

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


HEADLINES = {
    "audio": QT_TRANSLATE_NOOP("Errors", "The recording cannot be played."),
    "ffmpeg_missing": QT_TRANSLATE_NOOP("Errors", "The audio decoder (ffmpeg) is missing from this installation."),
    "audio_not_found": QT_TRANSLATE_NOOP("Errors", "The recording cannot be found (was the share moved?)."),
    "audio_empty": QT_TRANSLATE_NOOP("Errors", "The recording is empty (zero length)."),
    "audio_truncated": QT_TRANSLATE_NOOP("Errors", "The recording is truncated (still being copied?)."),
    "audio_corrupt": QT_TRANSLATE_NOOP("Errors", "The recording is damaged and cannot be decoded."),
    "audio_mislabelled": QT_TRANSLATE_NOOP("Errors", "The recording's file name does not match its content."),
    "audio_unsupported": QT_TRANSLATE_NOOP("Errors", "This recording format is not supported."),
    "import_source_missing": QT_TRANSLATE_NOOP("Errors", "The folder or file to import cannot be found."),
    "filename_pattern": QT_TRANSLATE_NOOP("Errors", "The file-name pattern is not valid."),
    "manifest_unreadable": QT_TRANSLATE_NOOP("Errors", "The manifest cannot be read."),
    "transcript_source_missing": QT_TRANSLATE_NOOP("Errors", "The transcript file or folder cannot be found."),
    "transcript_unreadable": QT_TRANSLATE_NOOP("Errors", "The transcript cannot be read."),
    "form_without_checks": QT_TRANSLATE_NOOP("Errors", "No published scoring form has automatic checks."),
    "form_invalid": QT_TRANSLATE_NOOP("Errors", "The scoring form is not valid; nothing was changed."),
    "form_too_new": QT_TRANSLATE_NOOP("Errors", "The scoring form was made by a newer version of QA Desktop."),
    "form_locked": QT_TRANSLATE_NOOP("Errors", "This form version is already used by evaluations and cannot change; "
                                     "save it as a new version."),
    "form_not_found": QT_TRANSLATE_NOOP("Errors", "The scoring form cannot be found."),
    "form_not_publishable": QT_TRANSLATE_NOOP("Errors", "The form cannot be published until these problems are fixed."),
    "answers_invalid": QT_TRANSLATE_NOOP("Errors", "The answers do not match the scoring form; nothing was scored."),
    "comment_required": QT_TRANSLATE_NOOP("Errors", "A comment is required where points were lost."),
    "evaluation_not_found": QT_TRANSLATE_NOOP("Errors", "The evaluation cannot be found."),
    "evaluation_status": QT_TRANSLATE_NOOP("Errors", "The evaluation cannot be changed in its current state."),
    "flag_not_found": QT_TRANSLATE_NOOP("Errors", "The flag cannot be found."),
    "flag_reason_required": QT_TRANSLATE_NOOP("Errors", "Please give a reason for this flag."),
    "note_not_found": QT_TRANSLATE_NOOP("Errors", "The note cannot be found."),
    "period_invalid": QT_TRANSLATE_NOOP("Errors", "The period is not valid (use e.g. 2026-W46 or 2026-10)."),
    "sample_seed_mismatch": QT_TRANSLATE_NOOP("Errors", "This week was already sampled with another seed."),
    "sampling_plan_invalid": QT_TRANSLATE_NOOP("Errors", "The sampling plan is not valid."),
    "sampling_plan_not_found": QT_TRANSLATE_NOOP("Errors", "The sampling plan cannot be found."),
    "review_refused": QT_TRANSLATE_NOOP("Errors", "The review was refused."),
    "coaching_refused": QT_TRANSLATE_NOOP("Errors", "The coaching change was refused."),
    "dispute_refused": QT_TRANSLATE_NOOP("Errors", "The dispute was refused."),
    "calibration_not_found": QT_TRANSLATE_NOOP("Errors", "The calibration session cannot be found."),
    "calibration_closed": QT_TRANSLATE_NOOP("Errors", "The calibration session is closed."),
    "calibration_already_submitted": QT_TRANSLATE_NOOP(
        "Errors", "You have already submitted your scores for this call."),
    "validation": QT_TRANSLATE_NOOP("Errors", "Please check the input."),
}


def describe_error(error: BaseException) -> str:
    """The error in the user's language. An error the core did not expect is also logged with its
    traceback: the pages show every failure, and this is where the unexpected ones are kept."""
    if not isinstance(error, QADesktopError):
        log.error("Unexpected error shown to the user", exc_info=error)
        return QCoreApplication.translate("Errors", "Unexpected error: {0}").format(error)
    p = error.params
    path = p.get("path", "")
    templates = {
        "db_missing": QT_TRANSLATE_NOOP(
            "Errors", "The database {path} cannot be found. Check the path, or that the network drive is connected."),
        "db_read_only": QT_TRANSLATE_NOOP(
            "Errors", "The database {path} is read-only. Ask for write access to the file and its "
                      "folder, or choose another database."),
        "db_not_sqlite": QT_TRANSLATE_NOOP("Errors", "{path} is not a QA Desktop database. Nothing was changed."),
        "db_too_new": QT_TRANSLATE_NOOP(
            "Errors", "The database {path} was made by a newer version of QA Desktop. Install the newer "
                      "version; nothing was changed."),
        "db_locked": QT_TRANSLATE_NOOP(
            "Errors", "The database {path} is busy: another evaluator or machine is saving. Try again "
                      "in a moment; your work is kept."),
        "output_invalid": QT_TRANSLATE_NOOP("Errors", "{path} cannot be written: it is a folder, the folder is "
                                            "read-only, or the file is open in another program. Choose a file name "
                                            "in a folder you can write to."),
        "manifest_too_large": QT_TRANSLATE_NOOP(
            "Errors", "{path} is larger than any call list or roster can be (or it unpacks to far more than its "
                      "size); it was not read. Split it into smaller files, or save it again from Excel or as CSV."),
        "manifest_too_many_rows": QT_TRANSLATE_NOOP(
            "Errors", "{path} has more rows than can be imported at once (500,000); split it into smaller files "
                      "and import them one after the other."),
        "db_damaged": QT_TRANSLATE_NOOP("Errors", "The database {path} is damaged and cannot be used. Nothing was "
                                        "changed: restore it from a backup (a copy is made in its folder before each "
                                        "upgrade) or ask your administrator."),
        "db_unreachable": QT_TRANSLATE_NOOP(
            "Errors", "The database {path} cannot be reached. Check the network connection."),
        "conflict": QT_TRANSLATE_NOOP(
            "Errors", "Someone else saved this record in the meantime. Nothing was overwritten: reload "
                      "it and apply your change again."),
        "permission": QT_TRANSLATE_NOOP("Errors", "You are not allowed to do this: {reason}"),
        "cancelled": QT_TRANSLATE_NOOP("Errors", "Cancelled."),
    }
    template = templates.get(error.code)
    if template is None:
        # The nearest class with a headline: a new subclass still gets its family's text.
        headline = next((HEADLINES[c.code] for c in type(error).__mro__
                         if getattr(c, "code", None) in HEADLINES), None)
        # The headline is in the user's language; the detail names the file, item or value concerned.
        return f"{_t(headline)}\n{error}" if headline else str(error)
    template = _t(template)
    reason = p.get("reason", str(error))
    if error.code == "permission":
        from qa_desktop.core.workflow.permissions import permission_reason
        from qa_desktop.ui.i18n import current_language

        reason = permission_reason(error, current_language())
    try:
        return template.format(path=path, reason=reason)
    except (KeyError, IndexError):
        return str(error)


# The workflow's refusals (sampling, reviews, disputes, coaching): the core raises them with a stable
# ``code`` and, where one code covers several cases, a ``why`` parameter.
WORKFLOW_TEMPLATES = {
    # training records (core.workflow.training_records)
    ("validation", "training_unknown_agent"): QT_TRANSLATE_NOOP("WorkflowErrors", "No agent with the ID {agents}."),
    ("validation", "training_no_agents"): QT_TRANSLATE_NOOP(
        "WorkflowErrors", "The training needs of {month} name no agent for this kind of training."),
    ("validation", "training_no_trainer"): QT_TRANSLATE_NOOP("WorkflowErrors", "Say who gave the training."),
    ("validation", "training_nobody"): QT_TRANSLATE_NOOP("WorkflowErrors", "Nobody is on the sign-in sheet."),
    ("validation", "training_bad_score"): QT_TRANSLATE_NOOP(
        "WorkflowErrors", "{value} is not a test score from 0 to 100 (agent {agent})."),
    ("validation", "training_bad_line"): QT_TRANSLATE_NOOP(
        "WorkflowErrors", "{path}, line {line}: {value} is not a test score from 0 to 100 (agent {agent}); "
        "nothing was imported."),
    ("validation", "training_rating"): QT_TRANSLATE_NOOP("WorkflowErrors", "A trainee rates the trainer from 1 to 5."),
    ("validation", "training_not_attended"): QT_TRANSLATE_NOOP(
        "WorkflowErrors", "Agent {agent} did not attend this training."),
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
    """A workflow refusal in the user's language; any other error as :func:`describe_error` says it."""
    if isinstance(error, QADesktopError):
        key = (error.code, error.params.get("why"))
        template = WORKFLOW_TEMPLATES.get(key) or WORKFLOW_TEMPLATES.get((error.code, None))
        if template is not None:
            try:
                return QCoreApplication.translate("WorkflowErrors", template).format(**error.params)
            except (KeyError, IndexError):
                pass
    return describe_error(error)
