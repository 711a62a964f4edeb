"""The hop count the policy sees: the guard's, not the one the sender wrote.

An envelope's ``hop`` is chosen by its sender, so a hijacked agent could write ``hop: 0`` on
every message and ``reject-hop-limit`` would stop only honest loops. The ``HopTracker`` keeps,
per (agent, conversation), the hop at which the guard delivered each recent message *to* that
agent, and decides what the agent sends next from that:

- a message that names as ``parent_id`` one the guard delivered to its sender is at least one
  hop deeper than that parent (an honest reply or forward: exactly its claim);
- a message with no such parent starts a new chain (its claim counts), but each sender has only
  ``max_roots`` such fresh starts per conversation; after that its parentless messages are at
  least one hop deeper than the deepest message it was ever delivered in the conversation;
- a parent can be cited ``max_citations`` times; after that, citing it counts as a fresh start.

So a sender that resets ``hop`` (by omitting its parent, or by citing an old, shallow one over
and over) gets at most ``max_roots`` + ``max_citations`` per parent free resets per conversation,
and a loop it drives is then stopped at the hop limit. Honest traffic is decided at its claim:
fan-out (a hub handing out tasks, each answered) does not deepen anything, because answers cite
their task. Tool calls are not counted as fresh starts (they never reach another agent); a tool
result cites its call.

The state is per guard process and bounded: at most ``max_ids`` remembered deliveries (the last
``PER_KEY_IDS`` per agent and conversation; ~200 bytes each, ~10 MiB at the cap) and ``max_keys``
pairs, least recently used forgotten first (a forgotten parent counts as a fresh start). Several
guards each see the deliveries they made; a parent delivered by another guard counts as a fresh
start on this one.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Final

from agentmesh_guard.envelope import MAX_HOPS, Envelope, Message

__all__ = ["HopTracker"]

MAX_ROOTS: Final = 32
MAX_CITATIONS: Final = 32
PER_KEY_IDS: Final = 64
"""Deliveries remembered per (agent, conversation): a parent older than this counts as a fresh start."""


@dataclass(slots=True)
class _Seen:
    delivered: dict[str, list[int]] = field(default_factory=dict)
    """message id delivered to the agent -> [its hop, times cited as a parent by the agent]"""
    deepest: int = -1
    roots: int = 0


class HopTracker:
    """Thread-safe; ``effective`` reads, ``delivered`` records (after the verdict is carried out)."""

    def __init__(
        self,
        *,
        max_roots: int = MAX_ROOTS,
        max_citations: int = MAX_CITATIONS,
        max_ids: int = 50_000,
        max_keys: int = 50_000,
    ) -> None:
        if min(max_roots, max_citations, max_ids, max_keys) < 0:
            raise ValueError("limits must not be negative")
        self.max_keys = max_keys
        self.max_roots = max_roots
        self.max_citations = max_citations
        self.max_ids = max_ids
        self._state: OrderedDict[tuple[str, str], _Seen] = OrderedDict()
        self._ids = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._state)

    def effective(self, envelope: Envelope) -> int:
        """The hop the policy should see for ``envelope`` (never lower than its claim)."""
        return self._decide(envelope)[0]

    def _decide(self, envelope: Envelope) -> tuple[int, str]:
        """(hop, how): how = 'parent' | 'root' | 'floor' | 'claim'."""
        seen = self._state.get((envelope.sender, envelope.conversation_id))
        claimed = envelope.hop
        if seen is None:
            return claimed, "root" if isinstance(envelope, Message) else "claim"
        parent = seen.delivered.get(envelope.parent_id) if envelope.parent_id else None
        if parent is not None and parent[1] < self.max_citations:
            return max(claimed, min(parent[0] + 1, MAX_HOPS + 1)), "parent"
        if not isinstance(envelope, Message):
            return claimed, "claim"  # tool calls start no chain between agents; tool results cite their call
        if seen.roots < self.max_roots:
            return claimed, "root"
        return max(claimed, min(seen.deepest + 1, MAX_HOPS + 1)), "floor"

    def delivered(self, envelope: Envelope) -> int:
        """``envelope`` was delivered: remember its hop for its recipient, and the fresh start or
        citation it used. Returns the hop it was decided at."""
        with self._lock:
            hop, how = self._decide(envelope)
            key = (envelope.sender, envelope.conversation_id)
            if how == "root":
                self._entry(key).roots += 1
            elif how == "parent":
                self._state[key].delivered[envelope.parent_id or ""][1] += 1
            target = self._entry((envelope.recipient, envelope.conversation_id))
            if envelope.id not in target.delivered:
                self._ids += 1
            target.delivered[envelope.id] = [hop, 0]
            target.deepest = max(target.deepest, hop)
            while len(target.delivered) > PER_KEY_IDS:
                target.delivered.pop(next(iter(target.delivered)))
                self._ids -= 1
            while (self._ids > self.max_ids or len(self._state) > self.max_keys) and len(self._state) > 1:
                _, old = self._state.popitem(last=False)
                self._ids -= len(old.delivered)
            return hop

    def _entry(self, key: tuple[str, str]) -> _Seen:
        seen = self._state.get(key)
        if seen is None:
            seen = self._state[key] = _Seen()
        self._state.move_to_end(key)
        return seen
