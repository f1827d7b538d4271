"""Automatic checks a form item can carry (part of the form definition JSON, Qt-free).

An item's ``"checks"`` is a list; the item's suggested answer is "yes" when every check that
applies passes, "no" when one fails, and N/A (for items that allow it) when none applies (a
"before a hold" check on a call without a hold). Three kinds:

- ``said``: one of ``phrases`` is said (matched by sound and tolerantly, see :mod:`.matching`)
  ``by`` the agent, the customer or anyone, ``at``: anywhere, the ``start`` or ``end`` of the
  call (``within_s``), or ``before_hold`` / ``after_hold`` (``within_s`` of a hold longer than
  ``hold_over_s``);
- ``not_said``: none of ``phrases`` (prohibited words, 服务禁语) is said ``by`` that side;
- ``audio``: a fact of the stored call analysis stays within ``max`` (and above ``min``):
  ``dead_air_s`` (longest), ``hold_s`` (longest), ``talk_over_count``, ``duration_s``,
  ``agent_talk_ratio``.

``risk: true`` marks a failure as a screening risk: it feeds the targeted sampling quota.
Every number is bounded, so a typo cannot make a check silently never (or always) fire.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qa_desktop.core.scoring.errors import FormInvalid

KINDS = ("said", "not_said", "audio")
SPEAKERS = ("agent", "customer", "any")
PLACES = ("anywhere", "start", "end", "before_hold", "after_hold")
# fact -> (lowest, highest) a threshold may be
AUDIO_FACTS = {
    "dead_air_s": (0.0, 3600.0),
    "hold_s": (0.0, 3600.0),
    "talk_over_count": (0.0, 1000.0),
    "duration_s": (0.0, 36000.0),
    "agent_talk_ratio": (0.0, 1.0),
}
MAX_PHRASES = 100
MAX_PHRASE_CHARS = 40
CHECKABLE_TYPES = ("yes_no", "yes_no_na")


class CheckInvalid(FormInvalid):
    """A check the form cannot hold; ``why`` and ``values`` let the designer say it in the user's language."""

    def __init__(self, where: str, reason: str, why: str, **values):
        super().__init__(where, reason, why=why, **values)


@dataclass
class Check:
    kind: str
    phrases: list[str] = field(default_factory=list)
    by: str = "agent"
    at: str = "anywhere"
    within_s: float = 15.0
    hold_over_s: float = 10.0
    similarity: int = 85          # lowest pinyin similarity (0-100) that counts as said
    fact: str | None = None
    min: float | None = None
    max: float | None = None
    risk: bool = False

    def to_dict(self) -> dict:
        data: dict[str, Any] = {"kind": self.kind}
        if self.kind == "audio":
            data["fact"] = self.fact
            if self.min is not None:
                data["min"] = _plain(self.min)
            if self.max is not None:
                data["max"] = _plain(self.max)
        else:
            data["phrases"] = list(self.phrases)
            data["by"] = self.by
        if self.kind == "said":
            data["at"] = self.at
            if self.at != "anywhere":
                data["within_s"] = _plain(self.within_s)
            if self.at in ("before_hold", "after_hold"):
                data["hold_over_s"] = _plain(self.hold_over_s)
            data["similarity"] = self.similarity
        if self.risk:
            data["risk"] = True
        return data


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


def _number(data: dict, key: str, where: str, low: float, high: float) -> float | None:
    """The number under ``key``, or None when it is absent or null."""
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise CheckInvalid(where, f"'{key}' must be a number, got {value!r}", "number", key=key)
    if not low <= float(value) <= high:
        raise CheckInvalid(where, f"'{key}' must be between {_plain(low)} and {_plain(high)}, got {value}", "range",
                           key=key, low=_plain(low), high=_plain(high), value=_plain(float(value)))
    return float(value)


def _number_or(data: dict, key: str, where: str, low: float, high: float, default: float) -> float:
    """The number under ``key``; ``default`` when it is absent or null (as for 'min' and 'max', null = not given)."""
    value = _number(data, key, where, low, high)
    return default if value is None else value


