"""The month's excellent and failing recordings (优秀录音 / 不合格录音): propose, pick, export a training pack."""
from __future__ import annotations

from pathlib import Path

from qa_desktop.cli.common import add_json_flag, emit, open_db


def register(subparsers, common) -> None:
    recordings = subparsers.add_parser(
        "recordings", help="the month's excellent and failing recordings for training (优秀录音 / 不合格录音)")
    commands = recordings.add_subparsers(dest="recordings_command", metavar="COMMAND", required=True)

    propose = commands.add_parser("propose", parents=[common], help="per agent, the month's best and worst results")
    propose.add_argument("--month", required=True, metavar="YYYY-MM")
    add_json_flag(propose)
    propose.set_defaults(handler=run_propose)

    pick = commands.add_parser("pick", parents=[common], help="keep a call as an excellent or failing example")
    pick.add_argument("call", metavar="CALL", help="the call's id in the app or its telephony call id")
    kind = pick.add_mutually_exclusive_group(required=True)
    kind.add_argument("--excellent", dest="kind", action="store_const", const="excellent")
    kind.add_argument("--failing", dest="kind", action="store_const", const="failing")
    pick.add_argument("--comment", required=True, help="the commentary (点评) the agent will read")
    add_json_flag(pick)
    pick.set_defaults(handler=run_pick)

    export = commands.add_parser("export", parents=[common],
                                 help="a training pack: renamed audio, an index workbook, an M3U playlist")
    export.add_argument("--month", required=True, metavar="YYYY-MM")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FOLDER")
    export.add_argument("--lang", choices=["en", "zh_CN", "zh_TW"], default="zh_CN")
    add_json_flag(export)
    export.set_defaults(handler=run_export)

    uncoached = commands.add_parser("uncoached", parents=[common],
                                    help="failed calls not yet coached, per team lead (在线督导)")
    add_json_flag(uncoached)
    uncoached.set_defaults(handler=run_uncoached)


def _call_id(database, given: str) -> int:
    from sqlalchemy import select

    from qa_desktop.core.db.models import Call
    from qa_desktop.core.errors import ValidationError

    with database.read() as session:
        found = session.scalar(select(Call.id).where(Call.external_id == given))
        if found is None and given.isdigit():
            found = session.scalar(select(Call.id).where(Call.id == int(given)))
    if found is None:
        raise ValidationError(f"There is no call {given!r}.", call=given)
    return found


def run_propose(args) -> int:
    from qa_desktop.core.workflow.month_recordings import propose

    database = open_db(args, create=False)
    try:
        rows = propose(database, args.month)
    finally:
        database.dispose()
    emit(args, rows, lambda rs: "\n".join(
        f"{r['kind']:<9} {r['agent_code']} {r['agent_name']}  call {r['external_id'] or r['call_id']}  "
        f"score {r['score']}" + ("  [picked] " + r["commentary"] if r["picked"] else "") for r in rs)
        or "nothing to propose for this month")
    return 0


def run_pick(args) -> int:
    from qa_desktop.core.workflow.month_recordings import pick

    database = open_db(args, create=False)
    try:
        result = pick(database, _call_id(database, args.call), args.kind, args.comment)
    finally:
        database.dispose()
    emit(args, result, lambda r: f"call {args.call} kept as a {r['kind']} example")
    return 0


def run_export(args) -> int:
    from qa_desktop.core.workflow.month_recordings import export_training_pack

    database = open_db(args, create=False)
    try:
        result = export_training_pack(database, args.month, args.output, lang=args.lang)
    finally:
        database.dispose()
    emit(args, result, lambda r: f"{r['recordings']} recording(s), index {r['index']}, playlist {r['playlist']}"
         + (f"; not found: {', '.join(map(str, r['missing']))}" if r["missing"] else ""))
    return 0


def run_uncoached(args) -> int:
    from qa_desktop.core.workflow.month_recordings import uncoached_failures

    database = open_db(args, create=False)
    try:
        rows = uncoached_failures(database)
    finally:
        database.dispose()
    emit(args, rows, lambda rs: "\n".join(
        f"{r['team_lead'] or '—'}  {r['team'] or '—'}  {r['agent_code']} {r['agent_name']}  "
        f"call {r['external_id'] or r['call_id']}  score {r['score']}" + ("  fatal" if r["fatal"] else "")
        for r in rs) or "every failed call has been coached")
    return 0
