"""Keeping customers' phone numbers out of exported files.

Calls already store the customer number masked, but people type numbers into notes, summaries,
dispute statements and coaching records. Every free text leaving the app through an export goes
through :func:`mask_customer_numbers`: a run of 7 or more digits (spaces, dashes, brackets and a
leading ``+`` allowed in between, as phone numbers are written) keeps at most its first 3 and last
4 digits, e.g. ``13812345678`` → ``138****5678``. Already masked text and dates (2026-10-15) are left as they are.
"""
from __future__ import annotations

import re

# A digit, then digits or single separators, ending in a digit; the length check is done below
# so that short numbers (scores, times, 工号 of a few digits) are never touched.
_NUMBER_RUN = re.compile(r"\+?\d(?:[\d \-()]?\d)+")
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_MIN_DIGITS = 7


def _mask_run(match: re.Match) -> str:
    text = match.group(0)
    if _DATE.fullmatch(text):
        return text
    digits = sum(ch.isdigit() for ch in text)
    if digits < _MIN_DIGITS:
        return text
    keep_head = 3 if digits >= 11 else 0
    keep_tail = 4 if digits >= 8 else 2
    out, seen = [], 0
    for ch in text:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen <= keep_head or seen > digits - keep_tail else "*")
        else:
            out.append(ch)
    return "".join(out)


def mask_customer_numbers(text: str | None) -> str | None:
    """``text`` with every phone-number-like run of digits masked (None stays None)."""
    if not text:
        return text
    return _NUMBER_RUN.sub(_mask_run, text)
