"""The Reports page: four charts of a month or week, each savable as PNG, and the Excel exports.

All figures come from ``qa_desktop.core.reports`` (Qt-free), loaded and exported off the GUI
thread with progress and cancel; the charts are drawn and rendered off it too (``charts.py``), so
opening the page never waits for matplotlib.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.languages import LANGUAGE_NAMES
from qa_desktop.core.reports.chart_data import ChartData, load_chart_data
from qa_desktop.core.reports.dataset import natural_key
from qa_desktop.core.scoring.form import default_grade_bands
from qa_desktop.ui.i18n import current_language
from qa_desktop.ui.messages import describe_error
from qa_desktop.ui.tasks import run_in_background


def _last_month(today: dt.date) -> str:
    first = today.replace(day=1) - dt.timedelta(days=1)
    return f"{first.year:04d}-{first.month:02d}"


def _last_week(today: dt.date) -> str:
    year, week, _ = (today - dt.timedelta(days=7)).isocalendar()
    return f"{year:04d}-W{week:02d}"


def _render_charts(jobs, lang, progress=None):
    from qa_desktop.ui.reports.charts import render_charts  # matplotlib: first imported in the worker

    return render_charts(jobs, lang)


class ChartView(QLabel):
    """A rendered chart; the figure behind it is kept for "Save as PNG…"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet("color: #666666")
        self.chart = None  # charts.ChartCanvas, once one was drawn
        self._pixmap = QPixmap()

    def show_chart(self, chart, png: bytes) -> None:
        self.chart = chart
        self._pixmap.loadFromData(png, "PNG")
        self.setText("")
        self._fit()

    def show_message(self, text: str) -> None:
        self.chart = None
        self._pixmap = QPixmap()
        self.clear()
        self.setText(text)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if not self._pixmap.isNull():
            self.setPixmap(self._pixmap.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))

    def save_png(self, path: str) -> None:
        self.chart.save_png(path)


class ChartBox(QGroupBox):
    """A chart with its "Save as PNG…" button."""

    def __init__(self, title: str, lang: str, parent=None):
        super().__init__(title, parent)
        self.lang = lang
        self.canvas = ChartView(self)
        # two rows of charts must leave the window inside a 1366×768 screen's work area (taskbar and
        # title bar off, about 697 px): at 240 px each the Reports page alone asked for 760 px
        self.canvas.setMinimumSize(360, 170)
        self.save_button = QPushButton()
        self.retranslate()
        self.save_button.clicked.connect(self.save_png)
        self.controls = QHBoxLayout()
        self.controls.addStretch(1)
        self.controls.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.controls)
        layout.addWidget(self.canvas, 1)

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save as PNG…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save_png(self, path: str | None = None) -> str | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), f"{self.title()}.png",
                                                  self.tr("PNG image (*.png)"))
        if not path or self.canvas.chart is None:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
        self.canvas.save_png(path)
        return path

    def job(self, draw: str, *args) -> tuple[str, tuple, tuple[int, int]]:
        size = self.canvas.size()
        return draw, args, (max(size.width(), 360), max(size.height(), 240))


