"""Call analysis (Qt-free): levels, who speaks when, dead air, talk-over, talk ratio, monologues.

Speech is found per channel in 10 ms frames by WebRTC's voice activity detector, gated per
side against what it also hears on a real line: the side's own noise floor, colleagues' voices
far below the talker's level, the other side's echo and hold music (see
:mod:`qa_desktop.core.audio.voice`). Gaps shorter than a breath are bridged and blips shorter
than a syllable dropped. Dead air is where neither side speaks for at least
``dead_air_min_s``; talk-over is where both do for at least ``talk_over_min_s``. Hold music or a
hold tone is neither speech nor silence: it is reported as ``hold`` spans, and since nobody
speaks during a hold, it counts as dead air too (the "hold over 10 s" rules read dead air).

A mono recording mixes both parties: speech and dead air are still found, but who speaks
(talk ratio, talk-over, monologues per side) cannot be told and is reported as unknown.

The result is a plain JSON-able dict, stored in ``Call.analysis`` and drawn on the waveform.
"""
from __future__ import annotations

import os
from typing import cast

import numpy as np

from qa_desktop.core.audio import intervals, voice
from qa_desktop.core.audio.analysis_options import AnalysisOptions  # re-exported
from qa_desktop.core.progress import ProgressSink

# 2: WebRTC VAD with level, echo and tonal gates; hold spans. 3: a run's edges far from its talker's loud
# speech trimmed (voices lifted by gain control); breaths inside a talk-over bridged.
ANALYSIS_VERSION = 3
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


def _speech_spans(active: np.ndarray, frame_s: float, options: AnalysisOptions,
                  bridge_s: float | None = None) -> list[tuple[float, float]]:
    bridge = options.min_pause_s if bridge_s is None else bridge_s
    spans: list[list[float]] = []
    for start, end in _runs(active):
        s, e = start * frame_s, end * frame_s
        if spans and s - spans[-1][1] < bridge:
            spans[-1][1] = e
        else:
            spans.append([s, e])
    return [(s, e) for s, e in spans if e - s >= options.min_speech_s]


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


def _trim_edges(spans, levels_db: np.ndarray, frame_s: float, edge_db: float) -> list[tuple[float, float]]:
    """Trim each utterance's ends that are ``edge_db`` under its loudest part: a colleague's voice
    or a hold's last note, bridged onto the talker's first or last word, is not the talker."""
    if not spans or edge_db <= 0:
        return spans
    from qa_desktop.core.audio.voice import _smooth

    smoothed = _smooth(levels_db, 5)
    out = []
    for start, end in spans:
        a, b = int(round(start / frame_s)), min(int(round(end / frame_s)), smoothed.size)
        if b <= a:
            continue
        loud = np.flatnonzero(smoothed[a:b] >= smoothed[a:b].max() - edge_db)
        out.append(((a + loud[0]) * frame_s, (a + loud[-1] + 1) * frame_s))
    return out


def _clear_holds(active: np.ndarray, holds, frame_s: float, crumb_s: float = 0.5) -> np.ndarray:
    """Nobody speaks in a hold: clear its frames, and the crumbs of speech touching it (the first
    notes of the music, before they were seen to be held) so they are not bridged to real speech."""
    if not holds:
        return active
    active = active.copy()
    for start, end in holds:
        a, b = int(round(start / frame_s)), int(round(end / frame_s))
        active[:, a:b] = False
        for row in active:
            for run_start, run_end in _runs(row):
                near = run_end >= a - 1 and run_start <= b + 1
                if near and (run_end - run_start) * frame_s < crumb_s and (run_start >= a - 30 or run_end <= b + 30):
                    row[run_start:run_end] = False
    return active


def _long_runs(tonal: np.ndarray, options: AnalysisOptions) -> np.ndarray:
    """Only held sounds long enough to be a hold (a few held syllables are still speech)."""
    out = np.zeros_like(tonal)
    for start, end in _speech_spans(tonal, options.frame_s, options, bridge_s=1.0):
        if end - start >= options.min_hold_s:
            out[int(round(start / options.frame_s)):int(round(end / options.frame_s))] = True
    return out & tonal


