"""The guard's shared state on JetStream: streams, KV buckets, and async stores over them.

Everything a second guard (or a restarted one) needs lives here, so any guard in
the queue group can serve any message:

    AMG_MESH_OUT   stream  mesh.out.> + tool.*.out   work queue the guards consume (durable)
    AMG_MESH_IN    stream  mesh.in.>  + tool.*.in    what was delivered, de-duplicated by message id
    AMG_AUDIT      stream  amg.audit.<guard>         one hash chain per guard process
    AMG_DEAD_LETTER stream amg.dead.<guard>          messages whose effects could never be recorded
    amg_quarantine KV      record id -> HeldMessage  quarantined, held and rejected messages
    amg_exposure   KV      (agent, conversation, label), TTL = taint window
    amg_grants     KV      message digest -> approved|released, TTL = grant TTL
    amg_immune     KV      record id -> fingerprint of a quarantined payload
    amg_governance KV      budget counters, session starts, open circuit breakers

Local copies (exposure, grants, immune memory) are kept current by KV watchers,
so the per-message path reads memory, not the network.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import logging
import random
import time
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any, Final

import msgspec
import nats.js.errors
from nats.js import JetStreamContext, api
from nats.js.kv import KeyValue

from agentmesh_guard.audit import AuditRecord, VerifyResult, chain, verify
from agentmesh_guard.config import MeshConfig
from agentmesh_guard.errors import AuditError, StoreError
from agentmesh_guard.governance.runtime import Settlement
from agentmesh_guard.governance.state import BreakerTrip, MemoryGovernanceStore, has_token, token_id, with_token
from agentmesh_guard.grants import GrantKind, MemoryGrantLedger
from agentmesh_guard.provenance import MemoryExposureStore
from agentmesh_guard.quarantine.records import Disposition, HeldMessage, Status
from agentmesh_guard.transports import subjects

__all__ = [
    "NatsAuditChain",
    "NatsQuarantineStore",
    "OpenHolds",
    "SharedExposure",
    "SharedGovernance",
    "SharedGrants",
    "SharedImmune",
    "dead_letter_subject",
    "ensure_jetstream",
]

_log = logging.getLogger("agentmesh_guard.nats")
_held_encoder: Final = msgspec.json.Encoder()
_held_decoder: Final = msgspec.json.Decoder(HeldMessage)
_audit_encoder: Final = msgspec.json.Encoder(order="sorted")
_audit_decoder: Final = msgspec.json.Decoder(AuditRecord)
DUPLICATE_WINDOW_S: Final = 120.0
_STREAM_NAME_IN_USE: Final = 10058
"""JetStream: "stream name already in use with a different configuration"."""
DEAD_LETTER_PREFIX: Final = "amg.dead"
"""``amg.dead.<guard>``: captured by ``AMG_DEAD_LETTER``."""


def dead_letter_subject(guard: str) -> str:
    return f"{DEAD_LETTER_PREFIX}.{guard}"


def _key(*parts: str) -> str:
    """A KV-safe key token for arbitrary text (conversation ids may hold ':' etc.)."""
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


async def _ensure_stream(js: JetStreamContext, config: api.StreamConfig) -> None:
    try:
        await js.add_stream(config)
    except nats.js.errors.BadRequestError:
        await js.update_stream(config)


async def ensure_jetstream(js: JetStreamContext, mesh: MeshConfig, *, replicas: int = 1) -> dict[str, KeyValue]:
    """Create (or update) the streams and buckets; return the KV handles by bucket name."""
    file = api.StorageType.FILE
    await _ensure_stream(
        js,
        api.StreamConfig(
            name=subjects.STREAM_MESH_OUT,
            subjects=[subjects.AGENT_OUT_ALL, subjects.TOOL_OUT_ALL],
            retention=api.RetentionPolicy.WORK_QUEUE,
            storage=file,
            num_replicas=replicas,
            duplicate_window=DUPLICATE_WINDOW_S,
        ),
    )
    await _ensure_stream(
        js,
        api.StreamConfig(
            name=subjects.STREAM_MESH_IN,
            subjects=[subjects.AGENT_IN_ALL, subjects.TOOL_IN_ALL],
            retention=api.RetentionPolicy.LIMITS,
            storage=file,
            num_replicas=replicas,
            max_age=7 * 24 * 3600.0,
            duplicate_window=DUPLICATE_WINDOW_S,
        ),
    )
    await _ensure_stream(
        js,
        api.StreamConfig(
            name=subjects.STREAM_AUDIT,
            subjects=[f"{subjects.AUDIT_PREFIX}.>"],
            retention=api.RetentionPolicy.LIMITS,
            storage=file,
            num_replicas=replicas,
            deny_delete=True,
            deny_purge=True,
        ),
    )
    await _ensure_stream(
        js,
        api.StreamConfig(
            name=subjects.STREAM_DEAD_LETTER,
            subjects=[f"{DEAD_LETTER_PREFIX}.>"],
            retention=api.RetentionPolicy.LIMITS,
            storage=file,
            num_replicas=replicas,
            duplicate_window=DUPLICATE_WINDOW_S,
        ),
    )
    buckets: dict[str, KeyValue] = {}
    limits = mesh.limits
    for bucket, ttl in (
        (subjects.KV_QUARANTINE, None),
        (subjects.KV_EXPOSURE, limits.taint_window_s),
        (subjects.KV_GRANTS, limits.grant_ttl_s),
        (subjects.KV_IMMUNE_MEMORY, None),
        (subjects.KV_GOVERNANCE, None),
    ):
        config = api.KeyValueConfig(bucket=bucket, history=1, ttl=ttl, storage=file, replicas=replicas)
        try:
            buckets[bucket] = await js.create_key_value(config)
        except nats.js.errors.BadRequestError as exc:
            if exc.err_code != _STREAM_NAME_IN_USE:
                raise
            # an operator tuned the bucket (e.g. max_value_size, max_bytes): use it as it is
            _log.warning("bucket %s exists with another configuration than the guard's; using it as it is", bucket)
            buckets[bucket] = await js.key_value(bucket)
    return buckets


async def kv_keys(js: JetStreamContext, bucket: str) -> list[str]:
    """The keys of ``bucket`` that hold a message (a deleted key too: its delete marker is one), from the
    per-subject counts of the bucket's stream (``KV_<bucket>``, subjects ``$KV.<bucket>.<key>``).

    Not ``KeyValue.keys()``: its watcher may signal "no more" before the entries already buffered on
    its subscription are read, and then returns none or only some of the keys (nats-io/nats.py#842;
    a quarantine list that came back empty under load). The server answers with at most 100,000
    subjects at once; a bucket with more keys is listed in part (the guard's buckets are bounded
    far below that by their TTLs)."""
    prefix = f"$KV.{bucket}."
    info = await js.stream_info(f"KV_{bucket}", subjects_filter=prefix + ">")
    return sorted(subject[len(prefix) :] for subject, count in (info.state.subjects or {}).items() if count)


class NatsQuarantineStore:
    """Held messages in the ``amg_quarantine`` bucket. Updates are compare-and-set, so two
    operators (or two guards) can never both release or approve the same record."""

    def __init__(self, kv: KeyValue, js: JetStreamContext) -> None:
        self.kv = kv
        self.js = js

    async def put(self, record: HeldMessage) -> None:
        """Store a new record. The same record again (a redelivery) is accepted as already stored."""
        try:
            await self.kv.create(record.id, _held_encoder.encode(record))
        except nats.js.errors.KeyWrongLastSequenceError:
            existing = await self.get(record.id)
            if existing is None or existing[0].digest != record.digest:
                raise StoreError(f"quarantine record {record.id} exists with other content") from None
        except nats.errors.Error as exc:
            raise StoreError(f"cannot store quarantine record {record.id}: {exc}") from exc

    async def get(self, record_id: str) -> tuple[HeldMessage, int] | None:
        try:
            entry = await self.kv.get(record_id)
        except (nats.js.errors.KeyNotFoundError, nats.js.errors.KeyDeletedError):
            return None
        except nats.js.errors.InvalidKeyError:
            return None
        except nats.errors.Error as exc:
            raise StoreError(f"cannot read quarantine record {record_id}: {exc}") from exc
        if entry.value is None or entry.revision is None:
            return None
        return _held_decoder.decode(entry.value), entry.revision

    async def update(self, record: HeldMessage, *, revision: int) -> None:
        try:
            await self.kv.update(record.id, _held_encoder.encode(record), last=revision)
        except nats.js.errors.KeyWrongLastSequenceError as exc:
            raise StoreError(f"record {record.id} was changed by someone else; look again") from exc
        except nats.errors.Error as exc:
            raise StoreError(f"cannot update quarantine record {record.id}: {exc}") from exc

    async def list(self) -> list[HeldMessage]:
        try:
            keys = await kv_keys(self.js, subjects.KV_QUARANTINE)
        except nats.errors.Error as exc:
            raise StoreError(f"cannot list quarantine records: {exc}") from exc
        records = []
        for key in keys:
            found = await self.get(key)
            if found is not None:
                records.append(found[0])
        records.sort(key=lambda r: r.created_at)
        return records


class NatsAuditChain:
    """One hash chain per guard on ``amg.audit.<guard>``. A batch of records is one stream
    message, published with ``Nats-Expected-Last-Subject-Sequence`` so the chain can neither
    fork nor skip: if a publish fails, nothing after it is written until the chain is resynced."""

    def __init__(self, js: JetStreamContext, guard: str) -> None:
        self.js = js
        self.subject = f"{subjects.AUDIT_PREFIX}.{guard}"
        self._last: AuditRecord | None = None
        self._last_seq = 0
        self._synced = False
        self._lock = asyncio.Lock()

    async def _sync(self) -> None:
        try:
            msg = await self.js.get_last_msg(subjects.STREAM_AUDIT, self.subject)
        except nats.js.errors.NotFoundError:
            self._last, self._last_seq = None, 0
        else:
            lines = [line for line in (msg.data or b"").splitlines() if line.strip()]
            self._last = _audit_decoder.decode(lines[-1]) if lines else None
            self._last_seq = msg.seq or 0
        self._synced = True

    async def append_many(self, records: Iterable[AuditRecord]) -> list[AuditRecord]:
        """Chain and persist records; raise ``AuditError`` unless all are durably stored."""
        async with self._lock:
            try:
                if not self._synced:
                    await self._sync()
                linked: list[AuditRecord] = []
                prev = self._last
                for record in records:
                    prev = chain(record, prev=prev)
                    linked.append(prev)
                if not linked:
                    return []
                body = b"\n".join(_audit_encoder.encode(r) for r in linked)
                ack = await self.js.publish(
                    self.subject,
                    body,
                    stream=subjects.STREAM_AUDIT,
                    headers={"Nats-Expected-Last-Subject-Sequence": str(self._last_seq)},
                )
            except (nats.errors.Error, msgspec.DecodeError, OSError) as exc:
                self._synced = False  # re-read the chain's end before the next attempt
                raise AuditError(f"cannot write audit chain {self.subject}: {exc}") from exc
            self._last, self._last_seq = linked[-1], ack.seq
            return linked

    async def append(self, record: AuditRecord) -> AuditRecord:
        return (await self.append_many([record]))[0]


async def audit_lines(js: JetStreamContext, guard: str | None = None) -> AsyncIterator[tuple[str, bytes]]:
    """Every audit record in the stream as (chain subject, encoded record), in order."""
    try:
        info = await js.stream_info(subjects.STREAM_AUDIT)
    except nats.js.errors.NotFoundError:
        return
    first, last = info.state.first_seq, info.state.last_seq
    wanted = f"{subjects.AUDIT_PREFIX}.{guard}" if guard else None
    for seq in range(first, last + 1):
        try:
            msg = await js.get_msg(subjects.STREAM_AUDIT, seq)
        except nats.js.errors.NotFoundError:
            continue
        if wanted and msg.subject != wanted:
            continue
        for line in (msg.data or b"").splitlines():
            if line.strip():
                yield msg.subject or "", line


async def verify_audit(js: JetStreamContext) -> dict[str, VerifyResult]:
    """Verify each guard's chain in the audit stream."""
    chains: dict[str, list[bytes]] = {}
    async for subject, line in audit_lines(js):
        chains.setdefault(subject, []).append(line)
    return {subject: verify(lines) for subject, lines in sorted(chains.items())}


