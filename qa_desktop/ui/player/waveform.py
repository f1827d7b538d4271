"""The waveform of both sides with the position cursor, analysis overlays and note markers.

Passive: it draws what it is given (envelope, position, spans, notes, loop, the silences playback
jumped over: a mark where it jumped and a bar over what it skipped) and reports what
the user asks (``seekRequested``, ``noteClicked``); :meth:`WaveformView.bind` wires it to a
:class:`PlayerService`. Click or drag to seek; Ctrl+wheel or +/- to zoom around the cursor;
the wheel scrolls a zoomed view; while playing the view follows the cursor. Listening to one
side dims the other side's lane; :class:`WaveformLegend` names the colours.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from qa_desktop.core.audio.tracks import AnalysisSpans, Envelope

MARKER_STRIP = 16
MAX_ZOOM = 256.0
AGENT_COLOR = QColor(33, 113, 181)
CUSTOMER_COLOR = QColor(35, 139, 69)
DEAD_AIR_COLOR = QColor(120, 120, 120, 60)
TALK_OVER_COLOR = QColor(215, 48, 39, 70)
NOTE_COLOR = QColor(230, 145, 0)
LOOP_COLOR = QColor(106, 61, 154, 45)
MARK_COLOR = QColor(255, 200, 0, 200)  # transcript search hits
CURSOR_COLOR = QColor(200, 0, 0)
SKIP_COLOR = QColor(128, 64, 0)


def fmt_time(ms: int) -> str:
    seconds = max(0, int(ms)) // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


class WaveformView(QWidget):
    seekRequested = Signal(int)
    noteClicked = Signal(int)   # note id
    zoomChanged = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("waveform")
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setMouseTracking(True)
        self.envelope: Envelope | None = None
        self.spans = AnalysisSpans()
        self.notes: list[tuple[int, int, str]] = []  # (id, ms, text)
        self.marks: list[tuple[int, int]] = []  # (start ms, end ms): e.g. transcript search hits
        self.duration_ms = 0
        self.position_ms = 0
        self.loop = (-1, -1)
        self.skip_marks: list[tuple[int, int]] = []  # (from, to) ms: where playback jumped over a silence
        self.zoom = 1.0
        self.view_start_ms = 0.0
        self.follow = True
        self.status_text = ""
        self.agent_channel = 0
        self.side = "both"  # both | agent | customer: the side being listened to
        self._dragging = False
        self._cache_key = None
        self._cache_paths: list[QPainterPath] = []
        self.channel_labels = (self.tr("Agent"), self.tr("Customer"))

    # -- inputs --------------------------------------------------------------------------------
    def bind(self, service) -> None:
        service.positionChanged.connect(self.set_position)
        service.durationChanged.connect(self.set_duration)
        service.loopChanged.connect(self.set_loop)
        service.sideChanged.connect(self.set_side)
        service.skipped.connect(self.add_skip_mark)
        self.seekRequested.connect(service.seek)
        self.set_duration(service.duration())
        self.set_position(service.position())

    def clear(self) -> None:
        self.envelope = None
        self.spans = AnalysisSpans()
        self.notes = []
        self.marks = []
        self.loop = (-1, -1)
        self.skip_marks = []
        self.zoom, self.view_start_ms = 1.0, 0.0
        self.position_ms = 0
        self._cache_key = None
        self.update()

    def set_envelope(self, envelope: Envelope | None) -> None:
        self.envelope = envelope
        self._cache_key = None
        if envelope is not None and not self.duration_ms:
            self.duration_ms = int(envelope.duration_s * 1000)
        self.status_text = ""
        self.update()

    def set_side(self, side: str) -> None:
        self.side = side
        self.update()

    def set_status(self, text: str) -> None:
        self.status_text = text
        self.update()

    def set_spans(self, spans: AnalysisSpans) -> None:
        self.spans = spans
        self.agent_channel = spans.agent_channel
        self.update()

    def add_skip_mark(self, from_ms: int, to_ms: int) -> None:
        if (from_ms, to_ms) not in self.skip_marks:
            self.skip_marks.append((int(from_ms), int(to_ms)))
            self.update()

    def _draw_skip_marks(self, painter: QPainter, bottom: float) -> None:
        for a, b in self.skip_marks:
            x1, x2 = self.x_of(a), self.x_of(b)
            if x2 < -8 or x1 > self.width() + 8:
                continue
            painter.setPen(QPen(SKIP_COLOR, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QLineF(x1, MARKER_STRIP, x1, bottom))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SKIP_COLOR)
            painter.drawRect(QRectF(x1, MARKER_STRIP - 4, max(2.0, x2 - x1), 3))  # what was skipped
            painter.drawPolygon(QPolygonF([QPointF(x1, 2), QPointF(x1 + 7, 6.5), QPointF(x1, 11)]))  # a jump

    def set_notes(self, notes: list[tuple[int, int, str]]) -> None:
        self.notes = list(notes)
        self.update()

    def set_marks(self, marks: list[tuple[int, int]]) -> None:
        """Spans marked in the strip above the waveform (the transcript's search hits)."""
        self.marks = list(marks)
        self.update()

    def set_duration(self, ms: int) -> None:
        if ms and ms != self.duration_ms:
            self.duration_ms = int(ms)
            self._cache_key = None
            self.update()

    def set_position(self, ms: int) -> None:
        self.position_ms = int(ms)
        if self.follow and self.zoom > 1 and not self._dragging:
            span = self.visible_span_ms()
            if not (self.view_start_ms <= ms <= self.view_start_ms + span * 0.9):
                self._set_view_start(ms - span * 0.1)
        self.update()

    def set_loop(self, a: int, b: int) -> None:
        self.loop = (a, b)
        self.update()

    # -- geometry ------------------------------------------------------------------------------
    def total_ms(self) -> int:
        return max(1, self.duration_ms or (int(self.envelope.duration_s * 1000) if self.envelope else 1))

    def visible_span_ms(self) -> float:
        return self.total_ms() / self.zoom

    def _set_view_start(self, start: float) -> None:
        span = self.visible_span_ms()
        self.view_start_ms = max(0.0, min(float(start), self.total_ms() - span))
        self._cache_key = None

    def x_of(self, ms: float) -> float:
        return (ms - self.view_start_ms) / self.visible_span_ms() * max(1, self.width())

    def ms_at(self, x: float) -> int:
        ms = self.view_start_ms + x / max(1, self.width()) * self.visible_span_ms()
        return int(max(0, min(ms, self.total_ms())))

    def set_zoom(self, zoom: float, anchor_ms: float | None = None) -> None:
        zoom = max(1.0, min(MAX_ZOOM, zoom))
        if zoom == self.zoom:
            return
        anchor = self.position_ms if anchor_ms is None else anchor_ms
        fraction = (anchor - self.view_start_ms) / self.visible_span_ms()
        self.zoom = zoom
        self._set_view_start(anchor - fraction * self.visible_span_ms())
        self.zoomChanged.emit(zoom)
        self.update()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * 2)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / 2)

    # -- events --------------------------------------------------------------------------------
    def _note_at(self, x: float, y: float) -> int | None:
        if y > MARKER_STRIP + 2:
            return None
        best = None
        for note_id, ms, _text in self.notes:
            distance = abs(self.x_of(ms) - x)
            if distance <= 6 and (best is None or distance < best[0]):
                best = (distance, note_id)
        return best[1] if best else None

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        note = self._note_at(event.position().x(), event.position().y())
        if note is not None:
            self.noteClicked.emit(note)
            return
        self._dragging = True
        self.seekRequested.emit(self.ms_at(event.position().x()))

    def mouseMoveEvent(self, event) -> None:
        if self._dragging:
            self.seekRequested.emit(self.ms_at(event.position().x()))
        else:
            note = self._note_at(event.position().x(), event.position().y())
            text = next((t for i, _m, t in self.notes if i == note), None)
            self.setToolTip(text or "")

    def mouseReleaseEvent(self, event) -> None:
        self._dragging = False

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120.0
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom * (2 ** steps), self.ms_at(event.position().x()))
        elif self.zoom > 1:
            self._set_view_start(self.view_start_ms - steps * self.visible_span_ms() * 0.1)
            self.follow = False
            self.update()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_out()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        self._cache_key = None
        super().resizeEvent(event)

    # -- painting ------------------------------------------------------------------------------
    def _lanes(self) -> list[QRectF]:
        top = MARKER_STRIP
        height = max(10, self.height() - top - 14)
        lane = height / 2
        return [QRectF(0, top, self.width(), lane), QRectF(0, top + lane, self.width(), lane)]

    def _envelope_paths(self, lanes: list[QRectF]) -> list[QPainterPath]:
        env = self.envelope
        width = max(1, self.width())
        key = (id(env), width, self.height(), round(self.view_start_ms), self.zoom)
        if key == self._cache_key:
            return self._cache_paths
        paths: list[QPainterPath] = []
        if env is not None and env.peaks.size:
            per_ms = env.buckets_per_second / 1000.0
            start = self.view_start_ms * per_ms
            stop = (self.view_start_ms + self.visible_span_ms()) * per_ms
            edges = np.linspace(start, stop, width + 1)
            idx = np.clip(edges.astype(np.int64), 0, env.peaks.shape[1] - 1)
            for channel in range(min(2, env.channels)):
                row = env.peaks[channel]
                if stop - start >= width:  # several buckets per pixel: take each pixel's peak
                    starts = idx[:-1]
                    values = np.maximum.reduceat(row, starts) if starts.size else np.zeros(0)
                    values = values[:width]
                else:
                    values = row[idx[:-1]]
                values = np.sqrt(np.clip(values, 0, 1))  # speech is quiet: a root scale shows it
                lane = lanes[channel] if channel < len(lanes) else lanes[-1]
                mid, half = lane.center().y(), lane.height() / 2 - 2
                top = [QPointF(x, mid - v * half) for x, v in enumerate(values)]
                bottom = [QPointF(x, mid + v * half) for x, v in reversed(list(enumerate(values)))]
                path = QPainterPath()
                path.addPolygon(QPolygonF(top + bottom))
                paths.append(path)
        self._cache_key, self._cache_paths = key, paths
        return paths

    def _band(self, painter: QPainter, spans, color: QColor, rect: QRectF) -> None:
        view_end = self.view_start_ms + self.visible_span_ms()
        for start_s, end_s in spans:
            a, b = start_s * 1000, end_s * 1000
            if b < self.view_start_ms or a > view_end:
                continue
            x1, x2 = self.x_of(a), self.x_of(b)
            painter.fillRect(QRectF(x1, rect.top(), max(1.0, x2 - x1), rect.height()), color)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        lanes = self._lanes()
        full = QRectF(0, MARKER_STRIP, self.width(), lanes[1].bottom() - MARKER_STRIP)
        painter.fillRect(QRectF(0, 0, self.width(), MARKER_STRIP), palette.color(QPalette.ColorRole.AlternateBase))
        # Analysis first, under the waveform.
        self._band(painter, self.spans.dead_air, DEAD_AIR_COLOR, full)
        self._band(painter, self.spans.talk_over, TALK_OVER_COLOR, full)
        lane_of_side = {"agent": lanes[0], "customer": lanes[1]}
        for side, spans, color in (("agent", self.spans.agent_speech, AGENT_COLOR),
                                   ("customer", self.spans.customer_speech, CUSTOMER_COLOR)):
            lane = lane_of_side[side]
            light = QColor(color)
            light.setAlpha(28)
            self._band(painter, spans, light, lane)
        a, b = self.loop
        if a >= 0:
            end = b if b >= 0 else self.position_ms
            painter.fillRect(QRectF(self.x_of(a), full.top(), max(1.0, self.x_of(end) - self.x_of(a)),
                                    full.height()), LOOP_COLOR)
        # Waveform: the agent's channel on top, the customer's below.
        paths = self._envelope_paths(lanes)
        order = [self.agent_channel, 1 - self.agent_channel] if len(paths) == 2 else list(range(len(paths)))
        colors = (AGENT_COLOR, CUSTOMER_COLOR)
        for lane_index, channel in enumerate(order):
            if channel >= len(paths):
                continue
            path = paths[channel].translated(0, lanes[lane_index].top() - lanes[channel].top())
            painter.fillPath(path, colors[lane_index])
        if self.side in ("agent", "customer"):  # the side not heard, dimmed
            veil = QColor(palette.color(QPalette.ColorRole.Base))
            veil.setAlpha(185)
            painter.fillRect(lanes[1] if self.side == "agent" else lanes[0], veil)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QLineF(0, lanes[1].top(), self.width(), lanes[1].top()))
        # Labels and status.
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(lanes[0].adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         self.channel_labels[0])
        painter.drawText(lanes[1].adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         self.channel_labels[1])
        if self.status_text:
            painter.drawText(full, Qt.AlignmentFlag.AlignCenter, self.status_text)
        # Time axis.
        axis = QRectF(0, lanes[1].bottom(), self.width(), self.height() - lanes[1].bottom())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        step = self._tick_step_ms()
        first = int(self.view_start_ms // step + 1) * step
        t = first
        while t < self.view_start_ms + self.visible_span_ms():
            x = self.x_of(t)
            painter.drawLine(QLineF(x, axis.top(), x, axis.top() + 3))
            painter.drawText(QRectF(x - 40, axis.top() + 1, 80, axis.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, fmt_time(t))
            t += step
        # Marks (search hits) in the strip above the lanes.
        for start, end in self.marks:
            x0, x1 = self.x_of(start), self.x_of(end)
            if x1 >= -4 and x0 <= self.width() + 4:
                painter.fillRect(QRectF(x0, 0, max(3.0, x1 - x0), MARKER_STRIP), MARK_COLOR)
        # Notes.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for _note_id, ms, _text in self.notes:
            x = self.x_of(ms)
            if -8 <= x <= self.width() + 8:
                painter.setPen(QPen(NOTE_COLOR, 1, Qt.PenStyle.DashLine))
                painter.drawLine(QLineF(x, MARKER_STRIP, x, full.bottom()))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(NOTE_COLOR)
                painter.drawPolygon(QPolygonF([QPointF(x - 6, 1), QPointF(x + 6, 1), QPointF(x, MARKER_STRIP - 1)]))
        self._draw_skip_marks(painter, full.bottom())
        # Cursor.
        x = self.x_of(self.position_ms)
        painter.setPen(QPen(CURSOR_COLOR, 2))
        painter.drawLine(QLineF(x, 0, x, full.bottom()))
        painter.end()

    def _tick_step_ms(self) -> int:
        span = self.visible_span_ms()
        target = span / max(1, self.width() / 90)
        for step in (1000, 2000, 5000, 10000, 15000, 30000, 60000, 120000, 300000, 600000, 900000, 1800000):
            if step >= target:
                return step
        return 3600000


class WaveformLegend(QLabel):
    """What the waveform's colours mean, in one line under it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("waveformLegend")
        self.setWordWrap(True)
        self.retranslate()

    def retranslate(self) -> None:
        def swatch(color: QColor, text: str, mark: str = "■") -> str:
            solid = QColor(color)
            solid.setAlpha(255)
            if color.alpha() < 255:  # a translucent band: show it as light as it is drawn
                solid = QColor.fromRgbF(*(1 - (1 - c) * max(0.35, color.alphaF()) for c in solid.getRgbF()[:3]))
            return f"<span style='color:{solid.name()}'>{mark}</span>&nbsp;{text}"

        parts = [swatch(AGENT_COLOR, self.tr("agent")), swatch(CUSTOMER_COLOR, self.tr("customer")),
                 swatch(DEAD_AIR_COLOR, self.tr("dead air")), swatch(TALK_OVER_COLOR, self.tr("talk-over")),
                 swatch(NOTE_COLOR, self.tr("note"), "▼"), swatch(LOOP_COLOR, self.tr("A–B loop"))]
        self.setText("<small>" + " &nbsp; ".join(parts) + "</small>")

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
