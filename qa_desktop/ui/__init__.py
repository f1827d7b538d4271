"""The Qt layer (PySide6). Importing it applies the runtime guard below before any widget exists."""
from __future__ import annotations

import sys


def _guard_singletons_against_pyside_refcount_bug() -> None:
    """Keep None/True/False alive under PySide6 6.12.0 on Python < 3.12.

    shiboken6 6.12.0 returns ``None`` from every void C++ method (``setText``, ``update``,
    ``processEvents``…) without taking a reference, so each call drops None's refcount by one;
    after a few thousand calls CPython aborts with "none_dealloc: deallocating None". Python 3.12+
    makes these singletons immortal, so nothing is needed there. Giving them a huge number of
    extra references (never released) is what 3.12 does in effect.
    """
    if sys.version_info >= (3, 12) or hasattr(sys, "_qa_desktop_singletons_guarded"):
        return
    import shiboken6

    if shiboken6.__version__ != "6.12.0":  # pyproject excludes it; this covers an environment that has it anyway
        return
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    sys._qa_desktop_singletons_guarded = True


_guard_singletons_against_pyside_refcount_bug()
