"""Check a frozen build the way a user would meet it (run after packaging/build.py).

    python packaging/check_build.py [FOLDER]      # default: the folder build.py produced

The build is first "installed" by copying it to a temporary folder; every run then uses a
temporary home (Linux/macOS: HOME and XDG_* point there, so the app's standard per-user
places are exercised; Windows: the QA_DESKTOP_*_DIR overrides) and a PATH without any
ffmpeg, so only the bundled one can be found. Checks:

1. ``--version`` prints the version from pyproject.toml;
2. ``analyze`` reads an MP3 call made by ffmpeg (MP3 is decoded by ffmpeg, never natively);
3. the hidden ``--smoke-test`` opens the main window offscreen, shows every page (each page
   present in the source must be present in the build), finds the QtMultimedia FFmpeg
   backend and reports an ffmpeg inside the bundle, without a traceback;
4. user data: the database and settings live in the per-user places, nothing is written into
   the installed folder, and after an upgrade (the folder replaced by a fresh copy) the
   database, its contents and the settings (language zh_CN, so the .qm catalogues load) remain.

Exit status 0 when every check passes. Standard library only: runs with any Python >= 3.11.
"""
from __future__ import annotations

import argparse
import configparser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import layout  # noqa: E402 - sibling module: where the build lives and how its executable is named

TIMEOUT = 300


class CheckFailed(AssertionError):
    pass


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


FFMPEG_NAMES = ("ffmpeg", "ffmpeg.exe", "ffprobe", "ffprobe.exe")


def path_without_ffmpeg(path: str, shadow_root: Path) -> str:
    """``path`` on which no ffmpeg can be found, but every other program still can.

    Dropping a directory that holds a system ffmpeg would drop /usr/bin with it, and then
    ``sh`` (install.sh) and everything else is gone. Such a directory is replaced by a shadow
    directory of links to all its programs except ffmpeg/ffprobe. Windows (no symlinks without
    privileges, and no ffmpeg in its system folders) drops the directory as before.
    """
    kept = []
    for index, folder in enumerate(d for d in path.split(os.pathsep) if d):
        directory = Path(folder)
        if not any((directory / name).exists() for name in FFMPEG_NAMES):
            kept.append(folder)
            continue
        if os.name == "nt":
            continue
        shadow = shadow_root / f"path-{index}"
        shadow.mkdir(parents=True, exist_ok=True)
        for entry in directory.iterdir():
            if entry.name not in FFMPEG_NAMES and not (shadow / entry.name).exists():
                (shadow / entry.name).symlink_to(entry)
        kept.append(str(shadow))
    return os.pathsep.join(kept)


