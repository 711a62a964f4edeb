"""Deterministic word-shingle hashing, shared by immune memory and the replication tracker.

Hashes must agree across processes and machines (fingerprints are stored in a
NATS KV bucket and compared by other guards), so nothing here uses Python's
salted ``hash()``: words are hashed with CRC-32 and shingles are combined with
fixed 64-bit arithmetic (a splitmix64 finaliser).
"""

from __future__ import annotations

import zlib
from typing import Final

from agentmesh_guard.detectors._text import normalized_words

__all__ = ["MASK64", "mix64", "shingle_hashes"]

MASK64: Final = (1 << 64) - 1
SHINGLE_WORDS: Final = 3
MAX_WORDS: Final = 20_000
"""Bounded work: only the first 20k words of a text are shingled."""


def mix64(x: int) -> int:
    """splitmix64 finaliser: a fixed bijective scrambling of a 64-bit integer."""
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9 & MASK64
    x = (x ^ (x >> 27)) * 0x94D049BB133111EB & MASK64
    return x ^ (x >> 31)


def shingle_hashes(text: str, *, seed: int = 0x5EED, words: int = SHINGLE_WORDS) -> set[int]:
    """64-bit hashes of the normalised ``words``-word shingles of ``text``.

    A text shorter than one shingle yields one hash of all its words; an empty text none.
    """
    tokens = normalized_words(text)[:MAX_WORDS]
    if not tokens:
        return set()
    wh = [zlib.crc32(t.encode(), seed) for t in tokens]
    if len(wh) < words:
        acc = seed
        for h in wh:
            acc = mix64(acc * 0x100000001B3 + h & MASK64)
        return {acc}
    if words == 3:
        # Inline (no call per shingle): odd 64-bit multipliers keep word order significant.
        return {
            (a * 0x9E3779B97F4A7C15 + b * 0xC2B2AE3D27D4EB4F + c * 0x165667B19E3779F9) & MASK64
            for a, b, c in zip(wh, wh[1:], wh[2:], strict=False)
        }
    out = set()
    for i in range(len(wh) - words + 1):
        acc = seed
        for h in wh[i : i + words]:
            acc = mix64(acc * 0x100000001B3 + h & MASK64)
        out.add(acc)
    return out
