"""Topic QA commands (专题质检): list topics with progress, create one, export its results."""
from __future__ import annotations

import json
from pathlib import Path

from qa_desktop.cli.common import add_json_flag, emit, open_db


def _question(text: str) -> dict:
    """'TEXT|KIND|OPTION,OPTION…' (kind: choice, tags or text)."""
    parts = text.split("|")
    kind = parts[1].strip() if len(parts) > 1 else "text"
    options = [o.strip() for o in parts[2].replace("，", ",").split(",")] if len(parts) > 2 else []
    return {"text": parts[0].strip(), "kind": kind, "options": options}


def register(subparsers, common) -> None:
    topics = subparsers.add_parser("topics", help="topic QA (专题质检): unscored questions over many calls")
    commands = topics.add_subparsers(dest="topics_command", metavar="COMMAND", required=True)
    listing = commands.add_parser("list", parents=[common], help="topics with their progress per evaluator")
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)

    create = commands.add_parser("create", parents=[common], help="create a topic and split its calls (QA lead)")
    create.add_argument("--title", required=True)
    create.add_argument("--question", action="append", type=_question, default=[], metavar="'TEXT|KIND|A,B,C'",
                        help="a question: its text, choice|tags|text, and the options (repeat for more)")
    create.add_argument("--questions", type=Path, metavar="FILE.json", help="or the questions as a JSON list")
    create.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    create.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    create.add_argument("--team", action="append", default=[], help="only calls of this team (repeatable)")
    create.add_argument("--call-type", action="append", default=[], help="only this call type (repeatable)")
    create.add_argument("--flag", action="append", default=[], help="only calls flagged so (e.g. complaint)")
    create.add_argument("--word", action="append", default=[], help="only calls whose transcript has this word")
    create.add_argument("--min-duration", type=float, metavar="S")
    create.add_argument("--target", type=int, default=1000, help="records to review (default 1000, seed 001)")
    create.add_argument("--evaluator", action="append", default=[], metavar="LOGIN",
                        help="who reviews (repeatable; default every evaluator)")
    add_json_flag(create)
    create.set_defaults(handler=run_create)

    export = commands.add_parser("export", parents=[common], help="a topic's results as an Excel workbook")
    export.add_argument("topic_id", type=int, metavar="TOPIC_ID")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")
    export.add_argument("--lang", choices=["en", "zh_CN", "zh_TW"], default="zh_CN")
    add_json_flag(export)
    export.set_defaults(handler=run_export)


def run_list(args) -> int:
    from qa_desktop.core.workflow.topics import list_topics

    database = open_db(args, create=False)
    try:
        rows = list_topics(database)
    finally:
        database.dispose()
    emit(args, rows, lambda rs: "\n".join(
        f"#{r['id']} {r['title']} ({r['status']}): {r['done']} of {r['calls']} reviewed; "
        + ", ".join(f"{who} {p['done']}/{p['assigned']}" for who, p in r["by_evaluator"].items())
        for r in rs) or "no topics")
    return 0


def run_create(args) -> int:
    from qa_desktop.core.workflow.topics import create_topic

    questions = list(args.question)
    if args.questions:
        questions += json.loads(args.questions.read_text(encoding="utf-8"))
    selection = {key: value for key, value in (
        ("from", args.start), ("to", args.end), ("teams", args.team), ("call_types", args.call_type),
        ("flags", args.flag), ("words", args.word), ("min_duration_s", args.min_duration)) if value}
    database = open_db(args, create=False)
    try:
        result = create_topic(database, args.title, questions, selection, target=args.target,
                              evaluators=args.evaluator or None)
    finally:
        database.dispose()
    emit(args, result, lambda r: f"topic #{r['id']} {r['title']}: {r['calls']} calls split among "
                                 f"{', '.join(r['evaluators'])}")
    return 0


def run_export(args) -> int:
    from qa_desktop.core.workflow.topics import export_topic

    database = open_db(args, create=False)
    try:
        path = export_topic(database, args.topic_id, args.output, lang=args.lang)
    finally:
        database.dispose()
    emit(args, {"workbook": str(path)}, lambda r: f"written {r['workbook']}")
    return 0
