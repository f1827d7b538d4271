"""Call analysis (Qt-free): levels, who speaks when, dead air, talk-over, talk ratio, monologues.

Speech is found per channel from the energy of 10 ms frames: a frame is speech when it is
clearly above that channel's own noise floor (its quietest frames), so a quiet line and a
loud line are judged alike. Gaps shorter than a breath are bridged and blips shorter than a
syllable dropped. On a stereo call a frame far quieter than the other side at the same
moment is that side's echo, not speech. Dead air is where neither side speaks for at least
``dead_air_min_s``; talk-over is where both do for at least ``talk_over_min_s``.

A mono recording mixes both parties: speech and dead air are still found, but who speaks
(talk ratio, talk-over, monologues per side) cannot be told and is reported as unknown.

The result is a plain JSON-able dict, stored in ``Call.analysis`` and drawn on the waveform.
"""
from __future__ import annotations

import os

import numpy as np

from qa_desktop.core.audio import intervals
from qa_desktop.core.audio.analysis_options import AnalysisOptions  # re-exported
from qa_desktop.core.progress import ProgressSink

ANALYSIS_VERSION = 1
_FULL_SCALE_SQ = 32768.0 ** 2
_SILENCE_DB = -120.0


def frame_levels_db(samples: np.ndarray, frame: int) -> np.ndarray:
    """Mean-square level (dBFS) of each ``frame``-sample frame, per channel: (channels, frames)."""
    samples = np.atleast_2d(samples)
    channels, n = samples.shape
    count = n // frame
    out = np.empty((channels, count), dtype=np.float64)
    step = frame * 65536  # chunks keep the float copy small and in cache
    for channel in range(channels):
        row = samples[channel]
        for offset in range(0, count * frame, step):
            chunk = row[offset:min(offset + step, count * frame)].astype(np.float32).reshape(-1, frame)
            first = offset // frame
            out[channel, first:first + chunk.shape[0]] = np.einsum("ij,ij->i", chunk, chunk) / frame
    with np.errstate(divide="ignore"):
        db = 10.0 * np.log10(out / _FULL_SCALE_SQ)
    return np.maximum(db, _SILENCE_DB)