class FrozenApp:
    """The installed copy of the build and the environment it runs in."""

    def __init__(self, source: Path, scratch: Path):
        self.source = source
        self.scratch = scratch
        self.home = scratch / "home"
        self.installer = source / "install.sh"
        if self.installer.exists():  # Linux: the build's own install script, as a user runs it
            self.install_dir = self.home / ".local" / "opt" / "qa-desktop"
        else:
            self.install_dir = scratch / "install" / source.name
        self.env = self._environment()
        self.install()

    def install(self) -> None:
        """Put a fresh copy of the build in place, as an installer or an unpacked archive would."""
        if self.installer.exists():
            completed = subprocess.run(["sh", str(self.installer)], env=self.env, capture_output=True, text=True,
                                       timeout=TIMEOUT)
            expect(completed.returncode == 0, f"install.sh failed:\n{completed.stdout}\n{completed.stderr}")
            menu_entry = self.home / ".local" / "share" / "applications" / "qa-desktop.desktop"
            expect(f'Exec="{self.exe}"' in menu_entry.read_text(encoding="utf-8"),
                   f"install.sh wrote no menu entry starting {self.exe}")
            expect((self.home / ".local" / "bin" / "qa-desktop").resolve() == self.exe.resolve(),
                   "install.sh put no qa-desktop command in ~/.local/bin")
        else:
            if self.install_dir.exists():
                shutil.rmtree(self.install_dir)
            self.install_dir.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(self.source, self.install_dir, symlinks=True)
        self.pristine = self.snapshot()

    @property
    def exe(self) -> Path:
        return layout.frozen_executable(self.install_dir)

    def _environment(self) -> dict:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("QA_DESKTOP_") and k not in ("IMAGEIO_FFMPEG_EXE", "PYTHONPATH", "PYTHONHOME")}
        env["PATH"] = path_without_ffmpeg(env.get("PATH", ""), self.scratch / "bin-without-ffmpeg")
        env["QT_QPA_PLATFORM"] = "offscreen"
        if os.name != "nt":
            env["LANG"] = env["LC_ALL"] = "C.UTF-8"  # the GUI language must come from the settings
        self.home.mkdir(parents=True, exist_ok=True)
        if os.name == "nt":
            # Windows resolves per-user folders through the shell API, not the environment:
            # the app's own overrides keep this check out of the real profile.
            for name in ("DATA", "CACHE", "SETTINGS"):
                env[f"QA_DESKTOP_{name}_DIR"] = str(self.home / name.lower())
        else:
            env["HOME"] = str(self.home)
            for name, folder in (("DATA", ".local/share"), ("CONFIG", ".config"), ("CACHE", ".cache"),
                                 ("STATE", ".local/state")):
                env[f"XDG_{name}_HOME"] = str(self.home / folder)
        env["XDG_RUNTIME_DIR"] = str(self.scratch / "runtime")
        (self.scratch / "runtime").mkdir(mode=0o700, exist_ok=True)
        return env

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        completed = subprocess.run([str(self.exe), *args], env=self.env, cwd=self.scratch, capture_output=True,
                                   text=True, encoding="utf-8", errors="replace", timeout=TIMEOUT)
        if check and completed.returncode != 0:
            raise CheckFailed(f"`qa-desktop {' '.join(args)}` exited {completed.returncode}:\n"
                              f"{completed.stdout}\n{completed.stderr}")
        expect("Traceback (most recent call last)" not in completed.stderr,
               f"`qa-desktop {' '.join(args)}` printed a traceback:\n{completed.stderr}")
        return completed

    def snapshot(self) -> dict[str, tuple[int, int]]:
        """Every file of the installed folder with its size and modification time."""
        return {str(p.relative_to(self.install_dir)): (p.lstat().st_size, p.lstat().st_mtime_ns)
                for p in self.install_dir.rglob("*")}

    def bundled_ffmpeg(self) -> Path:
        found = [p for p in sorted(self.install_dir.rglob("ffmpeg*"))
                 if p.is_file() and p.parent.name == "binaries" and not p.name.endswith((".md", ".py"))]
        expect(bool(found), "no ffmpeg binary inside the build")
        return found[0]


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def check_version(app: FrozenApp) -> str:
    output = app.run("--version").stdout.strip()
    expected = f"qa-desktop {project_version()}"
    expect(output == expected, f"--version printed {output!r}, expected {expected!r}")
    return output


def make_call_recording(app: FrozenApp) -> Path:
    """An 8-second two-channel MP3 call: the agent speaks 0-2.5 s, silence, the customer 6-8 s."""
    target = app.scratch / "call.mp3"
    graph = ("[0:a]volume='if(lt(t,2.5),1,0)':eval=frame[agent];"
             "[1:a]volume='if(gte(t,6),1,0)':eval=frame[customer];"
             "[agent][customer]amerge=inputs=2[out]")
    subprocess.run([str(app.bundled_ffmpeg()), "-hide_banner", "-nostdin", "-y", "-loglevel", "error",
                    "-f", "lavfi", "-i", "sine=frequency=220:duration=8:sample_rate=8000",
                    "-f", "lavfi", "-i", "sine=frequency=330:duration=8:sample_rate=8000",
                    "-filter_complex", graph, "-map", "[out]", "-ac", "2", "-c:a", "libmp3lame", "-b:a", "32k",
                    str(target)], check=True, capture_output=True, env=app.env, timeout=TIMEOUT)
    expect(target.stat().st_size > 1000, "ffmpeg wrote no recording")
    return target


