"""The Cedar engine: the default policy set, table-driven; broken policy files; hot reload."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from agentmesh_guard.errors import PolicyError
from agentmesh_guard.policy import PolicyEngine, load_policy_set
from agentmesh_guard.verdict import Action
from tests.support import POLICIES, mesh

NEUTRAL: dict[str, Any] = {
    "kind": "message",
    "labels": [],
    "tainted": False,
    "finding_kinds": [],
    "max_severity": 0,
    "hop": 0,
    "hop_limit": 8,
    "approval": "none",
    "payload_type": "",
    "tool_arg_pairs": [],
}

A, T = "Agent", "Tool"


def _dest(*, payment: int = 0, contact: int = 0, host: int = 0) -> dict[str, Any]:
    """``context.untrusted_destinations`` with these counts (the names are placeholders)."""
    named = [f"iban:P{i}" for i in range(payment)] + [f"email:c{i}@x.example" for i in range(contact)]
    named += [f"host:h{i}.example" for i in range(host)]
    return {"named": named, "total": payment + contact + host, "payment": payment, "contact": contact, "host": host}


# (principal, action, resource, context changes) -> (allowed, action, policy ids that decided)
CASES = [
    ((A, "planner"), "send", (A, "coder"), {}, True, Action.DELIVER, {"permit-send-to-peer"}),
    ((A, "coder"), "send", (A, "researcher"), {}, False, Action.QUARANTINE, {"default-deny"}),
    ((A, "outsider"), "send", (A, "planner"), {}, False, Action.QUARANTINE, {"default-deny"}),
    ((A, "coder"), "call_tool", (T, "run_tests"), {}, True, Action.DELIVER, {"permit-call-granted-tool"}),
    ((A, "planner"), "call_tool", (T, "deploy"), {}, False, Action.QUARANTINE, {"default-deny"}),
    ((A, "coder"), "call_tool", (T, "deploy"), {}, True, Action.DELIVER, {"permit-call-granted-tool"}),
    (
        (A, "coder"),
        "call_tool",
        (T, "deploy"),
        {"tainted": True, "labels": ["untrusted:web"]},
        False,
        Action.HOLD,
        {"hold-tainted-privileged-tool"},
    ),
    (
        (A, "coder"),
        "call_tool",
        (T, "deploy"),
        {"tainted": True, "approval": "approved"},
        True,
        Action.DELIVER,
        {"permit-call-granted-tool"},
    ),
    (
        (A, "coder"),
        "call_tool",
        (T, "deploy"),
        {"max_severity": 50},
        False,
        Action.HOLD,
        {"hold-suspicious-privileged-tool"},
    ),
    (
        (A, "coder"),
        "call_tool",
        (T, "run_tests"),
        {"tainted": True},
        True,
        Action.DELIVER,
        {"permit-call-granted-tool"},
    ),
    # a tainted agent asking for a privileged tool it was never granted: denied, not held for approval
    ((A, "researcher"), "call_tool", (T, "deploy"), {"tainted": True}, False, Action.QUARANTINE, {"default-deny"}),
    (
        (A, "planner"),
        "send",
        (A, "coder"),
        {"max_severity": 70, "finding_kinds": ["injection"]},
        False,
        Action.QUARANTINE,
        {"quarantine-high-severity"},
    ),
    ((A, "planner"), "send", (A, "coder"), {"max_severity": 69}, True, Action.DELIVER, {"permit-send-to-peer"}),
    (
        (A, "planner"),
        "send",
        (A, "coder"),
        {"max_severity": 95, "approval": "released"},
        True,
        Action.DELIVER,
        {"permit-send-to-peer"},
    ),
    (
        (A, "planner"),
        "send",
        (A, "coder"),
        {"finding_kinds": ["detector_error"], "max_severity": 100},
        False,
        Action.QUARANTINE,
        {"quarantine-high-severity", "quarantine-detector-error"},
    ),
    (
        (A, "planner"),
        "send",
        (A, "coder"),
        {"labels": ["derived:quarantined"], "tainted": True},
        False,
        Action.QUARANTINE,
        {"quarantine-derived-from-quarantined"},
    ),
    ((A, "planner"), "send", (A, "coder"), {"hop": 9}, False, Action.REJECT, {"reject-hop-limit"}),
    ((A, "planner"), "send", (A, "coder"), {"hop": 8}, True, Action.DELIVER, {"permit-send-to-peer"}),
    # quarantine beats reject when both fire: the poison is kept and learned
    (
        (A, "planner"),
        "send",
        (A, "coder"),
        {"hop": 9, "max_severity": 90},
        False,
        Action.QUARANTINE,
        {"reject-hop-limit", "quarantine-high-severity"},
    ),
    (
        (T, "web_fetch"),
        "return_result",
        (A, "researcher"),
        {"kind": "tool_result"},
        True,
        Action.DELIVER,
        {"permit-tool-result"},
    ),
    # destination provenance: an untrusted-origin IBAN or wallet in a message is held, from any sender
    (
        (A, "planner"),
        "send",
        (A, "coder"),
        {"untrusted_destinations": _dest(payment=1)},
        False,
        Action.HOLD,
        {"hold-untrusted-payment-destination"},
    ),
    (
        (A, "planner"),
        "send",
        (A, "coder"),
        {"untrusted_destinations": _dest(payment=1), "approval": "approved"},
        True,
        Action.DELIVER,
        {"permit-send-to-peer"},
    ),
    # ... but an address or a host alone is not (summaries of e-mails and pages name them)
    (
        (A, "planner"),
        "send",
        (A, "coder"),
        {"untrusted_destinations": _dest(contact=1, host=2)},
        True,
        Action.DELIVER,
        {"permit-send-to-peer"},
    ),
    # a tool with side effects whose arguments name any untrusted-origin destination: held, tainted or not
    (
        (A, "coder"),
        "call_tool",
        (T, "deploy"),
        {"untrusted_destinations": _dest(host=1)},
        False,
        Action.HOLD,
        {"hold-untrusted-destination-call"},
    ),
    (
        (A, "coder"),
        "call_tool",
        (T, "deploy"),
        {"untrusted_destinations": _dest(contact=1), "tainted": True},
        False,
        Action.HOLD,
        {"hold-untrusted-destination-call", "hold-tainted-privileged-tool"},
    ),
    (
        (A, "coder"),
        "call_tool",
        (T, "deploy"),
        {"untrusted_destinations": _dest(payment=1), "approval": "approved"},
        True,
        Action.DELIVER,
        {"permit-call-granted-tool"},
    ),
    # a read-only tool is not held (looking the IBAN up is how it gets checked); an ungranted one is denied
    (
        (A, "coder"),
        "call_tool",
        (T, "run_tests"),
        {"untrusted_destinations": _dest(payment=1)},
        True,
        Action.DELIVER,
        {"permit-call-granted-tool"},
    ),
    (
        (A, "planner"),
        "call_tool",
        (T, "deploy"),
        {"untrusted_destinations": _dest(payment=1)},
        False,
        Action.QUARANTINE,
        {"default-deny"},
    ),
    # no destination named
    (
        (A, "coder"),
        "call_tool",
        (T, "deploy"),
        {"untrusted_destinations": _dest()},
        True,
        Action.DELIVER,
        {"permit-call-granted-tool"},
    ),
]


@pytest.fixture(scope="module")
def engine() -> PolicyEngine:
    return PolicyEngine.load(POLICIES, mesh())


@pytest.mark.parametrize(("principal", "action", "resource", "ctx", "allowed", "outcome", "ids"), CASES)
def test_default_policy_set(
    engine: PolicyEngine,
    principal: tuple[str, str],
    action: str,
    resource: tuple[str, str],
    ctx: dict[str, Any],
    allowed: bool,
    outcome: Action,
    ids: set[str],
) -> None:
    """Each request gets the decision, the resulting action and the deciding policy ids the table says."""
    decision = engine.decide(principal=principal, action=action, resource=resource, context={**NEUTRAL, **ctx})
    assert (decision.allowed, decision.action, set(decision.policy_ids)) == (allowed, outcome, ids)


def test_unknown_entity_is_denied(engine: PolicyEngine) -> None:
    """A principal or resource Cedar has no entity for can never be allowed."""
    decision = engine.decide(principal=(A, "ghost"), action="send", resource=(A, "coder"), context=NEUTRAL)
    assert not decision.allowed


def test_evaluation_error_denies(tmp_path: Path) -> None:
    """A forbid that errors at evaluation (Cedar skips it) must deny, not fall through to a permit."""
    d = _copy_policies(tmp_path)
    # an attribute of an entity that does not exist: valid against the schema, fails at runtime
    (d / "zz.cedar").write_text(
        '@id("forbid-on-missing-entity-attr")\n'
        'forbid (principal, action == Action::"send", resource)\n'
        'when { Agent::"nobody".trust > 0 };\n'
    )
    engine = PolicyEngine.load(d, mesh())
    decision = engine.decide(principal=(A, "planner"), action="send", resource=(A, "coder"), context=NEUTRAL)
    assert not decision.allowed
    assert "policy-evaluation-error" in decision.policy_ids
    assert decision.errors


def _copy_policies(tmp_path: Path) -> Path:
    d = tmp_path / "policies"
    shutil.copytree(POLICIES, d)
    return d


@pytest.mark.parametrize(
    ("filename", "text", "expected"),
    [
        ("bad.cedar", "permit (principal, action, resource) when { ;", "bad.cedar: does not parse"),
        ("noid.cedar", "permit (principal, action, resource);", "every policy needs a stable @id"),
        ("dup.cedar", '@id("permit-tool-result")\npermit (principal, action, resource);', "duplicate @id"),
        ("mode.cedar", '@id("x")\n@on_deny("explode")\nforbid (principal, action, resource);', "@on_deny must be"),
        (
            "permitmode.cedar",
            '@id("y")\n@on_deny("hold")\npermit (principal, action, resource);',
            "only makes sense on a forbid",
        ),
        (
            "typo.cedar",
            '@id("typo-policy")\nforbid (principal, action, resource) when { context.max_sev > 1 };',
            "policy 'typo-policy'",
        ),
    ],
)
def test_broken_policy_files_are_named(tmp_path: Path, filename: str, text: str, expected: str) -> None:
    """A broken policy file fails to load with a PolicyError naming the file or policy and the problem."""
    d = _copy_policies(tmp_path)
    (d / filename).write_text(text)
    with pytest.raises(PolicyError) as info:
        load_policy_set(d, mesh())
    assert expected in str(info.value)


def test_missing_schema_and_directory(tmp_path: Path) -> None:
    """No directory, no schema, or no policy files: each is a clear PolicyError."""
    with pytest.raises(PolicyError, match="does not exist"):
        load_policy_set(tmp_path / "nope", mesh())
    d = _copy_policies(tmp_path)
    (d / "schema.cedarschema").unlink()
    with pytest.raises(PolicyError, match="cannot read Cedar schema"):
        load_policy_set(d, mesh())
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "schema.cedarschema").write_text((POLICIES / "schema.cedarschema").read_text())
    with pytest.raises(PolicyError, match=r"no \*\.cedar policy files"):
        load_policy_set(empty, mesh())


def test_reload_swaps_and_keeps_old_on_error(tmp_path: Path) -> None:
    """A valid reload takes effect on the next decision; an invalid one raises and the old set keeps serving."""
    d = _copy_policies(tmp_path)
    engine = PolicyEngine.load(d, mesh())
    req = {"principal": (A, "planner"), "action": "send", "resource": (A, "coder"), "context": NEUTRAL}
    assert engine.decide(**req).allowed

    (d / "lockdown.cedar").write_text(
        '@id("forbid-planner")\n@on_deny("reject")\nforbid (principal == Agent::"planner", action, resource);\n'
    )
    engine.reload()
    decision = engine.decide(**req)
    assert (decision.allowed, decision.action, decision.policy_ids) == (False, Action.REJECT, ("forbid-planner",))

    (d / "lockdown.cedar").write_text("forbid (principal")  # broken
    with pytest.raises(PolicyError):
        engine.reload()
    assert engine.decide(**req).policy_ids == ("forbid-planner",)  # previous set still in force
