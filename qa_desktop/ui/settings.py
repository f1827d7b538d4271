"""Per-user settings (QSettings), kept in the platform's standard place, never next to the executable."""
from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from qa_desktop import APP_NAME, ORGANIZATION
from qa_desktop.core.languages import LANGUAGE_NAMES

LANGUAGES = LANGUAGE_NAMES


def open_settings() -> QSettings:
    folder = os.environ.get("QA_DESKTOP_SETTINGS_DIR")
    if folder:  # tests and portable set-ups keep settings in a folder of their own
        return QSettings(os.path.join(folder, "qa-desktop.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_NAME)


def _database_key(target) -> str:
    """One spelling per database: an absolute file path (a URL as it is; None is the local default)."""
    from qa_desktop import paths

    text = str(target or paths.default_database_path())
    return text if "://" in text else os.path.normcase(os.path.abspath(os.path.expanduser(text)))


class AppSettings:
    """Typed access to the settings the app keeps between runs."""

    def __init__(self, store: QSettings | None = None):
        self.store = store or open_settings()

    def _get(self, key: str, default, kind=str):
        value = self.store.value(key, default)
        if kind is bool:
            return value in (True, "true", "1", 1)
        try:
            return kind(value) if value is not None else default
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value) -> None:
        self.store.setValue(key, value)
        self.store.sync()

    language = property(lambda s: s._get("ui/language", "", str), lambda s, v: s._set("ui/language", v))
    database = property(lambda s: s._get("db/target", "", str), lambda s, v: s._set("db/target", v))
    shared = property(lambda s: s._get("db/shared", False, bool), lambda s, v: s._set("db/shared", v))
    user_login = property(lambda s: s._get("user/login", "", str), lambda s, v: s._set("user/login", v))
    playback_rate = property(lambda s: s._get("player/rate", 1.0, float), lambda s, v: s._set("player/rate", v))
    volume = property(lambda s: s._get("player/volume", 0.8, float), lambda s, v: s._set("player/volume", v))
    skip_silences = property(lambda s: s._get("player/skip", True, bool), lambda s, v: s._set("player/skip", v))
    skip_min_s = property(lambda s: s._get("player/skip_min_s", 2.0, float),
                          lambda s, v: s._set("player/skip_min_s", v))

    # Shared mode belongs to a file (the team's file on the share), not to every later launch:
    # the files opened shared are remembered by their absolute path.
    def shared_for(self, target) -> bool:
        return _database_key(target) in self._shared_files()

    def set_shared_for(self, target, shared: bool) -> None:
        files = [f for f in self._shared_files() if f != _database_key(target)]
        self._set("db/shared_files", files + [_database_key(target)] if shared else files)

    def _shared_files(self) -> list[str]:
        value = self.store.value("db/shared_files", [])
        return [value] if isinstance(value, str) else list(value or [])

    def value(self, key: str, default=None):
        return self.store.value(key, default)

    def set_value(self, key: str, value) -> None:
        self._set(key, value)
