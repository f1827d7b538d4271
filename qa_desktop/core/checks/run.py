"""A form's automatic checks on one call: suggested answers with their evidence, and risks.

Input is what is stored with a call: its transcript lines (both sides) and its analysis dict.
The analysis is read defensively (older analyses have no ``hold`` spans; a mono call has no
talk ratio), and a check without the data it needs gives no suggestion rather than a guess.

A wait is a ``hold`` span of the analysis or dead air (nobody speaks: a muted line is a hold
too); without an analysis, a gap in the transcript where neither side says anything.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from qa_desktop.core.checks.matching import (
    PhraseMatcher,
    ProhibitedWords,
    normalise,
    outermost,
    sound_of_normalised,
)
from qa_desktop.core.scoring.checks import Check
from qa_desktop.core.scoring.form import FormDefinition, Item

Span = tuple[float, float]  # (start, end) in seconds
EVIDENCE_LINES = 3  # lines shown per failed check: enough to judge, few enough to read


@dataclass(frozen=True)
class Evidence:
    side: str            # agent | customer | audio (a span of the analysis)
    start_s: float
    end_s: float
    text: str = ""
    fact: str | None = None  # for audio evidence: hold | dead_air | talk_over | duration | talk_ratio
    value: float | None = None

    def to_dict(self) -> dict:
        data: dict[str, Any] = {"side": self.side, "start_s": round(self.start_s, 2), "end_s": round(self.end_s, 2),
                                "text": self.text}
        if self.fact:
            data["fact"] = self.fact
            data["value"] = self.value
        return data


@dataclass
class Outcome:
    """One check on one call: passed (True/False), or None when it does not apply or lacks data."""

    check: Check
    passed: bool | None
    # found | not_found | prohibited | clean | within | exceeded | no_hold | no_transcript | no_analysis
    reason: str
    evidence: list[Evidence] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # prohibited words found


@dataclass
class Suggestion:
    item: str
    answer: str          # yes | no | na
    evidence: list[Evidence]
    outcomes: list[Outcome]

    @property
    def risks(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.check.risk and o.passed is False]

    def to_dict(self) -> dict:
        return {"item": self.item, "answer": self.answer, "evidence": [e.to_dict() for e in self.evidence]}


@dataclass
class CallFacts:
    lines: list            # TranscriptLine-like: side, start_s, end_s, text; in time order
    analysis: dict | None
    duration_s: float | None = None
    _plain: list[str] | None = field(default=None, repr=False)
    _sound: list[str] | None = field(default=None, repr=False)
    _joined: dict = field(default_factory=dict, repr=False)
    _waits: list | None = field(default=None, repr=False)

    @property
    def duration(self) -> float | None:
        value = (self.analysis or {}).get("duration_s") if isinstance(self.analysis, dict) else None
        if isinstance(value, (int, float)):
            return float(value)
        if self.duration_s:
            return float(self.duration_s)
        return max((line.end_s for line in self.lines), default=None)

    # Each line is normalised and turned into sound once per call, whatever the number of checks.
    def _plains(self) -> list[str]:
        if self._plain is None:
            self._plain = [normalise(line.text) for line in self.lines]
        return self._plain

    def plain(self, index: int) -> str:
        return self._plains()[index]

    def sound(self, index: int) -> str:
        if self._sound is None:
            self._sound = [sound_of_normalised(text) for text in self._plains()]
        return self._sound[index]

    def indexes(self, by: str) -> list[int]:
        return [n for n, line in enumerate(self.lines) if by == "any" or line.side == by]

    def joined(self, by: str) -> tuple[str, str, list[int], list[int]]:
        """One side's words as one text and its sound ("|" between lines), each line's start, its index."""
        if by not in self._joined:
            indexes = self.indexes(by)
            starts, position = [], 0
            for index in indexes:
                starts.append(position)
                position += len(self.plain(index)) + 1
            plain = "|".join(self.plain(n) for n in indexes)
            self._joined[by] = (plain, sound_of_normalised(plain), starts, indexes)
        return self._joined[by]


def _spans(analysis: dict | None, key: str) -> list[tuple[float, float]]:
    spans = analysis.get(key) if isinstance(analysis, dict) else None
    out = []
    for span in spans if isinstance(spans, list) else []:
        try:
            if isinstance(span, dict):
                out.append((float(span["start_s"]), float(span["end_s"])))
            else:
                out.append((float(span[0]), float(span[1])))
        except (KeyError, TypeError, ValueError, IndexError):
            continue
    return out


def waits(facts: CallFacts, longer_than_s: float) -> list[tuple[float, float]]:
    """Spans where the customer waited longer than ``longer_than_s``: holds and dead air, merged."""
    if facts._waits is None:
        if isinstance(facts.analysis, dict):
            spans = sorted(_spans(facts.analysis, "hold") + _spans(facts.analysis, "dead_air"))
        else:
            spans, last_end = [], None
            for line in facts.lines:
                if last_end is not None and line.start_s > last_end:
                    spans.append((last_end, line.start_s))
                last_end = line.end_s if last_end is None else max(last_end, line.end_s)
        merged: list[list[float]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1] + 0.5:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        facts._waits = [(s, e) for s, e in merged]
    return [(s, e) for s, e in facts._waits if e - s > longer_than_s]


def _evidence(line) -> Evidence:
    return Evidence(line.side, line.start_s, line.end_s, line.text)


class CompiledCheck:
    """A check with its matchers built once, to run on many calls."""

    def __init__(self, check: Check):
        self.check = check
        self.phrases = PhraseMatcher(check.phrases, check.similarity) if check.kind == "said" else None
        self.prohibited = ProhibitedWords(check.phrases) if check.kind == "not_said" else None

    def run(self, facts: CallFacts) -> Outcome:
        check = self.check
        if check.kind == "audio":
            return self._audio(facts)
        if not facts.lines:
            return Outcome(check, None, "no_transcript")
        if check.kind == "not_said":
            assert self.prohibited is not None  # built in __init__ for every not_said check
            plain, spoken, starts, indexes = facts.joined(check.by)
            said: dict[int, list[str]] = {}
            for end, word in self.prohibited.find_at(plain, spoken):
                said.setdefault(indexes[bisect.bisect_right(starts, end) - 1], []).append(word)
            hits = [_evidence(facts.lines[n]) for n in sorted(said)]
            words = outermost([w for n in sorted(said) for w in said[n]])
            return Outcome(check, not hits, "prohibited" if hits else "clean", hits, words)
        phrases = self.phrases
        assert phrases is not None  # built in __init__ for every said check, the only kind left here
        windows = self._windows(facts, facts.indexes(check.by))
        if windows is None:
            return Outcome(check, None, "no_hold")
        missing: list[Evidence] = []
        found: list[Evidence] = []
        for wait, window in windows:
            hit = next((n for n in window if phrases.score(
                "", plain=facts.plain(n), spoken=facts.sound(n)) >= phrases.similarity), None)
            if hit is not None:
                found.append(_evidence(facts.lines[hit]))
            else:
                missing += [_evidence(facts.lines[n]) for n in window[:EVIDENCE_LINES]]
                if wait is not None:
                    missing.append(Evidence("audio", wait[0], wait[1], fact="hold", value=round(wait[1] - wait[0], 1)))
        if missing or not found:
            return Outcome(check, False, "not_found", missing)
        return Outcome(check, True, "found", found)

    def _windows(self, facts: CallFacts, indexes: list[int]) -> list[tuple[Span | None, list[int]]] | None:
        """Where the phrase must be said: (the wait, if any; the indexes of the lines to look in)."""
        check, lines = self.check, facts.lines
        if check.at == "anywhere":
            return [(None, indexes)]
        if check.at == "start":
            return [(None, [n for n in indexes if lines[n].start_s < check.within_s])]
        if check.at == "end":
            end = facts.duration or 0.0
            return [(None, [n for n in reversed(indexes) if lines[n].end_s > end - check.within_s])]  # last first
        spans = waits(facts, check.hold_over_s)
        if not spans:
            return None
        out: list[tuple[Span | None, list[int]]] = []
        for start, end in spans:
            if check.at == "before_hold":
                window = [n for n in indexes if start - check.within_s <= lines[n].end_s <= start + 1.0]
                window.reverse()  # the words just before the wait first
            else:
                window = [n for n in indexes if end - 1.0 <= lines[n].start_s <= end + check.within_s]
            out.append(((start, end), window))
        return out

    def _audio(self, facts: CallFacts) -> Outcome:
        check, analysis = self.check, facts.analysis
        if not isinstance(analysis, dict):
            return Outcome(check, None, "no_analysis")
        evidence: list[Evidence] = []
        fact = check.fact
        if fact in ("dead_air_s", "hold_s"):
            spans = _spans(analysis, "dead_air") if fact == "dead_air_s" else waits(facts, 0.0)
            value = max((e - s for s, e in spans), default=0.0)
            limit = check.max if check.max is not None else float("inf")
            name = "dead_air" if fact == "dead_air_s" else "hold"
            evidence = [Evidence("audio", s, e, fact=name, value=round(e - s, 1)) for s, e in spans if e - s > limit]
        elif fact == "talk_over_count":
            if analysis.get("mono"):
                return Outcome(check, None, "no_analysis")
            spans = _spans(analysis, "talk_over")
            value = float(len(spans))
            if check.max is not None and value > check.max:
                evidence = [Evidence("audio", s, e, fact="talk_over", value=round(e - s, 1)) for s, e in spans]
        elif fact == "duration_s":
            duration = facts.duration
            if duration is None:
                return Outcome(check, None, "no_analysis")
            value = duration
            if check.max is not None and value > check.max:
                evidence = [Evidence("audio", check.max, value, fact="duration", value=round(value, 1))]
        else:  # agent_talk_ratio
            ratio = (analysis.get("talk_ratio") or {}).get("agent") if isinstance(analysis.get("talk_ratio"),
                                                                                   dict) else None
            if not isinstance(ratio, (int, float)):
                return Outcome(check, None, "no_analysis")
            value = float(ratio)
            evidence = [Evidence("audio", 0.0, facts.duration or 0.0, fact="talk_ratio", value=round(value, 3))]
        within = (check.max is None or value <= check.max) and (check.min is None or value >= check.min)
        return Outcome(check, within, "within" if within else "exceeded", [] if within else evidence)


class CompiledForm:
    """A form's checks, built once; ``run(facts)`` gives the suggestions for one call."""

    def __init__(self, definition: FormDefinition):
        self.items: list[tuple[Item, list[CompiledCheck]]] = [
            (item, [CompiledCheck(check) for check in item.checks])
            for _, item in definition.items() if item.checks]

    def __bool__(self) -> bool:
        return bool(self.items)

    def run(self, facts: CallFacts) -> list[Suggestion]:
        suggestions = []
        for item, checks in self.items:
            outcomes = [check.run(facts) for check in checks]
            failed = [o for o in outcomes if o.passed is False]
            passed = [o for o in outcomes if o.passed is True]
            if failed:
                answer, evidence = "no", [e for o in failed for e in o.evidence]
            elif passed:
                answer, evidence = "yes", [e for o in passed for e in o.evidence]
            elif item.allows_na and outcomes and all(o.reason == "no_hold" for o in outcomes):
                answer, evidence = "na", []
            else:
                continue  # nothing to go on: no suggestion rather than a guess
            evidence = list(dict.fromkeys(evidence))  # two checks of an item may point at the same line
            suggestions.append(Suggestion(item.code, answer, evidence, outcomes))
        return suggestions


def risks_of(suggestions: list[Suggestion]) -> list[dict]:
    """What makes a call worth a targeted look: the failed checks marked as risks."""
    out = []
    for suggestion in suggestions:
        for outcome in suggestion.risks:
            risk = {"item": suggestion.item, "kind": outcome.check.kind, "reason": outcome.reason,
                    "evidence": [e.to_dict() for e in outcome.evidence]}
            if outcome.words:
                risk["words"] = outcome.words
            out.append(risk)
    return out


def suggest(definition: FormDefinition, lines, analysis: dict | None, duration_s: float | None = None
            ) -> list[Suggestion]:
    return CompiledForm(definition).run(CallFacts(list(lines), analysis, duration_s))