WATCH_READY_TIMEOUT_S: Final = 10.0
"""How long a watcher's start waits for the bucket's initial entries before it goes on (and logs why)."""


class _Watched:
    """Runs a KV watcher in the background and applies each entry with ``apply``.

    ``start`` returns once the bucket's initial entries have been applied. nats-py's watcher marks
    the end of the initial values with ``None``, but can send that marker before the entries already
    buffered on its subscription (nats-io/nats.py#842): a guard would then decide its first messages
    without the immune memory, exposure or grants other guards had shared. So the bucket's keys are
    counted first (one entry per key is delivered) and ``start`` also waits until that many have come
    through, at most ``WATCH_READY_TIMEOUT_S``."""

    def __init__(self, kv: KeyValue, apply: Callable[[Any], None]) -> None:
        self.kv = kv
        self._apply = apply
        self._task: asyncio.Task[None] | None = None
        self.ready = asyncio.Event()
        self._expected = 0
        self._seen = 0
        self._ended = False

    async def start(self) -> None:
        try:
            self._expected = len(await kv_keys(self.kv._js, self.kv._name))
        except nats.errors.Error:  # counted only to know when to stop waiting; the marker still counts
            _log.warning("cannot count the keys of bucket %s; trusting the watcher's end marker", self.kv._name)
        watcher = await self.kv.watchall()
        self._task = asyncio.create_task(self._run(watcher))
        try:
            await asyncio.wait_for(self.ready.wait(), WATCH_READY_TIMEOUT_S)
        except TimeoutError:
            _log.warning(
                "bucket %s: %d of %d initial entries seen after %.0f s; going on (some may have expired)",
                self.kv._name,
                self._seen,
                self._expected,
                WATCH_READY_TIMEOUT_S,
            )
            self.ready.set()

    def _check_ready(self) -> None:
        if self._ended and self._seen >= self._expected:
            self.ready.set()

    async def _run(self, watcher: Any) -> None:
        try:
            async for entry in watcher:
                if entry is None:  # the watcher's end of the initial values (may come early, see above)
                    self._ended = True
                    self._check_ready()
                    continue
                self._seen += 1
                try:
                    self._apply(entry)
                except Exception:  # noqa: BLE001 - a bad entry must not stop the watcher
                    _log.exception("ignoring a bad entry in bucket %s", self.kv._name)
                if not self.ready.is_set():
                    self._check_ready()
        finally:
            self.ready.set()
            with contextlib.suppress(Exception):
                await watcher.stop()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task


