"""The settings of call analysis, apart from the analysis itself so the command line can show their
defaults without importing NumPy."""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass
class AnalysisOptions:
    agent_channel: int = 0
    dead_air_min_s: float = 3.0
    talk_over_min_s: float = 0.5
    handling_standard_s: float = 300.0  # common questions within 5 minutes (service standard)
    frame_s: float = 0.01
    min_pause_s: float = 0.3            # shorter gaps are breaths inside speech
    min_speech_s: float = 0.15          # shorter bursts are clicks, not speech
    above_noise_db: float = 12.0        # speech must be this far above the channel's noise floor
    absolute_floor_dbfs: float = -60.0  # nothing quieter than this is speech, however clean the line
    echo_margin_db: float = 25.0        # a frame this far below the other side is its echo

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> AnalysisOptions:
        known = {k: v for k, v in (data or {}).items() if k in cls.__dataclass_fields__}
        return cls(**known)
