"""What need not be listened to: the stretches of a call the player jumps over, and the listening
time that is left.

Where nobody speaks for longer than a threshold (dead air, a hold with or without music) the
player jumps. Each jump keeps ``EDGE_S`` of the silence at both ends, so the last word before
and the first word after are heard whole and the listener hears that time passed. Speech is
never skipped: the plan is made from the speech spans of the stored analysis, every side's.
"""
from __future__ import annotations

from qa_desktop.core.audio import intervals

DEFAULT_MIN_SKIP_S = 2.0
EDGE_S = 0.3

Span = tuple[float, float]


def _spans(entries) -> list[Span]:
    out = []
    for entry in entries or []:
        try:
            if isinstance(entry, dict):
                start, end = float(entry["start_s"]), float(entry["end_s"])
            else:
                start, end = float(entry[0]), float(entry[1])
        except (KeyError, TypeError, ValueError, IndexError):
            continue
        if end > start:
            out.append((start, end))
    return out


def skip_plan(analysis: dict | None, min_skip_s: float = DEFAULT_MIN_SKIP_S, edge_s: float = EDGE_S) -> list[Span]:
    """The spans (start_s, end_s) to jump over: silences of every side longer than ``min_skip_s``,
    less ``edge_s`` at each end. Empty without an analysis that says who speaks when."""
    if not analysis or min_skip_s <= 0:
        return []
    duration = analysis.get("duration_s")
    speech = analysis.get("speech")
    if not isinstance(duration, (int, float)) or not isinstance(speech, list):
        return []
    sides = [_spans(side) for side in speech if isinstance(side, list)]
    if not any(sides):  # nobody speaks at all: a failed analysis, not a call to skip whole
        return []
    plan = []
    for start, end in intervals.silent_spans(sides, float(duration), min_skip_s):
        start = start + edge_s if start > 0 else start  # nothing to hear before the first word
        end = end - edge_s if end < duration else end
        if end - start > 0.05:
            plan.append((round(start, 3), round(end, 3)))
    return plan


def skipped_s(plan: list[Span]) -> float:
    return intervals.total(plan)


def listening_time_s(duration_s: float, plan: list[Span], rate: float = 1.0) -> float:
    """How long listening to the whole call takes at ``rate`` when the plan's spans are jumped."""
    return max(0.0, float(duration_s) - skipped_s(plan)) / max(rate, 0.01)


def skip_at(plan: list[Span], position_s: float, came_from_s: float, tolerance_s: float = 0.25) -> Span | None:
    """The span playback should jump over now: the one ``position_s`` is in, provided playback
    came into it from before its start (a click into the middle of a silence is not skipped)."""
    for start, end in plan:
        if start <= position_s < end and came_from_s < start + tolerance_s:
            return start, end
    return None
