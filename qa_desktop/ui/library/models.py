"""Table models of the Call library: calls, and the lines of an import report."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qa_desktop.ui.i18n import codec_title
from qa_desktop.ui.player.waveform import fmt_time
from qa_desktop.ui.rows_model import RowsModel

MISSING, FAILED_COLOUR, SKIPPED_COLOUR, MOVED_COLOUR = "#f8cbad", "#f8cbad", "#fff2cc", "#ddebf7"

# Short, translated reasons per report code; the English reason from the core is the fallback.
REASONS = {
    "audio_empty": QT_TRANSLATE_NOOP("ImportReport", "The file is empty."),
    "audio_truncated": QT_TRANSLATE_NOOP("ImportReport", "The file is truncated (an interrupted copy or export?)."),
    "audio_corrupt": QT_TRANSLATE_NOOP("ImportReport", "The file is damaged or not audio."),
    "audio_mislabelled": QT_TRANSLATE_NOOP("ImportReport", "The content is another format than the file name says."),
    "audio_unsupported": QT_TRANSLATE_NOOP("ImportReport", "This kind of file is not a supported recording."),
    "audio_not_found": QT_TRANSLATE_NOOP("ImportReport", "The file cannot be found or read."),
    "unreadable": QT_TRANSLATE_NOOP("ImportReport", "The file cannot be read."),
    "missing_file": QT_TRANSLATE_NOOP("ImportReport", "The manifest names a file that does not exist."),
    "outside_tree": QT_TRANSLATE_NOOP("ImportReport", "The manifest names a file outside the imported folder."),
    "manifest_row": QT_TRANSLATE_NOOP("ImportReport", "The manifest row names no recording file."),
    "duplicate_row": QT_TRANSLATE_NOOP("ImportReport", "The manifest lists this file more than once."),
    "not_in_manifest": QT_TRANSLATE_NOOP("ImportReport", "Not listed in the manifest."),
    "pattern_mismatch": QT_TRANSLATE_NOOP("ImportReport", "The file name does not match the pattern."),
    "bad_value": QT_TRANSLATE_NOOP("ImportReport", "A date or value in the manifest cannot be read."),
    "already_imported": QT_TRANSLATE_NOOP("ImportReport", "Already imported."),
    "same_recording": QT_TRANSLATE_NOOP("ImportReport", "The same recording is already imported from another place."),
    "moved": QT_TRANSLATE_NOOP("ImportReport", "Moved or renamed: the call now points here."),
    "path_reused": QT_TRANSLATE_NOOP("ImportReport", "A different recording was imported from this path before."),
    "call_id_taken": QT_TRANSLATE_NOOP("ImportReport", "The call ID is already used by another recording."),
    "copy_failed": QT_TRANSLATE_NOOP("ImportReport", "The file could not be copied."),
    "conflict": QT_TRANSLATE_NOOP("ImportReport", "Another import registered it at the same time."),
    "interrupted": QT_TRANSLATE_NOOP("ImportReport", "Not registered: the import stopped with an error."),
    "bad_file_name": QT_TRANSLATE_NOOP("ImportReport", "The file name is not valid text (another system's character "
                                       "set): rename the file and import it again."),
}
STATUSES = {
    "imported": QT_TRANSLATE_NOOP("ImportReport", "Imported"),
    "moved": QT_TRANSLATE_NOOP("ImportReport", "Moved"),
    "duplicate": QT_TRANSLATE_NOOP("ImportReport", "Already there"),
    "skipped": QT_TRANSLATE_NOOP("ImportReport", "Skipped"),
    "failed": QT_TRANSLATE_NOOP("ImportReport", "Failed"),
}


def translated_reason(line: dict) -> str:
    template = REASONS.get(line.get("code") or "")
    return QCoreApplication.translate("ImportReport", template) if template else (line.get("reason") or "")


def _duration(seconds: float | None) -> str:
    """A call's length as the work queue and the player show it (02:59, 1:02:05): the library said 2:59."""
    if seconds is None:
        return "–"
    return fmt_time(int(seconds * 1000))


