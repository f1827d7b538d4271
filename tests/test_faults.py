"""Fault injection: kill -9 at random (seeded) moments of submit, import, export, backup and demo.

Each command runs as its own process (``python -m qa_desktop ...``; submits through the core's
evaluations API, as the workspace does). After every kill the database must pass ``check``, nothing
reported committed may be missing, no file under its final name may be cut short, and the next run
must leave no temporary file, decoded audio or import run "in progress" behind. The harness is
tests/fault_injection.py; bench/bench_faults.py runs it with many more kills for the figures.

Marked ``faults``: ``pytest -m faults`` runs only these (a couple of minutes on 2 cores);
``pytest -m "not faults"`` leaves them out.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from tests.fault_injection import ROOT, Harness

pytestmark = pytest.mark.faults

KILLS = {"submit": 3, "import_": 4, "export": 2, "backup": 2, "demo": 2}


@pytest.fixture(scope="module")
def harness(tmp_path_factory):
    return Harness(tmp_path_factory.mktemp("faults"), seed=int(os.environ.get("QA_DESKTOP_FAULT_SEED", "18")))


@pytest.mark.parametrize("scenario", list(KILLS))
def test_kill_minus_nine_loses_nothing_and_leaves_nothing(harness, scenario):
    figures = getattr(harness, scenario)(KILLS[scenario])
    print(json.dumps(figures.to_dict()))  # shown with -s; bench/bench_faults.py collects many runs
    assert figures.runs == KILLS[scenario]
    assert figures.lost == 0
    assert figures.broken_outputs == 0
    assert figures.check_failures == 0
    assert figures.leftovers_after_restart == 0


def test_a_held_lock_makes_the_cli_wait_then_give_up_with_one_line(harness):
    """Another process holds the write lock: the CLI waits as long as --wait says, then says so in one
    line and exits 2, having written nothing; once the lock is released the same command succeeds."""
    share = harness.share(600)
    db = harness.work / "locked.sqlite3"
    assert harness.cli("--db", str(db), "info").returncode == 0
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # what another machine's long save looks like from here
    try:
        refused = harness.cli("--db", str(db), "--wait", "1", "import", str(share))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = refused.stderr.strip()
    assert refused.returncode == 2 and "\n" not in err and "Traceback" not in err
    assert err.startswith("qa-desktop: ") and "locked" in err
    with sqlite3.connect(db) as raw:
        assert raw.execute("SELECT count(*) FROM calls").fetchone()[0] == 0
        assert raw.execute("SELECT count(*) FROM import_runs WHERE finished_at IS NULL").fetchone()[0] == 0
    done = harness.cli("--db", str(db), "import", str(share), "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["counts"]["imported"] == 600


def test_a_lock_released_while_the_cli_waits_lets_it_finish(harness):
    share = harness.share(600)
    db = harness.work / "briefly-locked.sqlite3"
    assert harness.cli("--db", str(db), "info").returncode == 0
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    process = subprocess.Popen([sys.executable, "-m", "qa_desktop", "--db", str(db), "import", str(share), "--json"],
                               env=harness.env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # Released once the import has started waiting (its process is up and blocked on the lock).
    release = threading.Timer(3.0, lambda: (holder.execute("ROLLBACK"), holder.close()))
    release.start()
    try:
        out, err = process.communicate(timeout=300)
    finally:
        release.join()
    assert process.returncode == 0, err
    assert json.loads(out)["counts"]["imported"] == 600


def test_the_next_start_removes_decoded_audio_of_a_killed_process(harness):
    """Decoded audio left in /dev/shm by a killed process is removed when the program next starts,
    whatever command it runs."""
    if not hasattr(os, "getuid") or not os.path.isdir("/dev/shm"):
        pytest.skip("Linux /dev/shm only")
    from qa_desktop.core.leftovers import private_memory_folder, temporary_name

    folder = private_memory_folder()
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        name = temporary_name("qa-desktop-", ".wav").replace(f"-{os.getpid()}-", f"-{child.pid}-")
        left = os.path.join(folder, name)
        with open(left, "wb") as handle:
            handle.write(b"RIFF" + bytes(4096))
    finally:
        child.kill()
        child.wait()
    time.sleep(0.05)
    assert harness.cli("--db", str(harness.work / "startup.sqlite3"), "info").returncode == 0
    assert not os.path.exists(left)
