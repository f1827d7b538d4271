"""How big a demo call centre to build, apart from the builder so the command line can show the
defaults without importing the database layer."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass
class DemoOptions:
    agents: int = 40
    calls: int = 1200
    months: int = 3
    recordings: int = 24  # calls with a real recording of their own
    queue_size: int = 15  # calls waiting in the current user's work queue
    longest_recording_s: int = 330
    seed: int = 2026
    recording_dir: Path | None = None
    today: dt.date | None = None
    now: dt.datetime | None = None  # the clock nothing in the demo may be dated after (default: the machine's)
