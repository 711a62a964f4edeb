"""The detectors: evidence about one message's text, never decisions.

``fast_detectors()`` builds the fast tier (pure Python, no model); ``scan_text``
runs detectors on a bare string, without an envelope. See ``docs/detection.md``
for the severity scale and measured quality.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agentmesh_guard.detectors.encoded import EncodedPayloadDetector
from agentmesh_guard.detectors.exfil import ExfiltrationDetector
from agentmesh_guard.detectors.immune import ImmuneDetector, ImmuneMemory
from agentmesh_guard.detectors.injection import InjectionDetector
from agentmesh_guard.detectors.replication import ReplicationDetector, ReplicationTracker
from agentmesh_guard.detectors.secrets import SecretsDetector, redact
from agentmesh_guard.detectors.split import SplitInstructionDetector, SplitTracker
from agentmesh_guard.detectors.unicode import UnicodeDetector
from agentmesh_guard.envelope import Envelope, Message
from agentmesh_guard.types import Detector, ScanContext
from agentmesh_guard.verdict import Finding

__all__ = [
    "EncodedPayloadDetector",
    "ExfiltrationDetector",
    "ImmuneDetector",
    "ImmuneMemory",
    "InjectionDetector",
    "ReplicationDetector",
    "ReplicationTracker",
    "SecretsDetector",
    "SplitInstructionDetector",
    "SplitTracker",
    "StaticScanContext",
    "UnicodeDetector",
    "fast_detectors",
    "redact",
    "scan_text",
]


@dataclass(frozen=True, slots=True)
class StaticScanContext:
    """A fixed ``ScanContext``, for tests, tools and in-process use."""

    tool_names: frozenset[str] = frozenset()
    allowed_hosts: frozenset[str] = frozenset()
    sender_exposure: frozenset[str] = frozenset()


def fast_detectors(
    *,
    tool_names: frozenset[str] = frozenset(),
    allowed_hosts: frozenset[str] = frozenset(),
    immune: ImmuneMemory | None = None,
    replication: ReplicationTracker | None = None,
    split: SplitTracker | None = None,
) -> list[Detector]:
    """The fast tier. ``tool_names`` and ``allowed_hosts`` are used when a scan's context
    has none (``scan_text`` without a context); the guard's context normally supplies them.

    Split-instruction detection is always on; pass ``split`` to choose its tracker's bounds
    (or to share one tracker between tiers), otherwise the tier gets its own."""
    injection = InjectionDetector()
    detectors: list[Detector] = [
        injection,
        SplitInstructionDetector(split if split is not None else SplitTracker(), screen=injection),
        UnicodeDetector(),
        EncodedPayloadDetector(),
        ExfiltrationDetector(),
        SecretsDetector(),
    ]
    if immune is not None:
        detectors.append(ImmuneDetector(immune))
    if replication is not None:
        detectors.append(ReplicationDetector(replication, screen=injection))
    if tool_names or allowed_hosts:
        return [_Defaults(d, tool_names, allowed_hosts) for d in detectors]
    return detectors


class _Defaults:
    """Wraps a detector so an empty context falls back to the tier's configured names/hosts."""

    def __init__(self, inner: Detector, tool_names: frozenset[str], allowed_hosts: frozenset[str]) -> None:
        self.inner = inner
        self.name = inner.name
        self._tool_names = tool_names
        self._allowed_hosts = allowed_hosts

    def scan(self, text: str, envelope: Envelope, context: ScanContext) -> Sequence[Finding]:
        merged = StaticScanContext(
            tool_names=context.tool_names | self._tool_names,
            allowed_hosts=context.allowed_hosts | self._allowed_hosts,
            sender_exposure=context.sender_exposure,
        )
        return self.inner.scan(text, envelope, merged)


def scan_text(
    text: str,
    detectors: Sequence[Detector] | None = None,
    context: ScanContext | None = None,
    *,
    envelope: Envelope | None = None,
) -> list[Finding]:
    """Run ``detectors`` (default: the fast tier) over ``text`` as the content of a throwaway message.

    Pass ``envelope`` to scan as another envelope kind (e.g. a ``ToolResult``, which the
    injection detector treats as data). Findings come back strongest first.
    """
    if detectors is None:
        detectors = fast_detectors()
    if context is None:
        context = StaticScanContext()
    if envelope is None:
        envelope = Message(id="scan", sender="scan", recipient="scan", conversation_id="scan", content=text)
    findings = [f for d in detectors for f in d.scan(text, envelope, context)]
    findings.sort(key=lambda f: -f.severity)
    return findings