class _HoldState(msgspec.Struct, kw_only=True):
    """The fields of a held record that say whether (and when) it expires; the rest is skipped."""

    disposition: Disposition
    status: Status = Status.HELD
    expires_at: float = 0.0


_hold_state_decoder: Final = msgspec.json.Decoder(_HoldState)


class OpenHolds:
    """Which held calls are open and when they expire, kept current by a watcher on the
    quarantine bucket, so the periodic expiry check reads memory instead of fetching every
    record in the bucket (which grows with every quarantined message)."""

    def __init__(self, kv: KeyValue) -> None:
        self._due: dict[str, float] = {}
        self._watch = _Watched(kv, self._on_entry)

    def _on_entry(self, entry: Any) -> None:
        if entry.operation in ("DEL", "PURGE") or not entry.value:
            self._due.pop(entry.key, None)
            return
        state = _hold_state_decoder.decode(entry.value)
        if state.disposition is Disposition.HOLD and state.status is Status.HELD and state.expires_at > 0:
            self._due[entry.key] = state.expires_at
        else:
            self._due.pop(entry.key, None)

    def note(self, record: HeldMessage) -> None:
        """This guard just stored or closed ``record`` (its watcher will say the same shortly)."""
        if record.disposition is Disposition.HOLD and record.open and record.expires_at > 0:
            self._due[record.id] = record.expires_at
        else:
            self._due.pop(record.id, None)

    def due(self, now: float) -> list[str]:
        """Ids of open holds whose time is up."""
        return [key for key, expires_at in self._due.items() if 0 < expires_at <= now]

    def __len__(self) -> int:
        return len(self._due)

    async def start(self) -> None:
        await self._watch.start()

    async def stop(self) -> None:
        await self._watch.stop()


