"""The languages of QA Desktop: the one list the UI, the CLI, the forms, the reports and the
"why this score" lines all use. Adding a language starts here (then translations/ and the core's texts).
"""
from __future__ import annotations

LANGUAGES = ("en", "zh_CN", "zh_TW")
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}  # each in its own language
# Scoring forms list their texts Chinese first: the evaluators read Chinese, English is the fallback.
FORM_TEXT_LANGUAGES = tuple(sorted(LANGUAGES, key=lambda code: code == "en"))


def pick(text: dict[str, str] | None, lang: str = "en") -> str:
    """A form's text (``{language: text}``) in ``lang``, falling back to simplified Chinese, English, then
    anything. Here, below the scoring form and its errors, so both read texts alike."""
    if not text:
        return ""
    for key in (lang, "zh_CN" if lang == "zh_TW" else None, "zh_CN", "en"):
        if key and text.get(key):
            return text[key]
    return next((v for v in text.values() if v), "")
