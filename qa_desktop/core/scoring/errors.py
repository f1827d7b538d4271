"""Errors of scoring forms and answers; each names the item (or section) and the reason."""
from __future__ import annotations

import re

from qa_desktop.core.errors import QADesktopError, ValidationError


class FormInvalid(QADesktopError):
    """A form definition that is malformed or internally inconsistent; nothing was stored."""

    code = "form_invalid"

    def __init__(self, where: str, reason: str, *, why: str | None = None, **values):
        # ``why`` and ``values`` say it again for a translation (core/texts/form_errors.py); the English
        # ``reason`` stays the message of logs and the command line.
        super().__init__(f"Scoring form rejected at {where}: {reason}", where=where, reason=reason)
        self.where = where
        self.reason = reason
        self.why = why
        self.values = values
        # the titles the file gives its items and sections ({"item": {code: {lang: text}}, "section": …}),
        # so a reader is told "item 「礼貌用语」 (greeting)", not only a code; set by FormDefinition.from_dict
        self.titles: dict[str, dict[str, dict[str, str]]] = {}


class FormTooNew(FormInvalid):
    """A form written by a newer QA Desktop (higher ``format`` number)."""

    code = "form_too_new"


class FormLocked(QADesktopError):
    """A form version already used by an evaluation cannot change; a new version is made instead."""

    code = "form_locked"


class FormNotFound(QADesktopError):
    code = "form_not_found"


class AnswersInvalid(QADesktopError):
    """Answers that do not match the form version: never scored silently."""

    code = "answers_invalid"

    def __init__(self, item: str, reason: str):
        super().__init__(f"Answers rejected at item {item}: {reason}", item=item, reason=reason)
        self.item = item
        self.reason = reason


class CommentRequired(ValidationError):
    """Points were lost on items whose form requires a comment saying why."""

    code = "comment_required"

    def __init__(self, items: list[str]):
        super().__init__("A comment is required on items that lost points: " + ", ".join(items), items=items)
        self.items = items


def titles_in(data: object) -> dict[str, dict[str, dict[str, str]]]:
    """The titles a (possibly broken) form file gives its sections and items, by code: whatever reads as a
    title is taken, the rest left out, so a refusal can name an item by its words."""
    found: dict[str, dict[str, dict[str, str]]] = {"section": {}, "item": {}}

    def text(value: object) -> dict[str, str] | None:
        if isinstance(value, str):
            value = {"zh_CN": value}
        if isinstance(value, dict):
            plain = {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str) and v.strip()}
            return plain or None
        return None

    sections = data.get("sections") if isinstance(data, dict) else None
    for section in sections if isinstance(sections, list) else []:
        if not isinstance(section, dict):
            continue
        title = text(section.get("title"))
        if isinstance(section.get("code"), str) and title:
            found["section"].setdefault(section["code"], title)
        items = section.get("items")
        for item in items if isinstance(items, list) else []:
            title = text(item.get("text")) if isinstance(item, dict) else None
            if title and isinstance(item.get("code"), str):
                found["item"].setdefault(item["code"], title)
    return found


# Where a form was refused, as the parser names it ("section greet, item #2, option #1 (fatal)"),
# part by part -> the catalogue's words for it.
_WHERE_PARTS = [
    (re.compile(r"^the file$"), "where.file"), (re.compile(r"^the form$"), "where.form"),
    (re.compile(r"^grade bands$"), "where.bands"), (re.compile(r"^grade band #(\d+)$"), "where.band_no"),
    (re.compile(r"^grade band (.+)$"), "where.band"), (re.compile(r"^section #(\d+)$"), "where.section_no"),
    (re.compile(r"^section (.+)$"), "where.section"), (re.compile(r"^item #(\d+)$"), "where.item_no"),
    (re.compile(r"^item (.+)$"), "where.item"), (re.compile(r"^option #(\d+)$"), "where.option_no"),
    (re.compile(r"^check #(\d+)$"), "where.check_no"),
]


def _title(titles: dict | None, kind: str, code: str | None, lang: str | None) -> str:
    """The title the file gives that item or section, in ``lang`` if it has one (else any it has)."""
    from qa_desktop.core.languages import pick

    text = ((titles or {}).get(kind) or {}).get(code or "")
    return " ".join(pick(text, lang or "en").split()) if isinstance(text, dict) else ""


def form_where_text(where: str, lang: str | None, titles: dict | None = None) -> str:
    """Where a form was refused, in ``lang``; an item or section the file gives a title is named by it,
    its code in brackets (``titles`` as :attr:`FormInvalid.titles`)."""
    from qa_desktop.core import texts

    fatal = where.endswith(" (fatal)")
    parts = []
    for part in (where[:-len(" (fatal)")] if fatal else where).split(", "):
        for pattern, key in _WHERE_PARTS:
            found = pattern.match(part)
            if found:
                name = found.group(1) if found.groups() else None
                if key == "where.band":  # a grade's code, in words
                    name = texts.maybe(f"grade.{name}", lang, str(name))
                title = _title(titles, key[len("where."):], name, lang) if key in ("where.item", "where.section") \
                    else ""
                if title:
                    parts.append(texts.text(f"form_invalid.{key}_titled", lang, name=name, title=title))
                    break
                parts.append(texts.text("form_invalid." + key, lang, name=name) if name is not None
                             else texts.text("form_invalid." + key, lang))
                break
        else:
            parts.append(part)
    text = texts.text("form_invalid.where.separator", lang).join(parts)
    return texts.text("form_invalid.where.fatal", lang, name=text) if fatal else text


def form_error_text(error: FormInvalid, lang: str | None) -> str:
    """Where and why a form was refused, in ``lang``: "Item greet: The points must be a number, not 'x'"."""
    return form_refusal_text(error.where, error.reason, error.why, error.values, lang, error.titles)


def form_refusal_text(where: str, reason: str, why: str | None, values: dict, lang: str | None,
                      titles: dict | None = None) -> str:
    """:func:`form_error_text` from the refusal's parts, as a designer :class:`Problem` keeps them."""
    from qa_desktop.core import texts

    values = dict(values)
    if "key" in values and "field" not in values:  # the automatic checks' numbers name their key
        values["field"] = values["key"]
    if "field" in values:
        values["field"] = texts.maybe(f"form_invalid.field.{values['field']}", lang, str(values["field"]))
    if "kind" in values:
        values["kind"] = texts.maybe(f"form_invalid.type.{values['kind']}", lang, str(values["kind"]))
    section = _title(titles, "section", str(values.get("section", "")), lang)
    if section:  # "also in section …" names it by its title too
        values["section"] = texts.text("form_invalid.named", lang, title=section, name=values["section"])
    key = f"form_invalid.{why}"
    try:
        shown = texts.text(key, lang, **values) if why and texts.has(key) else None
    except (KeyError, IndexError):  # a value the entry does not expect: the catalogue's test keeps them in step
        shown = None
    if shown is None:
        shown = reason if lang in (None, "en") else texts.text("form_invalid.unknown", lang)
    return texts.text("form_invalid.where.reason", lang, where=form_where_text(where, lang, titles), reason=shown)
