"""Sheet and column titles of the exported workbooks in English, simplified and traditional Chinese.

The texts live in the core's catalogue (:mod:`qa_desktop.core.texts`, table ``reports``);
``label(key, lang)`` falls back to English for an unknown language.
"""
from __future__ import annotations

from qa_desktop.core import texts

LANGS = texts.LANGS

def label(key: str, lang: str = "en") -> str:
    return texts.maybe(f"report.{key}", lang, key)


def value_label(value: str | None, lang: str = "en") -> str | None:
    """A stored status (open, founded, pending…) in the report's language; unknown values unchanged."""
    if not value:
        return value
    return texts.maybe(f"report.v.{value}", lang, value)


def grade_label(code: str, lang: str = "en") -> str:
    return label(f"g.{code}", lang)


def keys() -> list[str]:
    return [key.removeprefix("report.") for key in texts.catalogue() if key.startswith("report.")]
