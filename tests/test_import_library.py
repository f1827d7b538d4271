"""Importing recordings into a real database: metadata, idempotence, moves, bad input, cancel."""
from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from sqlalchemy import func, select

from qa_desktop.core.audio.synth import write_demo_call
from qa_desktop.core.db.models import Agent, AuditEntry, Call, ImportRun
from qa_desktop.core.library.importer import import_recordings
from qa_desktop.core.library.relink import relink_prefix, remap_path
from qa_desktop.core.progress import ProgressSink

PATTERN = "{agent_id}_{date:%Y%m%d}_{time:%H%M%S}_{call_id}"


def _make_tree(root, count=4, seconds=3.0, fmt_cycle=("pcm_mulaw", "mp3", "pcm_alaw", "flac")):
    made = []
    for index in range(count):
        fmt = fmt_cycle[index % len(fmt_cycle)]
        suffix = ".wav" if fmt.startswith("pcm") else "." + fmt
        folder = root / f"2026-11-{18 + index % 2}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{1001 + index % 3}_202611{18 + index % 2}_0930{index:02d}_C{index:04d}{suffix}"
        write_demo_call(path, seed=index, duration_s=seconds + index, fmt=fmt)
        made.append(path)
    return made


def _calls(db):
    with db.read() as session:
        calls = session.scalars(select(Call).order_by(Call.id)).all()
        session.expunge_all()  # keep the loaded values after the read session ends
        return calls


def test_pattern_import_registers_calls_with_metadata_without_decoding(sqlite_db, tmp_path, monkeypatch):
    files = _make_tree(tmp_path / "share")
    import qa_desktop.core.audio.decode as decode_module

    monkeypatch.setattr(decode_module, "decode", lambda *a, **k: pytest.fail("import decoded a recording"))
    report = import_recordings(sqlite_db, tmp_path / "share", pattern=PATTERN)
    assert report.counts["imported"] == 4 and report.counts["failed"] == 0
    calls = _calls(sqlite_db)
    assert {c.recording_path for c in calls} == {str(f) for f in files}
    first = next(c for c in calls if c.external_id == "C0000")
    assert first.started_at == dt.datetime(2026, 11, 18, 9, 30, 0) - (
        dt.datetime(2026, 11, 18, 9, 30).astimezone().utcoffset() or dt.timedelta())
    assert first.codec == "pcm_mulaw" and first.channels == 2 and first.sample_rate == 8000
    assert first.duration_s == pytest.approx(3.0, abs=0.01) and len(first.content_hash) == 64
    mp3 = next(c for c in calls if c.external_id == "C0001")
    assert mp3.codec == "mp3" and mp3.duration_s == pytest.approx(4.0, abs=0.2)
    with sqlite_db.read() as session:
        codes = set(session.scalars(select(Agent.agent_code)))
        run = session.get(ImportRun, report.run_id)
        assert codes == {"1001", "1002", "1003"}
        assert run.report["counts"]["imported"] == 4 and run.finished_at is not None
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "import")) == 1


def test_reimport_adds_nothing_and_a_moved_file_keeps_its_call(any_db, tmp_path):
    files = _make_tree(tmp_path / "share")
    import_recordings(any_db, tmp_path / "share", pattern=PATTERN)
    before = {c.id: c.recording_path for c in _calls(any_db)}
    again = import_recordings(any_db, tmp_path / "share", pattern=PATTERN)
    assert again.counts == {"imported": 0, "moved": 0, "duplicate": 4, "skipped": 0, "failed": 0}
    assert {c.id: c.recording_path for c in _calls(any_db)} == before

    renamed = tmp_path / "share" / "archive" / "renamed.wav"
    renamed.parent.mkdir()
    shutil.move(files[0], renamed)
    moved = import_recordings(any_db, tmp_path / "share", pattern=PATTERN)
    assert moved.counts["moved"] == 1 and moved.counts["imported"] == 0
    call = next(c for c in _calls(any_db) if c.external_id == "C0000")
    assert call.recording_path == str(renamed) and len(_calls(any_db)) == 4


