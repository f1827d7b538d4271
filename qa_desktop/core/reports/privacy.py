"""Keeping customers' phone numbers out of exported files.

Calls already store the customer number masked, but people type numbers into notes, summaries,
dispute statements and coaching records. Every free text leaving the app through an export goes
through :func:`mask_customer_numbers`: a run of 7 or more digits (spaces, dashes, dots, slashes,
brackets, their full-width forms and a leading ``+`` allowed in between, as phone numbers are
written) keeps at most its first 3 and last 4 digits, e.g. ``13812345678`` → ``138****5678``,
``138．1234．5678`` → ``138．****．5678``. Already masked text and dates (2026-10-15, 2026.10.15)
are left as they are. The importer masks free-text columns of call lists (queue, call type) the same way.
"""
from __future__ import annotations

import re

# A digit, then digits or single separators, ending in a digit; the length check is done below
# so that short numbers (scores, times, 工号 of a few digits) are never touched. Separators are those
# people type between digit groups: space, - . / ( ), and their full-width and dash forms
# (138－1234－5678, 138．1234．5678, 138—1234—5678); \d also matches full-width digits (１３８).
_SEPARATORS = " \u00a0\u3000\\-.()/\uff0d\uff0e\uff0f\uff08\uff09\u2010\u2011\u2012\u2013\u2014\u2212"
_NUMBER_RUN = re.compile(
    # A date (2026-10-15, 2026.10.15, 2026/10/15) is matched first and left alone.
    r"(?P<date>(?<!\d)\d{4}([-./\uff0d\uff0e\uff0f])\d{1,2}\2\d{1,2}(?!\d))"
    # Groups after a separator have two digits or more, as phone numbers are grouped: "1.5 2.5 3.5 4.5"
    # (scores) is not a number, "1-800-555-0199" and "138 1234 5678" are.
    r"|[+\uff0b]?\d+(?:[" + _SEPARATORS + r"]\d\d+)*")
_MIN_DIGITS = 7
def _mask_run(match: re.Match) -> str:
    text = match.group(0)
    if match.group("date"):
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


# The control characters an XML worksheet cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE), here so that
# reading a report's data does not import openpyxl (the Reports page shows charts without it).
_NOT_IN_XML = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def clean_text(text: str, *, free_text: bool = False) -> str:
    """Text as a workbook may hold it: control characters dropped, and customer numbers masked in free text."""
    if _NOT_IN_XML.search(text):
        text = _NOT_IN_XML.sub("", text)
    if free_text:
        text = mask_customer_numbers(text) or ""
    return text
