"""Shared helpers for the test suite: a small mesh, envelope factories, a keyword detector."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from agentmesh_guard.audit import MemoryAuditLog
from agentmesh_guard.config import MeshConfig, parse_mesh
from agentmesh_guard.effects import Enforcer
from agentmesh_guard.envelope import Envelope, Message, ToolCall, ToolResult, new_id
from agentmesh_guard.guard import Guard
from agentmesh_guard.quarantine import MemoryQuarantineStore
from agentmesh_guard.types import Detector, ScanContext
from agentmesh_guard.verdict import Finding

ROOT = Path(__file__).resolve().parent.parent
POLICIES = ROOT / "policies"
SCHEMAS = ROOT / "schemas"
TEAM_MESH = ROOT / "examples" / "team" / "mesh.yaml"

MESH_YAML = f"""
name: test-mesh
policies_dir: {POLICIES}
schemas_dir: {SCHEMAS}
agents:
  planner:    {{team: core, trust: 90, can_send_to: ["*"]}}
  researcher: {{team: core, trust: 60, tools: [web_fetch, read_inbox], can_send_to: [planner, coder]}}
  coder:      {{team: core, trust: 70, tools: [run_tests, deploy], can_send_to: [planner]}}
  outsider:   {{team: other, trust: 10, can_send_to: []}}
tools:
  web_fetch:  {{untrusted_output: true, source: web, args_schema: tools/web_fetch.json}}
  read_inbox: {{untrusted_output: true, source: email}}
  run_tests:  {{}}
  deploy:     {{privileged: true, side_effects: true, args_schema: tools/deploy.json}}
payload_types:
  task.v1: payloads/task.v1.json
limits:
  max_message_bytes: 65536
  max_hops: 8
"""


def mesh(**overrides: Any) -> MeshConfig:
    base = parse_mesh(MESH_YAML)
    return base.model_copy(update=overrides) if overrides else base


class KeywordDetector:
    """Flags a fixed phrase: a transparent stand-in for the real detectors in pipeline tests."""

    name = "keyword"

    def __init__(self, phrase: str = "ignore previous instructions", severity: int = 90) -> None:
        self.phrase = phrase
        self.severity = severity

    def scan(self, text: str, envelope: Envelope, context: ScanContext) -> Sequence[Finding]:
        i = text.lower().find(self.phrase)
        if i < 0:
            return []
        return [
            Finding(kind="injection", severity=self.severity, detector=self.name, start=i, end=i + len(self.phrase))
        ]


def make_guard(detectors: Sequence[Detector] | None = None, **mesh_overrides: Any) -> Guard:
    return Guard.from_config(mesh(**mesh_overrides), detectors=[KeywordDetector()] if detectors is None else detectors)


def make_enforcer(guard: Guard | None = None) -> Enforcer:
    return Enforcer(guard or make_guard(), audit=MemoryAuditLog(), store=MemoryQuarantineStore())


def msg(sender: str = "planner", recipient: str = "coder", content: str = "please run the tests", **kw: Any) -> Message:
    kw.setdefault("conversation_id", "conv-1")
    return Message(id=kw.pop("id", new_id()), sender=sender, recipient=recipient, content=content, **kw)


def call(
    sender: str = "coder", tool: str = "run_tests", arguments: dict[str, Any] | None = None, **kw: Any
) -> ToolCall:
    kw.setdefault("conversation_id", "conv-1")
    return ToolCall(id=kw.pop("id", new_id()), sender=sender, recipient=tool, arguments=arguments or {}, **kw)


def result(tool: str = "web_fetch", recipient: str = "researcher", value: Any = "page text", **kw: Any) -> ToolResult:
    kw.setdefault("conversation_id", "conv-1")
    kw.setdefault("call_id", "call-1")
    return ToolResult(id=kw.pop("id", new_id()), sender=tool, recipient=recipient, result=value, **kw)
