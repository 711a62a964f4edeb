"""Cedar sees only the context attributes some policy reads, and that changes no decision.

``PolicyEngine`` drops context attributes no loaded policy names (``context.x``, ``context["x"]``,
``context has x``) before evaluating and keying the cache, so per-message facts no policy looks at
(tool argument values, governance facts under a set without profiles) stop making every request a
cache miss. These tests check the read set is taken from the policies, that a policy using
``context`` whole turns it off, that decisions are the same as with the full context, and that a
reload reading a new attribute takes effect at once.
"""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

from agentmesh_guard.policy import PolicyEngine
from tests.policy.policy_support import BASE, SEND
from tests.policy.policy_support import engine_over_defaults as _engine
from tests.support import mesh


def _full_context(engine: PolicyEngine) -> PolicyEngine:
    """The same engine, evaluating every attribute (the behaviour before projection)."""
    info, cache = engine._state
    twin = PolicyEngine(info, mesh())
    twin._state = (dataclasses.replace(info, context_reads=None), type(cache)(cache.size))
    return twin


def test_the_read_set_comes_from_the_policies(tmp_path: Path) -> None:
    engine, _ = _engine(tmp_path)
    reads = engine.info.context_reads
    assert reads is not None
    assert {"max_severity", "labels", "finding_kinds", "hop", "hop_limit", "approval", "tainted"} <= reads
    assert "tool_arg_pairs" not in reads and "kind" not in reads
    bracket, _ = _engine(
        tmp_path / "b",
        '@id("by-index") forbid (principal, action, resource) '
        'when { context has kind && context["payload_type"] == "x" };',
    )
    assert bracket.info.context_reads is not None and {"kind", "payload_type"} <= bracket.info.context_reads


def test_a_policy_using_the_whole_context_turns_projection_off(tmp_path: Path) -> None:
    engine, _ = _engine(tmp_path, '@id("whole") forbid (principal, action, resource) when { context != context };')
    assert engine.info.context_reads is None
    assert engine.decide(**SEND, context={**BASE, "tool_arg_pairs": ["a=1"]}).allowed


def test_unread_attributes_share_one_cached_decision(tmp_path: Path) -> None:
    engine, _ = _engine(tmp_path)
    for i in range(5):
        engine.decide(**SEND, context={**BASE, "tool_arg_pairs": [f"notes=draft {i}"]})
    assert engine.cache_stats() == {"hits": 4, "misses": 1, "size": 1}


def test_decisions_equal_the_full_context_on_varied_requests(tmp_path: Path) -> None:
    """Random contexts over the default set: the projected engine and one given every attribute agree,
    on allows and on each kind of deny."""
    engine, _ = _engine(tmp_path)
    full = _full_context(engine)
    rng = random.Random(3)  # noqa: S311 - test data
    outcomes = set()
    for i in range(300):
        context = {
            **BASE,
            "labels": rng.choice([[], ["source:web"], ["derived:quarantined"], ["tainted:web"]]),
            "finding_kinds": rng.choice([[], ["injection"], ["detector_error"], ["secret"]]),
            "max_severity": rng.choice([0, 39, 40, 69, 70, 95]),
            "hop": rng.choice([0, 1, 8, 9]),
            "approval": rng.choice(["none", "none", "released", "approved"]),
            "tool_arg_pairs": [f"notes={i}"],
        }
        context["tainted"] = any(label.startswith(("tainted", "derived")) for label in context["labels"])
        got, expected = engine.decide(**SEND, context=context), full.decide(**SEND, context=context)
        # Cedar reports the denying policies as a set: their order is not part of the answer
        assert (got.allowed, got.action, set(got.policy_ids)) == (
            expected.allowed,
            expected.action,
            set(expected.policy_ids),
        ), context
        outcomes.add((got.allowed, got.action))
    assert len(outcomes) >= 3  # allows and several kinds of deny were compared


def test_a_reload_that_reads_a_new_attribute_decides_on_it_at_once(tmp_path: Path) -> None:
    engine, d = _engine(tmp_path)
    context = {**BASE, "tool_arg_pairs": ["target=production"]}
    assert engine.decide(**SEND, context=context).allowed
    assert engine.decide(**SEND, context=context).allowed  # cached
    (d / "extra.cedar").write_text(
        '@id("no-production") forbid (principal, action, resource) '
        'when { context.tool_arg_pairs.contains("target=production") };'
    )
    engine.reload()
    assert engine.info.context_reads is not None and "tool_arg_pairs" in engine.info.context_reads
    denied = engine.decide(**SEND, context=context)
    assert not denied.allowed and denied.policy_ids == ("no-production",)
    assert engine.decide(**SEND, context={**BASE, "tool_arg_pairs": ["target=staging"]}).allowed
