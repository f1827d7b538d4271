"""The scoring form as answerable widgets, shared by the workspace, blind calibration scoring,
the calibration consensus and the form designer's preview."""
from qa_desktop.ui.scoring.panel import ScoringPanel

__all__ = ["ScoringPanel"]
