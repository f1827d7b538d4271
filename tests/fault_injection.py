"""Kill -9 at random (seeded) moments of the CLI's writing commands, then look at what is left.

Used by tests/test_faults.py (a few kills per command, in CI) and bench/bench_faults.py (many, for
the figures). Every command runs as ``python -m qa_desktop ...`` in its own process, as a person or
a scheduled job runs it; the "submit" driver is a short script on the core's ``evaluations`` API,
as the CLI has no submit command (the GUI's workspace submits through the same functions).

After each kill:
- ``qa-desktop check`` must find the database sound;
- what the killed process reported as committed must be in the database (``lost`` counts misses);
- what it was writing must be either complete under its final name or absent;
- temporary files (hidden workbooks and backups, demo recordings, decoded audio in /dev/shm) may
  remain right after the kill (``leftovers_after_kill``), and must be gone after the next run
  (``leftovers_after_restart``), as must import runs left "running".
"""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHM = Path("/dev/shm")
HIDDEN_PREFIXES = (".qa-report-", ".qa-backup-", ".demo-", ".side-")

SUBMIT_DRIVER = r"""
import sys
from sqlalchemy import select
from qa_desktop.core import evaluations
from qa_desktop.core.db import open_database
from qa_desktop.core.db.models import Call, Evaluation, User

database = open_database(sys.argv[1], create=False)
with database.read() as session:
    me = session.scalar(select(User.id).where(User.login == database.user_login))
    taken = set(session.scalars(select(Evaluation.call_id).where(Evaluation.evaluator_id == me)))
    calls = [c for c in session.scalars(select(Call.id).order_by(Call.id)) if c not in taken][:int(sys.argv[2])]
for call_id in calls:
    draft = evaluations.create_draft(database, call_id)
    with database.read() as session:
        definition = evaluations.definition_of(session, draft.form_version_id)
    answers = {}
    for _section, item in definition.items():
        if item.type in ("yes_no", "yes_no_na"):
            answers[item.code] = "yes"
        elif item.type == "checklist":
            answers[item.code] = [o.value for o in item.options if o.points > 0]
        else:
            answers[item.code] = max(item.options, key=lambda o: o.points).value
    done = evaluations.submit(database, draft.id, answers, {})
    print(f"committed {done.id}", flush=True)
"""


@dataclass
class Figures:
    scenario: str
    runs: int = 0                     # processes started
    kills: int = 0                    # killed before they finished
    reported: int = 0                 # items the processes said were committed
    present: int = 0                  # of those, found in the database afterwards
    lost: int = 0                     # reported but missing (must be 0)
    broken_outputs: int = 0           # a file under its final name that does not open (must be 0)
    check_failures: int = 0           # `check` not OK after a kill (must be 0)
    leftovers_after_kill: int = 0     # temporary files or runs in progress right after the kills
    leftovers_after_restart: int = 0  # still there after the next run (must be 0)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


