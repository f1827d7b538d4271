"""Why a recording could not be read: one stable code per reason, an English message for the CLI."""
from __future__ import annotations

from qa_desktop.core.errors import QADesktopError


class AudioError(QADesktopError):
    code = "audio"


class FFmpegMissing(AudioError):
    code = "ffmpeg_missing"


class AudioNotFound(AudioError):
    code = "audio_not_found"


class AudioEmpty(AudioError):
    """Zero bytes, or a header that promises no audio at all."""

    code = "audio_empty"


class AudioTruncated(AudioError):
    """The file ends before the audio its header announces (an interrupted copy or export)."""

    code = "audio_truncated"


class AudioCorrupt(AudioError):
    code = "audio_corrupt"


class AudioMislabelled(AudioError):
    """The content is another format than the file name says (e.g. an MP3 named .wav)."""

    code = "audio_mislabelled"


class AudioUnsupported(AudioError):
    code = "audio_unsupported"
