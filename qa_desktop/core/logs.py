"""The app's log: Python logging into a rotating file in the user's log folder (Qt-free).

``start_logging`` is called once at start-up (GUI and command line alike). Modules log through
``logging.getLogger(__name__)``; records of ``qa_desktop.*`` from INFO up, and anything any library
reports from WARNING up, go to ``qa-desktop.log`` (1 MB, the last five kept). The crash dialog
and Help → Open log folder point people at this folder.
"""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from qa_desktop import __version__, paths

LOG_FILE_NAME = "qa-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_handler: logging.handlers.RotatingFileHandler | None = None


def start_logging(level: int = logging.INFO) -> Path:
    """Log to the user's log folder from now on; returns the log file. Calling it again with the
    same folder changes nothing; with another folder (tests), the file handler moves there."""
    global _handler
    path = paths.user_log_dir() / LOG_FILE_NAME
    if _handler is not None:
        if Path(_handler.baseFilename) == path:
            return path
        stop_logging()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                                   encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    logging.getLogger().addHandler(handler)
    logging.getLogger("qa_desktop").setLevel(level)
    _handler = handler
    logging.getLogger(__name__).info("QA Desktop %s started", __version__)
    return path


def stop_logging() -> None:
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def log_file() -> Path | None:
    """The file being written, or None before :func:`start_logging`."""
    return None if _handler is None else Path(_handler.baseFilename)


def flush() -> None:
    if _handler is not None:
        _handler.flush()
