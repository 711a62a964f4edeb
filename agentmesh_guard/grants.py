"""Approval and release grants: single-use, bound to the exact message, expiring.

When a person approves a held message or releases a quarantined one, the guard
records a grant for the SHA-256 of that message's bytes. The message is then
re-injected through the guard, which sees ``context.approval`` = ``approved``
or ``released`` for exactly those bytes, once. Any change to the message (a
different argument, a new id) is a different digest and gets no grant; a replay
after the grant was used gets none either.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Literal, Protocol

__all__ = ["GrantKind", "GrantLedger", "MemoryGrantLedger"]

GrantKind = Literal["approved", "released"]


class GrantLedger(Protocol):
    def active(self) -> bool:
        """Whether any grant might exist (lets the hot path skip hashing)."""
        ...

    def peek(self, digest: str) -> GrantKind | None: ...
    def grant(self, digest: str, kind: GrantKind, *, ttl_s: float) -> None: ...
    def consume(self, digest: str) -> bool:
        """Use the grant up; ``False`` if it was already used or never existed."""
        ...


class MemoryGrantLedger:
    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        self._grants: dict[str, tuple[GrantKind, float]] = {}
        self._clock = clock
        self._lock = threading.Lock()

    def active(self) -> bool:
        return bool(self._grants)

    def peek(self, digest: str) -> GrantKind | None:
        entry = self._grants.get(digest)
        if entry is None:
            return None
        if entry[1] < self._clock():
            with self._lock:
                self._grants.pop(digest, None)
            return None
        return entry[0]

    def grant(self, digest: str, kind: GrantKind, *, ttl_s: float) -> None:
        with self._lock:
            self._grants[digest] = (kind, self._clock() + ttl_s)

    def consume(self, digest: str) -> bool:
        with self._lock:
            entry = self._grants.pop(digest, None)
        return entry is not None and entry[1] >= self._clock()
