"""Where the app finds its shipped files and keeps the user's data (Qt-free).

Shipped files (resources/, translations/) are looked up, in order: inside a frozen
PyInstaller bundle, inside an installed wheel (qa_desktop/_data), in a source checkout.
User data always lives in the platform's standard per-user places, never next to the
executable, so a second installation or an upgrade keeps the database and settings.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from qa_desktop import APP_NAME, ORGANIZATION

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped_dir(name: str) -> Path:
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates.append(_PACKAGE_DIR / "_data" / name)
    candidates.append(_PACKAGE_DIR.parent / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def resources_dir() -> Path:
    return _shipped_dir("resources")


def translations_dir() -> Path:
    return _shipped_dir("translations")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    override = os.environ.get("QA_DESKTOP_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, ORGANIZATION))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_cache_dir() -> Path:
    override = os.environ.get("QA_DESKTOP_CACHE_DIR")
    path = Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME, ORGANIZATION))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_log_dir() -> Path:
    """Where the log file is kept: QA_DESKTOP_LOG_DIR, else next to the data when QA_DESKTOP_DATA_DIR
    moves it (tests, portable set-ups), else the platform's per-user log folder."""
    override = os.environ.get("QA_DESKTOP_LOG_DIR")
    data_override = os.environ.get("QA_DESKTOP_DATA_DIR")
    if override:
        path = Path(override)
    elif data_override:
        path = Path(data_override) / "logs"
    else:
        path = Path(platformdirs.user_log_dir(APP_NAME, ORGANIZATION))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "qa_desktop.sqlite3"
