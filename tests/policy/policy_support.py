"""Shared by the policy tests: a neutral send request and an engine over a copy of the default set."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from agentmesh_guard.cli.core import neutral_context_for
from agentmesh_guard.policy import PolicyEngine
from tests.support import POLICIES, mesh

A = "Agent"
BASE: dict[str, Any] = {**neutral_context_for("send"), "hop_limit": 8}
"""A context no default policy denies."""
SEND: dict[str, Any] = {"principal": (A, "planner"), "action": "send", "resource": (A, "coder")}


def engine_over_defaults(tmp_path: Path, extra: str = "") -> tuple[PolicyEngine, Path]:
    """An engine over a copy of the default policies (plus ``extra`` as ``extra.cedar``), and the copy's path."""
    d = tmp_path / "policies"
    shutil.copytree(POLICIES, d)
    if extra:
        (d / "extra.cedar").write_text(extra)
    return PolicyEngine.load(d, mesh()), d
