"""The pipeline: bytes (or an envelope) in, a ``Verdict`` out.

    decode -> identity -> schema -> provenance -> facts -> detectors -> Cedar -> verdict

Facts are what tool arguments touch (paths, commands, hosts, packages), matched
against the sender's profile, with its budgets and breaker (``governance/``).

``Guard.check`` decides and never raises on input: malformed bytes, unknown
agents, spoofed senders, schema violations all come back as reject verdicts with
a reason. It has no side effects on stores; ``Enforcer`` (effects.py) applies a
verdict (quarantine, audit, exposure). Everything expensive to build (policy
set, entities, schema validators, detector tables) is built once, before the
first message.
"""

from __future__ import annotations

import gc
import hashlib
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Protocol

import msgspec

from agentmesh_guard import envelope as env
from agentmesh_guard.config import MeshConfig, load_mesh
from agentmesh_guard.destinations import NOTHING, DestinationProvenance, normalise_destination
from agentmesh_guard.envelope import Envelope, Message, ToolCall, ToolResult
from agentmesh_guard.governance.runtime import FACTS_ERROR, Governance
from agentmesh_guard.grants import GrantLedger, MemoryGrantLedger
from agentmesh_guard.hops import HopTracker
from agentmesh_guard.policy import PolicyEngine
from agentmesh_guard.provenance import MemoryExposureStore, is_taint, tool_labels
from agentmesh_guard.schemas import SchemaRegistry
from agentmesh_guard.types import Detector, ExposureStore, GovernanceStore
from agentmesh_guard.verdict import DETECTOR_ERROR, Action, Finding, Reason, Verdict

__all__ = ["Guard"]

_ACTIONS: Final = {"message": "send", "tool_call": "call_tool", "tool_result": "return_result"}
_MAX_ARG_PAIRS: Final = 64
_MAX_ARG_VALUE: Final = 256


class ImmuneLearner(Protocol):
    def learn(
        self,
        text: str,
        *,
        record_id: str,
        spans: Iterable[tuple[int, int]] | None = None,
        destinations: Iterable[tuple[int, int]] | None = None,
    ) -> object: ...

    def forget(self, record_id: str) -> None: ...


class _GcClock:
    """Time spent in the garbage collector since import (every thread; it runs under the GIL).

    The detector stage's budget guards against a detector that runs away (a regex that
    backtracks, a hung deep tier). A full collection in a large process can take 50-150 ms
    on its own, and it happens inside whatever code allocated last: without this, a benign
    message scanned during a collection would be quarantined as ``detector_error``."""

    __slots__ = ("_started", "paused_ns")

    def __init__(self) -> None:
        self.paused_ns = 0
        self._started = 0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter_ns()
        elif self._started:
            self.paused_ns += time.perf_counter_ns() - self._started
            self._started = 0


_GC_CLOCK: Final = _GcClock()
gc.callbacks.append(_GC_CLOCK)


@dataclass(frozen=True, slots=True)
class _ScanContext:
    tool_names: frozenset[str]
    allowed_hosts: frozenset[str]
    sender_exposure: frozenset[str]


