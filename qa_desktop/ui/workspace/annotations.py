"""The open call's notes and flags: what the Notes and Flags tabs and the waveform's note markers
show, and the evaluator's changes to them (through :mod:`qa_desktop.core.call_notes` and
:mod:`qa_desktop.core.flags`).

Changes are written on the page's database worker, after any save queued before them, so a
shared database that keeps a writer waiting never freezes the window."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from qa_desktop.core import call_notes, flags
from qa_desktop.core.db.models import FlagResolution
from qa_desktop.core.errors import QADesktopError
from qa_desktop.ui.messages import describe_error


class CallAnnotations(QObject):
    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.notes: list[call_notes.Note] = []
        page.waveform.noteClicked.connect(self.jump_to_note)
        page.notes.noteSubmitted.connect(self.save_note)
        page.notes.noteActivated.connect(self.jump_to_note)
        page.notes.noteDeleteRequested.connect(self.delete_note)
        page.flags.flagToggled.connect(self.toggle_flag)
        page.flags.flagSettled.connect(self.settle_flag)

    def _call_id(self) -> int | None:
        return self.page.call.id if self.page.call is not None else None

    def _evaluation_id(self) -> int | None:
        session = self.page.session
        return session.state.id if session and session.state else None

    # -- notes ---------------------------------------------------------------------------------
    def begin_note(self) -> None:
        page = self.page
        if page.call is None:
            return
        focus = page.focusWidget()
        page.tabs.setCurrentWidget(page.notes)
        item = page.panel.current_item_code() or page.notes.item.currentData()
        page.notes.begin_note(page.player.position(), item, focus)

    def _write(self, work, after, *, warn: bool = False, changed: str = "") -> None:
        """Run ``work`` on the database worker; then ``after()`` here, if the same call is still open.
        A refusal is shown in a message box (``warn``) or on the status bar."""
        page, call_id = self.page, self._call_id()

        def done(_result, error) -> None:
            if error is not None and not isinstance(error, QADesktopError):
                raise error
            if error is not None and warn:
                QMessageBox.warning(page, self.tr("Flag"), describe_error(error))
            elif error is not None:
                page.ctx.statusMessage.emit(describe_error(error))
            elif changed and not page._released:
                page.ctx.dataChanged.emit(changed)
            if self._call_id() == call_id and not page._released:
                after()

        page.worker.run(work, done=done)

    def save_note(self, position_ms: int, text: str, item_code) -> None:
        page = self.page
        if page.call is None:
            return
        store = page.session.store if page.session else None
        self._write(partial(_add_note, page.db, page.call.id, position_ms, text, page.user.id, self._evaluation_id(),
                            item_code, store), self.refresh_notes)

    def delete_note(self, note_id: int) -> None:
        self._write(partial(call_notes.delete_note, self.page.db, note_id), self.refresh_notes)

    def refresh_notes(self) -> None:
        page = self.page
        if page.call is None:
            self.notes = []
            page.notes.set_notes([], {})
            page.waveform.set_notes([])
            return
        self.notes = call_notes.call_notes(page.db, page.call.id, evaluation_id=self._evaluation_id(),
                                           author_id=page.user.id)
        names = {}
        if page.definition is not None:
            names = {item.code: f"{n}" for n, (_s, item) in enumerate(page.definition.items(), 1)}
        page.notes.set_notes(self.notes, names)
        page.waveform.set_notes([(n.id, n.position_ms, n.text) for n in self.notes])

    def jump_to_note(self, note_id: int) -> None:
        note = next((n for n in self.notes if n.id == note_id), None)
        if note is not None:
            self.page.player.seek(note.position_ms)

    # -- flags ---------------------------------------------------------------------------------
    def refresh_flags(self) -> None:
        page = self.page
        if page.call is not None:
            page.flags.show_flags(flags.call_flags(page.db, page.call.id), page.user.display_name)

    def toggle_flag(self, kind, on: bool, reason: str) -> None:
        page = self.page
        if page.call is not None:
            self._write(partial(_toggle_flag, page.db, page.call.id, kind, on, reason, page.user.id,
                                self._evaluation_id()), self.refresh_flags, warn=True, changed="flag")

    def settle_flag(self, kind, resolution) -> None:
        page = self.page
        if page.call is not None:
            self._write(partial(_settle_flag, page.db, page.call.id, kind, resolution, page.user.id),
                        self.refresh_flags, warn=True, changed="flag")


# -- the database work (on the worker thread) -------------------------------------------------
def _add_note(database, call_id: int, position_ms: int, text: str, author_id: int, evaluation_id, item_code,
              store) -> None:
    if evaluation_id is None and store is not None:  # a draft created by a save queued before this note
        own = store.find()
        evaluation_id = own.id if own is not None else None
    call_notes.add_note(database, call_id, position_ms, text, author_id, evaluation_id=evaluation_id,
                        item_code=item_code)


def _toggle_flag(database, call_id: int, kind, on: bool, reason: str, user_id: int, evaluation_id) -> None:
    if on:
        flags.raise_flag(database, call_id, kind, user_id, reason, evaluation_id=evaluation_id)
        return
    for flag in flags.call_flags(database, call_id, include_closed=False):
        if flag.kind == kind:
            flags.withdraw_flag(database, flag.id, user_id)


def _settle_flag(database, call_id: int, kind, resolution, user_id: int) -> None:
    for flag in flags.call_flags(database, call_id):
        if flag.kind == kind and flag.resolution != FlagResolution.DISMISSED:
            flags.settle_flag(database, flag.id, user_id, resolution)
            break
