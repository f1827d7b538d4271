"""Editing a form definition in the designer: add, remove, reorder, retype, check (Qt-free).

The designer edits a working copy (plain ``FormDefinition`` dataclasses) that may be
inconsistent while the QA lead types; :func:`check` says what is wrong (the strict JSON
reading and the publish checks) and gives the definition the preview can show.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from qa_desktop.core.languages import FORM_TEXT_LANGUAGES
from qa_desktop.core.scoring.errors import FormInvalid
from qa_desktop.core.scoring.form import Fatal, FormDefinition, Item, Option, Problem, Section, publish_problems

NEW_SECTION = {"zh_CN": "新部分", "zh_TW": "新部分", "en": "New section"}
NEW_ITEM = {"zh_CN": "新评分项目", "zh_TW": "新評分項目", "en": "New item"}


def new_form(code: str = "new_form") -> FormDefinition:
    form = FormDefinition(code=code, name={"zh_CN": "新评分表", "zh_TW": "新評分表", "en": "New scoring form"})
    add_item(form, add_section(form).code)
    return form


def unique_code(form: FormDefinition, prefix: str) -> str:
    taken = {s.code for s in form.sections} | set(form.item_codes())
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def section_of(form: FormDefinition, item_code: str) -> Section | None:
    return next((s for s in form.sections if any(i.code == item_code for i in s.items)), None)


def _section_holding(form: FormDefinition, item_code: str) -> Section:
    """The section of an item the caller knows is on the form (the designer's selection)."""
    section = section_of(form, item_code)
    if section is None:
        raise KeyError(f"the form has no item {item_code!r}")
    return section


def add_section(form: FormDefinition, after: str | None = None) -> Section:
    section = Section(code=unique_code(form, "section"), title=dict(NEW_SECTION), weight=Decimal(1))
    index = next((n + 1 for n, s in enumerate(form.sections) if s.code == after), len(form.sections))
    form.sections.insert(index, section)
    return section


def add_item(form: FormDefinition, section_code: str, after: str | None = None, kind: str = "yes_no") -> Item:
    section = next(s for s in form.sections if s.code == section_code)
    item = Item(code=unique_code(form, "item"), type="yes_no", text=dict(NEW_ITEM), points=Decimal(1))
    change_type(item, kind)
    index = next((n + 1 for n, i in enumerate(section.items) if i.code == after), len(section.items))
    section.items.insert(index, item)
    return item


def remove(form: FormDefinition, kind: str, code: str) -> None:
    if kind == "section":
        form.sections = [s for s in form.sections if s.code != code]
    else:
        for section in form.sections:
            section.items = [i for i in section.items if i.code != code]


def move_section(form: FormDefinition, code: str, index: int) -> None:
    """Put a section before the section now at ``index`` (``len`` = at the end)."""
    section = next(s for s in form.sections if s.code == code)
    if index > form.sections.index(section):
        index -= 1  # its own slot disappears first
    form.sections.remove(section)
    form.sections.insert(max(0, min(index, len(form.sections))), section)


def move_item(form: FormDefinition, code: str, section_code: str, index: int) -> None:
    """Put an item before the item now at ``index`` of ``section_code`` (``len`` = at the end)."""
    source = _section_holding(form, code)
    item = next(i for i in source.items if i.code == code)
    target = next(s for s in form.sections if s.code == section_code)
    if source is target and index > source.items.index(item):
        index -= 1  # the item's own slot disappears first
    source.items.remove(item)
    target.items.insert(max(0, min(index, len(target.items))), item)


def nudge(form: FormDefinition, kind: str, code: str, delta: int) -> bool:
    """Ctrl+Up / Ctrl+Down: one place up or down; an item crosses into the neighbouring section."""
    if kind == "section":
        index = next(n for n, s in enumerate(form.sections) if s.code == code)
        target = index + delta
        if not 0 <= target < len(form.sections):
            return False
        form.sections.insert(target, form.sections.pop(index))
        return True
    section = _section_holding(form, code)
    index = next(n for n, i in enumerate(section.items) if i.code == code)
    target = index + delta
    if 0 <= target < len(section.items):
        item = section.items.pop(index)
        section.items.insert(target, item)
        return True
    position = form.sections.index(section) + delta
    if not 0 <= position < len(form.sections):
        return False
    neighbour = form.sections[position]
    item = section.items.pop(index)
    neighbour.items.insert(len(neighbour.items) if delta < 0 else 0, item)
    return True


def change_type(item: Item, kind: str) -> None:
    """Switch an item's type, giving it sensible answers for the new type."""
    if kind == item.type and (item.options or kind in ("yes_no", "yes_no_na")):
        return
    previous = item.max_points if item.type else Decimal(1)
    item.type = kind
    item.fatal = None  # the old fatal answers mean nothing for the new answers
    if kind in ("yes_no", "yes_no_na"):
        item.options = []
        item.points = previous or Decimal(1)
        if kind == "yes_no_na":
            item.na_allowed = True
    elif kind == "scale":
        labels = [("差", "差", "Poor"), ("", "", ""), ("一般", "一般", "Adequate"), ("", "", ""), ("", "", ""),
                  ("优秀", "優秀", "Excellent")]
        item.options = [Option(n, {k: v for k, v in zip(FORM_TEXT_LANGUAGES, labels[n]) if v}, Decimal(n))
                        for n in range(6)]
    elif kind == "choice":
        item.options = [Option("good", {"zh_CN": "达标", "zh_TW": "達標", "en": "Met"}, previous or Decimal(1)),
                        Option("poor", {"zh_CN": "未达标", "zh_TW": "未達標", "en": "Not met"}, Decimal(0))]
    else:
        item.options = [Option("step1", {"zh_CN": "步骤一", "zh_TW": "步驟一", "en": "Step 1"}, Decimal(1)),
                        Option("step2", {"zh_CN": "步骤二", "zh_TW": "步驟二", "en": "Step 2"}, Decimal(1))]
    item.points = item.max_points


def parse_answer(item: Item, text: str) -> Any:
    """A fatal answer as typed ("no", "0", an option value) in the item's own answer type."""
    text = text.strip()
    if item.type == "scale":
        try:
            return int(text)
        except ValueError:
            return text
    return text


def set_fatal(item: Item, answers_text: str | None, effect: str = "zero_total") -> None:
    if answers_text is None:
        item.fatal = None
        return
    answers = [parse_answer(item, part) for part in answers_text.replace("，", ",").split(",") if part.strip()]
    item.fatal = Fatal(answers, effect)


@dataclass
class CheckResult:
    definition: FormDefinition | None  # what the preview shows; None when the form cannot be read
    problems: list[Problem]

    @property
    def publishable(self) -> bool:
        return self.definition is not None and not any(p.severity == "error" for p in self.problems)


def check(form: FormDefinition) -> CheckResult:
    problems = publish_problems(form)
    try:
        definition = FormDefinition.from_dict(form.to_dict())
    except FormInvalid as error:
        duplicate = "duplicate" in error.reason and any(p.code == "duplicate_code" for p in problems)
        if not duplicate:
            # plain values, so the problem stays JSON like every other (the GUI words it from them)
            problems.insert(0, Problem("invalid", error.where, error.reason, params={
                "why": error.why, "values": {k: str(v) for k, v in error.values.items()}, "titles": error.titles}))
        return CheckResult(None, problems)
    return CheckResult(definition, problems)
