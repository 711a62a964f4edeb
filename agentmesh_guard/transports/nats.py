"""The guard on a NATS bus: the sidecar.

Agents publish on ``mesh.out.<agent>``, tools on ``tool.<tool>.out``; only the guard
may publish on ``mesh.in.*`` / ``tool.*.in`` (see ``nats_lockdown``). The sender is
the subject the server authorized, never a field the sender wrote.

Two modes:

- ``jetstream`` (default, at-least-once): ``AMG_MESH_OUT`` captures what agents send;
  the guards share one durable pull consumer and ack a message only after its
  verdict's effects are durable (held record stored, audit chain appended,
  delivery accepted by ``AMG_MESH_IN``, which de-duplicates by message id). A guard
  crash means redelivery, never loss.
- ``core`` (at-most-once, lowest latency): a plain queue-group subscription. A
  message in flight when a guard dies, or published while no guard runs, is lost.

Messages are processed in batches (whatever has arrived, up to ``batch``): every
message is decided in order, then the batch's records are persisted together,
then deliveries are published, then the batch is acknowledged. If persisting
fails, nothing in the batch is delivered (fail closed) and, in JetStream mode,
it is redelivered later.

Request/reply: a requester names its inbox in the ``AMG-Request-Inbox`` header
(it must be the requester's own); the guard passes it on as ``AMG-Reply-To``, the
responder sends its answer through the guard with that header echoed, and the
guard delivers the checked answer to the inbox (only if it belongs to the answer's
recipient). A request the guard does not deliver is answered at once with a
verdict notice.

Operators talk to the guards over ``amg.ctl.<verb>`` (list, show, release, drop,
approve, deny, reload, health); any guard in the pool can answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import socket
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal

import msgspec
import nats
import nats.errors
import nats.js.errors
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.js import JetStreamContext, api

from agentmesh_guard import envelope as env
from agentmesh_guard.audit import AuditRecord
from agentmesh_guard.effects import Plan, Planner, destination_spans, poison_spans
from agentmesh_guard.envelope import Envelope, Message, ToolCall, ToolResult
from agentmesh_guard.errors import AgentMeshError, AuditError, PolicyError, StoreError, TransportError
from agentmesh_guard.governance.runtime import NOTHING as NO_SETTLEMENT
from agentmesh_guard.governance.runtime import breaker_reset, violation_keys
from agentmesh_guard.guard import Guard
from agentmesh_guard.quarantine.operations import VERBS, forget_record, plan_close
from agentmesh_guard.quarantine.records import Disposition, HeldMessage
from agentmesh_guard.transports import subjects
from agentmesh_guard.transports.nats_lockdown import agent_user, tool_user
from agentmesh_guard.transports.nats_stores import (
    NatsAuditChain,
    NatsQuarantineStore,
    OpenHolds,
    SharedExposure,
    SharedGovernance,
    SharedGrants,
    SharedImmune,
    audit_lines,
    dead_letter_subject,
    ensure_jetstream,
    verify_audit,
)
from agentmesh_guard.verdict import Action, Reason, Verdict

__all__ = [
    "DeadLetterHeaders",
    "MeshClient",
    "NatsMeshTransport",
    "NatsSidecar",
    "SidecarOptions",
    "ToolService",
    "VerdictNotice",
]

_log = logging.getLogger("agentmesh_guard.nats")

REQUEST_HEADER: Final = "AMG-Request-Inbox"
"""Set by a requester: the inbox it waits on (a NATS reply subject can't be used: on a subject
captured by JetStream, the stream itself answers it with a publish acknowledgement)."""
REPLY_HEADER: Final = "AMG-Reply-To"
"""Set by the guard on a delivered request, echoed by the responder on its answer."""
VERDICT_HEADER: Final = "AMG-Verdict"
DURABLE: Final = "amg-guard"
_TRACE_HEADERS: Final = frozenset({"traceparent", "tracestate"})
NAK_DELAY_S: Final = 1.0
RECORD_OVERHEAD: Final = 64 * 1024
"""Room a held record needs besides the message itself (verdict, findings, labels, ids)."""
PULL_WAIT_S: Final = 1.0
"""How long one pull request waits for messages (also how long a graceful stop may wait for it)."""
STOP_GRACE_S: Final = 1.0
DELIVERY_ACK_TIMEOUT_S: Final = 5.0
"""How long a delivery (JetStream mode) waits for ``AMG_MESH_IN``'s acknowledgement (nats-py's default request
timeout); one not acknowledged by then is not confirmed: redelivered, or dead-lettered like a refused one."""
DEAD_LETTER_HEADROOM: Final = 8 * 1024
"""Room a dead letter leaves for its headers: the raw message is cut to ``max_payload`` minus this."""
DEAD_REASON_MAX: Final = 1024


class DeadLetterHeaders:
    """Headers of a message in ``AMG_DEAD_LETTER`` (the body is the raw message, cut to fit)."""

    reason: Final = "AMG-Dead-Reason"
    stream: Final = "AMG-Dead-Stream"
    sequence: Final = "AMG-Dead-Stream-Seq"
    subject: Final = "AMG-Dead-Subject"
    deliveries: Final = "AMG-Dead-Deliveries"
    size: Final = "AMG-Dead-Raw-Size"
    digest: Final = "AMG-Dead-Raw-Sha256"
    guard: Final = "AMG-Dead-Guard"
    message_id: Final = "AMG-Dead-Message-Id"
    action: Final = "AMG-Dead-Action"


@dataclass(frozen=True, slots=True)
class SidecarOptions:
    url: str = "nats://127.0.0.1:4222"
    user: str | None = None
    password: str | None = None
    mode: Literal["jetstream", "core"] = "jetstream"
    queue: str = "amg-guards"
    name: str = field(default_factory=lambda: f"guard-{socket.gethostname()}-{os.getpid()}")
    batch: int = 64
    replicas: int = 1
    lockdown: bool = False
    """True when the server runs the generated lockdown config: reply inboxes must then
    belong to the requester's own NATS user (``_INBOX.agent-<name>.``)."""
    hold_check_s: float = 5.0
    """How often held messages are checked for expiry (and expired exposure and grants pruned)."""
    ack_wait_s: float = 30.0
    """JetStream mode: how long a fetched message may stay unacknowledged before the server
    redelivers it (to this guard or another). Longer than the slowest batch; shorter means a
    crashed guard's messages come back sooner."""
    poison_after: int = 5
    """JetStream mode: once a message of a failing batch has been delivered this many times, the
    batch is retried message by message, and a message whose effects the server refuses for good
    (e.g. a held record larger than the bucket allows) goes to ``AMG_DEAD_LETTER`` and is
    terminated instead of stalling the mesh. Never delivered; never dropped unrecorded."""
    immune_max_records: int = 5_000
    """At most this many learned poison fingerprints are kept in memory (oldest forgotten first;
    about 2.6 KiB each, so ~13 MiB). The ``amg_immune`` bucket keeps them all."""

    def __post_init__(self) -> None:
        if self.poison_after < 1:
            raise ValueError("poison_after must be at least 1")
        if self.immune_max_records < 1:
            raise ValueError("immune_max_records must be at least 1")


