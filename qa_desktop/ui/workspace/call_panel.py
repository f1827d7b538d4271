"""Around the player: the call's header, its notes, details and flags (tabs under the waveform)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.audio.tracks import analysis_figures
from qa_desktop.core.call_details import CallInfo
from qa_desktop.core.call_notes import Note
from qa_desktop.core.db.models import FlagKind, FlagResolution
from qa_desktop.core.flags import VERIFIABLE, FlagInfo
from qa_desktop.ui.i18n import codec_title
from qa_desktop.ui.player.waveform import fmt_time
from qa_desktop.ui.workspace.queue_model import grade_text

FLAG_TEXT = {
    FlagKind.EXCELLENT: QT_TRANSLATE_NOOP("Flags", "Excellent example (优秀录音)"),
    FlagKind.FAILING: QT_TRANSLATE_NOOP("Flags", "Failing example (不合格录音)"),
    FlagKind.REVIEW: QT_TRANSLATE_NOOP("Flags", "Needs team-lead review"),
    FlagKind.COMPLAINT: QT_TRANSLATE_NOOP("Flags", "Complaint to verify (鉴定投诉)"),
    FlagKind.PRAISE: QT_TRANSLATE_NOOP("Flags", "Praise to verify (鉴定表扬)"),
    FlagKind.CALIBRATION: QT_TRANSLATE_NOOP("Flags", "Calibration candidate"),
    FlagKind.TRAINING: QT_TRANSLATE_NOOP("Flags", "Training case"),
}


def flag_text(kind: FlagKind) -> str:
    return QCoreApplication.translate("Flags", FLAG_TEXT[kind])


def verdict_texts() -> tuple[str, str, str]:
    """A complaint's or a praise's verification, as the Reviews page words it ("Not founded")."""
    return (QCoreApplication.translate("Flags", "To verify"), QCoreApplication.translate("Flags", "Founded"),
            QCoreApplication.translate("Flags", "Not founded"))


class NotesPanel(QWidget):
    """The call's timestamped notes; a line to write a new one at the marked position.

    Until a note is begun (Ctrl+M), its time follows playback of the call on screen and its form
    item follows the item being scored; both are shown, and the item can be changed (Tab to the
    list, or the mouse) before Enter saves the note.
    """

    noteSubmitted = Signal(int, str, object)  # position ms, text, item code or None
    noteActivated = Signal(int)               # note id
    noteDeleteRequested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.position_ms = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        self.at_label = QLabel("00:00")
        self.at_label.setObjectName("noteTime")
        self.edit = QLineEdit()
        self.edit.setObjectName("noteEdit")
        self.edit.returnPressed.connect(self._submit)
        self.edit.installEventFilter(self)
        row.addWidget(self.at_label)
        row.addWidget(self.edit, 1)
        layout.addLayout(row)
        link = QHBoxLayout()
        self.item_label = QLabel()
        self.item = QComboBox()
        self.item.setObjectName("noteItem")
        self.item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item.setMinimumContentsLength(12)
        self.item.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.item.installEventFilter(self)
        self.item_label.setBuddy(self.item)
        link.addWidget(self.item_label)
        link.addWidget(self.item, 1)
        layout.addLayout(link)
        self.list = QListWidget()
        self.list.setObjectName("notesList")
        self.list.itemActivated.connect(lambda it: self.noteActivated.emit(it.data(Qt.ItemDataRole.UserRole)))
        self.list.itemClicked.connect(lambda it: self.noteActivated.emit(it.data(Qt.ItemDataRole.UserRole)))
        self.list.installEventFilter(self)
        layout.addWidget(self.list, 1)
        self._return_focus: QWidget | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Ctrl+M: note at the current position; Enter saves, Esc cancels"))
        self.item_label.setText(self.tr("Note on item:"))
        if self.item.count():
            self.item.setItemText(0, self.tr("(no item)"))

    @property
    def composing(self) -> bool:
        """A note was begun (Ctrl+M): its time and item no longer follow playback and scoring."""
        return self._return_focus is not None or self.edit.hasFocus() or self.item.hasFocus()

    def follow_position(self, position_ms: int) -> None:
        if not self.composing:
            self.position_ms = int(position_ms)
            self.at_label.setText(fmt_time(self.position_ms))

    def follow_item(self, item_code: str | None) -> None:
        if not self.composing:
            self.item.setCurrentIndex(max(0, self.item.findData(item_code)) if item_code else 0)

    def reset(self) -> None:
        """Another call: nothing half-written, the time from its start, no item yet."""
        self.edit.clear()
        self._return_focus = None
        self.follow_position(0)
        self.follow_item(None)

    def set_items(self, items: list[tuple[str, str]]) -> None:
        self.item.clear()
        self.item.addItem(self.tr("(no item)"), None)
        for code, text in items:
            self.item.addItem(text, code)

    def begin_note(self, position_ms: int, item_code: str | None, return_focus: QWidget | None) -> None:
        self.position_ms = int(position_ms)
        self.at_label.setText(fmt_time(position_ms))
        index = self.item.findData(item_code) if item_code else 0
        self.item.setCurrentIndex(max(0, index))
        self._return_focus = return_focus
        self.edit.setFocus()

    def _submit(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        self.noteSubmitted.emit(self.position_ms, text, self.item.currentData())
        self.edit.clear()
        self._give_back_focus()

    def _give_back_focus(self) -> None:
        if self._return_focus is not None:
            self._return_focus.setFocus()
            self._return_focus = None

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            if watched in (self.edit, self.item) and event.key() == Qt.Key.Key_Escape:
                self.edit.clear()
                self._give_back_focus()
                return True
            if watched is self.item and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._submit()
                return True
            if watched is self.list and event.key() == Qt.Key.Key_Delete and self.list.currentItem():
                self.noteDeleteRequested.emit(self.list.currentItem().data(Qt.ItemDataRole.UserRole))
                return True
        return super().eventFilter(watched, event)

    def set_notes(self, notes: list[Note], item_names: dict[str, str]) -> None:
        self.list.clear()
        for note in notes:
            item = f" [{item_names.get(note.item_code, note.item_code)}]" if note.item_code else ""
            entry = QListWidgetItem(f"{fmt_time(note.position_ms)}{item}  {note.text}")
            entry.setData(Qt.ItemDataRole.UserRole, note.id)
            entry.setToolTip(f"{note.author} · {note.text}")
            self.list.addItem(entry)


class DetailsPanel(QWidget):
    """Metadata, analysis figures and the agent's previous evaluations."""

    FIGURE_NAMES = {
        "talk_ratio_agent": QT_TRANSLATE_NOOP("DetailsPanel", "Agent talk share"),
        "talk_ratio_customer": QT_TRANSLATE_NOOP("DetailsPanel", "Customer talk share"),
        "dead_air_total_s": QT_TRANSLATE_NOOP("DetailsPanel", "Dead air, total (s)"),
        "dead_air_count": QT_TRANSLATE_NOOP("DetailsPanel", "Dead-air stretches"),
        "hold_total_s": QT_TRANSLATE_NOOP("DetailsPanel", "Hold music or tone, total (s)"),
        "talk_over_total_s": QT_TRANSLATE_NOOP("DetailsPanel", "Talk-over, total (s)"),
        "talk_over_count": QT_TRANSLATE_NOOP("DetailsPanel", "Talk-over moments"),
        "longest_monologue_s": QT_TRANSLATE_NOOP("DetailsPanel", "Longest monologue (s)"),
        "exceeds_handling_standard": QT_TRANSLATE_NOOP("DetailsPanel", "Longer than the handling standard (s)"),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        # The call's facts and the analysis figures side by side, the previous evaluations under
        # them, all in a scroll area: at 1366×768 two columns beside a table cut the start time,
        # the format and the grade.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget()
        scroll.setWidget(content)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(2, 2, 2, 2)
        facts = QHBoxLayout()
        self.form = QFormLayout()
        self.figures = QFormLayout()
        for form in (self.form, self.figures):
            form.setContentsMargins(0, 0, 0, 0)
            form.setVerticalSpacing(1)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            facts.addLayout(form, 1)
        layout.addLayout(facts)
        right = QVBoxLayout()
        self.previous_title = QLabel()
        self.previous = QTableWidget(0, 4)
        self.previous.setObjectName("previousEvaluations")
        self.previous.verticalHeader().setVisible(False)
        self.previous.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previous.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.previous.horizontalHeader().setStretchLastSection(True)
        self.previous.setMinimumHeight(self.fontMetrics().height() * 6)
        right.addWidget(self.previous_title)
        right.addWidget(self.previous, 1)
        layout.addLayout(right, 1)
        self.info: CallInfo | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.previous_title.setText(self.tr("Previous evaluations of this agent"))
        self.previous.setHorizontalHeaderLabels([self.tr("Call date"), self.tr("Score"), self.tr("Grade"),
                                                 self.tr("Evaluator")])
        if self.info is not None:
            self.show_call(self.info)

    def show_call(self, info: CallInfo | None) -> None:
        self.info = info
        for form in (self.form, self.figures):
            while form.rowCount():
                form.removeRow(0)
        self.previous.setRowCount(0)
        if info is None:
            return
        rows = [
            (self.tr("Agent"), f"{info.agent_code} {info.agent_name}"
             + (f" ({self.tr('on probation')})" if info.on_probation else "")),
            (self.tr("Team"), info.team),
            (self.tr("Started"), info.started_at.strftime("%Y-%m-%d %H:%M:%S") if info.started_at else ""),
            (self.tr("Type / queue"), " / ".join(x for x in (info.call_type, info.queue) if x)),
            (self.tr("Direction"), {"inbound": self.tr("inbound"), "outbound": self.tr("outbound")}.get(
                info.direction, info.direction)),
            (self.tr("Customer"), info.customer_number),
            (self.tr("Duration"), fmt_time(int((info.duration_s or 0) * 1000))),
            (self.tr("Recording"), self.tr("{0} · {1} channels · {2} Hz").format(
                codec_title(info.codec), info.channels or "?", info.sample_rate or "?")),
            (self.tr("Call ID"), info.external_id),
        ]
        figures = []
        for key, value in analysis_figures(info.analysis):
            name = self.FIGURE_NAMES.get(key)
            label = QCoreApplication.translate("DetailsPanel", name) if name else key.replace("_", " ")
            if key.startswith("talk_ratio"):
                value = f"{value:.0%}"
            elif key.endswith("_count") or key == "exceeds_handling_standard":
                value = f"{value:.0f}"
            else:
                value = f"{value:.1f}"
            figures.append((label, str(value)))
        for form, pairs in ((self.form, rows), (self.figures, figures)):
            for label, value in pairs:
                field = QLabel(value)
                field.setWordWrap(True)
                field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(label, field)
        self.previous.setRowCount(len(info.previous))
        for n, prev in enumerate(info.previous):
            flags = " ⚠" if prev.fatal_failed or prev.critical_failed else ""
            values = [prev.call_started_at.strftime("%Y-%m-%d") if prev.call_started_at else "",
                      f"{prev.score}{flags}" if prev.score is not None else "", grade_text(prev.grade), prev.evaluator]
            for column, value in enumerate(values):
                self.previous.setItem(n, column, QTableWidgetItem(value))


class FlagsPanel(QWidget):
    """A check box per flag kind, a reason, and for complaints/praise whether it is founded."""

    flagToggled = Signal(object, bool, str)       # kind, on, reason
    flagSettled = Signal(object, object)          # kind, FlagResolution

    def __init__(self, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.setVerticalSpacing(2)
        self.boxes: dict[FlagKind, QCheckBox] = {}
        self.reasons: dict[FlagKind, QLineEdit] = {}
        self.verdicts: dict[FlagKind, QComboBox] = {}
        for row, kind in enumerate(FlagKind):
            box = QCheckBox()
            box.setObjectName(f"flag_{kind.value}")
            box.clicked.connect(lambda on, k=kind: self._toggled(k, on))
            reason = QLineEdit()
            reason.setObjectName(f"flagReason_{kind.value}")
            reason.returnPressed.connect(lambda k=kind: self._reason_entered(k))
            grid.addWidget(box, row, 0)
            # a flag without a verdict lends the verdict's column to its reason: at 1366×768 every
            # reason field was 70 px ('Reason …'), too narrow to read what was typed
            grid.addWidget(reason, row, 1, 1, 1 if kind in VERIFIABLE else 2)
            self.boxes[kind], self.reasons[kind] = box, reason
            if kind in VERIFIABLE:
                verdict = QComboBox()
                verdict.setObjectName(f"flagVerdict_{kind.value}")
                for value in (FlagResolution.OPEN, FlagResolution.FOUNDED, FlagResolution.UNFOUNDED):
                    verdict.addItem("", value)
                verdict.activated.connect(lambda i, k=kind: self.flagSettled.emit(k, self.verdicts[k].itemData(i)))
                grid.addWidget(verdict, row, 2)
                self.verdicts[kind] = verdict
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(FlagKind), 1)
        self.retranslate()

    def retranslate(self) -> None:
        for kind, box in self.boxes.items():
            box.setText(flag_text(kind))
            self.reasons[kind].setPlaceholderText(
                self.tr("Reason (required)") if kind == FlagKind.REVIEW else self.tr("Reason (optional)"))
        for verdict in self.verdicts.values():
            for index, text in enumerate(verdict_texts()):
                verdict.setItemText(index, text)

    def _toggled(self, kind: FlagKind, on: bool) -> None:
        reason = self.reasons[kind].text().strip()
        if on and kind == FlagKind.REVIEW and not reason:
            self.boxes[kind].setChecked(False)
            self.reasons[kind].setFocus()
            self.reasons[kind].setPlaceholderText(self.tr("Say why the team lead should review it, then press Enter"))
            return
        self.flagToggled.emit(kind, on, reason)

    def _reason_entered(self, kind: FlagKind) -> None:
        if self.reasons[kind].text().strip():
            self.boxes[kind].setChecked(True)
            self.flagToggled.emit(kind, True, self.reasons[kind].text().strip())

    def show_flags(self, flags: list[FlagInfo], user_name: str) -> None:
        mine = {f.kind: f for f in flags if f.is_open or f.kind in VERIFIABLE}
        for kind, box in self.boxes.items():
            flag = mine.get(kind)
            on = flag is not None and flag.resolution != FlagResolution.DISMISSED
            box.setChecked(on)
            self.reasons[kind].setText(flag.reason if flag else "")
            tip = ""
            if flag is not None:
                tip = self.tr("Raised by {0} on {1}").format(flag.raised_by, flag.raised_at.strftime("%Y-%m-%d"))
            box.setToolTip(tip)
            if kind in self.verdicts:
                verdict = self.verdicts[kind]
                verdict.setEnabled(on)
                value = flag.resolution if flag and flag.resolution in (
                    FlagResolution.FOUNDED, FlagResolution.UNFOUNDED) else FlagResolution.OPEN
                verdict.setCurrentIndex(max(0, verdict.findData(value)))
