"""Every NATS subject, stream and bucket name the project uses, in one place.

    mesh.out.<agent>     agent -> guard      (only <agent> may publish; only the guard subscribes)
    mesh.in.<agent>      guard -> agent      (only the guard may publish; only <agent> subscribes)
    tool.<tool>.in       guard -> tool       (only the guard may publish; only <tool> subscribes)
    tool.<tool>.out      tool  -> guard      (only <tool> may publish; only the guard subscribes)
    _INBOX.<user>.>      reply inbox of one NATS user (connect with ``inbox_prefix``)

Agent and tool names are single subject tokens (the mesh config forbids dots), so the
sender of a message is the last token of the subject the server authorized it on:
``sender_of("mesh.out.researcher") == "researcher"``.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "AGENT_IN_ALL",
    "AGENT_OUT_ALL",
    "AUDIT_PREFIX",
    "CONTROL_ALL",
    "CONTROL_PREFIX",
    "GUARD_ALL",
    "INBOX_ALL",
    "INBOX_ROOT",
    "JS_ALL",
    "KV_ALL",
    "KV_APPROVALS",
    "KV_EXPOSURE",
    "KV_GOVERNANCE",
    "KV_GRANTS",
    "KV_IMMUNE_MEMORY",
    "KV_QUARANTINE",
    "STREAM_AUDIT",
    "STREAM_DEAD_LETTER",
    "STREAM_MESH_IN",
    "STREAM_MESH_OUT",
    "STREAM_QUARANTINE",
    "STREAM_TOOL_OUT",
    "TOOL_IN_ALL",
    "TOOL_OUT_ALL",
    "agent_in",
    "agent_out",
    "inbox_prefix",
    "sender_of",
    "tool_in",
    "tool_of_result",
    "tool_out",
]

AGENT_OUT_ALL: Final = "mesh.out.>"
AGENT_IN_ALL: Final = "mesh.in.>"
TOOL_IN_ALL: Final = "tool.*.in"
TOOL_OUT_ALL: Final = "tool.*.out"
INBOX_ROOT: Final = "_INBOX"
INBOX_ALL: Final = "_INBOX.>"
JS_ALL: Final = "$JS.>"
"""JetStream API, acks and flow control."""
KV_ALL: Final = "$KV.>"

GUARD_ALL: Final = "amg.>"
"""The guard's own subjects: audit chains and the control service."""
AUDIT_PREFIX: Final = "amg.audit"
"""``amg.audit.<guard>``: one hash chain per guard process, captured by ``AMG_AUDIT``."""
CONTROL_PREFIX: Final = "amg.ctl"
"""``amg.ctl.<verb>``: operator requests (list, show, release, ...) served by the guards."""
CONTROL_ALL: Final = "amg.ctl.>"

# JetStream streams (owned by the guard).
STREAM_MESH_OUT: Final = "AMG_MESH_OUT"
"""Captures ``mesh.out.>``: the guard's durable work queue (nothing is lost on a crash)."""
STREAM_TOOL_OUT: Final = "AMG_TOOL_OUT"
"""Captures ``tool.*.out``: tool results waiting for the guard."""
STREAM_QUARANTINE: Final = "AMG_QUARANTINE"
STREAM_AUDIT: Final = "AMG_AUDIT"
STREAM_DEAD_LETTER: Final = "AMG_DEAD_LETTER"
STREAM_MESH_IN: Final = "AMG_MESH_IN"
"""Captures ``mesh.in.>`` and ``tool.*.in``: what the guard delivered (de-duplicated by message id)."""

# JetStream key-value buckets (owned by the guard).
KV_IMMUNE_MEMORY: Final = "amg_immune"
KV_APPROVALS: Final = "amg_approvals"
KV_EXPOSURE: Final = "amg_exposure"
KV_QUARANTINE: Final = "amg_quarantine"
KV_GRANTS: Final = "amg_grants"
KV_GOVERNANCE: Final = "amg_governance"

_TOKEN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")


def _token(name: str) -> str:
    if not _TOKEN.fullmatch(name):
        raise ValueError(f"{name!r} is not a valid agent/tool name (letters, digits, '_', '-'; no dots)")
    return name


def agent_out(name: str) -> str:
    """Where agent ``name`` publishes (to the guard)."""
    return f"mesh.out.{_token(name)}"


def agent_in(name: str) -> str:
    """Where the guard delivers to agent ``name``."""
    return f"mesh.in.{_token(name)}"


def tool_in(name: str) -> str:
    """Where the guard sends calls to tool service ``name``."""
    return f"tool.{_token(name)}.in"


def tool_out(name: str) -> str:
    """Where tool service ``name`` publishes its results (to the guard)."""
    return f"tool.{_token(name)}.out"


def inbox_prefix(user: str) -> str:
    """The reply-inbox prefix for NATS user ``user``; pass it as nats-py's ``inbox_prefix``.

    The lockdown lets each user subscribe only under its own prefix, so no agent can read
    replies meant for another (or the guard's JetStream API replies).
    """
    return f"{INBOX_ROOT}.{_token(user)}"


def sender_of(subject: str) -> str | None:
    """The agent that published on ``subject`` (``mesh.out.<agent>``), else ``None``."""
    parts = subject.split(".")
    if len(parts) == 3 and parts[0] == "mesh" and parts[1] == "out" and _TOKEN.fullmatch(parts[2]):
        return parts[2]
    return None


def tool_of_result(subject: str) -> str | None:
    """The tool that published on ``subject`` (``tool.<tool>.out``), else ``None``."""
    parts = subject.split(".")
    if len(parts) == 3 and parts[0] == "tool" and parts[2] == "out" and _TOKEN.fullmatch(parts[1]):
        return parts[1]
    return None
