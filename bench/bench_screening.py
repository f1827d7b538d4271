"""Screening speed: the default form's checks on N transcribed calls vs reading their transcripts.

    .venv/bin/python bench/bench_screening.py [CALLS]     (default 10000)

Builds a database of CALLS calls, each with both sides' transcripts (the demo's call script, on
the demo's conversation plans, so ~30-80 lines a call with ASR-like variants and some prohibited
words) and an analysis of the same shape as the real one (speech spans, dead air, talk-over).
Then, in the same run (best of three): the floor (reading every call's transcripts from the
database, as screening does) and the whole screening (``screen_calls``: the form, transcripts and
analyses read, every check run; results not written). Prints both and the ratio; the target is
a ratio of at most 3. Exits 1 above it.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from qa_desktop.core import forms_repository
from qa_desktop.core.audio.intervals import as_dicts
from qa_desktop.core.audio.synth import plan_call
from qa_desktop.core.checks.screening import read_calls, screen_calls
from qa_desktop.core.db import open_database
from qa_desktop.core.db.models import Call, CallTranscript, utcnow
from qa_desktop.core.transcripts.demo_script import demo_lines
from qa_desktop.core.transcripts.store import lines_hash

TARGET_RATIO = 3.0


def _analysis(seed: int, duration: float) -> dict:
    truth = plan_call(seed, duration)
    agent, customer = (sum(e - s for s, e in spans) for spans in truth.speech)
    return {"version": 1, "duration_s": duration, "channels": 2, "mono": False, "agent_channel": 0,
            "speech": [as_dicts(spans) for spans in truth.speech], "dead_air": as_dicts(truth.dead_air),
            "talk_over": as_dicts(truth.talk_over), "hold": as_dicts(truth.holds),
            "talk_ratio": {"agent": round(agent / (agent + customer), 4),
                           "customer": round(customer / (agent + customer), 4)},
            "exceeds_handling_standard": duration > 300}


def build(database, n_calls: int) -> None:
    rng = random.Random(7)
    # A pool of conversations (planning one takes ~1 ms); calls reuse them with their own IDs.
    pool = []
    for seed in range(min(n_calls, 400)):
        duration = float(rng.choice([75, 95, 120, 150, 200, 330]))
        pool.append((duration, demo_lines(seed, duration, f"{1001 + seed % 40}"), _analysis(seed, duration)))
    now = utcnow()
    for start in range(0, n_calls, 2000):
        def work(session, start=start):
            calls, transcripts = [], []
            for number in range(start, min(start + 2000, n_calls)):
                duration, sides, analysis = pool[number % len(pool)]
                calls.append({"id": number + 1, "external_id": f"B-{number + 1:06d}",
                              "recording_path": f"//share/rec/{number + 1}.wav", "duration_s": duration,
                              "analysis": analysis, "imported_at": now, "recording_missing": False,
                              "started_at": dt.datetime(2026, 11, 2) + dt.timedelta(minutes=number),
                              "row_version": 1, "risk_count": 0})
                for side, lines in sides.items():
                    transcripts.append({"call_id": number + 1, "side": side, "lines": lines,
                                        "text": "\n".join(t for _, _, t in lines), "source": "bench",
                                        "source_hash": lines_hash(lines), "imported_at": now})
            session.execute(insert(Call), calls)
            session.execute(insert(CallTranscript), transcripts)

        database.write(work)
    forms_repository.ensure_default_form(database)


def main(n_calls: int = 10000) -> int:
    folder = Path(tempfile.mkdtemp())
    database = open_database(folder / "bench.sqlite3")
    started = time.perf_counter()
    build(database, n_calls)
    print(f"built {n_calls} calls in {time.perf_counter() - started:.1f} s")
    screen_calls(database, call="B-000001", store=False)  # pypinyin's dictionaries loaded once

    best_floor = best_screen = float("inf")
    for _round in range(3):
        started = time.perf_counter()
        floor_calls = read_calls(database, with_analysis=False)
        best_floor = min(best_floor, time.perf_counter() - started)
        del floor_calls
        started = time.perf_counter()
        results = screen_calls(database, store=False)
        best_screen = min(best_screen, time.perf_counter() - started)
    floor_calls = read_calls(database, with_analysis=False)
    lines = sum(len(item.facts.lines) for item in floor_calls)
    risky = sum(1 for r in results if r.risks)
    ratio = best_screen / best_floor
    print(json.dumps({"calls": len(results), "transcript_lines": lines, "read_transcripts_s": round(best_floor, 3),
                      "screen_s": round(best_screen, 3), "ratio": round(ratio, 2), "target_ratio": TARGET_RATIO,
                      "calls_with_risks": risky}, indent=2))
    database.dispose()
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("calls", nargs="?", type=int, default=10000, help="transcribed calls (default 10000)")
    sys.exit(main(parser.parse_args().calls))
