"""``qa-desktop score FORM.json ANSWERS.json``: score answers on a form file and say why."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_desktop.cli.common import add_json_flag, emit
from qa_desktop.core.errors import QADesktopError
from qa_desktop.core.languages import LANGUAGES

LANGS = LANGUAGES


class FileUnreadable(QADesktopError):
    code = "file_unreadable"


def read_json_file(path: Path, what: str) -> Any:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise FileUnreadable(f"{path}: {what} file not found", path=str(path)) from None
    except UnicodeDecodeError:
        raise FileUnreadable(f"{path}: the {what} file is not UTF-8 text", path=str(path)) from None
    except OSError as error:
        raise FileUnreadable(f"{path}: cannot read the {what} file ({error.strerror or error})",
                             path=str(path)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise FileUnreadable(f"{path}: the {what} file is not valid JSON (line {error.lineno}, column "
                             f"{error.colno}: {error.msg})", path=str(path)) from None
    except RecursionError:
        raise FileUnreadable(f"{path}: the {what} file is nested too deeply to be a {what}",
                             path=str(path)) from None
    except ValueError as error:  # e.g. an integer of more than 4,300 digits
        raise FileUnreadable(f"{path}: the {what} file holds a value that cannot be read ({error})",
                             path=str(path)) from None


def add_lang_option(parser) -> None:
    # Its own dest: the top-level --lang (GUI language) would otherwise be overwritten.
    parser.add_argument("--lang", dest="output_lang", choices=LANGS, default=None,
                        help="language of the explanation and texts (default: en)")


def output_lang(args) -> str:
    return args.output_lang or getattr(args, "lang", None) or "en"


def split_answers(data: Any) -> tuple[Any, dict | None]:
    """An answers file is ``{item: answer}`` or ``{"answers": {...}, "comments": {...}}``."""
    if isinstance(data, dict) and isinstance(data.get("answers"), dict) and set(data) <= {"answers", "comments"}:
        return data["answers"], data.get("comments") or {}
    return data, None


def register(subparsers, common) -> None:
    parser = subparsers.add_parser(
        "score", parents=[common], help="score an answers file on a scoring form file and explain the score",
        description="Score ANSWERS.json ({item code: answer} or {\"answers\": .., \"comments\": ..}) on FORM.json. "
                    "Answers that do not match the form (missing or unknown item, impossible value) are rejected.")
    parser.add_argument("form", type=Path, metavar="FORM.json")
    parser.add_argument("answers", type=Path, metavar="ANSWERS.json")
    parser.add_argument("--partial", action="store_true", help="score a draft: leave unanswered items out")
    add_lang_option(parser)
    add_json_flag(parser)
    parser.set_defaults(handler=run_score)


def run_score(args) -> int:
    from qa_desktop.core.scoring.engine import score
    from qa_desktop.core.scoring.form import FormDefinition

    definition = FormDefinition.from_dict(read_json_file(args.form, "form"))
    answers, comments = split_answers(read_json_file(args.answers, "answers"))
    lang = output_lang(args)
    result = score(definition, answers, comments, partial=args.partial, lang=lang)
    emit(args, result.to_dict(lang), lambda d: "\n".join(d["explanation"]))
    return 0