class VerdictNotice(msgspec.Struct, frozen=True, kw_only=True):
    """What a requester gets back when the guard did not deliver its request."""

    kind: Literal["verdict"] = "verdict"
    message_id: str = ""
    action: str
    reasons: tuple[str, ...] = ()
    record_id: str = ""


@dataclass(slots=True)
class _Incoming:
    subject: str
    data: bytes
    headers: dict[str, str]
    reply: str
    msg: Msg | None = None
    record_id: str = ""


@dataclass(slots=True)
class _Decided:
    item: _Incoming
    verdict: Verdict
    plan: Plan
    outgoing: dict[str, str]
    learned: Any = None
    """The fingerprint immune memory learned from this message when it was decided (to share)."""


class NatsSidecar:
    """Runs one guard process on the bus. Several form a pool (queue group / shared consumer)."""

    def __init__(self, guard: Guard, options: SidecarOptions, *, telemetry: Any = None) -> None:
        self.guard = guard
        self.options = options
        self.planner = Planner(guard, name=options.name)
        if telemetry is None:
            from agentmesh_guard.tracing import Telemetry

            telemetry = Telemetry.disabled()
        self.telemetry = telemetry
        self.nc: Client | None = None
        self.js: JetStreamContext | None = None
        self.counts: dict[str, int] = {a.value: 0 for a in Action}
        self.errors = 0
        self.last_error = ""
        self.ready = asyncio.Event()
        self._stopping = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._subs: list[Any] = []
        self._psub: Any = None
        self._pull_task: asyncio.Task[None] | None = None
        self._pull_expires = 0.0
        self._queue: asyncio.Queue[_Incoming] = asyncio.Queue(maxsize=10_000)
        self._lock = asyncio.Lock()  # one batch at a time: decisions are ordered
        self.quarantine: NatsQuarantineStore | None = None
        self.audit: NatsAuditChain | None = None
        self._exposure: SharedExposure | None = None
        self._grants: SharedGrants | None = None
        self._immune: SharedImmune | None = None
        self._governance: SharedGovernance | None = None
        self._holds: OpenHolds | None = None
        self._closed = 0
        self.dead_lettered = 0
        self.last_dead_letter: dict[str, Any] = {}
        self._inbound = _Inbound()
        cap = getattr(guard.immune, "max_records", None)
        if isinstance(cap, int):
            # the sidecar's cap bounds the guard's memory (the default ImmuneMemory allows 100,000 records)
            setattr(guard.immune, "max_records", min(cap, options.immune_max_records))  # noqa: B010 - not on the protocol
        with contextlib.suppress(Exception):  # telemetry fails open
            # held records this guard created minus those it closed (per process; the KV bucket has them all)
            telemetry.observe_quarantine_size(
                lambda: sum(self.counts[a.value] for a in Action if a is not Action.DELIVER) - self._closed
            )

    # -- lifecycle ------------------------------------------------------------------------------

    async def start(self) -> None:
        try:
            await self._start()
        except BaseException:
            # a guard that cannot start must not leave a half-open connection (or watchers) behind
            for watched in self._watchers():
                with contextlib.suppress(Exception):
                    await watched.stop()
            if self.nc is not None and not self.nc.is_closed:
                with contextlib.suppress(Exception):
                    await self.nc.close()
            raise

    async def _start(self) -> None:
        opts = self.options
        try:
            self.nc = await nats.connect(
                opts.url,
                user=opts.user,
                password=opts.password,
                name=opts.name,
                max_reconnect_attempts=-1,
                reconnect_time_wait=0.5,
                error_cb=self._on_error,
                disconnected_cb=self._on_disconnected,
                reconnected_cb=self._on_reconnected,
            )
            self.js = self.nc.jetstream()
            self._check_payload_fits(self.nc.max_payload)
            buckets = await ensure_jetstream(self.js, self.guard.mesh, replicas=opts.replicas)
            await self._inbound.refresh(self.js)
        except (nats.errors.Error, OSError) as exc:
            raise TransportError(f"cannot connect the guard to NATS at {opts.url}: {exc}") from exc
        mesh = self.guard.mesh
        self.quarantine = NatsQuarantineStore(buckets[subjects.KV_QUARANTINE], self.js)
        self._holds = OpenHolds(buckets[subjects.KV_QUARANTINE])
        await self._holds.start()
        self.audit = NatsAuditChain(self.js, opts.name)
        self._exposure = SharedExposure(buckets[subjects.KV_EXPOSURE], mesh.limits.taint_window_s)
        self._grants = SharedGrants(buckets[subjects.KV_GRANTS], mesh.limits.grant_ttl_s)
        self.guard.exposure = self._exposure
        self.guard.grants = self._grants
        await self._exposure.start()
        await self._grants.start()
        if self.guard.immune is not None:
            self._immune = SharedImmune(buckets[subjects.KV_IMMUNE_MEMORY], self.guard.immune)
            await self._immune.start()
        self._governance = SharedGovernance(buckets[subjects.KV_GOVERNANCE])
        self.guard.governance.store = self._governance
        await self._governance.start()

        self._subs.append(await self.nc.subscribe(f"{subjects.CONTROL_PREFIX}.*", queue="amg-ctl", cb=self._on_control))
        if opts.mode == "jetstream":
            psub = await self.js.pull_subscribe(
                subject="",
                durable=DURABLE,
                stream=subjects.STREAM_MESH_OUT,
                config=api.ConsumerConfig(
                    ack_policy=api.AckPolicy.EXPLICIT,
                    ack_wait=opts.ack_wait_s,
                    max_ack_pending=max(1024, opts.batch * 8),
                    max_deliver=-1,
                ),
            )
            self._subs.append(psub)
            self._psub = psub
            self._pull_task = asyncio.create_task(self._pull_loop(psub))
            self._tasks.append(self._pull_task)
        else:
            for subject in (subjects.AGENT_OUT_ALL, subjects.TOOL_OUT_ALL):
                self._subs.append(await self.nc.subscribe(subject, queue=opts.queue, cb=self._on_core))
            self._tasks.append(asyncio.create_task(self._core_loop()))
        self._tasks.append(asyncio.create_task(self._expiry_loop()))
        await self.nc.flush()
        self.ready.set()

    def _watchers(self) -> list[OpenHolds | SharedExposure | SharedGrants | SharedImmune | SharedGovernance]:
        """The KV watchers this guard runs (those started so far)."""
        stores = (self._holds, self._exposure, self._grants, self._immune, self._governance)
        return [store for store in stores if store is not None]

    def _check_payload_fits(self, max_payload: int) -> None:
        """A held record carries the message (base64 in JSON) plus its verdict: it must fit in one NATS
        message, or a message the guard accepted could never be quarantined (fail at start, not later)."""
        limit = self.guard.mesh.limits.max_message_bytes
        needed = limit * 4 // 3 + RECORD_OVERHEAD
        if needed > max_payload:
            raise TransportError(
                f"limits.max_message_bytes ({limit}) is too large for this NATS server: a held record needs up "
                f"to {needed} bytes and the server's max_payload is {max_payload}. Lower the limit to at most "
                f"{(max_payload - RECORD_OVERHEAD) * 3 // 4} or raise max_payload in the server config."
            )

    async def stop(self) -> None:
        """Graceful: stop taking new messages, finish the batch in hand, drain the connection."""
        self._stopping.set()
        if self._pull_task is not None:
            # the pull loop ends by itself after its current fetch (the batch in hand is decided and
            # acknowledged); cancelling it inside fetch() would lose what fetch had already received
            with contextlib.suppress(TimeoutError, asyncio.CancelledError, Exception):
                await asyncio.wait_for(asyncio.shield(self._pull_task), PULL_WAIT_S + STOP_GRACE_S)
        async with self._lock:  # a batch being processed is finished (and acknowledged) first
            for task in self._tasks:
                task.cancel()
            for task in self._tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        if self._psub is not None:
            await self._release_pulled(self._psub)
        for watched in self._watchers():
            await watched.stop()
        if self.nc is not None and not self.nc.is_closed:
            with contextlib.suppress(Exception):
                await self.nc.drain()
        self.telemetry_flush()

    def telemetry_flush(self) -> None:
        with contextlib.suppress(Exception):
            self.telemetry.force_flush(1.0)

    async def __aenter__(self) -> NatsSidecar:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def health(self) -> dict[str, Any]:
        connected = self.nc is not None and self.nc.is_connected
        return {
            "guard": self.options.name,
            "mode": self.options.mode,
            "connected": connected,
            "ready": self.ready.is_set() and connected and not self._stopping.is_set(),
            "decisions": dict(self.counts),
            "errors": self.errors,
            "last_error": self.last_error,
            "dead_lettered": self.dead_lettered,
            "last_dead_letter": dict(self.last_dead_letter),
            "policies": len(self.guard.policy.info.policy_ids),
        }

    async def _on_error(self, exc: Exception) -> None:
        self.last_error = f"nats: {exc}"
        _log.warning("NATS error: %s", exc)

    async def _on_disconnected(self) -> None:
        if not self._stopping.is_set():
            _log.warning("disconnected from NATS; reconnecting")

    async def _on_reconnected(self) -> None:
        _log.info("reconnected to NATS")

    # -- intake -----------------------------------------------------------------------------------

    async def _pull_loop(self, psub: Any) -> None:
        loop = asyncio.get_running_loop()
        while not self._stopping.is_set():
            self._pull_expires = loop.time() + PULL_WAIT_S
            try:
                msgs = await psub.fetch(self.options.batch, timeout=PULL_WAIT_S)
            except (TimeoutError, nats.errors.TimeoutError):
                continue
            except (nats.errors.Error, OSError) as exc:
                self._note_error(f"fetch failed: {exc}")
                await asyncio.sleep(0.5)  # the connection is reconnecting; back off briefly
                continue
            batch = [self._incoming(m, stream_record_id=True) for m in msgs]
            if self._stopping.is_set():  # fetched while stopping: hand back at once, not after ack_wait
                await self._settle(batch, nak=True, delay=None)
                return
            try:
                await self._process(batch)
            except asyncio.CancelledError:
                # stopping before this batch got its turn: hand it back at once, not after ack_wait
                await self._settle(batch, nak=True, delay=None)
                raise

    async def _release_pulled(self, psub: Any) -> None:
        """Stopping: messages that reached the pull subscription after the last fetch go back to
        the stream at once, and the subscription is removed.

        A pull request can outlive the fetch() that made it (fetch returns with fewer messages
        than asked for), and the server keeps filling it until it expires; a message sent to an
        inbox nobody reads any more would wait out ``ack_wait``. So this waits for the last
        request's expiry, makes a round trip (everything the server sent has arrived), then hands
        back what is queued. (nats-py's ``fetch`` takes messages from the subscription's queue
        without marking them done, so ``drain()`` would otherwise wait for that queue for its
        whole timeout, 30 s.)"""
        if self.nc is None or self.nc.is_closed:
            return
        remaining = self._pull_expires + STOP_GRACE_S / 10 - asyncio.get_running_loop().time()
        if remaining > 0:
            await asyncio.sleep(remaining)  # a deadline the server keeps, not a guess
        with contextlib.suppress(nats.errors.Error, OSError):
            await self.nc.flush()
        queue = getattr(getattr(psub, "_sub", None), "_pending_queue", None)
        while queue is not None and not queue.empty():
            msg = queue.get_nowait()
            if msg.reply:  # status messages (e.g. "request timeout") have none
                with contextlib.suppress(nats.errors.Error, OSError):
                    await msg.nak()
        with contextlib.suppress(nats.errors.Error, OSError, ValueError):
            await psub.unsubscribe()

    async def _on_core(self, msg: Msg) -> None:
        await self._queue.put(self._incoming(msg, stream_record_id=False))

    async def _core_loop(self) -> None:
        while not self._stopping.is_set():
            batch = [await self._queue.get()]
            while len(batch) < self.options.batch and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            await self._process(batch)

    @staticmethod
    def _incoming(msg: Msg, *, stream_record_id: bool) -> _Incoming:
        record_id = ""
        seq = _stream_seq(msg) if stream_record_id else 0
        if seq:
            # the same stream message redelivered maps to the same held record (idempotent put)
            record_id = hashlib.sha256(b"%d:" % seq + hashlib.sha256(msg.data).digest()).hexdigest()[:32]
        return _Incoming(msg.subject, msg.data, dict(msg.headers or {}), msg.reply or "", msg, record_id)

    # -- the pipeline -----------------------------------------------------------------------------

    async def _process(self, batch: Sequence[_Incoming]) -> None:
        async with self._lock:
            decided = [self._decide(item) for item in batch]
            try:
                await self._commit(decided)
            except _PERSIST_ERRORS as exc:
                # fail closed: nothing more is delivered; JetStream redelivers the batch later
                self._note_error(str(exc))
                if self.options.mode == "jetstream" and any(
                    _deliveries(item) >= self.options.poison_after for item in batch
                ):
                    await self._one_by_one(decided)  # one message may be spoiling the batch
                else:
                    await self._settle(batch, nak=True)

    async def _commit(self, decided: Sequence[_Decided]) -> None:
        """Persist, deliver, acknowledge. Raises (before anything is delivered) if persisting fails."""
        await self._persist(decided)
        failed = await self._deliver(decided)
        for d in decided:
            self.counts[d.verdict.action.value] += 1
        await self._settle([d.item for d in decided if id(d) not in failed], nak=False)
        if failed:
            await self._undelivered([(d, failed[id(d)]) for d in decided if id(d) in failed])

    async def _undelivered(self, failures: Sequence[tuple[_Decided, BaseException]]) -> None:
        """Deliveries ``AMG_MESH_IN`` did not confirm. A refusal that will not go away (the message is
        larger than the stream's ``max_msg_size``, its subject is not one the stream captures, over
        ``max_payload``) is dead-lettered once the message has been delivered ``poison_after`` times;
        anything else (timeouts, no responders while the stream is unavailable) is retried."""
        if self.js is not None and any(not isinstance(exc, DeliveryRefused) for _, exc in failures):
            with contextlib.suppress(nats.errors.Error, OSError):
                await self._inbound.refresh(self.js)  # the stream may have been reconfigured: look again
        for d, exc in failures:
            if self.options.mode == "jetstream" and _deliveries(d.item) >= self.options.poison_after:
                refused = exc if _refused_for_good(exc) else self._inbound.refusal(d.plan, exc)
                if refused is not None:
                    await self._dead_letter(d, refused)
                    continue
            await self._settle([d.item], nak=True)

    async def _one_by_one(self, decided: Sequence[_Decided]) -> None:
        """A batch failed again and again: each message is persisted and delivered on its own, so
        the others are not held back by one that cannot be recorded. A message that still fails,
        has been delivered ``poison_after`` times and was refused for a reason that will not go
        away is dead-lettered; any other failure (the server or a stream unavailable) is retried."""
        for d in decided:
            try:
                await self._commit([d])
            except _PERSIST_ERRORS as exc:
                self._note_error(f"stream message {_stream_seq(d.item.msg)}: {exc}")
                if _deliveries(d.item) >= self.options.poison_after and _refused_for_good(exc):
                    await self._dead_letter(d, exc)
                else:
                    await self._settle([d.item], nak=True)

    async def _dead_letter(self, d: _Decided, cause: BaseException) -> None:
        """Record an unrecordable message in ``AMG_DEAD_LETTER``, then terminate it (no more
        redelivery). It is never delivered. If the dead letter cannot be written either, the message
        is handed back to be retried: it is never dropped without a record."""
        if self.nc is None or self.js is None:
            raise TransportError("the sidecar is not started")
        item, verdict = d.item, d.verdict
        seq, deliveries = _stream_seq(item.msg), _deliveries(item)
        reason = _one_line(f"{type(cause).__name__}: {cause}")[:DEAD_REASON_MAX]
        room = max(0, self.nc.max_payload - DEAD_LETTER_HEADROOM)
        headers = {
            "Nats-Msg-Id": f"amg-dead-{seq}-{hashlib.sha256(item.data).hexdigest()[:16]}",
            DeadLetterHeaders.reason: reason,
            DeadLetterHeaders.stream: subjects.STREAM_MESH_OUT,
            DeadLetterHeaders.sequence: str(seq),
            DeadLetterHeaders.subject: item.subject,
            DeadLetterHeaders.deliveries: str(deliveries),
            DeadLetterHeaders.size: str(len(item.data)),
            DeadLetterHeaders.digest: hashlib.sha256(item.data).hexdigest(),
            DeadLetterHeaders.guard: self.options.name,
            DeadLetterHeaders.message_id: _one_line(verdict.message_id)[:256],
            DeadLetterHeaders.action: verdict.action.value,
        }
        try:
            ack = await self.js.publish(
                dead_letter_subject(self.options.name),
                item.data[:room],
                stream=subjects.STREAM_DEAD_LETTER,
                headers=headers,
            )
        except (nats.errors.Error, OSError) as exc:
            self._note_error(f"dead letter for stream message {seq} not written; it will be retried: {exc}")
            await self._settle([item], nak=True)
            return
        if not ack.duplicate:  # a redelivery of a message already dead-lettered (terminate failed) counts once
            self.dead_lettered += 1
            self.last_dead_letter = {"stream_seq": seq, "dead_letter_seq": ack.seq, "reason": reason}
            _log.error("stream message %d dead-lettered after %d deliveries: %s", seq, deliveries, reason)
            if self.audit is not None:
                envelope = verdict.envelope
                record = AuditRecord(
                    event="dead_letter",
                    action=verdict.action.value,
                    stage=verdict.stage,
                    message_id=verdict.message_id,
                    conversation_id=envelope.conversation_id if envelope is not None else "",
                    sender=envelope.sender if envelope is not None else "",
                    recipient=envelope.recipient if envelope is not None else "",
                    reasons=tuple(r.code for r in verdict.reasons),
                    record_id=d.plan.record.id if d.plan.record else "",
                    detail=f"{subjects.STREAM_MESH_OUT} seq {seq} -> {subjects.STREAM_DEAD_LETTER} seq {ack.seq} "
                    f"after {deliveries} deliveries: {reason}",
                    guard=self.options.name,
                )
                try:
                    await self.audit.append(record)
                except AuditError as exc:  # the dead letter is the durable record; the chain may be the cause
                    self._note_error(f"dead letter {ack.seq} not audited: {exc}")
        with contextlib.suppress(nats.errors.Error, OSError):
            if item.msg is not None:
                await item.msg.term()

    def _decide(self, item: _Incoming) -> _Decided:
        sender = subjects.sender_of(item.subject) or subjects.tool_of_result(item.subject)
        with self.telemetry.hop(item.subject, item.headers) as hop:
            if sender is None:
                verdict = Verdict(
                    action=Action.REJECT,
                    reasons=(Reason(code="transport.unknown_subject", message=f"no sender for {item.subject!r}"),),
                    raw=item.data,
                    stage="transport",
                )
            else:
                verdict = self.guard.check(item.data, sender_from_transport=sender, delivery_token=item.record_id)
                expected = "tool_result" if item.subject.startswith("tool.") else None
                if verdict.envelope is not None and (expected == "tool_result") != isinstance(
                    verdict.envelope, ToolResult
                ):
                    verdict = msgspec.structs.replace(
                        verdict,
                        action=Action.REJECT,
                        reasons=(
                            Reason(
                                code="transport.wrong_kind",
                                message="tools publish tool_result envelopes; agents publish the others",
                            ),
                        ),
                        stage="transport",
                    )
            plan = self.planner.plan(verdict, trace_id=hop.trace_id, span_id=hop.span_id, record_id=item.record_id)
            self.planner.commit_local(plan)
            hop.record(verdict, quarantine_id=plan.record.id if plan.record else None)
            outgoing = hop.outgoing_headers() if verdict.delivered else {}
        return _Decided(item, verdict, plan, outgoing, self._learn(plan))

    def _learn(self, plan: Plan) -> Any:
        """Immune memory learns a quarantined payload as soon as it is decided, so the messages
        decided after it, in the same batch too, are matched against it; ``_persist`` shares it.
        ``None``: nothing to learn, or learning failed and ``_persist`` tries again (and fails
        the batch if it fails again)."""
        spans = poison_spans(plan)
        envelope = plan.verdict.envelope
        if self._immune is None or plan.record is None or envelope is None or not spans:
            return None
        try:
            return self._immune.learn(plan.record.id, env.text_of(envelope), spans, destination_spans(plan))
        except Exception:  # noqa: BLE001 - retried (and reported) by _persist
            return None

    async def _persist(self, decided: Sequence[_Decided]) -> None:
        if self.quarantine is None or self.audit is None or self._exposure is None or self._grants is None:
            raise TransportError("the sidecar is not started")
        writes: list[Awaitable[None]] = []
        exposure: list[tuple[str, str, tuple[str, ...]]] = []
        for d in decided:
            record = d.plan.record
            if record is not None:
                writes.append(self.quarantine.put(record))
                if self._immune is not None and d.learned is not None:
                    writes.append(self._immune.publish(record.id, d.learned))
                elif self._immune is not None and d.verdict.envelope is not None and (spans := poison_spans(d.plan)):
                    # learning failed when decided: try again (and fail the batch if it fails again)
                    text = env.text_of(d.verdict.envelope)
                    writes.append(self._immune.share(record.id, text, spans, destination_spans(d.plan)))
            exposure.extend(d.plan.exposure)
            if d.plan.grant:
                writes.append(self._grants.publish_consumed(d.plan.grant))
        if exposure:
            writes.append(self._exposure.share(exposure))
        settlements = [d.plan.governance for d in decided if d.plan.governance is not NO_SETTLEMENT]
        if settlements and self._governance is not None:  # in decision order: counters add up as decided
            writes.append(self._governance.publish_many(settlements, now=time.time()))
        if writes:
            await asyncio.gather(*writes)
        if self._holds is not None:
            for d in decided:
                if d.plan.record is not None:
                    self._holds.note(d.plan.record)
        # the decision record, then what it caused (e.g. a breaker trip), in order
        await self.audit.append_many(r for d in decided for r in (d.plan.audit, *d.plan.governance.audit))

    async def _deliver(self, decided: Sequence[_Decided]) -> dict[int, BaseException]:
        """Publish deliveries (and verdict notices to waiting requesters). Returns the ids of
        items whose delivery was not confirmed (to be redelivered or dead-lettered), with why. A
        delivery ``AMG_MESH_IN`` is known to refuse (``_Inbound``) is not published at all."""
        if self.nc is None or self.js is None:
            raise TransportError("the sidecar is not started")
        pending: list[tuple[_Decided, Awaitable[Any]]] = []
        refusals: dict[int, BaseException] = {}
        for d in decided:
            verdict, envelope = d.verdict, d.verdict.envelope
            if verdict.delivered and envelope is not None:
                payload = (
                    verdict.raw
                    if verdict.raw and envelope.labels == verdict.labels
                    else env.encode(msgspec.structs.replace(envelope, labels=verdict.labels))
                )
                headers = dict(d.outgoing)
                headers["Nats-Msg-Id"] = envelope.id
                reply_to = self._reply_target(d.item, envelope)
                if reply_to.forward:
                    headers[REPLY_HEADER] = reply_to.forward
                if reply_to.answer:
                    await self.nc.publish(reply_to.answer, payload, headers=headers)
                    continue
                subject = _destination(envelope)
                if self.options.mode == "jetstream":
                    refused = self._inbound.check(subject, payload, headers)
                    if refused is not None:
                        refusals[id(d)] = refused
                        continue
                    pending.append(
                        (d, self.js.publish(subject, payload, headers=headers, timeout=DELIVERY_ACK_TIMEOUT_S))
                    )
                else:
                    await self.nc.publish(subject, payload, headers=headers)
            else:
                target = self._reply_target(d.item, envelope) if envelope is not None else self._ReplyTarget()
                requester = target.forward or target.answer
                if requester:
                    notice = VerdictNotice(
                        message_id=verdict.message_id,
                        action=verdict.action.value,
                        reasons=tuple(r.code for r in verdict.reasons),
                        record_id=d.plan.record.id if d.plan.record else "",
                    )
                    await self.nc.publish(
                        requester, msgspec.json.encode(notice), headers={VERDICT_HEADER: notice.action}
                    )
        failed = refusals
        for d in decided:
            if id(d) in refusals:
                self._note_error(f"delivery of {d.verdict.message_id} not attempted: {refusals[id(d)]}")
        if pending:
            results = await asyncio.gather(*(p for _, p in pending), return_exceptions=True)
            for (d, _), res in zip(pending, results, strict=True):
                if isinstance(res, BaseException):
                    self._note_error(f"delivery of {d.verdict.message_id} not confirmed: {res}")
                    failed[id(d)] = res
        return failed

    @dataclass(frozen=True, slots=True)
    class _ReplyTarget:
        forward: str = ""
        """Inbox to pass on with the delivered request (the requester is waiting there)."""
        answer: str = ""
        """Inbox to deliver this message to directly (it answers a request)."""

    def _requester_inbox(self, item: _Incoming, envelope: Envelope | None) -> str:
        inbox = item.headers.get(REQUEST_HEADER, "")
        sender = envelope.sender if envelope is not None else ""
        return inbox if inbox and sender and self._inbox_of(sender, inbox) else ""

    def _reply_target(self, item: _Incoming, envelope: Envelope) -> NatsSidecar._ReplyTarget:
        requester = self._requester_inbox(item, envelope)
        if requester:
            return self._ReplyTarget(forward=requester)
        echoed = item.headers.get(REPLY_HEADER, "")
        if echoed and self._inbox_of(envelope.recipient, echoed):
            return self._ReplyTarget(answer=echoed)
        return self._ReplyTarget()

    def _inbox_of(self, party: str, inbox: str) -> bool:
        """Does ``inbox`` belong to agent/tool ``party``? (Prevents redirecting answers.)"""
        if not inbox.startswith("_INBOX.") or any(c in inbox for c in "*> "):
            return False
        if not self.options.lockdown:
            return True
        user = agent_user(party) if party in self.guard.mesh.agents else tool_user(party)
        return inbox.startswith(subjects.inbox_prefix(user) + ".")

    async def _settle(self, items: Sequence[_Incoming], *, nak: bool, delay: float | None = NAK_DELAY_S) -> None:
        for item in items:
            if item.msg is None or self.options.mode != "jetstream":
                continue
            with contextlib.suppress(nats.errors.Error, OSError):
                if nak:
                    await item.msg.nak(delay=delay)
                else:
                    await item.msg.ack()

    def _note_error(self, text: str) -> None:
        self.errors += 1
        self.last_error = text
        _log.error("%s", text)

    # -- holds expire ----------------------------------------------------------------------------

    async def _expiry_loop(self) -> None:
        while not self._stopping.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.options.hold_check_s)
            if self._stopping.is_set():
                return
            for store in (self._exposure, self._grants):
                if store is not None:
                    store.prune()
            try:
                await self.expire_holds()
            except AgentMeshError as exc:
                self._note_error(f"expiring holds failed: {exc}")

    async def expire_holds(self, *, now: float | None = None) -> list[HeldMessage]:
        if self.quarantine is None or self._holds is None:
            return []
        now = time.time() if now is None else now
        expired = []
        for record_id in self._holds.due(now):  # open holds, from the bucket's watcher: no full scan
            found = await self.quarantine.get(record_id)
            if found is None:
                continue
            record = found[0]
            if record.disposition is Disposition.HOLD and record.open and 0 < record.expires_at <= now:
                with contextlib.suppress(StoreError):
                    expired.append(await self.act("expire", record.id, actor="timeout", note="no answer in time"))
        return expired

    # -- operator actions -------------------------------------------------------------------------

    async def act(self, verb: str, record_id: str, *, actor: str, note: str = "", forget: bool = False) -> HeldMessage:
        """release / drop / approve / deny / expire one record; release and approve re-inject it.

        ``forget`` (with release only: the person says the message was harmless) also makes every guard
        forget what the record taught immune and indicator memory, so it stops no later message."""
        if self.quarantine is None or self.audit is None or self._grants is None:
            raise TransportError("the sidecar is not started")
        if verb not in VERBS:
            raise AgentMeshError(f"unknown action {verb!r}; one of {sorted(VERBS)}")
        if forget and verb != "release":
            raise AgentMeshError("forget goes with release only (a released message was harmless)")
        found = await self.quarantine.get(record_id)
        if found is None:
            raise StoreError(f"no held message with id {record_id!r}")
        record, revision = found
        allowed, status, grant = VERBS[verb]
        closed, audit = plan_close(record, allowed, status, verb, actor, note, guard=self.options.name)
        if forget:  # first: if the guards cannot be told, nothing else has happened and the release can be retried
            if self._immune is not None:
                await self._immune.forget(record_id)
            await self.audit.append(forget_record(record_id, actor, note, guard=self.options.name))
        if grant is not None:
            await self._grants.publish_grant(closed.digest, grant)
            self._grants.grant(closed.digest, grant, ttl_s=self._grants.ttl_s)
        await self.quarantine.update(closed, revision=revision)
        if self._holds is not None:
            self._holds.note(closed)
        await self.audit.append(audit)
        self._closed += 1
        if grant is not None:
            origin = (
                subjects.tool_out(record.sender) if record.kind == "tool_result" else subjects.agent_out(record.sender)
            )
            await self._process([_Incoming(origin, record.raw, {}, "")])
        return closed

    async def _reset_breaker(self, agent: str, *, actor: str, note: str) -> dict[str, Any]:
        """A person reinstates an isolated agent: audited, then shared with every guard."""
        if self._governance is None or self.audit is None:
            raise TransportError("the sidecar is not started")
        trip = self._governance.tripped(agent)
        records: list[AuditRecord] = []

        class _Collect:
            def append(self, record: AuditRecord) -> AuditRecord:
                records.append(record)
                return record

        now = time.time()
        breaker_reset(self._governance, _Collect(), agent, actor=actor, note=note, guard=self.options.name, now=now)
        await self.audit.append_many(records)  # no reset without a record
        # the same keys the local reset discarded (breaker_reset raised if the breaker wasn't open)
        discarded = violation_keys(agent, trip.window_s, now) if trip is not None else ()
        await self._governance.publish_reset(agent, discarded)
        return {"agent": agent, "reset_by": actor}

    async def _on_control(self, msg: Msg) -> None:
        verb = msg.subject.rsplit(".", 1)[-1]
        try:
            request = msgspec.json.decode(msg.data or b"{}", type=dict[str, Any])
            result = await self._control(verb, request)
            body = msgspec.json.encode({"ok": True, "result": result})
        except (AgentMeshError, msgspec.DecodeError, ValueError) as exc:
            body = msgspec.json.encode({"ok": False, "error": str(exc)})
        except Exception as exc:  # noqa: BLE001 - the control service must answer, whatever happened
            _log.exception("control request %s failed", verb)
            body = msgspec.json.encode({"ok": False, "error": f"internal error: {type(exc).__name__}: {exc}"})
        if msg.reply:
            with contextlib.suppress(nats.errors.Error):
                await msg.respond(body)

    async def _control(self, verb: str, request: dict[str, Any]) -> Any:
        if self.quarantine is None or self.js is None:
            raise TransportError("the sidecar is not started")
        match verb:
            case "health":
                return self.health()
            case "list":
                records = await self.quarantine.list()
                holds = request.get("holds")
                include_closed = bool(request.get("all"))
                return [
                    _summary(r)
                    for r in records
                    if (include_closed or r.open) and (holds is None or (r.disposition is Disposition.HOLD) == holds)
                ]
            case "show":
                found = await self.quarantine.get(str(request.get("record_id", "")))
                if found is None:
                    raise StoreError(f"no held message with id {request.get('record_id')!r}")
                shown = msgspec.to_builtins(found[0])
                taught = getattr(self.guard.immune, "taught", None)
                if taught is not None:  # what it taught this guard's memory (every guard's, through amg_immune)
                    shown["taught"] = taught(found[0].id)
                return shown
            case "release" | "drop" | "approve" | "deny":
                actor = str(request.get("actor", ""))
                closed = await self.act(
                    verb,
                    str(request.get("record_id", "")),
                    actor=actor,
                    note=str(request.get("note", "")),
                    forget=bool(request.get("forget")),
                )
                return _summary(closed)
            case "reload":
                try:
                    info = self.guard.policy.reload()
                except PolicyError as exc:
                    if self.audit is not None:
                        await self.audit.append(
                            AuditRecord(
                                event="policy_reload_failed",
                                actor=str(request.get("actor", "")),
                                detail=str(exc)[:4000],
                                guard=self.options.name,
                            )
                        )
                    raise
                return {"policies": list(info.policy_ids)}
            case "breaker_status":
                return {agent: msgspec.to_builtins(trip) for agent, trip in self.guard.governance.store.trips().items()}
            case "breaker_reset":
                return await self._reset_breaker(
                    str(request.get("agent", "")),
                    actor=str(request.get("actor", "")),
                    note=str(request.get("note", "")),
                )
            case "verify":
                return {subject: str(result) for subject, result in (await verify_audit(self.js)).items()}
            case "tail":
                count = max(1, min(int(request.get("count", 20)), 1000))
                lines = [line async for _, line in audit_lines(self.js)]
                return [msgspec.json.decode(line) for line in lines[-count:]]
        raise AgentMeshError(f"unknown control verb {verb!r}")


