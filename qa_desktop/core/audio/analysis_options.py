"""The settings of call analysis, apart from the analysis itself so the command line can show their
defaults without importing NumPy."""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass
class AnalysisOptions:
    agent_channel: int = 0
    dead_air_min_s: float = 3.0
    talk_over_min_s: float = 0.5
    talk_over_bridge_s: float = 0.4     # pauses shorter than this inside a talk-over do not end it
    handling_standard_s: float = 300.0  # common questions within 5 minutes (service standard)
    frame_s: float = 0.01
    min_pause_s: float = 0.3            # shorter gaps are breaths inside speech
    min_speech_s: float = 0.15          # shorter bursts are clicks, not speech
    min_hold_s: float = 2.0             # shorter tonal sounds are not a hold
    aggressiveness: int = 2             # WebRTC VAD mode (0-3), chosen on the corpus (bench_call_analysis compare)
    speech_range_db: float = 22.0       # frames further below the side's loud speech are not its speech
    above_floor_db: float = 9.0         # speech is at least this far above the local noise floor
    echo_margin_db: float = 8.0         # speech is at least this far above its predicted echo
    loud_run_db: float = 12.0           # an utterance's loudest part comes at least this close to loud speech
    floor_window_s: float = 6.0         # the noise floor is tracked over this long
    edge_db: float = 20.0               # an utterance's ends this far under its loudest part are trimmed

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> AnalysisOptions:
        known = {k: v for k, v in (data or {}).items() if k in cls.__dataclass_fields__}
        return cls(**known)
