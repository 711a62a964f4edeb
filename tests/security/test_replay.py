"""Replaying what an operator let through: release and approval grants are single-use and bound
to the exact bytes. In-process; the NATS variant of release is in ``test_bus_bypass.py``."""

from __future__ import annotations

import msgspec

from agentmesh_guard.envelope import encode
from agentmesh_guard.grants import MemoryGrantLedger
from agentmesh_guard.verdict import Action
from tests.security.security_support import POISON, guarded_mesh
from tests.support import call, msg, result


async def test_a_released_message_is_delivered_once_and_its_replay_is_quarantined_again() -> None:
    """An operator releases one quarantined message: it reaches the coder once. The attacker
    re-sends the same bytes: quarantined again, and the coder still has exactly one copy."""
    m = guarded_mesh()
    poisoned = encode(msg(sender="researcher", content=POISON, conversation_id="r1"))
    first = await m.bus.send(poisoned, as_sender="researcher")
    assert first.verdict.action is Action.QUARANTINE and first.record is not None

    released = await m.bus.release(first.record.id, actor="alice@ops")
    assert released.verdict.action is Action.DELIVER
    assert m.victims["coder"].texts() == [POISON]

    replay = await m.bus.send(poisoned, as_sender="researcher")
    assert replay.verdict.action is Action.QUARANTINE
    assert m.victims["coder"].texts() == [POISON]
    assert [r.event for r in m.audit.records].count("release") == 1


async def test_a_release_does_not_cover_a_modified_copy() -> None:
    """The grant is for the exact bytes: the same text under a new message id is a different
    message and is quarantined; only the operator's copy gets through."""
    m = guarded_mesh()
    original = msg(sender="researcher", content=POISON, conversation_id="r2")
    first = await m.bus.send(encode(original), as_sender="researcher")
    assert first.record is not None
    m.enforcer.release(first.record.id, actor="alice@ops")  # granted, not yet re-injected

    variant = msgspec.structs.replace(original, id="another-id")
    outcome = await m.bus.send(encode(variant), as_sender="researcher")
    assert outcome.verdict.action is Action.QUARANTINE
    assert "quarantine-high-severity" in [r.code for r in outcome.verdict.reasons]
    assert m.victims["coder"].received == []


async def test_an_approved_call_runs_once_and_its_replay_is_held_again() -> None:
    """A tainted coder's deploy is held; a person approves it and the tool gets it once. Replaying
    the same bytes is held again: the tool received exactly one deploy."""
    m = guarded_mesh()
    await m.bus.send(result(recipient="coder", value="blog post", conversation_id="r3"), as_sender="web_fetch")
    assert "untrusted:web" in m.victims["coder"].received[0].labels  # the coder is now tainted
    deploy = call(sender="coder", tool="deploy", arguments={"service": "api", "environment": "production"})
    raw = encode(msgspec.structs.replace(deploy, conversation_id="r3"))
    held = await m.bus.send(raw, as_sender="coder")
    assert held.verdict.action is Action.HOLD and held.record is not None

    approved = await m.bus.approve(held.record.id, actor="bob@ops")
    assert approved.verdict.action is Action.DELIVER
    assert len(m.victims["deploy"].received) == 1

    replay = await m.bus.send(raw, as_sender="coder")
    assert replay.verdict.action is Action.HOLD
    assert len(m.victims["deploy"].received) == 1


async def test_an_expired_grant_lets_nothing_through() -> None:
    """A release not used within ``grant_ttl_s`` is worth nothing: re-injecting after expiry is
    quarantined. (Time is moved by the ledger's clock, not by sleeping.)"""
    m = guarded_mesh()
    now = [1_000.0]
    m.guard.grants = m.enforcer.ops.grants = MemoryGrantLedger(clock=lambda: now[0])
    raw = encode(msg(sender="researcher", content=POISON, conversation_id="r4"))
    first = await m.bus.send(raw, as_sender="researcher")
    assert first.record is not None
    m.enforcer.release(first.record.id, actor="alice@ops")
    now[0] += m.guard.mesh.limits.grant_ttl_s + 1
    outcome = await m.bus.send(raw, as_sender="researcher")
    assert outcome.verdict.action is Action.QUARANTINE
    assert m.victims["coder"].received == []
