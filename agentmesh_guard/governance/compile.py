"""Agent profiles compiled to Cedar: one policy per rule, each with a stable ``@id``.

``compile_profiles(mesh)`` is deterministic (agents sorted by name, rules in a fixed
order, patterns as written), so ``agentmesh-guard policy compile`` output can be
reviewed and diffed. The engine adds these policies to the one ``PolicySet`` at load
(and on reload) and validates them against the schema with the hand-written ones.

| profile key | @id | denies when | on deny |
|---|---|---|---|
| filesystem.deny | profile-<a>-fs-deny | context.profile.fs_denied non-empty | quarantine (unless released) |
| filesystem.read | profile-<a>-fs-read | context.profile.fs_read_unlisted non-empty | hold (unless approved) |
| filesystem.write | profile-<a>-fs-write | context.profile.fs_write_unlisted non-empty | hold |
| commands.deny / .allow | profile-<a>-cmd-deny / -cmd-allow | cmd_denied / cmd_unlisted | quarantine / hold |
| network.deny / .allow | profile-<a>-net-deny / -net-allow | net_denied / net_unlisted | quarantine / hold |
| secrets.deny / .access | profile-<a>-secrets-deny / -secrets-access | secret_denied / _unlisted | quarantine / hold |
| packages.allow | profile-<a>-pkg-allow | pkg_unlisted | hold |
| session_ttl | profile-<a>-session-ttl | context.session_age_s > ttl | reject |
| rate_limits.<x> | profile-<a>-rate-<x> | context.usage.<x> > limit | reject |
| breaker | profile-<a>-breaker, -breaker-inbound | context.isolated contains the agent | hold (unless approved) |
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from agentmesh_guard.config import MeshConfig
from agentmesh_guard.governance.profile import AgentProfile

__all__ = ["GeneratedPolicy", "compile_profiles", "render"]

HEADER: Final = """\
// Generated from the agent profiles in the mesh config by agentmesh-guard; do not edit.
// Facts come from tool arguments (tools.<name>.arg_kinds) and are matched against each
// profile's globs in Python; context.profile holds what broke a rule (see docs/governance.md).
"""

_CALL: Final = 'action == Action::"call_tool"'
_SEND: Final = 'action == Action::"send"'
_RELEASED: Final = 'context.approval == "released"'
_APPROVED: Final = 'context.approval == "approved"'

# (suffix, section, list, finding key, on_deny, lifted unless)
_SET_RULES: Final = (
    ("fs-deny", "filesystem", "deny", "fs_denied", "quarantine", _RELEASED),
    ("fs-read", "filesystem", "read", "fs_read_unlisted", "hold", _APPROVED),
    ("fs-write", "filesystem", "write", "fs_write_unlisted", "hold", _APPROVED),
    ("cmd-deny", "commands", "deny", "cmd_denied", "quarantine", _RELEASED),
    ("cmd-allow", "commands", "allow", "cmd_unlisted", "hold", _APPROVED),
    ("net-deny", "network", "deny", "net_denied", "quarantine", _RELEASED),
    ("net-allow", "network", "allow", "net_unlisted", "hold", _APPROVED),
    ("secrets-deny", "secrets", "deny", "secret_denied", "quarantine", _RELEASED),
    ("secrets-access", "secrets", "access", "secret_unlisted", "hold", _APPROVED),
    ("pkg-allow", "packages", "allow", "pkg_unlisted", "hold", _APPROVED),
)
_RATES: Final = (
    ("messages", _SEND),
    ("tool_calls", _CALL),
    ("files_modified", _CALL),
    ("packages_installed", _CALL),
)


@dataclass(frozen=True, slots=True)
class GeneratedPolicy:
    id: str
    agent: str
    key: str
    """The profile key it comes from, e.g. ``filesystem.deny``."""
    text: str


def compile_profiles(mesh: MeshConfig) -> list[GeneratedPolicy]:
    out: list[GeneratedPolicy] = []
    for agent in sorted(mesh.agents):
        profile = mesh.agents[agent].profile
        if profile is not None:
            out.extend(compile_profile(agent, profile))
    return out


def compile_profile(agent: str, profile: AgentProfile) -> list[GeneratedPolicy]:
    """The policies for one agent's profile (agent names are subject tokens: safe in Cedar strings)."""
    who = f'principal == Agent::"{agent}"'
    out: list[GeneratedPolicy] = []

    def add(suffix: str, key: str, comment: str, on_deny: str, scope: str, when: str, unless: str = "") -> None:
        pid = f"profile-{agent}-{suffix}"
        lines = [f"// {key}: {comment}", f'@id("{pid}")', f'@on_deny("{on_deny}")', f"forbid ({scope})"]
        lines.append(f"when {{ {when} }}" + ("" if unless else ";"))
        if unless:
            lines.append(f"unless {{ {unless} }};")
        out.append(GeneratedPolicy(pid, agent, key, "\n".join(lines)))

    for suffix, section, field, finding, on_deny, unless in _SET_RULES:
        rules = getattr(profile, section)
        values: Sequence[str] | None = getattr(rules, field) if rules is not None else None
        if values is None or (field == "deny" and not values):
            continue
        comment = ", ".join(json.dumps(v) for v in values) if values else "(empty: nothing allowed)"
        add(
            suffix,
            f"{section}.{field}",
            comment,
            on_deny,
            f"{who}, {_CALL}, resource",
            f"!context.profile.{finding}.isEmpty()",
            unless,
        )
    if profile.session_ttl is not None:
        add(
            "session-ttl",
            "session_ttl",
            f"{profile.session_ttl} s from the agent's first message in a conversation",
            "reject",
            f"{who}, action, resource",
            f"context.session_age_s > {profile.session_ttl}",
        )
    limits = profile.rate_limits
    if limits is not None:
        per = "per conversation" if limits.window == "session" else f"per {limits.window} s window"
        for name, action in _RATES:
            limit = getattr(limits, name)
            if limit is not None:
                add(
                    f"rate-{name.replace('_', '-')}",
                    f"rate_limits.{name}",
                    f"at most {limit} {per}",
                    "reject",
                    f"{who}, {action}, resource",
                    f"context.usage.{name} > {limit}",
                )
    breaker = profile.breaker
    if breaker is not None:
        comment = f"isolated after {breaker.violations} denied verdicts within {breaker.window_s} s, until reset"
        isolated = f'context.isolated.contains("{agent}")'
        add("breaker", "breaker", comment, "hold", f"{who}, action, resource", isolated, _APPROVED)
        add(
            "breaker-inbound",
            "breaker",
            "what is sent to an isolated agent waits too",
            "hold",
            f'principal, action, resource == Agent::"{agent}"',
            isolated,
            _APPROVED,
        )
    return out


def render(policies: Sequence[GeneratedPolicy]) -> str:
    """The generated policies as one Cedar document (what ``policy compile`` prints)."""
    if not policies:
        return HEADER + "// (no agent has a profile)\n"
    blocks: list[str] = [HEADER]
    agent = ""
    for policy in policies:
        if policy.agent != agent:
            agent = policy.agent
            blocks.append(f"// ---- agent {agent} ----")
        blocks.append(policy.text + "\n")
    return "\n".join(blocks)
