"""The Sampling page: edit the plan's quotas, draw a week, see the sample, shortfalls, intervals, assign.

All rules live in ``qa_desktop.core.workflow.sampling``; the page edits the plan JSON through
``sampling_plan.save_plan`` and shows what ``run_sample`` returns.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.workflow import sampling, sampling_plan
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.messages import workflow_error_text as describe_error
from qa_desktop.ui.role_gate import gate
from qa_desktop.ui.sampling import tables
from qa_desktop.ui.tasks import run_in_background
from qa_desktop.ui.widgets import read_only_table as table_view


def _spin(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    return box


class PlanEditor(QGroupBox):
    """The plan's quotas and limits as spin boxes; ``definition()`` gives the JSON to save."""

    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.quota = {name: _spin(0, 500) for name in ("probation", "general", "bottom", "top", "follow_up")}
        self.ranking = {(d, end): _spin(0, 1000) for d in ("outbound", "inbound") for end in ("top", "bottom")}
        self.rate_cap = QDoubleSpinBox()
        self.rate_cap.setRange(2.0, 5.0)
        self.rate_cap.setSingleStep(0.5)
        self.rate_cap.setSuffix(" %")
        self.duration_min = _spin(0, 36000)
        self.duration_max = _spin(0, 36000)
        self.max_unstarted = _spin(1, 10000)
        self.targeted = _spin(0, 10000)
        self.targeted.setObjectName("targetedQuota")
        self.exclude_own_team = QCheckBox()
        self.pass_mark = _spin(0, 100)
        self.labels = {}
        rows = [("probation", self.quota["probation"]), ("general", self.quota["general"]),
                ("bottom", self.quota["bottom"]), ("top", self.quota["top"]), ("follow_up", self.quota["follow_up"]),
                ("targeted", self.targeted), ("ob", self._pair("outbound")), ("ib", self._pair("inbound")),
                ("rate", self.rate_cap),
                ("duration", self._duration_row()), ("unstarted", self.max_unstarted),
                ("own_team", self.exclude_own_team), ("pass", self.pass_mark)]
        for key, widget in rows:
            self.labels[key] = QLabel()
            form.addRow(self.labels[key], widget)
        self.top_labels: dict[str, QLabel] = {}
        self.retranslate()

    def _pair(self, direction: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for end in ("top", "bottom"):
            label = QLabel()
            label.setObjectName(f"{direction}_{end}_label")
            row.addWidget(label)
            row.addWidget(self.ranking[(direction, end)])
        return box

    def _duration_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.duration_min)
        self.duration_to = QLabel()
        row.addWidget(self.duration_to)
        row.addWidget(self.duration_max)
        return box

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sampling plan"))
        texts = {
            "probation": self.tr("Probation agent, calls a week"), "general": self.tr("General agent, calls a week"),
            "bottom": self.tr("Last week's bottom, calls a week"), "top": self.tr("Last week's top, calls a week"),
            "follow_up": self.tr("Calls per coaching follow-up"),
            "targeted": self.tr("Calls with risks found by the automatic checks, a week"),
            "ob": self.tr("Outbound ranking: top / bottom"),
            "ib": self.tr("Inbound ranking: top / bottom"), "rate": self.tr("At most, share of the week's calls"),
            "duration": self.tr("Call length in seconds (0 = any)"),
            "unstarted": self.tr("Unstarted calls one evaluator may hold"),
            "own_team": self.tr("Never give evaluators their own team"), "pass": self.tr("Pass line"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        for direction in ("outbound", "inbound"):
            self.findChild(QLabel, f"{direction}_top_label").setText(self.tr("top"))
            self.findChild(QLabel, f"{direction}_bottom_label").setText(self.tr("bottom"))
        self.duration_to.setText(self.tr("to"))

    def set_definition(self, plan: dict) -> None:
        for name, box in self.quota.items():
            box.setValue(plan["quotas"][name])
        for (direction, end), box in self.ranking.items():
            box.setValue(plan["ranking"][direction][end])
        self.rate_cap.setValue(plan["rate_cap"] * 100)
        self.duration_min.setValue(int(plan["duration_min_s"] or 0))
        self.duration_max.setValue(int(plan["duration_max_s"] or 0))
        self.max_unstarted.setValue(plan["max_unstarted"])
        self.targeted.setValue(plan.get("targeted", 0))
        self.exclude_own_team.setChecked(plan["exclude_own_team"])
        self.pass_mark.setValue(int(plan["pass_mark"]))
        self._plan = plan

    def definition(self) -> dict:
        plan = dict(getattr(self, "_plan", sampling_plan.DEFAULT_PLAN))
        plan["quotas"] = {name: box.value() for name, box in self.quota.items()}
        plan["ranking"] = {d: {end: self.ranking[(d, end)].value() for end in ("top", "bottom")}
                           for d in ("outbound", "inbound")}
        plan["rate_cap"] = round(self.rate_cap.value() / 100, 4)
        plan["duration_min_s"] = self.duration_min.value() or None
        plan["duration_max_s"] = self.duration_max.value() or None
        plan["max_unstarted"] = self.max_unstarted.value()
        plan["targeted"] = self.targeted.value()
        plan["exclude_own_team"] = self.exclude_own_team.isChecked()
        plan["pass_mark"] = self.pass_mark.value()
        return plan


class SamplingPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result: dict | None = None
        self.task = None
        layout = QHBoxLayout(self)

        left = QVBoxLayout()
        run_box = QGroupBox()
        self.run_box = run_box
        run_form = QFormLayout(run_box)
        self.plan_name = QComboBox()
        self.plan_name.setEditable(True)
        self.plan_name.setObjectName("planName")
        self.plan_name.activated.connect(self.load_plan)
        self.week = QLineEdit(self.default_week())
        self.week.setObjectName("week")
        self.seed = _spin(0, 2 ** 31 - 2)
        self.seed.setObjectName("seed")
        self.plan_label, self.week_label, self.seed_label = QLabel(), QLabel(), QLabel()
        run_form.addRow(self.plan_label, self.plan_name)
        run_form.addRow(self.week_label, self.week)
        run_form.addRow(self.seed_label, self.seed)
        buttons = QHBoxLayout()
        self.draw_button = QPushButton()
        self.draw_button.setObjectName("drawSample")
        self.draw_button.clicked.connect(lambda: self.run(assign=False))
        self.assign_button = QPushButton()
        self.assign_button.setObjectName("assignSample")
        self.assign_button.clicked.connect(lambda: self.run(assign=True))
        buttons.addWidget(self.draw_button)
        buttons.addWidget(self.assign_button)
        run_form.addRow(buttons)
        left.addWidget(run_box)

        self.editor = PlanEditor()
        left.addWidget(self.editor)
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePlan")
        self.save_button.clicked.connect(self.save_plan)
        left.addWidget(self.save_button)
        left.addStretch(1)
        for button in (self.draw_button, self.assign_button, self.save_button):
            gate(button, ctx, "sampling.run")
        layout.addLayout(left)

        right = QVBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("sampleSummary")
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("samplingMessage")
        self.message.setWordWrap(True)
        right.addWidget(self.summary)
        right.addWidget(self.message)
        self.tabs = QTabWidget()
        self.calls_model = tables.sample_calls_model(self)
        self.agents_model = tables.agents_model(self)
        self.shortfalls_model = tables.shortfalls_model(self)
        self.evaluators_model = tables.evaluators_model(self)
        self.unassigned_model = tables.unassigned_model(self)
        self.confidence_model = tables.confidence_model(self)
        self.types_model = tables.call_types_model(self)
        self.calls_view = table_view(self.calls_model, "sampleCalls")
        self.calls_view.doubleClicked.connect(self._open_call)
        assignment = QWidget()
        assignment_layout = QVBoxLayout(assignment)
        assignment_layout.addWidget(table_view(self.evaluators_model, "evaluatorLoads"))
        assignment_layout.addWidget(table_view(self.unassigned_model, "unassignedCalls"))
        self.tab_pages = [self.calls_view, table_view(self.agents_model, "agentQuotas"),
                          table_view(self.shortfalls_model, "shortfalls"), assignment,
                          table_view(self.confidence_model, "confidenceTable"),
                          table_view(self.types_model, "callTypes")]
        for page in self.tab_pages:
            self.tabs.addTab(page, "")
        right.addWidget(self.tabs, 1)
        layout.addLayout(right, 1)
        ctx.databaseChanged.connect(self.activate)
        self.retranslate()
        self.activate()

    @staticmethod
    def default_week() -> str:
        year, week, _ = dt.date.today().isocalendar()
        return f"{year}-W{week:02d}"

    def retranslate(self) -> None:
        self.run_box.setTitle(self.tr("Draw a week"))
        self.plan_label.setText(self.tr("Plan"))
        self.week_label.setText(self.tr("Week (e.g. 2026-W46)"))
        self.seed_label.setText(self.tr("Random seed"))
        self.seed.setSpecialValueText(self.tr("new"))
        self.seed.setToolTip(self.tr("Leave at 'new' for a fresh draw; a week already sampled reuses its seed, "
                                     "so it gives the same calls again."))
        self.draw_button.setText(self.tr("Draw sample"))
        self.assign_button.setText(self.tr("Draw and assign"))
        self.save_button.setText(self.tr("Save plan"))
        for index, title in enumerate([self.tr("Calls"), self.tr("Agents and quotas"), self.tr("Shortfalls"),
                                       self.tr("Assignment"), self.tr("Score intervals"), self.tr("Call types")]):
            self.tabs.setTabText(index, title)
        self.editor.retranslate()
        self._show_summary()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def activate(self) -> None:
        try:
            names = [p["name"] for p in sampling_plan.list_plans(self.ctx.db)] or [sampling_plan.DEFAULT_PLAN_NAME]
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.message.setText(describe_error(error))
            return
        current = self.current_plan_name()
        self.plan_name.clear()
        for name in names:
            self.plan_name.addItem(self.plan_title(name), name)
        self.plan_name.setCurrentIndex(max(0, self.plan_name.findData(current)))
        self.load_plan()

    def plan_title(self, name: str) -> str:
        # The plan the app creates is stored as "default"; people read it in their language.
        return self.tr("Standard plan") if name == sampling_plan.DEFAULT_PLAN_NAME else name

    def current_plan_name(self) -> str:
        """The stored name of the chosen plan, or the name typed for a new one."""
        text = self.plan_name.currentText().strip()
        index = self.plan_name.currentIndex()
        if index >= 0 and text == self.plan_name.itemText(index):
            return self.plan_name.itemData(index) or text
        return text or sampling_plan.DEFAULT_PLAN_NAME

    def load_plan(self) -> None:
        name = self.current_plan_name()
        try:
            plans = {p["name"]: p["definition"] for p in sampling_plan.list_plans(self.ctx.db)}
            plan = plans.get(name) or sampling_plan.normalize_plan({})
        except Exception as error:  # noqa: BLE001
            self.message.setText(describe_error(error))
            return
        self.editor.set_definition(plan)

    def save_plan(self) -> bool:
        name = self.current_plan_name()
        try:
            sampling_plan.save_plan(self.ctx.db, name, self.editor.definition())
        except Exception as error:  # noqa: BLE001
            self.message.setText(describe_error(error))
            return False
        self.message.setText(self.tr("Plan {0} saved.").format(self.plan_title(name)))  # "标准计划", never its key
        self.ctx.dataChanged.emit("sample")
        return True

    def run(self, assign: bool, *, wait: bool = False) -> None:
        name = self.current_plan_name()
        seed = self.seed.value() or None
        self.message.setText(self.tr("Drawing the sample…"))
        self.draw_button.setEnabled(False)
        self.assign_button.setEnabled(False)
        if wait:
            try:
                self.show_result(sampling.run_sample(self.ctx.db, self.week.text(), name, seed=seed, assign=assign))
            except Exception as error:  # noqa: BLE001
                self.show_error(error)
            return
        try:
            sampling.parse_week(self.week.text())
        except Exception as error:  # noqa: BLE001 - a mistyped week is answered at once
            self.show_error(error)
            return
        self.task = task = run_in_background(self, sampling.run_sample, self.ctx.db, self.week.text(), name,
                                             seed=seed, assign=assign, title=self.tr("Sampling"))
        task.succeeded.connect(self.show_result)
        task.failed.connect(self.show_error)

    def show_error(self, error) -> None:
        gate(self.draw_button, self.ctx, "sampling.run")
        gate(self.assign_button, self.ctx, "sampling.run")
        self.message.setText(describe_error(error))

    def show_result(self, result: dict) -> None:
        gate(self.draw_button, self.ctx, "sampling.run")
        gate(self.assign_button, self.ctx, "sampling.run")
        self.result = result
        self.seed.setValue(result["seed"])
        self.calls_model.set_rows(result["calls"])
        self.agents_model.set_rows(result["agents"])
        self.shortfalls_model.set_rows(result["shortfalls"])
        self.evaluators_model.set_rows(result["assignment"]["evaluators"])
        self.unassigned_model.set_rows(result["assignment"]["unassigned"])
        self.confidence_model.set_rows(result["confidence"])
        self.types_model.set_rows(result["call_types"])
        self.message.setText("")
        self._show_summary()
        if not result["assignment"].get("preview"):
            self.ctx.dataChanged.emit("sample")

    def _show_summary(self) -> None:
        r = self.result
        if not r:
            self.summary.setText(self.tr("No sample drawn yet. Choose a week and press Draw sample."))
            return
        lines = [self.tr("{0}: {1} calls of {2} in the week ({3:.1%}; cap {4:.0%} = {5}), seed {6}.").format(
            r["period"], r["selected"], r["period_calls"], r["rate"], r["rate_cap"], r["cap_calls"], r["seed"])]
        if r.get("rerun"):
            lines.append(self.tr("Redrawn from the stored seed and plan: same calls as before.")
                         if r.get("same_calls_as_stored") else
                         self.tr("Redrawn from the stored seed and plan: the calls differ (new calls were imported)."))
        if r["shortfalls"]:
            lines.append(self.tr("{0} agents are short of their quota by {1} calls in all (see Shortfalls).").format(
                len(r["shortfalls"]), sum(s["short"] for s in r["shortfalls"])))
        assignment = r["assignment"]
        if assignment.get("preview"):
            lines.append(self.tr("Not assigned yet: press Draw and assign to put the calls in the queues."))
        else:
            lines.append(self.tr("{0} calls assigned.").format(assignment["assigned"]))
        if assignment["unassigned"]:
            lines.append(self.tr("{0} calls could not be given to any evaluator (see Assignment).").format(
                len(assignment["unassigned"])))
        for warning in r["warnings"]:
            if warning["code"] == "call_types_uncovered":
                lines.append(self.tr("No call sampled of type: {0}.").format(", ".join(warning["call_types"])))
            elif warning["code"] == "rate_cap_trimmed":
                lines.append(self.tr("The rate cap trimmed {0} calls from the quotas.").format(warning["calls"]))
        self.summary.setText("\n".join(lines))

    def _open_call(self, index) -> None:
        row = self.calls_model.row(index.row())
        self.ctx.openCallRequested.emit(row["call_id"])
