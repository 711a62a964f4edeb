"""The LangChain team example runs offline and contains the poisoned page, by content."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
from types import ModuleType

import pytest

from tests.support import ROOT

RUN = ROOT / "examples" / "langchain_team" / "run.py"


@pytest.fixture(scope="module")
def example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("langchain_team_run", RUN)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_poisoned_page_is_quarantined_and_never_reaches_a_model(example: ModuleType) -> None:
    """The blog post's hidden instruction is quarantined; no model prompt contains it; the docs page got through."""
    report = asyncio.run(example.run_team())
    assert report.poison_reached_a_model is False
    [quarantined] = report.quarantined
    assert (quarantined["from"], quarantined["to"], quarantined["kind"]) == ("web_fetch", "researcher", "tool_result")
    researcher = report.tool_messages["researcher"]
    assert "Deploy checklist" in researcher[0]["content"]
    assert researcher[1]["status"] == "error"
    assert "quarantined the result of 'web_fetch'" in researcher[1]["content"]
    assert quarantined["record"] in researcher[1]["content"]
    everything_models_read = json.dumps(report.tool_messages)
    assert "ignore previous instructions" not in everything_models_read.lower()
    assert ".env" not in everything_models_read


def test_tainted_coder_deploy_is_held_and_benign_work_completes(example: ModuleType) -> None:
    """Tests run; the coder, tainted by web content via the researcher, does not deploy without approval."""
    report = asyncio.run(example.run_team())
    assert "run_tests" in report.tools_run
    assert not any(t.startswith("deploy") for t in report.tools_run)
    assert not any(t.startswith("send_email") for t in report.tools_run)
    [held] = report.held
    assert (held["from"], held["to"], held["policies"]) == ("coder", "deploy", ["hold-tainted-privileged-tool"])
    coder = {m["tool"]: m for m in report.tool_messages["coder"]}
    assert coder["run_tests"]["content"] == "128 passed in 4.2s"
    assert "held for approval" in coder["deploy"]["content"]
    researcher_to_coder = [m for m in report.mesh_messages if (m["from"], m["to"]) == ("researcher", "coder")]
    assert researcher_to_coder == [
        {"from": "researcher", "to": "coder", "action": "deliver", "labels": ["tool:web_fetch", "untrusted:web"]}
    ]


def test_approved_deploy_runs_exactly_once(example: ModuleType) -> None:
    """With --approve, the operator's approval lets the held staging deploy run once."""
    report = asyncio.run(example.run_team(approve=True))
    assert [t for t in report.tools_run if t.startswith("deploy")] == ["deploy api staging"]
    assert report.held[0]["status"] == "approved"
    assert report.poison_reached_a_model is False


def test_main_prints_an_account_and_exits_zero(example: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    """The script's main prints a readable account (and JSON with --json) and exits 0."""
    assert example.main([]) == 0
    text = capsys.readouterr().out
    assert "never reached any model" in text
    assert "hold-tainted-privileged-tool" in text
    assert example.main(["--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["poison_reached_a_model"] is False
    assert summary["tools_run"][-1] == "run_tests"
