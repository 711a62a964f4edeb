"""Applying verdicts: quarantine, hold, dead-letter, exposure, audit; and operator actions.

``Enforcer.apply(verdict)`` makes a verdict's effects durable *before* the
transport acts on it (delivers or acknowledges): the held record is stored, the
audit record appended, exposure updated. If the audit record cannot be written,
``AuditError`` propagates and the message is not delivered or acknowledged.

Operator actions (release, drop, approve, deny, expire) are audited with the
actor's name. Release and approve return the original bytes, to be re-injected
through the guard with a single-use grant bound to exactly those bytes.
"""

from __future__ import annotations

import contextlib
import time
import uuid
from dataclasses import dataclass

import msgspec

from agentmesh_guard import destinations
from agentmesh_guard.audit import AuditRecord
from agentmesh_guard.envelope import Envelope, ToolResult, text_of
from agentmesh_guard.errors import PolicyError
from agentmesh_guard.governance.runtime import NOTHING as NO_SETTLEMENT
from agentmesh_guard.governance.runtime import Settlement
from agentmesh_guard.guard import Guard, message_digest
from agentmesh_guard.provenance import QUARANTINED, is_taint
from agentmesh_guard.quarantine.operations import Operations, forget_record
from agentmesh_guard.quarantine.records import Disposition, HeldMessage
from agentmesh_guard.types import AuditSink, QuarantineStore
from agentmesh_guard.verdict import Action, Finding, Verdict

__all__ = ["Enforcer", "Outcome", "Plan", "Planner"]


Exposure = tuple[str, str, tuple[str, ...]]
"""(agent, conversation id, labels) the agent is now exposed to."""


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything one verdict changes, decided before anything is written."""

    verdict: Verdict
    record: HeldMessage | None
    audit: AuditRecord
    """Not yet chained: the audit sink stamps seq/prev/hash when it appends."""
    exposure: tuple[Exposure, ...]
    grant: str
    """Digest of a grant this delivery uses up ('' if none)."""
    governance: Settlement = NO_SETTLEMENT
    """Budget counters, session start, breaker trip (and its audit records) this verdict causes."""


@dataclass(frozen=True, slots=True)
class Outcome:
    verdict: Verdict
    record: HeldMessage | None
    audit: AuditRecord


POISON_SEVERITY = 70
"""Findings this strong mark the poisoned region immune memory learns from a quarantined message."""
NOT_POISON = frozenset({"secret", "detector_error", "immune_match", "replication"})
"""Finding kinds that don't locate injected content (secrets are leaks, not poison; matches are known)."""

_DISPOSITION = {
    Action.QUARANTINE: Disposition.QUARANTINE,
    Action.HOLD: Disposition.HOLD,
    Action.REJECT: Disposition.REJECT,
}


