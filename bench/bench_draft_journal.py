"""What the local journal of unsaved drafts costs per keystroke.

    .venv/bin/python bench/bench_draft_journal.py [--runs 200] [--folder DIR]

Every change in the workspace is written to the journal before anything else (JSON, fsync,
rename, fsync of the folder), on the GUI thread, so it must stay far under the 100 ms a page may
stall. Measured against two figures of the same run and folder: the floor, the same bytes
written and fsync'd to one file with nothing else; and a draft save to a local SQLite database
(what the journal protects while a shared database is busy).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def timed(function, runs: int) -> list[float]:
    times = []
    for n in range(runs):
        started = time.perf_counter()
        function(n)
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--folder", type=Path, help="where to write (default: a temporary folder)")
    args = parser.parse_args()
    folder = Path(args.folder or tempfile.mkdtemp(prefix="qa-journal-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["QA_DESKTOP_DATA_DIR"] = str(folder / "data")

    from workspace_support import populate

    from qa_desktop.core.db import open_database
    from qa_desktop.core.draft_journal import DraftJournal, JournalEntry, database_identity
    from qa_desktop.core.evaluation_session import EvaluationSession

    database = open_database(folder / "bench.sqlite3")
    database.user_login = "tester"
    data = populate(database, folder, calls=1, seconds=4)
    journal = DraftJournal(folder / "journal")
    session = EvaluationSession.open_own(database, data["calls"][0], data["me"].id, journal=None)
    answers = {item.code: "yes" for _s, item in session.definition.items() if item.type in ("yes_no", "yes_no_na")}
    comments = {"greeting_id": "客户问题记录完整,但未报工号" * 3}
    entry = JournalEntry(database=database_identity(database), evaluator_id=1, call_id=1, evaluation_id=1,
                         row_version=3, form_version_id=1, answers=answers, comments=comments)
    payload = b"x" * len(str(entry).encode("utf-8"))

    def floor(_n):
        with open(folder / "floor.bin", "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())

    def journalled(n):
        entry.active_seconds = n
        journal.write(entry)

    def saved(n):
        session.edit({**answers, "silent_caller": "yes" if n % 2 else "no"}, comments)
        session.save()

    floor_ms = timed(floor, args.runs)
    journal_ms = timed(journalled, args.runs)
    save_ms = timed(saved, max(20, args.runs // 5))
    for name, values in (("floor: write + fsync", floor_ms), ("journal entry", journal_ms),
                         ("draft save to local SQLite", save_ms)):
        print(f"{name:28s} median {statistics.median(values):7.2f} ms   p95 "
              f"{sorted(values)[int(len(values) * 0.95) - 1]:7.2f} ms")
    print(f"journal / floor: {statistics.median(journal_ms) / statistics.median(floor_ms):.2f}x; "
          f"journal / database save: {statistics.median(journal_ms) / statistics.median(save_ms):.2f}x")
    database.dispose()


if __name__ == "__main__":
    main()
