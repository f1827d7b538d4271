"""``qa-desktop forms``: list, export, import, publish and check scoring forms."""
from __future__ import annotations

import json
from pathlib import Path

from qa_desktop.cli.cmd_score import add_lang_option, output_lang, read_json_file
from qa_desktop.cli.common import add_json_flag, emit, open_db


def register(subparsers, common) -> None:
    parser = subparsers.add_parser("forms", parents=[common], help="scoring forms: list, export, import, publish")
    commands = parser.add_subparsers(dest="forms_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", parents=[common], help="the forms and their versions")
    listing.add_argument("--archived", action="store_true", help="include archived forms")
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)

    export = commands.add_parser("export", parents=[common], help="write a form as JSON (or a sheet for agents)")
    export.add_argument("code", help="form code")
    export.add_argument("-o", "--output", type=Path, help="JSON file to write")
    export.add_argument("--xlsx", type=Path, metavar="FILE", help="write a printable Excel sheet of the form")
    export.add_argument("--version", type=int, dest="version_no", help="version number (default: the newest)")
    add_lang_option(export)
    add_json_flag(export)
    export.set_defaults(handler=run_export)

    importing = commands.add_parser("import", parents=[common],
                                    help="import a form file (a new form, or a new version of an existing one)")
    importing.add_argument("file", type=Path)
    importing.add_argument("--publish", action="store_true", help="publish it at once (after the checks pass)")
    add_json_flag(importing)
    importing.set_defaults(handler=run_import)

    publish = commands.add_parser("publish", parents=[common], help="publish the newest version of a form")
    publish.add_argument("code")
    publish.add_argument("--version", type=int, dest="version_no")
    add_json_flag(publish)
    publish.set_defaults(handler=run_publish)

    check = commands.add_parser("check", parents=[common],
                                help="check a form file without importing it (exit 1 when it cannot be published)")
    check.add_argument("file", type=Path)
    add_json_flag(check)
    check.set_defaults(handler=run_check)


def run_list(args) -> int:
    from qa_desktop.core import forms_repository as forms

    database = open_db(args)
    try:
        rows = forms.list_forms(database, include_archived=args.archived)
    finally:
        database.dispose()

    def text(data):
        if not data:
            return "No scoring forms yet (import one with 'qa-desktop forms import FILE')."
        lines = []
        for row in data:
            published = f"v{row['published_version']} published" if row["published_version"] else "not published"
            lines.append(f"{row['code']:<20} {row['name']}  ({row['versions']} version(s), newest "
                         f"v{row['latest_version']}, {published}, {row['locked_versions']} in use)"
                         + ("  [archived]" if row["archived"] else ""))
        return "\n".join(lines)

    emit(args, [r.to_dict() for r in rows], text)
    return 0


def run_export(args) -> int:
    from qa_desktop.core import forms_repository as forms

    database = open_db(args)
    try:
        info, definition = forms.load_definition(database, args.code, args.version_no)
    finally:
        database.dispose()
    data = definition.to_dict()
    written = []
    if args.output:
        args.output.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(str(args.output))
    if args.xlsx:
        from qa_desktop.core.scoring.form_sheet import write_form_sheet

        write_form_sheet(definition, args.xlsx, lang=output_lang(args) if args.output_lang else "zh_CN",
                         version_no=info.version_no)
        written.append(str(args.xlsx))
    if not written:
        # No file named: the form goes to standard output (JSON), so it can be piped.
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    emit(args, {"form": info.form_code, "version": info.version_no, "written": written},
         lambda d: f"Form {d['form']} v{d['version']} written to {', '.join(d['written'])}")
    return 0


def run_import(args) -> int:
    from qa_desktop.core import forms_repository as forms
    from qa_desktop.core.scoring.form import FormDefinition

    data = read_json_file(args.file, "form")
    FormDefinition.from_dict(data)  # rejected here, with item and reason, before the database is opened
    database = open_db(args)
    try:
        info = forms.import_form(database, data, publish=args.publish)
    finally:
        database.dispose()

    def text(d):
        what = "new version" if d["created_new"] else "version"
        return (f"Imported form {d['form_code']} as {what} {d['version_no']}"
                f"{' (published)' if d['published'] else ' (not published yet)'}")

    emit(args, info.to_dict(), text)
    return 0


def run_publish(args) -> int:
    from qa_desktop.core import forms_repository as forms

    database = open_db(args)
    try:
        info = forms.publish_form(database, args.code, args.version_no)
    finally:
        database.dispose()
    emit(args, info.to_dict(), lambda d: f"Form {d['form_code']} version {d['version_no']} is published")
    return 0


def run_check(args) -> int:
    from qa_desktop.core.scoring.form import FormDefinition, pick

    definition = FormDefinition.from_dict(read_json_file(args.file, "form"))
    problems = definition.validate_for_publish()
    errors = [p for p in problems if p.severity == "error"]
    data = {"form": definition.code, "name": pick(definition.name, "en"), "items": len(definition.item_codes()),
            "publishable": not errors, "problems": [p.to_dict() for p in problems]}

    def text(d):
        lines = [f"{d['form']}: {d['items']} items, {'can be published' if d['publishable'] else 'NOT publishable'}"]
        lines += [f"  {p['severity']}: {p['where']}: {p['message']}" for p in d["problems"]]
        return "\n".join(lines)

    emit(args, data, text)
    return 0 if not errors else 1
