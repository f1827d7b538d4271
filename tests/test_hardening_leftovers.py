"""Nothing is left behind after a crash, and what is written can be read by those it is meant for.

- decoded audio goes into a folder of the user's own (0700) as 0600 files, and what a killed decode
  left is removed by the next one (it used to stay in /dev/shm, readable by every user, 115 MB a kill);
- report workbooks are written under a temporary name and renamed; a killed export's temporary
  file is removed by the next export into that folder; the workbook gets the folder's normal
  permissions (umask), not mkstemp's 0600;
- the demo writes each recording under a temporary name, so a killed demo never leaves a call cut
  short under its real name;
- ``export -o`` naming a folder is a one-line error.
"""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from qa_desktop.cli import main
from qa_desktop.core import leftovers
from qa_desktop.core.audio import decode as decode_module
from qa_desktop.core.audio.synth import write_demo_call

SHM = Path("/dev/shm")
needs_shm = pytest.mark.skipif(not SHM.is_dir() or not hasattr(os, "getuid"), reason="Linux /dev/shm only")
ROOT = Path(__file__).resolve().parents[1]


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _private_folder() -> Path:
    return SHM / f"qa-desktop-{os.getuid()}"


def _run_python(code: str, *args: str, **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], env=env, capture_output=True,
                          text=True, timeout=120, **kwargs)


@needs_shm
def test_decoded_audio_is_private_while_it_exists_and_gone_after(tmp_path):
    recording = tmp_path / "call.flac"
    write_demo_call(recording, seed=3, duration_s=20.0, fmt="flac")
    seen = []

    def look(_array, _frames, _rate):
        # this process's files only (<prefix><host>-<pid>-…): other test runs decode in the same folder meanwhile
        for path in _private_folder().glob(f"qa-desktop-*-{os.getpid()}-*.wav"):
            seen.append((path, stat.S_IMODE(path.stat().st_mode)))

    decoded = decode_module.decode(recording, on_samples=look)
    assert decoded.duration_s == pytest.approx(20.0, abs=0.1)
    assert seen and all(mode == 0o600 for _, mode in seen)
    assert stat.S_IMODE(_private_folder().stat().st_mode) == 0o700
    assert not any(path.exists() for path, _ in seen)
    assert not list(SHM.glob(f"qa-desktop-*-{os.getpid()}-*.wav"))


