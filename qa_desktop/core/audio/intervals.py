"""Time spans (start_s, end_s): merging, silences between them, overlaps between two sides.

Shared by the call analysis and the synthetic-call truth, so both use one definition of
dead air and talk-over.
"""
from __future__ import annotations

Span = tuple[float, float]


def merge(spans) -> list[Span]:
    merged: list[list[float]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def bridged(spans, gap_s: float) -> list[Span]:
    """``spans`` (in order) with the gaps shorter than ``gap_s`` closed: a breath does not end a turn."""
    out: list[list[float]] = []
    for start, end in spans:
        if out and start - out[-1][1] < gap_s:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def silent_spans(speech, duration_s: float, minimum_s: float) -> list[Span]:
    """Where no channel speaks for at least ``minimum_s`` (the start and end of the call count)."""
    busy = merge([span for channel in speech for span in channel])
    gaps, cursor = [], 0.0
    for start, end in busy + [(duration_s, duration_s)]:
        if start - cursor >= minimum_s:
            gaps.append((cursor, start))
        cursor = max(cursor, end)
    return gaps


def overlapping_spans(first, second, minimum_s: float) -> list[Span]:
    """Where both sides speak at once for at least ``minimum_s``."""
    out = []
    a, b = merge(first), merge(second)
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if end - start >= minimum_s:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def total(spans) -> float:
    return sum(end - start for start, end in merge(spans))


def as_dicts(spans, digits: int = 3) -> list[dict]:
    return [{"start_s": round(float(s), digits), "end_s": round(float(e), digits)} for s, e in spans]
