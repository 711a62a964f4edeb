"""Provenance labels and exposure tracking: taint follows content across hops.

A label names where content came from: ``untrusted:web``, ``tool:read_inbox``,
``derived:quarantined``. When the guard delivers labelled content to an agent,
that agent is *exposed* to the labels in that conversation; everything it sends
next in the conversation carries them, for ``taint_window_s`` seconds. The
labels that matter therefore come from the guard's own exposure state, not from
what a sender writes in its envelope (a sender can add labels, never remove them).

The same store keeps each conversation's *untrusted-origin destinations* (mailboxes, IBANs,
wallets, hosts named in content from outside) under a key no agent can have
(``destinations.KEY``), so they share the window, the bound and, on NATS, the sharing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from typing import Final

__all__ = ["QUARANTINED", "MemoryExposureStore", "is_taint", "tool_labels"]

QUARANTINED: Final = "derived:quarantined"
"""The sender of a quarantined message is exposed to this in that conversation."""

TAINT_PREFIXES: Final = ("untrusted:", "derived:")


def is_taint(label: str) -> bool:
    return label.startswith(TAINT_PREFIXES)


def tool_labels(tool: str, *, untrusted_output: bool, source: str) -> tuple[str, ...]:
    labels = [f"tool:{tool}"]
    if untrusted_output:
        labels.append(f"untrusted:{source}")
    return tuple(labels)


class MemoryExposureStore:
    """In-process exposure state with a time window and a bounded size.

    At most ``max_entries`` (agent, conversation) pairs are kept; the oldest
    are evicted first. Eviction forgets taint, so size it above the number of
    live conversations (the NATS-backed store's local copy has the same bound;
    its bucket keeps every entry for the window).
    """

    def __init__(
        self,
        window_s: float = 3600.0,
        *,
        max_entries: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._window = window_s
        self._max = max_entries
        self._clock = clock
        self._state: dict[tuple[str, str], dict[str, float]] = {}
        self._lock = threading.Lock()

    def exposure(self, agent: str, conversation_id: str) -> frozenset[str]:
        entry = self._state.get((agent, conversation_id))
        if not entry:
            return frozenset()
        now = self._clock()
        return frozenset(label for label, until in entry.items() if until > now)

    def expose(self, agent: str, conversation_id: str, labels: Iterable[str]) -> None:
        labels = tuple(labels)
        if not labels:
            return
        until = self._clock() + self._window
        with self._lock:
            key = (agent, conversation_id)
            entry = self._state.pop(key, None) or {}
            for label in labels:
                entry[label] = until
            self._state[key] = entry  # re-insert: most recently touched last
            while len(self._state) > self._max:
                self._state.pop(next(iter(self._state)))