class Guard:
    """Decides what happens to each message. Thread-safe; cheap to call."""

    def __init__(
        self,
        mesh: MeshConfig,
        *,
        policy: PolicyEngine,
        schemas: SchemaRegistry | None = None,
        detectors: Sequence[Detector] = (),
        exposure: ExposureStore | None = None,
        grants: GrantLedger | None = None,
        immune: ImmuneLearner | None = None,
        governance: Governance | None = None,
    ) -> None:
        self.mesh = mesh
        self.immune = immune
        """Immune memory: quarantined payloads are learned here (by the Enforcer) and matched by a detector."""
        self.policy = policy
        self.schemas = schemas if schemas is not None else SchemaRegistry()
        self.detectors: tuple[Detector, ...] = tuple(detectors)
        self.exposure: ExposureStore = exposure or MemoryExposureStore(mesh.limits.taint_window_s)
        self.grants: GrantLedger = grants or MemoryGrantLedger()
        self.governance = governance if governance is not None else Governance(mesh)
        self.hops = HopTracker()
        """Per conversation, the hop of what the guard delivered to each agent (``hops.py``)."""
        """Profiles, budgets, session TTL and breakers; its ``store`` may be shared between guards."""
        self._tool_names = frozenset(mesh.tools)
        self._allowed_hosts = frozenset(mesh.allowed_hosts)
        self._budget_s = mesh.limits.detector_budget_ms / 1000.0
        self._max_bytes = mesh.limits.max_message_bytes
        self._max_nesting = mesh.limits.max_nesting
        self._tool_labels = {
            name: tool_labels(name, untrusted_output=t.untrusted_output, source=t.source)
            for name, t in mesh.tools.items()
        }
        self.destinations = DestinationProvenance(
            untrusted_tools=(name for name, t in mesh.tools.items() if t.untrusted_output),
            allowed_hosts=mesh.allowed_hosts,
            known=mesh.known_destinations,
        )
        """Destinations that entered a conversation through untrusted content (``destinations.py``);
        kept in ``exposure``, learned by the ``Planner`` on delivery."""

    @classmethod
    def from_config(
        cls,
        mesh: MeshConfig | str | Path,
        *,
        detectors: Sequence[Detector] | None = None,
        policies: str | Path | None = None,
        exposure: ExposureStore | None = None,
        grants: GrantLedger | None = None,
        governance_store: GovernanceStore | None = None,
    ) -> Guard:
        """Load everything a mesh config names: policies (with the compiled agent profiles),
        schemas, default detectors, and the supply-chain detector when a tool's arguments
        hold commands or packages."""
        if not isinstance(mesh, MeshConfig):
            mesh = load_mesh(mesh)
        engine = PolicyEngine.load(policies if policies is not None else mesh.policies_path, mesh)
        governance = Governance(mesh, store=governance_store)
        immune = None
        if detectors is None:
            from agentmesh_guard.detectors import fast_detectors
            from agentmesh_guard.detectors.immune import ImmuneMemory
            from agentmesh_guard.detectors.indicators import IndicatorDetector, IndicatorMemory, LearningImmuneMemory
            from agentmesh_guard.detectors.replication import ReplicationTracker

            # the destinations the mesh vouches for are never learned (an injection can name a partner's mailbox)
            allowed = frozenset(mesh.allowed_hosts)
            known = (normalise_destination(k, allowed_hosts=allowed) for k in mesh.known_destinations)
            fingerprints, indicators = ImmuneMemory(), IndicatorMemory(known=known)
            # a quarantine teaches both the poison's wording and its destinations (mailbox, IBAN, host)
            immune = LearningImmuneMemory(fingerprints, indicators, allowed_hosts=allowed)
            detectors = [
                *fast_detectors(immune=fingerprints, replication=ReplicationTracker()),
                IndicatorDetector(indicators),
            ]
        supplychain = governance.supplychain
        if supplychain.enabled and not any(getattr(d, "name", "") == supplychain.name for d in detectors):
            detectors = [*detectors, supplychain]
        return cls(
            mesh,
            policy=engine,
            schemas=SchemaRegistry.from_mesh(mesh),
            detectors=detectors,
            exposure=exposure,
            grants=grants,
            immune=immune,
            governance=governance,
        )

    # -- the pipeline -------------------------------------------------------------------------

    def check(
        self,
        message: bytes | bytearray | memoryview | Envelope,
        *,
        sender_from_transport: str | None = None,
        delivery_token: str = "",
    ) -> Verdict:
        """Decide what happens to one message. Never raises on bad input.

        ``delivery_token``: names this delivery of the message, the same on a redelivery (the NATS
        sidecar derives it from the stream sequence), so budgets count it once (``governance``)."""
        raw: bytes
        if isinstance(message, (bytes, bytearray, memoryview)):
            raw = bytes(message)
            if len(raw) > self._max_bytes:
                return self._reject(
                    "decode.too_large",
                    f"message is {len(raw)} bytes; the limit is {self._max_bytes}",
                    raw=raw,
                    sender=sender_from_transport,
                    stage="decode",
                )
            try:
                envelope = env.decode(raw)
            except msgspec.ValidationError as exc:
                return self._reject(
                    "decode.invalid",
                    f"envelope does not match the schema: {exc}",
                    raw=raw,
                    sender=sender_from_transport,
                    stage="decode",
                )
            except (msgspec.DecodeError, UnicodeDecodeError) as exc:  # msgspec raises the latter for bad UTF-8 in a tag
                return self._reject(
                    "decode.malformed",
                    f"not a JSON envelope: {exc}",
                    raw=raw,
                    sender=sender_from_transport,
                    stage="decode",
                )
            except RecursionError:
                return self._reject(
                    "decode.too_deep",
                    "JSON nesting exceeds what the decoder accepts",
                    raw=raw,
                    sender=sender_from_transport,
                    stage="decode",
                )
        else:
            envelope = message
            raw = b""
        try:
            return self._check(envelope, raw, sender_from_transport, delivery_token)
        except Exception as exc:  # noqa: BLE001 - fail closed: an internal error quarantines, never delivers
            return Verdict(
                action=Action.QUARANTINE,
                reasons=(Reason(code="guard.internal_error", message=f"{type(exc).__name__}: {exc}"),),
                envelope=envelope,
                raw=raw,
                sender=sender_from_transport or envelope.sender,
                stage="guard",
            )

    def _check(self, envelope: Envelope, raw: bytes, transport_sender: str | None, token: str = "") -> Verdict:
        mesh = self.mesh
        sender, recipient = envelope.sender, envelope.recipient

        # identity: the transport's word beats the envelope's
        if transport_sender is not None and transport_sender != sender:
            return self._reject(
                "identity.spoofed",
                f"envelope claims sender {sender!r} but the transport authenticated {transport_sender!r}",
                envelope=envelope,
                raw=raw,
                sender=transport_sender,
                stage="identity",
            )
        match envelope:
            case Message():
                principal, resource = ("Agent", sender), ("Agent", recipient)
                known_sender, known_recipient = sender in mesh.agents, recipient in mesh.agents
            case ToolCall():
                principal, resource = ("Agent", sender), ("Tool", recipient)
                known_sender, known_recipient = sender in mesh.agents, recipient in mesh.tools
            case ToolResult():
                principal, resource = ("Tool", sender), ("Agent", recipient)
                known_sender, known_recipient = sender in mesh.tools, recipient in mesh.agents
        if not known_sender:
            return self._reject(
                "identity.unknown_sender",
                f"{principal[0].lower()} {sender!r} is not on the mesh",
                envelope=envelope,
                raw=raw,
                stage="identity",
            )
        if not known_recipient:
            return self._reject(
                "identity.unknown_recipient",
                f"{resource[0].lower()} {recipient!r} is not on the mesh",
                envelope=envelope,
                raw=raw,
                stage="identity",
            )

        depth = env.nesting_depth(envelope, self._max_nesting)
        if depth > self._max_nesting:
            return self._reject(
                "decode.too_deep",
                f"content nests deeper than {self._max_nesting} levels",
                envelope=envelope,
                raw=raw,
                stage="decode",
            )

        # schema
        violations = self._schema_violations(envelope)
        if violations:
            return self._reject("schema.invalid", "; ".join(violations), envelope=envelope, raw=raw, stage="schema")

        # provenance: claimed labels can only be added to, never stripped
        derived = self.exposure.exposure(sender, envelope.conversation_id)
        labels = set(envelope.labels) | derived
        if isinstance(envelope, ToolResult):
            labels.update(self._tool_labels[sender])
        effective = tuple(sorted(labels))

        # facts from tool arguments, the sender's profile, budgets, breakers
        gov = self.governance.context(envelope, now=self.governance.clock(), token=token)

        # detectors: evidence, with failures as findings (fail closed)
        findings = self._detect(envelope, derived)
        if gov.error:
            findings.append(_error_finding("arg-facts", gov.error))
        destinations = self._untrusted_destinations(envelope, findings)

        # approval / release grants are bound to the exact bytes of the message
        approval = "none"
        if self.grants.active():
            approval = self.grants.peek(message_digest(envelope, raw)) or "none"

        context = {
            "kind": _kind(envelope),
            "labels": list(effective),
            "tainted": any(is_taint(lbl) for lbl in effective),
            "finding_kinds": sorted({f.kind for f in findings}),
            "max_severity": max((f.severity for f in findings), default=0),
            "hop": self.hops.effective(envelope),  # the guard's count: a sender cannot reset it (hops.py)
            "hop_limit": mesh.limits.max_hops,
            "approval": approval,
            "payload_type": envelope.payload_type or "" if isinstance(envelope, Message) else "",
            "tool_arg_pairs": _arg_pairs(envelope.arguments) if isinstance(envelope, ToolCall) else [],
            "untrusted_destinations": destinations,
            **gov.values,
        }
        decision = self.policy.decide(
            principal=principal, action=_ACTIONS[_kind(envelope)], resource=resource, context=context
        )
        if gov.error and decision.allowed:  # fail closed even under a policy set that would allow it
            return Verdict(
                action=Action.QUARANTINE,
                reasons=(Reason(code=FACTS_ERROR, message=gov.error[:2000]),),
                findings=tuple(findings),
                policy_ids=(FACTS_ERROR,),
                labels=effective,
                envelope=envelope,
                raw=raw,
                sender=sender,
                stage="policy",
            )
        if decision.allowed:
            reasons: tuple[Reason, ...] = ()
        else:
            reasons = tuple(Reason(code=pid, message=_explain(pid, decision.errors)) for pid in decision.policy_ids)
        return Verdict(
            action=decision.action,
            reasons=reasons,
            findings=tuple(findings),
            policy_ids=decision.policy_ids,
            labels=effective,
            envelope=envelope,
            raw=raw,
            sender=sender,
            stage="policy",
        )

    def effective_hop(self, envelope: Envelope) -> int:
        """The hop the policy sees for ``envelope``: never below its claim (``hops.HopTracker``)."""
        return self.hops.effective(envelope)

    def _untrusted_destinations(self, envelope: Envelope, findings: list[Finding]) -> dict[str, Any]:
        """``context.untrusted_destinations``, with a finding per destination named; a failure is a
        ``detector_error`` finding (fail closed), never a message that passes unchecked."""
        try:
            named = self.destinations.named(envelope, self.exposure)
            findings.extend(named.findings())
            return named.context()
        except Exception as exc:  # noqa: BLE001 - evidence of a failure, not a crash
            findings.append(_error_finding("destinations", f"raised {type(exc).__name__}: {exc}"))
            return NOTHING.context()

    def _schema_violations(self, envelope: Envelope) -> list[str]:
        match envelope:
            case Message(payload_type=str() as ptype):
                if self.schemas.has_payload_type(ptype):
                    return [str(v) for v in self.schemas.check_payload(ptype, envelope.payload)]
                if self.mesh.require_payload_schema:
                    return [f"$.payload_type: no schema is registered for payload type {ptype!r}"]
            case Message(payload=dict()) if self.mesh.require_payload_schema:
                return ["$.payload_type: a payload needs a payload_type with a registered schema"]
            case ToolCall():
                return [str(v) for v in self.schemas.check_tool_arguments(envelope.recipient, envelope.arguments)]
        return []

    def _detect(self, envelope: Envelope, exposure: frozenset[str]) -> list[Finding]:
        if not self.detectors:
            return []
        text = env.text_of(envelope)
        ctx = _ScanContext(self._tool_names, self._allowed_hosts, exposure)
        findings: list[Finding] = []
        budget_ns = int(self._budget_s * 1e9)
        gc_clock = _GC_CLOCK
        start_ns, gc_start_ns = time.perf_counter_ns(), gc_clock.paused_ns

        def spent() -> bool:  # the stage's own time: garbage-collection pauses don't count
            return time.perf_counter_ns() - start_ns - (gc_clock.paused_ns - gc_start_ns) > budget_ns

        for detector in self.detectors:
            name = getattr(detector, "name", type(detector).__name__)
            if spent():
                findings.append(_error_finding(name, "not run: the detector stage's time budget was spent"))
                continue
            try:
                findings.extend(detector.scan(text, envelope, ctx))
            except Exception as exc:  # noqa: BLE001 - a detector failure is evidence, not a crash
                findings.append(_error_finding(name, f"raised {type(exc).__name__}: {exc}"))
            if spent():
                findings.append(_error_finding(name, f"exceeded the {self._budget_s * 1000:.0f} ms budget"))
        return findings

    @staticmethod
    def _reject(
        code: str,
        message: str,
        *,
        envelope: Envelope | None = None,
        raw: bytes = b"",
        sender: str | None = None,
        stage: str,
    ) -> Verdict:
        return Verdict(
            action=Action.REJECT,
            reasons=(Reason(code=code, message=message[:2000]),),
            envelope=envelope,
            raw=raw,
            sender=sender or (envelope.sender if envelope is not None else ""),
            stage=stage,
        )


