"""The languages of QA Desktop: the one list the UI, the CLI, the forms, the reports and the
"why this score" lines all use. Adding a language starts here (then translations/ and the core's texts).
"""
from __future__ import annotations

LANGUAGES = ("en", "zh_CN", "zh_TW")
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}  # each in its own language
# Scoring forms list their texts Chinese first: the evaluators read Chinese, English is the fallback.
FORM_TEXT_LANGUAGES = tuple(sorted(LANGUAGES, key=lambda code: code == "en"))
