"""Evaluators' monthly targets: who has scored how much of their month (seed 001: about 700)."""
from __future__ import annotations

from qa_desktop.cli.common import add_json_flag, emit, open_db


def register(subparsers, common) -> None:
    targets = subparsers.add_parser("targets", help="evaluators' monthly targets and this month's progress")
    commands = targets.add_subparsers(dest="targets_command", metavar="COMMAND", required=True)
    listing = commands.add_parser("list", parents=[common], help="each evaluator's month so far against the target")
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)
    change = commands.add_parser("set", parents=[common], help="set a target (QA lead); no LOGIN: the default")
    change.add_argument("login", nargs="?", metavar="LOGIN")
    change.add_argument("--scored", type=int, metavar="N", help="scored calls a month")
    change.add_argument("--topic", type=int, metavar="N", help="topic listens a month")
    add_json_flag(change)
    change.set_defaults(handler=run_set)


def _progress(database) -> list[dict]:
    from sqlalchemy import select

    from qa_desktop.core.db.models import Role, User
    from qa_desktop.core.workflow.targets import month_progress

    with database.read() as session:
        logins = session.scalars(select(User.login).where(User.active.is_(True), User.role == Role.EVALUATOR)
                                 .order_by(User.login)).all()
    return [month_progress(database, login) for login in logins]


def _format(rows: list[dict]) -> str:
    return "\n".join(f"{r['login']:<16} {r['month']}  scored {r['scored']} of {r['target_scored']}"
                     + (f" ({r['share']:.0%})" if r["share"] is not None else "")
                     + f", topic calls {r['topic_listens']} of {r['target_topic_listens']}" for r in rows) \
        or "no evaluators"


def run_list(args) -> int:
    database = open_db(args, create=False)
    try:
        emit(args, _progress(database), _format)
    finally:
        database.dispose()
    return 0


def run_set(args) -> int:
    from qa_desktop.core.workflow.targets import set_target

    database = open_db(args, create=False)
    try:
        set_target(database, args.login, scored=args.scored, topic_listens=args.topic)
        emit(args, _progress(database), _format)
    finally:
        database.dispose()
    return 0
