"""The pure parts of how a guard writes shared budgets (``nats_stores``): adding a batch's increments to
a counter's stored value, and the bounded view of the bucket's revisions."""

from __future__ import annotations

import asyncio
import time
import types
from typing import Any

import msgspec
import nats.js.errors
import pytest

from agentmesh_guard.governance.state import RECENT_TOKENS, token_id
from agentmesh_guard.transports import nats_stores
from agentmesh_guard.transports.nats_stores import SharedGovernance, _add_to_counter, _encode_counter

NOW = 1_000.0


def _decoded(value: bytes | None) -> list[object]:
    assert value is not None
    return list(msgspec.json.decode(value))


def test_increments_add_up_in_order_and_a_token_counts_once() -> None:
    a, b = token_id("a"), token_id("b")
    value = _add_to_counter(b"", [(1, NOW + 10, a), (2, NOW + 20, b), (4, NOW + 30, a), (8, NOW + 40, "")], now=NOW)
    assert _decoded(value) == [11, NOW + 40, a + b]


def test_an_expired_window_starts_from_zero_and_forgets_its_tokens() -> None:
    a = token_id("a")
    expired = _encode_counter(50, NOW - 1, a)
    assert _decoded(_add_to_counter(expired, [(1, NOW + 10, a)], now=NOW)) == [1, NOW + 10, a]


def test_nothing_to_add_when_every_token_was_counted() -> None:
    a = token_id("a")
    live = _encode_counter(3, NOW + 10, a)
    assert _add_to_counter(live, [(1, NOW + 20, a), (1, NOW + 20, a)], now=NOW) is None


def test_a_counter_keeps_only_the_recent_tokens() -> None:
    adds = [(1, NOW + 10, token_id(str(i))) for i in range(RECENT_TOKENS + 5)]
    count, _, tokens = _decoded(_add_to_counter(b"", adds, now=NOW))
    assert count == RECENT_TOKENS + 5 and isinstance(tokens, str) and len(tokens) == RECENT_TOKENS * 16


def test_the_view_of_revisions_is_bounded_and_keeps_the_newest() -> None:
    store = SharedGovernance(kv=object())  # type: ignore[arg-type]  # not started: no bucket is read
    store._saw("c.k", 5, b"[1,2]")
    store._saw("c.k", 3, b"[0,2]")  # older than what was seen: ignored
    assert store._stored["c.k"] == (5, b"[1,2]")
    store._saw("s.session", 7, b"[1.0,2.0]")
    assert store._stored["s.session"] == (7, b"")  # only counters' values are kept
    store._saw("c.k", 9, None)  # deleted
    assert "c.k" not in store._stored
    for i in range(nats_stores._STORED_MAX):
        store._saw(f"c.{i}", 1, b"[1,2]")
    assert len(store._stored) <= nats_stores._STORED_MAX


class _RacedKV:
    """A bucket with one counter and a rival guard that writes to it whenever the event loop turns, for
    ``rival_writes`` writes or ``rival_s`` seconds: the rival always wins a race it is in (it never has to
    read first)."""

    def __init__(self, rival_writes: int, rival_s: float = float("inf")) -> None:
        self.revision, self.value = 1, _encode_counter(0, NOW + 60, "")
        self.rival_writes = rival_writes
        self.rival_until = time.monotonic() + rival_s

    async def rival(self) -> None:
        while self.rival_writes and time.monotonic() < self.rival_until:
            self.revision, self.rival_writes = self.revision + 1, self.rival_writes - 1
            await asyncio.sleep(0)

    async def get(self, key: str) -> Any:
        return types.SimpleNamespace(revision=self.revision, value=self.value)

    async def update(self, key: str, value: bytes, last: int) -> int:
        await asyncio.sleep(0)  # the request's round trip: the rival may write meanwhile
        if last != self.revision:
            raise nats.js.errors.KeyWrongLastSequenceError()
        self.revision, self.value = self.revision + 1, value
        return self.revision


def test_a_guard_that_keeps_losing_the_race_pauses_and_then_wins() -> None:
    """A rival that writes on every turn of the loop (200 writes) beats every compare-and-set tried right
    after a read. The counter's writer pauses after each conflict, longer each time, so it outlasts the
    rival and adds its increment (without the pause it lost all 16 tries: "too much contention")."""

    async def main() -> bytes:
        kv = _RacedKV(rival_writes=200)
        store = SharedGovernance(kv)  # type: ignore[arg-type]  # the calls _increment makes
        store._stored["c.k"] = (kv.revision, kv.value)
        rival = asyncio.create_task(kv.rival())
        await store._increment("c.k", [(1, NOW + 60, "")], now=NOW)
        await rival
        return kv.value

    assert _decoded(asyncio.run(main()))[0] == 1


def _race_once(kv: _RacedKV) -> bytes:
    async def main() -> bytes:
        store = SharedGovernance(kv)  # type: ignore[arg-type]  # the calls _increment makes
        store._stored["c.k"] = (kv.revision, kv.value)
        rival = asyncio.create_task(kv.rival())
        try:
            await store._increment("c.k", [(1, NOW + 60, "")], now=NOW)
        finally:
            kv.rival_writes = 0
            await rival
        return kv.value

    return asyncio.run(main())


def test_a_rival_that_keeps_winning_for_a_second_is_outlasted() -> None:
    """The rival wins every race for a whole second, longer than 16 tries with their pauses last (under half a
    second: what the writer used to give up after, as a CI run of two guards did). The writer keeps trying until
    ``_CONFLICT_BUDGET_S`` and lands its increment once the rival stops."""
    assert _decoded(_race_once(_RacedKV(rival_writes=10**9, rival_s=1.0)))[0] == 1


def test_a_rival_that_never_stops_makes_the_writer_give_up_at_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nats_stores, "_CONFLICT_BUDGET_S", 0.3)
    started = time.monotonic()
    with pytest.raises(nats_stores.StoreError, match="too much contention"):
        _race_once(_RacedKV(rival_writes=10**9))
    assert 0.3 <= time.monotonic() - started < 5.0
