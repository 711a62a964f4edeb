"""Mesh-wide immune memory: remember poison once, recognise its copies everywhere.

When the guard quarantines a message, the *poisoned region* of its text is
learned: the windows around the evidence spans the detectors reported (the
injected instruction and its immediate context, see ``suspicious_region``), not
the whole message. A poisoned README is mostly an ordinary README; remembering
all of it would later quarantine every benign message that quotes its ordinary
parts.

The region is normalised (casefolded, look-alikes folded, invisibles stripped),
cut into 3-word shingles, and kept as a bottom-k sample (the ``K`` smallest
64-bit shingle hashes). A new text matches when it *contains* a large enough
fraction of a record's sample (containment, not Jaccard: a worm copies the
instruction into new surrounding text). Lookups go through an inverted index
from shingle hash to records: one set intersection finds the new text's shingles
the index knows, and only the records those lead to are counted, whatever the
size of the memory.

Fingerprints are plain bytes (``to_bytes``/``from_bytes``) with a fixed hash seed,
so guards in other processes can store and compare them (e.g. in NATS KV).
"""

from __future__ import annotations

import operator
import struct
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Final

from agentmesh_guard.detectors._shingles import shingle_hashes, shingle_values, suspicious_region
from agentmesh_guard.envelope import Envelope
from agentmesh_guard.types import ScanContext
from agentmesh_guard.verdict import Finding

__all__ = ["MIN_SHINGLES", "Fingerprint", "ImmuneDetector", "ImmuneMemory", "K", "fingerprint"]

K: Final = 128
"""Shingle hashes kept per record (bottom-k)."""
MIN_SHINGLES: Final = 6
"""Regions shorter than this are not learned: a few common words would match too much."""
_VERSION: Final = 2
_HEADER: Final = struct.Struct("<BH")  # version, count


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """The bottom-k shingle hashes of one poisoned region, sorted ascending."""

    values: tuple[int, ...]

    @property
    def empty(self) -> bool:
        return len(self.values) < MIN_SHINGLES

    def containment(self, shingles: set[int] | frozenset[int]) -> float:
        """The fraction of this fingerprint's shingles present in ``shingles`` (0.0 if empty)."""
        if self.empty:
            return 0.0
        return sum(v in shingles for v in self.values) / len(self.values)

    def to_bytes(self) -> bytes:
        return _HEADER.pack(_VERSION, len(self.values)) + struct.pack(f"<{len(self.values)}Q", *self.values)

    @classmethod
    def from_bytes(cls, data: bytes) -> Fingerprint:
        """Parse ``to_bytes`` output; raises ``ValueError`` on anything else."""
        if len(data) < _HEADER.size:
            raise ValueError(f"a fingerprint needs at least {_HEADER.size} bytes, got {len(data)}")
        version, count = _HEADER.unpack_from(data)
        if version != _VERSION or count > K or len(data) != _HEADER.size + 8 * count:
            raise ValueError(f"incompatible fingerprint (version {version}, {count} values, {len(data)} bytes)")
        return cls(tuple(struct.unpack_from(f"<{count}Q", data, _HEADER.size)))


def fingerprint(text: str, spans: Iterable[tuple[int, int]] | None = None) -> Fingerprint:
    """The fingerprint of ``text`` (or of its suspicious region around ``spans``, when given)."""
    region = text if spans is None else suspicious_region(text, spans)
    return Fingerprint(tuple(sorted(shingle_hashes(region))[:K]))


