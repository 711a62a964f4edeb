"""Mesh-wide immune memory: remember poison once, recognise its copies everywhere.

When the guard quarantines a message, its text is *learned*: normalised
(casefolded, look-alikes folded, invisibles stripped, punctuation collapsed),
cut into 3-word shingles, and sketched with one-permutation MinHash (OPH: each
shingle hash is placed in one of ``K`` bins, the minimum per bin is kept, and
empty bins are filled by rotation densification). Two sketches agree in a bin
with probability equal to the Jaccard similarity of the shingle sets, so the
fraction of equal bins estimates it. OPH needs one hash per shingle, not ``K``,
which keeps sketching at a few microseconds per hundred words in pure Python.

Matching uses LSH banding (``BANDS`` bands of ``ROWS`` bins): only stored
fingerprints sharing at least one whole band are compared, so lookups do not
scan memory linearly. With 32 x 2, a pair at similarity 0.4 becomes a candidate
with probability ~0.996; at 0.1, ~0.27 (then rejected by the exact estimate).

Fingerprints are plain bytes (``to_bytes``/``from_bytes``) with a fixed seed,
so guards in other processes can store and compare them (e.g. in NATS KV).
"""

from __future__ import annotations

import struct
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from agentmesh_guard.detectors._shingles import MASK64, shingle_hashes
from agentmesh_guard.envelope import Envelope
from agentmesh_guard.types import ScanContext
from agentmesh_guard.verdict import Finding

__all__ = ["BANDS", "ROWS", "Fingerprint", "ImmuneDetector", "ImmuneMemory", "K", "fingerprint"]

K: Final = 64
BANDS: Final = 32
ROWS: Final = K // BANDS
SEED: Final = 0xA6E7
_VERSION: Final = 1
_HEADER: Final = struct.Struct("<BBH")  # version, K, seed (low 16 bits)
_EMPTY: Final = MASK64


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A MinHash sketch of one text; ``values`` has ``K`` entries (all ``MASK64`` for an empty text)."""

    values: tuple[int, ...]

    @property
    def empty(self) -> bool:
        return all(v == _EMPTY for v in self.values)

    def similarity(self, other: Fingerprint) -> float:
        """Estimated Jaccard similarity of the two texts' shingle sets (0.0 for empty texts)."""
        if self.empty or other.empty:
            return 0.0
        return sum(a == b for a, b in zip(self.values, other.values, strict=True)) / K

    def bands(self) -> list[tuple[int, ...]]:
        """LSH band keys (in-process only; the serialised form is ``to_bytes``)."""
        v = self.values
        return [(i, *v[i * ROWS : (i + 1) * ROWS]) for i in range(BANDS)]

    def to_bytes(self) -> bytes:
        return _HEADER.pack(_VERSION, K, SEED & 0xFFFF) + struct.pack(f"<{K}Q", *self.values)

    @classmethod
    def from_bytes(cls, data: bytes) -> Fingerprint:
        """Parse ``to_bytes`` output; raises ``ValueError`` on anything else."""
        if len(data) != _HEADER.size + 8 * K:
            raise ValueError(f"fingerprint must be {_HEADER.size + 8 * K} bytes, got {len(data)}")
        version, k, seed = _HEADER.unpack_from(data)
        if (version, k, seed) != (_VERSION, K, SEED & 0xFFFF):
            raise ValueError(f"incompatible fingerprint (version {version}, K {k}, seed {seed:#x})")
        return cls(struct.unpack_from(f"<{K}Q", data, _HEADER.size))


def fingerprint(text: str) -> Fingerprint:
    """The OPH MinHash sketch of ``text``."""
    bins = [_EMPTY] * K
    for h in shingle_hashes(text, seed=SEED):
        b = h & (K - 1)
        v = h >> 6
        if v < bins[b]:
            bins[b] = v
    if all(v == _EMPTY for v in bins):
        return Fingerprint(tuple(bins))
    # Rotation densification: an empty bin borrows the next non-empty bin's value,
    # offset by the distance so borrowed values do not collide with real ones.
    out = list(bins)
    for i in range(K):
        if bins[i] == _EMPTY:
            j, dist = (i + 1) % K, 1
            while bins[j] == _EMPTY:
                j, dist = (j + 1) % K, dist + 1
            out[i] = (bins[j] + dist * 0x9E3779B97F4A7C15) & (MASK64 >> 6)
    return Fingerprint(tuple(out))


class ImmuneMemory:
    """Learned poison fingerprints with an LSH index. Thread-safe; bounded (oldest forgotten first)."""

    def __init__(self, *, threshold: float = 0.4, max_records: int = 100_000) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        if max_records < 1:
            raise ValueError("max_records must be positive")
        self.threshold = threshold
        self.max_records = max_records
        self._records: OrderedDict[str, Fingerprint] = OrderedDict()
        self._index: dict[tuple[int, ...], set[str]] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._records)

    def learn(self, text: str, *, record_id: str) -> Fingerprint:
        """Remember ``text`` as poison under ``record_id`` and return its fingerprint."""
        fp = fingerprint(text)
        self.add(fp, record_id=record_id)
        return fp

    def add(self, fp: Fingerprint, *, record_id: str) -> None:
        """Remember an existing fingerprint (e.g. loaded from a KV bucket)."""
        if fp.empty:
            return
        with self._lock:
            self._forget(record_id)
            self._records[record_id] = fp
            for key in fp.bands():
                self._index.setdefault(key, set()).add(record_id)
            while len(self._records) > self.max_records:
                self._forget(next(iter(self._records)))

    def forget(self, record_id: str) -> None:
        with self._lock:
            self._forget(record_id)

    def _forget(self, record_id: str) -> None:
        fp = self._records.pop(record_id, None)
        if fp is None:
            return
        for key in fp.bands():
            ids = self._index.get(key)
            if ids is not None:
                ids.discard(record_id)
                if not ids:
                    del self._index[key]

    def match(self, text: str) -> tuple[str, float] | None:
        """The most similar learned record as ``(record_id, similarity)``, if at or above the threshold."""
        return self.match_fingerprint(fingerprint(text))

    def match_fingerprint(self, fp: Fingerprint) -> tuple[str, float] | None:
        if fp.empty or not self._records:
            return None
        with self._lock:
            candidates: set[str] = set()
            for key in fp.bands():
                ids = self._index.get(key)
                if ids:
                    candidates |= ids
            scored = [(rid, fp.similarity(self._records[rid])) for rid in candidates]
        best = max(scored, key=lambda p: p[1], default=None)
        return best if best is not None and best[1] >= self.threshold else None


def severity_for(similarity: float) -> int:
    """0.4 -> 40, 0.6 -> 70 (a lightly edited copy), 1.0 -> 100."""
    if similarity >= 0.6:
        return min(100, round(70 + (similarity - 0.6) * 75))
    return max(0, round(40 + (similarity - 0.4) * 150))


class ImmuneDetector:
    """Flags text resembling learned poison (kind ``immune_match``)."""

    name = "immune"

    def __init__(self, memory: ImmuneMemory) -> None:
        self.memory = memory

    def scan(self, text: str, envelope: Envelope, context: ScanContext) -> Sequence[Finding]:
        if not len(self.memory):
            return []
        hit = self.memory.match(text)
        if hit is None:
            return []
        record_id, sim = hit
        return [
            Finding(
                kind="immune_match",
                severity=severity_for(sim),
                detector=self.name,
                message=f"{sim:.0%} similar to quarantined record {record_id}",
                excerpt=text[:200],
            )
        ]
