"""Transcripts from the call platform and the automatic checks run on them (Qt-free).

- :mod:`.formats`: reading Alibaba Cloud JSON, SRT, WebVTT and CSV exports (UTF-8 or GBK);
- :mod:`.importer`: attaching them to registered calls, idempotently, one report line per bad file;
- :mod:`.store`: the ``call_transcripts`` table: writing, reading, searching.
"""