class SharedExposure(MemoryExposureStore):
    """Exposure state shared by every guard: local reads, KV writes, KV watcher updates."""

    _codec: Final = msgspec.json.Encoder()

    def __init__(self, kv: KeyValue, window_s: float) -> None:
        super().__init__(window_s)
        self._watch = _Watched(kv, self._on_entry)
        self.kv = kv

    def _on_entry(self, entry: Any) -> None:
        if entry.value and entry.operation in (None, "PUT"):
            agent, conversation, label = msgspec.json.decode(entry.value, type=tuple[str, str, str])
            MemoryExposureStore.expose(self, agent, conversation, [label])

    async def start(self) -> None:
        await self._watch.start()

    async def stop(self) -> None:
        await self._watch.stop()

    def prune(self) -> int:
        """Forget exposures whose every label has expired; returns how many were forgotten.

        The bucket's TTL removes old entries there, but a TTL expiry sends nothing to watchers,
        so without this the local copy would keep every conversation ever tainted (up to the
        store's ``max_entries``)."""
        with self._lock:
            now = self._clock()
            before = len(self._state)
            self._state = {k: v for k, v in self._state.items() if any(until > now for until in v.values())}
            return before - len(self._state)

    async def share(self, changes: Iterable[tuple[str, str, tuple[str, ...]]]) -> None:
        puts = [
            self.kv.put(_key(agent, conversation, label), self._codec.encode((agent, conversation, label)))
            for agent, conversation, labels in changes
            for label in labels
        ]
        if puts:
            try:
                await asyncio.gather(*puts)
            except nats.errors.Error as exc:
                raise StoreError(f"cannot share exposure state: {exc}") from exc


