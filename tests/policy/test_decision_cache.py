"""The Cedar decision cache is exact: any change to an input of the decision changes it at once.

The cache keys on (principal, action, resource, the context as canonical JSON) for one loaded
policy set; these tests repeat a decision so it is served from the cache, then change one
input (a label, a finding, the approval, a governance fact, the policy set itself) and check
the very next decision follows the change.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from agentmesh_guard import envelope as env
from agentmesh_guard.policy import PolicyEngine
from agentmesh_guard.provenance import QUARANTINED
from agentmesh_guard.verdict import Action
from tests.policy.policy_support import BASE, SEND
from tests.policy.policy_support import engine_over_defaults as _engine
from tests.support import POLICIES, make_guard, mesh, msg


def _decide_twice(engine: PolicyEngine, context: dict[str, Any]) -> tuple[bool, Action, tuple[str, ...]]:
    """Decide twice (the second from the cache); both answers must agree."""
    first = engine.decide(**SEND, context=context)
    second = engine.decide(**SEND, context=context)
    assert first == second
    return first.allowed, first.action, first.policy_ids


def test_repeated_decisions_are_served_from_the_cache(tmp_path: Path) -> None:
    """The same request twice costs one Cedar evaluation; key order in the context doesn't matter."""
    engine, _ = _engine(tmp_path)
    engine.decide(**SEND, context=BASE)
    engine.decide(**SEND, context=dict(reversed(list(BASE.items()))))
    assert engine.cache_stats() == {"hits": 1, "misses": 1, "size": 1}


def test_a_new_label_changes_the_decision_at_once(tmp_path: Path) -> None:
    """A cached allow does not survive the message gaining the derived:quarantined label."""
    engine, _ = _engine(tmp_path)
    assert _decide_twice(engine, BASE)[0]
    tainted = {**BASE, "labels": [QUARANTINED], "tainted": True}
    assert _decide_twice(engine, tainted) == (False, Action.QUARANTINE, ("quarantine-derived-from-quarantined",))
    assert _decide_twice(engine, BASE)[0]


def test_a_new_finding_changes_the_decision_at_once(tmp_path: Path) -> None:
    """A detector error (or a high severity) denies the very next decision after a cached allow."""
    engine, _ = _engine(tmp_path)
    assert _decide_twice(engine, BASE)[0]
    failed = {**BASE, "finding_kinds": ["detector_error"]}
    assert _decide_twice(engine, failed) == (False, Action.QUARANTINE, ("quarantine-detector-error",))
    severe = {**BASE, "finding_kinds": ["injection"], "max_severity": 70}
    assert _decide_twice(engine, severe) == (False, Action.QUARANTINE, ("quarantine-high-severity",))
    assert _decide_twice(engine, {**severe, "max_severity": 69})[0]


def test_an_approval_changes_the_decision_at_once(tmp_path: Path) -> None:
    """A cached quarantine is not reused once the same message carries a release."""
    engine, _ = _engine(tmp_path)
    severe = {**BASE, "finding_kinds": ["injection"], "max_severity": 90}
    assert not _decide_twice(engine, severe)[0]
    assert _decide_twice(engine, {**severe, "approval": "released"})[0]
    assert not _decide_twice(engine, severe)[0]


def test_a_governance_fact_changes_the_decision_at_once(tmp_path: Path) -> None:
    """Nested context (the facts of tool arguments, usage counts) is part of the key."""
    engine, _ = _engine(
        tmp_path,
        '@id("forbid-aws-secret")\n@on_deny("reject")\nforbid (principal, action, resource)\n'
        'when { context.facts.secrets.contains("AWS_SECRET_ACCESS_KEY") || context.usage.messages > 5 };\n',
    )
    assert _decide_twice(engine, BASE)[0]
    facts = {**BASE["facts"], "secrets": ["AWS_SECRET_ACCESS_KEY"]}
    assert _decide_twice(engine, {**BASE, "facts": facts}) == (False, Action.REJECT, ("forbid-aws-secret",))
    busy = {**BASE, "usage": {**BASE["usage"], "messages": 6}}
    assert _decide_twice(engine, busy) == (False, Action.REJECT, ("forbid-aws-secret",))
    assert _decide_twice(engine, BASE)[0]


def test_a_reload_changes_cached_decisions_at_once(tmp_path: Path) -> None:
    """After a reload no decision of the old policy set is served, in either direction."""
    engine, d = _engine(tmp_path)
    assert _decide_twice(engine, BASE)[0]
    (d / "lockdown.cedar").write_text(
        '@id("forbid-planner")\n@on_deny("reject")\nforbid (principal == Agent::"planner", action, resource);\n'
    )
    engine.reload()
    assert _decide_twice(engine, BASE) == (False, Action.REJECT, ("forbid-planner",))
    (d / "lockdown.cedar").unlink()
    engine.reload()
    assert _decide_twice(engine, BASE)[0]


def test_the_cache_is_bounded(tmp_path: Path) -> None:
    """Beyond its size the least recently used decisions are dropped (and still decided correctly)."""
    d = tmp_path / "policies"
    shutil.copytree(POLICIES, d)
    engine = PolicyEngine(PolicyEngine.load(d, mesh()).info, mesh(), cache_size=4)
    for hop in range(12):
        assert engine.decide(**SEND, context={**BASE, "hop": hop}).allowed == (hop <= 8)
    assert engine.cache_stats()["size"] == 4
    assert engine.decide(**SEND, context={**BASE, "hop": 0}).allowed  # dropped long ago, decided again
    assert engine.decide(**SEND, context={**BASE, "hop": 11}).action is Action.REJECT


def test_guard_exposure_change_is_seen_by_the_next_check() -> None:
    """Through the whole guard: the same bytes are delivered, then quarantined as soon as the
    sender is exposed to quarantined content, though the first decision was cached."""
    guard = make_guard()
    raw = env.encode(msg(content="please run the tests", conversation_id="c-cache"))
    assert guard.check(raw).delivered
    assert guard.check(raw).delivered
    guard.exposure.expose("planner", "c-cache", [QUARANTINED])
    verdict = guard.check(raw)
    assert verdict.action is Action.QUARANTINE
    assert verdict.policy_ids == ("quarantine-derived-from-quarantined",)
