"""Benchmark: event-loop stalls when opening and filtering each page, and the time to the first window.

    .venv/bin/python bench/bench_screens.py                   # all three sizes (databases cached in /tmp)
    .venv/bin/python bench/bench_screens.py --sizes year

The GUI runs offscreen on the demo databases of bench/realistic_data.py. For every page it is
switched to (first open, then again), a 5 ms timer in the event loop records the longest time the
loop could not run (a stall) while the page opens and its background reads come back; each page's tabs
are then switched to one by one (the tab's own reads); the library is then searched by typing a word
key by key, the way a person does. Budget: 100 ms per stall. The
floor is the same measurement on an empty page switch in the same process; a second floor is a
Python thread busy for a second beside the idle window (a background read holds the interpreter
lock the window's event loop also needs: what that alone costs on this machine, at its load).

Start-up: from process start to the main window shown with the event loop running (the real entry
point, ``qa-desktop --db … --user …``), against a bare PySide6 window the same way (the floor).
Budget: 1.5 s.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realistic_data  # noqa: E402

SETTLE_S = 2.5        # how long after a switch to keep watching for background results
STALL_BUDGET_MS = 100
STARTUP_BUDGET_S = 1.5


def seconds_since_process_start() -> float:
    """Now minus this process's start, as the kernel counts both (clock ticks since boot)."""
    with open("/proc/self/stat") as stat:
        start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as uptime:
        now = float(uptime.read().split()[0])
    return now - start_ticks / os.sysconf("SC_CLK_TCK")


# -- in a child process: time to the first window ------------------------------------------------------

def child_startup(db: str | None) -> None:
    if db is None:  # the floor: a bare Qt window
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication([])
        window = QMainWindow()
        window.resize(1366, 768)
        window.show()
        QTimer.singleShot(0, lambda: (print(json.dumps({"shown_s": seconds_since_process_start()})), app.quit()))
        app.exec()
        return
    from PySide6.QtCore import QTimer

    from qa_desktop.ui import main_window

    shown = main_window.MainWindow.showEvent

    def on_show(self, event):  # the real entry point; measured when the loop runs after the first show
        shown(self, event)
        QTimer.singleShot(0, lambda: (print(json.dumps({"shown_s": seconds_since_process_start()}), flush=True),
                                      os._exit(0)))

    main_window.MainWindow.showEvent = on_show
    from qa_desktop.cli import main

    main(["--db", db, "--user", realistic_data.USER, "--lang", "en"])


