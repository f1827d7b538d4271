"""Customer phone numbers are never stored in clear: a mask for display, a keyed hash for lookups.

The hash is an HMAC with a random key kept in the team database, so the same number gives the
same hash across imports (repeat callers can be found) while a stolen hash list cannot be
reversed by trying every phone number, which a plain SHA-256 of 11 digits would allow.
"""
from __future__ import annotations

import functools
import hashlib
import hmac
import re
import secrets

from qa_desktop.core.db.models import Setting

KEY_SETTING = "customer_number_hash_key"
_NON_DIGITS = re.compile(r"\D+")


def normalise_number(number: str) -> str:
    text = str(number or "")
    digits = text if text.isdigit() else _NON_DIGITS.sub("", text)
    if len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]  # +86 mobile
    elif len(digits) == 15 and digits.startswith("0086"):
        digits = digits[4:]
    return digits


def mask_number(number: str) -> str:
    """138****5678 for a mobile; a shorter number keeps fewer digits."""
    digits = normalise_number(number)
    if len(digits) >= 7:
        return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
    if len(digits) >= 3:
        return "*" * (len(digits) - 2) + digits[-2:]
    return "*" * len(digits)


def hash_key(session) -> bytes:
    """The database's key for number hashes, created on first use (inside the caller's transaction)."""
    setting = session.get(Setting, KEY_SETTING)
    if setting is None or not setting.value:
        setting = Setting(key=KEY_SETTING, value=secrets.token_hex(32))
        session.add(setting)
        session.flush()
    return bytes.fromhex(setting.value)


def hash_number(number: str, key: bytes) -> str:
    keyed = _keyed(key).copy()  # copying a keyed HMAC skips the key schedule (thousands per import)
    keyed.update(normalise_number(number).encode("ascii"))
    return keyed.hexdigest()


@functools.lru_cache(maxsize=8)
def _keyed(key: bytes):
    return hmac.new(key, digestmod=hashlib.sha256)