class Planner:
    """Decides what a verdict changes and applies the in-process part; no stores.
    ``Enforcer`` adds the synchronous stores; the NATS sidecar adds JetStream ones."""

    def __init__(self, guard: Guard, *, name: str = "guard") -> None:
        self.guard = guard
        self.name = name

    # -- per message ----------------------------------------------------------------------
    #
    # ``plan`` decides what a verdict changes (pure); ``apply`` carries the plan out with the
    # synchronous stores. The NATS transport carries out the same plan with its async stores.

    def plan(self, verdict: Verdict, *, trace_id: str = "", span_id: str = "", record_id: str = "") -> Plan:
        """``record_id``: a stable id for the held record, so a redelivered message maps to the
        record already stored (the NATS sidecar derives it from the stream sequence); random if ''.
        It also names the delivery for governance budgets, which count it once."""
        envelope = verdict.envelope
        record = (
            None
            if verdict.delivered
            else self._held_record(verdict, trace_id=trace_id, span_id=span_id, record_id=record_id)
        )
        exposure: tuple[Exposure, ...] = ()
        grant = ""
        if envelope is not None:
            if verdict.delivered:
                taint = tuple(label for label in verdict.labels if is_taint(label) or label.startswith("tool:"))
                if taint:
                    exposure = ((envelope.recipient, envelope.conversation_id, taint),)
                exposure += self._destinations_taught(envelope)
                if self.guard.grants.active():
                    grant = message_digest(envelope, verdict.raw)
            elif (
                verdict.action is Action.QUARANTINE
                and verdict.stage == "policy"
                and not isinstance(envelope, ToolResult)
            ):
                # an agent that sent poison carries that context into what it sends next; a tool does not
                # (a fetcher that returned one poisoned page says nothing about the next page it fetches)
                exposure = ((envelope.sender, envelope.conversation_id, (QUARANTINED,)),)
        audit = _decision_record(verdict, record, trace_id, span_id, self.name)
        settlement = self.guard.governance.settle(
            verdict, guard=self.name, token=record_id
        )  # counted once per delivery
        return Plan(verdict, record, audit, exposure, grant, settlement)

    def _destinations_taught(self, envelope: Envelope) -> tuple[Exposure, ...]:
        """Destinations delivered untrusted content brings into its conversation (``destinations.py``),
        kept as exposure of ``destinations.KEY``. If they cannot be read, the conversation is marked
        overflowed: every destination named there from now on counts as untrusted (fail closed)."""
        try:
            learned = self.guard.destinations.teaches(envelope, self.guard.exposure)
        except Exception:  # noqa: BLE001 - never lose a delivery over it; fail closed instead
            learned = (destinations.OVERFLOW,)
        return ((destinations.KEY, envelope.conversation_id, learned),) if learned else ()

    def commit_local(self, plan: Plan) -> None:
        """The in-process state a plan changes: taint exposure and a used-up grant."""
        for agent, conversation, labels in plan.exposure:
            self.guard.exposure.expose(agent, conversation, labels)
        if plan.grant:
            self.guard.grants.consume(plan.grant)
        self.guard.governance.commit(plan.governance)
        envelope = plan.verdict.envelope
        if plan.verdict.delivered and envelope is not None:
            self.guard.hops.delivered(envelope)  # the recipient's next messages are decided from this hop

    def learn(self, plan: Plan) -> None:
        """Teach immune memory a quarantined payload, so the same poison is stopped on sight."""
        spans = poison_spans(plan)
        record, envelope, immune = plan.record, plan.verdict.envelope, self.guard.immune
        if immune is None or record is None or envelope is None or not spans:
            return
        # best effort: the record is already kept, and the next copy is still scanned
        with contextlib.suppress(Exception):
            immune.learn(text_of(envelope), record_id=record.id, spans=spans, destinations=destination_spans(plan))

    def _held_record(self, verdict: Verdict, *, trace_id: str, span_id: str, record_id: str) -> HeldMessage:
        envelope = verdict.envelope
        raw = verdict.raw or (msgspec.json.encode(envelope) if envelope is not None else b"")
        digest = message_digest(envelope, raw)
        limit = self.guard.mesh.limits.max_message_bytes
        raw_size = 0
        if len(raw) > limit:  # rejected as too large: keep what fits, so the record can always be stored
            raw, raw_size = raw[:limit], len(raw)
        now = time.time()
        disposition = _DISPOSITION[verdict.action]
        return HeldMessage(
            id=record_id or uuid.uuid4().hex,
            disposition=disposition,
            created_at=now,
            expires_at=now + self.guard.mesh.limits.hold_ttl_s if disposition is Disposition.HOLD else 0.0,
            message_id=envelope.id if envelope else "",
            conversation_id=envelope.conversation_id if envelope else "",
            sender=verdict.sender,
            recipient=envelope.recipient if envelope else "",
            kind=_kind(envelope),
            stage=verdict.stage,
            reasons=tuple(r.code for r in verdict.reasons),
            reason_text=tuple(r.message for r in verdict.reasons),
            policy_ids=verdict.policy_ids,
            findings=verdict.findings,
            labels=verdict.labels,
            raw=raw,
            raw_size=raw_size,
            digest=digest,
            trace_id=trace_id,
            span_id=span_id,
        )


