"""Which files an import covers: a folder walk, or a manifest's rows resolved inside the tree.

Files that cannot be used at this stage (unsupported audio, rows naming a missing file or a
path outside the imported folder, a file listed twice, a file the manifest does not list)
become report lines here; everything else becomes an :class:`ImportItem` to read and register.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from qa_desktop.core.audio.probe import SUPPORTED_EXTENSIONS
from qa_desktop.core.library.import_report import FAILED, SKIPPED, ImportReport, ReportLine
from qa_desktop.core.library.manifest import Manifest

# Audio files we see but do not accept: reported, unlike other files (manifests, notes) which are ignored.
_OTHER_AUDIO_EXTENSIONS = {".wma", ".vox", ".gsm", ".au", ".snd", ".aif", ".aiff", ".ape", ".raw", ".pcm",
                           ".g729", ".g723", ".v3", ".sln", ".ul", ".al", ".mka", ".webm", ".3gp", ".caf"}


@dataclass
class ImportItem:
    path: Path
    values: dict = field(default_factory=dict)
    manifest_line: int | None = None


def walk(root: Path) -> list[Path]:
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                found.append(Path(folder, name))
    return found


def is_text(name: str) -> bool:
    """False for a name holding bytes that are not UTF-8 (POSIX) or lone surrogates (Windows):
    such a name cannot be stored, printed or sent to SQLite."""
    try:
        name.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def printable_path(name: str) -> str:
    """The name with its undecodable bytes shown as ``\\xff`` escapes, for the report."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def is_within(path: Path | str, root: Path | str) -> bool:
    path, root = os.path.normcase(str(path)), os.path.normcase(str(root)).rstrip("/\\")
    return path == root or (path.startswith(root) and path[len(root)] in "/\\")


def absolute(path: Path) -> Path:
    return Path(os.path.normpath(os.path.abspath(path)))


def plan_import(sources: list[Path], manifest: Manifest | None, report: ImportReport) -> list[ImportItem]:
    """Which files to register, each with its manifest values; unusable ones go to the report."""
    files: list[Path] = []
    explicit: set[Path] = set()
    for source in sources:
        if source.is_dir():
            files += walk(source)
        else:
            files.append(source)
            explicit.add(source)
    audio, seen = [], set()
    for path in files:
        key = str(path)
        if key in seen:
            continue
        seen.add(key)
        if not is_text(key):
            shown = printable_path(key)
            report.lines.append(ReportLine(shown, FAILED, "bad_file_name",
                                           f"{os.path.basename(shown)}: the file name is not valid text (written "
                                           "by a system with another character set); rename the file and import "
                                           "it again."))
            continue
        suffix = os.path.splitext(key)[1].lower()
        if suffix in SUPPORTED_EXTENSIONS:
            audio.append(path)
        elif path in explicit or suffix in _OTHER_AUDIO_EXTENSIONS:
            report.lines.append(ReportLine(key, FAILED, "audio_unsupported",
                                           f"{path.name}: '{suffix or 'no extension'}' files are not supported "
                                           "recordings."))
    if manifest is None:
        return [ImportItem(path) for path in audio]

    root = str(absolute(sources[0] if sources[0].is_dir() else manifest.path.parent))
    by_name: dict[str, list[Path]] = {}
    audio_by_text = {str(path): path for path in audio}
    for path in audio:
        by_name.setdefault(path.name.lower(), []).append(path)
    items, listed = [], set()
    for row in manifest.rows:
        raw = str(row.values.get("file", "")).strip()
        if not raw:
            report.lines.append(ReportLine("", FAILED, "manifest_row", "The row names no recording file.",
                                           manifest_line=row.line))
            continue
        given = raw if raw.startswith("\\\\") else raw.replace("\\", "/")
        if os.path.isabs(given) or ".." in given or "./" in given or "//" in given or os.sep != "/":
            text = os.path.normpath(given if os.path.isabs(given) else os.path.join(root, given))
        else:
            text = root + "/" + given  # already normal: the common case, kept cheap for 10,000 rows
        if not is_within(text, root):
            report.lines.append(ReportLine(text, FAILED, "outside_tree",
                                           f"{raw}: the path is outside the imported folder {root}.",
                                           manifest_line=row.line))
            continue
        found = audio_by_text.get(text)
        if found is None:
            bare = os.path.basename(given)
            candidates = by_name.get(bare.lower(), []) if bare == given else []
            if os.path.isfile(text):
                found = Path(text)
            elif len(candidates) == 1:
                found = candidates[0]  # the manifest gives bare names, the files sit in dated folders
            else:
                report.lines.append(ReportLine(text, FAILED, "missing_file",
                                               f"{raw}: no such file in {root}.", manifest_line=row.line))
                continue
        path = found
        if str(path) in listed:
            report.lines.append(ReportLine(str(path), SKIPPED, "duplicate_row",
                                           f"{raw} is listed more than once in the manifest; the first row is used.",
                                           manifest_line=row.line))
            continue
        listed.add(str(path))
        items.append(ImportItem(path, row.values, row.line))
    for path in audio:
        if str(path) not in listed:
            report.lines.append(ReportLine(str(path), SKIPPED, "not_in_manifest",
                                           f"{path.name} is not listed in the manifest."))
    return items
