"""The database commands a team lead scripts: info, check, backup — with --json and clear failures."""
from __future__ import annotations

import json

from qa_desktop.cli import main
from qa_desktop.core.db.migrations import SCHEMA_VERSION


def test_check_and_backup_round_trip(tmp_path, capsys):
    db = tmp_path / "qa.sqlite3"
    assert main(["--db", str(db), "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["schema_version"] == SCHEMA_VERSION and info["dialect"] == "sqlite"

    assert main(["backup", str(tmp_path / "copy.sqlite3"), "--db", str(db), "--json"]) == 0
    backup = json.loads(capsys.readouterr().out)["backup"]
    assert main(["--db", backup, "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True


def test_failures_exit_non_zero_with_one_line_reason(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "missing.sqlite3"), "check"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("qa-desktop: No database at") and "\n" not in err

    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello")
    assert main(["--db", str(not_db), "check"]) == 2
    assert "not a QA Desktop database" in capsys.readouterr().err
    assert not_db.read_text() == "hello"