def startup_times(db: Path, runs: int) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    app, floor = [], []
    for _ in range(runs):
        for target, into in ((str(db), app), ("", floor)):
            done = subprocess.run([sys.executable, __file__, "--child-startup", target], capture_output=True,
                                  text=True, env=env, timeout=120)
            lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
            if not lines:
                raise RuntimeError(done.stderr[-2000:])
            into.append(json.loads(lines[-1])["shown_s"])
    return sorted(app)[len(app) // 2], sorted(floor)[len(floor) // 2]


def _busy_python(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


# -- in this process: stalls ---------------------------------------------------------------------------

class StallWatch:
    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last - 0.005)
        self.last = now

    def measure(self, action, settle_s: float = SETTLE_S) -> float:
        """Longest stall (ms) while ``action`` runs from the event loop and for ``settle_s`` after."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        self.worst = 0.0
        self.last = time.perf_counter()
        self.timer.start()
        QTimer.singleShot(0, action)
        QTimer.singleShot(int(settle_s * 1000), loop.quit)
        loop.exec()
        self.timer.stop()
        return self.worst * 1000


def screen_stalls(db: Path, only: list[str] | None = None) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QLineEdit, QTabWidget, QWidget

    from qa_desktop.core.db import open_database
    from qa_desktop.core.users import find_user
    from qa_desktop.ui.app import create_application
    from qa_desktop.ui.context import AppContext
    from qa_desktop.ui.main_window import MainWindow
    from qa_desktop.ui.pages import PAGES
    from qa_desktop.ui.settings import AppSettings

    app = QApplication.instance() or create_application()
    database = open_database(db)
    database.user_login = realistic_data.USER
    user = find_user(database, realistic_data.USER)
    ctx = AppContext(database, user, AppSettings())
    watch = StallWatch()
    window = MainWindow(ctx)
    window.show()
    watch.measure(lambda: None, 1.0)  # let the first page settle
    results = {}
    blank = QWidget()
    window.stack.addWidget(blank)
    results["floor: empty page switch"] = watch.measure(lambda: window.stack.setCurrentWidget(blank), 0.3)
    results["floor: busy thread"] = watch.measure(
        lambda: threading.Thread(target=_busy_python, args=(1.0,), daemon=True).start(), 1.5)
    pages = [spec for spec in PAGES if not only or spec.key in only]
    for spec in pages:
        results[f"{spec.key}: first open"] = watch.measure(lambda key=spec.key: window.show_page(key))
    for spec in pages:
        if only:  # shown again from another page, as a person comes back to it (not a no-op re-selection)
            window.show_page("settings" if spec.key != "settings" else "teams")
            watch.measure(lambda: None, 0.5)
        results[f"{spec.key}: again"] = watch.measure(lambda key=spec.key: window.show_page(key), 1.0)
    for spec in pages:  # each tab of the page's own tab bar, first time shown, then back to the first
        page = window.show_page(spec.key)
        watch.measure(lambda: None, 1.0)
        tabs = getattr(page, "tabs", None)
        if not isinstance(tabs, QTabWidget):
            continue
        for index in [*range(1, tabs.count()), 0]:
            results[f"{spec.key}: tab {index + 1}"] = watch.measure(lambda i=index, t=tabs: t.setCurrentIndex(i))
    library = window.show_page("library") if not only or "library" in only else None
    search = library.findChild(QLineEdit, "librarySearch") if library is not None else None
    if search is not None:
        watch.measure(lambda: None, 0.5)
        worst = 0.0
        for text in ("D", "DE", "DEM", "DEMO", "DEMO-0", "DEMO-00", "DEMO-001"):
            worst = max(worst, watch.measure(lambda text=text: search.setText(text), 0.12))
        worst = max(worst, watch.measure(lambda: None, 1.0))  # the search itself, after the typing pause
        results["library: search as you type"] = worst
    results.update(review_and_queue_stalls(window, watch, only))
    window.close()
    database.dispose()
    app.processEvents()
    return results


def review_and_queue_stalls(window, watch: StallWatch, only: list[str] | None = None) -> dict[str, float]:
    """Reviews' filter (reviewed calls shown too, then not) and refresh, and the work queue's reload, as
    after a submit or a colleague's change (the bench databases are shared read-only: nothing is submitted)."""
    results: dict[str, float] = {}
    review = window.show_page("review") if not only or "review" in only else None
    watch.measure(lambda: None, 1.0)
    tab = getattr(review, "review_tab", None)
    if tab is not None:
        done = getattr(tab, "show_done", None)
        if done is not None:
            results["review: show reviewed too"] = max(watch.measure(done.toggle), watch.measure(done.toggle))
        refresh = getattr(tab, "refresh_button", None)
        if refresh is not None:
            results["review: refresh"] = watch.measure(refresh.click)
    workspace = window.show_page("workspace") if not only or "workspace" in only else None
    watch.measure(lambda: None, 1.0)
    if hasattr(workspace, "refresh_queue"):
        results["workspace: queue reload"] = watch.measure(workspace.refresh_queue)
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="+", default=list(realistic_data.SIZES), choices=list(realistic_data.SIZES))
    parser.add_argument("--runs", type=int, default=3, help="start-up runs (median kept)")
    parser.add_argument("--no-startup", action="store_true", help="only the screens' stalls")
    parser.add_argument("--child-startup", nargs="?", const="", default=None)
    parser.add_argument("--child-screens", metavar="DB")
    parser.add_argument("--pages", nargs="+", help="only these pages' stalls (keys as in ui/pages.py)")
    args = parser.parse_args()
    if args.child_startup is not None:
        child_startup(args.child_startup or None)
        return 0
    if args.child_screens:
        print(json.dumps(screen_stalls(Path(args.child_screens), args.pages)))
        return 0
    print(f"screens benchmark (offscreen): {realistic_data.load_average()}", flush=True)
    # the modules compiled once, as an installed app has them, outside the tree: with
    # PYTHONDONTWRITEBYTECODE set, every start and every page's first open compiled them from source
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "qa-desktop-bench-pycache")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(__file__).resolve().parent.parent
                                                                  / "qa_desktop")], check=False)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in args.sizes:
        db = realistic_data.database_for(name)
        print(f"\n  {realistic_data.SIZES[name].describe()}", flush=True)
        if not args.no_startup:
            shown, floor = startup_times(db, args.runs)
            print(f"    window shown {shown:.2f} s after process start; floor (bare Qt window) {floor:.2f} s; "
                  f"ratio {shown / floor:.1f}x; budget {STARTUP_BUDGET_S} s", flush=True)
        done = subprocess.run([sys.executable, __file__, "--child-screens", str(db),
                               *(["--pages", *args.pages] if args.pages else [])], capture_output=True, text=True,
                              env=env, timeout=900)
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if not lines:
            print(done.stderr[-3000:])
            return 1
        stalls = json.loads(lines[-1])
        floor_ms = stalls.pop("floor: empty page switch")
        busy_ms = stalls.pop("floor: busy thread")
        print(f"    longest event-loop stall, ms (budget {STALL_BUDGET_MS}; floor, an empty page switch: "
              f"{floor_ms:.0f} ms; beside a busy Python thread: {busy_ms:.0f} ms):")
        for what, ms in stalls.items():
            print(f"      {what:<34} {ms:7.0f}{'   OVER' if ms > STALL_BUDGET_MS else ''}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