def check_analyze(app: FrozenApp) -> str:
    usage = app.run("analyze", "--help", check=False)
    if usage.returncode != 0 and "invalid choice" in usage.stderr:
        return "SKIPPED: this build has no `analyze` command yet"
    recording = make_call_recording(app)
    completed = app.run("analyze", str(recording), "--json", check=False)
    if completed.returncode == 2 and "unrecognized arguments: --json" in completed.stderr:
        completed = app.run("analyze", str(recording))
    elif completed.returncode != 0:
        raise CheckFailed(f"`analyze` exited {completed.returncode}:\n{completed.stdout}\n{completed.stderr}")
    text = completed.stdout
    expect(text.strip() != "", "`analyze` printed nothing")
    try:
        data = json.loads(text)
    except ValueError:
        return f"analyzed {recording.name}: {text.strip().splitlines()[0]}"
    duration = data.get("duration_s")
    expect(duration is not None and abs(duration - 8.0) < 0.2, f"`analyze` found {duration} s in an 8 s call")
    expect(data.get("channels") == 2, f"`analyze` found {data.get('channels')} channels in a stereo call")
    dead_air = data.get("dead_air", [])
    expect(len(dead_air) == 1 and abs(dead_air[0]["end_s"] - dead_air[0]["start_s"] - 3.5) < 0.4,
           f"`analyze` should find one 3.5 s dead air (2.5-6 s), found {dead_air}")
    return (f"analyzed {recording.name} (MP3, decoded by the bundled ffmpeg): {duration:.1f} s, "
            f"dead air {dead_air[0]['start_s']:.2f}-{dead_air[0]['end_s']:.2f} s")


def expected_pages(root: Path = ROOT, use_record: bool = True) -> dict[str, bool]:
    """Which pages exist in the source tree: the build must include each of them.

    The spec records this at build time (pages.json next to the build's work files), so a tree
    that gains pages after the build does not fail the check; without it the tree is read now."""
    recorded = layout.GENERATED / "pages.json"
    if use_record and recorded.exists():
        return json.loads(recorded.read_text(encoding="utf-8"))
    source = (root / "qa_desktop" / "ui" / "pages.py").read_text(encoding="utf-8")
    present = {}
    for key, module in re.findall(r'PageSpec\(\s*"(\w+)".*?"([\w.]+):\w+"\s*\)', source, flags=re.DOTALL):
        relative = root / Path(*module.split("."))
        present[key] = relative.with_suffix(".py").exists() or (relative / "__init__.py").exists()
    return present


def check_gui(app: FrozenApp, language: str = "en") -> dict:
    completed = app.run("--smoke-test")
    lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
    expect(bool(lines), f"--smoke-test printed no report:\n{completed.stdout}\n{completed.stderr}")
    report = json.loads(lines[-1])
    expect(report["version"] == project_version(), f"GUI reports version {report['version']}")
    expect(report["language"] == language, f"GUI language {report['language']}, expected {language}")
    expect(report["window_icon"], "the window icon did not render: Qt's SVG plugins are missing")
    expect(report["translators"] == (0 if language == "en" else 2),
           f"{report['translators']} translators loaded for {language}: ours and Qt's own expected")
    expect(report["multimedia_decoders"] > 0, "QtMultimedia found no decoders: its FFmpeg plugin is missing")
    expect(report.get("ffmpeg") is not None, f"the app found no ffmpeg: {report.get('ffmpeg_error')}")
    inside = Path(report["ffmpeg"]).resolve().is_relative_to(app.install_dir.resolve())
    expect(inside, f"the app uses {report['ffmpeg']}, not the ffmpeg inside the build")
    for name in ("resources", "translations"):
        expect(Path(report[name]).resolve().is_relative_to(app.install_dir.resolve()),
               f"{name} found at {report[name]}, outside the build")
    missing = [key for key, present in expected_pages().items()
               if present and report["pages"].get(key) != "ok"]
    expect(not missing, f"pages missing from the build: {', '.join(missing)}")
    return report


