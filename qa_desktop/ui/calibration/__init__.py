"""The Calibration page (校准会议)."""
