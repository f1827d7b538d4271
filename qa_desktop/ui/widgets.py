"""Small widget builders shared by the pages."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

LONGEST_COLUMN = 380  # pixels


def read_only_table(model, name: str) -> QTableView:
    """A table that shows ``model`` row by row, sized to its contents, for reading and selecting."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    # A column of long texts (failed items, notes) sized to its contents pushed the columns after it
    # behind a horizontal scroll bar at 1366×768, its centred header off screen; capped, it elides and
    # RowsModel shows the whole text as the cell's tooltip.
    view.horizontalHeader().setMaximumSectionSize(LONGEST_COLUMN)
    return view