class DeliveryRefused(TransportError):
    """``AMG_MESH_IN`` will not take this delivery, whatever the retries (see ``_Inbound``)."""


class _Inbound:
    """What ``AMG_MESH_IN`` accepts (its subjects and ``max_msg_size``), read at start and again after
    a delivery it did not confirm, so a delivery it would refuse for good is dead-lettered instead of
    published (the live subscriber of the subject would receive every attempt) and retried forever."""

    def __init__(self) -> None:
        self.subjects: tuple[str, ...] = ()
        self.max_msg_size = -1

    async def refresh(self, js: JetStreamContext) -> None:
        info = await js.stream_info(subjects.STREAM_MESH_IN)
        self.subjects = tuple(info.config.subjects or ())
        self.max_msg_size = info.config.max_msg_size if info.config.max_msg_size is not None else -1

    def check(self, subject: str, payload: bytes, headers: dict[str, str]) -> DeliveryRefused | None:
        if self.subjects and not any(_subject_matches(p, subject) for p in self.subjects):
            return DeliveryRefused(
                f"{subjects.STREAM_MESH_IN} does not capture {subject!r} (it takes {list(self.subjects)})"
            )
        size = len(payload) + sum(len(k) + len(v) + 4 for k, v in headers.items()) + 12
        if 0 < self.max_msg_size < size:
            return DeliveryRefused(
                f"message of about {size} bytes exceeds {subjects.STREAM_MESH_IN}'s max_msg_size ({self.max_msg_size})"
            )
        return None

    def refusal(self, plan: Plan, cause: BaseException) -> DeliveryRefused | None:
        """After a failed publish (e.g. no responders, a timeout): would the stream, as it is configured
        now, refuse this delivery for good? Only the subject can say so without the payload."""
        envelope = plan.verdict.envelope
        if envelope is None or not self.subjects:
            return None
        subject = _destination(envelope)
        if any(_subject_matches(p, subject) for p in self.subjects):
            return None
        return DeliveryRefused(f"{subjects.STREAM_MESH_IN} does not capture {subject!r} ({cause})")


