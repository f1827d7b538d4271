"""Property editors of the designer: the form's settings, a section, an item.

Each editor writes straight into the working copy's dataclasses and emits ``changed``;
the page re-checks the form and refreshes the outline and the preview. No rule lives here:
what is valid is decided by ``core.scoring`` (``designer.check``).
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.scoring import designer
from qa_desktop.core.scoring.form import (
    FATAL_EFFECTS,
    ITEM_TYPES,
    LANGS,
    NA_MODES,
    SCORING_METHODS,
    FormDefinition,
    GradeBand,
    Item,
    Option,
    Section,
    points_text,
)
from qa_desktop.ui.forms.checks_editor import ChecksEditor

# The short tag beside each language's text box ("EN" reads 英 in a Chinese UI).
# which language a field holds, in the reader's script: 繁體中文 reads 簡/繁 (a bare "简" was simplified there)
LANG_TAGS = {"zh_CN": QT_TRANSLATE_NOOP("FormEditors", "简"), "zh_TW": QT_TRANSLATE_NOOP("FormEditors", "繁"),
             "en": QT_TRANSLATE_NOOP("FormEditors", "EN")}


def _zh_tags() -> list[str]:
    return [QCoreApplication.translate("FormEditors", LANG_TAGS[lang]) for lang in ("zh_CN", "zh_TW")]


def _en_tag() -> str:
    return QCoreApplication.translate("FormEditors", LANG_TAGS["en"])


def _decimal(text: str, default: Decimal = Decimal(0)) -> Decimal:
    try:
        value = Decimal(text.strip())
        return value if value.is_finite() else default
    except (InvalidOperation, AttributeError):
        return default




def _combo(name: str) -> QComboBox:
    # Long option texts must not widen the editor beyond its pane.
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def _spin(maximum: float = 1000.0, decimals: int = 2) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, maximum)
    spin.setDecimals(decimals)
    spin.setKeyboardTracking(False)
    return spin


class LocalizedTextEdit(QWidget):
    """One text in the three languages (simplified, traditional, English)."""

    changed = Signal()

    def __init__(self, multiline: bool = False, parent=None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        for row, lang in enumerate(LANGS):
            tag = QLabel(QCoreApplication.translate("FormEditors", LANG_TAGS[lang]))
            tag.setStyleSheet("color: palette(placeholder-text);")
            if multiline:
                edit = QPlainTextEdit()
                edit.setFixedHeight(46)
                edit.setTabChangesFocus(True)
                edit.textChanged.connect(self.changed)
            else:
                edit = QLineEdit()
                edit.textEdited.connect(self.changed)
            edit.setObjectName(f"text_{lang}")
            layout.addWidget(tag, row, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(edit, row, 1)
            self.edits[lang] = edit

    def set_value(self, text: dict | None) -> None:
        for lang, edit in self.edits.items():
            value = (text or {}).get(lang, "")
            if isinstance(edit, QPlainTextEdit):
                edit.blockSignals(True)
                edit.setPlainText(value)
                edit.blockSignals(False)
            else:
                edit.setText(value)

    def value(self) -> dict:
        result = {}
        for lang, edit in self.edits.items():
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            if text.strip():
                result[lang] = text
        return result


class _Editor(QWidget):
    changed = Signal()
    codeChanged = Signal(str, str)  # old, new

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loading = False

    def _form_layout(self) -> QFormLayout:
        # Fields keep their natural height; the space left stays below them.
        outer = QVBoxLayout(self)
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(layout)
        outer.addStretch(1)
        return layout

    def _emit(self) -> None:
        if not self._loading:
            self.store()
            self.changed.emit()

    def store(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class FormSettingsEditor(_Editor):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.form: FormDefinition | None = None
        layout = self._form_layout()
        self.code = QLineEdit()
        self.code.setObjectName("formCode")
        self.code.textEdited.connect(self._emit)
        self.name = LocalizedTextEdit()
        self.name.changed.connect(self._emit)
        self.description = LocalizedTextEdit(multiline=True)
        self.description.changed.connect(self._emit)
        self.method = _combo("scoringMethod")
        self.method.addItem(self.tr("Weighted points (Genesys): Σ(points × weight) ÷ Σ(possible × weight)"),
                            "weighted_points")
        self.method.addItem(self.tr("Section percentages weighted: Σ(weight × section %) ÷ Σ weight"),
                            "section_percent")
        self.method.currentIndexChanged.connect(self._emit)
        self.critical_mark = _spin(100)
        self.critical_mark.valueChanged.connect(self._emit)
        self.bands = QTableWidget(0, 5)
        self.bands.setObjectName("gradeBands")
        self.bands.setHorizontalHeaderLabels([self.tr("Grade"), *_zh_tags(), _en_tag(), self.tr("From score")])
        self.bands.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # the grade's code ('excellent') stays in the row for saving; people read its names beside it
        self.bands.setColumnHidden(0, True)
        self.bands.verticalHeader().setVisible(False)
        self.bands.setFixedHeight(150)
        self.bands.itemChanged.connect(lambda _item: self._emit())
        self.labels = [QLabel(self.tr("Code")), QLabel(self.tr("Name")), QLabel(self.tr("Description")),
                       QLabel(self.tr("Total")), QLabel(self.tr("Critical pass mark")), QLabel(self.tr("Grade bands"))]
        for label, field in zip(self.labels, (self.code, self.name, self.description, self.method,
                                              self.critical_mark, self.bands)):
            layout.addRow(label, field)

    def load(self, form: FormDefinition) -> None:
        self._loading = True
        self.form = form
        self.code.setText(form.code)
        self.name.set_value(form.name)
        self.description.set_value(form.description)
        self.method.setCurrentIndex(max(0, self.method.findData(form.scoring_method)))
        self.critical_mark.setValue(float(form.critical_pass_mark))
        self.bands.setRowCount(len(form.grade_bands))
        for row, band in enumerate(form.grade_bands):
            code = QTableWidgetItem(band.code)
            code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.bands.setItem(row, 0, code)
            for column, lang in enumerate(LANGS, 1):
                self.bands.setItem(row, column, QTableWidgetItem(band.label.get(lang, "")))
            self.bands.setItem(row, 4, QTableWidgetItem(points_text(band.min)))
        self._loading = False

    def store(self) -> None:
        form = self.form
        if form is None:
            return
        form.code = self.code.text().strip()
        form.name = self.name.value()
        form.description = self.description.value()
        form.scoring_method = self.method.currentData() or SCORING_METHODS[0]
        form.critical_pass_mark = Decimal(str(self.critical_mark.value()))
        bands = []
        for row in range(self.bands.rowCount()):
            cell = self.bands.item
            label = {lang: cell(row, column).text() for column, lang in enumerate(LANGS, 1)
                     if cell(row, column) and cell(row, column).text().strip()}
            bands.append(GradeBand(cell(row, 0).text(), label,
                                   _decimal(cell(row, 4).text() if cell(row, 4) else "0")))
        form.grade_bands = bands


class SectionEditor(_Editor):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.section: Section | None = None
        layout = self._form_layout()
        self.code = QLineEdit()
        self.code.setObjectName("sectionCode")
        self.code.textEdited.connect(self._emit)
        self.title = LocalizedTextEdit()
        self.title.changed.connect(self._emit)
        self.weight = _spin(10000)
        self.weight.setObjectName("sectionWeight")
        self.weight.valueChanged.connect(self._emit)
        self.over_100 = QCheckBox(self.tr("Bonus items may lift this section above 100%"))
        self.over_100.toggled.connect(self._emit)
        self.labels = [QLabel(self.tr("Code")), QLabel(self.tr("Title")), QLabel(self.tr("Weight"))]
        layout.addRow(self.labels[0], self.code)
        layout.addRow(self.labels[1], self.title)
        layout.addRow(self.labels[2], self.weight)
        layout.addRow("", self.over_100)

    def load(self, section: Section) -> None:
        self._loading = True
        self.section = section
        self.code.setText(section.code)
        self.title.set_value(section.title)
        self.weight.setValue(float(section.weight))
        self.over_100.setChecked(section.allow_over_100)
        self._loading = False

    def store(self) -> None:
        section = self.section
        if section is None:
            return
        old = section.code
        section.code = self.code.text().strip()
        section.title = self.title.value()
        section.weight = Decimal(str(self.weight.value()))
        section.allow_over_100 = self.over_100.isChecked()
        if old != section.code:
            self.codeChanged.emit(old, section.code)


class ItemEditor(_Editor):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.item: Item | None = None
        layout = self._form_layout()
        self.code = QLineEdit()
        self.code.setObjectName("itemCode")
        self.code.textEdited.connect(self._emit)
        self.type = _combo("itemType")
        for kind, text in zip(ITEM_TYPES, (self.tr("Yes / no"), self.tr("Yes / no / N/A"),
                                           self.tr("Scale (labelled points)"), self.tr("Single choice"),
                                           self.tr("Checklist"))):
            self.type.addItem(text, kind)
        self.type.currentIndexChanged.connect(self._type_changed)
        self.text = LocalizedTextEdit()
        self.text.changed.connect(self._emit)
        self.guidance = LocalizedTextEdit(multiline=True)
        self.guidance.changed.connect(self._emit)
        self.points = _spin()
        self.points.setObjectName("itemPoints")
        self.points.valueChanged.connect(self._emit)
        self.options = QTableWidget(0, 5)
        self.options.setObjectName("itemOptions")
        self.options.setHorizontalHeaderLabels([self.tr("Value"), *_zh_tags(), _en_tag(), self.tr("Points")])
        self.options.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.options.verticalHeader().setVisible(False)
        self.options.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.options.setMinimumHeight(120)
        self.options.itemChanged.connect(lambda _cell: self._emit())
        self.add_option = QPushButton(self.tr("Add answer"))
        self.add_option.clicked.connect(self._add_option)
        self.remove_option = QPushButton(self.tr("Remove answer"))
        self.remove_option.clicked.connect(self._remove_option)
        option_buttons = QHBoxLayout()
        option_buttons.addWidget(self.add_option)
        option_buttons.addWidget(self.remove_option)
        option_buttons.addStretch(1)
        options_box = QVBoxLayout()
        options_box.addWidget(self.options)
        options_box.addLayout(option_buttons)
        self.options_widget = QWidget()
        self.options_widget.setLayout(options_box)
        options_box.setContentsMargins(0, 0, 0, 0)

        self.na_allowed = QCheckBox(self.tr("N/A allowed"))
        self.na_allowed.setObjectName("naAllowed")
        self.na_allowed.toggled.connect(self._emit)
        self.na_mode = _combo("naMode")
        for mode, text in zip(NA_MODES, (self.tr("N/A leaves the item out of the score"),
                                         self.tr("N/A counts as full points"), self.tr("N/A counts as fixed points"))):
            self.na_mode.addItem(text, mode)
        self.na_mode.currentIndexChanged.connect(self._emit)
        self.na_points = _spin()
        self.na_points.valueChanged.connect(self._emit)
        na_row = QGridLayout()
        na_row.addWidget(self.na_allowed, 0, 0)
        na_row.addWidget(self.na_points, 0, 1)
        na_row.addWidget(self.na_mode, 1, 0, 1, 2)
        na_row.setColumnStretch(1, 1)

        self.comment_required = QCheckBox(self.tr("Comment required when points are lost"))
        self.comment_required.toggled.connect(self._emit)
        self.critical = QCheckBox(self.tr("Critical (counts in the critical score)"))
        self.critical.setObjectName("critical")
        self.critical.toggled.connect(self._emit)
        self.bonus = QCheckBox(self.tr("Bonus (adds points, never lowers the score)"))
        self.bonus.toggled.connect(self._emit)
        flags = QVBoxLayout()
        for box in (self.comment_required, self.critical, self.bonus):
            flags.addWidget(box)

        self.fatal = QCheckBox(self.tr("Fatal when answered:"))
        self.fatal.setObjectName("fatal")
        self.fatal.toggled.connect(self._emit)
        self.fatal_answers = QLineEdit()
        self.fatal_answers.setObjectName("fatalAnswers")
        self.fatal_answers.setPlaceholderText(self.tr("answer values, e.g. no"))
        self.fatal_answers.textEdited.connect(self._emit)
        self.fatal_effect = _combo("fatalEffect")
        for effect, text in zip(FATAL_EFFECTS, (self.tr("the whole evaluation scores 0"),
                                                self.tr("its section scores 0"),
                                                self.tr("marked failed, score kept"))):
            self.fatal_effect.addItem(text, effect)
        self.fatal_effect.currentIndexChanged.connect(self._emit)
        fatal_row = QGridLayout()
        fatal_row.addWidget(self.fatal, 0, 0)
        fatal_row.addWidget(self.fatal_answers, 0, 1)
        fatal_row.addWidget(self.fatal_effect, 1, 0, 1, 2)
        fatal_row.setColumnStretch(1, 1)

        self.labels = [QLabel(self.tr("Code")), QLabel(self.tr("Type")), QLabel(self.tr("Text")),
                       QLabel(self.tr("Guidance")), QLabel(self.tr("Points")), QLabel(self.tr("Answers")),
                       QLabel(self.tr("N/A")), QLabel(self.tr("Rules")), QLabel(self.tr("Fatal"))]
        for label, field in zip(self.labels, (self.code, self.type, self.text, self.guidance, self.points,
                                              self.options_widget)):
            layout.addRow(label, field)
        layout.addRow(self.labels[6], na_row)
        layout.addRow(self.labels[7], flags)
        layout.addRow(self.labels[8], fatal_row)
        self.checks = ChecksEditor()
        self.checks.changed.connect(self._emit)
        self.checks_label = QLabel(self.tr("Automatic checks"))
        layout.addRow(self.checks_label, self.checks)

    # -- loading -------------------------------------------------------------------------------
    def load(self, item: Item) -> None:
        self._loading = True
        self.item = item
        self.code.setText(item.code)
        self.type.setCurrentIndex(max(0, self.type.findData(item.type)))
        self.text.set_value(item.text)
        self.guidance.set_value(item.guidance)
        self.points.setValue(float(item.points))
        self._load_options(item)
        self.na_allowed.setChecked(item.allows_na)
        self.na_mode.setCurrentIndex(max(0, self.na_mode.findData(item.na_mode)))
        self.na_points.setValue(float(item.na_points or 0))
        self.comment_required.setChecked(item.comment_required_on_loss)
        self.critical.setChecked(item.critical)
        self.bonus.setChecked(item.bonus)
        self.fatal.setChecked(item.fatal is not None)
        self.fatal_answers.setText(", ".join(str(a) for a in item.fatal.answers) if item.fatal else "")
        self.fatal_effect.setCurrentIndex(max(0, self.fatal_effect.findData(
            item.fatal.effect if item.fatal else "zero_total")))
        self.checks.load(item.checks)
        self._update_enabled()
        self._loading = False

    def _load_options(self, item: Item) -> None:
        was = self._loading
        self._loading = True
        self.options.setRowCount(len(item.options))
        for row, option in enumerate(item.options):
            self.options.setItem(row, 0, QTableWidgetItem(str(option.value)))
            for column, lang in enumerate(LANGS, 1):
                self.options.setItem(row, column, QTableWidgetItem(option.label.get(lang, "")))
            points = QTableWidgetItem(points_text(option.points))
            if item.type == "scale":  # a scale point is worth its value
                points.setFlags(points.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.options.setItem(row, 4, points)
        self._loading = was

    def _update_enabled(self) -> None:
        item = self.item
        has_options = item is not None and item.type not in ("yes_no", "yes_no_na")
        self.points.setEnabled(not has_options)
        self.options_widget.setVisible(has_options)
        self.labels[5].setVisible(has_options)
        self.na_allowed.setEnabled(item is not None and item.type != "yes_no_na")
        allows = self.na_allowed.isChecked()
        self.na_mode.setEnabled(allows)
        self.na_points.setVisible(allows and self.na_mode.currentData() == "fixed")
        fatal = self.fatal.isChecked()
        self.fatal_answers.setEnabled(fatal)
        self.fatal_effect.setEnabled(fatal)
        checkable = item is not None and item.type in ("yes_no", "yes_no_na")
        self.checks.setVisible(checkable)
        self.checks_label.setVisible(checkable)

    # -- storing -------------------------------------------------------------------------------
    def _type_changed(self) -> None:
        if self._loading or self.item is None:
            return
        designer.change_type(self.item, self.type.currentData())
        self.load(self.item)
        self.changed.emit()

    def _add_option(self) -> None:
        if self.item is None:
            return
        if self.item.type == "scale":
            top = max((o.value for o in self.item.options), default=-1) + 1
            self.item.options.append(Option(top, {}, Decimal(top)))
        else:
            self.item.options.append(Option(f"option{len(self.item.options) + 1}", {"en": ""}, Decimal(0)))
        self._load_options(self.item)
        self._emit()

    def _remove_option(self) -> None:
        row = self.options.currentRow()
        if self.item is None or row < 0:
            return
        self.options.removeRow(row)
        self._emit()

    def store(self) -> None:
        item = self.item
        if item is None:
            return
        old = item.code
        item.code = self.code.text().strip()
        item.text = self.text.value()
        item.guidance = self.guidance.value()
        if item.type in ("yes_no", "yes_no_na"):
            item.points = Decimal(str(self.points.value()))
        else:
            options = []
            for row in range(self.options.rowCount()):
                cell = self.options.item
                raw = cell(row, 0).text().strip() if cell(row, 0) else ""
                label = {lang: cell(row, column).text() for column, lang in enumerate(LANGS, 1)
                         if cell(row, column) and cell(row, column).text().strip()}
                if item.type == "scale":
                    value = int(raw) if raw.isdigit() else raw
                    points = Decimal(value) if isinstance(value, int) else Decimal(0)
                else:
                    value = raw
                    points = _decimal(cell(row, 4).text() if cell(row, 4) else "0")
                options.append(Option(value, label, points))
            item.options = options
            item.points = item.max_points
        item.na_allowed = self.na_allowed.isChecked() or item.type == "yes_no_na"
        item.na_mode = self.na_mode.currentData() if item.na_allowed else "exclude"
        item.na_points = Decimal(str(self.na_points.value())) if item.na_mode == "fixed" else None
        item.comment_required_on_loss = self.comment_required.isChecked()
        item.critical = self.critical.isChecked()
        item.bonus = self.bonus.isChecked()
        designer.set_fatal(item, self.fatal_answers.text() if self.fatal.isChecked() else None,
                           self.fatal_effect.currentData())
        checks = self.checks.checks() if item.type in ("yes_no", "yes_no_na") else []
        if checks is not None:  # a row being typed that is not a valid check yet keeps the last valid ones
            item.checks = checks
        self._update_enabled()
        if old != item.code:
            self.codeChanged.emit(old, item.code)