def _when(value: dt.datetime | None) -> str:
    if value is None:
        return "–"
    # stored in UTC; shown in the evaluator's local time
    return value.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _plain(value: Any) -> str:
    return "–" if value in (None, "") else str(value)


class CallsModel(RowsModel):
    def __init__(self, parent=None):
        def missing(row: dict) -> str | None:
            return MISSING if row["recording_missing"] else None

        super().__init__([("CallLibrary", header, value_fn, missing) for header, value_fn in CALL_COLUMNS], parent,
                         format_value=_plain)
        self.set_tooltip(lambda row, _column: self.tooltip(row))

    @staticmethod
    def tooltip(row: dict) -> str | None:
        if row["recording_missing"]:
            return QCoreApplication.translate("CallLibrary", "The recording was not found at its path the last time "
                                                             "it was checked. Use Relink share if the share moved.")
        return row["recording_path"]


CALL_COLUMNS = [
    (QT_TRANSLATE_NOOP("CallLibrary", "Started"), lambda r: _when(r["started_at"])),
    (QT_TRANSLATE_NOOP("CallLibrary", "Call ID"), lambda r: r["external_id"]),
    (QT_TRANSLATE_NOOP("CallLibrary", "Agent"), lambda r: " ".join(x for x in (r["agent_code"], r["agent_name"]) if x)),
    (QT_TRANSLATE_NOOP("CallLibrary", "Type"), lambda r: r["call_type"]),
    (QT_TRANSLATE_NOOP("CallLibrary", "Queue"), lambda r: r["queue"]),
    (QT_TRANSLATE_NOOP("CallLibrary", "Customer"), lambda r: r["customer"]),
    (QT_TRANSLATE_NOOP("CallLibrary", "Duration"), lambda r: _duration(r["duration_s"])),
    (QT_TRANSLATE_NOOP("CallLibrary", "Format"), lambda r: codec_title(r["codec"])),
    (QT_TRANSLATE_NOOP("CallLibrary", "Analysed"), lambda r: "✓" if r["analysed"] else ""),
    (QT_TRANSLATE_NOOP("CallLibrary", "Recording"), lambda r: r["recording_path"]),
]
REPORT_COLUMNS = [
    (QT_TRANSLATE_NOOP("ImportReport", "Result"),
     lambda r: QCoreApplication.translate("ImportReport", STATUSES.get(r["status"], r["status"]))),
    (QT_TRANSLATE_NOOP("ImportReport", "File"), lambda r: r.get("shown_path") or r["path"]),
    (QT_TRANSLATE_NOOP("ImportReport", "Reason"), translated_reason),
    (QT_TRANSLATE_NOOP("ImportReport", "Manifest line"), lambda r: r.get("manifest_line")),
]


class ReportLinesModel(RowsModel):
    def __init__(self, parent=None):
        def colour(row: dict) -> str | None:
            return {"failed": FAILED_COLOUR, "skipped": SKIPPED_COLOUR, "moved": MOVED_COLOUR}.get(row["status"])

        super().__init__([("ImportReport", header, value_fn, colour) for header, value_fn in REPORT_COLUMNS],
                         parent, format_value=_plain)
        # the full English detail (paths, call numbers)
        self.set_tooltip(lambda row, _column: row.get("reason") or None)

    def set_rows(self, rows: list[dict], root: str = "") -> None:
        # Paths under the imported folder are shown relative to it: the folder is in the title.
        prefix = root.rstrip("/\\")
        shown = []
        for row in rows:
            path = row.get("path") or ""
            if prefix and path.startswith(prefix) and path[len(prefix):len(prefix) + 1] in ("/", "\\"):
                row = dict(row, shown_path=path[len(prefix) + 1:])
            shown.append(row)
        super().set_rows(shown)
