"""Governance at run time: the Cedar context for one message, and what its verdict changes.

``Governance.context`` (called by ``Guard.check``; reads only) adds to the context:

    facts          {paths_read, paths_written, commands, hosts, packages, secrets, typosquats}
    profile        what broke the sender's profile rules (``rules.py``)
    session_age_s  seconds since the sender's first message in this conversation
    usage          {messages, tool_calls, files_modified, packages_installed}: the sender's
                   counts in the current window *including this message*
    isolated       the sender and/or recipient, if its breaker is open

``Governance.settle`` (called by ``Planner.plan``) decides the writes a verdict causes: the
session start, the budget counters (delivered messages only), a violation (any denied
verdict but a breaker hold) and, at the threshold, tripping the breaker, with an audit
record. ``Governance.commit`` carries them out on the ``GovernanceStore``.

Counting is idempotent per delivery when the transport names one: the NATS sidecar passes a
*token* derived from the message's sequence in ``AMG_MESH_OUT`` (the same on every redelivery; a
sender cannot choose it, unlike the envelope id). A delivery already counted on a counter is
neither counted again nor added again to ``usage`` (so a redelivered message is decided as it was
the first time, not rejected for its own earlier count). Without a token (in-process, LangChain:
no redelivery) every verdict counts.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from agentmesh_guard.audit import AuditRecord
from agentmesh_guard.config import MeshConfig
from agentmesh_guard.envelope import Envelope, Message, ToolCall
from agentmesh_guard.errors import AgentMeshError, StoreError
from agentmesh_guard.governance.facts import ArgFacts, FactError, extract
from agentmesh_guard.governance.rules import ProfileRules, empty_findings
from agentmesh_guard.governance.state import BreakerTrip, IdempotentCounters, MemoryGovernanceStore
from agentmesh_guard.governance.supplychain import SupplyChainDetector
from agentmesh_guard.types import AuditSink, GovernanceStore
from agentmesh_guard.verdict import Verdict

__all__ = [
    "FACTS_ERROR",
    "Governance",
    "GovernanceContext",
    "Settlement",
    "breaker_reset",
    "neutral_context",
    "violation_keys",
]

SESSION_KEEP_S: Final = 86_400
"""How long after its last use a session's start and per-session counters are kept."""
FACTS_ERROR: Final = "governance.facts_error"
_MAX_ITEMS: Final = 64
_USAGE_KEYS: Final = ("messages", "tool_calls", "files_modified", "packages_installed")


@dataclass(frozen=True, slots=True)
class Settlement:
    """The governance writes one verdict causes (decided in ``plan``, applied in ``commit``)."""

    session: tuple[str, float, float] | None = None
    """(key, first seen, expires at)"""
    counts: tuple[tuple[str, int, float], ...] = ()
    """(key, increment, expires at)"""
    trip: tuple[str, BreakerTrip] | None = None
    audit: tuple[AuditRecord, ...] = ()
    token: str = ""
    """The delivery these counts belong to ('' if none): each counter counts one token once."""


NOTHING: Final = Settlement()


@dataclass(slots=True)
class GovernanceContext:
    values: dict[str, Any]
    facts: ArgFacts | None = None
    error: str = ""
    usage_added: dict[str, int] = field(default_factory=dict)


def _h(text: str) -> str:
    return hashlib.blake2s(text.encode(), digest_size=12).hexdigest()


