"""Passwords are stored as salted argon2id hashes (argon2-cffi), never in clear and never reversibly."""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from qa_desktop.core.errors import ValidationError

MIN_LENGTH = 8
# argon2-cffi's RFC 9106 "low memory" profile: ~50 ms on a desktop; slow for a guesser, quick for a person.
_HASHER = PasswordHasher()


def check_strength(password: str) -> None:
    if len(password or "") < MIN_LENGTH:
        raise ValidationError(f"A password needs at least {MIN_LENGTH} characters.", why="password_too_short")


def hash_password(password: str) -> str:
    check_strength(password)
    return _HASHER.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    """True when ``password`` matches ``stored``; a missing or malformed hash matches nothing."""
    if not stored or password is None:
        return False
    try:
        return _HASHER.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    try:
        return _HASHER.check_needs_rehash(stored)
    except InvalidHashError:
        return True