class ReportsPage(QWidget):
    chartsLoaded = Signal()
    exportFinished = Signal(object)  # ReportResult or the exception

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: ChartData | None = None
        self._task = None
        self._reload_after_task = False
        self._render_task = None
        self._render_pending: list | None = None
        self._render_boxes: list[ChartBox] = []
        self._render_announce = False
        lang = getattr(ctx, "language", "en") or "en"
        today = dt.date.today()

        self.kind = QComboBox()
        self.kind.addItem("", "month")
        self.kind.addItem("", "week")
        self.period = QLineEdit(_last_month(today))
        self.period.setMaximumWidth(110)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.team = QComboBox()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.refresh_button = QPushButton()
        self.refresh_button.setDefault(True)
        self.refresh_button.clicked.connect(self.refresh)
        self.period.returnPressed.connect(self.refresh)
        self.monthly_button = QPushButton()
        self.monthly_button.setObjectName("exportMonthly")
        self.monthly_button.clicked.connect(lambda: self.export("month"))
        self.weekly_button = QPushButton()
        self.weekly_button.setObjectName("exportWeekly")
        self.weekly_button.clicked.connect(lambda: self.export("week"))
        self.checks_button = QPushButton()
        self.checks_button.setObjectName("checkAgreement")
        self.checks_button.clicked.connect(self.show_check_agreement)
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.period_label, self.team_label, self.language_label = QLabel(), QLabel(), QLabel()
        bar = QHBoxLayout()
        for widget in (self.period_label, self.kind, self.period, self.team_label, self.team,
                       self.refresh_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        # the exports sit beside the period's summary, not after the period controls: on one row the
        # English labels made the page wider than a 1366-pixel screen
        exports = QHBoxLayout()
        self.status.setWordWrap(True)
        exports.addWidget(self.status, 1)
        exports.addWidget(self.language_label)
        exports.addWidget(self.language)
        exports.addWidget(self.monthly_button)
        exports.addWidget(self.weekly_button)
        exports.addWidget(self.checks_button)

        self.trend_box = ChartBox("", lang)
        self.agent = QComboBox()
        self.agent.setMinimumContentsLength(16)
        self.agent.currentIndexChanged.connect(self._draw_trend)
        self.trend_box.controls.insertWidget(0, self.agent)
        self.teams_box = ChartBox("", lang)
        self.pareto_box = ChartBox("", lang)
        self.distribution_box = ChartBox("", lang)
        grid = QGridLayout()
        grid.addWidget(self.trend_box, 0, 0)
        grid.addWidget(self.teams_box, 0, 1)
        grid.addWidget(self.pareto_box, 1, 0)
        grid.addWidget(self.distribution_box, 1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(exports)
        layout.addLayout(grid, 1)
        self.boxes = [self.trend_box, self.teams_box, self.pareto_box, self.distribution_box]
        ctx.databaseChanged.connect(self.activate)
        self.retranslate()
        self._load_teams()
        self._draw_all()

    def retranslate(self) -> None:
        self.kind.setItemText(0, self.tr("Month"))
        self.kind.setItemText(1, self.tr("Week"))
        self.period.setPlaceholderText(self.tr("2026-10 or 2026-W46"))
        self.refresh_button.setText(self.tr("Show"))
        self.monthly_button.setText(self.tr("Export monthly workbook…"))
        self.weekly_button.setText(self.tr("Export weekly report…"))
        self.checks_button.setText(self.tr("Automatic checks…"))
        self.checks_button.setToolTip(self.tr("How often evaluators agreed with each item's automatic suggestion"))
        self.period_label.setText(self.tr("Period:"))
        self.team_label.setText(self.tr("Team:"))
        self.language_label.setText(self.tr("Workbook language:"))
        for box, title in ((self.trend_box, self.tr("Agent score trend")), (self.teams_box, self.tr("Team comparison")),
                           (self.pareto_box, self.tr("Item errors (Pareto)")),
                           (self.distribution_box, self.tr("Score distribution"))):
            box.setTitle(title)
        if self.team.count():
            self.team.setItemText(0, self.tr("All teams"))
        if self.agent.count():
            self.agent.setItemText(0, self.tr("Whole scope"))
        for box in self.boxes:  # a chart not drawn yet says so in the current language
            if box.canvas.chart is None:
                box.canvas.show_message(self.tr("Nothing to show: choose a period and press Show."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # Everything follows the new language at once: labels, then the charts (their item texts
            # come from the core in the UI's language, so the data is read again), and the workbook
            # language, which a person expects to be theirs.
            self.retranslate()
            language = current_language()
            for box in self.boxes:
                box.lang = language
            self.language.setCurrentIndex(max(self.language.findData(language), 0))
            if self._task is not None:
                self._reload_after_task = True  # the charts being read are in the old language
            elif self.data is not None:
                self.refresh()
            else:
                self._draw_all()
        super().changeEvent(event)

    # -- page protocol -------------------------------------------------------------------------
    def activate(self) -> None:
        self._load_teams()
        if self.data is None:  # a manager opening Reports expects last month's charts, not a button
            self.refresh()

    def _load_teams(self) -> None:
        from qa_desktop.core.overview import active_team_names

        current = self.team.currentData()
        names = sorted(active_team_names(self.ctx.db), key=natural_key)
        self.team.blockSignals(True)
        self.team.clear()
        self.team.addItem(self.tr("All teams"), None)
        for name in names:
            self.team.addItem(name, name)
        index = self.team.findData(current)
        self.team.setCurrentIndex(index if index >= 0 else 0)
        self.team.blockSignals(False)

    def _kind_changed(self) -> None:
        today = dt.date.today()
        self.period.setText(_last_month(today) if self.kind.currentData() == "month" else _last_week(today))

    # -- charts --------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._task is not None:
            return
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Loading…"))
        task = run_in_background(self, load_chart_data, self.ctx.db, self.kind.currentData(), self.period.text(),
                                 team=self.team.currentData(), lang=current_language())
        self._task = task
        task.progressed.connect(self._show_loading)  # a bound method: dropped if the page goes first
        task.succeeded.connect(self._loaded)
        task.failed.connect(self._load_failed)
        task.finished.connect(self._task_done)

    def show_check_agreement(self):
        """How often evaluators agreed with the automatic checks in the period shown, per item."""
        from qa_desktop.core.reports.check_agreement import agreement_table
        from qa_desktop.ui.reports.check_agreement_dialog import CheckAgreementDialog

        task = run_in_background(self, agreement_table, self.ctx.db, self.kind.currentData(), self.period.text(),
                                 team=self.team.currentData(), lang=current_language(), pass_progress=False)

        def show(rows):
            dialog = CheckAgreementDialog(rows, self.period.text(), self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self.agreement_dialog = dialog

        task.succeeded.connect(show)
        task.failed.connect(self._load_failed)
        return task

    def _show_loading(self, done: int, total: int, _message: str) -> None:
        self.status.setText(self.tr("Loading… {0} of {1} evaluations").format(done, total))

    def _task_done(self) -> None:
        self._task = None
        self.refresh_button.setEnabled(True)
        if self._reload_after_task:
            self._reload_after_task = False
            self.refresh()

    def _loaded(self, data: ChartData) -> None:
        self.data = data
        average = "—" if data.average is None else f"{data.average}"
        self.status.setText(self.tr("{0}: {1} evaluations, average {2}").format(data.period, data.evaluations,
                                                                                average))
        self.agent.blockSignals(True)
        self.agent.clear()
        self.agent.addItem(self.tr("Whole scope"), None)
        for agent_id, name in data.agents:
            self.agent.addItem(name, agent_id)
        self.agent.blockSignals(False)
        self._draw_all(announce=True)

    def _load_failed(self, error: BaseException) -> None:
        self.status.setText(describe_error(error))
        self.chartsLoaded.emit()

    def _render(self, jobs: list[tuple[ChartBox, tuple]], announce: bool = False) -> None:
        """Draw and render in the background; a newer request replaces one still waiting."""
        if self._render_task is not None:
            self._render_pending = [jobs, announce or bool(self._render_pending and self._render_pending[1])]
            return
        self._render_boxes = [box for box, _job in jobs]
        self._render_announce = announce
        task = run_in_background(self, _render_charts, [job for _box, job in jobs],
                                 self._render_boxes[0].lang if self._render_boxes else "en")
        self._render_task = task
        # bound methods, not closures: Qt drops the connections if the page is gone before the task ends
        task.succeeded.connect(self._show_rendered)
        task.failed.connect(self._render_failed)
        task.finished.connect(self._render_done)

    def _show_rendered(self, results) -> None:
        for box, (chart, png) in zip(self._render_boxes, results):
            box.canvas.show_chart(chart, png)

    def _render_failed(self, error: BaseException) -> None:
        self.status.setText(describe_error(error))

    def _render_done(self) -> None:
        self._render_task = None
        if self._render_pending is not None:
            (jobs, announce), self._render_pending = self._render_pending, None
            self._render(jobs, announce or self._render_announce)
        elif self._render_announce:
            self.chartsLoaded.emit()

    def _draw_all(self, announce: bool = False) -> None:
        data = self.data
        if data is None:  # nothing loaded yet: the message retranslate() shows, no chart to render
            return
        jobs = [self._trend_job()]
        if not data.evaluations:
            nothing = self.tr("No evaluations in this period.")
            jobs += [(self.teams_box, self.teams_box.job("empty", self.tr("Team comparison"), nothing)),
                     (self.pareto_box, self.pareto_box.job("empty", self.tr("Item errors (Pareto)"), nothing)),
                     (self.distribution_box, self.distribution_box.job("empty", self.tr("Score distribution"),
                                                                       nothing))]
            self._render(jobs, announce)
            return
        jobs.append((self.teams_box, self.teams_box.job(
            "teams", self.tr("Average score by team, {0}").format(data.period), data.teams, self.tr("Average score"))))
        if data.pareto:
            jobs.append((self.pareto_box, self.pareto_box.job(
                "pareto", self.tr("Items that lost points, {0}").format(data.pareto_title), data.pareto,
                self.tr("Errors"), self.tr("Cumulative share"))))
        else:
            jobs.append((self.pareto_box, self.pareto_box.job("empty", self.tr("Item errors (Pareto)"),
                                                              self.tr("No item lost points."))))
        bands = [(b.code, b.min) for b in default_grade_bands()]
        jobs.append((self.distribution_box, self.distribution_box.job(
            "distribution", self.tr("Score distribution, {0}").format(data.period), data.distribution, bands,
            self.tr("Score"), self.tr("Evaluations"))))
        self._render(jobs, announce)

    def _trend_job(self) -> tuple[ChartBox, tuple]:
        data = self.data
        if data is None or not data.trend_periods:
            return self.trend_box, self.trend_box.job("empty", self.tr("Agent score trend"),
                                                      self.tr("Nothing to show: choose a period and press Show."))
        agent_id = self.agent.currentData()
        series = [(self.tr("Whole scope"), data.overall_trend)]
        if agent_id is not None:
            series.append((self.agent.currentText(), data.agent_trend.get(agent_id, [])))
        return self.trend_box, self.trend_box.job("trend", self.tr("Average score by period"), data.trend_periods,
                                                  series, self.tr("Average score"))

    def _draw_trend(self) -> None:
        if self.data is not None:
            self._render([self._trend_job()])

    # -- exports -------------------------------------------------------------------------------
    def export(self, kind: str, path: str | None = None) -> None:
        period = self.period.text().strip()
        if self.kind.currentData() != kind:
            period = _last_month(dt.date.today()) if kind == "month" else _last_week(dt.date.today())
        if not path:
            # a file name in the reader's words (质检月报-2026-11.xlsx), like everything else they read
            default = (self.tr("QA-monthly-{0}.xlsx") if kind == "month" else self.tr("QA-weekly-{0}.xlsx")).format(
                period)
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save workbook"), default,
                                                  self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        if kind == "month":
            from qa_desktop.core.reports.monthly import export_monthly as job
        else:
            from qa_desktop.core.reports.weekly import export_weekly as job
        title = self.tr("Monthly workbook") if kind == "month" else self.tr("Weekly report")
        task = run_in_background(self, job, self.ctx.db, period, Path(path), team=self.team.currentData(),
                                 lang=self.language.currentData(), title=title,
                                 label=self.tr("Writing {0}…").format(Path(path).name))
        self._export_task = task
        task.succeeded.connect(self._exported)
        task.failed.connect(self._export_failed)
        task.cancelled.connect(lambda: self.status.setText(self.tr("Export cancelled.")))

    def _exported(self, result) -> None:
        self.status.setText(self.tr("Saved {0}: {1} evaluations of {2} agents.").format(
            str(result.path), result.evaluations, result.agents))
        self.exportFinished.emit(result)

    def _export_failed(self, error: BaseException) -> None:
        message = describe_error(error)
        self.status.setText(message)
        self.status.setText(self.tr("Export failed: {0}").format(message))
        self.exportFinished.emit(error)