def _subject_matches(pattern: str, subject: str) -> bool:
    """NATS subject matching: ``*`` is one token, ``>`` the rest (one token or more)."""
    want, have = pattern.split("."), subject.split(".")
    for i, part in enumerate(want):
        if part == ">":
            return len(have) > i
        if i >= len(have) or (part != "*" and part != have[i]):
            return False
    return len(want) == len(have)


_PERSIST_ERRORS: Final = (AuditError, StoreError, nats.errors.Error, OSError)
_RETRYABLE_API_CODES: Final = frozenset({10071})
"""JetStream refusals that a later attempt can pass: wrong last sequence (a concurrent writer)."""


def _refused_for_good(exc: BaseException) -> bool:
    """Did the server (or the client, before sending) refuse this particular write for a reason
    retrying will not change? A payload over the limit, a JetStream "bad request" (e.g. "message
    size exceeds maximum allowed" for a bucket's ``max_value_size``). Unavailable streams, no
    responders, timeouts and lost connections are not: those are retried."""
    seen: BaseException | None = exc
    for _ in range(8):  # the StoreError / AuditError wrappers name the nats-py error as their cause
        if seen is None:
            return False
        if isinstance(seen, (nats.errors.MaxPayloadError, DeliveryRefused)):
            return True
        if isinstance(seen, nats.js.errors.APIError):
            return seen.code == 400 and seen.err_code not in _RETRYABLE_API_CODES
        seen = seen.__cause__
    return False


