"""What a person sees on a screen, as text, and which of it is English in a Chinese UI.

``visible_texts(root)`` reads what is on screen under ``root``: labels, buttons, group and tab
titles, combo items, placeholders, tooltips, window titles, table headers and the first rows of
every table or list, and the text of every matplotlib chart. ``latin_words(text)`` lists the
English words in a text, leaving out what is not a word a translator would translate: names and
codes of the data (logins, call ids, paths, given by the test), key names, units and file formats.
"""
from __future__ import annotations

import re

# Words a Chinese UI legitimately shows in Latin letters: keys, units, file formats, standards,
# product names. Anything else in Latin letters is an untranslated string or a raw code.
ALLOWED = {
    # keys
    "Ctrl", "Shift", "Alt", "Enter", "Esc", "Space", "Tab", "Del", "PgUp", "PgDn", "Home", "End",
    *(f"F{n}" for n in range(1, 13)),
    # units
    "dB", "dBFS", "Hz", "kHz", "ms", "kbit", "MB", "GB", "KB", "MiB",
    # formats and standards
    "PCM", "WAV", "MP3", "OGG", "Ogg", "Vorbis", "Opus", "FLAC", "AAC", "ALAC", "M4A", "AMR", "NB", "WB", "GSM",
    "ADPCM", "IMA", "MS", "CSV", "XLSX", "Excel", "JSON", "PNG", "PDF", "SRT", "WebVTT", "URL", "UNC",
    "SQLite", "PostgreSQL", "postgresql", "WAL", "ID", "UTF", "GBK", "Big5", "BOM", "M3U",
    "ChannelId",  # the Alibaba Cloud transcript field a person maps
    # statistics named after people or by their symbol
    "ICC", "Krippendorff", "Shrout", "Fleiss", "Genesys",
    # language names in the language menu
    "English",
    # file suffixes the file dialog shows ("xlsx 文件")
    "xlsx", "json", "png", "csv", "wav", "mp3", "sqlite3", "db", "txt", "log",
}
WORD = re.compile(r"[A-Za-z][A-Za-z_'’]+")  # snake_case item codes are words too
ENV_VAR = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")  # QA_DESKTOP_PLAYER: a name, not a word
PATHLIKE = re.compile(r"(?:[A-Za-z]:\\|\\\\|/)[^\s，。；]*")   # C:\…, \\server\…, /tmp/…
PATTERN_SYNTAX = re.compile(r"\{[^}]*\}")                  # {agent_id}, {0}: syntax, not words
HTML_TAGS = re.compile(r"<[^>]+>|&[a-z]+;")


def latin_words(text: str, names: set[str] = frozenset()) -> list[str]:
    """English words in ``text`` that are neither allowed nor one of the data's ``names``."""
    text = HTML_TAGS.sub(" ", text)
    text = PATHLIKE.sub(" ", text)
    text = PATTERN_SYNTAX.sub(" ", text)
    text = text.replace("&", "")  # mnemonics: "文件(&F)"
    found = []
    for match in WORD.finditer(text):
        word = match.group(0)
        # a word glued to digits or a dot is an identifier (DEMO-000026, qa.li, v1, 2026-W46)
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if before.isdigit() or after.isdigit() or before in "-.@_" or after in "-.@" or ENV_VAR.fullmatch(word):
            continue
        if word in ALLOWED or word in names:
            continue
        found.append(word)
    return found


def visible_texts(root, rows: int = 8) -> list[tuple[str, str]]:
    """(where, text) for everything readable under ``root`` that is visible."""
    from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTabWidget,
        QTextEdit,
        QWidget,
    )

    found: list[tuple[str, str]] = []

    def add(widget, kind, text):
        if text:
            name = widget.objectName() or type(widget).__name__
            found.append((f"{kind} {name}", str(text)))

    window = root.window()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        if widget.isWindow():
            add(widget, "title", widget.windowTitle())
        if isinstance(widget, QLabel):
            add(widget, "label", widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, "button", widget.text())
        if isinstance(widget, QGroupBox):
            add(widget, "group", widget.title())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, "choice", widget.itemText(i))
        if isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
            if widget.objectName() == "fileNameEdit":  # the name a save dialog suggests is read too
                add(widget, "file name", re.sub(r"[-_.]", " ", widget.text().rsplit(".", 1)[0]))
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            add(widget, "text", widget.toPlainText())
            add(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, "tab", widget.tabText(i))
        add(widget, "tooltip", widget.toolTip())
        if isinstance(widget, QAbstractItemView) and isinstance(widget.model(), QAbstractItemModel):
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for column in range(columns):
                add(widget, "header", model.headerData(column, Qt.Orientation.Horizontal,
                                                       Qt.ItemDataRole.DisplayRole))
            for row in range(min(model.rowCount(), rows)):
                for column in range(columns):
                    index = model.index(row, column)
                    add(widget, "cell", model.data(index, Qt.ItemDataRole.DisplayRole))
                    add(widget, "cell tooltip", model.data(index, Qt.ItemDataRole.ToolTipRole))
    found += chart_texts(root)
    return found


def chart_texts(root) -> list[tuple[str, str]]:
    try:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.text import Text
    except ImportError:
        return []
    from PySide6.QtWidgets import QWidget

    found = []
    # a live matplotlib canvas, or a rendered chart image that keeps its figure (the Reports page)
    shown = [(canvas, canvas.figure) for canvas in root.findChildren(FigureCanvasQTAgg)]
    shown += [(view, view.chart.figure) for view in root.findChildren(QWidget)
              if getattr(getattr(view, "chart", None), "figure", None) is not None]
    for canvas, figure in shown:
        if not canvas.isVisible():
            continue
        for artist in figure.findobj(Text):
            if artist.get_visible() and artist.get_text():
                found.append((f"chart {canvas.objectName() or type(canvas).__name__}", artist.get_text()))
    return found


def english_on_screen(root, names: set[str] = frozenset()) -> list[str]:
    """Lines 'where: text  -> words' for every visible text holding English words."""
    return [f"{where}: {text!r} -> {words}" for where, text in visible_texts(root)
            if (words := latin_words(text, names))]
