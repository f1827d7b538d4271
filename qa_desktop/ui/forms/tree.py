"""The outline of a form: sections and their items, reordered by drag and by Ctrl+Up/Down.

The view never moves rows itself: a drop or a key press is turned into a request
(``moveRequested`` / ``nudgeRequested``) that the page applies to the form definition through
``core.scoring.designer``; the outline is then rebuilt from the definition, so the two can
never disagree (a section dropped inside another section simply lands before or after it).
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from qa_desktop.core.scoring.form import FormDefinition, pick, points_text

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2


class FormTree(QTreeView):
    selectedChanged = Signal(str, str)          # kind ("section" | "item" | ""), code
    nudgeRequested = Signal(str, str, int)      # kind, code, -1 | +1
    moveRequested = Signal(str, str, str, int)  # kind, code, target section code (items), index

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("formOutline")
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setExpandsOnDoubleClick(False)
        self.selectionModel().currentChanged.connect(self._current_changed)

    # -- content -------------------------------------------------------------------------------
    def rebuild(self, form: FormDefinition | None, lang: str, select: tuple[str, str] | None = None) -> None:
        keep = select or self.selected()
        # Rebuilding is not a user's choice: the page already knows what is selected.
        selection = self.selectionModel()
        selection.blockSignals(True)
        try:
            self._fill(form, lang)
            if keep and keep[0]:
                self.select(*keep)
        finally:
            selection.blockSignals(False)
        self.viewport().update()

    def _fill(self, form: FormDefinition | None, lang: str) -> None:
        self.model_.clear()
        if form is not None:
            for number, section in enumerate(form.sections, 1):
                node = QStandardItem(self.tr("{0}. {1}  (weight {2})").format(
                    number, pick(section.title, lang) or section.code, points_text(section.weight)))
                node.setData("section", KIND_ROLE)
                node.setData(section.code, CODE_ROLE)
                font = node.font()
                font.setBold(True)
                node.setFont(font)
                node.setEditable(False)
                for item in section.items:
                    badges = []
                    if item.fatal:
                        badges.append(self.tr("fatal"))
                    if item.critical:
                        badges.append(self.tr("critical"))
                    if item.bonus:
                        badges.append(self.tr("bonus"))
                    text = self.tr("{0}  ({1} pt)").format(
                        pick(item.text, lang) or item.code, points_text(item.max_points)
                    )
                    if badges:
                        text += "  [" + ", ".join(badges) + "]"
                    child = QStandardItem(text)
                    child.setToolTip(f"{item.code} · {item.type}")
                    child.setData("item", KIND_ROLE)
                    child.setData(item.code, CODE_ROLE)
                    child.setEditable(False)
                    child.setDropEnabled(False)
                    node.appendRow(child)
                self.model_.appendRow(node)
        self.expandAll()

    def select(self, kind: str, code: str) -> None:
        index = self._find(kind, code)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def selected(self) -> tuple[str, str]:
        index = self.currentIndex()
        if not index.isValid():
            return "", ""
        return index.data(KIND_ROLE) or "", index.data(CODE_ROLE) or ""

    def _find(self, kind: str, code: str) -> QModelIndex:
        for row in range(self.model_.rowCount()):
            section = self.model_.item(row)
            if kind == "section" and section.data(CODE_ROLE) == code:
                return section.index()
            for child_row in range(section.rowCount()):
                child = section.child(child_row)
                if kind == "item" and child.data(CODE_ROLE) == code:
                    return child.index()
        return QModelIndex()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.selectedChanged.emit(current.data(KIND_ROLE) or "", current.data(CODE_ROLE) or "")

    # -- keyboard ------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            kind, code = self.selected()
            if kind:
                self.nudgeRequested.emit(kind, code, -1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- drag and drop -------------------------------------------------------------------------
    def drop_target(self, kind: str, target: QModelIndex, position) -> tuple[str, int] | None:
        """Where a dragged section or item lands: (section code for items, index)."""
        above = QAbstractItemView.DropIndicatorPosition.AboveItem
        below = QAbstractItemView.DropIndicatorPosition.BelowItem
        on_item = QAbstractItemView.DropIndicatorPosition.OnItem
        sections = self.model_.rowCount()
        if not target.isValid():  # on the empty space below everything
            if kind == "section":
                return "", sections
            if not sections:
                return None
            last = self.model_.item(sections - 1)
            return last.data(CODE_ROLE), last.rowCount()
        target_kind = target.data(KIND_ROLE)
        if kind == "section":
            row = target.row() if target_kind == "section" else target.parent().row()
            return "", row + (0 if position == above else 1)
        if target_kind == "item":
            section = target.parent()
            return section.data(CODE_ROLE), target.row() + (1 if position == below else 0)
        # An item dropped on a section header: into that section (at the end when dropped on it,
        # first when just below it); just above a header: the end of the section before.
        if position == above and target.row() > 0:
            previous = self.model_.item(target.row() - 1)
            return previous.data(CODE_ROLE), previous.rowCount()
        section = self.model_.itemFromIndex(target)
        return target.data(CODE_ROLE), section.rowCount() if position == on_item else 0

    def dropEvent(self, event) -> None:
        kind, code = self.selected()
        if event.source() is not self or not kind:
            event.ignore()
            return
        landing = self.drop_target(kind, self.indexAt(event.position().toPoint()), self.dropIndicatorPosition())
        # Accept as a copy so Qt removes nothing; the page moves it in the definition and rebuilds.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if landing is not None:
            QTimer.singleShot(0, lambda: self.moveRequested.emit(kind, code, landing[0], landing[1]))
