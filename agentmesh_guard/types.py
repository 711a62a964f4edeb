"""The whole contract in one file: what you implement to plug into the guard.

These are Protocols: implement the methods, no subclassing or registration.

- ``Detector``: looks at one envelope's text and returns evidence (``Finding``\\ s).
  It never decides. Raising, or running past its time budget, becomes a
  ``detector_error`` finding that the policy treats as the worst case.
- ``QuarantineStore``: keeps every message the guard did not deliver
  (quarantined, held for approval, or rejected as a dead letter).
- ``AuditSink``: appends one record per decision to a tamper-evident log.
- ``ExposureStore``: what provenance labels each agent has been exposed to,
  per conversation, so taint follows content across hops.
- ``GovernanceStore``: budget counters, session starts and circuit breakers
  (``governance/``); share one across guards to make budgets mesh-wide.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from agentmesh_guard.audit import AuditRecord
    from agentmesh_guard.envelope import Envelope
    from agentmesh_guard.governance.state import BreakerTrip
    from agentmesh_guard.quarantine.records import HeldMessage
    from agentmesh_guard.verdict import Finding

__all__ = ["AuditSink", "Detector", "ExposureStore", "GovernanceStore", "QuarantineStore", "ScanContext"]


class ScanContext(Protocol):
    """What a detector may know besides the text (read-only)."""

    @property
    def tool_names(self) -> frozenset[str]: ...
    @property
    def allowed_hosts(self) -> frozenset[str]: ...
    @property
    def sender_exposure(self) -> frozenset[str]:
        """Labels the sender was exposed to in this conversation."""
        ...


@runtime_checkable
class Detector(Protocol):
    name: str

    def scan(self, text: str, envelope: Envelope, context: ScanContext) -> Sequence[Finding]: ...


class QuarantineStore(Protocol):
    def put(self, record: HeldMessage) -> None: ...
    def get(self, record_id: str) -> HeldMessage | None: ...
    def update(self, record: HeldMessage) -> None: ...
    def list(self) -> Iterable[HeldMessage]: ...


class AuditSink(Protocol):
    def append(self, record: AuditRecord) -> AuditRecord:
        """Chain and persist ``record``; return it with ``seq``/``prev``/``hash`` set.
        Raise ``AuditError`` when the record could not be made durable."""
        ...


class ExposureStore(Protocol):
    def exposure(self, agent: str, conversation_id: str) -> frozenset[str]: ...
    def expose(self, agent: str, conversation_id: str, labels: Iterable[str]) -> None: ...


class GovernanceStore(Protocol):
    """Counters for budgets and the breaker, session starts, and open breakers.

    Keys are ``[A-Za-z0-9_.-]+`` (JetStream KV-safe). Counter keys name a fixed window and
    carry its end as ``expires_at``; an expired entry counts as absent. ``add`` and
    ``start_session`` must be atomic (compare-and-set in a shared store)."""

    def count(self, key: str, *, now: float) -> int: ...
    def add(self, key: str, n: int, *, now: float, expires_at: float) -> int:
        """Add ``n``; return the new count."""
        ...

    def discard(self, key: str) -> None: ...
    def session_start(self, key: str, *, now: float) -> float | None: ...
    def start_session(self, key: str, at: float, *, expires_at: float) -> float:
        """Record ``at`` unless a start is already recorded; return the recorded start."""
        ...

    def tripped(self, agent: str) -> BreakerTrip | None: ...
    def trip(self, agent: str, trip: BreakerTrip) -> bool:
        """Open the agent's breaker; ``False`` if it was already open."""
        ...

    def reset(self, agent: str) -> BreakerTrip | None:
        """Close the breaker (a person decided); the trip it closed, or ``None``."""
        ...

    def trips(self) -> Mapping[str, BreakerTrip]: ...
