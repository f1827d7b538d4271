"""What a recording is (format, codec, duration, channels, rate) without decoding it.

Import registers thousands of files a second, so the common formats are read from their
headers (RIFF/WAVE, MP3 frame + Xing/VBRI, FLAC STREAMINFO, Ogg Vorbis/Opus, MP4 boxes);
only what a header cannot answer is asked of ``ffmpeg -i`` (there is no ffprobe: the
bundled imageio-ffmpeg has none).

The file's first bytes decide its format, not its name: content that disagrees with the
extension (an MP3 named .wav) is reported as mislabelled rather than decoded by luck.
"""
from __future__ import annotations

import os
import re
import struct
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

from qa_desktop.core.audio.errors import (
    AudioCorrupt,
    AudioEmpty,
    AudioMislabelled,
    AudioNotFound,
    AudioTruncated,
    AudioUnsupported,
)

# Extension -> container family. A family groups names that may legitimately hold each other's
# content (an .aac file may be ADTS or MP4; .ogg may hold Opus).
EXTENSION_FAMILY = {
    ".wav": "wav", ".wave": "wav",
    ".mp3": "mp3",
    ".ogg": "ogg", ".oga": "ogg", ".opus": "ogg",
    ".m4a": "mp4", ".mp4": "mp4", ".aac": "mp4",
    ".flac": "flac",
    ".amr": "amr", ".awb": "amr",
}
SUPPORTED_EXTENSIONS = frozenset(EXTENSION_FAMILY)
_HEAD_BYTES = 8192  # enough for every header parsed here; MP3 reads on when its first frame is further in

_FAMILY_NAMES = {"wav": "WAV", "mp3": "MP3", "ogg": "Ogg", "mp4": "MP4/AAC", "flac": "FLAC", "amr": "AMR"}

# WAVE format tags the app decodes itself (everything else in a WAV goes through ffmpeg).
WAV_CODECS = {1: "pcm", 3: "pcm_float", 6: "pcm_alaw", 7: "pcm_mulaw", 0x31: "gsm_ms", 0x11: "adpcm_ima_wav",
              0x02: "adpcm_ms", 0x55: "mp3", 0x22: "truespeech", 0x40: "g721"}


@dataclass
class AudioInfo:
    path: str
    container: str                  # wav | mp3 | ogg | mp4 | flac | amr
    codec: str                      # pcm_s16le, pcm_u8, pcm_mulaw, pcm_alaw, gsm_ms, mp3, vorbis, opus, aac, flac,
                                    # amr_nb...
    channels: int | None
    sample_rate: int | None
    duration_s: float | None
    file_size: int
    bits_per_sample: int | None = None
    data_offset: int | None = None  # WAV: where the sample data starts
    data_size: int | None = None    # WAV: bytes of sample data present
    block_align: int | None = None
    source: str = "header"          # header | ffmpeg | estimate

    def to_dict(self) -> dict:
        return asdict(self)


def _family_name(family: str) -> str:
    return _FAMILY_NAMES.get(family, family)


def sniff(head: bytes) -> str | None:
    """The container family from the first bytes, or None when they prove nothing."""
    if len(head) >= 12 and head[:4] in (b"RIFF", b"RIFX", b"RF64") and head[8:12] == b"WAVE":
        return "wav"
    if head.startswith(b"fLaC"):
        return "flac"
    if head.startswith(b"OggS"):
        return "ogg"
    if head.startswith(b"#!AMR"):
        return "amr"
    if len(head) >= 8 and head[4:8] == b"ftyp":
        return "mp4"
    if head.startswith(b"ID3"):
        return "mp3"
    if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xF6) == 0xF0:
        return "mp4"  # ADTS AAC (layer bits 00)
    if _mp3_sync_at(head, 0) is not None:
        return "mp3"
    return None


# ---------------------------------------------------------------- WAV

