"""docs/governance.md stays true: its example config compiles to exactly the Cedar it shows."""

from __future__ import annotations

import re

from agentmesh_guard.config import parse_mesh
from agentmesh_guard.governance.compile import compile_profiles, render
from agentmesh_guard.policy import load_policy_set
from tests.support import POLICIES, ROOT


def test_governance_doc_example_compiles_to_the_cedar_shown() -> None:
    """The YAML block compiles to the Cedar block, byte for byte, and validates with the default set."""
    text = (ROOT / "docs" / "governance.md").read_text(encoding="utf-8")
    yaml_block = re.search(r"```yaml\n(.*?)```", text, re.S)
    cedar_block = re.search(r"```cedar\n(.*?)```", text, re.S)
    assert yaml_block is not None and cedar_block is not None
    mesh = parse_mesh(yaml_block.group(1))
    assert render(compile_profiles(mesh)) == cedar_block.group(1)
    info = load_policy_set(POLICIES, mesh)
    assert "profile-coder-breaker-inbound" in info.policy_ids
