"""Packaging: the icon set, the Linux menu entry and installer, the hidden GUI smoke test.

The full frozen build takes minutes and half a gigabyte, too much for CI on two cores: it runs
only with QA_DESKTOP_TEST_BUILD=1 (python packaging/build.py --check does the same by hand).
"""
from __future__ import annotations

import configparser
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
sys.path.insert(0, str(PACKAGING))

import check_build  # noqa: E402
import make_icons  # noqa: E402


def test_icon_set_covers_every_platform():
    from PIL import Image

    for size in make_icons.PNG_SIZES:
        with Image.open(ICONS / f"qa-desktop-{size}.png") as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
            assert image.getpixel((0, 0))[3] == 0, "corners are transparent (rounded tile)"
    with Image.open(ICONS / "qa-desktop.ico") as ico:
        assert {(s, s) for s in (16, 32, 48, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "qa-desktop.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]  # the Retina 1024 px slot macOS asks for


def test_make_icons_renders_the_svg(tmp_path, qapp):
    written = make_icons.make_icons(tmp_path)
    names = {p.name for p in written}
    assert {"qa-desktop-16.png", "qa-desktop-512.png", "qa-desktop.ico", "qa-desktop.icns"} <= names
    from PIL import Image

    with Image.open(tmp_path / "qa-desktop-256.png") as image:
        centre = image.getpixel((128, 46))  # the headband crosses the top middle: white on blue
        assert centre[:3] == (255, 255, 255) and centre[3] == 255


def test_desktop_entry_names_the_command_and_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "qa-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "qa-desktop" and section["Icon"] == "qa-desktop"
    assert section["Terminal"] == "false"
    assert section["Name[zh_CN]"] == "质检工作台"
    assert section["Categories"].endswith(";")
    # the GUI sets the same desktop file name so Wayland shows this entry's icon for the window
    assert 'setDesktopFileName("qa-desktop")' in (ROOT / "qa_desktop" / "ui" / "app.py").read_text(encoding="utf-8")


def test_windows_installer_keeps_user_data_and_creates_shortcuts():
    script = (PACKAGING / "windows" / "qa-desktop.iss").read_text(encoding="utf-8")
    assert "AppId={{" in script
    assert 'Name: "{group}\\{#AppName}"; Filename: "{app}\\{#GuiExe}"' in script
    assert "[UninstallDelete]" not in script
    deleted = [line for line in script.splitlines() if line.startswith("Type: filesandordirs")]
    assert deleted and all("{app}" in line for line in deleted), "only the program folder is ever cleaned"


def fake_build(folder: Path, version: str) -> Path:
    """A stand-in for the frozen folder: what install.sh needs, with a tiny qa-desktop script."""
    (folder / "_internal" / "resources" / "icons").mkdir(parents=True)
    for source in ICONS.glob("qa-desktop*"):
        shutil.copy(source, folder / "_internal" / "resources" / "icons" / source.name)
    exe = folder / "qa-desktop"
    exe.write_text(f"#!/bin/sh\necho 'qa-desktop {version}'\n")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    shutil.copy(PACKAGING / "linux" / "qa-desktop.desktop", folder)
    shutil.copy(PACKAGING / "linux" / "install.sh", folder)
    return folder


@pytest.mark.skipif(os.name == "nt" or shutil.which("sh") is None, reason="install.sh is for Linux")
def test_install_sh_installs_upgrades_and_uninstalls_without_touching_user_data(tmp_path):
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    user_data = home / ".local" / "share" / "QA Desktop" / "qa_desktop.sqlite3"
    user_data.parent.mkdir(parents=True)
    user_data.write_bytes(b"the user's evaluations")

    def install(build: Path, *options: str) -> str:
        completed = subprocess.run(["sh", str(build / "install.sh"), *options], env=env, capture_output=True,
                                   text=True, check=True)
        return completed.stdout

    assert "0.1.0 installed" in install(fake_build(tmp_path / "v1", "0.1.0"))
    program = home / ".local" / "opt" / "qa-desktop"
    menu = home / ".local" / "share" / "applications" / "qa-desktop.desktop"
    assert f'Exec="{program}/qa-desktop"' in menu.read_text(encoding="utf-8")
    assert (home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / "qa-desktop.png").exists()
    assert (home / ".local" / "bin" / "qa-desktop").resolve() == (program / "qa-desktop").resolve()

    (program / "stale-from-v1.so").write_text("old library")
    assert "0.2.0 installed" in install(fake_build(tmp_path / "v2", "0.2.0"))
    assert not (program / "stale-from-v1.so").exists(), "an upgrade replaces the program folder whole"
    assert user_data.read_bytes() == b"the user's evaluations"

    install(program, "--uninstall")
    assert not program.exists() and not menu.exists()
    assert user_data.read_bytes() == b"the user's evaluations"


def test_expected_pages_reads_the_page_table():
    from qa_desktop.ui.pages import PAGES

    pages = check_build.expected_pages(use_record=False)
    assert list(pages) == [spec.key for spec in PAGES]
    assert pages["settings"] is True


def test_smoke_test_flag_opens_the_gui_and_reports(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QA_DESKTOP_SETTINGS_DIR": str(tmp_path / "settings"),
           "QA_DESKTOP_DATA_DIR": str(tmp_path / "data"), "QA_DESKTOP_CACHE_DIR": str(tmp_path / "cache")}
    completed = subprocess.run([sys.executable, "-m", "qa_desktop", "--smoke-test", "--lang", "zh_TW"], env=env,
                               capture_output=True, text=True, encoding="utf-8", timeout=300, cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert "Traceback" not in completed.stderr
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    assert report["language"] == "zh_TW" and report["settings_page_title"] == "設定"
    present = check_build.expected_pages(use_record=False)
    assert all(report["pages"][key] == "ok" for key, exists in present.items() if exists), report["pages"]
    assert report["multimedia_decoders"] > 0
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").glob("*.sqlite3")), \
        "the smoke test works on a temporary database, not the user's"


@pytest.mark.skipif(os.environ.get("QA_DESKTOP_TEST_BUILD") != "1",
                    reason="builds the frozen app (minutes, ~0.5 GB): set QA_DESKTOP_TEST_BUILD=1")
def test_frozen_build_passes_its_checks():
    completed = subprocess.run([sys.executable, str(PACKAGING / "build.py"), "--check"], cwd=ROOT,
                               capture_output=True, text=True, timeout=3600)
    assert completed.returncode == 0, completed.stdout[-4000:] + completed.stderr[-4000:]
    assert "all checks passed" in completed.stdout


@pytest.mark.skipif(os.name == "nt", reason="POSIX PATH shadowing")
def test_check_build_hides_a_system_ffmpeg_but_keeps_sh(tmp_path):
    system_bin = tmp_path / "usr-bin"  # like /usr/bin on a machine with Debian's ffmpeg
    system_bin.mkdir()
    for name in ("ffmpeg", "ffprobe", "sh", "uname"):
        (system_bin / name).write_text("#!/bin/true\n")
        (system_bin / name).chmod(0o755)
    other = tmp_path / "other"
    other.mkdir()
    path = os.pathsep.join([str(other), str(system_bin)])

    scrubbed = check_build.path_without_ffmpeg(path, tmp_path / "shadow")

    assert shutil.which("ffmpeg", path=scrubbed) is None and shutil.which("ffprobe", path=scrubbed) is None
    assert Path(shutil.which("sh", path=scrubbed)).resolve() == system_bin / "sh"
    assert shutil.which("uname", path=scrubbed) is not None
    assert scrubbed.split(os.pathsep)[0] == str(other)


def test_our_pyinstaller_hooks_copy_metadata_that_is_installed():
    """webrtcvad is installed from the webrtcvad-wheels distribution; the contributed PyInstaller hook asks for a
    'webrtcvad' distribution and stopped the frozen build, so packaging/hooks/ overrides it (the spec's hookspath)."""
    import importlib.metadata
    import re

    hooks = sorted((PACKAGING / "hooks").glob("hook-*.py"))
    assert [h.name for h in hooks] == ["hook-webrtcvad.py"]
    for hook in hooks:
        names = re.findall(r'copy_metadata\("([^"]+)"\)', hook.read_text(encoding="utf-8"))
        assert names
        for name in names:
            assert importlib.metadata.distribution(name).files  # installed, with a RECORD to copy
    assert 'hookspath=[str(PACKAGING / "hooks")]' in (PACKAGING / "qa_desktop.spec").read_text(encoding="utf-8")
