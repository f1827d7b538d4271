"""The content hash that identifies a recording wherever it is moved or renamed.

Registering 10,000 recordings must run at thousands of files a second over a network share,
so a file is not read in full: the hash is SHA-256 over the file size and three 16 KiB
samples (start, middle, end); files up to 64 KiB are hashed whole. Two different
recordings would need the same size and identical bytes at all three places to collide,
which real audio (line noise, headers with lengths and timestamps) does not do. The value
is a 64-character hex string like a plain SHA-256, stored in ``Call.content_hash``;
``full=True`` hashes every byte when certainty matters more than speed.
"""
from __future__ import annotations

import hashlib
import os

SAMPLE = 16 * 1024
WHOLE_FILE_LIMIT = 4 * SAMPLE
_DOMAIN = b"qa-desktop/content-hash/v1\0"


def content_hash(path: str | os.PathLike, *, full: bool = False) -> str:
    """Hex digest identifying the recording's content (see module doc)."""
    with open(path, "rb") as handle:
        return hash_open_file(handle, os.fstat(handle.fileno()).st_size, full=full)


def hash_open_file(handle, size: int, *, full: bool = False) -> str:
    """The content hash of an open binary file of ``size`` bytes (its position is not kept)."""
    digest = hashlib.sha256(_DOMAIN)
    digest.update(size.to_bytes(8, "little"))
    if full or size <= WHOLE_FILE_LIMIT:
        digest.update(b"full\0" if full else b"whole\0")
        handle.seek(0)
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
        return digest.hexdigest()
    for offset in (0, size // 2 - SAMPLE // 2, size - SAMPLE):
        handle.seek(offset)
        digest.update(handle.read(SAMPLE))
    return digest.hexdigest()


def plain_sha256(path: str | os.PathLike) -> str:
    """SHA-256 of every byte, as ``sha256sum`` prints it (how calls made before this scheme were hashed)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def recording_matches(path: str | os.PathLike, expected_hash: str) -> bool:
    """Whether the file at ``path`` is the recording whose stored hash is ``expected_hash``.

    Accepts both this module's content hash and a plain whole-file SHA-256, so calls hashed
    either way can be relinked to a moved file.
    """
    if content_hash(path) == expected_hash:
        return True
    return plain_sha256(path) == expected_hash