class Harness:
    def __init__(self, work: Path, seed: int):
        self.work = Path(work)
        self.work.mkdir(parents=True, exist_ok=True)
        self.rng = random.Random(seed)
        self.env = dict(os.environ, PYTHONPATH=str(ROOT), QA_DESKTOP_USER="tester",
                        QA_DESKTOP_DATA_DIR=str(self.work / "user-data"),
                        QA_DESKTOP_CACHE_DIR=str(self.work / "user-cache"),
                        QA_DESKTOP_SETTINGS_DIR=str(self.work / "user-settings"))
        self.killed_pids: list[int] = []

    # -- processes ------------------------------------------------------------------------------
    def cli(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "qa_desktop", *args], env=self.env, cwd=ROOT,
                              capture_output=True, text=True, timeout=timeout)

    def start(self, argv: list[str]) -> subprocess.Popen:
        return subprocess.Popen(argv, env=self.env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)

    def timed(self, *args: str) -> tuple[subprocess.CompletedProcess, float]:
        started = time.monotonic()
        result = self.cli(*args)
        return result, time.monotonic() - started

    def kill_after(self, process: subprocess.Popen, delay: float) -> bool:
        """SIGKILL ``process`` after ``delay`` seconds unless it finished; True when it was killed."""
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
            self.killed_pids.append(process.pid)
            return True
        return False

    def kill_when(self, process: subprocess.Popen, ready, index: int, duration: float,
                  within: float = 0.25) -> bool:
        """Kill at a random moment: every other run at a random time of a normal run's length, the
        others a random instant after ``ready()`` turns true (the write under way: an import run
        started, a temporary file appeared), so the kills land inside the work, not only in start-up."""
        if index % 2:
            return self.kill_after(process, self.rng.uniform(0.2, 1.0) * duration)
        deadline = time.monotonic() + max(60.0, 5 * duration)
        while process.poll() is None and time.monotonic() < deadline:
            if ready():
                return self.kill_after(process, self.rng.uniform(0.0, within))
            time.sleep(0.005)
        return self.kill_after(process, 0.0)

    def check_ok(self, db: Path) -> bool:
        result = self.cli("--db", str(db), "check", "--json")
        return result.returncode == 0 and json.loads(result.stdout)["ok"]

    # -- what a kill may leave --------------------------------------------------------------------
    def leftovers(self, *folders: Path) -> list[Path]:
        found = [path for folder in folders if folder.is_dir() for path in folder.iterdir()
                 if path.name.startswith(HIDDEN_PREFIXES) or path.name.endswith(".partial")]
        if hasattr(os, "getuid") and SHM.is_dir():
            private = SHM / f"qa-desktop-{os.getuid()}"
            candidates = list(private.glob("qa-desktop-*.wav")) if private.is_dir() else []
            candidates += list(SHM.glob("qa-desktop-*.wav"))
            found += [path for path in candidates
                      if any(f"-{pid}-" in path.name for pid in self.killed_pids)]
        return found

    @staticmethod
    def runs_in_progress(db: Path) -> int:
        if not db.exists():
            return 0
        with sqlite3.connect(db) as raw:
            try:
                return raw.execute("SELECT count(*) FROM import_runs WHERE finished_at IS NULL").fetchone()[0]
            except sqlite3.DatabaseError:
                return 0

    # -- the scenarios ----------------------------------------------------------------------------
    def base_database(self) -> Path:
        """A demo call centre (no recordings), built once: what submits and exports work on."""
        base = self.work / "base.sqlite3"
        if not base.exists():
            result = self.cli("--db", str(base), "demo", "--agents", "6", "--calls", "400", "--months", "2",
                              "--recordings", "0")
            assert result.returncode == 0, result.stderr
        return base

    def share(self, files: int) -> Path:
        """Recordings to import: distinct 1-second G.711 WAVs in dated folders, as a platform exports them."""
        share = self.work / "share"
        if not share.is_dir():
            rng = random.Random(2026)
            for index in range(files):
                folder = share / f"2026-11-{18 + index % 3}"
                folder.mkdir(parents=True, exist_ok=True)
                payload = rng.randbytes(8000)
                fmt = struct.pack("<HHIIHH", 7, 1, 8000, 8000, 1, 8)
                body = (b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
                        + b"data" + struct.pack("<I", len(payload)) + payload)
                (folder / f"1{index % 40:03d}_2026111{8 + index % 3}_09{index % 60:02d}00_C{index:05d}.wav"
                 ).write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
        return share

    def submit(self, kills: int) -> Figures:
        figures = Figures("submit")
        started = time.monotonic()
        db = self.work / "submit.sqlite3"
        shutil.copyfile(self.base_database(), db)
        committed: list[int] = []
        for _ in range(kills):
            process = self.start([sys.executable, "-c", SUBMIT_DRIVER, str(db), "60"])
            figures.runs += 1
            wanted, seen = self.rng.randint(1, 12), 0
            for line in process.stdout:
                if line.startswith("committed "):
                    committed.append(int(line.split()[1]))
                    seen += 1
                    if seen >= wanted:
                        break
            if self.kill_after(process, self.rng.uniform(0.0, 0.3)):
                figures.kills += 1
            committed += [int(line.split()[1]) for line in process.stdout.read().splitlines()
                          if line.startswith("committed ")]
            figures.check_failures += not self.check_ok(db)
        with sqlite3.connect(db) as raw:
            present = {row[0] for row in raw.execute(
                "SELECT id FROM evaluations WHERE status IN ('submitted', 'SUBMITTED')")}
        figures.reported = len(committed)
        figures.present = len(set(committed) & present)
        figures.lost = figures.reported - figures.present
        figures.seconds = time.monotonic() - started
        return figures

    def import_(self, kills: int, files: int = 600) -> Figures:
        figures = Figures("import")
        started = time.monotonic()
        share = self.share(files)
        _, duration = self.timed("--db", str(self.work / "import-reference.sqlite3"), "import", str(share))
        for index in range(kills):
            db = self.work / f"import-{index}.sqlite3"
            process = self.start([sys.executable, "-m", "qa_desktop", "--db", str(db), "import", str(share),
                                  "--json"])
            figures.runs += 1
            reported = 0
            if self.kill_when(process, lambda db=db: self.runs_in_progress(db) > 0, index, duration, 0.1):
                figures.kills += 1
            else:
                reported = json.loads(process.stdout.read())["counts"]["imported"]
            figures.reported += reported
            figures.present += min(reported, _count(db, "calls"))
            figures.leftovers_after_kill += self.runs_in_progress(db)
            if db.exists():
                figures.check_failures += not self.check_ok(db)
            again = self.cli("--db", str(db), "import", str(share), "--json")  # the next start settles it
            assert again.returncode == 0, again.stderr
            counts = json.loads(again.stdout)["counts"]
            figures.broken_outputs += counts["imported"] + counts["duplicate"] != files  # re-running finishes it
            figures.leftovers_after_restart += self.runs_in_progress(db)
        figures.lost = figures.reported - figures.present
        figures.seconds = time.monotonic() - started
        return figures

    def export(self, kills: int) -> Figures:
        from openpyxl import load_workbook

        figures = Figures("export")
        started = time.monotonic()
        db = self.base_database()
        out = self.work / "exports"
        out.mkdir(exist_ok=True)
        month = _last_month()
        _, duration = self.timed("--db", str(db), "export", "monthly", "--month", month, "-o",
                                 str(self.work / "reference.xlsx"))
        for index in range(kills):
            target = out / f"month-{index}.xlsx"
            process = self.start([sys.executable, "-m", "qa_desktop", "--db", str(db), "export", "monthly",
                                  "--month", month, "-o", str(target)])
            figures.runs += 1
            if self.kill_when(process, lambda: any(out.glob(".qa-report-*")), index, duration):
                figures.kills += 1
            else:
                figures.reported += 1
            if target.exists():
                figures.present += 1
                try:
                    load_workbook(target, read_only=True).close()
                except Exception:
                    figures.broken_outputs += 1
            figures.leftovers_after_kill += len(self.leftovers(out))
        result = self.cli("--db", str(db), "export", "monthly", "--month", month, "-o", str(out / "final.xlsx"))
        assert result.returncode == 0, result.stderr
        figures.leftovers_after_restart = len(self.leftovers(out))
        figures.lost = figures.reported - min(figures.present, figures.reported)
        figures.seconds = time.monotonic() - started
        return figures

    def backup(self, kills: int) -> Figures:
        figures = Figures("backup")
        started = time.monotonic()
        db = self.base_database()
        out = self.work / "backups"
        out.mkdir(exist_ok=True)
        _, duration = self.timed("--db", str(db), "backup", str(self.work / "reference-backup.sqlite3"))
        for index in range(kills):
            target = out / f"copy-{index}.sqlite3"
            process = self.start([sys.executable, "-m", "qa_desktop", "--db", str(db), "backup", str(target)])
            figures.runs += 1
            if self.kill_when(process, lambda: any(out.glob(".qa-backup-*")), index, duration):
                figures.kills += 1
            else:
                figures.reported += 1
            if target.exists():
                figures.present += 1
                figures.broken_outputs += not self.check_ok(target)
            figures.leftovers_after_kill += len(self.leftovers(out))
        result = self.cli("--db", str(db), "backup", str(out / "final.sqlite3"))
        assert result.returncode == 0, result.stderr
        figures.leftovers_after_restart = len(self.leftovers(out))
        figures.check_failures += not self.check_ok(db)
        figures.lost = figures.reported - min(figures.present, figures.reported)
        figures.seconds = time.monotonic() - started
        return figures

    def demo(self, kills: int) -> Figures:
        from qa_desktop.core.audio.decode import decode

        figures = Figures("demo")
        started = time.monotonic()
        args = ["demo", "--agents", "4", "--calls", "60", "--months", "1", "--recordings", "2"]
        _, duration = self.timed("--db", str(self.work / "demo-reference.sqlite3"), *args,
                                 "--recording-dir", str(self.work / "demo-reference"))
        for index in range(kills):
            db, recordings = self.work / f"demo-{index}.sqlite3", self.work / f"demo-{index}"
            process = self.start([sys.executable, "-m", "qa_desktop", "--db", str(db), *args,
                                  "--recording-dir", str(recordings)])
            figures.runs += 1
            if self.kill_when(process, lambda r=recordings: r.is_dir() and any(r.glob(".demo-*")), index, duration):
                figures.kills += 1
            else:
                figures.reported += 1
            for path in sorted(recordings.iterdir()) if recordings.is_dir() else []:
                if not path.name.startswith("."):
                    figures.present += 1
                    try:
                        decode(path)  # a recording under its real name is whole: it decodes to the end
                    except Exception:
                        figures.broken_outputs += 1
            if db.exists():
                figures.check_failures += not self.check_ok(db)
            figures.leftovers_after_kill += len(self.leftovers(recordings))
            # The next start: a new database, the same recording folder (the demo reuses whole files).
            again = self.cli("--db", str(self.work / f"demo-{index}-again.sqlite3"), *args,
                             "--recording-dir", str(recordings))
            assert again.returncode == 0, again.stderr
            figures.leftovers_after_restart += len(self.leftovers(recordings))
        figures.seconds = time.monotonic() - started
        return figures


def _count(db: Path, table: str) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as raw:
        try:
            return raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        except sqlite3.DatabaseError:
            return 0


def _last_month() -> str:
    import datetime as dt

    first = dt.date.today().replace(day=1)
    return (first - dt.timedelta(days=1)).strftime("%Y-%m")


def run_all(work: Path, seed: int, kills: dict[str, int]) -> list[Figures]:
    """``kills`` maps a scenario (a method of :class:`Harness`: submit, import_, export, backup, demo) to its kills."""
    harness = Harness(work, seed)
    return [getattr(harness, name)(count) for name, count in kills.items()]