@needs_shm
def test_a_killed_decode_leaves_only_a_private_file_that_the_next_start_removes(tmp_path):
    recording = tmp_path / "long.flac"
    write_demo_call(recording, seed=4, duration_s=60.0, fmt="flac")
    killed = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import os, signal, sys
        from qa_desktop.core.audio.decode import decode
        decode(sys.argv[1], on_samples=lambda *a: os.kill(os.getpid(), signal.SIGKILL))
    """), str(recording)], env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert killed.wait(timeout=120) == -9
    # the killed process's own files (<prefix><host>-<pid>-…): other test runs decode in the same folders
    left = set(SHM.glob(f"qa-desktop-*-{killed.pid}-*.wav")) | set(_private_folder().glob(f"*-{killed.pid}-*"))
    assert left, "the kill came while ffmpeg's output existed"
    for path in left:
        assert path.parent == _private_folder() and stat.S_IMODE(path.stat().st_mode) == 0o600
    # The next process to decode removes what the killed one left.
    again = _run_python("""
        import sys
        from qa_desktop.core.audio.decode import decode
        decode(sys.argv[1])
    """, str(recording))
    assert again.returncode == 0, again.stderr
    assert not any(path.exists() for path in left)


@needs_shm
def test_stale_decodes_of_dead_processes_are_removed_and_live_ones_kept(tmp_path, monkeypatch):
    folder = _private_folder()
    folder.mkdir(mode=0o700, exist_ok=True)
    dead = folder / f"qa-desktop-{leftovers.host_tag()}-{_dead_pid()}-0123456789ab.wav"
    live = folder / f"qa-desktop-{leftovers.host_tag()}-{os.getppid()}-0123456789ab.wav"
    legacy = SHM / f"qa-desktop-{_dead_pid()}-{'ab' * 16}.wav"  # where older versions wrote
    for path in (dead, live, legacy):
        path.write_bytes(b"RIFF")
    recording = tmp_path / "call.mp3"
    write_demo_call(recording, seed=5, duration_s=3.0, fmt="mp3")
    monkeypatch.setattr(decode_module, "_stale_removed", False)
    try:
        decode_module.decode(recording)
        assert not dead.exists() and not legacy.exists() and live.exists()
    finally:
        for path in (dead, live, legacy):
            path.unlink(missing_ok=True)


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_exported_workbook_gets_the_folders_normal_permissions(tmp_path, capsys):
    db = tmp_path / "qa.sqlite3"
    assert main(["--db", str(db), "info"]) == 0
    for mask, expected in ((0o022, 0o644), (0o002, 0o664)):
        previous = os.umask(mask)
        try:
            out = tmp_path / "reports" / f"october-{mask:o}.xlsx"
            assert main(["--db", str(db), "export", "monthly", "--month", "2026-10", "-o", str(out)]) == 0
        finally:
            os.umask(previous)
        if os.name != "nt":
            assert stat.S_IMODE(out.stat().st_mode) == expected
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == ["october-2.xlsx", "october-22.xlsx"]


def test_a_killed_exports_hidden_file_is_removed_by_the_next_export(tmp_path, capsys):
    db = tmp_path / "qa.sqlite3"
    assert main(["--db", str(db), "info"]) == 0
    reports = tmp_path / "reports"
    reports.mkdir()
    host = leftovers.host_tag()
    dead = reports / f".qa-report-{host}-{_dead_pid()}-0123456789ab.xlsx"
    running = reports / f".qa-report-{host}-{os.getppid()}-0123456789ab.xlsx"
    elsewhere = reports / ".qa-report-other-pc-4242-0123456789ab.xlsx"   # another machine, still writing
    abandoned = reports / ".qa-report-other-pc-4343-0123456789ab.xlsx"   # another machine, long dead
    legacy = reports / ".qa-report-k2j4h5g6.xlsx"                       # mkstemp name, a day old
    for path in (dead, running, elsewhere, abandoned, legacy):
        path.write_bytes(b"PK")
    day_ago = time.time() - 86400
    for path in (abandoned, legacy):
        os.utime(path, (day_ago, day_ago))
    assert main(["--db", str(db), "export", "weekly", "--week", "2026-W40", "-o", str(reports / "w40.xlsx")]) == 0
    assert sorted(p.name for p in reports.iterdir()) == sorted([running.name, elsewhere.name, "w40.xlsx"])


def test_a_killed_export_leaves_no_workbook_under_the_real_name(tmp_path):
    db = tmp_path / "qa.sqlite3"
    assert main(["--db", str(db), "info"]) == 0
    out = tmp_path / "reports" / "october.xlsx"
    killed = _run_python("""
        import os, signal, sys
        from qa_desktop.core.db import open_database
        from qa_desktop.core.reports import workbook
        real_save = workbook.MeasuredWorkbook.save

        def save_then_die(self, filename):
            real_save(self, filename)
            os.kill(os.getpid(), signal.SIGKILL)  # written, not yet renamed into place

        workbook.MeasuredWorkbook.save = save_then_die
        from qa_desktop.core.reports.monthly import export_monthly
        export_monthly(open_database(sys.argv[1]), "2026-10", sys.argv[2])
    """, str(db), str(out))
    assert killed.returncode == -9
    assert not out.exists()
    assert [p.name.startswith(".qa-report-") for p in out.parent.iterdir()] == [True]
    assert main(["--db", str(db), "export", "monthly", "--month", "2026-10", "-o", str(out)]) == 0
    assert [p.name for p in out.parent.iterdir()] == ["october.xlsx"]


@pytest.mark.parametrize("kind", ["monthly", "weekly"])
def test_export_to_a_folder_is_a_one_line_error(tmp_path, capsys, kind):
    db = tmp_path / "qa.sqlite3"
    assert main(["--db", str(db), "info"]) == 0
    capsys.readouterr()
    period = ["--month", "2026-10"] if kind == "monthly" else ["--week", "2026-W40"]
    assert main(["--db", str(db), "export", kind, *period, "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("qa-desktop: ") and "is a folder" in err and "\n" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["qa.sqlite3"]


def test_export_to_a_folder_from_a_process_prints_no_traceback(tmp_path):
    db = tmp_path / "qa.sqlite3"
    assert main(["--db", str(db), "info"]) == 0
    result = subprocess.run([sys.executable, "-m", "qa_desktop", "--db", str(db), "export", "monthly",
                             "--month", "2026-10", "-o", str(tmp_path)], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr


def test_a_killed_demo_leaves_no_recording_cut_short(tmp_path):
    folder = tmp_path / "recordings"
    db = tmp_path / "qa.sqlite3"
    killed = _run_python("""
        import os, signal, sys
        from pathlib import Path
        from qa_desktop.core.audio import synth
        real_write = synth.write_audio

        def write_half_then_die(path, samples, rate, fmt="pcm_s16le"):
            real_write(path, samples[:, : samples.shape[1] // 2], rate, fmt)
            os.kill(os.getpid(), signal.SIGKILL)

        synth.write_audio = write_half_then_die
        from qa_desktop.cli import main
        main(["--db", sys.argv[1], "demo", "--agents", "3", "--calls", "6", "--months", "1",
              "--recordings", "2", "--recording-dir", sys.argv[2]])
    """, str(db), str(folder))
    assert killed.returncode == -9
    assert not [p for p in folder.iterdir() if not p.name.startswith(".")]  # nothing under a real name
    assert main(["--db", str(db), "demo", "--agents", "3", "--calls", "6", "--months", "1",
                 "--recordings", "2", "--recording-dir", str(folder)]) == 0
    from qa_desktop.core.audio.probe import probe

    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 2 and all(name.startswith("demo_00") for name in names)
    assert all(probe(folder / name).duration_s > 60 for name in names)


def test_the_window_says_why_a_workbook_cannot_be_written(qapp, tmp_path):
    from qa_desktop.core.errors import OutputInvalid
    from qa_desktop.core.leftovers import check_output_path
    from qa_desktop.ui.i18n import install_language
    from qa_desktop.ui.messages import describe_error

    with pytest.raises(OutputInvalid) as caught:
        check_output_path(tmp_path)
    try:
        install_language("zh_CN")
        assert describe_error(caught.value).startswith(f"无法写入 {tmp_path}：")
    finally:
        install_language("en")


def test_import_copies_and_waveform_cache_clean_up_after_killed_runs(sqlite_db, tmp_path):
    from qa_desktop.core.audio import waveform
    from qa_desktop.core.library.importer import import_recordings

    share, copies = tmp_path / "share", tmp_path / "copies"
    share.mkdir()
    copies.mkdir()
    write_demo_call(share / "a.wav", seed=1, duration_s=2.0)
    host = leftovers.host_tag()
    killed_copy = copies / f".qa-copy-{host}-{_dead_pid()}-0123456789ab.wav"
    killed_copy.write_bytes(b"RIFF" + bytes(100))
    report = import_recordings(sqlite_db, share, copy_to=copies)
    assert report.counts["imported"] == 1 and report.counts["failed"] == 0
    assert not killed_copy.exists()
    assert sorted(p.name for p in copies.iterdir()) == ["a.wav"]

    cache = waveform.cache_path("f" * 64)
    cache.parent.mkdir(parents=True, exist_ok=True)
    killed_store = cache.parent / f".waveform-{host}-{_dead_pid()}-0123456789ab{cache.suffix}"
    killed_store.write_bytes(b"PK")
    import numpy as np

    waveform.store("f" * 64, waveform.Waveform(np.zeros((1, 4), np.int16), np.zeros((1, 4), np.int16), 80, 8000,
                                               320))
    assert not killed_store.exists() and waveform.load_cached("f" * 64) is not None


def test_a_writer_killed_while_adding_sheet_dimensions_leaves_a_file_the_next_export_removes(tmp_path):
    """The workbook's <dimension> step writes its own temporary beside the export's; a kill there must not
    leave it for ever (the fault-injection run found one after restart)."""
    import subprocess
    import sys

    from qa_desktop.core.leftovers import host_tag, remove_stale

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = tmp_path / f".qa-report-{host_tag()}-{dead.pid}-0123456789ab.dimensions.xlsx"
    left.write_bytes(b"PK")
    assert remove_stale(tmp_path, ".qa-report-", ".xlsx") == [left]
    assert not left.exists()
