"""Real-shaped call recordings with a known truth, for the analysis tests and benchmarks.

Both parties speak Mandarin with espeak-ng's voices (several voices, speeds and pitches). Each
utterance's truth comes from espeak-ng's own output: its internal silences (commas, sentence
ends) are found in the clip before it is placed, so the truth knows the pauses inside sentences
and not only where an utterance starts and ends. The conversation has what QA checks: turns
with gaps of up to 2.5 s (not dead air), a hold after "请稍等" (silent, or hold music or a tone),
a silence while the customer looks something up, and one interruption (talk-over).

The line is then made as bad as real ones, condition by condition (see :class:`Condition`):
a call-centre floor in the agent's headset (colleagues' voices near −46 dBFS, keystrokes, 50 Hz
hum, line hiss), echo of the other side at −25 to −40 dB, automatic gain control that pumps
the floor up in the pauses, hold music, a mono mix; then a telephone codec through the bundled
ffmpeg (:data:`CODECS`; GSM 6.10 by SoX), each leg encoded on its own as it crosses the network.

espeak-ng is a Debian package (tests/run.sh installs it); :func:`espeak_available` tells.
Nothing here is used by the application itself.
"""
from __future__ import annotations

import functools
import re
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from qa_desktop.core.audio import intervals

RATE = 8000
FRAME_S = 0.01
DEAD_AIR_MIN_S = 3.0
TALK_OVER_MIN_S = 0.5
PAUSE_MIN_S = 0.1  # a silence inside an utterance this long is a pause in the truth; shorter is a stop consonant
BREATH_S = 0.3  # pauses shorter than this do not end an utterance for dead air and talk-over (as in the analysis)

AGENT_LINES = [
    "您好，这里是客服中心，工号三零七，请问有什么可以帮您？",
    "好的，请您提供一下订单号码。",
    "请稍等，我帮您查询一下。",
    "让您久等了，您的订单已经发货，预计明天送到。",
    "非常抱歉给您带来不便，我们会尽快为您处理。",
    "这个问题我需要跟相关部门确认一下，请您保持电话畅通。",
    "您还有其他问题需要咨询吗？",
    "感谢您的来电，祝您生活愉快，再见。",
    "我这边看到您的账户是正常的，没有欠费。",
    "您可以在手机应用里面点击我的订单，然后选择申请退款。",
]
CUSTOMER_LINES = [
    "你好，我上周买的东西到现在还没有收到。",
    "订单号是二零二四零三一五八八六。",
    "嗯，好的。",
    "那你们能不能快一点，我明天要出门。",
    "我等一下，我找一找那个短信。",
    "为什么每次打电话都要等这么久啊？",
    "没有了，谢谢你。",
    "我上个月的话费怎么多扣了三十块钱？",
    "对，就是这个地址，没错。",
    "那退款大概多久能到账？",
]
BABBLE_LINES = [
    "您好，请问您是张先生吗？我们这边是售后服务中心。",
    "这个套餐每个月包含三十个G的流量，还有五百分钟的通话。",
    "好的，已经帮您登记了，工作人员会在二十四小时内联系您。",
    "麻烦您把身份证号码的后六位告诉我一下。",
]
# (voice, words per minute, pitch): espeak-ng's Mandarin with its variants, as different people
AGENT_VOICES = [("cmn+f2", 280, 65), ("cmn+f4", 300, 55), ("cmn+m3", 290, 50), ("cmn", 260, 45)]
CUSTOMER_VOICES = [("cmn+m7", 250, 35), ("cmn", 320, 50), ("cmn+f2", 240, 70), ("cmn+m3", 300, 30)]
BABBLE_VOICES = [("cmn+f4", 280, 60), ("cmn+m7", 270, 40), ("cmn+f2", 300, 55)]


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


# ---------------------------------------------------------------- utterances and their truth

