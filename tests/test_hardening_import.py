"""Import never aborts a folder for one bad name or file, and a killed import is settled next time.

- a file name that is not valid text (bytes from another system's code page) is reported and the
  rest of the folder is imported;
- files that only look like audio (a WAV claiming 1,000,000,000 Hz or 0 bits per sample, an MP3 of
  frame headers only) are refused by import and by ``analyze`` alike;
- a run left "running" by a killed import is marked interrupted by the next import, which
  registers what the killed one had not.
"""
from __future__ import annotations

import datetime as dt
import os
import socket
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qa_desktop.cli import main
from qa_desktop.core.audio.errors import AudioError
from qa_desktop.core.audio.probe import probe
from qa_desktop.core.audio.synth import write_demo_call
from qa_desktop.core.db.models import Call, ImportRun, utcnow
from qa_desktop.core.library import importer
from qa_desktop.core.library.importer import import_recordings


def _wav(rate: int, bits: int, *, tag: int = 1, channels: int = 1, frames: int = 8000) -> bytes:
    block = max(1, channels * bits // 8)
    data = bytes(range(256)) * (frames * block // 256 + 1)
    data = data[:frames * block]
    fmt = struct.pack("<HHIIHH", tag, channels, rate, (rate * block) & 0xFFFFFFFF, block, bits)
    body = b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


# MPEG-1 layer III, 128 kbit/s, 48 kHz: 384-byte frames, so a file of nothing but this header
# repeated passes a frame-sync check (each "frame" is followed by another header).
_MP3_HEADER = bytes([0xFF, 0xFB, 0x94, 0x64])

LOOKALIKES = {
    "rate_1e9.wav": _wav(1_000_000_000, 16),
    "zero_bits.wav": _wav(8000, 0),
    "rate_0_5hz.wav": _wav(1, 16),
    "headers_only.mp3": _MP3_HEADER * 20000,
    "300_channels.wav": _wav(8000, 16, channels=300),
}


@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_probe_refuses_files_that_only_look_like_audio(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(LOOKALIKES[name])
    with pytest.raises(AudioError) as caught:
        probe(path, use_ffmpeg=False, with_hash=True)
    assert name in str(caught.value)


def test_import_refuses_lookalikes_and_keeps_the_real_calls(sqlite_db, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    write_demo_call(share / "real.wav", seed=1, duration_s=2.0)
    for name, data in LOOKALIKES.items():
        (share / name).write_bytes(data)
    report = import_recordings(sqlite_db, share)
    assert report.counts["imported"] == 1
    assert report.counts["failed"] == len(LOOKALIKES)
    assert {Path(line.path).name for line in report.lines_with("failed")} == set(LOOKALIKES)
    assert all(line.code == "audio_corrupt" for line in report.lines_with("failed"))
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Call)) == 1


@pytest.mark.parametrize("name", ["rate_1e9.wav", "zero_bits.wav", "headers_only.mp3"])
def test_analyze_refuses_lookalikes_with_one_line(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_bytes(LOOKALIKES[name])
    assert main(["--db", str(tmp_path / "qa.sqlite3"), "analyze", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("qa-desktop: ") and name in err and "\n" not in err


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the file system must accept any bytes as a name")
def test_a_name_that_is_not_text_is_reported_and_the_folder_imported(sqlite_db, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    write_demo_call(share / "good1.wav", seed=1, duration_s=2.0)
    write_demo_call(os.fsdecode(os.fsencode(share) + b"/bad\xff\xfe-\xb2\xe2\xca\xd4.wav"), seed=2, duration_s=2.0)
    write_demo_call(share / "good2.wav", seed=3, duration_s=2.0)
    report = import_recordings(sqlite_db, share)
    assert report.counts["imported"] == 2 and report.counts["failed"] == 1
    bad = report.lines_with("failed")[0]
    assert bad.code == "bad_file_name" and "bad" in bad.path
    bad.path.encode("utf-8")  # storable and printable
    with sqlite_db.read() as session:
        run = session.get(ImportRun, report.run_id)
        assert run.finished_at is not None and run.report["counts"]["failed"] == 1
        assert session.scalar(select(func.count()).select_from(Call)) == 2


def test_cli_import_with_a_bad_name_exits_1_and_reports_it(tmp_path, capsys):
    if sys.platform in ("win32", "darwin"):
        pytest.skip("the file system must accept any bytes as a name")
    share = tmp_path / "share"
    share.mkdir()
    write_demo_call(share / "good1.wav", seed=1, duration_s=2.0)
    write_demo_call(os.fsdecode(os.fsencode(share) + b"/bad\xff.wav"), seed=2, duration_s=2.0)
    assert main(["--db", str(tmp_path / "qa.sqlite3"), "import", str(share)]) == 1
    out = capsys.readouterr().out
    assert "1 imported" in out and "1 failed" in out


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _leave_run(db, report: dict, calls: int = 0, started: dt.datetime | None = None) -> int:
    """A run as a killed import leaves it: started, some calls registered, never finished."""
    def work(session):
        run = ImportRun(source="/share", report=report, started_at=started or utcnow())
        session.add(run)
        session.flush()
        for index in range(calls):
            session.add(Call(recording_path=f"/share/left{index}.wav", content_hash=f"{index:064d}",
                             import_run_id=run.id))
        return run.id
    return db.write(work)


def test_a_killed_import_is_marked_interrupted_and_rerunning_finishes_it(sqlite_db, tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    for index in range(5):
        write_demo_call(share / f"call{index}.wav", seed=index, duration_s=1.0)
    # The first import dies after its first batch (as kill -9 would: no report, no finish).
    real_write = importer._write_batch
    calls = []

    def dying_write(*args, **kwargs):
        if calls:
            raise SystemExit("killed")
        calls.append(1)
        return real_write(*args, **kwargs)

    monkeypatch.setattr(importer, "_write_batch", dying_write)
    monkeypatch.setattr(importer, "_finish_run", lambda *a, **k: None)
    with pytest.raises(SystemExit):
        import_recordings(sqlite_db, share, batch_size=2)
    monkeypatch.undo()
    with sqlite_db.write_session() as session:  # it ran in a process that no longer exists
        run = session.scalars(select(ImportRun)).one()
        assert run.finished_at is None and run.report["status"] == "running"
        run.report = dict(run.report, pid=_dead_pid())
        killed_id = run.id

    report = import_recordings(sqlite_db, share)
    assert report.counts["imported"] == 3 and report.counts["duplicate"] == 2
    with sqlite_db.read() as session:
        killed = session.get(ImportRun, killed_id)
        assert killed.finished_at is not None
        assert killed.report["status"] == "interrupted" and killed.report["counts"]["imported"] == 2
        assert session.scalar(select(func.count()).select_from(ImportRun).where(
            ImportRun.finished_at.is_(None))) == 0
        assert session.scalar(select(func.count()).select_from(Call)) == 5


def test_a_run_on_another_machine_is_settled_only_when_its_heartbeat_stopped(sqlite_db, tmp_path):
    now = utcnow()
    alive = _leave_run(sqlite_db, {"status": "running", "host": "other-pc", "pid": 4242,
                                   "heartbeat": now.isoformat()})
    stale = _leave_run(sqlite_db, {"status": "running", "host": "other-pc", "pid": 4242,
                                   "heartbeat": (now - dt.timedelta(hours=2)).isoformat()}, calls=3)
    # Written before runs had heartbeats: settled once it is older than any heartbeat may be.
    legacy = _leave_run(sqlite_db, {"status": "running"}, started=now - dt.timedelta(hours=3))
    recent_legacy = _leave_run(sqlite_db, {"status": "running"}, started=now)
    mine = _leave_run(sqlite_db, {"status": "running", "host": socket.gethostname(), "pid": os.getpid(),
                                  "heartbeat": now.isoformat()})
    (tmp_path / "empty").mkdir()
    import_recordings(sqlite_db, tmp_path / "empty")
    with sqlite_db.read() as session:
        status = {run.id: (run.report["status"], run.finished_at is not None)
                  for run in session.scalars(select(ImportRun))}
        assert status[alive] == ("running", False)
        assert status[mine] == ("running", False)
        assert status[stale] == ("interrupted", True)
        assert status[legacy] == ("interrupted", True)
        assert status[recent_legacy] == ("running", False)
        assert session.get(ImportRun, stale).report["counts"]["imported"] == 3


def test_library_page_shows_a_killed_import_as_interrupted(qtbot, sqlite_db, tmp_path):
    from PySide6.QtCore import Qt

    from qa_desktop.core.users import ensure_user
    from qa_desktop.ui.context import AppContext
    from qa_desktop.ui.library.page import LibraryPage
    from qa_desktop.ui.settings import AppSettings

    _leave_run(sqlite_db, {"status": "running", "host": socket.gethostname(), "pid": _dead_pid(),
                           "heartbeat": utcnow().isoformat()}, calls=2)
    page = LibraryPage(AppContext(sqlite_db, ensure_user(sqlite_db, "tester"), AppSettings()))
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in page.findChildren(object) if type(w).__name__ == "ImportReportDialog")
    assert dialog.summary.text().startswith("Interrupted:") and "2 imported" in dialog.summary.text()
