"""Embedded player: a service with signals, passive controls and the waveform view."""
