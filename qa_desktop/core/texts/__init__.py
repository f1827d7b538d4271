"""The core's translation catalogue: every text the Qt-free core shows people, in three languages.

Workbooks, "why this score", the printable form, permission messages, statuses, codec names and
progress steps are made without Qt (CLI, background jobs), so they cannot use Qt's catalogue.
They all live here, one table per domain (``reports``, ``calibration``, ``scoring``, ``workflow``),
each entry ``key: (English, 简体中文, 繁體中文)``. ``tests/test_core_texts.py`` fails on a missing
or empty translation, as ``tests/test_translations.py`` does for the Qt layer.

    text("report.sheet.summary", "zh_CN")          -> "概览"
    text("role.qa_lead", "zh_TW")                  -> "質檢組長"
    view("explain", "en")["headline"]              -> "Score {total}, grade {grade}."
"""
from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping

from qa_desktop.core.languages import LANGUAGES

LANGS = LANGUAGES  # the order of the texts in every entry

# domain module -> key prefix in the catalogue
_DOMAINS = {"reports": "report.", "calibration": "calibration.", "scoring": "", "workflow": "", "people": "",
            "form_errors": "form_invalid.", "agreement": "agreement."}
_catalogue: dict[str, tuple[str, str, str]] | None = None


def catalogue() -> dict[str, tuple[str, str, str]]:
    """Every entry, loaded on first use (start-up never pays for it)."""
    global _catalogue
    if _catalogue is None:
        merged: dict[str, tuple[str, str, str]] = {}
        for domain, prefix in _DOMAINS.items():
            table = importlib.import_module(f"{__name__}.{domain}").TEXTS
            for key, texts in table.items():
                full = prefix + key
                if full in merged:
                    raise RuntimeError(f"text key {full!r} is defined twice")
                merged[full] = texts
        _catalogue = merged
    return _catalogue


def language_index(lang: str | None) -> int:
    return LANGS.index(lang) if lang in LANGS else 0


def has(key: str) -> bool:
    return key in catalogue()


def text(key: str, lang: str | None = "en", /, **values) -> str:
    """The text for ``key`` in ``lang`` (English for an unknown language), formatted with ``values``.

    An unknown key is returned as it is, so a stored value without an entry still shows.
    """
    entry = catalogue().get(key)
    if entry is None:
        return key
    result = entry[language_index(lang)] or entry[0]
    return result.format(**values) if values else result


def maybe(key: str, lang: str | None, fallback: str) -> str:
    """``text(key)`` when the catalogue has it, else ``fallback`` (e.g. a code typed by a person)."""
    entry = catalogue().get(key)
    return (entry[language_index(lang)] or entry[0]) if entry else fallback


class _View(Mapping):
    """``view("explain", lang)["headline"]``: one domain's texts in one language, like a dict."""

    def __init__(self, prefix: str, lang: str | None):
        self._prefix = prefix
        self._index = language_index(lang)

    def __getitem__(self, key: str) -> str:
        entry = catalogue()[self._prefix + key]
        return entry[self._index] or entry[0]

    def __iter__(self):
        return (k[len(self._prefix):] for k in catalogue() if k.startswith(self._prefix))

    def __len__(self) -> int:
        return sum(1 for _ in iter(self))


@functools.lru_cache(maxsize=64)
def view(prefix: str, lang: str | None) -> Mapping[str, str]:
    return _View(prefix.rstrip(".") + ".", lang)
