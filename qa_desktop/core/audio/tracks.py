"""What the waveform draws, prepared without Qt: per-channel peak envelopes and analysis spans.

``compute_envelope`` runs on a worker thread (it may decode the whole recording): it reads the
audio engine's cached envelope (:mod:`qa_desktop.core.audio.waveform`), whose heavy steps are
NumPy calls that release the GIL, so the GUI thread keeps running while an hour is reduced.

``analysis_spans`` reads ``Call.analysis`` tolerantly (seconds or milliseconds, pairs or
objects), so the overlay works with analyses written by any version of the import.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from qa_desktop.core.audio.waveform import waveform_for
from qa_desktop.core.progress import ProgressSink


@dataclass
class Envelope:
    peaks: np.ndarray  # float32, shape (channels, buckets), 0..1 absolute peak per bucket
    buckets_per_second: float
    duration_s: float

    @property
    def channels(self) -> int:
        return int(self.peaks.shape[0])


def compute_envelope(path: str, content_hash: str | None = None,
                     progress: ProgressSink | None = None) -> Envelope:
    """The audio engine's cached min/max envelope of ``path``, as absolute peaks per channel."""
    waveform = waveform_for(path, content_hash, progress=progress)
    if progress is not None:
        progress.check()
    peaks = np.maximum(np.abs(waveform.mins.astype(np.int32)), np.abs(waveform.maxs.astype(np.int32)))
    peaks = peaks.astype(np.float32) / np.float32(32768.0)
    return Envelope(peaks, 1.0 / waveform.bucket_s, waveform.duration_s)


# -- analysis ------------------------------------------------------------------------------------

@dataclass
class AnalysisSpans:
    dead_air: list[tuple[float, float]] = field(default_factory=list)
    talk_over: list[tuple[float, float]] = field(default_factory=list)
    agent_speech: list[tuple[float, float]] = field(default_factory=list)
    customer_speech: list[tuple[float, float]] = field(default_factory=list)
    agent_channel: int = 0

    @property
    def empty(self) -> bool:
        return not (self.dead_air or self.talk_over or self.agent_speech or self.customer_speech)


def _span(entry, in_ms: bool) -> tuple[float, float] | None:
    try:
        if isinstance(entry, dict):
            for a, b, ms in (("start_s", "end_s", False), ("start", "end", in_ms), ("start_ms", "end_ms", True),
                             ("from", "to", in_ms)):
                if a in entry and b in entry:
                    start, end = float(entry[a]), float(entry[b])
                    return (start / 1000, end / 1000) if ms else (start, end)
            return None
        start, end = float(entry[0]), float(entry[1])
        return (start / 1000, end / 1000) if in_ms else (start, end)
    except (TypeError, ValueError, IndexError, KeyError):
        return None


def _spans(value, in_ms: bool = False) -> list[tuple[float, float]]:
    if isinstance(value, dict):
        for key in ("spans", "segments", "items"):
            if key in value:
                return _spans(value[key], in_ms)
        return []
    if not isinstance(value, (list, tuple)):
        return []
    found = [_span(e, in_ms) for e in value]
    return [s for s in found if s is not None and s[1] > s[0]]


def _first(analysis: dict, *keys):
    for key in keys:
        if key in analysis and analysis[key] is not None:
            return analysis[key], key.endswith("_ms")
    return None, False


def analysis_spans(analysis: dict | None) -> AnalysisSpans:
    if not analysis:
        return AnalysisSpans()
    result = AnalysisSpans()
    agent_channel = analysis.get("agent_channel", 0)
    result.agent_channel = agent_channel if agent_channel in (0, 1) else 0
    value, ms = _first(analysis, "dead_air", "dead_air_spans", "dead_air_ms", "silences")
    result.dead_air = _spans(value, ms)
    value, ms = _first(analysis, "talk_over", "talk_over_spans", "overtalk", "talk_over_ms", "crosstalk")
    result.talk_over = _spans(value, ms)
    speech = analysis.get("speech")
    if isinstance(speech, dict):
        result.agent_speech = _spans(speech.get("agent"), False)
        result.customer_speech = _spans(speech.get("customer"), False)
    elif isinstance(speech, list) and len(speech) == 2:  # per channel
        result.agent_speech = _spans(speech[result.agent_channel])
        result.customer_speech = _spans(speech[1 - result.agent_channel])
    if not result.agent_speech:
        value, ms = _first(analysis, "agent_speech", "agent_speech_ms")
        result.agent_speech = _spans(value, ms)
    if not result.customer_speech:
        value, ms = _first(analysis, "customer_speech", "customer_speech_ms")
        result.customer_speech = _spans(value, ms)
    return result


def analysis_figures(analysis: dict | None) -> list[tuple[str, float | str]]:
    """The figures worth a glance, as (key, value): talk shares, dead air, talk-over, monologue."""
    if not analysis:
        return []
    figures: list[tuple[str, float | str]] = []
    ratio = analysis.get("talk_ratio")
    if isinstance(ratio, dict):
        for side in ("agent", "customer"):
            if isinstance(ratio.get(side), (int, float)):
                figures.append((f"talk_ratio_{side}", float(ratio[side])))
    for key in ("dead_air_total_s", "talk_over_total_s", "longest_monologue_s"):
        value = analysis.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            figures.append((key, float(value)))
    hold = analysis.get("hold_total_s")
    if isinstance(hold, (int, float)) and not isinstance(hold, bool) and hold > 0:
        figures.append(("hold_total_s", float(hold)))  # music or a tone while waiting: part of the dead air
    spans = analysis_spans(analysis)
    if spans.dead_air:
        figures.append(("dead_air_count", float(len(spans.dead_air))))
    if spans.talk_over:
        figures.append(("talk_over_count", float(len(spans.talk_over))))
    if analysis.get("exceeds_handling_standard"):
        figures.append(("exceeds_handling_standard", float(analysis.get("handling_standard_s") or 300)))
    return figures
