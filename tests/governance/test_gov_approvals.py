"""Human in the loop: approvals are single-use, bound to the exact action and arguments, expire, audited."""

from __future__ import annotations

from agentmesh_guard.envelope import decode, encode
from agentmesh_guard.grants import MemoryGrantLedger
from agentmesh_guard.verdict import Action
from tests.governance.governed import Clock, call, governed


def _held_fetch(enforcer, url: str = "https://unknown.example/data"):  # type: ignore[no-untyped-def]
    outcome = enforcer.apply(enforcer.guard.check(encode(call("fetch", "h", url=url))))
    assert outcome.verdict.action is Action.HOLD and outcome.record is not None
    return outcome


def test_approval_is_single_use() -> None:
    """An approved call passes once; the same bytes again are held again."""
    enforcer = governed(Clock())
    raw = enforcer.approve(_held_fetch(enforcer).record.id, actor="alice")
    assert enforcer.apply(enforcer.guard.check(raw)).verdict.delivered
    assert enforcer.apply(enforcer.guard.check(raw)).verdict.action is Action.HOLD


def test_approval_is_scoped_to_the_exact_arguments() -> None:
    """The grant covers the approved bytes only: the same call with another URL (or another id) is held."""
    enforcer = governed(Clock())
    raw = enforcer.approve(_held_fetch(enforcer).record.id, actor="alice")
    original = decode(raw)
    swapped = raw.replace(b"unknown.example", b"attacker.example")
    assert enforcer.guard.check(swapped).action is Action.HOLD
    renamed = encode(call("fetch", "h", url=original.arguments["url"]))  # type: ignore[union-attr]
    assert enforcer.guard.check(renamed).action is Action.HOLD
    assert enforcer.apply(enforcer.guard.check(raw)).verdict.delivered


def test_an_unused_approval_expires() -> None:
    """A grant not used within grant_ttl_s is gone: the approved bytes are held again."""
    clock = Clock()
    enforcer = governed(clock)
    enforcer.guard.grants = enforcer.ops.grants = MemoryGrantLedger(clock=clock)
    raw = enforcer.approve(_held_fetch(enforcer).record.id, actor="alice")
    clock.now += enforcer.guard.mesh.limits.grant_ttl_s + 1
    assert enforcer.guard.check(raw).action is Action.HOLD


def test_approvals_and_their_use_are_audited() -> None:
    """The hold, the approval (with its actor) and the delivery of the approved call are all on record."""
    enforcer = governed(Clock())
    held = _held_fetch(enforcer)
    raw = enforcer.approve(held.record.id, actor="alice", note="known mirror")
    used = enforcer.apply(enforcer.guard.check(raw))
    records = enforcer.audit.records  # type: ignore[attr-defined]
    events = [(r.event, r.action, r.actor) for r in records]
    assert events[0][:2] == ("decision", "hold")
    assert ("approve", "approved", "alice") in events
    assert records[-1].event == "decision" and records[-1].action == "deliver"
    assert records[-1].message_id == used.verdict.message_id == held.record.message_id
