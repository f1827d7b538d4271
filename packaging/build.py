"""Build the desktop app: one command from a checkout to a one-folder program.

    python packaging/build.py            # build packaging/dist/qa-desktop/ (macOS: QA Desktop.app)
    python packaging/build.py --check    # …then run packaging/check_build.py against it
    python packaging/build.py --clean    # rebuild from scratch (drops PyInstaller's cache)
    python packaging/build.py --archive  # also pack it: .tar.gz (Linux) or .zip (Windows, macOS)
    python packaging/build.py --installer  # Windows: also compile the Inno Setup installer

Steps: use the project's virtual environment (creating .venv and installing the project when
run from a bare checkout), install PyInstaller if it is missing, compile translations/*.ts into
.qm files with translations/ts_tool.py, run PyInstaller on packaging/qa_desktop.spec, and
print where the program is and how big it is. On Linux the folder also gets the menu entry
and install.sh (packaging/linux/). The same script works on Linux, Windows and macOS;
PyInstaller does not cross-compile, so build each platform on that platform.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from layout import DIST, GENERATED, PACKAGING, ROOT, SPEC, WORK, frozen_executable, output_folder, project  # noqa: E402


def in_virtualenv() -> bool:
    return sys.prefix != sys.base_prefix


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_virtualenv(argv: list[str]) -> None:
    """Re-run this script inside .venv (created on first use) unless a venv is already active."""
    if in_virtualenv():
        return
    venv = ROOT / ".venv"
    if not venv_python(venv).exists():
        print(f"creating the virtual environment {venv}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    completed = subprocess.run([str(venv_python(venv)), str(Path(__file__).resolve()), *argv])
    sys.exit(completed.returncode)


def pip_install(*requirements: str) -> None:
    print(f"installing {' '.join(requirements)}", flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "--disable-pip-version-check", *requirements],
                   check=True)


def ensure_build_tools() -> None:
    """The app's own dependencies and PyInstaller, installed into the running venv when missing."""
    from importlib import metadata

    try:
        metadata.version("qa-desktop")
    except metadata.PackageNotFoundError:
        pip_install("-e", str(ROOT))
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        wanted = project()["project"]["optional-dependencies"].get("packaging", ["pyinstaller>=6.3"])
        pip_install(*wanted)


def compile_translations() -> Path:
    target = GENERATED / "translations"
    subprocess.run([sys.executable, str(ROOT / "translations" / "ts_tool.py"), "release", str(target)], check=True)
    catalogues = sorted(target.glob("*.qm"))
    print("translations: " + ", ".join(p.name for p in catalogues), flush=True)
    return target


def run_pyinstaller(clean: bool) -> None:
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
               "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"), "--log-level", "WARN"]
    if clean:
        command.append("--clean")
    subprocess.run(command, cwd=ROOT, check=True)


def add_platform_files(folder: Path) -> None:
    """Linux: the menu entry and the install script travel inside the program folder."""
    if sys.platform.startswith("linux"):
        for name in ("qa-desktop.desktop", "install.sh"):
            shutil.copy2(PACKAGING / "linux" / name, folder / name)
        (folder / "install.sh").chmod(0o755)


def version() -> str:
    return project()["project"]["version"]


def make_archive(folder: Path) -> Path:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    base = DIST / f"qa-desktop-{version()}-{system}-{platform.machine().lower()}"
    if sys.platform.startswith("linux"):
        # tar keeps the executable bits and symlinks; level 6 packs nearly as small as 9, much faster.
        import tarfile

        target = base.with_name(base.name + ".tar.gz")
        with tarfile.open(target, "w:gz", compresslevel=6) as archive:
            archive.add(folder, arcname=folder.name)
        return target
    return Path(shutil.make_archive(str(base), "zip", root_dir=folder.parent, base_dir=folder.name))


def make_installer() -> Path:
    """Windows: compile packaging/windows/qa-desktop.iss with Inno Setup's command-line compiler."""
    if os.name != "nt":
        raise SystemExit("--installer builds the Windows installer; run it on Windows")
    candidates = [shutil.which("iscc"), *(Path(os.environ.get(var, "")) / "Inno Setup 6" / "ISCC.exe"
                                          for var in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"))]
    iscc = next((str(c) for c in candidates if c and Path(c).is_file()), None)
    if iscc is None:
        raise SystemExit("Inno Setup 6 not found: install it (https://jrsoftware.org/isinfo.php) or put iscc on PATH")
    subprocess.run([iscc, f"/DAppVersion={version()}", str(PACKAGING / "windows" / "qa-desktop.iss")], check=True)
    return DIST / f"qa-desktop-{version()}-setup.exe"


def folder_size(folder: Path) -> tuple[int, int]:
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def largest_parts(folder: Path, top: int = 8) -> list[tuple[int, str]]:
    sizes = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            sizes.append((path.stat().st_size, str(path.relative_to(folder))))
    return sorted(sizes, reverse=True)[:top]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="run packaging/check_build.py on the result")
    parser.add_argument("--clean", action="store_true", help="remove earlier build output first")
    parser.add_argument("--archive", action="store_true", help="pack the folder into a .tar.gz or .zip")
    parser.add_argument("--installer", action="store_true", help="Windows: compile the Inno Setup installer")
    args = parser.parse_args(argv)
    ensure_virtualenv(argv)
    started = time.monotonic()
    ensure_build_tools()
    if args.clean:
        shutil.rmtree(WORK, ignore_errors=True)
        shutil.rmtree(DIST, ignore_errors=True)
    compile_translations()
    run_pyinstaller(args.clean)
    folder = output_folder()
    if not frozen_executable(folder).exists():
        print(f"build failed: {frozen_executable(folder)} is missing", file=sys.stderr)
        return 1
    add_platform_files(folder)
    size, files = folder_size(folder)
    elapsed = time.monotonic() - started
    print(f"\nbuilt {folder}")
    print(f"size: {size / 2**20:.0f} MiB in {files} files; build time {elapsed:.0f} s")
    print("largest parts:")
    for part_size, name in largest_parts(folder):
        print(f"  {part_size / 2**20:7.1f} MiB  {name}")
    print(f"run it: {frozen_executable(folder)}")
    if args.archive:
        archive = make_archive(folder)
        print(f"archive: {archive} ({archive.stat().st_size / 2**20:.0f} MiB)")
    if args.installer:
        installer = make_installer()
        print(f"installer: {installer} ({installer.stat().st_size / 2**20:.0f} MiB)")
    if args.check:
        sys.path.insert(0, str(PACKAGING))
        import check_build

        return check_build.main([str(folder)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
