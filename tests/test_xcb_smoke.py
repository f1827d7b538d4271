"""The app on a real X display: what offscreen tests cannot see (the xcb plugin and its libraries).

Starts ``python -m qa_desktop --db NEW`` as a subprocess under Xvfb with ``QT_QPA_PLATFORM=xcb``,
confirms the first-run dialog with a synthetic key press (xdotool, through the X server's XTEST
extension, as a keyboard would), and checks that the app is still running 10 s later, printed no
traceback, and saved the person in the database. A missing system library of the xcb plugin
makes Qt abort at start, so this test is what proves README's list of system libraries.

Skipped only when Xvfb or xdotool is not installed; tests/run.sh installs both when it may use
apt-get and then sets QA_DESKTOP_REQUIRE_XVFB=1, which turns the skip into a failure.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent


def _require(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("QA_DESKTOP_REQUIRE_XVFB") == "1":
            pytest.fail(f"{tool} is required here (QA_DESKTOP_REQUIRE_XVFB=1) but not installed")
        pytest.skip(f"{tool} is not installed (apt-get install xvfb xdotool)")
    return found


@pytest.fixture
def x_display(tmp_path):
    xvfb = _require("Xvfb")
    _require("xdotool")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()  # Xvfb writes the display number once it accepts clients
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(10)


def _xdotool(display: str, *args: str, timeout: float = 30) -> str:
    result = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display},
                            capture_output=True, text=True, timeout=timeout)
    return result.stdout.strip() if result.returncode == 0 else ""


def _wait_for_window(display: str, title: str, app: subprocess.Popen, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if app.poll() is not None:
            pytest.fail(f"the app exited with code {app.returncode} before showing {title!r}:\n"
                        + app.stderr.read())
        found = _xdotool(display, "search", "--onlyvisible", "--name", title, timeout=10)
        if found:
            return found.splitlines()[-1]
        time.sleep(0.2)
    pytest.fail(f"no window titled {title!r} after {timeout:.0f} s")


def test_first_run_on_a_real_x_display(x_display, tmp_path):
    database = tmp_path / "new.sqlite3"
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", "QA_DESKTOP_USER": "xcb.person",
           "QA_DESKTOP_DATA_DIR": str(tmp_path / "data"), "QA_DESKTOP_CACHE_DIR": str(tmp_path / "cache"),
           "QA_DESKTOP_SETTINGS_DIR": str(tmp_path / "settings"), "PYTHONPATH": str(ROOT),
           "QT_DEBUG_PLUGINS": "0"}
    env.pop("WAYLAND_DISPLAY", None)
    app = subprocess.Popen([sys.executable, "-m", "qa_desktop", "--db", str(database), "--lang", "en"],
                           cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        dialog = _wait_for_window(x_display, "Welcome to QA Desktop", app)
        _xdotool(x_display, "windowfocus", "--sync", dialog)
        _xdotool(x_display, "key", "Return")  # XTEST: the server delivers it as a real key press
        _wait_for_window(x_display, "QA Desktop — xcb.person", app)
        time.sleep(10)
        assert app.poll() is None, f"the app died:\n{app.stderr.read()}"
        engine = create_engine(f"sqlite:///{database}")
        with engine.connect() as connection:
            users = connection.execute(text("SELECT login, role FROM users")).all()
        engine.dispose()
        assert [tuple(row) for row in users] == [("xcb.person", "qa_lead")]
        window = _wait_for_window(x_display, "QA Desktop — xcb.person", app)
        _xdotool(x_display, "windowfocus", "--sync", window)
        _xdotool(x_display, "key", "ctrl+q")
        assert app.wait(30) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)
    stderr = app.stderr.read()
    assert "Traceback" not in stderr, stderr
    assert "could not load the Qt platform plugin" not in stderr.lower(), stderr


def _readme_packages() -> set[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if line.startswith("`sudo apt-get install libegl1"))
    return set(line.strip("`.").split()[3:])


def _run_sh_packages() -> set[str]:
    script = (ROOT / "tests" / "run.sh").read_text(encoding="utf-8")
    body = script.split("qt_packages=(", 1)[1].split(")", 1)[0]
    return set(body.split())


def _owner(path: str) -> str | None:
    for candidate in {path, os.path.realpath(path), path.replace("/usr/lib/", "/lib/", 1),
                      os.path.realpath(path).replace("/usr/lib/", "/lib/", 1)}:
        found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if found.returncode == 0:
            return found.stdout.split(":", 1)[0]
    return None


def _needed_sonames(binary: Path) -> set[str]:
    """DT_NEEDED entries of a 64-bit little-endian ELF file: what it links against directly."""
    import struct

    data = binary.read_bytes()
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    dynamic = next(s for s in sections if s[1] == 6)  # SHT_DYNAMIC
    strtab = sections[dynamic[6]]  # sh_link: its string table
    names = set()
    for offset in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, offset)
        if tag == 0:
            break
        if tag == 1:  # DT_NEEDED
            start = strtab[4] + value
            names.add(data[start:data.index(b"\0", start)].decode())
    return names


# In every Debian/Ubuntu image, because apt itself links against them.
BASE_PACKAGES = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g"}


def test_readme_and_run_sh_list_every_library_qt_xcb_links_against():
    if shutil.which("dpkg") is None or shutil.which("ldd") is None:
        pytest.skip("not a Debian-like system (no dpkg)")
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    binaries = [qt / "plugins" / "platforms" / "libqxcb.so",
                *sorted((qt / "plugins" / "xcbglintegrations").glob("*.so")),
                *[qt / "lib" / f"libQt6{name}.so.6" for name in ("XcbQpa", "Gui", "Widgets", "Multimedia", "DBus")]]
    needed, missing = {}, []
    for binary in binaries:
        if not binary.exists():
            continue
        direct = _needed_sonames(binary)  # apt installs what those link against in turn
        for line in subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout.splitlines():
            soname = line.split("=>", 1)[0].strip()
            if "not found" in line:
                missing.append(f"{binary.name}: {line.strip()}")
            elif "=> /" in line and soname in direct:
                path = line.split("=>", 1)[1].split("(")[0].strip()
                if "site-packages" not in path and "PySide6" not in path:
                    needed[path] = binary.name
    assert not missing, "libraries Qt's xcb plugin needs are not installed:\n" + "\n".join(missing)
    packages = {owner for owner in map(_owner, needed) if owner and owner not in BASE_PACKAGES}
    assert packages, "ldd found no system library at all"
    assert packages <= _readme_packages(), f"README lacks {sorted(packages - _readme_packages())}"
    assert packages <= _run_sh_packages(), f"tests/run.sh lacks {sorted(packages - _run_sh_packages())}"
