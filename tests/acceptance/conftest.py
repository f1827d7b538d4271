"""Fixtures of the acceptance tests; the harness itself is in acceptance_support.py."""
from __future__ import annotations

import pytest
from acceptance_support import AppRun
from PySide6.QtWidgets import QApplication


@pytest.fixture
def launch_app(qapp):
    def launch(argv, **kwargs) -> AppRun:
        run = AppRun(argv, **kwargs)
        run.run()
        return run

    yield launch
    QApplication.processEvents()

