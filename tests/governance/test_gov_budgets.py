"""Session TTL, rate limits and the circuit breaker: decisions by policy id, audited, resettable."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest
from click.testing import CliRunner

from agentmesh_guard.audit import read_records, verify
from agentmesh_guard.cli import main
from agentmesh_guard.envelope import encode
from agentmesh_guard.errors import StoreError
from agentmesh_guard.governance.state import FileGovernanceStore, MemoryGovernanceStore
from agentmesh_guard.verdict import Action
from tests.governance.governed import GOVERNED_YAML, Clock, call, governed, say


def test_session_ttl_rejects_messages_after_the_ttl_from_the_first_message() -> None:
    """Within the TTL the agent's messages pass; after it they are rejected by profile-coder-session-ttl,
    in that conversation only (a new conversation starts a new session)."""
    clock = Clock()
    enforcer = governed(clock)
    check = enforcer.guard.check
    assert enforcer.apply(check(call("shell", "s1", cmd="pytest"))).verdict.delivered
    clock.now += 3600
    assert enforcer.apply(check(call("shell", "s1", cmd="pytest"))).verdict.delivered
    clock.now += 1
    late = enforcer.apply(check(call("shell", "s1", cmd="pytest"))).verdict
    assert late.action is Action.REJECT and late.policy_ids == ("profile-coder-session-ttl",)
    assert enforcer.apply(check(call("shell", "s2", cmd="pytest"))).verdict.delivered


def test_message_budget_per_session() -> None:
    """`messages: 3` lets three messages per conversation through and rejects the fourth, by content."""
    enforcer = governed(Clock())
    sent = [f"update {i}" for i in range(5)]
    outcomes = [enforcer.apply(enforcer.guard.check(say(text, "m1"))).verdict for text in sent]
    delivered = [v.envelope.content for v in outcomes if v.delivered and v.envelope is not None]  # type: ignore[union-attr]
    assert delivered == ["update 0", "update 1", "update 2"]
    assert outcomes[3].policy_ids == ("profile-coder-rate-messages",)
    assert enforcer.apply(enforcer.guard.check(say("other", "m2"))).verdict.delivered


def test_files_modified_and_packages_installed_budgets_count_arguments() -> None:
    """Each written path and each installed package counts; a call that would go over is rejected."""
    enforcer = governed(Clock())
    check = enforcer.guard.check
    assert enforcer.apply(check(call("write_file", "f", path="src/a.py"))).verdict.delivered
    assert enforcer.apply(check(call("write_file", "f", path="src/b.py"))).verdict.delivered
    third = enforcer.apply(check(call("write_file", "f", path="src/c.py"))).verdict
    assert third.action is Action.REJECT and "profile-coder-rate-files-modified" in third.policy_ids
    two = enforcer.apply(check(call("pip_install", "p", packages=["requests", "numpy"]))).verdict
    assert two.delivered
    more = enforcer.apply(check(call("pip_install", "p", packages=["pytest"]))).verdict
    assert more.action is Action.REJECT and "profile-coder-rate-packages-installed" in more.policy_ids


def test_denied_calls_do_not_use_up_the_budget() -> None:
    """Only delivered messages count towards the budget."""
    enforcer = governed(Clock(), yaml_text=GOVERNED_YAML.replace("breaker: {violations: 3", "breaker: {violations: 99"))
    for _ in range(3):
        assert not enforcer.apply(enforcer.guard.check(call("write_file", "q", path="/etc/x"))).verdict.delivered
    assert enforcer.apply(enforcer.guard.check(call("write_file", "q", path="src/ok.py"))).verdict.delivered


def test_fixed_window_rate_limit_resets_with_the_window() -> None:
    """With `window: 60`, the budget is per 60-second window across conversations."""
    clock = Clock(6_000_000.0)  # a window boundary
    enforcer = governed(clock, yaml_text=GOVERNED_YAML.replace("window: session", "window: 60"))
    results = [enforcer.apply(enforcer.guard.check(say(f"n{i}", f"w{i}"))).verdict.delivered for i in range(4)]
    assert results == [True, True, True, False]
    clock.now += 60
    assert enforcer.apply(enforcer.guard.check(say("later", "w9"))).verdict.delivered


def test_breaker_isolates_after_n_violations_until_a_person_resets_it() -> None:
    """Three denied verdicts trip the breaker (audited); then everything from and to the agent is held,
    even harmless calls, until a person resets it (audited); then traffic flows again."""
    enforcer = governed(Clock())
    check = enforcer.guard.check
    for i in range(3):
        assert not enforcer.apply(check(call("read_file", f"v{i}", path=".env"))).verdict.delivered
    trips = [r for r in enforcer.audit.records if r.event == "breaker_open"]  # type: ignore[attr-defined]
    assert len(trips) == 1 and trips[0].sender == "coder" and "profile-coder-fs-deny" in trips[0].policy_ids

    harmless = enforcer.apply(check(call("shell", "x", cmd="pytest"))).verdict
    assert harmless.action is Action.HOLD and harmless.policy_ids == ("profile-coder-breaker",)
    inbound = enforcer.apply(check(say("please fix", "x", sender="planner", recipient="coder"))).verdict
    assert inbound.action is Action.HOLD and inbound.policy_ids == ("profile-coder-breaker-inbound",)

    record = enforcer.reset_breaker("coder", actor="alice", note="checked the logs")
    assert record.event == "breaker_reset" and record.actor == "alice"
    assert enforcer.apply(check(call("shell", "y", cmd="pytest"))).verdict.delivered
    assert verify(enforcer.audit.lines()).ok  # type: ignore[attr-defined]


def test_breaker_holds_do_not_count_as_new_violations() -> None:
    """Traffic held by an open breaker neither re-trips it nor trips the breaker of the healthy sender."""
    enforcer = governed(Clock())
    check = enforcer.guard.check
    for i in range(3):
        enforcer.apply(check(call("read_file", f"v{i}", path=".env")))
    for i in range(5):
        enforcer.apply(check(say(f"hi {i}", f"z{i}", sender="planner", recipient="coder")))
    assert [r.event for r in enforcer.audit.records].count("breaker_open") == 1  # type: ignore[attr-defined]
    assert set(enforcer.guard.governance.store.trips()) == {"coder"}


def test_approval_lets_one_call_through_an_open_breaker() -> None:
    """A person can approve one held call of an isolated agent; a replay is held again."""
    enforcer = governed(Clock())
    check = enforcer.guard.check
    for i in range(3):
        enforcer.apply(check(call("read_file", f"v{i}", path=".env")))
    held = enforcer.apply(check(encode(call("shell", "k", cmd="pytest"))))
    assert held.record is not None
    raw = enforcer.approve(held.record.id, actor="bob")
    assert enforcer.apply(check(raw)).verdict.delivered
    assert enforcer.apply(check(raw)).verdict.action is Action.HOLD


def test_reset_needs_an_open_breaker_and_an_actor() -> None:
    """Resetting a closed breaker, or without saying who, is refused."""
    enforcer = governed(Clock())
    with pytest.raises(StoreError, match="not open"):
        enforcer.reset_breaker("coder", actor="alice")


def test_shared_store_makes_budgets_and_breakers_common_to_guards() -> None:
    """Two guards on one GovernanceStore share counters and breakers (what the NATS KV provides)."""
    store = MemoryGovernanceStore()
    a, b = governed(Clock(), store=store), governed(Clock(), store=store)
    for i, guard in enumerate((a, b, a)):
        assert guard.apply(guard.guard.check(say(f"m{i}", "shared"))).verdict.delivered
    assert not b.apply(b.guard.check(say("m3", "shared"))).verdict.delivered
    for i, guard in enumerate((a, b, a)):
        guard.apply(guard.guard.check(call("read_file", f"t{i}", path=".env")))
    assert b.guard.check(call("shell", "q", cmd="pytest")).policy_ids == ("profile-coder-breaker",)


def test_a_redelivery_is_counted_once_and_decided_as_the_first_delivery_was() -> None:
    """Budget 3 per conversation. The third message, decided and committed, then decided again under
    the same delivery token (a redelivery after a failed batch or a crashed guard), is delivered
    again and the counter stays at 3 (was: counted again, and the redelivery rejected as the 4th).
    A message without a token (in-process, no redelivery) counts every time; a sender cannot pick
    the token, so reusing an envelope id does not dodge the budget."""
    store = MemoryGovernanceStore()
    enforcer = governed(Clock(), store=store)
    plan = enforcer.plan
    for i in range(2):
        assert enforcer.apply(enforcer.guard.check(say(f"m{i}", "r"))).verdict.delivered
    third = say("m2", "r")
    for _ in range(3):
        verdict = enforcer.guard.check(third, delivery_token="seq-3")
        assert verdict.delivered
        enforcer.commit_local(plan(verdict, record_id="seq-3"))
    (key,) = [k for k in store._state.counters if k.startswith("rate.coder.messages.")]
    assert store.count(key, now=Clock()()) == 3
    reused_id = msgspec.structs.replace(say("m3", "r"), id=third.id)
    fourth = enforcer.guard.check(reused_id, delivery_token="seq-4")
    assert fourth.policy_ids == ("profile-coder-rate-messages",)


def test_a_redelivered_violation_counts_once_towards_the_breaker() -> None:
    """The breaker (3 violations) counts a redelivered denied message once: the same denied call
    decided three times under one token leaves the agent reinstated; three distinct ones trip it."""
    enforcer = governed(Clock())
    bad = call("read_file", "v", path=".env")
    for _ in range(3):
        verdict = enforcer.guard.check(bad, delivery_token="seq-9")
        assert not verdict.delivered
        enforcer.commit_local(enforcer.plan(verdict, record_id="seq-9"))
    assert enforcer.guard.governance.store.tripped("coder") is None
    for i in range(3):
        verdict = enforcer.guard.check(call("read_file", f"w{i}", path=".env"), delivery_token=f"seq-{10 + i}")
        enforcer.commit_local(enforcer.plan(verdict, record_id=f"seq-{10 + i}"))
    assert enforcer.guard.governance.store.tripped("coder") is not None


def test_file_store_keeps_counted_tokens(tmp_path: Path) -> None:
    """The tokens a counter counted persist with it: after reopening, the same token adds nothing."""
    path = tmp_path / "state.json"
    store = FileGovernanceStore(path)
    assert store.add_once("rate.coder.messages.cx", 1, "t1", now=1.0, expires_at=100.0) == 1
    again = FileGovernanceStore(path)
    assert again.counted("rate.coder.messages.cx", "t1", now=2.0)
    assert again.add_once("rate.coder.messages.cx", 1, "t1", now=2.0, expires_at=100.0) == 1
    assert again.add_once("rate.coder.messages.cx", 1, "t2", now=2.0, expires_at=100.0) == 2
    assert not again.counted("rate.coder.messages.cx", "t1", now=100.0)  # the window ended


def test_a_counter_remembers_a_bounded_number_of_tokens_matched_whole() -> None:
    """Each counter keeps the last RECENT_TOKENS tokens (fixed-width ids, ~1 KiB at most): the
    oldest is forgotten after that many more; a token id found only across two ids' boundary is no match."""
    from agentmesh_guard.governance.state import RECENT_TOKENS, TOKEN_CHARS, has_token, token_id

    store = MemoryGovernanceStore()
    for i in range(RECENT_TOKENS + 1):
        store.add_once("k", 1, f"t{i}", now=1.0, expires_at=100.0)
    assert store.count("k", now=2.0) == RECENT_TOKENS + 1
    assert not store.counted("k", "t0", now=2.0) and store.counted("k", "t1", now=2.0)
    assert len(store._state.tokens["k"]) == RECENT_TOKENS * TOKEN_CHARS
    a, b = token_id("a"), token_id("b")
    assert has_token(a + b, b) and not has_token(a + b, (a + b)[8:24])


