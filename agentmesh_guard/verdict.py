"""What the guard concludes about one message: findings (evidence) and the verdict (decision).

Detectors produce ``Finding`` values; only the policy decides. A detector that
fails produces a finding too (kind ``detector_error``, severity 100), so a
broken detector can never be mistaken for one that found nothing.
"""

from __future__ import annotations

import enum
from typing import Annotated, Final

import msgspec

from agentmesh_guard.envelope import Envelope

__all__ = ["ACTION_PRECEDENCE", "Action", "Finding", "Reason", "Verdict"]

Severity = Annotated[int, msgspec.Meta(ge=0, le=100)]

DETECTOR_ERROR: Final = "detector_error"


class Action(enum.StrEnum):
    DELIVER = "deliver"
    QUARANTINE = "quarantine"
    HOLD = "hold"
    REJECT = "reject"


ACTION_PRECEDENCE: Final = {Action.QUARANTINE: 3, Action.REJECT: 2, Action.HOLD: 1, Action.DELIVER: 0}
"""When several forbid policies fire, the strongest action wins. Quarantine beats
reject because a quarantined payload is kept *and* learned by immune memory."""


class Finding(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """One piece of evidence. ``start``/``end`` index the scanned text (``text_of``)."""

    kind: str
    severity: Severity
    detector: str
    message: str = ""
    start: int = -1
    end: int = -1
    excerpt: str = ""
    evidence: tuple[tuple[int, int], ...] = ()
    """The spans of the separate pieces of evidence inside ``start``/``end``, when there are several (an
    injection's rules, which may be sentences apart); empty: ``start``/``end`` is one piece. What lies
    between two pieces is not evidence: indicator memory learns destinations only inside the pieces."""


class Reason(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """Why: a stable ``code`` (a Cedar policy ``@id`` or a pipeline stage code such as
    ``decode.malformed``) and a human-readable ``message``."""

    code: str
    message: str = ""


class Verdict(msgspec.Struct, frozen=True, kw_only=True):
    action: Action
    reasons: tuple[Reason, ...] = ()
    findings: tuple[Finding, ...] = ()
    policy_ids: tuple[str, ...] = ()
    """The Cedar policies that decided (permits for an allow, forbids for a deny)."""
    labels: tuple[str, ...] = ()
    """The effective provenance labels: what the envelope claimed plus what the
    guard derived (the sender's exposure). Delivered messages carry these on."""
    envelope: Envelope | None = None
    """The decoded envelope; ``None`` when the bytes could not be decoded."""
    raw: bytes = b""
    """The bytes as received, kept so nothing is lost when the envelope is rejected."""
    sender: str = ""
    """Who sent it, as far as the transport knows (the authorized subject)."""
    stage: str = "policy"
    """The pipeline stage that decided: decode, identity, schema, detect, policy."""

    @property
    def delivered(self) -> bool:
        return self.action is Action.DELIVER

    @property
    def max_severity(self) -> int:
        return max((f.severity for f in self.findings), default=0)

    @property
    def message_id(self) -> str:
        return self.envelope.id if self.envelope is not None else ""

    def summary(self) -> str:
        """One line for a person: ``quarantine: forbid-injection (injection 85)``."""
        codes = ", ".join(r.code for r in self.reasons) or "-"
        kinds = ", ".join(f"{f.kind} {f.severity}" for f in self.findings)
        return f"{self.action.value}: {codes}" + (f" ({kinds})" if kinds else "")
