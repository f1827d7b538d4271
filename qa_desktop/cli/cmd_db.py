"""Database commands: check, backup, info."""
from __future__ import annotations

from pathlib import Path

from qa_desktop.cli.common import add_json_flag, emit, open_db


def register(subparsers, common) -> None:
    check = subparsers.add_parser("check", parents=[common], help="check the integrity of the database")
    add_json_flag(check)
    check.set_defaults(handler=run_check)

    backup = subparsers.add_parser("backup", parents=[common],
                                   help="write a consistent copy of the database while others keep working")
    backup.add_argument("destination", type=Path, help="the new SQLite file to write")
    add_json_flag(backup)
    backup.set_defaults(handler=run_backup)

    info = subparsers.add_parser("info", parents=[common], help="which database is used, and its schema")
    add_json_flag(info)
    info.set_defaults(handler=run_info)


def run_check(args) -> int:
    from qa_desktop.core.db.integrity import check_database, damage_report
    from qa_desktop.core.errors import DatabaseDamaged

    try:
        database = open_db(args, create=False)
    except DatabaseDamaged as error:  # too damaged to open: that is the finding, not a failure to check
        report, name = damage_report(error), error.params.get("path", "")
    else:
        name = database.display_name
        try:
            report = check_database(database)
        finally:
            database.dispose()

    def text(r):
        lines = [f"{r['database']}: {'OK' if r['ok'] else 'PROBLEMS FOUND'} (schema {r['schema_version']})"]
        lines += [f"  problem: {p}" for p in r["problems"]]
        if r.get("audit"):
            chain = r["audit"]
            lines.append(f"  audit log: {chain['entries']} entries, {chain['chained']} chained by hash"
                         + (f", last hash {chain['last_hash'][:16]}…" if chain["last_hash"] else ""))
        lines += [f"  {name}: {count}" for name, count in r["counts"].items() if count]
        return "\n".join(lines)

    emit(args, {"database": name, **report.to_dict()}, text)
    return 0 if report.ok else 1


def run_backup(args) -> int:
    from qa_desktop.core.db.backup import backup_to

    database = open_db(args, create=False)
    try:
        written = backup_to(database, args.destination)
    finally:
        database.dispose()
    emit(args, {"database": database.display_name, "backup": str(written), "bytes": written.stat().st_size},
         lambda d: f"Backup written to {d['backup']} ({d['bytes']:,} bytes)")
    return 0


def run_info(args) -> int:
    from qa_desktop.core.db.migrations import describe_version

    database = open_db(args)
    try:
        data = {"database": database.display_name, "dialect": database.engine.dialect.name,
                "shared": database.shared, "user": database.user_login, **describe_version(database)}
    finally:
        database.dispose()
    emit(args, data, lambda d: "\n".join(f"{k}: {v}" for k, v in d.items() if k != "history"))
    return 0
