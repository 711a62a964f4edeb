"""Operator actions on held messages, each audited with who did it.

Release and approve also give a single-use grant for the message's exact bytes
(see ``grants.py``), so re-injecting it through the guard lets it pass once.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import msgspec

from agentmesh_guard.audit import AuditRecord
from agentmesh_guard.errors import AgentMeshError, NotFound, StoreError
from agentmesh_guard.grants import GrantKind, GrantLedger
from agentmesh_guard.quarantine.records import Disposition, HeldMessage, Status
from agentmesh_guard.types import AuditSink, QuarantineStore

__all__ = ["VERBS", "Operations", "forget_record", "plan_close"]

_DEAD = frozenset({Disposition.QUARANTINE, Disposition.REJECT})
_HOLD = frozenset({Disposition.HOLD})


class Operations:
    def __init__(
        self,
        store: QuarantineStore,
        audit: AuditSink,
        *,
        grants: GrantLedger | None = None,
        grant_ttl_s: float = 300.0,
        name: str = "operator",
    ) -> None:
        self.store = store
        self.audit = audit
        self.grants = grants
        self.grant_ttl_s = grant_ttl_s
        self.name = name

    def find(self, record_id: str) -> HeldMessage:
        """A record by id, or by a unique prefix of its id."""
        record = self.store.get(record_id)
        if record is not None:
            return record
        matches = [r for r in self.store.list() if r.id.startswith(record_id)] if len(record_id) >= 6 else []
        if len(matches) == 1:
            return matches[0]
        raise NotFound("held message", record_id)

    def held(self, disposition: Disposition | None = None, *, include_closed: bool = False) -> Iterator[HeldMessage]:
        for record in self.store.list():
            if (disposition is None or record.disposition is disposition) and (include_closed or record.open):
                yield record

    def act(self, verb: str, record_id: str, *, actor: str, note: str = "") -> HeldMessage:
        """Carry out operator ``verb`` (release, drop, approve, deny, expire) on one record."""
        if verb not in VERBS:
            raise AgentMeshError(f"unknown operator action {verb!r}; one of {sorted(VERBS)}")
        allowed, status, grant = VERBS[verb]
        closed, audit = plan_close(self.find(record_id), allowed, status, verb, actor, note, guard=self.name)
        if grant is not None and self.grants is not None:
            self.grants.grant(closed.digest, grant, ttl_s=self.grant_ttl_s)
        self.store.update(closed)
        self.audit.append(audit)
        return closed

    def release(self, record_id: str, *, actor: str, note: str = "") -> HeldMessage:
        """Release a quarantined or rejected message; re-inject ``record.raw`` through the guard."""
        return self.act("release", record_id, actor=actor, note=note)

    def drop(self, record_id: str, *, actor: str, note: str = "") -> HeldMessage:
        return self.act("drop", record_id, actor=actor, note=note)

    def approve(self, record_id: str, *, actor: str, note: str = "") -> HeldMessage:
        return self.act("approve", record_id, actor=actor, note=note)

    def deny(self, record_id: str, *, actor: str, note: str = "") -> HeldMessage:
        return self.act("deny", record_id, actor=actor, note=note)

    def expire_holds(self, *, now: float | None = None) -> list[HeldMessage]:
        """Time out unanswered approval requests: they count as denied and stay on record."""
        now = time.time() if now is None else now
        expired = [r for r in self.held(Disposition.HOLD) if 0 < r.expires_at <= now]
        return [self.act("expire", r.id, actor="timeout", note="no answer in time") for r in expired]


VERBS: dict[str, tuple[frozenset[Disposition], Status, GrantKind | None]] = {
    "release": (_DEAD, Status.RELEASED, "released"),
    "drop": (_DEAD, Status.DROPPED, None),
    "approve": (_HOLD, Status.APPROVED, "approved"),
    "deny": (_HOLD, Status.DENIED, None),
    "expire": (_HOLD, Status.EXPIRED, None),
}

"""Operator verb -> (dispositions it applies to, the status it sets, the grant it gives)."""


def plan_close(
    record: HeldMessage,
    allowed: frozenset[Disposition],
    status: Status,
    event: str,
    actor: str,
    note: str,
    *,
    guard: str,
) -> tuple[HeldMessage, AuditRecord]:
    """Check an operator action is valid for ``record``; return the closed record and its audit record."""
    if not actor:
        raise AgentMeshError("an operator action needs an actor (who did it)")
    if record.disposition not in allowed:
        wanted = " or ".join(sorted(d.value for d in allowed))
        raise StoreError(f"{record.id} is a {record.disposition.value}; '{event}' applies to a {wanted}")
    if not record.open:
        raise StoreError(f"{record.id} is already {record.status.value}")
    closed = msgspec.structs.replace(record, status=status, decided_by=actor, decided_at=time.time(), note=note)
    audit = AuditRecord(
        event=event,
        action=status.value,
        message_id=record.message_id,
        conversation_id=record.conversation_id,
        sender=record.sender,
        recipient=record.recipient,
        kind=record.kind,
        record_id=record.id,
        actor=actor,
        detail=note,
        trace_id=record.trace_id,
        guard=guard,
    )
    return closed, audit


def forget_record(record_id: str, actor: str, note: str, *, guard: str) -> AuditRecord:
    """The audit record of a person telling the guards to forget what ``record_id`` taught immune and
    indicator memory (with its release: the message was harmless)."""
    return AuditRecord(
        event="forget", record_id=record_id, actor=actor, detail=note or "released as harmless", guard=guard
    )