def _parse_wav(path: Path, handle, head: bytes, size: int) -> AudioInfo | None:
    if head[:4] != b"RIFF":
        return None  # RF64 (over 4 GB) or big-endian RIFX: rare, left to ffmpeg
    pos = 12
    fmt = None
    fact_samples = None
    handle.seek(0)
    while True:
        handle.seek(pos)
        chunk = handle.read(8)
        if len(chunk) < 8:
            break
        cid, csize = chunk[:4], struct.unpack("<I", chunk[4:])[0]
        if cid == b"fmt ":
            body = handle.read(min(csize, 64))
            if len(body) < 16:
                raise AudioTruncated(f"{path.name}: the WAV header is cut off.", path=str(path))
            tag, channels, rate, _byte_rate, block_align, bits = struct.unpack("<HHIIHH", body[:16])
            if tag == 0xFFFE and len(body) >= 26:
                tag = struct.unpack("<H", body[24:26])[0]  # WAVE_FORMAT_EXTENSIBLE sub-format
            fmt = (tag, channels, rate, block_align, bits)
        elif cid == b"fact":
            body = handle.read(4)
            if len(body) == 4:
                fact_samples = struct.unpack("<I", body)[0]
        elif cid == b"data":
            if fmt is None:
                raise AudioCorrupt(f"{path.name}: WAV data comes before its format header.", path=str(path))
            offset = pos + 8
            available = size - offset
            declared = csize
            if declared in (0, 0xFFFFFFFF) or declared > 0xFFFFFF00:
                declared = available  # streamed WAV whose header was never patched: trust the file
            if declared > available + 1:
                raise AudioTruncated(
                    f"{path.name}: the file is truncated ({available:,} of {declared:,} bytes of audio).",
                    path=str(path), present=available, declared=declared)
            return _wav_info(path, fmt, fact_samples, offset, min(declared, available), size)
        pos += 8 + csize + (csize & 1)
        if pos > size:
            break
    if fmt is None:
        raise AudioCorrupt(f"{path.name}: not a valid WAV file (no format header).", path=str(path))
    raise AudioTruncated(f"{path.name}: the WAV file has no audio data (truncated?).", path=str(path))


# What a real recording can declare. A header outside these bounds is damage or a forgery: a WAV
# claiming 1,000,000,000 Hz would otherwise import as a 0.0 s call, one claiming 0 bits per sample
# only fails later, in the player.
MIN_SAMPLE_RATE, MAX_SAMPLE_RATE = 1000, 768_000
MAX_CHANNELS = 32
_PCM_BITS = {1: (8, 16, 24, 32), 3: (32, 64), 6: (8,), 7: (8,)}


def _check_declared(path: Path, family: str, channels: int | None, rate: int | None) -> None:
    name = _family_name(family)
    if rate is not None and not MIN_SAMPLE_RATE <= rate <= MAX_SAMPLE_RATE:
        raise AudioCorrupt(f"{path.name}: the {name} header declares an impossible sample rate ({rate:,} Hz).",
                           path=str(path), sample_rate=rate)
    if channels is not None and not 1 <= channels <= MAX_CHANNELS:
        raise AudioCorrupt(f"{path.name}: the {name} header declares an impossible number of channels "
                           f"({channels}).", path=str(path), channels=channels)