class SharedGrants(MemoryGrantLedger):
    """Approval/release grants shared by every guard (single use: using one deletes it everywhere)."""

    def __init__(self, kv: KeyValue, ttl_s: float) -> None:
        super().__init__()
        self.kv = kv
        self.ttl_s = ttl_s
        self._watch = _Watched(kv, self._on_entry)

    def _on_entry(self, entry: Any) -> None:
        if entry.operation in ("DEL", "PURGE"):
            MemoryGrantLedger.consume(self, entry.key)
        elif entry.value in (b"approved", b"released"):
            kind: GrantKind = "approved" if entry.value == b"approved" else "released"
            MemoryGrantLedger.grant(self, entry.key, kind, ttl_s=self.ttl_s)

    async def start(self) -> None:
        await self._watch.start()

    async def stop(self) -> None:
        await self._watch.stop()

    def prune(self) -> int:
        """Forget expired grants (a TTL expiry in the bucket sends nothing to watchers)."""
        with self._lock:
            now = self._clock()
            before = len(self._grants)
            self._grants = {k: v for k, v in self._grants.items() if v[1] >= now}
            return before - len(self._grants)

    async def publish_grant(self, digest: str, kind: GrantKind) -> None:
        try:
            await self.kv.put(digest, kind.encode())
        except nats.errors.Error as exc:
            raise StoreError(f"cannot record grant: {exc}") from exc

    async def publish_consumed(self, digest: str) -> None:
        with contextlib.suppress(nats.js.errors.KeyNotFoundError, nats.js.errors.KeyDeletedError):
            await self.kv.delete(digest)


