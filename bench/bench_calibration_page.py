"""Benchmark: event-loop stalls on the Calibration page, step by step, as a QA lead uses it.

    .venv/bin/python bench/bench_calibration_page.py                 # all three sizes (cached in /tmp)
    .venv/bin/python bench/bench_calibration_page.py --sizes year

The GUI runs offscreen on the demo databases of bench/realistic_data.py (each holds the demo's
open blind session on three calls; the QA lead scores in it too). The same 5 ms watch as
bench/bench_screens.py records the longest time the event loop could not run while the page
opens, opens again, a session is selected, each of its tabs and the consistency view's tabs are
switched to, and their background reads come back. Budget: 100 ms per stall; the floor is an
empty page switch in the same process.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realistic_data  # noqa: E402
from bench_screens import STALL_BUDGET_MS, StallWatch  # noqa: E402

SETTLE_S = 1.5


def calibration_stalls(db: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QWidget

    from qa_desktop.core.db import open_database
    from qa_desktop.core.users import find_user
    from qa_desktop.ui.app import create_application
    from qa_desktop.ui.context import AppContext
    from qa_desktop.ui.main_window import MainWindow
    from qa_desktop.ui.settings import AppSettings

    app = QApplication.instance() or create_application()
    database = open_database(db)
    database.user_login = realistic_data.USER
    ctx = AppContext(database, find_user(database, realistic_data.USER), AppSettings())
    watch = StallWatch()
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    watch.measure(lambda: None, 1.0)
    blank = QWidget()
    window.stack.addWidget(blank)
    results = {"floor: empty page switch": watch.measure(lambda: window.stack.setCurrentWidget(blank), 0.3)}
    results["open"] = watch.measure(lambda: window.show_page("calibration"), SETTLE_S)
    page = window.stack.currentWidget()
    window.show_page("workspace")  # away through the navigation, so coming back activates the page again
    watch.measure(lambda: None, SETTLE_S)
    results["open again"] = watch.measure(lambda: window.show_page("calibration"), SETTLE_S)

    def reselect():
        view = page.sessions_view
        view.selectionModel().clearCurrentIndex()
        view.selectRow(0)

    results["select the session"] = watch.measure(reselect, SETTLE_S)
    for tab in (1, 2, 3, 0):
        results[f"tab {tab}: {page.tabs.tabText(tab)}"] = watch.measure(
            lambda tab=tab: page.tabs.setCurrentIndex(tab), SETTLE_S)
    page.tabs.setCurrentIndex(3)
    inner = page.consistency.tabs
    for tab in (1, 2, 0):
        if inner.isTabEnabled(tab):
            results[f"consistency tab {tab}: {inner.tabText(tab)}"] = watch.measure(
                lambda tab=tab: inner.setCurrentIndex(tab), SETTLE_S)
    results["refresh"] = watch.measure(page.refresh_button.click, SETTLE_S)
    window.close()
    database.dispose()
    app.processEvents()
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="+", default=list(realistic_data.SIZES), choices=list(realistic_data.SIZES))
    parser.add_argument("--child", metavar="DB")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(calibration_stalls(Path(args.child))))
        return 0
    print(f"calibration page benchmark (offscreen): {realistic_data.load_average()}", flush=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in args.sizes:
        db = realistic_data.database_for(name)
        done = subprocess.run([sys.executable, __file__, "--child", str(db)], capture_output=True, text=True,
                              env=env, timeout=900)
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if not lines:
            print(done.stderr[-3000:])
            return 1
        stalls = json.loads(lines[-1])
        floor_ms = stalls.pop("floor: empty page switch")
        print(f"\n  {realistic_data.SIZES[name].describe()}\n"
              f"    longest event-loop stall, ms (budget {STALL_BUDGET_MS}; floor {floor_ms:.0f} ms); "
              f"{realistic_data.load_average()}:")
        for what, ms in stalls.items():
            print(f"      {what:<40} {ms:7.0f}{'   OVER' if ms > STALL_BUDGET_MS else ''}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