def _wav_info(path, fmt, fact_samples, offset, data_size, size) -> AudioInfo:
    tag, channels, rate, block_align, bits = fmt
    if channels == 0 or rate == 0:
        raise AudioCorrupt(f"{path.name}: the WAV header declares no channels or no sample rate.", path=str(path))
    _check_declared(path, "wav", channels, rate)
    if tag in _PCM_BITS and bits not in _PCM_BITS[tag]:
        raise AudioCorrupt(f"{path.name}: the WAV header declares {bits} bits per sample, which this "
                           "format cannot have.", path=str(path), bits=bits)
    if tag in _PCM_BITS and block_align != channels * bits // 8:
        raise AudioCorrupt(f"{path.name}: the WAV header's frame size ({block_align} bytes) does not match its "
                           f"{channels} channel(s) of {bits} bits.", path=str(path))
    codec = WAV_CODECS.get(tag, f"wav_0x{tag:04x}")
    if codec == "pcm":
        codec = {8: "pcm_u8", 16: "pcm_s16le", 24: "pcm_s24le", 32: "pcm_s32le"}.get(bits, f"pcm_{bits}bit")
    elif codec == "pcm_float":
        codec = "pcm_f32le" if bits == 32 else "pcm_f64le"
    duration = None
    if tag in (1, 3, 6, 7) and block_align:
        duration = (data_size // block_align) / rate
    elif fact_samples:
        duration = fact_samples / rate
    elif tag == 0x31 and block_align:  # GSM 6.10 (Microsoft): 65-byte blocks of 320 samples
        duration = (data_size // block_align) * 320 / rate
    return AudioInfo(str(path), "wav", codec, channels, rate, duration, size, bits or None,
                     offset, data_size, block_align or None, "header")


# ---------------------------------------------------------------- MP3

_MP3_BITRATES = {
    (1, 1): [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    (1, 2): [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    (1, 3): [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
    (2, 1): [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    (2, 2): [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
    (2, 3): [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
}
_MP3_RATES = {3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000]}


def _mp3_header(data: bytes, pos: int):
    if pos + 4 > len(data) or data[pos] != 0xFF or (data[pos + 1] & 0xE0) != 0xE0:
        return None
    b1, b2, b3 = data[pos + 1], data[pos + 2], data[pos + 3]
    version_bits, layer_bits = (b1 >> 3) & 3, (b1 >> 1) & 3
    bitrate_idx, rate_idx = b2 >> 4, (b2 >> 2) & 3
    if version_bits == 1 or layer_bits == 0 or bitrate_idx in (0, 15) or rate_idx == 3:
        return None
    version = 1 if version_bits == 3 else 2
    layer = 4 - layer_bits
    bitrate = _MP3_BITRATES[(version, layer)][bitrate_idx] * 1000
    rate = _MP3_RATES[version_bits][rate_idx]
    padding = (b2 >> 1) & 1
    channels = 1 if (b3 >> 6) == 3 else 2
    if layer == 1:
        samples, length = 384, (12 * bitrate // rate + padding) * 4
    else:
        samples = 1152 if (layer == 2 or version == 1) else 576
        length = samples // 8 * bitrate // rate + padding
    return {"version": version, "layer": layer, "bitrate": bitrate, "rate": rate, "channels": channels,
            "samples": samples, "length": length, "mono": channels == 1}


def _mp3_sync_at(data: bytes, pos: int):
    """A frame header at pos that is followed by another one (a lone 0xFFEx proves nothing)."""
    first = _mp3_header(data, pos)
    if first is None or first["length"] < 4:
        return None
    following = pos + first["length"]
    if following + 4 <= len(data) and _mp3_header(data, following) is None:
        return None
    return first


def _parse_mp3(path: Path, handle, head: bytes, size: int) -> AudioInfo:
    start = 0
    if head.startswith(b"ID3") and len(head) >= 10:
        tag_size = (head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9]
        start = 10 + tag_size + (10 if head[5] & 0x10 else 0)
        handle.seek(start)
        head = handle.read(64 * 1024)
    elif _mp3_sync_at(head, 0) is None and len(head) < 64 * 1024:
        handle.seek(0)
        head = handle.read(64 * 1024)  # junk before the first frame: look further
    frame = None
    for pos in range(0, max(0, len(head) - 4)):
        if head[pos] == 0xFF:
            frame = _mp3_sync_at(head, pos)
            if frame is not None:
                break
    if frame is None:
        raise AudioCorrupt(f"{path.name}: no MP3 audio frames found.", path=str(path))
    if head[pos + 4:pos + 8] == head[pos:pos + 4]:
        # A frame's body starts with side information, never with a copy of its own header: a file of
        # repeated frame headers passes the sync check but holds no audio.
        raise AudioCorrupt(f"{path.name}: the MP3 frames hold no audio (headers only).", path=str(path))
    audio_start = start + pos
    duration = None
    # Xing/Info (VBR or LAME CBR) header: side-info length depends on version and channel mode.
    side = (17 if frame["mono"] else 32) if frame["version"] == 1 else (9 if frame["mono"] else 17)
    xing_at = pos + 4 + side
    marker = head[xing_at:xing_at + 4]
    if marker in (b"Xing", b"Info") and len(head) >= xing_at + 12:
        flags = struct.unpack(">I", head[xing_at + 4:xing_at + 8])[0]
        if flags & 1:
            frames = struct.unpack(">I", head[xing_at + 8:xing_at + 12])[0]
            duration = frames * frame["samples"] / frame["rate"]
    elif head[pos + 36:pos + 40] == b"VBRI" and len(head) >= pos + 54:
        frames = struct.unpack(">I", head[pos + 50:pos + 54])[0]
        duration = frames * frame["samples"] / frame["rate"]
    source = "header"
    if duration is None:
        audio_bytes = size - audio_start
        handle.seek(max(0, size - 128))
        if handle.read(3) == b"TAG":
            audio_bytes -= 128
        duration = audio_bytes * 8 / frame["bitrate"]
        source = "estimate"  # exact for CBR, which is what telephony systems write
    return AudioInfo(str(path), "mp3", "mp3", frame["channels"], frame["rate"], duration, size, None,
                     source=source)


# ---------------------------------------------------------------- FLAC, Ogg, MP4

def _parse_flac(path: Path, handle, head: bytes, size: int) -> AudioInfo:
    if len(head) < 42 or head[4] & 0x7F != 0:
        raise AudioCorrupt(f"{path.name}: the FLAC header is damaged.", path=str(path))
    info = head[8:42]
    rate = (info[10] << 12) | (info[11] << 4) | (info[12] >> 4)
    channels = ((info[12] >> 1) & 7) + 1
    bits = (((info[12] & 1) << 4) | (info[13] >> 4)) + 1
    total = ((info[13] & 0x0F) << 32) | struct.unpack(">I", info[14:18])[0]
    if rate == 0:
        raise AudioCorrupt(f"{path.name}: the FLAC header declares no sample rate.", path=str(path))
    return AudioInfo(str(path), "flac", "flac", channels, rate, total / rate if total else None, size, bits)


def _parse_ogg(path: Path, handle, head: bytes, size: int) -> AudioInfo:
    if len(head) < 28:
        raise AudioTruncated(f"{path.name}: the Ogg file is cut off.", path=str(path))
    segments = head[26]
    packet = head[27 + segments:27 + segments + 64]
    if packet.startswith(b"\x01vorbis") and len(packet) >= 16:
        codec, channels = "vorbis", packet[11]
        rate = struct.unpack("<I", packet[12:16])[0]
        granule_rate, pre_skip = rate, 0
    elif packet.startswith(b"OpusHead") and len(packet) >= 12:
        codec, channels = "opus", packet[9]
        pre_skip = struct.unpack("<H", packet[10:12])[0]
        rate = granule_rate = 48000  # Opus always decodes at 48 kHz
    else:
        raise AudioUnsupported(f"{path.name}: the Ogg file holds neither Vorbis nor Opus audio.", path=str(path))
    handle.seek(max(0, size - 65536))
    tail = handle.read()
    last = tail.rfind(b"OggS")
    duration = None
    if last >= 0 and last + 14 <= len(tail):
        granule = struct.unpack("<q", tail[last + 6:last + 14])[0]
        if granule > 0:
            duration = max(0, granule - pre_skip) / granule_rate
    return AudioInfo(str(path), "ogg", codec, channels, rate, duration, size, None)


def _mp4_boxes(handle, start: int, end: int):
    pos = start
    while pos + 8 <= end:
        handle.seek(pos)
        header = handle.read(16)
        if len(header) < 8:
            return
        box_size, kind = struct.unpack(">I4s", header[:8])
        body = pos + 8
        if box_size == 1 and len(header) == 16:
            box_size = struct.unpack(">Q", header[8:16])[0]
            body = pos + 16
        elif box_size == 0:
            box_size = end - pos
        if box_size < 8:
            return
        yield kind, body, pos + box_size
        pos += box_size


def _parse_mp4(path: Path, handle, head: bytes, size: int) -> AudioInfo | None:
    if not (len(head) >= 8 and head[4:8] == b"ftyp"):
        return None  # ADTS AAC: no duration in the header; ask ffmpeg
    for kind, body, end in _mp4_boxes(handle, 0, size):
        if kind != b"moov":
            continue
        for tkind, tbody, tend in _mp4_boxes(handle, body, end):
            if tkind != b"trak":
                continue
            found = _mp4_audio_track(handle, tbody, tend)
            if found:
                codec, channels, rate, duration = found
                return AudioInfo(str(path), "mp4", codec, channels, rate, duration, size, None)
    return None


def _mp4_audio_track(handle, start: int, end: int):
    def child(kind, s, e):
        for k, b, en in _mp4_boxes(handle, s, e):
            if k == kind:
                return b, en
        return None

    mdia = child(b"mdia", start, end)
    if not mdia:
        return None
    hdlr = child(b"hdlr", *mdia)
    if not hdlr:
        return None
    handle.seek(hdlr[0] + 8)
    if handle.read(4) != b"soun":
        return None
    duration = None
    mdhd = child(b"mdhd", *mdia)
    if mdhd:
        handle.seek(mdhd[0])
        vflags = handle.read(4)
        if vflags[0] == 1:
            _c, _m, timescale, units = struct.unpack(">QQIQ", handle.read(28))
        else:
            _c, _m, timescale, units = struct.unpack(">IIII", handle.read(16))
        duration = units / timescale if timescale else None
    codec, channels, rate = "aac", None, None
    minf = child(b"minf", *mdia)
    stbl = child(b"stbl", *minf) if minf else None
    stsd = child(b"stsd", *stbl) if stbl else None
    if stsd:
        handle.seek(stsd[0] + 8)
        entry = handle.read(36)
        if len(entry) >= 36:
            fourcc = entry[4:8].decode("latin-1")
            codec = {"mp4a": "aac", "alac": "alac", "samr": "amr_nb", "sawb": "amr_wb", "Opus": "opus",
                     "fLaC": "flac", ".mp3": "mp3"}.get(fourcc, fourcc)
            channels = struct.unpack(">H", entry[24:26])[0]
            rate = struct.unpack(">I", entry[32:36])[0] >> 16
    return codec, channels, rate, duration


# ---------------------------------------------------------------- ffmpeg -i

_DURATION_RE = re.compile(r"Duration:\s*(\d+):(\d\d):(\d\d(?:\.\d+)?)")
_STREAM_RE = re.compile(r"Stream #\d+:\d+.*?: Audio: ([A-Za-z0-9_]+)[^,\n]*(?:,\s*(\d+) Hz)?(?:,\s*([^,\n]+))?")


def _channels_from_layout(layout: str | None) -> int | None:
    if not layout:
        return None
    layout = layout.strip()
    named = {"mono": 1, "stereo": 2, "2.1": 3, "quad": 4, "5.0": 5, "5.1": 6, "7.1": 8}
    if layout in named:
        return named[layout]
    match = re.match(r"(\d+) channels", layout)
    return int(match.group(1)) if match else None


def ffmpeg_describe(path: Path) -> tuple[str, str | None, int | None, int | None, float | None]:
    """(stderr, codec, sample rate, channels, duration) as ``ffmpeg -i`` sees the file."""
    from qa_desktop.core.audio.ffmpeg import ffmpeg_command, subprocess_flags

    completed = subprocess.run(ffmpeg_command("-i", str(path)), stdin=subprocess.DEVNULL, capture_output=True,
                               timeout=60, **subprocess_flags())
    text = completed.stderr.decode("utf-8", "replace")
    codec = rate = channels = duration = None
    stream = _STREAM_RE.search(text)
    if stream:
        codec = stream.group(1)
        rate = int(stream.group(2)) if stream.group(2) else None
        channels = _channels_from_layout(stream.group(3))
    found = _DURATION_RE.search(text)
    if found:
        hours, minutes, seconds = found.groups()
        duration = int(hours) * 3600 + int(minutes) * 60 + float(seconds)
    return text, codec, rate, channels, duration


def _probe_with_ffmpeg(path: Path, family: str, size: int) -> AudioInfo:
    text, codec, rate, channels, duration = ffmpeg_describe(path)
    if codec is None:
        raise classify_ffmpeg_failure(path, text)
    return AudioInfo(str(path), family, codec, channels, rate, duration, size, None, source="ffmpeg")


def classify_ffmpeg_failure(path: Path, stderr: str):
    """Turn ffmpeg's complaint into the matching error with a short English reason."""
    lowered = stderr.lower()
    if "invalid data found" in lowered or "could not find codec parameters" in lowered \
            or "error while decoding" in lowered or "failed to read" in lowered:
        return AudioCorrupt(f"{path.name}: the file is damaged or not audio (ffmpeg cannot read it).",
                            path=str(path))
    if "decoder" in lowered and ("not found" in lowered or "unknown" in lowered) or "not supported" in lowered:
        return AudioUnsupported(f"{path.name}: this audio codec is not supported by the installed ffmpeg.",
                                path=str(path))
    if "does not contain any stream" in lowered or "output file #0 does not contain" in lowered \
            or "matches no streams" in lowered:
        return AudioUnsupported(f"{path.name}: the file contains no audio.", path=str(path))
    if "end of file" in lowered or "truncat" in lowered:
        return AudioTruncated(f"{path.name}: the file is truncated.", path=str(path))
    last = next((line for line in reversed(stderr.strip().splitlines()) if line.strip()), "unknown error")
    return AudioCorrupt(f"{path.name}: ffmpeg cannot read it ({last.strip()[:160]}).", path=str(path))


# ---------------------------------------------------------------- entry point

_PARSERS = {"wav": _parse_wav, "mp3": _parse_mp3, "flac": _parse_flac, "ogg": _parse_ogg, "mp4": _parse_mp4}


def check_name_matches(path: Path, head: bytes) -> str:
    """The container family, after checking the content against the extension."""
    ext = path.suffix.lower()
    expected = EXTENSION_FAMILY.get(ext)
    if expected is None:
        raise AudioUnsupported(f"{path.name}: '{ext or 'no extension'}' files are not supported recordings.",
                               path=str(path), extension=ext)
    actual = sniff(head)
    if actual is not None and actual != expected:
        raise AudioMislabelled(
            f"{path.name}: the file is really {_family_name(actual)} audio but is named {ext}; "
            f"rename it to the right extension and import it again.",
            path=str(path), actual=actual, extension=ext)
    if actual is None and expected != "mp3":
        # MP3 may begin with junk before its first frame; anything else must announce itself.
        raise AudioCorrupt(f"{path.name}: not a valid {_family_name(expected)} file "
                           "(its first bytes are not audio).", path=str(path))
    return expected


def probe(path: str | os.PathLike, *, use_ffmpeg: bool = True, with_hash: bool = False):
    """Describe a recording from its headers; ``use_ffmpeg=False`` never starts a process.

    With ``with_hash=True`` returns ``(info, content_hash)``, reading the file once for both
    (what import does for every file). Raises an :class:`~qa_desktop.core.audio.errors.AudioError`
    subclass for a missing, empty, truncated, corrupt, mislabelled or unsupported file.
    """
    path = Path(path)
    try:
        handle = open(path, "rb")
    except FileNotFoundError as error:
        raise AudioNotFound(f"{path}: file not found.", path=str(path)) from error
    except PermissionError as error:
        raise AudioNotFound(f"{path}: permission denied.", path=str(path)) from error
    except IsADirectoryError as error:
        raise AudioUnsupported(f"{path.name} is not a file.", path=str(path)) from error
    digest = None
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            raise AudioEmpty(f"{path.name}: the file is empty (0 bytes).", path=str(path))
        head = handle.read(_HEAD_BYTES)
        family = check_name_matches(path, head)
        parser = _PARSERS.get(family)
        info = None
        if parser is not None:
            try:
                info = parser(path, handle, head, size)
            except (struct.error, IndexError, OverflowError) as error:
                raise AudioCorrupt(f"{path.name}: the {_family_name(family)} header is damaged.",
                                   path=str(path)) from error
        if with_hash:
            from qa_desktop.core.audio.fingerprint import hash_open_file

            digest = hash_open_file(handle, size)
    if info is not None:
        _check_declared(path, family, info.channels, info.sample_rate)
    if info is not None and info.duration_s is not None and info.duration_s <= 0 and family == "wav":
        raise AudioEmpty(f"{path.name}: the recording holds no audio (0 seconds).", path=str(path))
    if info is None or (info.duration_s is None and use_ffmpeg):
        if not use_ffmpeg:
            info = AudioInfo(str(path), family, "unknown", None, None, None, size, source="estimate")
        else:
            described = _probe_with_ffmpeg(path, family, size)
            if info is not None:  # keep what the header said, fill in the rest
                described.codec = info.codec or described.codec
            info = described
    return (info, digest) if with_hash else info
