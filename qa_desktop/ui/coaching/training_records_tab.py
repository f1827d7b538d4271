"""Coaching → Training records: the month's sessions with sign-in, test scores, ratings and effect; plan from
the training needs, record a session, import the test scores. The rules are the core's
(``core.workflow.training_records``); this tab lists, asks and shows, reading and writing in the
background."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.forms_repository import item_titles
from qa_desktop.core.workflow import training_records
from qa_desktop.core.workflow.permissions import visible_teams_of
from qa_desktop.core.workflow.training import month_bounds
from qa_desktop.ui.coaching.month_bar import month_bar
from qa_desktop.ui.coaching.reads import LatestRead
from qa_desktop.ui.i18n import current_language
from qa_desktop.ui.rows_model import BAD, GOOD, RowsModel
from qa_desktop.ui.tasks import run_in_background
from qa_desktop.ui.widgets import read_only_table as table_view

C = "TrainingRecordsTab"
KINDS = ("item_course", "one_to_one", "recording")


def read_records(database, start: dt.date, end: dt.date, language: str) -> dict:
    """The month's sessions with their effect, the plans to choose from and the items' texts."""
    return {"sessions": training_records.sessions(database, start=start, end=end,
                                                  team_ids=visible_teams_of(database)),
            "plans": training_records.plans(database), "titles": item_titles(database, language)}


def make_plan_and_list(database, month: str, kind: str, item_codes: list[str], title: str) -> dict:
    plan = training_records.make_plan(database, month, kind, item_codes=item_codes, title=title)
    return {"plan": plan, "plans": training_records.plans(database)}


def plan_title(plan: dict) -> str:
    """The plan's title; one the core named by its month and item codes (a plan made without a title,
    as the command line does) reads as the month and the kind of training: a person never sees a code."""
    if plan["title"] == f"{plan['month']} {' '.join(plan['item_codes'])}".strip():
        return f"{plan['month']} {kind_text(plan['kind'])}"
    return plan["title"]


def kind_text(kind: str) -> str:
    return {"one_to_one": QCoreApplication.translate("TrainingRecordsTab", "One-to-one"),
            "recording": QCoreApplication.translate("TrainingRecordsTab", "Recording training"),
            "item_course": QCoreApplication.translate("TrainingRecordsTab", "Course on items")}.get(kind, kind)


def _rate(value) -> str:
    return "–" if value is None else f"{value:.1%}"


def _effect_text(row: dict) -> str:
    effect = row.get("effect") or {}
    if not effect.get("items"):
        return "–"
    return f"{_rate(effect['before']['error_rate'])} → {_rate(effect['after']['error_rate'])}"


def _effect_colour(row: dict):
    effect = row.get("effect") or {}
    change = effect.get("change")
    return None if change is None else GOOD if change < 0 else BAD if change > 0 else None


def sessions_model(titles, parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("TrainingRecordsTab", "Held on"), lambda r: r["held_on"].isoformat(), None),
        (C, QT_TRANSLATE_NOOP("TrainingRecordsTab", "Kind"), lambda r: kind_text(r["kind"]), None),
        (C, QT_TRANSLATE_NOOP("TrainingRecordsTab", "Trainer"), lambda r: r["trainer"], None),
        (C, QT_TRANSLATE_NOOP("TrainingRecordsTab", "Signed in"), lambda r: f"{r['attended']}/{r['invited']}", None),
        (C, QT_TRANSLATE_NOOP("TrainingRecordsTab", "Mean test score"), lambda r: r["mean_score"], None),
        (C, QT_TRANSLATE_NOOP("TrainingRecordsTab", "Mean rating (1–5)"), lambda r: r["mean_rating"], None),
        (C, QT_TRANSLATE_NOOP("TrainingRecordsTab", "Error rate before → after"), _effect_text, _effect_colour),
        (C, QT_TRANSLATE_NOOP("TrainingRecordsTab", "Items"),
         lambda r: "; ".join(titles().get(c, c) for c in r["item_codes"]), None),
        (C, QT_TRANSLATE_NOOP("TrainingRecordsTab", "Content"), lambda r: r["content"], None),
    ], parent)


def trainees_model(parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("TrainingRecordsTab", "Agent"), lambda r: f"{r['agent_code']} {r['agent_name']}", None),
        (C, QT_TRANSLATE_NOOP("TrainingRecordsTab", "Team"), lambda r: r["team"], None),
        (C, QT_TRANSLATE_NOOP("TrainingRecordsTab", "Signed in"),
         lambda r: "✓" if r["attended"] else QCoreApplication.translate("TrainingRecordsTab", "Absent"),
         lambda r: None if r["attended"] else BAD),
        (C, QT_TRANSLATE_NOOP("TrainingRecordsTab", "Test score"), lambda r: r["score"], None),
        (C, QT_TRANSLATE_NOOP("TrainingRecordsTab", "Rating of the trainer"), lambda r: r["rating"], None),
        (C, QT_TRANSLATE_NOOP("TrainingRecordsTab", "Feedback"), lambda r: r["feedback"], None),
    ], parent)


class RecordSessionBox(QGroupBox):
    """Plan from the month's needs, or record a session held: day, kind, trainer, items, sign-in sheet."""

    def __init__(self, tab: TrainingRecordsTab):
        super().__init__(tab)
        self.tab = tab
        self.plan = QComboBox()
        self.plan.setObjectName("trainingPlan")
        self.plan.currentIndexChanged.connect(self.fill_from_plan)
        self.make_plan_button = QPushButton()
        self.make_plan_button.setObjectName("makeTrainingPlan")
        self.make_plan_button.clicked.connect(self.make_plan)
        self.held_on = QDateEdit(QDate.currentDate())
        self.held_on.setObjectName("trainingDate")
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.setObjectName("trainingKind")
        for kind in KINDS:
            self.kind.addItem("", kind)
        self.trainer = QLineEdit()
        self.trainer.setObjectName("trainingTrainer")
        self.content = QLineEdit()
        self.content.setObjectName("trainingContent")
        self.items = QListWidget()
        self.items.setObjectName("trainingItems")
        self.items.setMaximumHeight(90)
        self.attended = QLineEdit()
        self.attended.setObjectName("trainingAttended")
        self.attended.returnPressed.connect(self.save)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveTraining")
        self.save_button.clicked.connect(self.save)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan, 1)
        plan_row.addWidget(self.make_plan_button)
        form = QFormLayout(self)
        self.labels = [QLabel() for _ in range(7)]
        for label, field in zip(self.labels, [plan_row, self.held_on, self.kind, self.trainer, self.items,
                                              self.content, self.attended]):
            form.addRow(label, field)
        form.addRow("", self.save_button)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Record a training session"))
        for label, text in zip(self.labels, [self.tr("Plan"), self.tr("Held on"), self.tr("Kind"), self.tr("Trainer"),
                                             self.tr("Targeted items"), self.tr("Content"),
                                             self.tr("Signed in (agent IDs)")]):
            label.setText(text)
        for index in range(self.kind.count()):
            self.kind.setItemText(index, kind_text(self.kind.itemData(index)))
        if self.plan.count():
            self.plan.setItemText(0, self.tr("(no plan)"))
        self.make_plan_button.setText(self.tr("Plan from the month's needs"))
        self.attended.setPlaceholderText(self.tr("e.g. 1004, 1006 — Enter saves"))
        self.save_button.setText(self.tr("Save session"))

    def set_items(self, titles: dict[str, str]) -> None:
        checked = set(self.chosen_items())
        self.items.clear()
        for code, title in titles.items():
            entry = QListWidgetItem(title)
            entry.setData(Qt.ItemDataRole.UserRole, code)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked)
            self.items.addItem(entry)

    def chosen_items(self) -> list[str]:
        return [self.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.items.count())
                if self.items.item(i).checkState() == Qt.CheckState.Checked]

    def set_plans(self, plans: list[dict], select_id: int | None = None, *, fill: bool = True) -> None:
        """The plans to choose from, ``select_id`` chosen; ``fill=False`` keeps what the form holds (a list
        read again must not overwrite the sign-in sheet being typed)."""
        self.plan.blockSignals(True)
        self.plan.clear()
        self.plan.addItem(self.tr("(no plan)"), None)
        for plan in plans:
            self.plan.addItem(f"{plan_title(plan)} · {kind_text(plan['kind'])} · "
                              + self.tr("{0} agents").format(len(plan["agents"])), plan)
        self.plan.blockSignals(not fill)
        if select_id is not None:
            for index in range(1, self.plan.count()):
                if self.plan.itemData(index)["plan_id"] == select_id:
                    self.plan.setCurrentIndex(index)
        self.plan.blockSignals(False)

    def fill_from_plan(self) -> None:
        plan = self.plan.currentData()
        if not plan:
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(plan["kind"])))
        for i in range(self.items.count()):
            entry = self.items.item(i)
            entry.setCheckState(Qt.CheckState.Checked if entry.data(Qt.ItemDataRole.UserRole) in plan["item_codes"]
                                else Qt.CheckState.Unchecked)
        self.attended.setText(", ".join(a["agent_code"] for a in plan["agents"]))

    def make_plan(self) -> None:
        """A plan from the month's needs, made in the background; it is chosen in the list when made."""
        if self.tab.write.running:
            return
        month = self.tab.month.text().strip()
        title = f"{month} {kind_text(self.kind.currentData())}"  # in the planner's words, never item codes
        self.tab.write.start(make_plan_and_list, self.tab.page.ctx.db, month,
                             self.kind.currentData(), self.chosen_items(), title, done=self._planned,
                             failed=lambda error: self.tab.message.setText(self.tab.page.describe(error)))

    def _planned(self, result: dict) -> None:
        plan = result["plan"]
        self.set_plans(result["plans"], plan["plan_id"])
        self.tab.message.setText(self.tr("Plan made for {0} agents.").format(len(plan["agents"])))

    def save(self) -> None:
        """Record the session in the background (Enter in the sign-in box); the list shows it once saved."""
        if self.tab.write.running:
            return
        plan = self.plan.currentData()
        day = self.held_on.date()
        codes = [c for c in self.attended.text().replace("，", ",").replace(" ", ",").split(",") if c]
        database = self.tab.page.ctx.db
        fields = {"held_on": dt.date(day.year(), day.month(), day.day()), "trainer": self.trainer.text(),
                  "content": self.content.text(), "attended": codes, "plan_id": plan["plan_id"] if plan else None,
                  "kind": self.kind.currentData(), "item_codes": self.chosen_items()}
        self.save_button.setEnabled(False)
        self.tab.write.start(lambda: training_records.record_session(database, **fields), done=self._saved,
                             failed=self._not_saved)

    def _saved(self, details: dict) -> None:
        self.save_button.setEnabled(True)
        self.content.clear()
        self.attended.clear()
        self.tab.message.setText(self.tr("Session saved: {0} of {1} signed in.").format(
            details["attended"], details["invited"]))
        self.tab.page.ctx.dataChanged.emit("training")
        self.tab.month.setText(f"{details['held_on']:%Y-%m}")  # show the session where it was saved
        self.tab.refresh(select_id=details["session_id"])

    def _not_saved(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.tab.message.setText(self.tab.page.describe(error))


class TrainingRecordsTab(QWidget):
    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.read = LatestRead(self, page.busy)
        self.write = LatestRead(self, page.busy)
        today = dt.date.today()
        bar, self.month_label, self.month, self.show_button = month_bar(
            f"{today:%Y-%m}", "trainingRecordsMonth", "showTrainingRecords", self.refresh)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importTestScores")
        self.import_button.clicked.connect(self.import_scores)
        bar.addWidget(self.import_button)
        self.sessions = sessions_model(page.item_titles, self)
        self.view = table_view(self.sessions, "trainingSessions")
        self.view.selectionModel().currentRowChanged.connect(lambda current, _previous: self.show_trainees())
        self.trainees = trainees_model(self)
        self.trainees_view = table_view(self.trainees, "trainingTrainees")
        # the selected trainee's rating of the trainer (1–5) and comment, from the feedback form
        self.rating_label = QLabel()
        self.rating = QSpinBox()
        self.rating.setObjectName("feedbackRating")
        self.rating.setRange(1, 5)
        self.rating.setValue(5)
        self.comment = QLineEdit()
        self.comment.setObjectName("feedbackComment")
        self.comment.returnPressed.connect(self.record_feedback)
        self.feedback_button = QPushButton()
        self.feedback_button.setObjectName("recordFeedback")
        self.feedback_button.clicked.connect(self.record_feedback)
        feedback_row = QHBoxLayout()
        for widget in (self.rating_label, self.rating):
            feedback_row.addWidget(widget)
        feedback_row.addWidget(self.comment, 1)
        feedback_row.addWidget(self.feedback_button)
        trainees_box = QWidget()
        trainees_layout = QVBoxLayout(trainees_box)
        trainees_layout.setContentsMargins(0, 0, 0, 0)
        trainees_layout.addWidget(self.trainees_view, 1)
        trainees_layout.addLayout(feedback_row)
        self.form = RecordSessionBox(self)
        self._empty_note_shown = False
        self.message = QLabel()
        self.message.setObjectName("trainingRecordsMessage")
        self.message.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(trainees_box)
        split.setSizes([250, 150])
        lower = QHBoxLayout()
        lower.addWidget(split, 3)
        lower.addWidget(self.form, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(lower, 1)
        layout.addWidget(self.message)
        may_record = page.ctx.user.role.value in ("qa_lead", "team_lead")
        for widget in (self.form, self.import_button, self.rating, self.comment, self.feedback_button):
            widget.setEnabled(may_record)
        self.retranslate()

    def retranslate(self) -> None:
        self.month_label.setText(self.tr("Month"))
        self.show_button.setText(self.tr("Show"))
        self.import_button.setText(self.tr("Import test scores…"))
        self.rating_label.setText(self.tr("Rating of the trainer (1–5)"))
        self.comment.setPlaceholderText(self.tr("The selected trainee's feedback; Enter keeps it"))
        self.feedback_button.setText(self.tr("Record feedback"))
        self.form.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def loading(self) -> bool:
        return self.read.running

    def refresh(self, select_id: int | None = None) -> None:
        """The month's sessions and their effect, read off the GUI thread (the effect reads many evaluations);
        only the newest read is shown (the first read of this month may end after a save's)."""
        try:
            start, end = month_bounds(self.month.text().strip())
        except Exception as error:  # noqa: BLE001 - the refusal is shown in the user's language
            self.message.setText(self.page.describe(error))
            return
        self.read.start(read_records, self.page.ctx.db, start, end, current_language(),
                        done=lambda result: self._loaded(result, select_id),
                        failed=lambda error: self.message.setText(self.page.describe(error)))

    def _loaded(self, result: dict, select_id: int | None) -> None:
        self.page.remember_titles(result["titles"])
        self.form.set_items(self.page.item_titles())
        plan = self.form.plan.currentData()
        self.form.set_plans(result["plans"], plan["plan_id"] if plan else None, fill=False)
        self._show(result["sessions"], select_id)

    def _show(self, rows: list[dict], select_id: int | None) -> None:
        self.sessions.set_rows(rows)
        # an empty month says so, rather than two empty tables read as 'still loading' or 'broken'
        if not rows:
            self.message.setText(self.tr("No training recorded in {0}. Record a session on the right, or "
                                         "choose another month.").format(self.month.text().strip()))
        elif self._empty_note_shown:
            self.message.setText("")
        self._empty_note_shown = not rows
        target = next((i for i, r in enumerate(rows) if r["session_id"] == select_id), len(rows) - 1)
        if target >= 0:
            self.view.selectRow(target)
        self.show_trainees()

    def current(self) -> dict | None:
        index = self.view.currentIndex()
        return self.sessions.row(index.row()) if index.isValid() else None

    def show_trainees(self) -> None:
        row = self.current()
        self.trainees.set_rows(row["trainees"] if row else [])

    def import_scores(self, path: str | None = None) -> None:
        row = self.current()
        if row is None:
            self.message.setText(self.tr("Select a session first."))
            return
        if not path:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Test scores (工号, 成绩)"), "",
                                                        self.tr("Score sheets (*.xlsx *.csv *.txt)"))
        if not path:
            return
        task = run_in_background(self, training_records.import_scores, self.page.ctx.db, row["session_id"], path,
                                 pass_progress=False)
        task.succeeded.connect(lambda result: (self.message.setText(
            self.tr("{0} test scores kept; {1} rows without a score skipped.").format(
                result["imported"], len(result["skipped"]))), self.refresh(select_id=row["session_id"])))
        task.failed.connect(lambda error: self.message.setText(self.page.describe(error)))

    def record_feedback(self) -> None:
        """The selected trainee's rating and comment (Enter in the comment box), kept in the background."""
        row, index = self.current(), self.trainees_view.currentIndex()
        if row is None or not index.isValid():
            self.message.setText(self.tr("Select a trainee first."))
            return
        if self.write.running:
            return
        trainee = self.trainees.row(index.row())

        def done(_details) -> None:
            self.comment.clear()
            self.message.setText(self.tr("Feedback of {0} kept.").format(trainee["agent_name"]
                                                                         or trainee["agent_code"]))
            self.refresh(select_id=row["session_id"])

        self.write.start(training_records.record_feedback, self.page.ctx.db, row["session_id"],
                         trainee["agent_code"], self.rating.value(), self.comment.text(), done=done,
                         failed=lambda error: self.message.setText(self.page.describe(error)))
