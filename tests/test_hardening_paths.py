"""A database path is a path: any legal file name opens that very file, not a prefix of it.

The path goes into an SQLite URI (so ``mode=ro`` and shared settings can be passed); ``#``, ``?``
and ``%`` must be escaped there, or ``Team #3/team.sqlite3`` opens ``Team ``.
"""
from __future__ import annotations

import sqlite3
from pathlib import PurePosixPath, PureWindowsPath

import pytest

from qa_desktop.cli import main
from qa_desktop.core.db import open_database
from qa_desktop.core.db.database import sqlite_uri

AWKWARD_FOLDERS = ["Team #3", "what?", "100% calls", "two  spaces ", "质检 团队", "a#b?c%d&e=f"]


@pytest.mark.parametrize("folder", AWKWARD_FOLDERS)
def test_database_with_awkward_name_opens_that_file(tmp_path, folder):
    target = tmp_path / folder / "team #1?.sqlite3"
    target.parent.mkdir()
    database = open_database(target)
    database.dispose()
    # The very file named was created, and nothing beside it.
    assert target.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]
    with sqlite3.connect(target) as raw:
        assert raw.execute("SELECT count(*) FROM schema_version").fetchone()[0] >= 1
    again = open_database(target, create=False, read_only=True)
    assert again.path == target
    again.dispose()


def test_cli_backup_and_check_with_hash_in_folder(tmp_path, capsys):
    folder = tmp_path / "Team #3"
    folder.mkdir()
    db = folder / "team.sqlite3"
    assert main(["--db", str(db), "info"]) == 0
    assert main(["--db", str(db), "backup", str(folder / "copy ?%.sqlite3")]) == 0
    assert main(["--db", str(folder / "copy ?%.sqlite3"), "check"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Team #3"]
    assert sorted(p.name for p in folder.iterdir()) == ["copy ?%.sqlite3", "team.sqlite3"]


@pytest.mark.parametrize(("path", "uri"), [
    (PurePosixPath("/srv/qa/Team #3/team.sqlite3"), "file:///srv/qa/Team%20%233/team.sqlite3"),
    (PurePosixPath("/srv/qa/a?b%c/t.db"), "file:///srv/qa/a%3Fb%25c/t.db"),
    (PurePosixPath("/srv/质检/t.db"), "file:///srv/%E8%B4%A8%E6%A3%80/t.db"),
    # Windows: a drive letter takes an empty authority; a UNC share keeps its two leading slashes
    # inside the path (SQLite refuses an authority other than localhost).
    (PureWindowsPath(r"C:\QA\Team #3\team.sqlite3"), "file:///C:/QA/Team%20%233/team.sqlite3"),
    (PureWindowsPath(r"\\fileserver\qa share\Team #3\team.sqlite3"),
     "file:////fileserver/qa%20share/Team%20%233/team.sqlite3"),
    (PureWindowsPath(r"\\?\UNC\fileserver\qa\t.db"), "file:////fileserver/qa/t.db"),
])
def test_sqlite_uri_escapes_every_special_character(path, uri):
    assert sqlite_uri(path) == uri
    assert sqlite_uri(path, read_only=True) == uri + "?mode=ro"