def parse_checks(data: Any, where: str, item_type: str) -> list[Check]:
    """The item's checks, strictly read; raises :class:`FormInvalid` naming the check and the reason."""
    if data is None:
        return []
    if not isinstance(data, list):
        raise FormInvalid(where, "'checks' must be a list", why="not_list", field="checks")
    if data and item_type not in CHECKABLE_TYPES:
        raise FormInvalid(where, f"only yes/no items can carry automatic checks (this one is {item_type})",
                          why="checks_on_type", kind=item_type)
    return [parse_check(entry, f"{where}, check #{number}") for number, entry in enumerate(data, 1)]


def parse_check(data: Any, where: str) -> Check:
    if not isinstance(data, dict):
        raise FormInvalid(where, "a check must be a JSON object", why="not_object")
    kind = data.get("kind")
    if kind not in KINDS:
        raise FormInvalid(where, f"unknown check kind {kind!r} (expected one of {', '.join(KINDS)})",
                          why="unknown_value", field="kind", value=repr(kind), choices=", ".join(KINDS))
    allowed = {"kind", "risk"} | ({"fact", "min", "max"} if kind == "audio" else {"phrases", "by"}) | (
        {"at", "within_s", "hold_over_s", "similarity"} if kind == "said" else set())
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise FormInvalid(where, f"unknown field(s) {', '.join(unknown)} for a {kind} check", why="unknown_fields",
                          fields=", ".join(unknown))
    risk = data.get("risk", False)
    if not isinstance(risk, bool):
        raise FormInvalid(where, "'risk' must be true or false", why="not_boolean", field="risk",
                          value=repr(data.get("risk")))
    check = Check(kind=kind, risk=risk)
    if kind == "audio":
        fact = data.get("fact")
        if fact not in AUDIO_FACTS:
            raise FormInvalid(where, f"unknown audio fact {fact!r} (expected one of {', '.join(AUDIO_FACTS)})",
                              why="unknown_value", field="fact", value=repr(fact), choices=", ".join(AUDIO_FACTS))
        low, high = AUDIO_FACTS[fact]
        check.fact = fact
        check.min = _number(data, "min", where, low, high)
        check.max = _number(data, "max", where, low, high)
        if check.min is None and check.max is None:
            raise CheckInvalid(where, "an audio check needs 'max' (or 'min')", "no_limit")
        if check.min is not None and check.max is not None and check.min > check.max:
            raise CheckInvalid(where, "'min' is above 'max'", "min_above_max")
        return check
    phrases = data.get("phrases")
    if not isinstance(phrases, list) or not phrases:
        raise CheckInvalid(where, "a phrase check needs a non-empty list of 'phrases'", "no_phrases")
    if len(phrases) > MAX_PHRASES:
        raise CheckInvalid(where, f"at most {MAX_PHRASES} phrases per check", "too_many_phrases", most=MAX_PHRASES)
    for phrase in phrases:
        if not isinstance(phrase, str) or not phrase.strip() or len(phrase.strip()) > MAX_PHRASE_CHARS:
            raise CheckInvalid(where, f"a phrase must be a text of 1 to {MAX_PHRASE_CHARS} characters, got {phrase!r}",
                               "phrase_length", most=MAX_PHRASE_CHARS)
    check.phrases = [p.strip() for p in phrases]
    by = data.get("by", "agent")
    if by not in SPEAKERS:
        raise FormInvalid(where, f"'by' must be one of {', '.join(SPEAKERS)}, got {by!r}", why="unknown_value",
                          field="by", value=repr(by), choices=", ".join(SPEAKERS))
    check.by = by
    if kind == "said":
        at = data.get("at", "anywhere")
        if at not in PLACES:
            raise FormInvalid(where, f"'at' must be one of {', '.join(PLACES)}, got {at!r}", why="unknown_value",
                              field="at", value=repr(at), choices=", ".join(PLACES))
        check.at = at
        check.within_s = _number_or(data, "within_s", where, 1, 3600, 15.0)
        check.hold_over_s = _number_or(data, "hold_over_s", where, 1, 3600, 10.0)
        check.similarity = int(_number_or(data, "similarity", where, 50, 100, 85))
    return check
