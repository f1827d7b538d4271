"""``qa-desktop users list|add|set-role|set-team|deactivate|reactivate|set-password``: people, for IT."""
from __future__ import annotations

from qa_desktop.cli.common import add_json_flag, emit, open_db

ROLES = ["evaluator", "team_lead", "qa_lead", "manager"]


def register(subparsers, common) -> None:
    users = subparsers.add_parser(
        "users", help="the people who use the app and their roles (only a QA lead changes them)",
        description="The first user of a new database is its QA lead; everyone else joins as an evaluator "
                    "and only a QA lead gives another role.")
    commands = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    listing = commands.add_parser("list", parents=[common], help="list the users, their roles and teams")
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)

    add = commands.add_parser("add", parents=[common], help="add a person (an evaluator unless --role says)")
    add.add_argument("login")
    add.add_argument("--name", help="the name shown in the app (default: the login)")
    add.add_argument("--role", choices=ROLES, help="their role (a QA lead only; the first user is always QA lead)")
    add.add_argument("--team", help="their team's name")
    add.add_argument("--password", action="store_true", help="ask for their first password on the terminal")
    add_json_flag(add)
    add.set_defaults(handler=run_add)

    role = commands.add_parser("set-role", parents=[common], help="give a person another role")
    role.add_argument("login")
    role.add_argument("role", choices=ROLES)
    role.set_defaults(handler=run_set_role)

    team = commands.add_parser("set-team", parents=[common], help="put a person in a team ('' for none)")
    team.add_argument("login")
    team.add_argument("team")
    team.set_defaults(handler=run_set_team)

    for name, active in (("deactivate", False), ("reactivate", True)):
        command = commands.add_parser(name, parents=[common],
                                      help="stop a person signing in (nothing of theirs is deleted)" if not active
                                      else "let a deactivated person sign in again")
        command.add_argument("login")
        command.set_defaults(handler=run_set_active, active=active)

    roles = subparsers.add_parser(
        "pg-roles", parents=[common],
        help="PostgreSQL: let the server enforce the roles (group roles, GRANTs, row-level security); "
             "run once as the database's owner",
        description="Creates one group role per app role, GRANTs and row-level security, and a login role for "
                    "every user; afterwards each person connects as themselves (postgresql://LOGIN@host/db).")
    add_json_flag(roles)
    roles.set_defaults(handler=run_pg_roles)

    password = commands.add_parser("set-password", parents=[common],
                                   help="set a person's password (yours, or anyone's as QA lead), asked twice")
    password.add_argument("login")
    password.set_defaults(handler=run_set_password)


def _ask_new_password(login: str) -> str:
    import getpass

    first = getpass.getpass(f"New password for {login}: ")
    if getpass.getpass("Again: ") != first:
        raise ValueError("the two passwords differ; nothing was changed")
    return first


def _team_id(database, name: str | None) -> int | None:
    from qa_desktop.core.roster.teams import team_id_by_name

    return team_id_by_name(database, name) if name else None


def run_list(args) -> int:
    from qa_desktop.core.user_admin import list_people

    database = open_db(args, create=False)
    try:
        people = list_people(database)
    finally:
        database.dispose()
    emit(args, [p.to_dict() for p in people], lambda rows: "\n".join(
        f"{r['login']:<16} {r['display_name']:<12} {r['role']:<10} {r['team'] or '-':<12} "
        f"{'' if r['active'] else 'deactivated '}{'' if r['has_password'] else 'no password'}" for r in rows)
        or "No users.")
    return 0


def run_add(args) -> int:
    from qa_desktop.core.db.models import Role
    from qa_desktop.core.user_admin import add_user

    password = _ask_new_password(args.login) if args.password else None
    database = open_db(args)
    try:
        user = add_user(database, args.login, args.name, role=Role(args.role) if args.role else None,
                        team_id=_team_id(database, args.team), password=password)
    finally:
        database.dispose()
    emit(args, {"login": user.login, "role": user.role.value, "team_id": user.team_id},
         f"Added {user.login} as {user.role.value}.")
    return 0


def run_set_role(args) -> int:
    from qa_desktop.core.db.models import Role
    from qa_desktop.core.user_admin import set_role

    database = open_db(args, create=False)
    try:
        set_role(database, args.login, Role(args.role))
    finally:
        database.dispose()
    print(f"{args.login} is now {args.role}.")
    return 0


def run_set_team(args) -> int:
    from qa_desktop.core.user_admin import set_user_team

    database = open_db(args, create=False)
    try:
        set_user_team(database, args.login, _team_id(database, args.team))
    finally:
        database.dispose()
    print(f"{args.login}: team set.")
    return 0


def run_set_active(args) -> int:
    from qa_desktop.core.user_admin import set_user_active

    database = open_db(args, create=False)
    try:
        set_user_active(database, args.login, args.active)
    finally:
        database.dispose()
    print(f"{args.login} {'reactivated' if args.active else 'deactivated'}.")
    return 0


def run_set_password(args) -> int:
    import getpass

    from qa_desktop.core.user_admin import set_password

    database = open_db(args, create=False)
    try:
        own = database.user_login == args.login and database.signed_in_login != args.login
        old = getpass.getpass("Current password (empty if you have none): ") if own else None
        set_password(database, args.login, _ask_new_password(args.login), old_password=old or None)
    finally:
        database.dispose()
    print(f"Password of {args.login} set.")
    return 0


def run_pg_roles(args) -> int:
    from qa_desktop.core.db.pg_roles import setup_roles

    database = open_db(args, create=False)
    try:
        result = setup_roles(database)
    finally:
        database.dispose()
    emit(args, result, f"Database roles set up: {', '.join(result['groups'])}; {result['people']} people.")
    return 0
