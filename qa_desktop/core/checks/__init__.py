"""Automatic checks run on a call's transcript and analysis (Qt-free).

- :mod:`.matching`: phrases matched by sound (pypinyin + rapidfuzz), prohibited words in one pass (Aho-Corasick);
- :mod:`.run`: a form's checks on one call → suggested answers with evidence, and risks;
- :mod:`.screening`: the checks on every call with a transcript or an analysis (``qa-desktop screen``).

The check rules themselves are part of the form definition: :mod:`qa_desktop.core.scoring.checks`.
"""
