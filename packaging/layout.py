"""Where a build lives and what its program is called, shared by build.py and check_build.py.

Standard library only: check_build.py runs with any Python >= 3.11.
"""
from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "qa_desktop.spec"
DIST = PACKAGING / "dist"
WORK = PACKAGING / "build"
GENERATED = WORK / "generated"


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def output_folder() -> Path:
    """The folder a user receives: the .app bundle on macOS, else the one-folder build."""
    if sys.platform == "darwin":
        return DIST / f"{project()['tool']['qa-desktop'].get('app-display-name', 'QA Desktop')}.app"
    return DIST / "qa-desktop"


def frozen_executable(folder: Path | None = None) -> Path:
    folder = folder or output_folder()
    if sys.platform == "darwin":
        return folder / "Contents" / "MacOS" / "qa-desktop"
    return folder / ("qa-desktop.exe" if os.name == "nt" else "qa-desktop")