def test_file_store_survives_reopen(tmp_path: Path) -> None:
    """Counters, session starts and trips persist in the state file."""
    path = tmp_path / "state.json"
    store = FileGovernanceStore(path)
    store.add("rate.coder.messages.cx", 2, now=1.0, expires_at=100.0)
    store.start_session("session.coder.x", 5.0, expires_at=100.0)
    from agentmesh_guard.governance.state import BreakerTrip

    store.trip("coder", BreakerTrip(at=3.0, violations=3, window_s=60, reason="profile-coder-fs-deny"))
    again = FileGovernanceStore(path)
    assert again.count("rate.coder.messages.cx", now=2.0) == 2
    assert again.count("rate.coder.messages.cx", now=100.0) == 0  # expired with its window
    assert again.session_start("session.coder.x", now=2.0) == 5.0
    assert again.tripped("coder") is not None


def test_cli_check_trips_and_breaker_reset_reinstates(tmp_path: Path) -> None:
    """`check --state` keeps the breaker state; `breaker status`/`reset` read and close it, audited."""
    mesh = tmp_path / "mesh.yaml"
    mesh.write_text(GOVERNED_YAML)
    state, audit = tmp_path / "state.json", tmp_path / "audit.jsonl"
    files = []
    for i in range(3):
        f = tmp_path / f"bad{i}.json"
        f.write_bytes(encode(call("read_file", f"c{i}", path=".env")))
        files.append(str(f))
    runner = CliRunner()
    base = ["--mesh", str(mesh), "--state", str(state), "--audit", str(audit)]
    result = runner.invoke(main, ["check", *files, *base, "--json"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["action"] for line in result.output.splitlines()] == ["quarantine"] * 3
    status = runner.invoke(main, ["breaker", "status", "--state", str(state)])
    assert "coder: isolated" in status.output
    reset = runner.invoke(
        main, ["breaker", "reset", "coder", "--state", str(state), "--audit", str(audit), "--actor", "ops"]
    )
    assert reset.exit_code == 0, reset.output
    events = [r.event for r in read_records(audit)]
    assert events.count("breaker_open") == 1 and events[-1] == "breaker_reset"
    assert "no breaker is open" in runner.invoke(main, ["breaker", "status", "--state", str(state)]).output
    again = runner.invoke(main, ["breaker", "reset", "coder", "--state", str(state), "--audit", str(audit)])
    assert again.exit_code != 0 and "not open" in again.output
