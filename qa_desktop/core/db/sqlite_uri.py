"""The SQLite URI of a database file: shared by opening a database and backing it up."""
from __future__ import annotations

import re
from pathlib import PurePath, PureWindowsPath
from urllib.parse import quote


def sqlite_uri(path: PurePath, *, read_only: bool = False) -> str:
    """The SQLite URI naming exactly ``path``, whatever characters its name holds.

    SQLite reads ``?`` as the start of options, ``#`` as a fragment and ``%`` as an escape, so a
    raw path like ``Team #3/team.sqlite3`` would open ``Team ``. Every byte but letters, digits,
    ``/`` and ``:`` is percent-encoded (UTF-8, as SQLite expects). Windows paths become
    ``file:///C:/...``; a UNC share keeps its leading ``//`` inside the path
    (``file:////server/share/...``), since SQLite refuses any authority but ``localhost``.
    """
    if isinstance(path, PureWindowsPath):
        text = str(path)
        if text.startswith("\\\\?\\UNC\\"):
            text = "\\\\" + text[len("\\\\?\\UNC\\"):]
        elif text.startswith("\\\\?\\"):
            text = text[len("\\\\?\\"):]
        text = text.replace("\\", "/")
        if re.match(r"^[A-Za-z]:", text):
            text = "/" + text
    else:
        text = path.as_posix()
    encoded = quote(text.encode("utf-8", "surrogateescape"), safe="/:")
    prefix = "file://" if encoded.startswith("/") else "file:"
    return prefix + encoded + ("?mode=ro" if read_only else "")
