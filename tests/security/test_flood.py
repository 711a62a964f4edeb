"""Flooding and stalling, in-process: budgets, bounded memory, huge and deeply nested messages.
The same attacks over a real nats-server are in ``test_bus_bypass.py``."""

from __future__ import annotations

import hashlib
import time

from agentmesh_guard.audit import MemoryAuditLog
from agentmesh_guard.config import parse_mesh
from agentmesh_guard.detectors import fast_detectors
from agentmesh_guard.detectors.immune import ImmuneMemory
from agentmesh_guard.detectors.replication import ReplicationTracker
from agentmesh_guard.effects import Enforcer
from agentmesh_guard.envelope import encode
from agentmesh_guard.guard import Guard
from agentmesh_guard.provenance import MemoryExposureStore
from agentmesh_guard.quarantine import MemoryQuarantineStore
from agentmesh_guard.transports.inprocess import InProcessBus
from agentmesh_guard.verdict import Action
from tests.security.security_support import POISON, Victim, guarded_mesh
from tests.support import MESH_YAML, mesh, msg, result

BUDGETED = MESH_YAML.replace(
    "researcher: {team: core, trust: 60, tools: [web_fetch, read_inbox], can_send_to: [planner, coder]}",
    "researcher: {team: core, trust: 60, tools: [web_fetch, read_inbox], can_send_to: [planner, coder],"
    " profile: {rate_limits: {window: session, messages: 5}, breaker: {violations: 3, window_s: 600}}}",
)


async def test_a_flooding_agent_exhausts_only_its_own_budget_and_every_message_is_recorded() -> None:
    """The researcher (budget: 5 messages per conversation, breaker at 3 violations) sends 40
    messages to the coder. The coder gets exactly the first 5; the other 35 are rejected (over budget;
    the breaker opens too, and its hold is weaker than the budget's reject); every one of the 40 has
    a decision record and a dead-letter record. The planner's messages to the
    coder in the same conversation still arrive: the flood used up no one else's budget."""
    config = parse_mesh(BUDGETED)
    guard = Guard.from_config(config)
    audit, store = MemoryAuditLog(), MemoryQuarantineStore()
    bus = InProcessBus(Enforcer(guard, audit=audit, store=store))
    coder = Victim("coder")
    bus.register("coder", coder)

    flood = [msg(sender="researcher", content=f"status update {i}", conversation_id="f1") for i in range(40)]
    actions = [(await bus.send(m, as_sender="researcher")).verdict.action for m in flood]
    await bus.send(
        msg(sender="planner", content="planner still gets through", conversation_id="f1"), as_sender="planner"
    )

    assert coder.texts() == [f"status update {i}" for i in range(5)] + ["planner still gets through"]
    assert actions[:5] == [Action.DELIVER] * 5
    assert set(actions[5:]) == {Action.REJECT}
    decided = [r.message_id for r in audit.records if r.event == "decision"]
    assert decided[:40] == [m.id for m in flood]
    assert any(r.event == "breaker_open" for r in audit.records)
    assert len([r for r in store.list() if r.sender == "researcher"]) == 35


async def test_a_flood_of_distinct_poison_keeps_the_guards_memory_bounded() -> None:
    """1,000 distinct poisoned messages in 1,000 conversations, each after a web result that taints
    the researcher: every message is decided and recorded, and the guard's own state (immune memory,
    replication history, exposure) stays at its configured caps instead of growing with the flood."""
    immune = ImmuneMemory(max_records=50)
    replication = ReplicationTracker(max_keys=50)
    exposure = MemoryExposureStore(max_entries=50)
    guard = Guard.from_config(
        mesh(), detectors=fast_detectors(immune=immune, replication=replication), exposure=exposure
    )
    guard.immune = immune
    audit, store = MemoryAuditLog(), MemoryQuarantineStore()
    enforcer = Enforcer(guard, audit=audit, store=store)
    actions = []
    for i in range(500):
        conversation = f"flood-{i}"
        page = result(value=f"page {i}", conversation_id=conversation)
        enforcer.apply(guard.check(page, sender_from_transport="web_fetch"))
        poison = msg(sender="researcher", content=f"{POISON} token-{i} {i * 7919}", conversation_id=conversation)
        verdict = guard.check(poison, sender_from_transport="researcher")
        enforcer.apply(verdict)
        actions.append(verdict.action)
    assert actions == [Action.QUARANTINE] * 500
    assert len([r for r in audit.records if r.event == "decision"]) == 1000
    assert len(immune._records) <= 50
    assert len(replication._seen) <= 50
    assert len(exposure._state) <= 50


def test_a_huge_message_is_rejected_fast_and_kept_within_the_limit() -> None:
    """10 MiB on the wire (the mesh allows 64 KiB) is rejected as ``decode.too_large`` without being
    parsed, in well under a second; its held record keeps the first 64 KiB plus the original size
    and the digest of the whole message, so it can always be stored."""
    m = guarded_mesh()
    huge = encode(msg(sender="researcher", content="A" * (10 * 1024 * 1024)))
    started = time.perf_counter()
    verdict = m.guard.check(huge, sender_from_transport="researcher")
    elapsed = time.perf_counter() - started
    outcome = m.enforcer.apply(verdict)
    assert elapsed < 0.5
    assert verdict.action is Action.REJECT and verdict.reasons[0].code == "decode.too_large"
    assert outcome.record is not None
    limit = m.guard.mesh.limits.max_message_bytes
    assert outcome.record.raw == huge[:limit]
    assert outcome.record.raw_size == len(huge)
    assert outcome.record.digest == hashlib.sha256(huge).hexdigest()
    assert m.victims["coder"].received == []


def test_deep_nesting_is_rejected_fast() -> None:
    """An envelope whose payload nests 30,000 levels deep (inside the size limit) is rejected as
    too deep in well under a second, and a payload one level past the mesh's limit is too."""
    m = guarded_mesh()
    depth = 30_000
    bomb = (
        b'{"kind":"message","id":"x","sender":"researcher","recipient":"coder","conversation_id":"c",'
        b'"payload_type":"task.v1","payload":' + b'{"a":' * depth + b"1" + b"}" * depth + b"}"
    )
    started = time.perf_counter()
    verdict = m.guard.check(bomb, sender_from_transport="researcher")
    assert time.perf_counter() - started < 0.5
    assert verdict.action is Action.REJECT
    assert verdict.reasons[0].code in {"decode.too_deep", "decode.too_large"}
    limit = m.guard.mesh.limits.max_nesting
    just_over = msg(sender="researcher", payload={"a": _nest(limit + 1)}, payload_type=None)
    verdict = m.guard.check(encode(just_over), sender_from_transport="researcher")
    assert (verdict.action, verdict.reasons[0].code) == (Action.REJECT, "decode.too_deep")


def _nest(levels: int) -> object:
    value: object = 1
    for _ in range(levels):
        value = [value]
    return value
