"""Hostile or broken files get a clear error, never a hang or a traceback.

The bad-input table of issue 18: a zip-bomb XLSX manifest, a manifest of too many rows, UTF-16
without a byte-order mark, forms nested 200,000 levels or carrying numbers like 1e999999 and 1e308,
SQLite files truncated, overwritten or bit-flipped (``check`` reports the damage).
"""
from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from qa_desktop.core.library.manifest import MAX_ROWS, ManifestError, read_manifest
from qa_desktop.core.scoring import default_form
from qa_desktop.core.scoring.errors import FormInvalid
from qa_desktop.core.scoring.form import FormDefinition

ROOT = Path(__file__).resolve().parents[1]


def _cli(*args: str) -> subprocess.CompletedProcess:
    """The CLI in its own process, as a person runs it: exit status and every byte of stderr."""
    return subprocess.run([sys.executable, "-m", "qa_desktop", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def _one_line_error(result: subprocess.CompletedProcess) -> str:
    err = result.stderr.strip()
    assert result.returncode == 2, (result.returncode, err[-2000:])
    assert "Traceback" not in err and "\n" not in err and err.startswith("qa-desktop: ")
    return err


# ------------------------------------------------------------------------------ manifests

def _xlsx_with_sheet(sheet_xml: bytes) -> bytes:
    """A real workbook (written by openpyxl) whose first sheet is replaced by ``sheet_xml``."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["file"])
    plain = io.BytesIO()
    book.save(plain)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain.getvalue())) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for entry in source.infolist():
            data = sheet_xml if entry.filename == "xl/worksheets/sheet1.xml" else source.read(entry)
            target.writestr(entry.filename, data)
    return out.getvalue()


def _sheet_xml(rows: int) -> bytes:
    head = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>file</t></is></c></row>')
    row = b'<row><c t="inlineStr"><is><t>a.wav</t></is></c></row>'
    return head + row * rows + b"</sheetData></worksheet>"


def test_zip_bomb_manifest_is_refused_before_it_is_read(tmp_path):
    # ~70 MB of rows packed into a few hundred kB; the reported bomb was 3 MB -> 1 GB.
    bomb = tmp_path / "calls.xlsx"
    bomb.write_bytes(_xlsx_with_sheet(_sheet_xml(1_300_000)))
    assert bomb.stat().st_size < 2_000_000
    with pytest.raises(ManifestError, match="unpacks to"):
        read_manifest(bomb)
    err = _one_line_error(_cli("--db", str(tmp_path / "qa.sqlite3"), "import", str(tmp_path),
                               "--manifest", str(bomb)))
    assert "calls.xlsx" in err


def test_manifest_with_too_many_rows_is_refused(tmp_path):
    csv_file = tmp_path / "calls.csv"
    csv_file.write_text("file\n" + "a.wav\n" * (MAX_ROWS + 10), encoding="utf-8")
    with pytest.raises(ManifestError, match="more than 500,000 rows"):
        read_manifest(csv_file)


def test_a_normal_xlsx_manifest_still_reads(tmp_path):
    small = tmp_path / "calls.xlsx"
    small.write_bytes(_xlsx_with_sheet(_sheet_xml(50)))
    manifest = read_manifest(small)
    assert len(manifest.rows) == 50 and manifest.rows[0].values == {"file": "a.wav"}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_manifest_without_bom_is_read(tmp_path, encoding):
    text = ("录音文件,坐席工号,通话时间,客户号码\r\n"
            "2026-11-18/1001_0930.wav,1001,2026-11-18 09:30:00,13812345678\r\n"
            "2026-11-18/1002_0931.wav,1002,2026-11-18 09:31:00,13912345678\r\n")
    path = tmp_path / "通话清单.csv"
    path.write_bytes(text.encode(encoding))  # no BOM, as Excel's "Unicode text" and some exports write it
    manifest = read_manifest(path)
    assert manifest.encoding == encoding
    assert [row.values["agent_code"] for row in manifest.rows] == ["1001", "1002"]
    assert manifest.rows[0].values["file"] == "2026-11-18/1001_0930.wav"


def test_binary_junk_is_still_not_a_csv(tmp_path):
    junk = tmp_path / "calls.csv"
    junk.write_bytes(bytes(random.Random(7).randrange(256) for _ in range(5000)))
    with pytest.raises(ManifestError):
        read_manifest(junk)


# ------------------------------------------------------------------------------ forms

def _form_with(where: str, value) -> dict:
    data = default_form().to_dict()
    section = data["sections"][0]
    item = section["items"][0]
    if where == "points":
        item["type"], item["points"] = "yes_no", value
        item.pop("options", None)
        item.pop("fatal", None)
    elif where == "weight":
        section["weight"] = value
    elif where == "grade_min":
        data["grade_bands"][0]["min"] = value
    elif where == "option_points":
        item["type"] = "choice"
        item.pop("points", None)
        item.pop("fatal", None)
        item["options"] = [{"value": "a", "label": "A", "points": value}, {"value": "b", "label": "B", "points": 0}]
    return data


HOSTILE_NUMBERS = ["1e999999", 1e308, "1e308", "1e-999999", "-1e999999", "9" * 5000, 10 ** 400, 100001,
                   "0.000001"]


@pytest.mark.parametrize("where", ["points", "weight", "grade_min", "option_points"])
@pytest.mark.parametrize("value", HOSTILE_NUMBERS, ids=lambda v: repr(v)[:12])
def test_every_number_a_form_carries_is_bounded(where, value):
    with pytest.raises(FormInvalid) as caught:
        FormDefinition.from_dict(_form_with(where, value))
    assert len(str(caught.value)) < 300  # the message names the field, not a 5,000-digit number


@pytest.mark.parametrize("value", ["1e308", "1e999999"])
def test_cli_score_with_a_huge_number_is_a_one_line_error(tmp_path, value):
    form = tmp_path / "form.json"
    form.write_text(json.dumps(_form_with("points", value)), encoding="utf-8")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({}), encoding="utf-8")
    err = _one_line_error(_cli("score", str(form), str(answers), "--partial"))
    assert "at most 100000" in err


def test_cli_score_with_a_float_1e308_is_a_one_line_error(tmp_path):
    form = tmp_path / "form.json"
    form.write_text(json.dumps(_form_with("points", 1e308)), encoding="utf-8")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({}), encoding="utf-8")
    _one_line_error(_cli("score", str(form), str(answers), "--partial"))


def test_normal_numbers_still_pass():
    for value in (0, 1, 2.5, "33.3333", 100000):
        definition = FormDefinition.from_dict(_form_with("weight", value))
        assert definition.sections[0].weight == Decimal(str(value))


@pytest.mark.parametrize("depth", [200_000])
def test_form_nested_200000_levels_is_a_one_line_error(tmp_path, depth):
    nested = tmp_path / "nested.json"
    nested.write_text('{"format": 1, "code": "X", "name": "n", "sections": ' + "[" * depth + "]" * depth + "}",
                      encoding="utf-8")
    assert "nested too deeply" in _one_line_error(_cli("forms", "check", str(nested)))
    huge_int = tmp_path / "huge_int.json"
    huge_int.write_text('{"format": 1, "code": "X", "name": "n", "sections": [], "critical_pass_mark": '
                        + "9" * 10000 + "}", encoding="utf-8")
    _one_line_error(_cli("forms", "check", str(huge_int)))


def test_designer_refuses_a_deeply_nested_file_with_a_message(qtbot, sqlite_db, tmp_path):
    from qa_desktop.core import forms_repository
    from qa_desktop.core.users import ensure_user
    from qa_desktop.core.workflow.permissions import Role
    from qa_desktop.ui.context import AppContext
    from qa_desktop.ui.forms.page import FormsPage
    from qa_desktop.ui.settings import AppSettings

    user = ensure_user(sqlite_db, "tester", "组长", role=Role.QA_LEAD)
    forms_repository.ensure_default_form(sqlite_db)
    page = FormsPage(AppContext(sqlite_db, user, AppSettings()))
    qtbot.addWidget(page)
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    assert not page.import_file(nested)
    assert "nested.json" in page.message.text() and not page.dirty


# ------------------------------------------------------------------------------ damaged databases

@pytest.fixture(scope="module")
def sound_database(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("sound")
    db = folder / "qa.sqlite3"
    result = _cli("--db", str(db), "demo", "--agents", "4", "--calls", "120", "--months", "1", "--recordings", "0")
    assert result.returncode == 0, result.stderr
    return db.read_bytes()


def _damage(data: bytes, how: str) -> bytes:
    rng = random.Random(how)
    if how == "truncated_half":
        return data[:len(data) // 2]
    if how == "truncated_100_bytes":
        return data[:100]
    if how == "header_overwritten":
        return data[:16] + bytes(rng.randrange(256) for _ in range(84)) + data[100:]
    if how == "page_overwritten":
        return data[:4096] + bytes(rng.randrange(256) for _ in range(4096)) + data[8192:]
    if how == "pages_zeroed":
        return data[:len(data) // 3] + bytes(8192) + data[len(data) // 3 + 8192:]
    raise AssertionError(how)


@pytest.mark.parametrize("how", ["truncated_half", "truncated_100_bytes", "header_overwritten", "page_overwritten",
                                 "pages_zeroed"])
def test_check_reports_a_damaged_database(tmp_path, sound_database, how):
    db = tmp_path / "team.sqlite3"
    db.write_bytes(_damage(sound_database, how))
    result = _cli("--db", str(db), "check", "--json")
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is False and report["problems"]
    assert any("damaged" in p or "integrity" in p for p in report["problems"])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_check_never_crashes_on_bit_flips(tmp_path, sound_database, seed):
    data = bytearray(sound_database)
    rng = random.Random(seed)
    for _ in range(200):
        position = rng.randrange(100, len(data))
        data[position] ^= 1 << rng.randrange(8)
    db = tmp_path / "team.sqlite3"
    db.write_bytes(bytes(data))
    result = _cli("--db", str(db), "check")
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.stdout.startswith(str(db))


@pytest.mark.parametrize("how", ["truncated_half", "header_overwritten"])
def test_opening_a_damaged_database_is_a_one_line_error(tmp_path, sound_database, how):
    db = tmp_path / "team.sqlite3"
    damaged = _damage(sound_database, how)
    db.write_bytes(damaged)
    assert "is damaged" in _one_line_error(_cli("--db", str(db), "info"))
    assert db.read_bytes() == damaged  # nothing was changed


def test_the_window_names_a_damaged_database_in_chinese(qapp, tmp_path, sound_database):
    from qa_desktop.core.db import open_database
    from qa_desktop.core.errors import DatabaseDamaged
    from qa_desktop.ui.i18n import install_language
    from qa_desktop.ui.messages import describe_error

    db = tmp_path / "team.sqlite3"
    db.write_bytes(_damage(sound_database, "truncated_half"))
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(db)
    try:
        install_language("zh_CN")
        text = describe_error(caught.value)
    finally:
        install_language("en")
    assert str(db) in text and "已损坏" in text


def test_the_window_says_why_a_manifest_was_refused_in_chinese(qapp, tmp_path):
    from qa_desktop.core.library.manifest import ManifestTooLarge, ManifestTooManyRows
    from qa_desktop.ui.i18n import install_language
    from qa_desktop.ui.messages import describe_error

    bomb = tmp_path / "calls.xlsx"
    bomb.write_bytes(_xlsx_with_sheet(_sheet_xml(1_300_000)))
    rows = tmp_path / "calls.csv"
    rows.write_text("file\n" + "a.wav\n" * (MAX_ROWS + 10), encoding="utf-8")
    errors = []
    for path, kind in ((bomb, ManifestTooLarge), (rows, ManifestTooManyRows)):
        with pytest.raises(kind) as caught:
            read_manifest(path)
        errors.append(caught.value)
    assert f"{MAX_ROWS:,}" in describe_error(errors[1])  # the message's figure is the real limit
    try:
        install_language("zh_CN")
        texts = [describe_error(error) for error in errors]
    finally:
        install_language("en")
    assert texts[0].startswith(str(bomb)) and "未读取" in texts[0]
    assert texts[1].startswith(str(rows)) and "500,000 行" in texts[1]
    assert all("\n" not in text for text in texts)