class SharedImmune:
    """Immune memory shared by every guard: each learned fingerprint is put in ``amg_immune``
    and every guard's watcher adds it to its local memory, so poison quarantined on one node is
    stopped on sight on all of them."""

    def __init__(self, kv: KeyValue, memory: Any) -> None:
        self.kv = kv
        self.memory = memory
        self._watch = _Watched(kv, self._on_entry)

    def _on_entry(self, entry: Any) -> None:
        from agentmesh_guard.detectors.immune import Fingerprint

        is_indicators = getattr(self.memory, "is_indicators_key", None)
        indicators = is_indicators is not None and is_indicators(entry.key)
        if entry.operation in ("DEL", "PURGE"):  # a person released the record as harmless (``forget``)
            if not indicators:  # the record's own key: forgetting it forgets its destinations too
                self.memory.forget(entry.key)
            return
        if entry.value and entry.operation in (None, "PUT"):
            if indicators:
                # the destinations learned with it (mailbox, IBAN, host): see detectors/indicators.py
                self.memory.add_indicators_bytes(entry.key, entry.value)
            else:
                self.memory.add(Fingerprint.from_bytes(entry.value), record_id=entry.key)

    async def start(self) -> None:
        await self._watch.start()

    async def stop(self) -> None:
        await self._watch.stop()

    def learn(
        self,
        record_id: str,
        text: str,
        spans: list[tuple[int, int]],
        destinations: list[tuple[int, int]] | None = None,
    ) -> Any:
        """Learn locally (at once: the next message this guard decides is matched against it)."""
        return self.memory.learn(text, record_id=record_id, spans=spans, destinations=destinations)

    async def share(
        self,
        record_id: str,
        text: str,
        spans: list[tuple[int, int]],
        destinations: list[tuple[int, int]] | None = None,
    ) -> None:
        """Learn locally, then share with every guard."""
        await self.publish(record_id, self.learn(record_id, text, spans, destinations))

    async def forget(self, record_id: str) -> None:
        """Forget what ``record_id`` taught (its fingerprint and destinations), here and, through the
        bucket's delete markers, on every guard."""
        self.memory.forget(record_id)
        keys = [record_id]
        indicators_key = getattr(self.memory, "indicators_key", None)
        if indicators_key is not None:
            keys.append(indicators_key(record_id))
        try:
            for key in keys:
                await self.kv.delete(key)
        except nats.errors.Error as exc:
            raise StoreError(f"cannot make the guards forget record {record_id}: {exc}") from exc

    async def publish(self, record_id: str, fingerprint: Any) -> None:
        """Put what was learned under ``record_id`` in the bucket, for every guard's watcher."""
        try:
            await self.kv.put(record_id, fingerprint.to_bytes())
            indicators = getattr(self.memory, "indicators_bytes", None)
            if indicators is not None:
                data = indicators(record_id)
                if data != b"[]":
                    await self.kv.put(self.memory.indicators_key(record_id), data)
        except nats.errors.Error as exc:
            raise StoreError(f"cannot share immune memory: {exc}") from exc


_CONFLICT_PAUSE: Final = 0.00025
"""After the n-th lost compare-and-set of a shared counter, a pause of up to this many seconds x 2^n
before reading it again (random: two guards that collided do not retry in step) ..."""
_CONFLICT_PAUSE_MAX: Final = 0.05
"""... and at most this long."""
_CONFLICT_BUDGET_S: Final = 10.0
"""How long a guard keeps retrying a counter other guards keep changing before it gives up (the batch fails
and is redelivered). Not a number of tries: a peer writing back to back wins ~60% of the races at every step
of the pause (measured: two guards adding 1,000 each with one core busy, 9 conflicts in a row at worst), so 16
tries (under half a second) lost all of them in an estimated ~5% of such runs, as a CI run did; the pause
lets the loser through once the peer slows down, which it has to be given time for."""