def _deliveries(item: _Incoming) -> int:
    """How many times JetStream has delivered this message (0 outside JetStream)."""
    if item.msg is None:
        return 0
    try:
        return int(item.msg.metadata.num_delivered)
    except Exception:  # noqa: BLE001 - not a JetStream message (core mode, a re-injected release)
        return 0


def _stream_seq(msg: Msg | None) -> int:
    """The message's sequence in its stream (0 outside JetStream)."""
    if msg is None:
        return 0
    try:
        return int(msg.metadata.sequence.stream)
    except Exception:  # noqa: BLE001 - not a JetStream message
        return 0


def _one_line(text: str) -> str:
    """Header-safe: no CR/LF or other control characters."""
    return "".join(c if c.isprintable() else " " for c in text)


def _summary(record: HeldMessage) -> dict[str, Any]:
    data = msgspec.to_builtins(record)
    data.pop("raw", None)
    return data  # type: ignore[no-any-return]


def _destination(envelope: Envelope) -> str:
    match envelope:
        case ToolCall():
            return subjects.tool_in(envelope.recipient)
        case Message() | ToolResult():
            return subjects.agent_in(envelope.recipient)


# -- the agent / tool side ------------------------------------------------------------------------

Handler = Callable[[Envelope, dict[str, str]], Awaitable[None]]


