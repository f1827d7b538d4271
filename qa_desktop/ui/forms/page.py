"""Scoring forms page: the form designer for QA leads (质检组长).

Left, the outline (sections and items, reordered by drag or Ctrl+Up/Down); middle, the
properties of what is selected; right, the live preview exactly as the evaluator sees it
(the workspace's own scoring panel) and the checks that must pass before publishing.
The page edits a working copy; nothing reaches the database until Save or Publish, where
``core.forms_repository`` decides whether the edit goes into the version or makes a new one.
"""
from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core import forms_repository
from qa_desktop.core.errors import QADesktopError
from qa_desktop.core.languages import pick
from qa_desktop.core.scoring import designer
from qa_desktop.core.scoring.errors import FormInvalid, form_error_text, form_refusal_text
from qa_desktop.core.scoring.form import LANGS, FormDefinition
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.forms.editors import FormSettingsEditor, ItemEditor, SectionEditor
from qa_desktop.ui.forms.tree import FormTree
from qa_desktop.ui.i18n import current_language
from qa_desktop.ui.messages import describe_error
from qa_desktop.ui.role_gate import allowed
from qa_desktop.ui.scoring import ScoringPanel

log = logging.getLogger(__name__)

ERROR_STYLE = "background:#fde2e1; color:#a50f15; padding:6px; border-radius:3px;"
INFO_STYLE = "background:#e2f0d9; color:#375623; padding:6px; border-radius:3px;"


class FormsPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("formsPage")
        self.ctx = ctx
        self.form: FormDefinition | None = None       # the working copy being edited
        self.version: forms_repository.VersionInfo | None = None
        self.check_result: designer.CheckResult | None = None
        self.dirty = False
        self._current = ("", "")
        self._preview_key = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(200)
        self._refresh_timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.form_label = QLabel()
        self.form_box = QComboBox()
        self.form_box.setObjectName("formChooser")
        self.form_box.setMinimumWidth(260)
        self.form_box.activated.connect(self._form_chosen)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_form)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importForm")
        self.import_button.clicked.connect(self._import_clicked)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._export_clicked)
        self.sheet_button = QPushButton()
        self.sheet_button.clicked.connect(self._sheet_clicked)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveForm")
        self.save_button.clicked.connect(self.save)
        self.publish_button = QPushButton()
        self.publish_button.setObjectName("publishForm")
        self.publish_button.clicked.connect(self.publish)
        for widget in (self.form_label, self.form_box, self.new_button, self.import_button, self.export_button,
                       self.sheet_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.save_button)
        top.addWidget(self.publish_button)
        layout.addLayout(top)
        self.version_label = QLabel()
        self.version_label.setObjectName("versionState")
        layout.addWidget(self.version_label)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        # Outline.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.tree = FormTree()
        self.tree.selectedChanged.connect(self._selected)
        self.tree.nudgeRequested.connect(self._nudge)
        self.tree.moveRequested.connect(self._move)
        left_layout.addWidget(self.tree, 1)
        outline_buttons = QHBoxLayout()
        self.add_section_button = QPushButton()
        self.add_section_button.clicked.connect(self.add_section)
        self.add_item_button = QPushButton()
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.show_form_settings)
        for button in (self.add_section_button, self.add_item_button, self.remove_button, self.settings_button):
            outline_buttons.addWidget(button)
        left_layout.addLayout(outline_buttons)
        self.reorder_hint = QLabel()
        self.reorder_hint.setStyleSheet("color: palette(placeholder-text);")
        self.reorder_hint.setWordWrap(True)
        left_layout.addWidget(self.reorder_hint)
        splitter.addWidget(left)
        # Properties.
        self.editor_stack = QStackedWidget()
        self.editor_scroll = QScrollArea()
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor_scroll.setMinimumWidth(380)
        self.editor_scroll.setWidget(self.editor_stack)
        splitter.addWidget(self.editor_scroll)
        self._build_editors()
        # Preview and checks.
        right = QSplitter(Qt.Orientation.Vertical)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_label = QLabel()
        self.preview_label.setStyleSheet("font-weight: bold;")
        preview_layout.addWidget(self.preview_label)
        self.preview = ScoringPanel(preview=True)
        self.preview.setObjectName("formPreview")
        preview_layout.addWidget(self.preview, 1)
        right.addWidget(preview_box)
        checks_box = QWidget()
        checks_layout = QVBoxLayout(checks_box)
        checks_layout.setContentsMargins(0, 0, 0, 0)
        self.checks_label = QLabel()
        self.checks_label.setStyleSheet("font-weight: bold;")
        checks_layout.addWidget(self.checks_label)
        self.problems = QListWidget()
        self.problems.setObjectName("formProblems")
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self._problem_activated)
        self.problems.itemClicked.connect(self._problem_activated)
        checks_layout.addWidget(self.problems)
        right.addWidget(checks_box)
        right.setSizes([520, 160])
        splitter.addWidget(right)
        splitter.setSizes([330, 480, 560])
        splitter.setStretchFactor(2, 1)
        layout.addWidget(splitter, 1)

        ctx.dataChanged.connect(self._data_changed)
        self.retranslate()
        self.reload_forms()

    # -- set-up --------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.ctx.language if self.ctx.language in LANGS else "en"

    @property
    def can_edit(self) -> bool:
        return allowed(self.ctx, "form.change")

    def _build_editors(self) -> None:
        while self.editor_stack.count():
            widget = self.editor_stack.widget(0)
            self.editor_stack.removeWidget(widget)
            widget.deleteLater()
        self.form_editor = FormSettingsEditor()
        self.section_editor = SectionEditor()
        self.item_editor = ItemEditor()
        for editor in (self.form_editor, self.section_editor, self.item_editor):
            editor.changed.connect(self._edited)
            editor.codeChanged.connect(self._code_changed)
            editor.setEnabled(self.can_edit)
            self.editor_stack.addWidget(editor)

    def retranslate(self) -> None:
        self.form_label.setText(self.tr("Form:"))
        self.new_button.setText(self.tr("New form"))
        self.import_button.setText(self.tr("Import JSON…"))
        self.export_button.setText(self.tr("Export JSON…"))
        self.sheet_button.setText(self.tr("Sheet for agents (Excel)…"))
        self.save_button.setText(self.tr("Save"))
        self.publish_button.setText(self.tr("Publish"))
        self.add_section_button.setText(self.tr("Add section"))
        self.add_item_button.setText(self.tr("Add item"))
        self.remove_button.setText(self.tr("Remove"))
        self.settings_button.setText(self.tr("Form settings"))
        self.reorder_hint.setText(self.tr("Drag to reorder, or Ctrl+Up / Ctrl+Down on the selected line."))
        self.preview_label.setText(self.tr("Preview: what the evaluator sees"))
        self.checks_label.setText(self.tr("Checks before publishing"))
        for button in (self.new_button, self.import_button, self.save_button, self.publish_button,
                       self.add_section_button, self.add_item_button, self.remove_button):
            button.setEnabled(self.can_edit)
        if self.form is not None:
            kind, code = self._current
            self._build_editors()
            self._show_editor(kind, code)
        if hasattr(self, "form_box") and self.form_box.count():
            self.reload_forms()  # the chooser's "published" wording
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def activate(self) -> None:
        if not self.dirty:
            self.reload_forms()

    def _data_changed(self, entity: str) -> None:
        if entity in ("form", "all") and not self.dirty:
            self.reload_forms()

    # -- choosing a form -----------------------------------------------------------------------
    def reload_forms(self, select: str | None = None) -> None:
        try:
            forms = forms_repository.list_forms(self.ctx.db)
        except QADesktopError as error:
            self._say(describe_error(error), error=True)
            return
        keep = select or (self.form.code if self.form else None)
        self.form_box.blockSignals(True)
        self.form_box.clear()
        names = forms_repository.form_titles(self.ctx.db, current_language())
        for summary in forms:
            state = (self.tr("v{0} published").format(summary.published_version) if summary.published_version
                     else self.tr("not published"))
            self.form_box.addItem(f"{names.get(summary.code, summary.name)} — {state}", summary.code)
        self.form_box.blockSignals(False)
        codes = [f.code for f in forms]
        if keep in codes:
            self.form_box.setCurrentIndex(codes.index(keep))
            if self.form is None or (select is not None):
                self.load_form(keep)
        elif codes and self.form is None:
            self.load_form(codes[0])
        elif self.form is None:
            self.refresh()

    def _form_chosen(self, index: int) -> None:
        code = self.form_box.itemData(index)
        if code and (self.form is None or code != self.form.code or not self.dirty):
            self.load_form(code)

    def load_form(self, code: str, version_no: int | None = None) -> None:
        try:
            self.version, definition = forms_repository.load_definition(self.ctx.db, code, version_no)
        except QADesktopError as error:
            self._say(describe_error(error), error=True)
            return
        self._start_editing(definition, dirty=False)

    def _start_editing(self, definition: FormDefinition, *, dirty: bool) -> None:
        self.form = definition
        self.dirty = dirty
        self._current = ("", "")
        self._preview_key = None
        self.preview.set_form(None)
        self.show_form_settings()
        self.refresh()

    def new_form(self) -> None:
        code = "new_form"
        existing = {self.form_box.itemData(i) for i in range(self.form_box.count())}
        number = 1
        while code in existing:
            number += 1
            code = f"new_form_{number}"
        self.version = None
        self._start_editing(designer.new_form(code), dirty=True)
        self._say(self.tr("A new form: give it a code and a name, add sections and items, then save."))

    # -- outline -------------------------------------------------------------------------------
    def _selected(self, kind: str, code: str) -> None:
        if (kind, code) != self._current:
            self._show_editor(kind, code)

    def _show_editor(self, kind: str, code: str) -> None:
        form = self.form
        self._current = (kind, code)
        if form is None:
            return
        if kind == "section":
            section = next((s for s in form.sections if s.code == code), None)
            if section is not None:
                self.section_editor.load(section)
                self.editor_stack.setCurrentWidget(self.section_editor)
                return
        if kind == "item":
            item = next((i for _, i in form.items() if i.code == code), None)
            if item is not None:
                self.item_editor.load(item)
                self.editor_stack.setCurrentWidget(self.item_editor)
                return
        self._current = ("", "")
        self.form_editor.load(form)
        self.editor_stack.setCurrentWidget(self.form_editor)

    def show_form_settings(self) -> None:
        self.tree.clearSelection()
        self._show_editor("", "")

    def _code_changed(self, old: str, new: str) -> None:
        if self._current[1] == old:
            self._current = (self._current[0], new)

    def add_section(self) -> None:
        if self.form is None:
            return
        kind, code = self._current
        after = code if kind == "section" else (designer.section_of(self.form, code).code if kind == "item" else None)
        section = designer.add_section(self.form, after)
        self._structure_changed("section", section.code)

    def add_item(self) -> None:
        if self.form is None:
            return
        kind, code = self._current
        after = None
        if kind == "item":
            section_code, after = designer.section_of(self.form, code).code, code
        elif kind == "section":
            section_code = code
        elif self.form.sections:
            section_code = self.form.sections[-1].code
        else:
            section_code = designer.add_section(self.form).code
        item = designer.add_item(self.form, section_code, after)
        self._structure_changed("item", item.code)

    def remove_selected(self) -> None:
        kind, code = self._current
        if self.form is None or not kind:
            return
        designer.remove(self.form, kind, code)
        self._structure_changed("", "")

    def _nudge(self, kind: str, code: str, delta: int) -> None:
        if self.form is not None and self.can_edit and designer.nudge(self.form, kind, code, delta):
            self._structure_changed(kind, code)

    def _move(self, kind: str, code: str, section_code: str, index: int) -> None:
        if self.form is None or not self.can_edit:
            return
        if kind == "section":
            designer.move_section(self.form, code, index)
        else:
            designer.move_item(self.form, code, section_code, index)
        self._structure_changed(kind, code)

    def _structure_changed(self, kind: str, code: str) -> None:
        self.dirty = True
        self._show_editor(kind, code)
        self.refresh(select=(kind, code))

    def _edited(self) -> None:
        self.dirty = True
        self._refresh_timer.start()

    # -- checks and preview --------------------------------------------------------------------
    def refresh(self, select: tuple[str, str] | None = None) -> None:
        self._refresh_timer.stop()
        form = self.form
        if form is None:
            self.tree.rebuild(None, self.lang)
            self.problems.clear()
            self.version_label.setText(self.tr("No scoring form yet: create one or import a JSON file."))
            self.publish_button.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        self.tree.rebuild(form, self.lang, select or self._current)
        self.check_result = designer.check(form)
        self._show_problems(self.check_result)
        shown = self.check_result.definition
        key = (json.dumps(shown.to_dict(), sort_keys=True, ensure_ascii=False), self.lang) if shown else None
        if shown is not None and key != self._preview_key:
            self._preview_key = key
            answers, comments = self.preview.answers(), self.preview.comments()
            self.preview.set_form(shown, self.lang)
            fitting = {code: value for code, value in answers.items()
                       if (item := self.check_result.definition.item(code)) and item.check_answer(value) is None}
            self.preview.set_values(fitting, comments)
        self.save_button.setEnabled(self.can_edit and self.dirty and self.check_result.definition is not None)
        self.publish_button.setEnabled(self.can_edit and self.check_result.publishable and not (
            self.version and self.version.published and not self.dirty))
        self._show_version_state()

    def _show_problems(self, result: designer.CheckResult) -> None:
        self.problems.clear()
        if not result.problems:
            entry = QListWidgetItem(self.tr("✓ No problems: the form can be published."))
            self.problems.addItem(entry)
            return
        for problem in result.problems:
            mark = "✗" if problem.severity == "error" else "!"
            text = self._problem_text(problem)
            entry = QListWidgetItem(f"{mark} {text}")
            entry.setToolTip(text)
            entry.setData(Qt.ItemDataRole.UserRole, problem.where)
            entry.setForeground(Qt.GlobalColor.darkRed if problem.severity == "error" else Qt.GlobalColor.darkYellow)
            self.problems.addItem(entry)

    def _where_text(self, where: str) -> str:
        if where.startswith("item "):
            return self.tr("Item {0}").format(where[5:])
        if where.startswith("section "):
            return self.tr("Section {0}").format(where[8:])
        if where == "the form":
            return self.tr("The form")
        return where

    def _problem_text(self, problem) -> str:
        """The problem in the user's language (by its code); the English message otherwise."""
        p = problem.params
        if problem.code == "invalid":
            return form_refusal_text(problem.where, problem.message, p.get("why"), p.get("values", {}),
                                     current_language(), p.get("titles"))
        templates = {
            "no_sections": self.tr("The form has no sections."),
            "duplicate_code": self.tr("this code is used twice."),
            "weight": self.tr("the weight must be more than 0 (is {weight}).").format(weight=p.get("weight", "")),
            "empty_section": self.tr("the section has no items."),
            "bonus_only_section": self.tr("the section has only bonus items, so nothing to score against."),
            "zero_points_section": self.tr("the section's items are worth 0 points."),
            "fatal_inverted": self.tr("the fatal rule triggers on {answers}, the answer that earns full points; a "
                                      "fatal answer should be the failing one (e.g. \"no\" to \"stayed polite\")."
                                      ).format(answers=p.get("answers", "")),
            "translation": self.tr("text missing in {languages}.").format(languages=p.get("languages", "")),
            "bonus_capped": self.tr("bonus item in a section that does not allow more than 100%: it can only make "
                                    "up for points lost in that section."),
            "weights_sum": self.tr("section weights add up to {total}, not 100.").format(total=p.get("total", "")),
        }
        text = templates.get(problem.code)
        if text is None:
            return f"{problem.where}: {problem.message}"
        if problem.code == "no_sections":
            return text
        return f"{self._where_text(problem.where)}: {text}"

    def _problem_activated(self, entry: QListWidgetItem) -> None:
        where = entry.data(Qt.ItemDataRole.UserRole) or ""
        for kind in ("item", "section"):
            prefix = f"{kind} "
            if where.startswith(prefix):
                code = where[len(prefix):].split(",")[0].split(" ")[0]
                self.tree.select(kind, code)
                self._show_editor(kind, code)
                return

    def _show_version_state(self) -> None:
        version = self.version
        if version is None:
            text = self.tr("New form, not saved yet.")
        else:
            state = self.tr("published") if version.published else self.tr("draft, not published")
            text = self.tr("Version {0} ({1}).").format(version.version_no, state)
            if version.locked or version.published:
                text += " " + self.tr("Evaluations use or may use it, so saving changes makes version {0}.").format(
                    version.version_no + 1)
        if self.dirty:
            text += " " + self.tr("Unsaved changes.")
        if not self.can_edit:
            text += " " + self.tr("Only a QA lead can change forms; you can preview and export them.")
        self.version_label.setText(text)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message.setVisible(bool(text))

    # -- saving --------------------------------------------------------------------------------
    def save(self, *, publish: bool = False) -> bool:
        if self.form is None or not self.can_edit:
            return False
        try:
            info = forms_repository.save_form(self.ctx.db, self.form, publish=publish)
        except forms_repository.FormNotPublishable as error:
            self._say(self.tr("Not published: fix the problems listed under the preview first."), error=True)
            self._show_problems(designer.CheckResult(self.check_result.definition if self.check_result else None,
                                                     error.problems))
            return False
        except QADesktopError as error:
            self._say(describe_error(error), error=True)
            return False
        self.version = info
        self.dirty = False
        if info.created_new:
            message = self.tr("Saved as version {0}: the previous version is in use and stays as it was.").format(
                info.version_no)
        else:
            message = self.tr("Saved version {0}.").format(info.version_no)
        if info.published:
            message += " " + self.tr("Published: new evaluations use it.")
        self._say(message)
        self.ctx.dataChanged.emit("form")
        self.reload_forms(select=None)
        self.form_box.setCurrentIndex(max(0, self.form_box.findData(info.form_code)))
        self.refresh()
        return True

    def publish(self) -> bool:
        return self.save(publish=True)

    # -- files ---------------------------------------------------------------------------------
    def import_file(self, path: str | Path) -> bool:
        """Load a form file into the designer; nothing is stored until it is saved."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
            definition = FormDefinition.from_dict(data)
        except FormInvalid as error:
            self._say(self.tr("Not imported: {0}").format(form_error_text(error, current_language())), error=True)
            return False
        except QADesktopError as error:
            self._say(self.tr("Not imported: {0}").format(describe_error(error)), error=True)
            return False
        except (OSError, ValueError, RecursionError) as error:  # RecursionError: nested beyond any form
            log.info("Form file %s not imported", path, exc_info=error)  # the parser's detail, for support
            line = getattr(error, "lineno", None)
            text = (self.tr("Not imported: {0} is not a readable JSON file (line {1}).").format(Path(path).name, line)
                    if line else self.tr("Not imported: {0} cannot be read as a JSON file.").format(Path(path).name))
            self._say(text, error=True)
            return False
        existing = {self.form_box.itemData(i) for i in range(self.form_box.count())}
        self.version = None
        if definition.code in existing:
            try:
                self.version = forms_repository.load_definition(self.ctx.db, definition.code)[0]
            except QADesktopError:
                self.version = None
        self._start_editing(definition, dirty=True)
        self._say(self.tr("Imported {0}: check it, then Save to store it.").format(Path(path).name))
        return True

    def export_json(self, path: str | Path) -> bool:
        if self.check_result is None or self.check_result.definition is None:
            self._say(self.tr("The form cannot be exported until the problems listed are fixed."), error=True)
            return False
        Path(path).write_text(json.dumps(self.check_result.definition.to_dict(), ensure_ascii=False, indent=2)
                              + "\n", encoding="utf-8")
        self._say(self.tr("Exported to {0}.").format(path))
        return True

    def export_sheet(self, path: str | Path) -> bool:
        from qa_desktop.core.scoring.form_sheet import write_form_sheet

        if self.check_result is None or self.check_result.definition is None:
            self._say(self.tr("The form cannot be exported until the problems listed are fixed."), error=True)
            return False
        write_form_sheet(self.check_result.definition, path, lang=self.lang if self.lang != "en" else "en",
                         version_no=self.version.version_no if self.version else None)
        self._say(self.tr("Sheet written to {0}.").format(path))
        return True

    def _import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import scoring form"), "",
                                              self.tr("Scoring form (*.json);;All files (*)"))
        if path:
            self.import_file(path)

    def _file_name(self, suffix: str) -> str:
        """The form's name in the user's language as a file name (never its code: 'default.xlsx')."""
        title = pick(self.form.name, self.lang) if self.form else ""
        return (re.sub(r'[\\/:*?"<>|]+', " ", title).strip() or self.tr("Scoring form")) + suffix

    def _export_clicked(self) -> None:
        name = self._file_name(".json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export scoring form"), name,
                                              self.tr("Scoring form (*.json)"))
        if path:
            self.export_json(path)

    def _sheet_clicked(self) -> None:
        name = self._file_name(".xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Sheet for agents"), name,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_sheet(path)
