"""The transport bar: passive controls that ask the :class:`PlayerService` and redraw from its signals.

The shortcuts live on :class:`PlayerActions` (QActions added to the workspace page), so they
work wherever the focus is in the workspace, and the buttons show the same actions.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.ui.player.service import (
    AGENT,
    BOTH,
    CUSTOMER,
    LONG_JUMP_MS,
    PLAYING,
    RATE_STEPS,
    SHORT_JUMP_MS,
    PlayerService,
)
from qa_desktop.ui.player.waveform import fmt_time

SKIP_THRESHOLDS_S = (1.0, 2.0, 3.0, 5.0, 10.0)


class PlayerActions:
    """Every player command as a QAction with its shortcut (added to a page with ``install``)."""

    def __init__(self, owner: QWidget, service: PlayerService):
        self.service = service

        def action(slot, *keys: str) -> QAction:
            act = QAction(owner)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            return act

        self.play_pause = action(service.toggle, "Ctrl+Space", "F8")
        self.back_short = action(lambda: service.jump(-SHORT_JUMP_MS), "Ctrl+Left")
        self.forward_short = action(lambda: service.jump(SHORT_JUMP_MS), "Ctrl+Right")
        self.back_long = action(lambda: service.jump(-LONG_JUMP_MS), "Ctrl+Shift+Left")
        self.forward_long = action(lambda: service.jump(LONG_JUMP_MS), "Ctrl+Shift+Right")
        self.slower = action(service.slower, "Ctrl+[")
        self.faster = action(service.faster, "Ctrl+]")
        self.normal_speed = action(lambda: service.set_rate(1.0), "Ctrl+\\")
        self.volume_up = action(lambda: service.set_volume(service.volume + 0.1), "Ctrl+Up")
        self.volume_down = action(lambda: service.set_volume(service.volume - 0.1), "Ctrl+Down")
        self.both_sides = action(lambda: service.set_side(BOTH), "Alt+B")
        self.agent_side = action(lambda: service.set_side(AGENT), "Alt+A")
        self.customer_side = action(lambda: service.set_side(CUSTOMER), "Alt+C")
        self.ab_loop = action(service.mark_loop, "Ctrl+L")
        self.skip_silence = action(lambda: None, "Ctrl+K")
        self.skip_silence.setCheckable(True)
        self.skip_silence.setChecked(service.skipping)
        self.skip_silence.toggled.connect(service.set_skipping)
        service.skippingChanged.connect(self.skip_silence.setChecked)
        self.all = [self.play_pause, self.back_short, self.forward_short, self.back_long, self.forward_long,
                    self.slower, self.faster, self.normal_speed, self.volume_up, self.volume_down,
                    self.both_sides, self.agent_side, self.customer_side, self.ab_loop, self.skip_silence]
        self.retranslate(owner)

    def install(self, widget: QWidget) -> None:
        widget.addActions(self.all)

    TEXTS = (("play_pause", QT_TRANSLATE_NOOP("PlayerActions", "Play / pause")),
             ("back_short", QT_TRANSLATE_NOOP("PlayerActions", "Back 5 s")),
             ("forward_short", QT_TRANSLATE_NOOP("PlayerActions", "Forward 5 s")),
             ("back_long", QT_TRANSLATE_NOOP("PlayerActions", "Back 30 s")),
             ("forward_long", QT_TRANSLATE_NOOP("PlayerActions", "Forward 30 s")),
             ("slower", QT_TRANSLATE_NOOP("PlayerActions", "Slower")),
             ("faster", QT_TRANSLATE_NOOP("PlayerActions", "Faster")),
             ("normal_speed", QT_TRANSLATE_NOOP("PlayerActions", "Normal speed")),
             ("volume_up", QT_TRANSLATE_NOOP("PlayerActions", "Louder")),
             ("volume_down", QT_TRANSLATE_NOOP("PlayerActions", "Quieter")),
             ("both_sides", QT_TRANSLATE_NOOP("PlayerActions", "Both sides")),
             ("agent_side", QT_TRANSLATE_NOOP("PlayerActions", "Agent only")),
             ("customer_side", QT_TRANSLATE_NOOP("PlayerActions", "Customer only")),
             ("ab_loop", QT_TRANSLATE_NOOP("PlayerActions", "A–B loop")),
             ("skip_silence", QT_TRANSLATE_NOOP("PlayerActions", "Skip silences and holds")))

    def retranslate(self, owner: QWidget | None = None) -> None:
        for name, source in self.TEXTS:
            act = getattr(self, name)
            text = QCoreApplication.translate("PlayerActions", source)
            act.setText(text)
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts())
            act.setToolTip(f"{text} ({keys})" if keys else text)


class PlayerBar(QWidget):
    """Buttons, time, speed, volume and side: a view of the service's state."""

    relinkRequested = Signal()

    def __init__(self, service: PlayerService, actions: PlayerActions, parent=None):
        super().__init__(parent)
        self.setObjectName("playerBar")
        self.service, self.actions = service, actions
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        layout.setSpacing(3)
        outer.addLayout(layout)
        problem_row = QHBoxLayout()
        outer.addLayout(problem_row)
        notice_row = QHBoxLayout()  # a problem with the recording or the sound device, on a line of its own
        outer.addLayout(notice_row)

        def button(act: QAction, text: str, name: str) -> QToolButton:
            b = QToolButton()
            b.setDefaultAction(act)
            b.setText(text)
            b.setObjectName(name)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setAutoRaise(True)
            self._short_texts[b] = text
            return b

        self._short_texts: dict[QToolButton, str] = {}

        self.back_long = button(actions.back_long, "«30", "backLong")
        self.back_short = button(actions.back_short, "‹5", "backShort")
        self.play = button(actions.play_pause, "▶", "playPause")
        self.play.setMinimumWidth(34)
        self.forward_short = button(actions.forward_short, "5›", "forwardShort")
        self.forward_long = button(actions.forward_long, "30»", "forwardLong")
        self.time = QLabel("00:00 / 00:00")
        self.time.setObjectName("playerTime")
        self.time.setMinimumWidth(96)
        self.rate = QComboBox()
        self.rate.setObjectName("rate")
        self.rate.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for value in RATE_STEPS:
            self.rate.addItem(f"{value:g}×", value)
        self.rate.activated.connect(lambda i: service.set_rate(self.rate.itemData(i)))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("volume")
        self.volume.setRange(0, 100)
        self.volume.setFixedWidth(70)
        self.volume.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.volume.valueChanged.connect(lambda v: service.set_volume(v / 100.0))
        self.side = QComboBox()
        self.side.setObjectName("side")
        self.side.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for value in (BOTH, AGENT, CUSTOMER):
            self.side.addItem("", value)
        self.side.activated.connect(lambda i: service.set_side(self.side.itemData(i)))
        self.loop = button(actions.ab_loop, "A–B", "abLoop")
        self.loop.setCheckable(False)
        # skipping: the button turns it on and off (Ctrl+K), its menu says how long a silence must be
        self.skip = QToolButton()
        self.skip.setObjectName("skipSilence")
        self.skip.setCheckable(True)
        self.skip.clicked.connect(service.set_skipping)  # not the action itself: this button shows more
        self.skip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.skip.setAutoRaise(True)
        self.skip.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.skip_menu = QMenu(self.skip)
        self._threshold_actions = []
        for seconds in SKIP_THRESHOLDS_S:
            choice = self.skip_menu.addAction("")
            choice.setCheckable(True)
            choice.setData(seconds)
            choice.triggered.connect(lambda _checked=False, s=seconds: service.set_skip_min_s(s))
            self._threshold_actions.append(choice)
        self.skip.setMenu(self.skip_menu)
        self.notice = QLabel()
        self.notice.setObjectName("playerNotice")
        self.notice.setWordWrap(True)
        self.relink = QToolButton()
        self.relink.setObjectName("relink")
        self.relink.clicked.connect(self.relinkRequested)
        self.relink.setVisible(False)
        for widget in (self.back_long, self.back_short, self.play, self.forward_short, self.forward_long,
                       self.time, self.loop):
            layout.addWidget(widget)
        layout.addStretch(1)
        # skipping sits with the other listening settings: at the end of the transport row, beside the
        # queue at 1366×768, it was squeezed below its text ('No s…ping', '跳过 ≥2…') and so was play/pause
        for widget in (self.rate, self.volume, self.side, self.skip):
            problem_row.addWidget(widget)
        problem_row.addStretch(1)
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.relink)

        service.positionChanged.connect(self._show_time)
        service.durationChanged.connect(lambda _ms: self._show_time(service.position()))
        service.stateChanged.connect(self._show_state)
        service.rateChanged.connect(self._show_rate)
        service.volumeChanged.connect(self._show_volume)
        service.sideChanged.connect(self._show_side)
        service.loopChanged.connect(self._show_loop)
        service.sideBusy.connect(lambda busy: self.side.setEnabled(not busy))
        service.skippingChanged.connect(lambda _on: self._show_skip())
        service.skipThresholdChanged.connect(lambda _s: self._show_skip())
        self._problem = ""
        self.retranslate()
        self._show_rate(service.rate)
        self._show_volume(service.volume)
        self._show_state(service.state)

    def retranslate(self) -> None:
        for b, text in self._short_texts.items():
            b.setText(text)
        self._show_state(self.service.state)
        for index, text in enumerate((self.tr("Both sides"), self.tr("Agent only"), self.tr("Customer only"))):
            self.side.setItemText(index, text)
        self.side.setToolTip(self.tr("Listen to one side (Alt+A agent, Alt+C customer, Alt+B both)"))
        self.rate.setToolTip(self.tr("Speed, pitch kept (Ctrl+[ slower, Ctrl+] faster)"))
        self.volume.setToolTip(self.tr("Volume (Ctrl+Up / Ctrl+Down)"))
        self.relink.setText(self.tr("Find the recording…"))
        for choice in self._threshold_actions:
            choice.setText(self.tr("Skip silences longer than {0:g} s").format(choice.data()))
        self._show_skip()
        self._show_notice()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_problem(self, text: str, offer_relink: bool) -> None:
        """Say why the recording cannot be played ("" when it can)."""
        self._problem = text
        self.relink.setVisible(offer_relink)
        self._show_notice()

    def _show_notice(self) -> None:
        if self._problem:
            self.notice.setText(self._problem)
            self.notice.setStyleSheet("color: #a50f15; font-weight: bold;")
        elif self.service.silent:
            self.notice.setText(self.tr("No sound device: playing silently"))
            self.notice.setToolTip(QCoreApplication.translate("Player", self.service.silent_reason))
            self.notice.setStyleSheet("color: #8a4b00;")
        else:
            self.notice.setText("")
            self.notice.setStyleSheet("")
        self.notice.setVisible(bool(self.notice.text()))

    def _show_time(self, ms: int) -> None:
        self.time.setText(f"{fmt_time(ms)} / {fmt_time(self.service.duration())}")

    def _show_state(self, state: str) -> None:
        self.play.setText("❚❚" if state == PLAYING else "▶")

    def _show_rate(self, rate: float) -> None:
        index = self.rate.findData(rate)
        if index < 0:
            self.rate.addItem(f"{rate:g}×", rate)
            index = self.rate.count() - 1
        self.rate.setCurrentIndex(index)

    def _show_volume(self, volume: float) -> None:
        self.volume.blockSignals(True)
        self.volume.setValue(round(volume * 100))
        self.volume.blockSignals(False)

    def _show_side(self, side: str) -> None:
        self.side.setCurrentIndex(max(0, self.side.findData(side)))

    def _show_skip(self) -> None:
        seconds = self.service.skip_min_s
        self.skip.setText(self.tr("Skip ≥{0:g} s").format(seconds) if self.service.skipping else self.tr("No skipping"))
        self.skip.setToolTip(self.tr("Jump over silences and holds longer than {0:g} s (Ctrl+K turns it on and off)")
                             .format(seconds))
        self.skip.setChecked(self.service.skipping)
        for choice in self._threshold_actions:
            choice.setChecked(abs(choice.data() - seconds) < 1e-6)

    def _show_loop(self, a: int, b: int) -> None:
        if a < 0:
            self.loop.setText("A–B")
        elif b < 0:
            self.loop.setText(f"A {fmt_time(a)}–?")
        else:
            self.loop.setText(f"⟲ {fmt_time(a)}–{fmt_time(b)}")
