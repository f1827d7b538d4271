"""Loading the UI language: our .qm files (compiled from translations/*.ts) and Qt's own."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from qa_desktop import paths
from qa_desktop.core.languages import LANGUAGES

SUPPORTED = LANGUAGES
# Qt's own strings that its shipped zh_CN/zh_TW catalogues miss: Qt 6 added mnemonics to the file
# dialog's labels ("Look in:" became "&Look in:"), so the old translations no longer match and a
# Chinese user saw English there. Our catalogue carries them under Qt's own contexts; Qt looks them
# up there when its catalogue has nothing.
QT_STRINGS_MISSING_IN_QT_CATALOGUES = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Drive"),
    # the file dialog's Type column (QAbstractFileIconProvider::type(), new in Qt 6)
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)
_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """The language the UI speaks now: core texts (workbooks, permission messages) follow it."""
    return _current


def core_text(key: str, fallback: str | None = None, **values) -> str:
    """An entry of the core's catalogue (qa_desktop.core.texts) in the UI's language."""
    from qa_desktop.core import texts

    if fallback is not None and not texts.has(key):
        return fallback
    return texts.text(key, _current, **values)


def codec_title(codec: str | None) -> str:
    """A recording format as a person reads it (G.711 µ-law, not pcm_mulaw), in the UI's language."""
    return core_text(f"codec.{codec}", codec) if codec else ""


def system_language() -> str:
    name = QLocale.system().name()  # e.g. zh_CN, zh_TW, zh_HK, en_US
    if name.startswith("zh"):
        return "zh_TW" if name in ("zh_TW", "zh_HK", "zh_MO") or "Hant" in QLocale.system().bcp47Name() else "zh_CN"
    return "en"


def _lrelease() -> str | None:
    import PySide6

    for candidate in (Path(PySide6.__file__).parent / "lrelease", Path(PySide6.__file__).parent / "lrelease.exe"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_catalog(language: str) -> Path | None:
    """The .qm for ``language``: shipped next to the .ts (frozen builds) or compiled into the cache."""
    source_dir = paths.translations_dir()
    shipped = source_dir / f"qa_desktop_{language}.qm"
    ts_file = source_dir / f"qa_desktop_{language}.ts"
    if shipped.exists() and (not ts_file.exists() or shipped.stat().st_mtime >= ts_file.stat().st_mtime):
        return shipped
    if not ts_file.exists():
        return None
    cached = paths.user_cache_dir() / "translations" / f"qa_desktop_{language}.qm"
    if cached.exists() and cached.stat().st_mtime >= ts_file.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        return None
    cached.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([tool, "-silent", str(ts_file), "-qm", str(cached)], capture_output=True)
    return cached if result.returncode == 0 and cached.exists() else None


def install_language(language: str) -> str:
    """Switch the application's translators; returns the language in effect."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    global _current
    if language not in SUPPORTED:
        language = system_language()
    _current = language
    _use_locale(QLocale("en_US" if language == "en" else language))
    if language == "en":
        return language
    ours = QTranslator()
    catalog = compiled_catalog(language)
    if catalog and ours.load(str(catalog)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator()
    if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language


def _use_locale(locale: QLocale) -> None:
    """Qt's own widgets speak the chosen language too: the date pickers' month and weekday names,
    the file dialog's dates. They follow the default locale, which was the system's, so 简体中文 on
    an English Windows showed "December", "Sun Mon Tue" in every calendar popup. Windows already
    open take it over now (children inherit it), so the switch applies live."""
    QLocale.setDefault(locale)
    from PySide6.QtWidgets import QApplication

    if isinstance(QCoreApplication.instance(), QApplication):
        for window in QApplication.topLevelWidgets():
            window.setLocale(locale)
