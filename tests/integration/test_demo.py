"""The demo, as a user runs it: the attack is contained, benign work completes, nothing is lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from agentmesh_guard.cli import main

pytestmark = pytest.mark.nats


def test_demo_contains_the_attack(tmp_path: Path) -> None:
    """`agentmesh-guard demo --json`: lost 0, attack_reached_target false, benign work done, every outcome seen."""
    result = CliRunner().invoke(
        main, ["demo", "--json", "--state-dir", str(tmp_path / "state")], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert summary["lost"] == 0
    assert summary["attack_reached_target"] is False
    assert summary["harmful_tool_calls"] == 0
    assert summary["benign_work_completed"] is True
    assert summary["quarantined"] >= 2 and summary["held"] == 1 and summary["rejected"] == 1
    assert summary["delivered"] >= 7
    state = tmp_path / "state"
    assert len(list((state / "quarantine").glob("*.json"))) == 4
    verify = CliRunner().invoke(main, ["audit", "verify", str(state / "audit.jsonl")])
    assert verify.exit_code == 0 and "chain intact" in verify.output
    trace = CliRunner().invoke(main, ["trace", "show", str(state / "traces.otlp.json")])
    assert trace.exit_code == 0
    assert "quarantine" in trace.output and "conversation" in trace.output
