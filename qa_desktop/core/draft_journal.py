"""A local journal of drafts not yet in the database (Qt-free).

Every change an evaluator makes is written here first, on this computer, before the database
is asked to save it: a shared database on a network drive may be locked by a colleague for
minutes or be unreachable, and a kill -9 or a power cut must not lose what was typed. An
entry is one small JSON file, written to a temporary name, fsync'd and renamed over the old
one (so a crash mid-write leaves the previous entry whole), and removed once the database
holds the same answers. Entries left behind are replayed when the database answers again or
at the next start (:func:`qa_desktop.core.evaluation_session.replay_journal`).

One folder per user (``drafts/`` in the user's data folder); an entry names its database, so
drafts of a local practice database are never replayed into the team's shared one.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from qa_desktop import paths
from qa_desktop.core.db import Database


@dataclass
class JournalEntry:
    """One unsaved draft: who scores which call on which form, and the answers as last typed."""

    database: str                     # the database's identity (its path or URL)
    evaluator_id: int
    call_id: int
    kind: str = "regular"             # regular | calibration
    calibration_session_id: int | None = None
    evaluation_id: int | None = None  # None until the database has created the draft
    row_version: int | None = None    # the version the answers were typed over
    form_version_id: int | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    comments: dict[str, Any] = field(default_factory=dict)
    active_seconds: int = 0
    written_at: float = 0.0

    @property
    def key(self) -> str:
        raw = f"{self.database}\n{self.kind}\n{self.calibration_session_id}\n{self.evaluator_id}\n{self.call_id}"
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]


def database_identity(database: Database) -> str:
    """The name a journal entry gives its database: the absolute file path, or the URL."""
    return str(database.path) if getattr(database, "path", None) else str(database.url)


def default_folder() -> Path:
    return paths.user_data_dir() / "drafts"


class DraftJournal:
    """The folder of unsaved drafts. Safe to use from several threads (each write is one rename)."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder is not None else default_folder()

    def _path(self, key: str) -> Path:
        return self.folder / f"draft-{key}.json"

    def write(self, entry: JournalEntry) -> None:
        """Keep ``entry`` durably (it survives a kill -9 the moment this returns)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        entry.written_at = time.time()
        target = self._path(entry.key)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        data = json.dumps(asdict(entry), ensure_ascii=False, sort_keys=True).encode("utf-8")
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        _sync_folder(self.folder)

    def remove(self, entry: JournalEntry, *, if_written_at: float | None = None) -> None:
        """Forget ``entry`` (its draft is in the database). With ``if_written_at``, only when no newer
        typing has replaced it since (a save that raced a keystroke must not drop the keystroke)."""
        target = self._path(entry.key)
        if if_written_at is not None:
            current = self._read(target)
            if current is not None and current.written_at > if_written_at:
                return
        with contextlib.suppress(FileNotFoundError):
            target.unlink()

    def find(self, database: str, evaluator_id: int, call_id: int, *, kind: str = "regular",
             calibration_session_id: int | None = None) -> JournalEntry | None:
        probe = JournalEntry(database=database, evaluator_id=evaluator_id, call_id=call_id, kind=kind,
                             calibration_session_id=calibration_session_id)
        return self._read(self._path(probe.key))

    def pending(self, database: str, evaluator_id: int | None = None) -> list[JournalEntry]:
        """The entries of ``database`` (and of one evaluator), oldest first."""
        if not self.folder.is_dir():
            return []
        entries = []
        for path in self.folder.glob("draft-*.json"):
            entry = self._read(path)
            if entry is not None and entry.database == database and \
                    (evaluator_id is None or entry.evaluator_id == evaluator_id):
                entries.append(entry)
        return sorted(entries, key=lambda e: e.written_at)

    @staticmethod
    def _read(path: Path) -> JournalEntry | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return JournalEntry(**data)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError):
            return None  # unreadable: left in place for a person to look at, never replayed half-read


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