class MeshClient:
    """What an agent uses to talk through the guard: publish on its out-subject, receive on its
    in-subject, request/reply. ``durable=True`` publishes with JetStream acknowledgement, so
    ``send`` returns only once the message is safely in ``AMG_MESH_OUT``."""

    def __init__(
        self,
        name: str,
        *,
        url: str,
        user: str | None = None,
        password: str | None = None,
        inbox_prefix: str | None = None,
        durable: bool = True,
        tool: bool = False,
    ) -> None:
        self.name = name
        self.url = url
        self.user = user
        self.password = password
        self.inbox_prefix = inbox_prefix
        self.durable = durable
        self.tool = tool
        self.nc: Client | None = None
        self.violations: list[str] = []

    async def connect(self) -> MeshClient:
        kwargs: dict[str, Any] = {}
        if self.inbox_prefix:
            kwargs["inbox_prefix"] = self.inbox_prefix
        try:
            self.nc = await nats.connect(
                self.url, user=self.user, password=self.password, name=self.name, error_cb=self._on_error, **kwargs
            )
        except (nats.errors.Error, OSError) as exc:
            raise TransportError(f"{self.name}: cannot connect to NATS at {self.url}: {exc}") from exc
        return self

    async def _on_error(self, exc: Exception) -> None:
        self.violations.append(str(exc))

    async def close(self) -> None:
        if self.nc is not None and not self.nc.is_closed:
            await self.nc.drain()

    async def __aenter__(self) -> MeshClient:
        return await self.connect()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def out_subject(self) -> str:
        return subjects.tool_out(self.name) if self.tool else subjects.agent_out(self.name)

    @property
    def in_subject(self) -> str:
        return subjects.tool_in(self.name) if self.tool else subjects.agent_in(self.name)

    def _conn(self) -> Client:
        if self.nc is None:
            raise TransportError(f"{self.name}: not connected")
        return self.nc

    async def send(self, envelope: Envelope, *, headers: dict[str, str] | None = None) -> None:
        nc, data = self._conn(), env.encode(envelope)
        hdrs = {"Nats-Msg-Id": envelope.id, **(headers or {})}
        if self.durable:
            try:
                await nc.jetstream().publish(self.out_subject, data, headers=hdrs)
            except nats.errors.Error as exc:
                raise TransportError(f"{self.name}: the bus did not accept the message: {exc}") from exc
        else:
            await nc.publish(self.out_subject, data, headers=hdrs)

    async def request(
        self,
        envelope: Envelope,
        *,
        headers: dict[str, str] | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - mirrors nats-py's request(timeout=)
    ) -> Envelope | VerdictNotice:
        """Send and wait for the (guarded) answer, or the guard's verdict notice."""
        nc = self._conn()
        inbox = nc.new_inbox()
        future: asyncio.Future[Msg] = asyncio.get_running_loop().create_future()

        async def on_reply(msg: Msg) -> None:
            if not future.done():
                future.set_result(msg)

        sub = await nc.subscribe(inbox, cb=on_reply, max_msgs=1)
        try:
            await self.send(envelope, headers={**(headers or {}), REQUEST_HEADER: inbox})
            msg = await asyncio.wait_for(future, timeout)
        finally:
            with contextlib.suppress(nats.errors.Error):
                await sub.unsubscribe()
        if (msg.headers or {}).get(VERDICT_HEADER):
            return msgspec.json.decode(msg.data, type=VerdictNotice)
        return env.decode(msg.data)

    async def listen(self, handler: Handler) -> None:
        """Call ``handler(envelope, headers)`` for everything the guard delivers to this agent."""

        async def on_msg(msg: Msg) -> None:
            try:
                envelope = env.decode(msg.data)
            except (msgspec.DecodeError, msgspec.ValidationError):
                _log.warning("%s: undecodable delivery ignored", self.name)
                return
            await handler(envelope, dict(msg.headers or {}))

        await self._conn().subscribe(self.in_subject, cb=on_msg)
        await self._conn().flush()

    async def reply(self, request_headers: dict[str, str], answer: Envelope) -> None:
        """Answer a request: the answer goes through the guard, which delivers it to the requester."""
        headers = {k: v for k, v in request_headers.items() if k.lower() in _TRACE_HEADERS}
        echoed = request_headers.get(REPLY_HEADER)
        if echoed:
            headers[REPLY_HEADER] = echoed
        await self.send(answer, headers=headers)