def detect_voice(samples: np.ndarray, sample_rate: int, levels_db: np.ndarray, options: AnalysisOptions,
                 progress: ProgressSink | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(speech, tonal): per channel and 10 ms frame, who speaks and where hold music or a tone sounds."""
    vad_samples = voice.to_vad_rate(samples, sample_rate)
    count = min(levels_db.shape[1], vad_samples.shape[1] // int(voice.VAD_RATE * voice.FRAME_S))
    levels = levels_db[:, :count]
    floor = voice.local_floor(levels, options.floor_window_s)
    sounding = levels > floor + options.above_floor_db
    found = voice.vad_frames(vad_samples, options.aggressiveness, skip=~sounding)[:, :count] & sounding
    if progress is not None:
        progress.check()
    tonal = np.stack([_long_runs(voice.tonal_frames(vad_samples[c], levels[c]), options)
                      for c in range(levels.shape[0])])
    found &= ~tonal
    references = [voice.speech_reference(levels[c], found[c]) for c in range(levels.shape[0])]
    # one mixed channel carries both parties, and one may be 10 dB quieter than the other
    quieter_party_db = 8.0 if levels.shape[0] == 1 else 0.0
    speech_range = options.speech_range_db + quieter_party_db
    for c, reference in enumerate(references):
        found[c] &= levels[c] > reference - speech_range
    if levels.shape[0] >= 2:
        found[:2] = voice.reject_echo(levels[:2], found[:2], references[:2], options.echo_margin_db)
    bridge = 10  # runs joined across 100 ms only: a colleague's voice right after the talker stays its own run
    for c, reference in enumerate(references):
        found[c] = voice.keep_loud_runs(levels[c], found[c], reference, options.loud_run_db + quieter_party_db,
                                        bridge, near_db=options.loud_run_db / 2 + quieter_party_db)
    if count < levels_db.shape[1]:  # the resampled signal may be a frame short
        pad = ((0, 0), (0, levels_db.shape[1] - count))
        found, tonal = np.pad(found, pad), np.pad(tonal, pad)
    return found, tonal


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
    stereo = channels >= 2
    if stereo:
        agent = min(max(options.agent_channel, 0), channels - 1)
        customer = 1 if agent == 0 else 0
    else:
        agent, customer = 0, 0  # one mixed channel: customer is only read for stereo (reported as None)
    active, tonal = detect_voice(samples, sample_rate, levels_db, options, progress)
    tonal_any = cast(np.ndarray, tonal.any(axis=0))  # (channels, frames) in: one flag per frame out
    holds = [(s, e) for s, e in _speech_spans(tonal_any, frame_s, options, bridge_s=1.0)
             if e - s >= options.min_hold_s]
    active = _clear_holds(active, holds, frame_s)

    speech = [_trim_edges(_speech_spans(active[c], frame_s, options), levels_db[c], frame_s, options.edge_db)
              for c in range(channels)]
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
        "customer_channel": customer if stereo else None,
        "levels": levels,
        "speech": [intervals.as_dicts(spans) for spans in speech],
        "dead_air": intervals.as_dicts(dead_air),
        "dead_air_total_s": round(intervals.total(dead_air), 3),
        "hold": intervals.as_dicts(holds),
        "hold_total_s": round(intervals.total(holds), 3),
        "handling_standard_s": options.handling_standard_s,
        "exceeds_handling_standard": duration > options.handling_standard_s,
        "options": options.to_dict(),
    }
    if stereo:
        # a breath inside a talk-over does not end it (as a pause under min_pause_s does not end a turn); the
        # detector hears a breath a little longer than it is, its words' soft ends being under the gates
        talk_over = intervals.overlapping_spans(intervals.bridged(speech[agent], options.talk_over_bridge_s),
                                                intervals.bridged(speech[customer], options.talk_over_bridge_s),
                                                options.talk_over_min_s)
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
