"""The month chooser two Coaching tabs share: a label, the month typed as YYYY-MM (Enter shows it), Show."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton


def month_bar(month: str, month_name: str, show_name: str,
              show: Callable[[], None]) -> tuple[QHBoxLayout, QLabel, QLineEdit, QPushButton]:
    """(the bar, its label, the month field, the Show button); the tab names the label and button."""
    label, field, button = QLabel(), QLineEdit(month), QPushButton()
    field.setObjectName(month_name)
    field.setMaximumWidth(90)
    field.returnPressed.connect(show)
    button.setObjectName(show_name)
    button.clicked.connect(show)
    bar = QHBoxLayout()
    for widget in (label, field, button):
        bar.addWidget(widget)
    bar.addStretch(1)
    return bar, label, field, button
