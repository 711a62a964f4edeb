"""A governed mesh for the governance tests: one profiled coder, tools that declare their arguments."""

from __future__ import annotations

from typing import Any

from agentmesh_guard.audit import MemoryAuditLog
from agentmesh_guard.config import MeshConfig, parse_mesh
from agentmesh_guard.effects import Enforcer
from agentmesh_guard.envelope import Message, ToolCall, new_id
from agentmesh_guard.governance.state import MemoryGovernanceStore
from agentmesh_guard.guard import Guard
from agentmesh_guard.quarantine import MemoryQuarantineStore
from tests.support import POLICIES, SCHEMAS

GOVERNED_YAML = f"""
name: governed
policies_dir: {POLICIES}
schemas_dir: {SCHEMAS}
agents:
  planner: {{team: core, trust: 90, can_send_to: ["*"]}}
  coder:
    team: core
    trust: 70
    tools: [read_file, write_file, shell, fetch, pip_install, npm_install, get_secret]
    can_send_to: [planner]
    profile:
      session_ttl: 3600
      filesystem:
        root: /work
        home: /home/coder
        read: ["/work/**"]
        write: ["/work/src/**", "/work/tests/**"]
        deny: [".env", "*.pem", "~/.ssh/**", "**/secrets/**"]
      commands:
        allow: [git, pytest, python, pip, ls, cat, grep]
        deny: [curl, wget, "rm -rf *", "git push *"]
      network:
        allow: [pypi.org, files.pythonhosted.org, "*.github.com", github.com]
        deny: ["*.ngrok.io"]
      secrets:
        access: [GITHUB_TOKEN_RO]
        deny: ["AWS_*"]
      packages:
        allow: [requests, pytest, numpy, "npm:lodash", internal-tools]
      rate_limits: {{window: session, messages: 3, tool_calls: 50, files_modified: 2, packages_installed: 2}}
      breaker: {{violations: 3, window_s: 600}}
tools:
  read_file:   {{arg_kinds: {{path: path}}}}
  write_file:  {{arg_kinds: {{path: write_path}}}}
  shell:       {{arg_kinds: {{cmd: command}}}}
  fetch:       {{untrusted_output: true, source: web, arg_kinds: {{url: url}}}}
  pip_install: {{arg_kinds: {{packages: package, requirements: requirements}}}}
  npm_install: {{ecosystem: npm, arg_kinds: {{name: package}}}}
  get_secret:  {{arg_kinds: {{name: secret}}}}
"""


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def governed_mesh(yaml_text: str = GOVERNED_YAML) -> MeshConfig:
    return parse_mesh(yaml_text)


def governed(
    clock: Clock | None = None, *, store: MemoryGovernanceStore | None = None, yaml_text: str = GOVERNED_YAML
) -> Enforcer:
    """An enforcer over the governed mesh, no text detectors (the supply-chain one is added by the mesh)."""
    guard = Guard.from_config(governed_mesh(yaml_text), detectors=[], governance_store=store)
    if clock is not None:
        guard.governance.clock = clock
    return Enforcer(guard, audit=MemoryAuditLog(), store=MemoryQuarantineStore())


def call(tool: str, conversation_id: str = "c1", sender: str = "coder", **arguments: Any) -> ToolCall:
    return ToolCall(id=new_id(), sender=sender, recipient=tool, conversation_id=conversation_id, arguments=arguments)


def say(
    content: str = "done", conversation_id: str = "c1", sender: str = "coder", recipient: str = "planner"
) -> Message:
    return Message(id=new_id(), sender=sender, recipient=recipient, conversation_id=conversation_id, content=content)
