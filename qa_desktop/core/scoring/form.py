"""The scoring form (评分表) as data: sections, items, N/A rules, critical and fatal items, grades.

A definition is plain JSON (stored in ``FormVersion.definition``, exported and imported as a
file). ``FormDefinition.from_dict`` is the only door in: it rejects a malformed, inconsistent
or newer-format definition with :class:`FormInvalid` naming the item and the reason, so the
engine can trust every definition it is given. ``validate_for_publish`` lists the softer
problems a QA lead should fix before agents are scored on the form (weights, empty sections,
fatal rules that look inverted, duplicate codes).

Texts shown to people are localized dicts ``{"zh_CN": .., "zh_TW": .., "en": ..}``.
Points are exact decimals (never floats).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from qa_desktop.core.languages import FORM_TEXT_LANGUAGES
from qa_desktop.core.languages import pick as pick  # where the forms' texts are read from
from qa_desktop.core.scoring.checks import Check, parse_checks
from qa_desktop.core.scoring.errors import FormInvalid, FormTooNew, titles_in

FORMAT_VERSION = 1
LANGS = FORM_TEXT_LANGUAGES

ITEM_TYPES = ("yes_no", "yes_no_na", "scale", "choice", "checklist")
NA_MODES = ("exclude", "full", "fixed")            # drop from both sides | full points | fixed points
FATAL_EFFECTS = ("zero_total", "zero_section", "mark_failed")
SCORING_METHODS = ("weighted_points", "section_percent")
GRADE_CODES = ("excellent", "good", "pass", "fail")

# Every number a form carries (points, weights, N/A points, grade minimums) lies within these: no real
# form comes near them, and the engine's exact decimals stay fast and cannot overflow.
MAX_FORM_NUMBER = 100_000
MAX_DECIMALS = 4

_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")

LText = dict  # {"zh_CN": str, "zh_TW": str, "en": str}; any subset


def points_text(value) -> str:
    """Points and weights as people write them: 10 not 1E+1 or 10.00, 2.5 not 2.50."""
    value = Decimal(value).normalize()
    return str(value.quantize(Decimal(1)) if value == value.to_integral_value() else value)


def default_grade_bands() -> list[GradeBand]:
    return [
        GradeBand("excellent", {"zh_CN": "优秀", "zh_TW": "優秀", "en": "Excellent"}, Decimal(90)),
        GradeBand("good", {"zh_CN": "良好", "zh_TW": "良好", "en": "Good"}, Decimal(80)),
        GradeBand("pass", {"zh_CN": "合格", "zh_TW": "合格", "en": "Pass"}, Decimal(60)),
        GradeBand("fail", {"zh_CN": "不合格", "zh_TW": "不合格", "en": "Fail"}, Decimal(0)),
    ]


@dataclass
class GradeBand:
    code: str
    label: LText
    min: Decimal  # a total at or above this (after rounding) gets this grade


@dataclass
class Option:
    """A labelled answer of a scale (value = its points), a choice or a checklist entry."""

    value: Any  # int for scales, str for choice/checklist
    label: LText = field(default_factory=dict)
    points: Decimal = Decimal(0)


@dataclass
class Fatal:
    """Answers that trigger the fatal rule (for a checklist: any of these entries checked)."""

    answers: list[Any]
    effect: str = "zero_total"


@dataclass
class Item:
    code: str
    type: str
    text: LText
    points: Decimal = Decimal(1)
    guidance: LText = field(default_factory=dict)
    options: list[Option] = field(default_factory=list)  # scale points, choice or checklist entries
    na_allowed: bool = False
    na_mode: str = "exclude"
    na_points: Decimal | None = None
    comment_required_on_loss: bool = False
    critical: bool = False
    bonus: bool = False
    fatal: Fatal | None = None
    checks: list[Check] = field(default_factory=list)  # automatic checks (see .checks)

    @property
    def allows_na(self) -> bool:
        return self.na_allowed or self.type == "yes_no_na"

    @property
    def max_points(self) -> Decimal:
        """What the item is worth: full marks (or the most a bonus item can add)."""
        if self.type in ("yes_no", "yes_no_na"):
            return self.points
        if self.type == "checklist":
            return sum((o.points for o in self.options), Decimal(0))
        return max((o.points for o in self.options), default=Decimal(0))

    def option(self, value: Any) -> Option | None:
        return next((o for o in self.options if o.value == value and type(o.value) is type(value)), None)

    def answer_points(self, answer: Any) -> Decimal:
        """Points earned by a valid, non-N/A answer (see ``check_answer``)."""
        if self.type in ("yes_no", "yes_no_na"):
            return self.points if answer == "yes" else Decimal(0)
        if self.type == "checklist":
            return sum((o.points for o in self.options if o.value in answer), Decimal(0))
        option = self.option(answer)
        return option.points if option else Decimal(0)

    def answer_triggers_fatal(self, answer: Any) -> bool:
        if self.fatal is None or answer == "na":
            return False
        if self.type == "checklist":
            return any(value in answer for value in self.fatal.answers)
        return any(answer == value and type(answer) is type(value) for value in self.fatal.answers)

    def check_answer(self, answer: Any) -> str | None:
        """Why ``answer`` is impossible for this item, or None when it is valid."""
        if answer == "na":
            return None if self.allows_na else "N/A is not allowed for this item"
        if self.type in ("yes_no", "yes_no_na"):
            return None if answer in ("yes", "no") else f"expected 'yes' or 'no', got {answer!r}"
        if self.type == "scale":
            if isinstance(answer, bool) or not isinstance(answer, int):
                return f"expected one of the scale points {self.answer_values()}, got {answer!r}"
            return None if self.option(answer) else f"{answer} is not a point of the scale {self.answer_values()}"
        if self.type == "choice":
            if not isinstance(answer, str) or self.option(answer) is None:
                return f"expected one of {self.answer_values()}, got {answer!r}"
            return None
        if self.type == "checklist":
            if not isinstance(answer, list):
                return f"expected a list of checked entries, got {answer!r}"
            for value in answer:
                if not isinstance(value, str) or self.option(value) is None:
                    return f"{value!r} is not an entry of the checklist {self.answer_values()}"
            if len(set(answer)) != len(answer):
                return "an entry is checked twice"
            return None
        return f"unknown item type {self.type!r}"

    def answer_values(self) -> list[Any]:
        if self.type in ("yes_no", "yes_no_na"):
            return ["yes", "no"]
        return [o.value for o in self.options]


@dataclass
class Section:
    code: str
    title: LText
    weight: Decimal = Decimal(1)
    items: list[Item] = field(default_factory=list)
    allow_over_100: bool = False  # bonus items may lift this section above 100%


@dataclass
class Problem:
    """A reason not to publish yet. ``severity`` is "error" (blocks publishing) or "warning"."""

    code: str
    where: str
    message: str
    severity: str = "error"
    params: dict = field(default_factory=dict)  # lets the GUI say it in the user's language

    def to_dict(self) -> dict:
        return {"code": self.code, "where": self.where, "message": self.message, "severity": self.severity,
                "params": dict(self.params)}


@dataclass
class FormDefinition:
    code: str
    name: LText
    sections: list[Section] = field(default_factory=list)
    description: LText = field(default_factory=dict)
    scoring_method: str = "weighted_points"
    grade_bands: list[GradeBand] = field(default_factory=default_grade_bands)
    critical_pass_mark: Decimal = Decimal(100)  # a critical score below this = critical failed

    # -- lookups -----------------------------------------------------------------------------
    def items(self) -> Iterator[tuple[Section, Item]]:
        for section in self.sections:
            for item in section.items:
                yield section, item

    def item(self, code: str) -> Item | None:
        return next((i for _, i in self.items() if i.code == code), None)

    def item_codes(self) -> list[str]:
        return [i.code for _, i in self.items()]

    # -- JSON ----------------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: Any) -> FormDefinition:
        try:
            return _Parser().form(data)
        except FormInvalid as error:
            error.titles = titles_in(data)
            raise

    def to_dict(self) -> dict:
        return {
            "format": FORMAT_VERSION,
            "code": self.code,
            "name": dict(self.name),
            "description": dict(self.description),
            "scoring_method": self.scoring_method,
            "critical_pass_mark": _num(self.critical_pass_mark),
            "grade_bands": [{"code": b.code, "label": dict(b.label), "min": _num(b.min)} for b in self.grade_bands],
            "sections": [_section_dict(s) for s in self.sections],
        }

    def copy(self) -> FormDefinition:
        return FormDefinition.from_dict(self.to_dict())

    # -- publishing ----------------------------------------------------------------------------
    def validate_for_publish(self) -> list[Problem]:
        return publish_problems(self)


def _shown(value: Any) -> str:
    """A value for an error message, cut short (a hostile file may hold a 100,000-digit number)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _num(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _item_dict(item: Item) -> dict:
    data: dict[str, Any] = {"code": item.code, "type": item.type, "text": dict(item.text)}
    if item.guidance:
        data["guidance"] = dict(item.guidance)
    if item.type in ("yes_no", "yes_no_na"):
        data["points"] = _num(item.points)
    else:
        data["options"] = [{"value": o.value, "label": dict(o.label), "points": _num(o.points)}
                           for o in item.options]
    data["na_allowed"] = item.allows_na
    if item.allows_na:
        data["na_mode"] = item.na_mode
        if item.na_mode == "fixed":
            data["na_points"] = _num(item.na_points)
    data["comment_required_on_loss"] = item.comment_required_on_loss
    data["critical"] = item.critical
    data["bonus"] = item.bonus
    if item.fatal:
        data["fatal"] = {"answers": list(item.fatal.answers), "effect": item.fatal.effect}
    if item.checks:
        data["checks"] = [check.to_dict() for check in item.checks]
    return data


def _section_dict(section: Section) -> dict:
    return {"code": section.code, "title": dict(section.title), "weight": _num(section.weight),
            "allow_over_100": section.allow_over_100, "items": [_item_dict(i) for i in section.items]}


class _Parser:
    """Strict reading of a definition; every rejection names where and why."""

    def form(self, data: Any) -> FormDefinition:
        if not isinstance(data, dict):
            raise FormInvalid("the file", "a scoring form must be a JSON object", why="not_object")
        fmt = data.get("format")
        if isinstance(fmt, bool) or not isinstance(fmt, int):
            raise FormInvalid("the file", "missing or invalid 'format' version number", why="format_missing")
        if fmt > FORMAT_VERSION:
            raise FormTooNew("the file", f"written by a newer QA Desktop (form format {fmt}; this version reads "
                                         f"up to {FORMAT_VERSION}); update QA Desktop to open it",
                             why="too_new", format=fmt, known=FORMAT_VERSION)
        if fmt < 1:
            raise FormInvalid("the file", f"invalid form format {fmt}", why="format_invalid", format=fmt)
        self._known(data, "the form", {"format", "code", "name", "description", "scoring_method",
                                       "critical_pass_mark", "grade_bands", "sections"})
        code = self.code(data.get("code"), "the form")
        method = data.get("scoring_method", "weighted_points")
        if method not in SCORING_METHODS:
            raise FormInvalid("the form", f"unknown scoring_method {method!r} (expected one of {SCORING_METHODS})",
                              why="unknown_value", field="scoring_method", value=repr(method),
                              choices=", ".join(SCORING_METHODS))
        sections_data = data.get("sections")
        if not isinstance(sections_data, list):
            raise FormInvalid("the form", "'sections' must be a list", why="not_list", field="sections")
        sections = [self.section(s, n) for n, s in enumerate(sections_data, 1)]
        seen: dict[str, str] = {}
        for section in sections:
            for item in section.items:
                if item.code in seen:
                    raise FormInvalid(f"item {item.code}", f"duplicate item code (also in section {seen[item.code]})",
                                      why="duplicate_item", section=seen[item.code])
                seen[item.code] = section.code
        section_codes = [s.code for s in sections]
        for section_code in section_codes:
            if section_codes.count(section_code) > 1:
                raise FormInvalid(f"section {section_code}", "duplicate section code", why="duplicate_section")
        return FormDefinition(
            code=code,
            name=self.ltext(data.get("name"), "the form", "name", required=True),
            description=self.ltext(data.get("description"), "the form", "description"),
            sections=sections,
            scoring_method=method,
            grade_bands=self.grade_bands(data.get("grade_bands")),
            critical_pass_mark=self.decimal(data.get("critical_pass_mark", 100), "the form", "critical_pass_mark",
                                            low=Decimal(0), high=Decimal(100)),
        )

    def section(self, data: Any, number: int) -> Section:
        where = f"section #{number}"
        if not isinstance(data, dict):
            raise FormInvalid(where, "a section must be a JSON object", why="not_object")
        code = self.code(data.get("code"), where)
        where = f"section {code}"
        self._known(data, where, {"code", "title", "weight", "allow_over_100", "items"})
        items_data = data.get("items", [])
        if not isinstance(items_data, list):
            raise FormInvalid(where, "'items' must be a list", why="not_list", field="items")
        return Section(
            code=code,
            title=self.ltext(data.get("title"), where, "title", required=True),
            weight=self.decimal(data.get("weight", 1), where, "weight", low=Decimal(0)),
            allow_over_100=self.boolean(data.get("allow_over_100", False), where, "allow_over_100"),
            items=[self.item(i, where, n) for n, i in enumerate(items_data, 1)],
        )

    def item(self, data: Any, section_where: str, number: int) -> Item:
        if not isinstance(data, dict):
            raise FormInvalid(f"{section_where}, item #{number}", "an item must be a JSON object", why="not_object")
        code = self.code(data.get("code"), f"{section_where}, item #{number}")
        where = f"item {code}"
        self._known(data, where, {"code", "type", "text", "guidance", "points", "options", "na_allowed", "na_mode",
                                  "na_points", "comment_required_on_loss", "critical", "bonus", "fatal", "checks"})
        kind = data.get("type")
        if kind not in ITEM_TYPES:
            raise FormInvalid(where, f"unknown item type {kind!r} (expected one of {', '.join(ITEM_TYPES)})",
                              why="unknown_value", field="type", value=repr(kind), choices=", ".join(ITEM_TYPES))
        item = Item(code=code, type=kind, text=self.ltext(data.get("text"), where, "text", required=True),
                    guidance=self.ltext(data.get("guidance"), where, "guidance"))
        if kind in ("yes_no", "yes_no_na"):
            if "options" in data:
                raise FormInvalid(where, f"a {kind} item has no 'options'; give its 'points'",
                                  why="options_not_allowed", kind=kind)
            item.points = self.decimal(data.get("points", 1), where, "points", low=Decimal(0))
        else:
            item.options = self.options(data.get("options"), where, kind)
            if "points" in data:
                points = self.decimal(data["points"], where, "points", low=Decimal(0))
                if points != item.max_points:
                    raise FormInvalid(where, f"'points' is {points} but the options are worth {item.max_points}; "
                                             "leave 'points' out or make them agree",
                                      why="points_disagree", points=points, total=item.max_points)
            item.points = item.max_points
        item.na_allowed = self.boolean(data.get("na_allowed", kind == "yes_no_na"), where, "na_allowed")
        if kind == "yes_no_na" and not item.na_allowed:
            raise FormInvalid(where, "a yes_no_na item always allows N/A (na_allowed cannot be false)",
                              why="na_required")
        item.na_mode = data.get("na_mode", "exclude")
        if item.na_mode not in NA_MODES:
            raise FormInvalid(where, f"unknown na_mode {item.na_mode!r} (expected one of {', '.join(NA_MODES)})",
                              why="unknown_value", field="na_mode", value=repr(item.na_mode),
                              choices=", ".join(NA_MODES))
        if item.na_mode == "fixed":
            if data.get("na_points") is None:
                raise FormInvalid(where, "na_mode 'fixed' needs 'na_points'", why="na_points_needed")
            item.na_points = self.decimal(data["na_points"], where, "na_points", low=Decimal(0))
            if item.na_points > item.max_points:
                raise FormInvalid(where, f"na_points {item.na_points} is more than the item is worth "
                                         f"({item.max_points})", why="na_points_too_high", na_points=item.na_points,
                                  total=item.max_points)
        elif data.get("na_points") is not None:
            raise FormInvalid(where, "'na_points' is only used with na_mode 'fixed'", why="na_points_unused")
        if not item.allows_na and "na_mode" in data and item.na_mode != "exclude":
            raise FormInvalid(where, "na_mode is set but N/A is not allowed (set na_allowed: true)",
                              why="na_mode_without_na")
        item.comment_required_on_loss = self.boolean(data.get("comment_required_on_loss", False), where,
                                                      "comment_required_on_loss")
        item.critical = self.boolean(data.get("critical", False), where, "critical")
        item.bonus = self.boolean(data.get("bonus", False), where, "bonus")
        if item.bonus and item.critical:
            raise FormInvalid(where, "a bonus item cannot also be critical", why="bonus_critical")
        if data.get("fatal") is not None:
            item.fatal = self.fatal(data["fatal"], where, item)
        item.checks = parse_checks(data.get("checks"), where, kind)
        return item

    def options(self, data: Any, where: str, kind: str) -> list[Option]:
        if not isinstance(data, list) or len(data) < (1 if kind == "checklist" else 2):
            raise FormInvalid(where, f"a {kind} item needs a list of "
                                     f"{'at least one entry' if kind == 'checklist' else 'at least two options'}",
                              why="options_too_few", kind=kind, least=1 if kind == "checklist" else 2)
        options = []
        for number, entry in enumerate(data, 1):
            owhere = f"{where}, option #{number}"
            if not isinstance(entry, dict):
                raise FormInvalid(owhere, "an option must be a JSON object", why="not_object")
            self._known(entry, owhere, {"value", "label", "points"})
            value = entry.get("value")
            if kind == "scale":
                if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_FORM_NUMBER:
                    raise FormInvalid(owhere, f"a scale point must be a whole number of points from 0 to "
                                              f"{MAX_FORM_NUMBER}, got {_shown(value)}",
                                      why="scale_point", most=MAX_FORM_NUMBER, value=_shown(value))
                if "points" in entry and self.decimal(entry["points"], owhere, "points") != value:
                    raise FormInvalid(owhere, "a scale point is worth its value; leave 'points' out",
                                      why="scale_points_given")
                points = Decimal(value)
            else:
                if not isinstance(value, str) or not value.strip() or value == "na":
                    raise FormInvalid(owhere,
                                      f"an option value must be a non-empty text other than 'na', got {value!r}",
                                      why="option_value", value=_shown(value))
                points = self.decimal(entry.get("points", 0), owhere, "points", low=Decimal(0))
            options.append(Option(value=value, label=self.ltext(entry.get("label"), owhere, "label",
                                                                required=kind != "scale"), points=points))
        values = [o.value for o in options]
        for value in values:
            if values.count(value) > 1:
                raise FormInvalid(where, f"option value {value!r} appears twice", why="option_twice",
                                  value=_shown(value))
        return options

    def fatal(self, data: Any, where: str, item: Item) -> Fatal:
        if not isinstance(data, dict):
            raise FormInvalid(where, "'fatal' must be an object with 'answers' and 'effect'", why="fatal_not_object")
        self._known(data, f"{where} (fatal)", {"answers", "effect"})
        answers = data.get("answers")
        if not isinstance(answers, list) or not answers:
            raise FormInvalid(where, "'fatal' needs the list of 'answers' that trigger it", why="fatal_no_answers")
        for answer in answers:
            if answer == "na":
                raise FormInvalid(where, "N/A cannot trigger a fatal rule", why="fatal_na")
            probe = [answer] if item.type == "checklist" else answer
            if item.check_answer(probe) is not None:
                raise FormInvalid(where, f"fatal answer {answer!r} is not a possible answer "
                                         f"(possible: {item.answer_values()})", why="fatal_answer",
                                  value=_shown(answer), choices=", ".join(map(str, item.answer_values())))
        effect = data.get("effect", "zero_total")
        if effect not in FATAL_EFFECTS:
            raise FormInvalid(where, f"unknown fatal effect {effect!r} (expected one of {', '.join(FATAL_EFFECTS)})",
                              why="unknown_value", field="effect", value=_shown(effect),
                              choices=", ".join(FATAL_EFFECTS))
        if item.bonus:
            raise FormInvalid(where, "a bonus item cannot be fatal", why="bonus_fatal")
        if item.type != "checklist" and len(answers) == len(item.answer_values()):
            raise FormInvalid(where, "every possible answer triggers the fatal rule", why="fatal_every_answer")
        return Fatal(answers=list(answers), effect=effect)

    def grade_bands(self, data: Any) -> list[GradeBand]:
        if data is None:
            return default_grade_bands()
        if not isinstance(data, list) or not data:
            raise FormInvalid("grade bands", "'grade_bands' must be a non-empty list", why="empty_list",
                              field="grade_bands")
        bands = []
        for number, entry in enumerate(data, 1):
            where = f"grade band #{number}"
            if not isinstance(entry, dict):
                raise FormInvalid(where, "a grade band must be a JSON object", why="not_object")
            if entry.get("code") not in GRADE_CODES:
                raise FormInvalid(where, f"grade code must be one of {', '.join(GRADE_CODES)}", why="unknown_value",
                                  field="grade", value=_shown(entry.get("code")), choices=", ".join(GRADE_CODES))
            bands.append(GradeBand(entry["code"], self.ltext(entry.get("label"), where, "label", required=True),
                                   self.decimal(entry.get("min"), where, "min", low=Decimal(0))))
        codes = [b.code for b in bands]
        if len(set(codes)) != len(codes):
            raise FormInvalid("grade bands", "a grade code appears twice", why="band_twice")
        for higher, lower in zip(bands, bands[1:]):
            if lower.min >= higher.min:
                raise FormInvalid(f"grade band {lower.code}",
                                  "grade bands must be listed from the highest minimum to the lowest", why="band_order")
        if bands[-1].min != 0:
            raise FormInvalid(f"grade band {bands[-1].code}", "the lowest grade band must start at 0",
                              why="band_lowest")
        return bands

    # -- scalars -------------------------------------------------------------------------------
    @staticmethod
    def _known(data: dict, where: str, keys: set[str]) -> None:
        unknown = sorted(set(data) - keys)
        if unknown:
            raise FormInvalid(where, f"unknown field(s) {', '.join(unknown)}", why="unknown_fields",
                              fields=", ".join(unknown))

    @staticmethod
    def code(value: Any, where: str) -> str:
        if not isinstance(value, str) or not _CODE_RE.match(value):
            raise FormInvalid(where, f"missing or invalid code {value!r} (letters, digits, _ . - ; up to 64)",
                              why="bad_code", value=_shown(value))
        return value

    @staticmethod
    def boolean(value: Any, where: str, name: str) -> bool:
        if not isinstance(value, bool):
            raise FormInvalid(where, f"'{name}' must be true or false, got {value!r}", why="not_boolean", field=name,
                              value=_shown(value))
        return value

    @staticmethod
    def decimal(value: Any, where: str, name: str, low: Decimal | None = None,
                high: Decimal | None = None) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)) or len(str(value)) > 40:
            raise FormInvalid(where, f"'{name}' must be a number, got {_shown(value)}", why="not_number", field=name,
                              value=_shown(value))
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            raise FormInvalid(where, f"'{name}' must be a number, got {value!r}", why="not_number", field=name,
                              value=_shown(value)) from None
        if not number.is_finite():
            raise FormInvalid(where, f"'{name}' must be a finite number", why="not_finite", field=name)
        # Bounded before any arithmetic: 1e999999 points took 37 s to refuse, 1e308 crashed scoring.
        if abs(number) > MAX_FORM_NUMBER:
            raise FormInvalid(where, f"'{name}' must be at most {MAX_FORM_NUMBER}, got {_shown(value)}", why="at_most",
                              field=name, most=MAX_FORM_NUMBER, value=_shown(value))
        exponent = number.normalize().as_tuple().exponent
        assert isinstance(exponent, int)  # only NaN and infinity have a letter here, refused just above
        if exponent < -MAX_DECIMALS:
            raise FormInvalid(where, f"'{name}' may have at most {MAX_DECIMALS} decimals, got {_shown(value)}",
                              why="decimals", field=name, most=MAX_DECIMALS, value=_shown(value))
        if low is not None and number < low:
            raise FormInvalid(where, f"'{name}' must be at least {low}, got {value}", why="at_least", field=name,
                              least=low, value=_shown(value))
        if high is not None and number > high:
            raise FormInvalid(where, f"'{name}' must be at most {high}, got {value}", why="at_most", field=name,
                              most=high, value=_shown(value))
        return number

    @staticmethod
    def ltext(value: Any, where: str, name: str, required: bool = False) -> LText:
        if value is None or value == {} or value == "":
            if required:
                raise FormInvalid(where, f"'{name}' text is missing", why="text_missing", field=name)
            return {}
        if isinstance(value, str):
            return {"zh_CN": value}
        if not isinstance(value, dict):
            raise FormInvalid(where, f"'{name}' must be a text or a {{language: text}} object", why="text_shape",
                              field=name)
        for lang, text in value.items():
            if lang not in LANGS:
                raise FormInvalid(where, f"'{name}' has unknown language {lang!r} (expected {', '.join(LANGS)})",
                                  why="text_language", field=name, value=_shown(lang), choices=", ".join(LANGS))
            if not isinstance(text, str):
                raise FormInvalid(where, f"'{name}' in {lang} must be text", why="text_not_text", field=name,
                                  value=lang)
        if required and not any(t.strip() for t in value.values()):
            raise FormInvalid(where, f"'{name}' text is missing", why="text_missing", field=name)
        return dict(value)


