"""When a call's recording cannot be played: what the evaluator is told, and relinking a moved file.

Texts stay in the workspace page's translation context (they are the page's words)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from qa_desktop.core import call_details
from qa_desktop.core.errors import QADesktopError
from qa_desktop.ui.messages import describe_error


def problem_text(status: str) -> str:
    """Why the recording does not play, and that scoring goes on regardless."""
    texts = {
        call_details.RECORDING_MISSING: QCoreApplication.translate(
            "WorkspacePage", "The recording cannot be found (moved or disconnected share?)."),
        call_details.RECORDING_UNREADABLE: QCoreApplication.translate("WorkspacePage", "The recording cannot be read."),
        call_details.RECORDING_COPYING: QCoreApplication.translate(
            "WorkspacePage", "The recording is still being copied; try again shortly."),
    }
    return texts.get(status, QCoreApplication.translate("WorkspacePage", "The recording cannot be played.")) + " " + \
        QCoreApplication.translate("WorkspacePage", "You can still score the call.")


def playback_problem_text(detail: str) -> str:
    return QCoreApplication.translate("WorkspacePage", "Playback problem: {0}").format(detail)


def relink(window: QWidget, database, call_id: int) -> bool:
    """Ask where the call's recording is now and relink it; True when it was relinked."""
    path, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("WorkspacePage", "Where is this recording now?"), "",
        QCoreApplication.translate("WorkspacePage",
                                   "Recordings (*.wav *.mp3 *.ogg *.opus *.m4a *.aac *.flac *.amr);;All files (*)"))
    if not path:
        return False
    try:
        call_details.relink_recording(database, call_id, path)
    except call_details.RelinkRefused as error:
        QMessageBox.warning(window, QCoreApplication.translate("WorkspacePage", "Not relinked"),
                            QCoreApplication.translate("WorkspacePage", "This file is not this call's recording, or "
                                                       "cannot be read; the call was not changed.")
                            + "\n\n" + str(error))
        return False
    except QADesktopError as error:
        QMessageBox.warning(window, QCoreApplication.translate("WorkspacePage", "Not relinked"), describe_error(error))
        return False
    return True