class SharedGovernance(MemoryGovernanceStore):
    """Budgets, session starts and circuit breakers shared by every guard (``amg_governance`` KV).

    Reads are local (the bucket is watched into memory). Each verdict's governance
    writes (``Settlement``) are published in the sidecar's persist step: counters are
    incremented with compare-and-set, a session start and a breaker trip are created
    once. The local copy is updated at decision time and overwritten by the bucket's
    value when the watcher sees it, so guards converge on the same totals; a burst
    that several guards decide at the same instant can overshoot a limit by the
    messages in flight.

    Bucket keys: ``c.<counter key>`` (count, expires at, tokens of the last deliveries counted),
    ``s.<session key>`` (first seen, expires at), ``b.<agent>`` (the ``BreakerTrip`` of an isolated
    agent). A counter's tokens are updated in the same compare-and-set as its count, so a
    redelivered message (same token) is counted once however many guards decide it.
    """

    def __init__(self, kv: KeyValue) -> None:
        super().__init__()
        self.kv = kv
        self._watch = _Watched(kv, self._on_entry)
        self._stored: dict[str, tuple[int, bytes]] = {}
        """bucket key -> (revision, value) of the newest entry seen in the bucket (through the watcher or a
        write of this guard's own). Only a hint: a counter is still written with compare-and-set at that
        revision, and read again when another guard got there first. It spares the read before each
        increment and the create of a session start the bucket holds already (two round trips each)."""

    async def start(self) -> None:
        await self._watch.start()

    async def stop(self) -> None:
        await self._watch.stop()

    def _on_entry(self, entry: Any) -> None:
        kind, _, key = entry.key.partition(".")
        state, deleted = self._state, entry.operation in ("DEL", "PURGE")
        self._saw(entry.key, entry.revision, None if deleted else entry.value or b"")
        with self._lock:
            if kind == "c":
                if deleted:
                    state.counters.pop(key, None)
                else:
                    count, until, tokens = _decode_counter(entry.value)
                    state.counters[key] = (count, until)
                    if tokens:
                        state.tokens[key] = tokens
                    else:
                        state.tokens.pop(key, None)
            elif kind == "s" and not deleted:
                state.sessions[key] = msgspec.json.decode(entry.value, type=tuple[float, float])
            elif kind == "b":
                if deleted:
                    state.trips.pop(key, None)
                else:
                    state.trips[key] = msgspec.json.decode(entry.value, type=BreakerTrip)

    def _saw(self, key: str, revision: int | None, value: bytes | None) -> None:
        """Note the bucket's entry for ``key`` (``value`` None: deleted). Older revisions than the one
        noted are ignored (the watcher reports this guard's own writes after they returned)."""
        stored = self._stored
        if value is None:
            stored.pop(key, None)
        elif revision and (key not in stored or stored[key][0] < revision):
            if len(stored) >= _STORED_MAX:
                stored.clear()  # a hint only: starting over costs one read per key
            stored[key] = (revision, value if key.startswith("c.") else b"")  # only counters' values are read

    async def publish_many(self, settlements: Iterable[Settlement], *, now: float) -> None:
        """Write the governance changes of a batch of verdicts (raises ``StoreError`` unless all are
        stored). Keys are written concurrently; the increments of one counter are added up in decision
        order and written with one compare-and-set, each delivery token counted once."""
        sessions: dict[str, bytes] = {}
        counts: dict[str, list[tuple[int, float, str]]] = {}
        trips: dict[str, bytes] = {}
        for settlement in settlements:
            if settlement.session is not None:
                key, at, expires_at = settlement.session
                if f"s.{key}" not in self._stored:  # a session start is created once, never changed
                    sessions.setdefault(f"s.{key}", msgspec.json.encode((at, expires_at)))
            tid = token_id(settlement.token) if settlement.token else ""
            for key, n, expires_at in settlement.counts:
                counts.setdefault(f"c.{key}", []).append((n, expires_at, tid))
            if settlement.trip is not None:
                agent, trip = settlement.trip
                trips.setdefault(f"b.{agent}", msgspec.json.encode(trip))
        writes = [
            *(self._create_once(key, value) for key, value in (*sessions.items(), *trips.items())),
            *(self._increment(key, adds, now=now) for key, adds in counts.items()),
        ]
        if not writes:
            return
        results = await asyncio.gather(*writes, return_exceptions=True)
        for result in results:
            if isinstance(result, nats.errors.Error):
                raise StoreError(f"cannot share governance state: {result}") from result
            if isinstance(result, BaseException):
                raise result

    async def _create_once(self, key: str, value: bytes) -> None:
        """Create ``key`` unless it exists (a session start, a breaker trip: the first one stays)."""
        try:
            revision = await self.kv.create(key, value)
        except nats.js.errors.KeyWrongLastSequenceError:
            self._stored.setdefault(key, (0, b""))  # it exists: no need to try again
        else:
            self._saw(key, revision, value)

    async def _increment(self, key: str, adds: list[tuple[int, float, str]], *, now: float) -> None:
        """Add each ``(n, expires at, token id)`` of ``adds`` in order, skipping a token the counter
        counted already, with one compare-and-set. When another guard changed the counter meanwhile, it is
        read again and the write retried, after a random pause that doubles with each conflict: without
        it, a guard that keeps winning writes again at once while the loser is still reading, and the
        loser can lose every try. It gives up ("too much contention") only after ``_CONFLICT_BUDGET_S``."""
        known = self._stored.get(key)  # None: not seen, most likely a new counter (conversation, window)
        deadline = time.monotonic() + _CONFLICT_BUDGET_S
        for attempt in itertools.count():
            if attempt:
                if time.monotonic() >= deadline:
                    break
                pause = min(_CONFLICT_PAUSE_MAX, _CONFLICT_PAUSE * 2**attempt)
                await asyncio.sleep(random.uniform(0, pause))  # noqa: S311 (jitter, not a secret)
                known = await self._read(key)  # None: deleted meanwhile, create it again
            try:
                if known is None:
                    value = _add_to_counter(b"", adds, now=now)
                    if value is None:
                        return
                    self._saw(key, await self.kv.create(key, value), value)
                    return
                revision, current = known
                value = _add_to_counter(current, adds, now=now)
                if value is None:
                    return  # every delivery was counted already (a redelivery)
                self._saw(key, await self.kv.update(key, value, last=revision), value)
                return
            except nats.js.errors.KeyWrongLastSequenceError:
                continue  # it exists (another guard's, not seen yet) or another guard incremented it meanwhile
        raise StoreError(f"could not update the shared counter {key} (too much contention)")

    async def _read(self, key: str) -> tuple[int, bytes] | None:
        try:
            entry = await self.kv.get(key)
        except (nats.js.errors.KeyNotFoundError, nats.js.errors.KeyDeletedError):
            return None
        return entry.revision or 0, entry.value or b""

    async def publish_reset(self, agent: str, discarded: Iterable[str]) -> None:
        """A person reset ``agent``'s breaker: remove the trip and the violation counters everywhere."""
        try:
            with contextlib.suppress(nats.js.errors.KeyNotFoundError, nats.js.errors.KeyDeletedError):
                await self.kv.delete(f"b.{agent}")
            for key in discarded:
                with contextlib.suppress(nats.js.errors.KeyNotFoundError, nats.js.errors.KeyDeletedError):
                    await self.kv.delete(f"c.{key}")
        except nats.errors.Error as exc:
            raise StoreError(f"cannot share the breaker reset: {exc}") from exc


