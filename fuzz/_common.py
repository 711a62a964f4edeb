"""Shared set-up for the atheris harnesses: a test mesh pointing at the repo's policies/schemas.

Not collected by pytest (this directory is outside ``tests/``). See docs/reliability.md for how
to run the harnesses and what they found.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MESH_YAML = f"""
name: fuzz-mesh
policies_dir: {ROOT / "policies"}
schemas_dir: {ROOT / "schemas"}
agents:
  planner:    {{team: core, trust: 90, can_send_to: ["*"]}}
  researcher: {{team: core, trust: 60, tools: [web_fetch, read_inbox], can_send_to: [planner, coder]}}
  coder:
    team: core
    trust: 70
    tools: [run_tests, deploy, shell, read_file]
    can_send_to: [planner]
    profile:
      filesystem: {{root: /work, read: ["/work/**"], deny: [".env", "*.pem"]}}
      commands: {{allow: [git, pytest, python, pip], deny: [curl]}}
      rate_limits: {{window: session, messages: 1000000, tool_calls: 1000000}}
      breaker: {{violations: 10000, window_s: 600}}
tools:
  web_fetch:  {{untrusted_output: true, source: web, args_schema: tools/web_fetch.json}}
  read_inbox: {{untrusted_output: true, source: email}}
  run_tests:  {{}}
  deploy:     {{privileged: true, side_effects: true, args_schema: tools/deploy.json}}
  shell:      {{arg_kinds: {{cmd: command}}}}
  read_file:  {{arg_kinds: {{path: path}}}}
payload_types:
  task.v1: payloads/task.v1.json
limits:
  max_message_bytes: 65536
  max_hops: 8
"""

SEEDS = sorted((ROOT / "examples" / "envelopes").glob("*.json"))