def message_digest(envelope: Envelope | None, raw: bytes = b"") -> str:
    """What approvals and releases are bound to: the exact message."""
    data = raw or (env.encode(envelope) if envelope is not None else b"")
    return hashlib.sha256(data).hexdigest()


def _kind(envelope: Envelope) -> str:
    match envelope:
        case Message():
            return "message"
        case ToolCall():
            return "tool_call"
        case ToolResult():
            return "tool_result"


def _arg_pairs(arguments: Mapping[str, Any]) -> list[str]:
    pairs = []
    for key, value in arguments.items():
        if isinstance(value, bool):
            value = "true" if value else "false"
        if isinstance(value, (str, int, float)):
            pairs.append(f"{key}={str(value)[:_MAX_ARG_VALUE]}")
            if len(pairs) >= _MAX_ARG_PAIRS:
                break
    return pairs


def _error_finding(detector: str, message: str) -> Finding:
    return Finding(kind=DETECTOR_ERROR, severity=100, detector=detector, message=message)


def _explain(policy_id: str, errors: Sequence[str]) -> str:
    if policy_id == "default-deny":
        return "no policy permits this (anything but an explicit allow is a deny)"
    if policy_id == "policy-evaluation-error":
        return "a policy failed to evaluate, so the request is denied: " + "; ".join(errors)[:500]
    return ""
