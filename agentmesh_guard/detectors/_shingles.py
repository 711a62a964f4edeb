"""Deterministic word-shingle hashing, shared by immune memory and the replication tracker.

Hashes must agree across processes and machines (fingerprints are stored in a
NATS KV bucket and compared by other guards), so nothing here uses Python's
salted ``hash()``: words are hashed with CRC-32 and shingles are combined with
fixed 64-bit arithmetic (a splitmix64 finaliser).
"""

from __future__ import annotations

import re
import sys
import zlib
from array import array
from collections.abc import Iterable, Sequence
from typing import Final

from agentmesh_guard.detectors._prefilter import facts
from agentmesh_guard.detectors._text import normalized_words

__all__ = ["MASK64", "mix64", "sentence_end", "shingle_hashes", "shingle_values", "suspicious_region"]

MASK64: Final = (1 << 64) - 1
SHINGLE_WORDS: Final = 3
MAX_WORDS: Final = 20_000
"""Bounded work: only the first 20k words of a text are shingled."""


def mix64(x: int) -> int:
    """splitmix64 finaliser: a fixed bijective scrambling of a 64-bit integer."""
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9 & MASK64
    x = (x ^ (x >> 27)) * 0x94D049BB133111EB & MASK64
    return x ^ (x >> 31)


REGION_BACK: Final = 160
"""How far back from an evidence span to look for the start of its sentence."""
REGION_BACK_WORDS: Final = 6
"""At most this many words of that sentence before the span: an injection spliced into the middle of a
host's sentence would otherwise bring the host's words into what is learned."""
REGION_AHEAD: Final = 200
"""At most this far past an evidence span, to the end of the sentence it is in."""
REGION_MAX: Final = 8192
_SENTENCE_START: Final = (". ", "! ", "? ", "\n", ": ", ">")
"""Where the sentence (or clause, or markup element's text) of an evidence span starts: after one of these
before it. ``>`` ends a tag: an injection hidden in a ``<div>`` is the div's text, not the page around it."""
_SENTENCE_END: Final = (". ", "! ", "? ", "\n", "<")
"""Where it ends: at one of these after it (``<``: the next tag). Not a colon: after "from the
administrator:" comes what the injection wants done."""
_WORD_START: Final = re.compile(r"(?<!\S)\S")
_SPACE: Final = re.compile(r"\s")


