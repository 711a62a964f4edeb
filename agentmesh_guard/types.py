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
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from agentmesh_guard.audit import AuditRecord
    from agentmesh_guard.envelope import Envelope
    from agentmesh_guard.quarantine.records import HeldMessage
    from agentmesh_guard.verdict import Finding

__all__ = ["AuditSink", "Detector", "ExposureStore", "QuarantineStore", "ScanContext"]


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