def looks_inverted(item: Item) -> bool:
    """A fatal rule triggered by the answer that earns the most looks like a mistake.

    A fatal answer is meant to be the worst one ("no" to "stayed polite"); triggering on "yes",
    on the top of a scale or on a checklist entry that earns points is almost always inverted.
    """
    if item.fatal is None:
        return False
    if item.type in ("yes_no", "yes_no_na"):
        return "yes" in item.fatal.answers
    if item.type == "checklist":
        return any((o.points > 0) for o in item.options if o.value in item.fatal.answers)
    top = item.max_points
    low = min(o.points for o in item.options)
    return top > low and any(o.points == top for o in item.options if o.value in item.fatal.answers)


def publish_problems(form: FormDefinition) -> list[Problem]:
    problems: list[Problem] = []
    if not form.sections:
        problems.append(Problem("no_sections", "the form", "The form has no sections."))
    seen: set[str] = set()
    section_seen: set[str] = set()
    for section in form.sections:
        where = f"section {section.code}"
        if section.code in section_seen:
            problems.append(Problem("duplicate_code", where, f"Section code {section.code} is used twice."))
        section_seen.add(section.code)
        if section.weight <= 0:
            problems.append(Problem("weight", where, f"Section weight must be more than 0 (is {section.weight}).",
                                    params={"weight": str(section.weight)}))
        if not section.items:
            problems.append(Problem("empty_section", where, "The section has no items."))
        elif all(i.bonus for i in section.items):
            problems.append(Problem("bonus_only_section", where,
                                    "The section has only bonus items, so it has no points to score against."))
        elif sum((i.max_points for i in section.items if not i.bonus), Decimal(0)) == 0:
            problems.append(Problem("zero_points_section", where, "The section's items are worth 0 points."))
        for item in section.items:
            iwhere = f"item {item.code}"
            if item.code in seen:
                problems.append(Problem("duplicate_code", iwhere, f"Item code {item.code} is used twice."))
            seen.add(item.code)
            if item.fatal is not None and looks_inverted(item):
                problems.append(Problem(
                    "fatal_inverted", iwhere,
                    f"The fatal rule triggers on {', '.join(map(str, item.fatal.answers))}, the answer that earns "
                    "full points; a fatal answer should be the failing one (e.g. 'no' to 'stayed polite').",
                    params={"answers": ", ".join(map(str, item.fatal.answers))}))
            missing = [lang for lang in LANGS if not item.text.get(lang)]
            if missing:
                problems.append(Problem("translation", iwhere, f"Item text missing in {', '.join(missing)}.",
                                        "warning", {"languages": ", ".join(missing)}))
            if item.bonus and not section.allow_over_100:
                problems.append(Problem(
                    "bonus_capped", iwhere, "Bonus item in a section that does not allow more than 100%: it can only "
                    "make up for points lost in that section.", "warning"))
    if form.scoring_method == "section_percent":
        total = sum((s.weight for s in form.sections), Decimal(0))
        if form.sections and total != 100:
            problems.append(Problem("weights_sum", "the form",
                                    f"Section weights add up to {total}, not 100.", "warning", {"total": str(total)}))
    return problems
