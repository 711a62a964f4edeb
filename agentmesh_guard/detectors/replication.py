"""Worm detection (Morris-II style): an agent re-emitting poison it was fed.

A self-replicating prompt makes every agent that reads it copy the prompt into
what it sends next. The ``ReplicationTracker`` remembers, per agent and
conversation, the shingles of the *suspicious regions* of content that agent
received (the windows around the injection evidence, not the whole page: an
agent quoting the ordinary parts of a page it read is not spreading anything),
and scores an outbound message by the largest fraction of any one remembered
region it reproduces (containment, not Jaccard: the worm is usually wrapped in
new text).

Memory is bounded in entries and in bytes: at most ``max_items`` items per (agent,
conversation), each at most ``max_shingles`` shingles, at most ``max_keys`` (agent,
conversation) pairs, and at most ``max_bytes`` for all of it (counted as stored:
8 bytes per shingle plus ``ITEM_OVERHEAD`` per item and ``KEY_OVERHEAD`` per pair);
least recently used pairs are evicted first. Items are stored as sorted arrays of
64-bit hashes (8 bytes a shingle; a frozenset of Python ints took ~100). The overheads
were measured with tracemalloc (a soak key, one ~17-shingle item: ~700 bytes, was ~2.7 KiB),
so ``max_bytes`` (default 4 MiB) is close to what the tracker really holds.
"""

from __future__ import annotations

import threading
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import Final

from agentmesh_guard.detectors._shingles import shingle_hashes, suspicious_region
from agentmesh_guard.detectors.injection import InjectionDetector
from agentmesh_guard.envelope import Envelope
from agentmesh_guard.types import ScanContext
from agentmesh_guard.verdict import Finding

__all__ = ["ReplicationDetector", "ReplicationTracker"]

_MIN_SHINGLES: Final = 4
"""Items shorter than this many shingles are not remembered: too easy to repeat by chance."""
ITEM_OVERHEAD: Final = 120
"""Bytes one remembered item costs besides its shingles (the array object and its slot)."""
KEY_OVERHEAD: Final = 480
"""Bytes one (agent, conversation) pair costs besides its items (key tuple, conversation id, list, entry)."""


class ReplicationTracker:
    """What suspicious content each agent received, per conversation (thread-safe, bounded)."""

    def __init__(
        self, *, max_keys: int = 10_000, max_items: int = 16, max_shingles: int = 4096, max_bytes: int = 4 << 20
    ) -> None:
        if min(max_keys, max_items, max_shingles, max_bytes) < 1:
            raise ValueError("limits must be positive")
        self.max_keys = max_keys
        self.max_items = max_items
        self.max_shingles = max_shingles
        self.max_bytes = max_bytes
        self._seen: OrderedDict[tuple[str, str], list[array[int]]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._seen)

    @property
    def nbytes(self) -> int:
        """What the remembered items cost, as counted against ``max_bytes``."""
        return self._bytes

    def note_received(
        self, agent: str, conversation_id: str, text: str, spans: Iterable[tuple[int, int]] | None = None
    ) -> None:
        """Remember that ``agent`` received suspicious ``text`` in ``conversation_id``: only its region
        around the evidence ``spans`` when they are given, the whole text otherwise."""
        shingles = shingle_hashes(text if spans is None else suspicious_region(text, spans))
        if len(shingles) < _MIN_SHINGLES:
            return
        item = array("Q", sorted(shingles)[: self.max_shingles])  # over the cap: a deterministic (bottom-k) sample
        key = (agent, conversation_id)
        with self._lock:
            items = self._seen.get(key)
            if items is None:
                items = self._seen[key] = []
                self._bytes += KEY_OVERHEAD
            self._seen.move_to_end(key)
            if len(items) >= self.max_items:
                self._bytes -= _cost(items.pop(0))
            items.append(item)
            self._bytes += _cost(item)
            while len(self._seen) > self.max_keys or (self._bytes > self.max_bytes and len(self._seen) > 1):
                self._evict_oldest()
            if self._bytes > self.max_bytes:  # one pair alone over the budget: drop its oldest items
                while len(items) > 1 and self._bytes > self.max_bytes:
                    self._bytes -= _cost(items.pop(0))

    def _evict_oldest(self) -> None:
        _, items = self._seen.popitem(last=False)
        self._bytes -= KEY_OVERHEAD + sum(_cost(i) for i in items)

    def score(self, agent: str, conversation_id: str, text: str) -> float:
        """The largest fraction (0..1) of one remembered item that ``text`` reproduces."""
        with self._lock:
            items = tuple(self._seen.get((agent, conversation_id), ()))
        if not items:
            return 0.0
        out = shingle_hashes(text)
        if not out:
            return 0.0
        hit = out.__contains__
        return max(sum(map(hit, item)) / len(item) for item in items)


def _cost(item: array[int]) -> int:
    return ITEM_OVERHEAD + item.itemsize * len(item)


def severity_for(score: float) -> int:
    """0.2 -> 40, 0.5 -> 70, 1.0 -> 95."""
    if score >= 0.5:
        return min(100, round(70 + (score - 0.5) * 50))
    return max(0, round(40 + (score - 0.2) * 100))


class ReplicationDetector:
    """Flags an agent re-sending suspicious content it received (kind ``replication``).

    With a ``screen`` detector (by default the injection detector), the detector
    also *learns*: content it scans that the screen rates ``>= learn_threshold``
    is noted as received by the envelope's recipient, so the tracker fills
    itself from the traffic it sees. Share one ``InjectionDetector`` with the
    fast tier and its one-entry cache makes the screen free.
    """

    name = "replication"

    def __init__(
        self,
        tracker: ReplicationTracker,
        *,
        screen: InjectionDetector | None = None,
        learn_threshold: int = 40,
        min_score: float = 0.2,
    ) -> None:
        self.tracker = tracker
        self.screen = screen if screen is not None else InjectionDetector()
        self.learn_threshold = learn_threshold
        self.min_score = min_score

    def scan(self, text: str, envelope: Envelope, context: ScanContext) -> Sequence[Finding]:
        score = self.tracker.score(envelope.sender, envelope.conversation_id, text)
        screened = self.screen.score(text, envelope, context)
        if screened.severity >= self.learn_threshold:
            spans = [(sig.start, sig.end) for sig in screened.signals]
            self.tracker.note_received(envelope.recipient, envelope.conversation_id, text, spans)
        if score < self.min_score:
            return []
        return [
            Finding(
                kind="replication",
                severity=severity_for(score),
                detector=self.name,
                message=f"{envelope.sender} re-sends {score:.0%} of suspicious content it received "
                f"in conversation {envelope.conversation_id}",
                excerpt=text[:200],
            )
        ]