def suspicious_region(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The parts of ``text`` that carry the evidence ``spans``: each span extended back to the start of
    its sentence (at most ``REGION_BACK_WORDS`` words back) and on to the end of the sentence it ends in,
    a tag bounding both ways; a span of one token (a base64 blob, a URL) is not extended forward. Windows
    that overlap are merged.

    This is what immune memory and the replication tracker remember of poisoned content: the
    injected instruction, not the benign page it was hidden in, so quoting the benign parts later
    is not mistaken for spreading the poison.
    """
    windows = []
    for s, e in spans:
        if not 0 <= s < e <= len(text):
            continue
        back = max(text.rfind(mark, max(0, s - REGION_BACK), s) for mark in _SENTENCE_START)
        start = back + 1 if back >= 0 else max(0, s - 16)
        words = [m.start() for m in _WORD_START.finditer(text, start, s)]
        if len(words) > REGION_BACK_WORDS:
            start = words[-REGION_BACK_WORDS]
        if _SPACE.search(text, s, e) is None:  # one token (a blob, a URL): the sentence after it is not its
            windows.append((start, e))
            continue
        windows.append((start, sentence_end(text, e)))
    merged: list[list[int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return "\n".join(text[a:b] for a, b in merged)[:REGION_MAX]


def sentence_end(text: str, pos: int) -> int:
    """Where the sentence ``pos`` is in ends (just past its ``. ``/``! ``/``? ``/line break, or before
    the next tag's ``<``), at most ``REGION_AHEAD`` characters on."""
    stop = min(len(text), pos + REGION_AHEAD)
    ends = [i for i in (text.find(mark, pos, stop) for mark in _SENTENCE_END) if i >= 0]
    return min(ends) + 1 if ends else stop


_last: tuple[str, Sequence[int]] | None = None


def shingle_hashes(text: str, *, seed: int = 0x5EED, words: int = SHINGLE_WORDS) -> set[int]:
    """64-bit hashes of the normalised ``words``-word shingles of ``text``.

    A text shorter than one shingle yields one hash of all its words; an empty text none.
    """
    if seed == _DEFAULT_SEED and words == SHINGLE_WORDS:
        return set(shingle_values(text))
    return _shingle_hashes(text, seed, words)


def shingle_values(text: str) -> Sequence[int]:
    """The values of ``shingle_hashes(text)`` (default seed and width), in the text's order, a value
    again wherever its shingle repeats. The last result is cached by identity of ``text``, so detectors
    that shingle the same message share the work. No set is built: a reader that wants only the
    shingles some set knows asks that set (``known.intersection(values)``: ~40 -> ~20 µs a 1.2 KB text
    against building the text's set first and intersecting the two)."""
    global _last
    last = _last
    if last is not None and last[0] is text:
        return last[1]
    lanes, n = _lanes(text)
    out: Sequence[int] = (  # fewer words than a shingle: one hash of them all, made word by word
        _lane_values(lanes, n) if n >= SHINGLE_WORDS else tuple(_shingle_hashes(text, _DEFAULT_SEED, SHINGLE_WORDS))
    )
    _last = (text, out)
    return out


_M1: Final = 0x9E3779B97F4A7C15
_M2: Final = 0xC2B2AE3D27D4EB4F
_M3: Final = 0x165667B19E3779F9
_WORD_CACHE_MAX: Final = 65_536
_DEFAULT_SEED: Final = 0x5EED
_LANE: Final = 128
"""Bits per word in ``_lane_values``: a shingle's sum is below ``3 * 2**96``, so lanes never carry."""
_LANE_BYTES: Final = _LANE // 8


class _WordHashes(dict[str, int]):
    """word -> its CRC-32 (default seed). Words repeat a lot across messages, so most lookups are
    hits. Bounded: when full it starts over, so one-off tokens (request ids, figures) that filled it
    give way to the words traffic uses now (kept otherwise, they would make every later new word a
    miss for the life of the process)."""

    def __missing__(self, word: str) -> int:
        h = zlib.crc32(word.encode(), _DEFAULT_SEED)
        if len(self) >= _WORD_CACHE_MAX:
            self.clear()
        self[word] = h
        return h


class _ByteWordLanes(dict[bytes, bytes]):
    """``_WordHashes`` for the ASCII words of ASCII texts, kept as bytes, each hash (the same CRC-32)
    already written as its lane of ``_lane_values``' integer (16 bytes, little-endian): a text's
    lanes are then one ``bytes.join``, with no Python integer made per word (~4 µs a 1.2 KB text)."""

    def __missing__(self, word: bytes) -> bytes:
        lane = zlib.crc32(word, _DEFAULT_SEED).to_bytes(_LANE_BYTES, "little")
        if len(self) >= _WORD_CACHE_MAX:
            self.clear()
        self[word] = lane
        return lane


_str_hashes = _WordHashes()
_byte_lanes = _ByteWordLanes()


def _lanes(text: str) -> tuple[bytes, int]:
    """The cached CRC-32s of ``normalized_words(text)[:MAX_WORDS]`` laid out as ``_lane_values`` reads
    them, and how many there are. An ASCII text's words are its ``facts``' (split in C, once a message):
    for an ASCII text ``normalized_words`` is its runs of ``[a-z0-9]`` after ``lower()``, which is what
    ``WORD_TABLE`` (``A-Z`` lowered, everything else but letters and digits a space) leaves."""
    if text.isascii():
        words = facts(text).ascii_words[:MAX_WORDS]
        return b"".join(map(_byte_lanes.__getitem__, words)), len(words)
    hashes = list(map(_str_hashes.__getitem__, normalized_words(text)[:MAX_WORDS]))
    return _lanes_of(hashes), len(hashes)


def _lanes_of(hashes: list[int]) -> bytes:
    """32-bit ``hashes`` laid out as lanes: each in the low 8 bytes of its own 16, little-endian."""
    words = array("Q", hashes)
    if _SWAP:
        words.byteswap()  # the bytes little-endian, as int.from_bytes reads them
    lanes = array("Q", bytes(_LANE_BYTES * len(hashes)))  # two 64-bit halves a lane, the hash in the low one
    lanes[::2] = words
    return lanes.tobytes()


def _lane_values(lanes: bytes, n: int) -> array[int]:
    """``(a*M1 + b*M2 + c*M3) mod 2**64``, in order, for each three consecutive word hashes ``a, b, c``
    (32 bits each) of the ``n >= 3`` in ``lanes``, all with one multiplication: the hashes are laid out
    as one integer ``A`` with a 128-bit lane each (``a_j`` in lane ``j``, ``_lanes_of``), and multiplied
    by ``_LANE_MULTIPLIER`` = ``M3 + M2 << 128 + M1 << 256``. Lane ``j`` of the product is ``a_j*M3 +
    a_(j-1)*M2 + a_(j-2)*M1``, the shingle that starts at word ``j - 2``; it is below ``3 * 2**96``, so
    no lane carries into the next, and its low 64 bits are the shingle."""
    product = (int.from_bytes(lanes, "little") * _LANE_MULTIPLIER).to_bytes(_LANE_BYTES * (n + 2), "little")
    shingles = array("Q", product)[4 : 2 * n : 2]  # the low halves of lanes 2 .. n-1
    if _SWAP:
        shingles.byteswap()
    return shingles


_LANE_MULTIPLIER: Final = _M3 + (_M2 << _LANE) + (_M1 << 2 * _LANE)
_SWAP: Final = sys.byteorder != "little"
"""On a big-endian machine ``array`` holds its numbers big-endian: swap them to and from the
little-endian lanes."""


def _shingle_hashes(text: str, seed: int, words: int) -> set[int]:
    """Word by word, for any seed and width (``shingle_values`` reads the default ones in lanes)."""
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
        return {(a * _M1 + b * _M2 + c * _M3) & MASK64 for a, b, c in zip(wh, wh[1:], wh[2:], strict=False)}
    out = set()
    for i in range(len(wh) - words + 1):
        acc = seed
        for h in wh[i : i + words]:
            acc = mix64(acc * 0x100000001B3 + h & MASK64)
        out.add(acc)
    return out