class Governance:
    """Profiles, budgets and breakers for one mesh; built once, at load."""

    def __init__(
        self,
        mesh: MeshConfig,
        *,
        store: GovernanceStore | None = None,
        clock: Callable[[], float] = time.time,
        supplychain: SupplyChainDetector | None = None,
    ) -> None:
        self.store: GovernanceStore = store if store is not None else MemoryGovernanceStore()
        self.clock = clock
        self.rules = {name: ProfileRules(name, a.profile) for name, a in mesh.agents.items() if a.profile is not None}
        self.arg_kinds = {name: (dict(t.arg_kinds), t.ecosystem) for name, t in mesh.tools.items() if t.arg_kinds}
        self.breakers = {name: r.profile.breaker for name, r in self.rules.items() if r.profile.breaker is not None}
        self._breaker_ids = frozenset(f"profile-{a}-{s}" for a in self.breakers for s in ("breaker", "breaker-inbound"))
        self.supplychain = supplychain if supplychain is not None else SupplyChainDetector(mesh)
        self.active = bool(self.rules or self.arg_kinds)

    # -- check: the context (reads only) ---------------------------------------------------------

    def context(self, envelope: Envelope, *, now: float, token: str = "") -> GovernanceContext:
        """``token``: the delivery (see the module doc); a budget that already counted it is not added to."""
        if not self.active:
            return GovernanceContext(_NEUTRAL)  # shared, read-only: nothing to add for this mesh
        values = neutral_context()
        ctx = GovernanceContext(values)
        sender = envelope.sender
        rules = self.rules.get(sender) if not _from_tool(envelope) else None
        if isinstance(envelope, ToolCall) and envelope.recipient in self.arg_kinds:
            try:
                facts = self._facts(envelope, rules)
            except (FactError, ValueError, RecursionError) as exc:
                ctx.error = f"cannot read the arguments of {envelope.recipient!r}: {exc}"
                return ctx
            ctx.facts = facts
            squats = self.supplychain.suspicions(sender, facts.packages)
            values["facts"] = {
                "paths_read": _cap(facts.paths_read),
                "paths_written": _cap(facts.paths_written),
                "commands": _cap(facts.command_names),
                "hosts": _cap(facts.hosts),
                "packages": _cap(str(p) for p in facts.packages),
                "secrets": _cap(facts.secrets),
                "typosquats": _cap(f"{s.package}~{s.looks_like}" for s in squats),
            }
            if rules is not None:
                values["profile"] = rules.check(facts)
        if rules is not None:
            profile = rules.profile
            if profile.session_ttl is not None:
                start = self.store.session_start(self._session_key(sender, envelope), now=now)
                values["session_age_s"] = int(now - start) if start is not None else 0
            if profile.rate_limits is not None:
                added = _usage_of(envelope, ctx.facts)
                ctx.usage_added = added
                usage = {}
                for k in _USAGE_KEYS:
                    key = self._rate_key(sender, k, envelope, now)
                    counted = bool(token) and added[k] > 0 and self._counted(key, token, now)
                    usage[k] = self.store.count(key, now=now) + (0 if counted else added[k])
                values["usage"] = usage
        isolated = []
        for agent in (sender, envelope.recipient):
            if agent in self.breakers and self.store.tripped(agent) is not None:
                isolated.append(agent)
        values["isolated"] = sorted(set(isolated))
        return ctx

    # -- plan / commit: what a verdict changes ---------------------------------------------------

    def settle(self, verdict: Verdict, *, guard: str = "guard", token: str = "") -> Settlement:
        """``token``: the delivery (see the module doc); counts it was already counted for are skipped
        when committed, and do not count again towards a breaker trip."""
        envelope = verdict.envelope
        agent = verdict.sender
        rules = self.rules.get(agent)
        if rules is None or (envelope is not None and _from_tool(envelope)):
            return NOTHING
        now = self.clock()
        profile = rules.profile
        session = None
        counts: list[tuple[str, int, float]] = []
        if envelope is not None and profile.session_ttl is not None and verdict.stage not in ("decode", "identity"):
            keep = now + max(profile.session_ttl, SESSION_KEEP_S)
            session = (self._session_key(agent, envelope), now, keep)
        if verdict.delivered and envelope is not None and profile.rate_limits is not None:
            facts = None
            if isinstance(envelope, ToolCall) and envelope.recipient in self.arg_kinds:
                facts = self._facts(envelope, rules)  # deterministic: the facts check() saw
            for name, n in _usage_of(envelope, facts).items():
                if n:
                    key = self._rate_key(agent, name, envelope, now)
                    counts.append((key, n, self._window_end(profile.rate_limits.window, now)))
        trip = None
        audit: tuple[AuditRecord, ...] = ()
        breaker = profile.breaker
        if breaker is not None and not verdict.delivered and not self._breaker_only(verdict.policy_ids):
            window = int(now // breaker.window_s)
            key, previous = violation_keys(agent, breaker.window_s, now)
            counts.append((key, 1, (window + 2) * breaker.window_s))
            again = bool(token) and self._counted(key, token, now)
            seen = self.store.count(key, now=now) + (0 if again else 1) + self.store.count(previous, now=now)
            if seen >= breaker.violations and self.store.tripped(agent) is None:
                reason = ",".join(r.code for r in verdict.reasons)[:500]
                t = BreakerTrip(at=now, violations=seen, window_s=breaker.window_s, reason=reason)
                trip = (agent, t)
                audit = (
                    AuditRecord(
                        event="breaker_open",
                        action="isolate",
                        sender=agent,
                        message_id=envelope.id if envelope else "",
                        conversation_id=envelope.conversation_id if envelope else "",
                        reasons=tuple(r.code for r in verdict.reasons),
                        policy_ids=verdict.policy_ids,
                        actor=guard,
                        detail=f"{seen} denied verdicts within {breaker.window_s}-{2 * breaker.window_s} s "
                        f"(threshold {breaker.violations}); isolated until a person resets the breaker",
                        guard=guard,
                    ),
                )
        if session is None and not counts and trip is None:
            return NOTHING
        return Settlement(session=session, counts=tuple(counts), trip=trip, audit=audit, token=token)

    def commit(self, settlement: Settlement) -> None:
        if settlement is NOTHING:
            return
        now = self.clock()
        if settlement.session is not None:
            key, at, expires_at = settlement.session
            self.store.start_session(key, at, expires_at=expires_at)
        store, token = self.store, settlement.token
        for key, n, expires_at in settlement.counts:
            if token and isinstance(store, IdempotentCounters):
                store.add_once(key, n, token, now=now, expires_at=expires_at)
            else:
                store.add(key, n, now=now, expires_at=expires_at)
        if settlement.trip is not None:
            self.store.trip(*settlement.trip)

    def reset_breaker(
        self, agent: str, *, audit: AuditSink, actor: str, note: str = "", guard: str = "guard"
    ) -> AuditRecord:
        """Close an agent's breaker (a person's decision, audited) and forget its recent violations."""
        return breaker_reset(self.store, audit, agent, actor=actor, note=note, guard=guard, now=self.clock())

    def _facts(self, envelope: ToolCall, rules: ProfileRules | None) -> ArgFacts:
        kinds, ecosystem = self.arg_kinds[envelope.recipient]
        root, home = (rules.root, rules.home) if rules is not None else (None, None)
        return extract(envelope.arguments, kinds, root=root, home=home, ecosystem=ecosystem)

    def _counted(self, key: str, token: str, now: float) -> bool:
        store = self.store
        return isinstance(store, IdempotentCounters) and store.counted(key, token, now=now)

    def _breaker_only(self, policy_ids: tuple[str, ...]) -> bool:
        """A hold *by* a breaker is not a new violation (else it would never calm down)."""
        return bool(policy_ids) and all(p in self._breaker_ids for p in policy_ids)

    # -- keys ------------------------------------------------------------------------------------

    @staticmethod
    def _session_key(agent: str, envelope: Envelope) -> str:
        return f"session.{agent}.{_h(envelope.conversation_id)}"

    def _rate_key(self, agent: str, name: str, envelope: Envelope, now: float) -> str:
        limits = self.rules[agent].profile.rate_limits
        window = limits.window if limits is not None else "session"
        scope = f"c{_h(envelope.conversation_id)}" if window == "session" else f"w{int(now // window)}"
        return f"rate.{agent}.{name}.{scope}"

    @staticmethod
    def _window_end(window: str | int, now: float) -> float:
        if window == "session":
            return now + SESSION_KEEP_S
        size = int(window)
        return (int(now // size) + 1) * size


def violation_keys(agent: str, window_s: int, now: float) -> tuple[str, str]:
    """The counter keys of ``agent``'s violations in the current and the previous breaker window
    (the breaker counts both, so it trips at least as easily as a sliding window would)."""
    window = int(now // window_s)
    return f"violations.{agent}.{window}", f"violations.{agent}.{window - 1}"


def breaker_reset(
    store: GovernanceStore,
    audit: AuditSink,
    agent: str,
    *,
    actor: str,
    note: str = "",
    guard: str = "guard",
    now: float | None = None,
) -> AuditRecord:
    """Close ``agent``'s breaker and forget its recent violations. The audit record is
    appended first: no reset without a record. Raises if the breaker isn't open."""
    if not actor:
        raise AgentMeshError("resetting a breaker needs an actor (who did it)")
    trip = store.tripped(agent)
    if trip is None:
        raise StoreError(f"the breaker of {agent!r} is not open")
    record = audit.append(
        AuditRecord(
            event="breaker_reset",
            action="reinstate",
            sender=agent,
            actor=actor,
            reasons=(trip.reason,) if trip.reason else (),
            detail=(note + " | " if note else "") + f"opened at {trip.at:.0f} after {trip.violations} violations",
            guard=guard,
        )
    )
    store.reset(agent)
    for key in violation_keys(agent, trip.window_s, time.time() if now is None else now):
        store.discard(key)
    return record


def neutral_context() -> dict[str, Any]:
    """The governance part of a context when nothing applies (also for ``policy explain``)."""
    return {
        "facts": {
            k: [] for k in ("paths_read", "paths_written", "commands", "hosts", "packages", "secrets", "typosquats")
        },
        "profile": empty_findings(),
        "session_age_s": 0,
        "usage": dict.fromkeys(_USAGE_KEYS, 0),
        "isolated": [],
    }


_NEUTRAL: Final = neutral_context()


def _from_tool(envelope: Envelope) -> bool:
    return not isinstance(envelope, (Message, ToolCall))


def _usage_of(envelope: Envelope, facts: ArgFacts | None) -> dict[str, int]:
    added = dict.fromkeys(_USAGE_KEYS, 0)
    if isinstance(envelope, Message):
        added["messages"] = 1
    elif isinstance(envelope, ToolCall):
        added["tool_calls"] = 1
        if facts is not None:
            added["files_modified"] = len(facts.paths_written)
            added["packages_installed"] = len(facts.packages)
    return added


def _cap(values: Any) -> list[str]:
    return sorted(set(values))[:_MAX_ITEMS]