_STORED_MAX: Final = 10_000
"""Keys whose revision a guard remembers (a counter's value is at most ~1 KiB: 64 delivery tokens)."""


def _add_to_counter(current: bytes, adds: Iterable[tuple[int, float, str]], *, now: float) -> bytes | None:
    """A counter's new value: ``current`` (``b""``: none) plus each ``(n, expires at, token id)`` in
    order; an expired window starts again from zero, a token counted already is skipped. ``None``:
    nothing to add."""
    count, until, tokens = _decode_counter(current) if current else (0, 0.0, "")
    changed = False
    for n, expires_at, tid in adds:
        if until <= now:
            count, tokens = 0, ""  # a new window
        elif tid and has_token(tokens, tid):
            continue  # this delivery was counted already (a redelivery)
        count, until, changed = count + n, expires_at, True
        if tid:
            tokens = with_token(tokens, tid)
    return _encode_counter(count, until, tokens) if changed else None


def _encode_counter(count: int, expires_at: float, tokens: str) -> bytes:
    return msgspec.json.encode((count, expires_at, tokens) if tokens else (count, expires_at))


def _decode_counter(value: bytes) -> tuple[int, float, str]:
    """A counter's value: ``[count, expires_at]`` or ``[count, expires_at, "<tokens>"]`` (the
    token ids of the deliveries it counted last, concatenated)."""
    fields = msgspec.json.decode(value, type=list[Any])
    count, until = int(fields[0]), float(fields[1])
    tokens = fields[2] if len(fields) > 2 and isinstance(fields[2], str) else ""
    return count, until, tokens