def _runs(active: np.ndarray) -> list[tuple[int, int]]:
    padded = np.concatenate(([False], active, [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return list(zip(edges[0::2].tolist(), edges[1::2].tolist()))


def _speech_spans(active: np.ndarray, frame_s: float, options: AnalysisOptions) -> list[tuple[float, float]]:
    spans: list[list[float]] = []
    for start, end in _runs(active):
        s, e = start * frame_s, end * frame_s
        if spans and s - spans[-1][1] < options.min_pause_s:
            spans[-1][1] = e
        else:
            spans.append([s, e])
    return [(s, e) for s, e in spans if e - s >= options.min_speech_s]


def _speech_threshold(levels_db: np.ndarray, options: AnalysisOptions) -> float:
    if levels_db.size == 0:
        return 0.0
    noise_floor = float(np.percentile(levels_db, 5))
    return max(noise_floor + options.above_noise_db, options.absolute_floor_dbfs)


def _level_dict(row: np.ndarray, levels_db: np.ndarray, active: np.ndarray) -> dict:
    def db(mean_square: float) -> float | None:
        return round(float(10 * np.log10(mean_square)), 2) if mean_square > 0 else None

    power = 10 ** (levels_db / 10)
    peak = max(abs(int(row.max(initial=0))), abs(int(row.min(initial=0))))
    return {
        "rms_dbfs": db(float(power.mean())) if power.size else None,
        "peak_dbfs": round(float(20 * np.log10(peak / 32768.0)), 2) if peak else None,
        "speech_rms_dbfs": db(float(power[active].mean())) if active.any() else None,
    }


def _monologues(agent, customer, gap_limit: float):
    """Longest stretch one side keeps talking without the other saying anything."""
    tagged = sorted([(s, e, "agent") for s, e in agent] + [(s, e, "customer") for s, e in customer])
    best = None
    run = None
    for start, end, who in tagged:
        if run and run[2] == who and start - run[1] < gap_limit:
            run[1] = max(run[1], end)
        else:
            if run and (best is None or run[1] - run[0] > best[1] - best[0]):
                best = tuple(run)
            run = [start, end, who]
    if run and (best is None or run[1] - run[0] > best[1] - best[0]):
        best = tuple(run)
    return best


def analyze_samples(samples: np.ndarray, sample_rate: int, options: AnalysisOptions | None = None,
                    progress: ProgressSink | None = None, *, levels_db: np.ndarray | None = None) -> dict:
    """Analyse int16 (channels, n) samples; see the module doc for what is measured.

    ``levels_db`` may pass the frame levels already computed (by :mod:`qa_desktop.core.audio.measure`).
    """
    options = options or AnalysisOptions()
    samples = np.atleast_2d(samples)
    channels, n = samples.shape
    duration = n / sample_rate if sample_rate else 0.0
    frame = max(1, int(round(sample_rate * options.frame_s)))
    frame_s = frame / sample_rate
    if levels_db is None:
        levels_db = frame_levels_db(samples, frame)
    if progress is not None:
        progress.check()
    thresholds = [_speech_threshold(levels_db[c], options) for c in range(channels)]
    active = np.stack([levels_db[c] > thresholds[c] for c in range(channels)]) if channels else levels_db > 0

    stereo = channels >= 2
    if stereo:
        agent = min(max(options.agent_channel, 0), channels - 1)
        customer = 1 if agent == 0 else 0
        # echo of the other side: far quieter than what that side says at the same moment
        agent_echo = levels_db[agent] < levels_db[customer] - options.echo_margin_db
        customer_echo = levels_db[customer] < levels_db[agent] - options.echo_margin_db
        active[agent] &= ~agent_echo
        active[customer] &= ~customer_echo
    else:
        agent, customer = 0, None

    speech = [_speech_spans(active[c], frame_s, options) for c in range(channels)]
    roles = []
    for c in range(channels):
        roles.append("agent" if stereo and c == agent else "customer" if stereo and c == customer
                     else "mixed" if not stereo else "other")
    levels = [{"channel": c, "role": roles[c], **_level_dict(samples[c], levels_db[c], active[c])}
              for c in range(channels)]

    considered = [speech[agent], speech[customer]] if stereo else speech[:1]
    dead_air = intervals.silent_spans(considered, duration, options.dead_air_min_s)
    result: dict = {
        "version": ANALYSIS_VERSION,
        "duration_s": round(duration, 3),
        "sample_rate": int(sample_rate),
        "channels": int(channels),
        "mono": not stereo,
        "agent_channel": agent if stereo else None,
        "customer_channel": customer,
        "levels": levels,
        "speech": [intervals.as_dicts(spans) for spans in speech],
        "dead_air": intervals.as_dicts(dead_air),
        "dead_air_total_s": round(intervals.total(dead_air), 3),
        "handling_standard_s": options.handling_standard_s,
        "exceeds_handling_standard": duration > options.handling_standard_s,
        "options": options.to_dict(),
    }
    if stereo:
        talk_over = intervals.overlapping_spans(speech[agent], speech[customer], options.talk_over_min_s)
        agent_time, customer_time = intervals.total(speech[agent]), intervals.total(speech[customer])
        spoken = agent_time + customer_time
        monologue = _monologues(speech[agent], speech[customer], options.dead_air_min_s)
        result.update({
            "talk_over": intervals.as_dicts(talk_over),
            "talk_over_total_s": round(intervals.total(talk_over), 3),
            "talk_ratio": {"agent": round(agent_time / spoken, 4) if spoken else None,
                           "customer": round(customer_time / spoken, 4) if spoken else None},
            "speech_time_s": {"agent": round(agent_time, 3), "customer": round(customer_time, 3)},
            "longest_monologue_s": round(monologue[1] - monologue[0], 3) if monologue else 0.0,
            "longest_monologue": ({"role": monologue[2], "start_s": round(monologue[0], 3),
                                   "end_s": round(monologue[1], 3)} if monologue else None),
        })
    else:
        # One mixed channel: who is speaking cannot be told, so per-side figures are unknown.
        longest = max((e - s for s, e in speech[0]), default=0.0) if speech else 0.0
        result.update({
            "talk_over": [], "talk_over_total_s": None,
            "talk_ratio": {"agent": None, "customer": None},
            "speech_time_s": {"mixed": round(intervals.total(speech[0]), 3) if speech else 0.0},
            "longest_monologue_s": round(longest, 3),
            "longest_monologue": None,
        })
    return result


def analyze_decoded(decoded, options: AnalysisOptions | None = None, progress: ProgressSink | None = None) -> dict:
    result = analyze_samples(decoded.samples, decoded.sample_rate, options, progress)
    result["codec"] = decoded.info.codec
    return result


def analyze_file(path: str | os.PathLike, options: AnalysisOptions | None = None,
                 progress: ProgressSink | None = None) -> dict:
    from qa_desktop.core.audio.decode import decode

    return analyze_decoded(decode(path, progress=progress), options, progress)
