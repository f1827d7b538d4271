"""Where playback stopped in each call, so reopening a call resumes there (kept in the settings)."""
from __future__ import annotations

import json

POSITIONS_KEY = "player/positions"
REMEMBERED_POSITIONS = 200


def worth_keeping(ms: int, duration: int) -> bool:
    """Not the first second (nothing heard yet) nor the last (the call was finished)."""
    return ms > 1000 and not (duration and ms >= duration - 1000)


class PlaybackPositions:
    def __init__(self, settings):
        self.settings = settings
        self._recent: dict[int, int] = {}  # this session's, before the settings are written

    def _stored(self) -> dict:
        raw = self.settings.value(POSITIONS_KEY, "{}")
        try:
            data = json.loads(raw) if isinstance(raw, str) else {}
        except ValueError:
            data = {}
        return data if isinstance(data, dict) else {}

    def position(self, call_id: int) -> int:
        if call_id in self._recent:
            return self._recent[call_id]
        return int(self._stored().get(str(call_id), 0))

    def note(self, call_id: int, ms: int, duration: int) -> None:
        """Remember at once, in memory (the settings write follows, off the path of opening a call)."""
        self._recent[call_id] = ms if worth_keeping(ms, duration) else 0

    def remember(self, call_id: int, ms: int, duration: int) -> None:
        data = self._stored()
        data.pop(str(call_id), None)
        if worth_keeping(ms, duration):
            data[str(call_id)] = int(ms)
        while len(data) > REMEMBERED_POSITIONS:
            data.pop(next(iter(data)))
        self.settings.set_value(POSITIONS_KEY, json.dumps(data))
