"""Generate a nats-server config that makes the guard the only path between agents.

From the mesh config, every agent and tool service gets its own NATS user whose
permissions allow exactly its own subjects (see ``subjects``):

    agent X   publish mesh.out.X                 subscribe mesh.in.X, _INBOX.agent-X.>
    tool T    publish tool.T.out                 subscribe tool.T.in, _INBOX.tool-T.>
    guard     publish mesh.in.>, tool.*.in,      subscribe mesh.out.>, tool.*.out,
                      $JS.>, $KV.>, _INBOX.>               $JS.>, $KV.>, _INBOX.>
    admin     publish $JS.>, $KV.>, _INBOX.>     subscribe mesh.>, tool.>, $JS.>, $KV.>, _INBOX.>

Agents and tools may also answer requests delivered to them (``allow_responses``), which
is how they reply without any publish right on ``_INBOX.>``. Everything else is denied by
the server, so a hijacked agent cannot write into another agent's inbox, pose as another
agent, fake a tool result, or touch JetStream. All users live in one account (``AMG``)
with JetStream enabled.

    creds = generate_credentials(mesh)
    files = write_lockdown(mesh, Path("deploy/nats"), credentials=creds, store_dir=Path("/var/lib/nats"))
    # nats-server -c deploy/nats/nats-server.conf

Passwords are random (``secrets``) and, as nats-server needs them, in plain text in the
config; both files are written with mode 0600. bcrypt hashes or nkeys would need extra
dependencies.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import msgspec

from agentmesh_guard.config import MeshConfig
from agentmesh_guard.errors import ConfigError
from agentmesh_guard.transports import subjects

__all__ = [
    "ACCOUNT",
    "ADMIN_USER",
    "GUARD_USER",
    "Credentials",
    "LockdownFiles",
    "Role",
    "UserCredential",
    "generate_credentials",
    "read_credentials",
    "render_server_config",
    "write_credentials",
    "write_lockdown",
]

ACCOUNT = "AMG"
GUARD_USER = "guard"
ADMIN_USER = "admin"
CONFIG_FILE = "nats-server.conf"
CREDENTIALS_FILE = "credentials.json"

Role = Literal["agent", "tool", "guard", "admin"]

_PASSWORD_BYTES = 32  # 43 URL-safe characters, ~256 bits
_DENY_FOR_PARTICIPANTS = (
    subjects.AGENT_IN_ALL,
    subjects.TOOL_IN_ALL,
    subjects.JS_ALL,
    subjects.KV_ALL,
    subjects.GUARD_ALL,
)


class UserCredential(msgspec.Struct, frozen=True, kw_only=True):
    """How one participant connects: ``nats.connect(url, user=, password=, inbox_prefix=)``."""

    role: Role
    name: str
    """The agent or tool name, or ``guard`` / ``admin``."""
    user: str
    password: str
    inbox_prefix: str

    def __repr__(self) -> str:  # keep passwords out of logs and tracebacks
        return f"UserCredential(role={self.role!r}, name={self.name!r}, user={self.user!r}, password=***)"


class Credentials(msgspec.Struct, frozen=True, kw_only=True):
    """Every NATS user of one mesh. Serialise with ``to_json`` / ``from_json``."""

    mesh: str
    agents: dict[str, UserCredential]
    tools: dict[str, UserCredential]
    guard: UserCredential
    admin: UserCredential

    def agent(self, name: str) -> UserCredential:
        return self.agents[name]

    def tool(self, name: str) -> UserCredential:
        return self.tools[name]

    def all(self) -> list[UserCredential]:
        return [*self.agents.values(), *self.tools.values(), self.guard, self.admin]

    def to_json(self) -> bytes:
        return msgspec.json.format(msgspec.json.encode(self), indent=2)

    @classmethod
    def from_json(cls, data: bytes | str) -> Credentials:
        try:
            return msgspec.json.decode(data, type=cls)
        except msgspec.DecodeError as exc:
            raise ConfigError(f"invalid NATS credentials file: {exc}") from exc

    def __repr__(self) -> str:
        return f"Credentials(mesh={self.mesh!r}, agents={sorted(self.agents)}, tools={sorted(self.tools)})"


@dataclass(frozen=True, slots=True)
class LockdownFiles:
    config: Path
    credentials: Path


def agent_user(name: str) -> str:
    return f"agent-{name}"


def tool_user(name: str) -> str:
    return f"tool-{name}"


def generate_credentials(mesh: MeshConfig, *, previous: Credentials | None = None) -> Credentials:
    """A user and a fresh random password for every agent, tool, the guard and the admin.

    With ``previous``, users that already exist keep their password (adding an agent
    does not log everybody else out); users no longer in the mesh are dropped.
    """

    def make(role: Role, name: str, user: str, old: UserCredential | None) -> UserCredential:
        password = old.password if old is not None and old.user == user else secrets.token_urlsafe(_PASSWORD_BYTES)
        return UserCredential(
            role=role, name=name, user=user, password=password, inbox_prefix=subjects.inbox_prefix(user)
        )

    prev_agents = previous.agents if previous else {}
    prev_tools = previous.tools if previous else {}
    return Credentials(
        mesh=mesh.name,
        agents={n: make("agent", n, agent_user(n), prev_agents.get(n)) for n in mesh.agents},
        tools={n: make("tool", n, tool_user(n), prev_tools.get(n)) for n in mesh.tools},
        guard=make("guard", GUARD_USER, GUARD_USER, previous.guard if previous else None),
        admin=make("admin", ADMIN_USER, ADMIN_USER, previous.admin if previous else None),
    )


def permissions(cred: UserCredential) -> dict[str, object]:
    """The nats-server ``permissions`` block for one user (see the module docstring)."""
    match cred.role:
        case "agent":
            return _participant(subjects.agent_out(cred.name), subjects.agent_in(cred.name), cred)
        case "tool":
            return _participant(subjects.tool_out(cred.name), subjects.tool_in(cred.name), cred)
        case "guard":
            return {
                "publish": {
                    "allow": [
                        subjects.AGENT_IN_ALL,
                        subjects.TOOL_IN_ALL,
                        subjects.JS_ALL,
                        subjects.KV_ALL,
                        subjects.INBOX_ALL,
                        subjects.GUARD_ALL,
                    ]
                },
                "subscribe": {
                    "allow": [
                        subjects.GUARD_ALL,
                        subjects.AGENT_OUT_ALL,
                        subjects.TOOL_OUT_ALL,
                        subjects.JS_ALL,
                        subjects.KV_ALL,
                        subjects.INBOX_ALL,
                    ]
                },
            }
        case "admin":
            return {
                "publish": {"allow": [subjects.JS_ALL, subjects.KV_ALL, subjects.INBOX_ALL, subjects.CONTROL_ALL]},
                "subscribe": {"allow": ["mesh.>", "tool.>", subjects.JS_ALL, subjects.KV_ALL, subjects.INBOX_ALL]},
            }


def _participant(publish: str, subscribe: str, cred: UserCredential) -> dict[str, object]:
    return {
        "publish": {"allow": [publish], "deny": list(_DENY_FOR_PARTICIPANTS)},
        "subscribe": {"allow": [subscribe, f"{cred.inbox_prefix}.>"]},
        "allow_responses": True,
    }


def render_server_config(
    mesh: MeshConfig,
    *,
    port: int = 4222,
    store_dir: Path | str | None,
    credentials: Credentials,
    host: str = "127.0.0.1",
    extra: Iterable[str] = (),
) -> str:
    """The nats-server config text for ``mesh``: listen address, JetStream, users.

    ``port=-1`` lets the server pick a free port. ``store_dir=None`` leaves the JetStream
    store dir to the command line (``nats-server -sd DIR``; the server refuses both).
    ``extra`` lines are appended verbatim
    (cluster blocks, monitoring, TLS). Raises ``ConfigError`` if ``credentials`` do not
    cover exactly the agents and tools of ``mesh``.
    """
    _check_covers(mesh, credentials)
    users = "\n".join(f"      {_user_entry(c)}" for c in credentials.all())
    lines = [
        f"# nats-server config for mesh {mesh.name!r}, generated by agentmesh-guard.",
        "# Do not edit by hand: regenerate from the mesh config (docs/nats.md).",
        "# Contains passwords: keep it mode 0600.",
        f"host: {_q(host)}",
        f"port: {int(port)}",
        "jetstream {",
        *([f"  store_dir: {_q(str(store_dir))}"] if store_dir is not None else []),
        "}",
        "accounts {",
        f"  {ACCOUNT} {{",
        "    jetstream: enabled",
        "    users: [",
        users,
        "    ]",
        "  }",
        "}",
        *extra,
    ]
    return "\n".join(lines) + "\n"


def write_credentials(credentials: Credentials, path: Path) -> Path:
    """Write the credentials as JSON, mode 0600."""
    _write_private(path, credentials.to_json() + b"\n")
    return path


def read_credentials(path: Path) -> Credentials:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read NATS credentials: {exc.strerror or exc}") from exc
    return Credentials.from_json(data)


def write_lockdown(
    mesh: MeshConfig,
    directory: Path,
    *,
    store_dir: Path | str | None,
    credentials: Credentials | None = None,
    port: int = 4222,
    host: str = "127.0.0.1",
) -> LockdownFiles:
    """Write ``nats-server.conf`` and ``credentials.json`` (both mode 0600) into ``directory``.

    Without ``credentials``, existing ones in ``directory`` are reused (passwords kept
    for users still in the mesh) and new users get new passwords.
    """
    directory.mkdir(parents=True, exist_ok=True)
    creds_path = directory / CREDENTIALS_FILE
    if credentials is None:
        previous = read_credentials(creds_path) if creds_path.exists() else None
        credentials = generate_credentials(mesh, previous=previous)
    config_path = directory / CONFIG_FILE
    text = render_server_config(mesh, port=port, host=host, store_dir=store_dir, credentials=credentials)
    _write_private(config_path, text.encode("utf-8"))
    write_credentials(credentials, creds_path)
    return LockdownFiles(config=config_path, credentials=creds_path)


def _check_covers(mesh: MeshConfig, credentials: Credentials) -> None:
    problems = []
    for kind, wanted, have in (
        ("agent", mesh.agents, credentials.agents),
        ("tool", mesh.tools, credentials.tools),
    ):
        if missing := sorted(set(wanted) - set(have)):
            problems.append(f"no credentials for {kind}(s) {missing}")
        if extra := sorted(set(have) - set(wanted)):
            problems.append(f"credentials for {kind}(s) not in the mesh: {extra}")
    if problems:
        raise ConfigError("credentials do not match the mesh: " + "; ".join(problems))


def _user_entry(cred: UserCredential) -> str:
    entry: Mapping[str, object] = {
        "user": cred.user,
        "password": cred.password,
        "permissions": permissions(cred),
    }
    # JSON is valid nats-server config syntax; quoted strings are never variable-expanded.
    return json.dumps(entry)


def _q(value: str) -> str:
    return json.dumps(value)


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as file:
        os.fchmod(fd, 0o600)  # the file may have existed with wider permissions
        file.write(data)