class ToolService(MeshClient):
    """A tool on the mesh: receives guarded calls on ``tool.<name>.in``, answers through the guard."""

    def __init__(self, name: str, fn: Callable[[dict[str, Any]], Any], **kwargs: Any) -> None:
        super().__init__(name, tool=True, **kwargs)
        self.fn = fn

    async def serve(self) -> None:
        async def on_call(call: Envelope, headers: dict[str, str]) -> None:
            if not isinstance(call, ToolCall):
                return
            try:
                value = self.fn(dict(call.arguments))
                if asyncio.iscoroutine(value):
                    value = await value
                is_error = False
            except Exception as exc:  # noqa: BLE001 - a failing tool answers with an error result
                value, is_error = f"{type(exc).__name__}: {exc}", True
            result = ToolResult(
                id=env.new_id(),
                sender=self.name,
                recipient=call.sender,
                conversation_id=call.conversation_id,
                parent_id=call.id,
                hop=min(call.hop + 1, env.MAX_HOPS),
                call_id=call.id,
                result=value,
                is_error=is_error,
            )
            await self.reply(headers, result)

        await self.listen(on_call)


class NatsMeshTransport:
    """An agent's seat on the NATS mesh in the shape the LangChain ``MeshAgentAdapter`` (and any
    code written against the in-process bus) expects: ``send(envelope, as_sender=...)`` and
    ``register(name, handler)``. Identity is the client's NATS user; it can only send as itself."""

    def __init__(self, client: MeshClient) -> None:
        self.client = client
        self._handler: Callable[[Envelope], Awaitable[None] | None] | None = None
        self._listening = False

    async def start(self) -> NatsMeshTransport:
        """Connect (if needed) and start receiving for the registered handler."""
        if self.client.nc is None:
            await self.client.connect()
        if self._handler is not None and not self._listening:
            self._listening = True
            await self.client.listen(self._dispatch)
        return self

    def register(self, name: str, handler: Callable[[Envelope], Awaitable[None] | None]) -> None:
        if name != self.client.name:
            raise TransportError(f"this transport is {self.client.name!r}'s seat on the mesh, not {name!r}'s")
        self._handler = handler

    async def _dispatch(self, envelope: Envelope, headers: dict[str, str]) -> None:
        if self._handler is not None:
            result = self._handler(envelope)
            if asyncio.iscoroutine(result):
                await result

    async def send(self, message: Envelope, *, as_sender: str) -> None:
        if as_sender != self.client.name:
            raise TransportError(f"{self.client.name!r} cannot send as {as_sender!r}")
        await self.client.send(message)

    async def close(self) -> None:
        await self.client.close()
