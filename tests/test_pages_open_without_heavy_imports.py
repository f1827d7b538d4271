"""Opening a page never imports SciPy or matplotlib on the GUI thread (issue 12: Sampling froze the
window 6.5 s and Reports 4–6 s on first open, importing them). The figures and charts that need them
are computed and rendered by background tasks; the stall itself is measured in bench/bench_screens.py.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

_PROBE = """
import json, sys
from qa_desktop.core.db import open_database
from qa_desktop.core.demo import build_demo
from qa_desktop.core.demo_options import DemoOptions
from qa_desktop.core.users import find_user
from qa_desktop.ui.app import create_application
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.main_window import MainWindow
from qa_desktop.ui.pages import PAGES
from qa_desktop.ui.settings import AppSettings

app = create_application()
database = open_database(sys.argv[1])
database.user_login = "qa.lead"
build_demo(database, DemoOptions(agents=6, calls=60, months=2, recordings=0, recording_dir=sys.argv[2]))
window = MainWindow(AppContext(database, find_user(database, "qa.lead"), AppSettings()))
window.show()
loaded = {}
for spec in PAGES:  # each switch returns before the event loop runs: what it imported, it imported itself
    window.show_page(spec.key)
    loaded[spec.key] = sorted(m for m in ("scipy", "matplotlib") if m in sys.modules)
print(json.dumps(loaded))
import os
os._exit(0)
"""


def test_no_page_imports_scipy_or_matplotlib_when_it_opens(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QA_DESKTOP_SETTINGS_DIR=str(tmp_path / "settings"))
    done = subprocess.run([sys.executable, "-c", _PROBE, str(tmp_path / "db.sqlite3"), str(tmp_path / "rec")],
                          capture_output=True, text=True, timeout=300, env=env, cwd=Path(__file__).parent.parent)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr[-3000:]
    loaded = json.loads(lines[-1])
    assert set(loaded) >= {"sampling", "reports", "workspace", "library", "review", "coaching"}
    assert {page: modules for page, modules in loaded.items() if modules} == {}
