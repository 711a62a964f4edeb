"""Typosquat detection against the popular list and a profile's allow list."""

from __future__ import annotations

import pytest

from agentmesh_guard.detectors import StaticScanContext
from agentmesh_guard.governance.supplychain import SupplyChainDetector, damerau_levenshtein, load_popular, typosquat_of
from tests.governance.governed import call, governed, governed_mesh

POPULAR = load_popular()

# (ecosystem, name) -> (looks like, minimum severity) or None for a clean name
NAMES = [
    ("pypi", "requests", None),
    ("pypi", "reqeusts", ("requests", 80)),
    ("pypi", "requestss", ("requests", 80)),
    ("pypi", "reque5ts", ("requests", 85)),
    ("pypi", "rеquests", ("requests", 90)),  # Cyrillic е
    ("pypi", "dateutil-python", ("python-dateutil", 80)),
    ("pypi", "pythondateutil", ("python-dateutil", 80)),
    ("pypi", "python-dateutil", None),
    ("pypi", "djnago", ("django", 80)),
    ("pypi", "beautifulsop4", ("beautifulsoup4", 75)),
    ("pypi", "numpy", None),
    ("pypi", "my-private-lib", None),
    ("pypi", "six", None),
    ("npm", "lodahs", ("lodash", 80)),
    ("npm", "expresss", ("express", 80)),
    ("npm", "react_dom", ("react-dom", 80)),
    ("npm", "react-dom", None),
]


@pytest.mark.parametrize(("eco", "name", "expected"), NAMES, ids=[n[1] for n in NAMES])
def test_typosquat_table(eco: str, name: str, expected: tuple[str, int] | None) -> None:
    """Near misses of popular names are flagged with severity >= 70; the names themselves are not."""
    hit = typosquat_of(name, POPULAR[eco])
    if expected is None:
        assert hit is None
    else:
        assert hit is not None and hit.looks_like == expected[0] and hit.severity >= expected[1] >= 70


def test_near_miss_of_an_allowed_name_is_flagged() -> None:
    """A name on the caller's allow list is a target too: `internal-tool` vs allowed `internal-tools`."""
    detector = SupplyChainDetector(governed_mesh())
    envelope = call("pip_install", packages=["internal-tool", "internal-tools"])
    findings = detector.scan("", envelope, StaticScanContext())
    assert [(f.kind, f.excerpt) for f in findings] == [("typosquat", "internal-tool")]
    assert findings[0].severity >= 70


def test_typosquat_in_a_shell_install_is_quarantined_and_a_fact() -> None:
    """`pip install reqeusts` through the shell tool: a typosquat finding quarantines it; the real name passes."""
    enforcer = governed()
    bad = enforcer.guard.check(call("shell", "t1", cmd="pip install reqeusts"))
    assert bad.action.value == "quarantine" and "quarantine-high-severity" in bad.policy_ids
    assert [f.excerpt for f in bad.findings if f.kind == "typosquat"] == ["reqeusts"]
    good = enforcer.guard.check(call("shell", "t2", cmd="pip install requests"))
    assert good.delivered, good.summary()


def test_detector_is_included_only_when_a_tool_installs_or_runs_commands() -> None:
    """The guard adds the supply-chain detector for meshes with command/package arguments."""
    assert any(d.name == "supplychain" for d in governed().guard.detectors)
    from tests.support import make_guard

    assert not any(getattr(d, "name", "") == "supplychain" for d in make_guard().detectors)


@pytest.mark.parametrize(("a", "b", "d"), [("abcd", "abdc", 1), ("abc", "abc", 0), ("kitten", "sitting", 3)])
def test_damerau_levenshtein(a: str, b: str, d: int) -> None:
    """Adjacent swaps cost one; distances over the limit are reported as limit + 1."""
    assert damerau_levenshtein(a, b, limit=2) == min(d, 3)