class Enforcer(Planner):
    """Applies verdicts with synchronous stores (in-process bus, LangChain, the CLI)."""

    def __init__(self, guard: Guard, *, audit: AuditSink, store: QuarantineStore, name: str = "guard") -> None:
        super().__init__(guard, name=name)
        self.audit = audit
        self.store = store
        self.ops = Operations(store, audit, grants=guard.grants, grant_ttl_s=guard.mesh.limits.grant_ttl_s, name=name)

    def apply(self, verdict: Verdict, *, trace_id: str = "", span_id: str = "") -> Outcome:
        """Make the verdict's effects durable; raises ``AuditError``/``StoreError`` if they can't be."""
        plan = self.plan(verdict, trace_id=trace_id, span_id=span_id)
        if plan.record is not None:
            self.store.put(plan.record)
            self.learn(plan)
        self.commit_local(plan)
        audit = self.audit.append(plan.audit)
        for extra in plan.governance.audit:  # a breaker that tripped on this verdict
            self.audit.append(extra)
        return Outcome(verdict, plan.record, audit)

    # -- operator actions (audited; release/approve return the bytes to re-inject) -------------

    def release(self, record_id: str, *, actor: str, note: str = "", forget: bool = False) -> bytes:
        """Release a quarantined message (the bytes to re-inject). With ``forget`` the person also says it
        was harmless: immune and indicator memory forget what it taught, so it stops no later message."""
        released = self.ops.release(record_id, actor=actor, note=note)
        if forget:
            if self.guard.immune is not None:
                self.guard.immune.forget(released.id)
            self.audit.append(forget_record(released.id, actor, note, guard=self.name))
        return released.raw

    def drop(self, record_id: str, *, actor: str, note: str = "") -> None:
        self.ops.drop(record_id, actor=actor, note=note)

    def approve(self, record_id: str, *, actor: str, note: str = "") -> bytes:
        return self.ops.approve(record_id, actor=actor, note=note).raw

    def deny(self, record_id: str, *, actor: str, note: str = "") -> None:
        self.ops.deny(record_id, actor=actor, note=note)

    def expire_holds(self, *, now: float | None = None) -> list[HeldMessage]:
        return self.ops.expire_holds(now=now)

    def reset_breaker(self, agent: str, *, actor: str, note: str = "") -> AuditRecord:
        """Reinstate an isolated agent (a person's decision, audited with who did it)."""
        return self.guard.governance.reset_breaker(agent, audit=self.audit, actor=actor, note=note, guard=self.name)

    def reload_policies(self, *, actor: str = "guard") -> None:
        """Hot reload. On failure the old set keeps serving; the failure is audited and re-raised."""
        try:
            info = self.guard.policy.reload()
        except PolicyError as exc:
            self.audit.append(
                AuditRecord(event="policy_reload_failed", actor=actor, detail=str(exc)[:4000], guard=self.name)
            )
            raise
        self.audit.append(
            AuditRecord(event="policy_reload", actor=actor, detail=f"{len(info.policy_ids)} policies", guard=self.name)
        )


def _poison_findings(plan: Plan) -> list[Finding]:
    """A quarantined message's strong findings with a span ([] for any other plan, or one quarantined
    only for its provenance: nothing is learned from those)."""
    if plan.record is None or plan.record.disposition is not Disposition.QUARANTINE:
        return []
    return [
        f
        for f in plan.verdict.findings
        if f.severity >= POISON_SEVERITY and f.kind not in NOT_POISON and 0 <= f.start < f.end
    ]


def poison_spans(plan: Plan) -> list[tuple[int, int]]:
    """Where the poison is in a quarantined message: the spans of its strong findings."""
    return [(f.start, f.end) for f in _poison_findings(plan)]


def destination_spans(plan: Plan) -> list[tuple[int, int]]:
    """Where a quarantined message's poison names its destinations: the pieces of evidence of its strong
    findings (``Finding.evidence``, else the finding's span). Not what lies between two pieces: an
    injection's override and its "forward the ledger to …" may be sentences apart, and a vendor's address
    between them is not the attacker's."""
    return [piece for f in _poison_findings(plan) for piece in (f.evidence or ((f.start, f.end),))]


def _kind(envelope: Envelope | None) -> str:
    return type(envelope).__struct_config__.tag if envelope is not None else ""  # type: ignore[return-value]


def _decision_record(
    verdict: Verdict, record: HeldMessage | None, trace_id: str, span_id: str, guard: str
) -> AuditRecord:
    envelope = verdict.envelope
    return AuditRecord(
        event="decision",
        action=verdict.action.value,
        stage=verdict.stage,
        message_id=envelope.id if envelope else "",
        conversation_id=envelope.conversation_id if envelope else "",
        sender=verdict.sender,
        recipient=envelope.recipient if envelope else "",
        kind=_kind(envelope),
        reasons=tuple(r.code for r in verdict.reasons),
        policy_ids=verdict.policy_ids,
        finding_kinds=tuple(sorted({f.kind for f in verdict.findings})),
        max_severity=verdict.max_severity,
        labels=verdict.labels,
        record_id=record.id if record else "",
        trace_id=trace_id,
        span_id=span_id,
        guard=guard,
    )
