"""The audio engine (Qt-free).

- ``ffmpeg``: which ffmpeg binary (env, PATH, frozen bundle, imageio-ffmpeg); pydub points at it
- ``probe``: format, codec, duration, channels and rate from headers, without decoding
- ``decode``: any supported recording to int16 samples, shape (channels, n), at the source rate
- ``fingerprint``: the content hash that identifies a recording wherever it moves
- ``waveform``: per-channel min/max envelope, cached on disk by content hash
- ``analysis``: levels, speech per side, dead air, talk-over, talk ratio, monologue
- ``measure``: decode + envelope + analysis in one pass
- ``synth``: synthetic two-channel calls with their truth (tests, benchmarks, demo)
- ``tracks``: what the player draws: peak envelopes and the analysis spans read from a stored analysis
- ``sides``: a one-side (mono) copy of a two-channel recording, for listening to one party
"""