@functools.lru_cache(maxsize=256)
def _spoken(text: str, voice: str, speed: int, pitch: int) -> np.ndarray:
    """espeak-ng's rendering of ``text`` at 8 kHz, float, leading and trailing silence kept."""
    from scipy.signal import resample_poly

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "u.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "-w", str(target), text],
                       check=True, capture_output=True)
        with wave.open(str(target)) as clip:
            rate = clip.getframerate()
            raw = np.frombuffer(clip.readframes(clip.getnframes()), dtype="<i2").astype(np.float64)
    divisor = np.gcd(RATE, rate)
    samples = resample_poly(raw / 32768.0, RATE // divisor, rate // divisor)
    samples.setflags(write=False)
    return samples


def voiced_spans(samples: np.ndarray, rate: int = RATE) -> list[tuple[float, float]]:
    """Where a clean clip sounds (its own silences removed), pauses shorter than PAUSE_MIN_S bridged."""
    frame = int(rate * FRAME_S)
    count = samples.size // frame
    power = (samples[:count * frame].reshape(count, frame) ** 2).mean(axis=1)
    loud = power > power.max() * 10 ** (-45 / 10)  # espeak's pauses are digital silence; −45 dB is well above
    padded = np.concatenate(([False], loud, [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    spans: list[list[float]] = []
    for start, end in zip(edges[0::2] * FRAME_S, edges[1::2] * FRAME_S):
        if spans and start - spans[-1][1] < PAUSE_MIN_S:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [(float(s), float(e)) for s, e in spans if e - s >= 0.04]


@dataclass
class Utterance:
    channel: int
    start_s: float  # where the first sound lands in the call
    samples: np.ndarray  # trimmed to its first and last sound
    spans: list[tuple[float, float]]  # sounding parts, relative to start_s

    @property
    def end_s(self) -> float:
        return self.start_s + self.samples.size / RATE


def _trimmed(samples: np.ndarray) -> tuple[np.ndarray, list[tuple[float, float]]]:
    spans = voiced_spans(samples)
    first, last = spans[0][0], spans[-1][1]
    return (samples[int(round(first * RATE)):int(round(last * RATE))],
            [(s - first, e - first) for s, e in spans])


def utterance(text: str, voice: tuple[str, int, int], channel: int) -> Utterance:
    """``text`` spoken clause by clause, with a speaker's pauses at commas (0.25-0.4 s) and full
    stops (0.45-0.7 s): espeak-ng's own pauses shrink to a few centiseconds at conversational speed."""
    rng = np.random.default_rng(sum(map(ord, text)) + sum(map(ord, voice[0])))
    clauses = [c for c in re.split(r"(?<=[，。？！、；])", text) if c.strip("，。？！、； ")]
    pieces: list[np.ndarray] = []
    spans: list[tuple[float, float]] = []
    cursor = 0.0
    for index, clause in enumerate(clauses):
        samples, clause_spans = _trimmed(_spoken(clause, *voice))
        if index:
            pause = rng.uniform(0.45, 0.7) if clauses[index - 1][-1] in "。？！；" else rng.uniform(0.25, 0.4)
            pieces.append(np.zeros(int(pause * RATE)))
            cursor += int(pause * RATE) / RATE
        pieces.append(samples)
        spans.extend((cursor + s, cursor + e) for s, e in clause_spans)
        cursor += samples.size / RATE
    return Utterance(channel, 0.0, np.concatenate(pieces), spans)


# ---------------------------------------------------------------- the conversation

@dataclass
class CallPlan:
    duration_s: float
    utterances: list[Utterance]
    holds: list[tuple[float, float]]  # "please hold" stretches (music plays here when the condition has it)
    agent_channel: int = 0

    def speech(self) -> list[list[tuple[float, float]]]:
        sides: list[list[tuple[float, float]]] = [[], []]
        for u in self.utterances:
            sides[u.channel].extend((u.start_s + s, u.start_s + e) for s, e in u.spans)
        return [intervals.merge(side) for side in sides]

    def truth(self, mono: bool = False) -> dict:
        speech = self.speech()
        if mono:
            speech = [intervals.merge(speech[0] + speech[1])]
        turns = [intervals.bridged(side, BREATH_S) for side in speech]
        truth = {"duration_s": self.duration_s, "speech": speech, "holds": list(self.holds),
                 "dead_air": intervals.silent_spans(turns, self.duration_s, DEAD_AIR_MIN_S)}
        truth["talk_over"] = (None if mono else
                              intervals.overlapping_spans(turns[0], turns[1], TALK_OVER_MIN_S))
        return truth


def plan_call(seed: int, turns: int = 12) -> CallPlan:
    """A conversation of ``turns`` turns with a hold, a look-up silence and one interruption."""
    rng = np.random.default_rng(seed)
    agent_voice = AGENT_VOICES[seed % len(AGENT_VOICES)]
    customer_voice = CUSTOMER_VOICES[(seed // len(AGENT_VOICES)) % len(CUSTOMER_VOICES)]
    hold_turn = 2 * int(rng.integers(1, max(2, (turns - 3) // 2)))  # an agent's turn
    lookup_turn = (hold_turn + 3) % turns or 2
    interrupt_turn = int(rng.choice([t for t in range(2, turns) if t not in (hold_turn, hold_turn + 1, lookup_turn)]))
    utterances: list[Utterance] = []
    holds: list[tuple[float, float]] = []
    t = float(rng.uniform(0.4, 1.0))
    lines = {0: list(rng.permutation(AGENT_LINES)), 1: list(rng.permutation(CUSTOMER_LINES))}
    for turn in range(turns):
        channel = turn % 2  # the agent greets, then the sides take turns
        voice = agent_voice if channel == 0 else customer_voice
        text = lines[channel][turn // 2 % len(lines[channel])]
        if turn == hold_turn and channel == 0:
            text = "请稍等，我帮您查询一下。"
        u = utterance(text, voice, channel)
        if turn == interrupt_turn and utterances:
            previous = utterances[-1]
            # cut in over the last words of the other side (never before its first second)
            overlap = float(min(rng.uniform(0.8, 1.6), previous.end_s - previous.start_s - 1.0))
            t = max(previous.end_s - overlap, previous.start_s + 1.0)
        u.start_s = t
        utterances.append(u)
        t = u.end_s
        if turn == hold_turn and channel == 0:
            hold = float(rng.uniform(4.0, 14.0))
            holds.append((t + 0.3, t + 0.3 + hold))
            t += hold + 0.6
            back = utterance("让您久等了，您的订单已经发货，预计明天送到。", voice, 0)
            back.start_s = t
            utterances.append(back)
            t = back.end_s
        elif turn == lookup_turn:
            t += float(rng.uniform(3.5, 6.0))  # "let me find that text message": nobody speaks
        else:
            # most turns follow quickly; some after a thinking gap that is still no dead air
            t += float(rng.uniform(0.3, 1.2) if rng.random() < 0.75 else rng.uniform(1.5, 2.4))
    duration = t + float(rng.uniform(0.5, 1.2))
    return CallPlan(duration, utterances, holds)


# ---------------------------------------------------------------- the line

@dataclass(frozen=True)
class Condition:
    """How the line sounds. Each flag is one real-world trouble; they combine."""
    name: str
    floor: bool = False  # colleagues' voices near −46 dBFS, keystrokes, 50 Hz hum, line hiss
    echo_db: tuple[float, float] | None = None  # the other side leaking in at this range of levels
    agc: bool = False  # gain control pumping the floor up in pauses
    hold: str = "silent"  # "silent", "music" or "tone" during the holds
    mono: bool = False  # both sides mixed into one channel
    hiss_dbfs: float = -72.0


CONDITIONS = {c.name: c for c in [
    Condition("quiet"),
    Condition("floor", floor=True, hiss_dbfs=-60.0),
    Condition("echo", echo_db=(-40.0, -25.0)),
    Condition("agc", agc=True, hiss_dbfs=-62.0),
    Condition("hold_music", hold="music"),
    Condition("hold_tone", hold="tone"),
    Condition("mono", mono=True),
    Condition("floor_echo", floor=True, echo_db=(-40.0, -25.0), hiss_dbfs=-60.0),
    Condition("floor_echo_agc_music", floor=True, echo_db=(-40.0, -25.0), agc=True, hold="music", hiss_dbfs=-60.0),
    Condition("floor_echo_mono", floor=True, echo_db=(-40.0, -25.0), hold="tone", mono=True, hiss_dbfs=-60.0),
]}

# Telephone codecs: (file extension, encoder arguments) for the bundled ffmpeg. GSM 6.10 (the
# Microsoft WAV kind old PBX recorders write) is encoded by SoX instead: imageio-ffmpeg's build can
# decode GSM but has no encoder. The application always decodes with its own ffmpeg.
CODECS = {
    "pcm": None,
    "ulaw": ("wav", ["-c:a", "pcm_mulaw"]),
    "alaw": ("wav", ["-c:a", "pcm_alaw"]),
    "mp3_16k": ("mp3", ["-c:a", "libmp3lame", "-b:a", "16k"]),
    "opus_12k": ("ogg", ["-c:a", "libopus", "-b:a", "12k", "-application", "voip"]),
    "amr_nb": ("amr", ["-c:a", "libopencore_amrnb", "-b:a", "12.2k"]),
    "gsm": ("wav", None),
}
SOX_CODECS = {"gsm": ["-e", "gsm-full-rate"]}


def sox_available() -> bool:
    """SoX writes the GSM 6.10 corpus calls (a Debian package; tests/run.sh installs it)."""
    return shutil.which("sox") is not None


def codec_available(codec: str) -> bool:
    return codec not in SOX_CODECS or sox_available()


def _telephone_band(x: np.ndarray) -> np.ndarray:
    from scipy.signal import butter, sosfilt

    sos = butter(4, [300, 3400], btype="bandpass", fs=RATE, output="sos")
    return sosfilt(sos, x, axis=-1)


def _place(out: np.ndarray, start_s: float, samples: np.ndarray, gain: float) -> None:
    a = int(round(start_s * RATE))
    b = min(out.size, a + samples.size)
    if b > a:
        out[a:b] += gain * samples[:b - a]


def _rms_gain(samples: np.ndarray, spans, target_dbfs: float) -> float:
    parts = [samples[int(s * RATE):int(e * RATE)] for s, e in spans]
    power = float(np.mean(np.concatenate(parts) ** 2)) if parts else 0.0
    return 10 ** (target_dbfs / 20) / np.sqrt(power) if power > 0 else 0.0


def _babble(rng, n: int, level_dbfs: float) -> np.ndarray:
    """Colleagues talking at the next desks: several voices, each with its own pauses."""
    out = np.zeros(n)
    for voice in BABBLE_VOICES:
        t = float(rng.uniform(0, 2))
        while t < n / RATE:
            clip = _spoken(BABBLE_LINES[int(rng.integers(len(BABBLE_LINES)))], *voice)
            _place(out, t, clip, 1.0)
            t += clip.size / RATE + float(rng.uniform(0.5, 3.0))
    power = float(np.mean(out ** 2)) or 1.0
    return out * 10 ** (level_dbfs / 20) / np.sqrt(power)


def _keystrokes(rng, n: int, peak_dbfs: float) -> np.ndarray:
    out = np.zeros(n)
    click = np.exp(-np.arange(int(0.012 * RATE)) / (0.002 * RATE))
    t = 0.0
    while t < n / RATE:
        t += float(rng.exponential(0.35))
        if rng.random() < 0.3:
            t += float(rng.uniform(2, 6))  # typing comes in bursts
        burst = click * rng.standard_normal(click.size) * 10 ** ((peak_dbfs + rng.uniform(-6, 0)) / 20)
        _place(out, t, burst, 1.0)
    return out


def _hum(n: int, level_dbfs: float) -> np.ndarray:
    t = np.arange(n) / RATE
    hum = sum(np.sin(2 * np.pi * 50 * k * t + k) / k for k in (1, 2, 3, 5))
    return hum * 10 ** (level_dbfs / 20) / np.sqrt(np.mean(hum ** 2))


def _hold_sound(rng, n: int, kind: str) -> np.ndarray:
    """Hold music (a melody over a pad) or the periodic tone some switches play."""
    t = np.arange(n) / RATE
    if kind == "tone":
        beep = np.sin(2 * np.pi * 425 * t) * ((t % 1.5) < 0.6)  # 0.6 s of 425 Hz every 1.5 s (_last_beep_end)
        return beep * 10 ** (-20 / 20) * np.sqrt(2)
    notes = [523, 587, 659, 784, 880, 1047, 1175, 1319]  # a melody over a sustained chord (strings, organ)
    out = np.zeros(n)
    cursor = 0
    chord = [392, 494, 587] if rng.random() < 0.5 else [440, 554, 659]
    while cursor < n:
        length = int(RATE * rng.choice([0.25, 0.5, 0.5, 0.75, 1.0]))
        seg = np.arange(min(length, n - cursor)) / RATE
        f = notes[int(rng.integers(len(notes)))]
        envelope = np.exp(-seg * 2.5)
        out[cursor:cursor + seg.size] += envelope * sum(np.sin(2 * np.pi * f * k * seg) / k ** 1.5 for k in (1, 2, 3))
        cursor += length
    pad = sum(np.sin(2 * np.pi * f * t) for f in chord) * 0.25
    out += pad
    return out * 10 ** (-22 / 20) / np.sqrt(np.mean(out ** 2))


def _last_beep_end(length_s: float, period_s: float = 1.5, beep_s: float = 0.6) -> float:
    beeps, rest = divmod(length_s, period_s)
    return beeps * period_s + min(rest, beep_s) if rest > 0 else (beeps - 1) * period_s + beep_s


def _agc(x: np.ndarray, target_dbfs: float = -20.0, max_gain_db: float = 12.0) -> np.ndarray:
    """A slow automatic gain control: fast attack, slow release, so the gain climbs in every pause."""
    frame = int(RATE * FRAME_S)
    count = x.size // frame + 1
    padded = np.concatenate([x, np.zeros(count * frame - x.size)])
    level = np.sqrt((padded.reshape(count, frame) ** 2).mean(axis=1)) + 1e-6
    gain = np.empty(count)
    g = 1.0
    limit = 10 ** (max_gain_db / 20)
    target = 10 ** (target_dbfs / 20)
    for i, value in enumerate(level):
        wanted = min(limit, target / value)
        g += (wanted - g) * (0.5 if wanted < g else 0.012)  # attack ~20 ms, release ~1 s
        gain[i] = g
    per_sample = np.interp(np.arange(x.size) / frame, np.arange(count), gain)
    return x * per_sample


def render(plan: CallPlan, condition: Condition, seed: int = 0) -> np.ndarray:
    """The call as float samples, (2, n) or (1, n) for a mono mix, full scale 1.0."""
    rng = np.random.default_rng(seed + 7919)
    n = int(round(plan.duration_s * RATE))
    clean = np.zeros((2, n))
    levels = (float(rng.uniform(-20, -14)), float(rng.uniform(-28, -16)))  # agent, customer speech rms
    for u in plan.utterances:
        _place(clean[u.channel], u.start_s, u.samples, _rms_gain(u.samples, u.spans, levels[u.channel]))
    for start, end in plan.holds:
        if condition.hold != "silent":
            sound = _hold_sound(rng, int((end - start) * RATE), condition.hold)
            _place(clean[0], start, sound, 1.0)  # the switch plays it towards the customer: the agent's leg
    clean = _telephone_band(clean)
    line = clean.copy()
    if condition.echo_db:
        for side in (0, 1):
            delay = int(RATE * rng.uniform(0.02, 0.08))
            echo_db = float(rng.uniform(*condition.echo_db))
            line[side, delay:] += 10 ** (echo_db / 20) * clean[1 - side, :n - delay]
    if condition.floor:
        line[0] += _babble(rng, n, -46.0) + _keystrokes(rng, n, -34.0) + _hum(n, -52.0)
        line[1] += _hum(n, -58.0)
    line += 10 ** (condition.hiss_dbfs / 20) * rng.standard_normal(line.shape)
    if condition.agc:
        line = np.stack([_agc(side) for side in line])
    if condition.mono:
        line = line.sum(axis=0, keepdims=True) * 0.7
    return np.clip(line, -1.0, 32767 / 32768)


def to_int16(samples: np.ndarray) -> np.ndarray:
    return np.round(samples * 32768).clip(-32768, 32767).astype(np.int16)


def through_codec(samples: np.ndarray, codec: str, folder: str | Path) -> tuple[np.ndarray, int]:
    """int16 samples and their rate after a round trip through ``codec``: each leg encoded on its
    own, then decoded by the application's own decoder from the file (Opus decodes at 48 kHz)."""
    from qa_desktop.core.audio.decode import decode
    from qa_desktop.core.audio.ffmpeg import ffmpeg_command, subprocess_flags

    leg_codec = CODECS[codec]
    if leg_codec is None:
        return samples, RATE
    extension, arguments = leg_codec
    legs, rate = [], RATE
    for index, leg in enumerate(np.atleast_2d(samples)):
        path = Path(folder) / f"leg{index}.{extension}"
        if arguments is None:  # no encoder in the bundled ffmpeg: SoX (SOX_CODECS)
            command = ["sox", "-t", "raw", "-r", str(RATE), "-e", "signed-integer", "-b", "16", "-c", "1",
                       "-L", "-", *SOX_CODECS[codec], str(path)]
        else:
            command = ffmpeg_command("-v", "error", "-f", "s16le", "-ar", str(RATE), "-ac", "1", "-i", "pipe:0",
                                     *arguments, "-y", str(path))
        subprocess.run(command, input=leg.astype("<i2").tobytes(), check=True, capture_output=True,
                       **subprocess_flags())
        decoded = decode(path)
        legs.append(decoded.samples[0])
        rate = decoded.sample_rate
    n = min(len(leg) for leg in legs)
    return np.stack([leg[:n] for leg in legs]), rate


@dataclass
class CorpusCall:
    name: str
    condition: Condition
    codec: str
    samples: np.ndarray  # int16 (channels, n)
    sample_rate: int
    truth: dict = field(default_factory=dict)


def make_call(seed: int, condition: str | Condition, codec: str = "pcm", turns: int = 12,
              folder: str | Path | None = None) -> CorpusCall:
    condition = CONDITIONS[condition] if isinstance(condition, str) else condition
    plan = plan_call(seed, turns)
    samples, rate = to_int16(render(plan, condition, seed)), RATE
    if codec != "pcm":
        with tempfile.TemporaryDirectory() as temporary:
            samples, rate = through_codec(samples, codec, folder or temporary)
    truth = plan.truth(mono=condition.mono)
    truth["holds_audible"] = condition.hold != "silent"
    if condition.hold == "tone":  # the hold sounds until its last beep ends, not to the agent's return
        truth["holds"] = [(start, start + _last_beep_end(end - start)) for start, end in truth["holds"]]
    truth["duration_s"] = samples.shape[1] / rate
    return CorpusCall(f"{condition.name}/{codec}/{seed}", condition, codec, samples, rate, truth)


def combined(name: str, **flags) -> Condition:
    """A condition made of others' flags, e.g. ``combined("x", floor=True, agc=True)``."""
    return replace(CONDITIONS["quiet"], name=name, **flags)


# ---------------------------------------------------------------- scoring an analysis against the truth

def _events(found, true, tolerance_s: float = 0.0) -> dict:
    """Events match when they overlap; boundary error is the worse of start and end per matched pair."""
    def overlaps(a, b):
        return min(a[1], b[1]) - max(a[0], b[0]) > -tolerance_s

    matched_found = sum(1 for f in found if any(overlaps(f, t) for t in true))
    matched_true = [(t, min((f for f in found if overlaps(f, t)),
                            key=lambda f: abs(f[0] - t[0]) + abs(f[1] - t[1]), default=None)) for t in true]
    errors = [max(abs(f[0] - t[0]), abs(f[1] - t[1])) for t, f in matched_true if f is not None]
    return {"found": len(found), "true": len(true),
            "precision": matched_found / len(found) if found else 1.0,
            "recall": sum(1 for _, f in matched_true if f is not None) / len(true) if true else 1.0,
            "boundary_s": max(errors, default=0.0)}


def _frames(spans, duration_s: float) -> np.ndarray:
    out = np.zeros(int(duration_s / FRAME_S) + 1, dtype=bool)
    for start, end in spans:
        out[int(round(start / FRAME_S)):int(round(end / FRAME_S))] = True
    return out


def _f1(found, true, duration_s: float) -> float:
    a, b = _frames(found, duration_s), _frames(true, duration_s)
    hits = int(np.sum(a & b))
    return 2 * hits / (int(a.sum()) + int(b.sum())) if a.any() or b.any() else 1.0


def pairs(spans) -> list[tuple[float, float]]:
    return [(s["start_s"], s["end_s"]) if isinstance(s, dict) else (s[0], s[1]) for s in spans or []]


def score(analysis: dict, truth: dict) -> dict:
    """Event precision, recall and boundary error (dead air, talk-over, holds) and speech-frame F1 per side."""
    duration = truth["duration_s"]
    result = {"dead_air": _events(pairs(analysis["dead_air"]), truth["dead_air"]),
              "hold": _events(pairs(analysis.get("hold")), truth["holds"]) if truth.get("holds_audible") else None,
              "talk_over": (None if truth["talk_over"] is None
                            else _events(pairs(analysis["talk_over"]), truth["talk_over"])),
              "speech_f1": [_f1(pairs(found), true, duration)
                            for found, true in zip(analysis["speech"], truth["speech"])]}
    return result
