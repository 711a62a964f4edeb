"""Held messages: everything the guard did not deliver is kept as one of these."""

from __future__ import annotations

import enum
import time

import msgspec

from agentmesh_guard.verdict import Finding

__all__ = ["Disposition", "HeldMessage", "Status"]


class Disposition(enum.StrEnum):
    QUARANTINE = "quarantine"
    HOLD = "hold"
    """Waiting for a person to approve or deny (the approvals queue)."""
    REJECT = "reject"
    """Dead letter: refused (malformed, spoofed, invalid), kept for the record."""


class Status(enum.StrEnum):
    HELD = "held"
    RELEASED = "released"
    DROPPED = "dropped"
    APPROVED = "approved"
    DENIED = "denied"
    EXPIRED = "expired"


class HeldMessage(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    id: str
    disposition: Disposition
    status: Status = Status.HELD
    created_at: float = msgspec.field(default_factory=time.time)
    expires_at: float = 0.0
    """For holds: when an unanswered approval request expires (0 = never)."""
    message_id: str = ""
    conversation_id: str = ""
    sender: str = ""
    recipient: str = ""
    kind: str = ""
    stage: str = ""
    reasons: tuple[str, ...] = ()
    reason_text: tuple[str, ...] = ()
    policy_ids: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    labels: tuple[str, ...] = ()
    raw: bytes = b""
    """The message exactly as received (base64 in JSON); only its first ``limits.max_message_bytes``
    when it was larger than that (see ``raw_size``)."""
    raw_size: int = 0
    """Set when ``raw`` was cut: the size of the message as received. A message over the size
    limit is rejected unread; keeping all of it would let one message exceed what the store
    (a NATS KV value, 1 MiB by default) accepts and stall the guard on it."""
    digest: str = ""
    """SHA-256 of the message as received: what an approval or release is scoped to."""
    trace_id: str = ""
    span_id: str = ""
    decided_by: str = ""
    decided_at: float = 0.0
    note: str = ""

    @property
    def open(self) -> bool:
        return self.status is Status.HELD