def test_manifest_import_in_gbk_with_chinese_columns(any_db, tmp_path):
    sqlite_db = any_db
    share = tmp_path / "share"
    files = _make_tree(share, count=3)
    lines = ["录音文件,工号,坐席姓名,通话时间,主叫,呼叫类型,队列,方向"]
    for index, path in enumerate(files):
        lines.append(f"{path.relative_to(share).as_posix()},{2001 + index},坐席{index},2026-11-20 10:0{index}:00,"
                     f"1381234567{index},投诉,售后,呼入")
    manifest = share / "清单.csv"
    manifest.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    report = import_recordings(sqlite_db, share, manifest=manifest)
    assert report.counts["imported"] == 3, report.to_dict()
    calls = _calls(sqlite_db)
    first = next(c for c in calls if c.recording_path == str(files[0]))
    assert first.call_type == "投诉" and first.queue == "售后" and first.direction.value == "inbound"
    assert first.customer_number_masked == "138****5670" and len(first.customer_number_hash) == 64
    assert "13812345670" not in json.dumps(report.to_dict(), ensure_ascii=False)
    with sqlite_db.read() as session:
        agent = session.get(Agent, first.agent_id)
        assert agent.agent_code == "2001" and agent.name == "坐席0"


def test_bad_files_and_rows_each_get_one_line_and_the_rest_goes_on(any_db, tmp_path):
    sqlite_db = any_db
    share = tmp_path / "share"
    good = _make_tree(share, count=2)
    (share / "empty.wav").write_bytes(b"")
    data = good[0].read_bytes()
    (share / "cut.wav").write_bytes(data[: len(data) // 2])
    shutil.copy(good[1], share / "really_mp3.wav")  # an MP3 named .wav
    (share / "noise.flac").write_bytes(bytes(range(256)) * 10)
    (share / "old.wma").write_bytes(b"0&\xb2u" * 100)
    (share / "readme.txt").write_text("ignored: not a recording")
    outside = tmp_path / "elsewhere.wav"
    write_demo_call(outside, seed=9, duration_s=2.0)
    manifest = share / "manifest.csv"
    rows = ["file,agent_id,call_id"]
    rows += [f"{p.relative_to(share).as_posix()},1001,G{i}" for i, p in enumerate(good)]
    rows += ["empty.wav,1001,B1", "cut.wav,1001,B2", "really_mp3.wav,1001,B3", "noise.flac,1001,B4",
             "missing.wav,1001,B5", "../elsewhere.wav,1001,B6", f"{good[0].relative_to(share).as_posix()},1001,B7"]
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = import_recordings(sqlite_db, share, manifest=manifest)
    codes = {line.path.rsplit("/", 1)[-1]: (line.status, line.code) for line in report.lines}
    assert codes["empty.wav"] == ("failed", "audio_empty")
    assert codes["cut.wav"] == ("failed", "audio_truncated")
    assert codes["really_mp3.wav"] == ("failed", "audio_mislabelled")
    assert codes["noise.flac"] == ("failed", "audio_corrupt")
    assert codes["missing.wav"] == ("failed", "missing_file")
    assert codes["elsewhere.wav"] == ("failed", "outside_tree")
    assert codes["old.wma"] == ("failed", "audio_unsupported")
    assert "readme.txt" not in codes
    assert report.counts["imported"] == 2 and report.counts["skipped"] == 1  # the row listing a file twice
    for line in report.lines:
        assert line.status == "imported" or line.reason, line
    assert sorted(c.external_id for c in _calls(sqlite_db)) == ["G0", "G1"]  # nothing half-imported


def test_copy_to_references_the_copies(sqlite_db, tmp_path):
    _make_tree(tmp_path / "share", count=2)
    report = import_recordings(sqlite_db, tmp_path / "share", pattern=PATTERN, copy_to=tmp_path / "library")
    assert report.counts["imported"] == 2
    for call in _calls(sqlite_db):
        assert call.recording_path.startswith(str(tmp_path / "library"))
        assert (tmp_path / "library").exists() and open(call.recording_path, "rb").read(4) in (b"RIFF", b"ID3\x04",
                                                                                            b"\xff\xfb\x90\x00",
                                                                                            b"ID3\x03")
    again = import_recordings(sqlite_db, tmp_path / "share", pattern=PATTERN, copy_to=tmp_path / "library")
    assert again.counts["duplicate"] == 2 and len(list((tmp_path / "library").rglob("*.*"))) == 2


def test_cancel_keeps_what_was_registered_and_says_so(sqlite_db, tmp_path):
    _make_tree(tmp_path / "share", count=6, seconds=1.0)
    sink = ProgressSink()
    report = import_recordings(sqlite_db, tmp_path / "share", pattern=PATTERN, progress=sink, batch_size=2)
    assert not report.cancelled
    sink2 = ProgressSink(lambda done, total, message: sink2.cancel() if done >= 1 else None)
    db_calls = len(_calls(sqlite_db))
    more = tmp_path / "more"
    _make_tree(more, count=3, seconds=1.5, fmt_cycle=("pcm_s16le",))
    # rename so they are new calls
    for index, path in enumerate(sorted(more.rglob("*.wav"))):
        path.rename(path.with_name(f"2001_20261120_1000{index:02d}_N{index}.wav"))
    partial = import_recordings(sqlite_db, more, pattern=PATTERN, progress=sink2, batch_size=1)
    assert partial.cancelled
    assert len(_calls(sqlite_db)) == db_calls + partial.counts["imported"]
    with sqlite_db.read() as session:
        assert session.get(ImportRun, partial.run_id).report["cancelled"] is True


def test_relink_moves_a_share_to_a_new_mount(sqlite_db, tmp_path):
    _make_tree(tmp_path / "old_mount", count=2)
    import_recordings(sqlite_db, tmp_path / "old_mount", pattern=PATTERN)
    shutil.move(tmp_path / "old_mount", tmp_path / "new_mount")
    dry = relink_prefix(sqlite_db, str(tmp_path / "old_mount"), str(tmp_path / "new_mount"), dry_run=True)
    assert dry["calls"] == 2 and all(c.recording_path.startswith(str(tmp_path / "old_mount"))
                                     for c in _calls(sqlite_db))
    summary = relink_prefix(sqlite_db, str(tmp_path / "old_mount") + "/", str(tmp_path / "new_mount"))
    assert summary == {**summary, "calls": 2, "found": 2, "missing": 0}
    assert all(c.recording_path.startswith(str(tmp_path / "new_mount")) for c in _calls(sqlite_db))
    assert remap_path(r"\\nas01\rec\2026\a.wav", r"\\NAS01\rec", "/mnt/rec") == "/mnt/rec/2026/a.wav"
    assert remap_path("/data/records/a.wav", "/data/rec", "/x") is None


def test_import_and_analyze_commands(tmp_path, capsys):
    from qa_desktop.cli import main

    _make_tree(tmp_path / "share", count=2, seconds=12.0)
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "import", str(tmp_path / "share"), "--pattern", PATTERN, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["imported"] == 2 and data["lines"][0]["call_id"]
    call_id = data["lines"][0]["call_id"]
    assert main(["--db", db, "analyze", "--call", str(call_id), "--json"]) == 0
    analysis = json.loads(capsys.readouterr().out)
    assert analysis["call_id"] == call_id and analysis["speech"][0]
    from qa_desktop.core.audio.waveform import load_cached
    from qa_desktop.core.db import open_database

    database = open_database(db)
    try:
        with database.read() as session:
            call = session.get(Call, call_id)
            assert call.analysis["dead_air"] == analysis["dead_air"] and call.analysis["levels"]
            assert load_cached(call.content_hash) is not None
    finally:
        database.dispose()
    (tmp_path / "bad.wav").write_bytes(b"")
    assert main(["--db", db, "import", str(tmp_path / "bad.wav")]) == 1
    assert "empty" in capsys.readouterr().out
    assert main(["--db", db, "import", str(tmp_path / "nowhere")]) == 2


def test_relink_command(tmp_path, capsys):
    from qa_desktop.cli import main

    _make_tree(tmp_path / "mnt_a", count=2)
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "import", str(tmp_path / "mnt_a"), "--pattern", PATTERN, "--json"]) == 0
    capsys.readouterr()
    shutil.move(tmp_path / "mnt_a", tmp_path / "mnt_b")
    assert main(["--db", db, "relink", "--from", str(tmp_path / "mnt_a"), "--to", str(tmp_path / "mnt_b"),
                 "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["calls"] == 2 and summary["found"] == 2 and not summary["dry_run"]
    assert main(["--db", db, "import", str(tmp_path / "mnt_b"), "--pattern", PATTERN, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["duplicate"] == 2  # nothing re-added after the remap


def test_a_failing_database_write_leaves_no_claimed_calls(sqlite_db, tmp_path, monkeypatch):
    import qa_desktop.core.library.importer as importer

    _make_tree(tmp_path / "share", count=3)

    def broken(*_args, **_kwargs):
        raise RuntimeError("the database file went away")

    monkeypatch.setattr(importer, "_apply", broken)
    with pytest.raises(RuntimeError):
        import_recordings(sqlite_db, tmp_path / "share", pattern=PATTERN)
    assert _calls(sqlite_db) == []
    with sqlite_db.read() as session:
        run = session.scalars(select(ImportRun)).one()
        assert run.report["counts"]["imported"] == 0 and run.report["counts"]["failed"] == 3
        assert {line["code"] for line in run.report["lines"]} == {"interrupted"}


def test_analyze_pending_fills_in_every_unanalysed_call_and_reports_unreadable_ones(tmp_path, capsys):
    from qa_desktop.cli import main

    files = _make_tree(tmp_path / "share", count=3, seconds=8.0)
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "import", str(tmp_path / "share"), "--pattern", PATTERN, "--json"]) == 0
    capsys.readouterr()
    files[1].write_bytes(files[1].read_bytes()[:2000])  # damaged after the import
    assert main(["--db", db, "analyze", "--pending", "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert len(result["analysed"]) == 2 and len(result["failed"]) == 1
    assert result["failed"][0]["code"] in ("audio_truncated", "audio_corrupt")
    assert main(["--db", db, "analyze", "--pending", "--json"]) == 1  # only the damaged one is left
    assert json.loads(capsys.readouterr().out)["analysed"] == []


def test_analyze_pending_redoes_analyses_of_an_older_version(tmp_path, capsys):
    from qa_desktop.cli import main
    from qa_desktop.core.audio.analysis import ANALYSIS_VERSION
    from qa_desktop.core.db import open_database

    _make_tree(tmp_path / "share", count=3, seconds=8.0)
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "import", str(tmp_path / "share"), "--pattern", PATTERN, "--json"]) == 0
    assert main(["--db", db, "analyze", "--pending", "--json"]) == 0
    capsys.readouterr()
    database = open_database(db, create=False)
    try:
        first, second, third = sorted(c.id for c in _calls(database))

        def age(session):  # one analysis from the previous version, one from before versions were kept
            for call_id, version in ((first, ANALYSIS_VERSION - 1), (second, None)):
                call = session.get(Call, call_id)
                call.analysis = {k: v for k, v in call.analysis.items() if k != "version"} | (
                    {"version": version} if version is not None else {})

        database.write(age)
    finally:
        database.dispose()
    assert main(["--db", db, "analyze", "--pending", "--json"]) == 0
    assert sorted(json.loads(capsys.readouterr().out)["analysed"]) == [first, second]
    database = open_database(db, create=False)
    try:
        assert {c.analysis["version"] for c in _calls(database)} == {ANALYSIS_VERSION}
    finally:
        database.dispose()
    assert main(["--db", db, "analyze", "--pending", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["analysed"] == [] and third


def test_calls_hashed_as_plain_sha256_are_recognised_and_upgraded(sqlite_db, tmp_path):
    import hashlib

    from qa_desktop.core.audio.fingerprint import content_hash, recording_matches

    files = _make_tree(tmp_path / "share", count=2)
    legacy = hashlib.sha256(files[0].read_bytes()).hexdigest()  # as the demo and older data hash
    sqlite_db.write(lambda s: s.add(Call(recording_path=str(files[0]), content_hash=legacy, external_id="OLD")))
    report = import_recordings(sqlite_db, tmp_path / "share", pattern=PATTERN)
    assert report.counts == {"imported": 1, "moved": 0, "duplicate": 1, "skipped": 0, "failed": 0}
    old = next(c for c in _calls(sqlite_db) if c.external_id == "OLD")
    assert old.content_hash == content_hash(files[0])  # now found again wherever the file moves
    assert recording_matches(files[0], legacy) and recording_matches(files[0], old.content_hash)
    assert not recording_matches(files[1], legacy)
