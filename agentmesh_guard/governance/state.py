"""Budget counters, session starts and circuit breakers: the in-memory and file stores.

``GovernanceStore`` (in ``types.py``) is the contract; the NATS sidecar implements it
on a JetStream KV bucket so every guard sees the same counters. Keys are built by
``runtime.py`` and are KV-safe (``[A-Za-z0-9_.-]``): conversation ids are hashed.

Counters are fixed windows: a key names its window and expires when the window ends.

Counting is idempotent per delivery: ``add_once`` takes a *token* naming the delivery (the NATS
sidecar derives it from the message's sequence in ``AMG_MESH_OUT``, which a redelivery keeps) and
each counter remembers the tokens of the last ``RECENT_TOKENS`` deliveries it counted, so a message
redelivered after a guard crash or a failed batch is not counted again. The tokens live in the
counter itself (in the shared store, in the same compare-and-set value), so memory is bounded by
the counters and every guard sharing them sees the same tokens.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Final, Protocol, runtime_checkable

import msgspec

from agentmesh_guard.errors import StoreError

__all__ = [
    "RECENT_TOKENS",
    "TOKEN_CHARS",
    "BreakerTrip",
    "FileGovernanceStore",
    "IdempotentCounters",
    "MemoryGovernanceStore",
    "has_token",
    "token_id",
    "with_token",
]

RECENT_TOKENS: Final = 64
"""Delivery tokens each counter remembers: a redelivery is recognised as long as fewer than this
many other deliveries were counted on the same counter since it was (redeliveries come within a
few ``ack_wait`` periods, a batch holds at most ``SidecarOptions.batch`` (64) messages, and a
budget stops counting at its limit)."""
TOKEN_CHARS: Final = 16
"""A token is kept as 16 hex characters (64 bits of BLAKE2b), concatenated: at most ~1 KiB a counter."""


def token_id(token: str) -> str:
    """The fixed-width form a delivery token is remembered in."""
    return hashlib.blake2b(token.encode("utf-8", "surrogatepass"), digest_size=TOKEN_CHARS // 2).hexdigest()


def has_token(tokens: str, token_key: str) -> bool:
    """Is ``token_key`` (a ``token_id``) one of the concatenated ``tokens``?"""
    at = tokens.find(token_key)
    while at != -1:
        if at % TOKEN_CHARS == 0:
            return True
        at = tokens.find(token_key, at + 1)
    return False


def with_token(tokens: str, token_key: str) -> str:
    """``tokens`` with ``token_key`` appended, the oldest dropped beyond ``RECENT_TOKENS``."""
    return (tokens + token_key)[-RECENT_TOKENS * TOKEN_CHARS :]


@runtime_checkable
class IdempotentCounters(Protocol):
    """A ``GovernanceStore`` that can count each delivery once (the shipped stores all can)."""

    def counted(self, key: str, token: str, *, now: float) -> bool:
        """Was the delivery ``token`` already counted on ``key`` (in its current window)?"""
        ...

    def add_once(self, key: str, n: int, token: str, *, now: float, expires_at: float) -> int:
        """``add`` unless ``token`` was already counted on ``key``; return the count."""
        ...


class BreakerTrip(msgspec.Struct, frozen=True, kw_only=True):
    """Why an agent is isolated, until a person resets its breaker."""

    at: float
    violations: int
    window_s: int
    reason: str = ""
    """The policy ids of the violation that tripped it."""


class _State(msgspec.Struct, kw_only=True):
    counters: dict[str, tuple[int, float]] = {}
    """key -> (count, expires_at)"""
    tokens: dict[str, str] = {}
    """counter key -> token ids of the last ``RECENT_TOKENS`` deliveries it counted, concatenated"""
    sessions: dict[str, tuple[float, float]] = {}
    """key -> (first seen, expires_at)"""
    trips: dict[str, BreakerTrip] = {}


class MemoryGovernanceStore:
    """Process-local counters and breakers (one guard, tests, the CLI's default)."""

    def __init__(self) -> None:
        self._state = _State()
        self._lock = threading.Lock()
        self._writes = 0

    # -- counters -------------------------------------------------------------------------------

    def count(self, key: str, *, now: float) -> int:
        entry = self._state.counters.get(key)
        return entry[0] if entry is not None and entry[1] > now else 0

    def add(self, key: str, n: int, *, now: float, expires_at: float) -> int:
        with self._lock:
            entry = self._state.counters.get(key)
            current = entry[0] if entry is not None and entry[1] > now else 0
            if not current:
                self._state.tokens.pop(key, None)  # a new window: the old one's tokens are void
            self._state.counters[key] = (current + n, expires_at)
            self._housekeeping(now)
            self._saved()
            return current + n

    def counted(self, key: str, token: str, *, now: float) -> bool:
        entry = self._state.counters.get(key)
        if not token or entry is None or entry[1] <= now:
            return False
        return has_token(self._state.tokens.get(key, ""), token_id(token))

    def add_once(self, key: str, n: int, token: str, *, now: float, expires_at: float) -> int:
        with self._lock:
            state = self._state
            entry = state.counters.get(key)
            alive = entry is not None and entry[1] > now
            current = entry[0] if entry is not None and alive else 0
            tokens = state.tokens.get(key, "") if alive else ""
            tid = token_id(token) if token else ""
            if tid and has_token(tokens, tid):
                return current
            state.counters[key] = (current + n, expires_at)
            if tid:
                state.tokens[key] = with_token(tokens, tid)
            elif not alive:
                state.tokens.pop(key, None)  # a new window: the old one's tokens are void
            self._housekeeping(now)
            self._saved()
            return current + n

    def discard(self, key: str) -> None:
        with self._lock:
            self._state.tokens.pop(key, None)
            if self._state.counters.pop(key, None) is not None:
                self._saved()

    # -- sessions -------------------------------------------------------------------------------

    def session_start(self, key: str, *, now: float) -> float | None:
        entry = self._state.sessions.get(key)
        return entry[0] if entry is not None and entry[1] > now else None

    def start_session(self, key: str, at: float, *, expires_at: float) -> float:
        with self._lock:
            entry = self._state.sessions.get(key)
            if entry is not None and entry[1] > at:
                return entry[0]
            self._state.sessions[key] = (at, expires_at)
            self._saved()
            return at

    # -- breakers -------------------------------------------------------------------------------

    def tripped(self, agent: str) -> BreakerTrip | None:
        return self._state.trips.get(agent)

    def trip(self, agent: str, trip: BreakerTrip) -> bool:
        with self._lock:
            if agent in self._state.trips:
                return False
            self._state.trips[agent] = trip
            self._saved()
            return True

    def reset(self, agent: str) -> BreakerTrip | None:
        with self._lock:
            trip = self._state.trips.pop(agent, None)
            if trip is not None:
                self._saved()
            return trip

    def trips(self) -> Mapping[str, BreakerTrip]:
        return dict(self._state.trips)

    # -- internals ------------------------------------------------------------------------------

    def _housekeeping(self, now: float) -> None:
        self._writes += 1
        if self._writes % 1024:
            return
        state = self._state
        state.counters = {k: v for k, v in state.counters.items() if v[1] > now}
        state.tokens = {k: v for k, v in state.tokens.items() if k in state.counters}
        state.sessions = {k: v for k, v in state.sessions.items() if v[1] > now}

    def _saved(self) -> None:
        """Called (under the lock) after every change; the file store persists here."""


class FileGovernanceStore(MemoryGovernanceStore):
    """The same, kept in one JSON file (rewritten atomically on each change): what the
    CLI's ``check --state`` and ``breaker`` commands share."""

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path)
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise StoreError(f"cannot read governance state {self.path}: {exc.strerror or exc}") from exc
        try:
            self._state = msgspec.json.decode(data, type=_State)
        except msgspec.DecodeError as exc:
            raise StoreError(f"governance state {self.path} is damaged: {exc}") from exc

    def _saved(self) -> None:
        data = msgspec.json.encode(self._state)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".governance-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise StoreError(f"cannot write governance state {self.path}: {exc.strerror or exc}") from exc