def check_user_data(app: FrozenApp, first_report: dict) -> list[str]:
    notes = []
    install = app.install_dir.resolve()
    info = dict(line.split(": ", 1) for line in app.run("info").stdout.splitlines() if ": " in line)
    database = Path(info["database"])
    expect(database.exists(), f"`info` names {database}, which does not exist")
    expect(not database.resolve().is_relative_to(install), f"the database {database} is inside the program folder")
    expect(database.resolve().is_relative_to(app.home.resolve()), f"the database {database} is not in the user's home")
    notes.append(f"database in {database.parent}")
    settings_file = Path(first_report["settings"])
    expect(settings_file.resolve().is_relative_to(app.home.resolve()),
           f"settings kept in {settings_file}, not in the user's home")
    notes.append(f"settings in {settings_file}")

    # Some user data: a small demo (if this build has the command) and a language choice.
    if app.run("demo", "--help", check=False).returncode == 0:
        app.run("demo", "--agents", "3", "--calls", "10", "--months", "1", "--recordings", "1")
    contents = app.run("check").stdout
    settings = configparser.ConfigParser(interpolation=None)
    settings.optionxform = str
    settings.read(settings_file, encoding="utf-8")
    if not settings.has_section("ui"):
        settings.add_section("ui")
    settings.set("ui", "language", "zh_CN")
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    with open(settings_file, "w", encoding="utf-8") as handle:
        settings.write(handle, space_around_delimiters=False)
    now = app.snapshot()
    changed = sorted(name for name in set(now) | set(app.pristine) if now.get(name) != app.pristine.get(name))
    expect(not changed, f"running the app changed the program folder: {', '.join(changed[:10])}")
    notes.append("nothing written into the program folder")

    app.install()  # the upgrade: the program folder is replaced, user data is left alone
    after = app.run("check").stdout
    expect(after == contents, f"the database changed across the upgrade:\n{contents}\n---\n{after}")
    report = check_gui(app, language="zh_CN")
    expect(report["settings_page_title"] != "Settings",
           "language zh_CN is set but the page titles are not translated (.qm missing?)")
    notes.append(f"after upgrade: same database ({contents.count(chr(10))} lines of `check` identical), "
                 f"language zh_CN kept, translated title {report['settings_page_title']!r}")
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=layout.output_folder(),
                        help="the built program folder (default: %(default)s)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary install and home for inspection")
    args = parser.parse_args(argv)
    source = args.folder.resolve()
    if not layout.frozen_executable(source).exists():
        print(f"no build at {source}: run `python packaging/build.py` first", file=sys.stderr)
        return 1
    scratch = Path(tempfile.mkdtemp(prefix="qa-desktop-check-"))
    failures = 0
    started = time.monotonic()
    try:
        app = FrozenApp(source, scratch)
        results = {}
        steps = [
            ("--version", lambda: check_version(app)),
            ("analyze (ffmpeg inside)", lambda: check_analyze(app)),
            ("GUI offscreen", lambda: results.setdefault("gui", check_gui(app))),
            ("user data and upgrade", lambda: check_user_data(app, results["gui"]) if "gui" in results
             else "SKIPPED: needs the GUI check to pass first"),
        ]
        for name, step in steps:
            try:
                outcome = step()
            except (CheckFailed, subprocess.SubprocessError, OSError, KeyError) as error:
                failures += 1
                print(f"FAIL  {name}: {error}", flush=True)
                continue
            if isinstance(outcome, dict):
                pages = ", ".join(f"{k}={v}" for k, v in outcome["pages"].items())
                outcome = (f"main window {outcome['window_title']!r}; pages: {pages}; "
                           f"{outcome['multimedia_decoders']} QtMultimedia decoders; ffmpeg {outcome['ffmpeg']}")
            for line in outcome if isinstance(outcome, list) else [outcome]:
                status = "SKIP" if str(line).startswith("SKIPPED") else "ok  "
                print(f"{status}  {name}: {line}", flush=True)
    finally:
        if args.keep:
            print(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    print(f"{'all checks passed' if not failures else f'{failures} check(s) failed'} "
          f"in {time.monotonic() - started:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
