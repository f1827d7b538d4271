"""The benchmarks' databases: built by the app's own demo generator at three sizes, cached under /tmp.

    SIZES["team"]      a 40-agent team, 3 months
    SIZES["year"]      a 120-agent centre for a year
    SIZES["month500"]  500 agents for a month

The demo scores every evaluation with the real engine and stores the same breakdown a submitted
evaluation carries; about a third of the calls are evaluated, with flags, coaching sessions (links,
action items), disputes and the evaluator's own work queue in the proportions the demo draws. A
cached database is reused while the code that builds it (demo, scoring) is unchanged, so
running a benchmark again costs only the measurement.

    path = database_for("year")          # builds it on first use (a minute or two), then reuses it
    path = working_copy("team", folder)  # a copy for a benchmark that writes (the cache is shared read-only)

A benchmark takes ``--size`` through ``add_size_argument`` (``team`` is the quick one).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import fcntl
import hashlib
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CACHE = Path(os.environ.get("QA_DESKTOP_BENCH_CACHE", "/tmp/qa-desktop-bench"))
USER = "qa.lead"  # the demo's QA lead: may export, review and see every team
TODAY = dt.date(2026, 12, 3)  # fixed, so a cached database and its report month stay valid


@dataclasses.dataclass(frozen=True)
class Size:
    name: str
    agents: int
    calls: int
    months: int
    month: str  # the full month a monthly benchmark reports on
    week: str   # the ISO week a weekly benchmark reports on

    def describe(self) -> str:
        return f"{self.name}: {self.agents} agents, {self.calls:,} calls over {self.months} month(s)"


SIZES = {
    "team": Size("team", 40, 6_000, 3, "2026-11", "2026-W47"),
    "year": Size("year", 120, 96_000, 12, "2026-11", "2026-W47"),
    "month500": Size("month500", 500, 60_000, 1, "2026-11", "2026-W47"),
}


def _code_fingerprint() -> str:
    digest = hashlib.sha256()
    # what decides the data; a newer schema alone needs no rebuild (opening the file upgrades it in place)
    for relative in ("qa_desktop/core/demo.py", "qa_desktop/core/demo_options.py", "qa_desktop/core/scoring/engine.py"):
        digest.update((ROOT / relative).read_bytes())
    return digest.hexdigest()[:10]


def database_for(name: str, *, rebuild: bool = False, quiet: bool = False) -> Path:
    """The cached demo database of that size, built first if missing or built by other code.

    Two benchmarks started together (by different sessions) would both build into the same
    ``.building`` file; an exclusive lock on a lock file of that size makes the second one wait
    and then reuse what the first built.
    """
    size = SIZES[name]
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{size.name}-{_code_fingerprint()}.sqlite3"
    if path.exists() and not rebuild:
        return path
    with open(CACHE / f"{size.name}.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not quiet:
                print(f"  waiting for another process building {size.name} …", flush=True)
            fcntl.flock(lock, fcntl.LOCK_EX)
        # another process may have built it while this one waited
        if path.exists() and not rebuild:
            return path
        building = path.with_suffix(".building")
        building.unlink(missing_ok=True)
        began = time.perf_counter()
        summary = build(building, size)
        for stale in CACHE.glob(f"{size.name}-*.sqlite3"):  # only once the new one is there
            stale.unlink()
        building.rename(path)
    if not quiet:
        print(f"  built {size.describe()} in {time.perf_counter() - began:.0f} s: "
              f"{summary['evaluations']:,} evaluations, {summary['flags']:,} flags, "
              f"{summary['coaching_sessions']:,} coaching sessions, {summary['disputes']:,} disputes "
              f"→ {path}", flush=True)
    return path


def build(path: Path, size: Size) -> dict:
    from qa_desktop.core.db import open_database
    from qa_desktop.core.demo import build_demo
    from qa_desktop.core.demo_options import DemoOptions

    database = open_database(path)
    database.user_login = USER
    try:
        return build_demo(database, DemoOptions(agents=size.agents, calls=size.calls, months=size.months,
                                                recordings=0, today=TODAY, recording_dir=CACHE / "recordings"))
    finally:
        database.dispose()


def working_copy(name: str, folder: Path) -> Path:
    """A copy of the cached database of that size in ``folder``, for a benchmark that writes (the
    cached files are shared read-only between sessions)."""
    import shutil

    source = database_for(name)
    target = Path(folder) / f"{name}.sqlite3"
    shutil.copyfile(source, target)
    return target


def add_size_argument(parser, default: str = "month500") -> None:
    parser.add_argument("--size", default=default, choices=[*SIZES, "all"],
                        help=f"which realistic database (bench/realistic_data.py; default {default}); "
                             "team is the quick one")


def chosen_sizes(args) -> list[str]:
    return list(SIZES) if args.size == "all" else [args.size]


def load_average() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"{os.cpu_count()} CPUs, load average {one:.1f} (5 min {five:.1f})"


if __name__ == "__main__":
    for size_name in sys.argv[1:] or list(SIZES):
        print(json.dumps({"size": size_name, "path": str(database_for(size_name))}))
