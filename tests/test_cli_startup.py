"""`qa-desktop --version` and `--help` answer without loading the heavy libraries (issue 19).

SQLAlchemy alone takes longer to import than the 0.3 s these may take, NumPy and Qt more; the
timing itself lives in bench/bench_startup.py, this checks the structure that makes it fast:
every command module imports its heavy parts inside the command that uses them.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("sqlalchemy", "numpy", "scipy", "matplotlib", "openpyxl", "PySide6", "krippendorff", "pydub")

_PROBE = """
import json, sys
from qa_desktop.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
sys.stdout.flush()
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})), file=sys.stderr)
"""


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["demo", "--help"], ["analyze", "--help"],
                                  ["calibration", "stats", "--help"], ["sample", "--help"]])
def test_version_and_help_load_no_heavy_library(argv):
    done = subprocess.run([sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, timeout=60)
    loaded = set(json.loads(done.stderr.strip().splitlines()[-1]))
    assert "qa-desktop" in done.stdout or "usage" in done.stdout
    assert not loaded & set(HEAVY), f"{argv} imported {sorted(loaded & set(HEAVY))}"


def test_help_still_shows_the_defaults_taken_from_the_core():
    done = subprocess.run([sys.executable, "-m", "qa_desktop", "demo", "--help"], capture_output=True, text=True,
                          timeout=60)
    from qa_desktop.core.demo import DemoOptions

    assert f"default {DemoOptions().agents}" in done.stdout