class ImmuneMemory:
    """Learned poison fingerprints with an inverted index. Thread-safe; bounded (oldest forgotten first)."""

    def __init__(self, *, threshold: float = 0.5, max_records: int = 100_000) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        if max_records < 1:
            raise ValueError("max_records must be positive")
        self.threshold = threshold
        self.max_records = max_records
        self._records: OrderedDict[str, Fingerprint] = OrderedDict()
        # Records with the same fingerprint (copies of one poison, quarantined again and again)
        # share one entry: the index maps a shingle hash to fingerprint ids, so a lookup counts
        # each distinct fingerprint once, however many records hold it.
        self._fp_ids: dict[tuple[int, ...], int] = {}
        self._holders: dict[int, set[str]] = {}
        self._sizes: dict[int, int] = {}
        # shingle hash -> the fingerprints holding it (lists: a lookup only iterates them), and the
        # indexed hashes as a set, so a text's known shingles come from one C-level intersection
        self._index: dict[int, list[int]] = {}
        self._keys: set[int] = set()
        self._next_id = 0
        self._needs_at: _Needs | None = None
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, record_id: object) -> bool:
        """Whether a fingerprint learned under ``record_id`` is remembered."""
        return record_id in self._records

    def taught(self, record_id: str) -> dict[str, object]:
        """What ``record_id`` taught and is still remembered (for an operator deciding on ``release --forget``)."""
        return {"fingerprint": record_id in self, "indicators": []}

    def learn(
        self,
        text: str,
        *,
        record_id: str,
        spans: Iterable[tuple[int, int]] | None = None,
        destinations: Iterable[tuple[int, int]] | None = None,
    ) -> Fingerprint:
        """Remember ``text`` (or only its region around the evidence ``spans``) as poison under ``record_id``.
        ``destinations`` is for indicator memory (``LearningImmuneMemory``); wording is learned from ``spans``."""
        fp = fingerprint(text, spans)
        self.add(fp, record_id=record_id)
        return fp

    def add(self, fp: Fingerprint, *, record_id: str) -> None:
        """Remember an existing fingerprint (e.g. loaded from a KV bucket)."""
        if fp.empty:
            return
        with self._lock:
            self._forget(record_id)
            self._records[record_id] = fp
            fid = self._fp_ids.get(fp.values)
            if fid is None:
                fid = self._fp_ids[fp.values] = self._next_id
                self._next_id += 1
                self._holders[fid] = set()
                self._sizes[fid] = len(fp.values)
                index = self._index
                for h in set(fp.values):  # one from bytes may repeat a value: it counts once
                    ids = index.get(h)
                    if ids is None:
                        index[h] = [fid]
                        self._keys.add(h)
                    else:
                        ids.append(fid)
            self._holders[fid].add(record_id)
            while len(self._records) > self.max_records:
                self._forget(next(iter(self._records)))

    def forget(self, record_id: str) -> None:
        with self._lock:
            self._forget(record_id)

    def _forget(self, record_id: str) -> None:
        fp = self._records.pop(record_id, None)
        if fp is None:
            return
        fid = self._fp_ids[fp.values]
        holders = self._holders[fid]
        holders.discard(record_id)
        if holders:
            return
        del self._fp_ids[fp.values], self._holders[fid], self._sizes[fid]
        index = self._index
        for h in set(fp.values):
            ids = index[h]
            ids.remove(fid)
            if not ids:
                del index[h]
                self._keys.discard(h)

    def match(self, text: str) -> tuple[str, float] | None:
        """The learned record ``text`` contains most of, as ``(record_id, containment)``, if at or above
        the threshold."""
        if not self._records:
            return None
        shingles = shingle_values(text)
        with self._lock:
            index, sizes = self._index, self._sizes
            # one C-level count over the fingerprints of every shingle the index knows; the set
            # intersection finds those shingles with their stored hashes (most are not known)
            hits = Counter(chain.from_iterable(map(index.__getitem__, self._keys.intersection(shingles))))
            # the usual answer, decided in C: no fingerprint has the hits its size needs
            needs = self._needs()
            if not any(map(operator.ge, hits.values(), map(needs.__getitem__, map(sizes.__getitem__, hits)))):
                return None
            scored = [(fid, n / sizes[fid]) for fid, n in hits.items() if fid in sizes]
            best = max((c for _, c in scored), default=0.0)
            if not scored or best < self.threshold:
                return None
            # the same answer as ranking every record by (containment, record id)
            record_id = max(rid for fid, c in scored if c == best for rid in self._holders[fid])
        return record_id, best

    def _needs(self) -> _Needs:
        """The fewest hits each fingerprint size needs at the current threshold (made on change)."""
        needs = self._needs_at
        if needs is None or needs.threshold != self.threshold:
            needs = self._needs_at = _Needs(self.threshold)
        return needs


class _Needs(dict[int, int]):
    """size -> the fewest hits ``n`` with ``n / size >= threshold``, by the same float comparison
    ``ImmuneMemory.match`` ranks with (``size + 1``: no number of hits is enough)."""

    def __init__(self, threshold: float) -> None:
        super().__init__()
        self.threshold = threshold

    def __missing__(self, size: int) -> int:
        need = next((n for n in range(size + 1) if size and n / size >= self.threshold), size + 1)
        self[size] = need
        return need


def severity_for(containment: float) -> int:
    """0.5 -> 50, 0.6 -> 70 (a lightly edited copy), 1.0 -> 100."""
    if containment >= 0.6:
        return min(100, round(70 + (containment - 0.6) * 75))
    return max(0, round(50 + (containment - 0.5) * 200))


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
                message=f"contains {sim:.0%} of quarantined record {record_id}'s poisoned region",
                excerpt=text[:200],
            )
        ]
