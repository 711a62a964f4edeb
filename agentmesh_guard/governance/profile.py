"""Agent profiles: the least-privilege shape an agent runs under (part of the mesh config).

    profile:
      session_ttl: 3600
      filesystem: {root: /work, read: ["/work/**"], write: ["/work/src/**"], deny: [".env", "~/.ssh/**"]}
      commands:   {allow: [git, pytest], deny: [curl, "rm -rf *"]}
      network:    {allow: [pypi.org, "*.github.com"], deny: ["*.ngrok.io"]}
      secrets:    {access: [GITHUB_TOKEN_RO], deny: ["AWS_*"]}
      packages:   {allow: [requests, "npm:lodash"]}
      rate_limits: {window: session, messages: 200, tool_calls: 50, files_modified: 20, packages_installed: 3}
      breaker:    {violations: 5, window_s: 600}

An allow list that is absent restricts nothing; an empty one allows nothing. Patterns
are checked here, at load, so a profile that would not compile is a config error
naming the agent and the key. ``compile.py`` turns a profile into Cedar policies.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from agentmesh_guard.governance import globs

__all__ = [
    "ARG_KINDS",
    "AgentProfile",
    "ArgKind",
    "BreakerRule",
    "CommandRules",
    "FilesystemRules",
    "NetworkRules",
    "PackageRules",
    "RateLimits",
    "SecretRules",
]

ArgKind = Literal["path", "write_path", "command", "url", "package", "requirements", "secret"]
"""What a tool argument holds: a file it reads (``path``) or writes (``write_path``), a shell
command line, a URL, package names, requirements-file text, a secret's name."""

ARG_KINDS: tuple[str, ...] = ("path", "write_path", "command", "url", "package", "requirements", "secret")

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
Pattern = Annotated[str, Field(min_length=1, max_length=256)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_patterns(values: tuple[str, ...] | None, check: type[globs.PatternCheck]) -> tuple[str, ...] | None:
    if values is None:
        return None
    for i, value in enumerate(values):
        if _CONTROL.search(value):
            raise ValueError(f"[{i}] {value!r}: control characters are not allowed")
        problem = check.problem(value)
        if problem:
            raise ValueError(f"[{i}] {value!r}: {problem}")
    return values


class FilesystemRules(_Model):
    root: str | None = None
    """Relative paths in tool arguments resolve against this directory; left relative if unset."""
    home: str | None = None
    """What ``~`` and ``$HOME`` stand for, in arguments and patterns; left as ``~`` if unset."""
    read: tuple[Pattern, ...] | None = None
    """Globs a ``path`` argument must match (``**`` spans directories)."""
    write: tuple[Pattern, ...] | None = None
    """Globs a ``write_path`` argument must match."""
    deny: tuple[Pattern, ...] = ()
    """Globs no path may match, read or written, nor any path-like word in a command line.
    A pattern without ``/`` matches any one path segment (``.env``, ``*.pem``, ``.ssh``)."""

    @field_validator("read", "write")
    @classmethod
    def _globs(cls, v: tuple[str, ...] | None) -> tuple[str, ...] | None:
        return _check_patterns(v, globs.PathPattern)

    @field_validator("deny")
    @classmethod
    def _deny_globs(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return _check_patterns(v, globs.PathPattern) or ()

    @field_validator("root", "home")
    @classmethod
    def _absolute(cls, v: str | None) -> str | None:
        if v is not None and not v.startswith("/"):
            raise ValueError(f"{v!r} must be an absolute path")
        return v


class CommandRules(_Model):
    allow: tuple[Pattern, ...] | None = None
    """Command names (``git``, ``pytest``) every command in a command line must be one of."""
    deny: tuple[Pattern, ...] = ()
    """A bare name (``curl``) denies that command anywhere in the line; anything else is a glob
    matched against each simple command, words joined by one space (``"rm -rf *"``)."""

    @field_validator("allow")
    @classmethod
    def _names(cls, v: tuple[str, ...] | None) -> tuple[str, ...] | None:
        return _check_patterns(v, globs.CommandName)

    @field_validator("deny")
    @classmethod
    def _deny(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return _check_patterns(v, globs.CommandPattern) or ()


class NetworkRules(_Model):
    allow: tuple[Pattern, ...] | None = None
    """Hosts (``pypi.org``) or host globs (``*.github.com``: subdomains only) URLs may name."""
    deny: tuple[Pattern, ...] = ()

    @field_validator("allow")
    @classmethod
    def _hosts(cls, v: tuple[str, ...] | None) -> tuple[str, ...] | None:
        return _check_patterns(v, globs.HostPattern)

    @field_validator("deny")
    @classmethod
    def _deny(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return _check_patterns(v, globs.HostPattern) or ()


class SecretRules(_Model):
    access: tuple[Pattern, ...] | None = None
    """Secret names (globs: ``GITHUB_*``) a ``secret`` argument may name."""
    deny: tuple[Pattern, ...] = ()

    @field_validator("access")
    @classmethod
    def _names(cls, v: tuple[str, ...] | None) -> tuple[str, ...] | None:
        return _check_patterns(v, globs.NamePattern)

    @field_validator("deny")
    @classmethod
    def _deny(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return _check_patterns(v, globs.NamePattern) or ()


class PackageRules(_Model):
    allow: tuple[Pattern, ...] | None = None
    """Packages this agent may install: ``requests`` (any ecosystem) or ``npm:lodash``.
    Typosquat detection also compares installs against this list."""

    @field_validator("allow")
    @classmethod
    def _names(cls, v: tuple[str, ...] | None) -> tuple[str, ...] | None:
        return _check_patterns(v, globs.PackageName)


class RateLimits(_Model):
    window: Literal["session"] | Annotated[int, Field(ge=1, le=30 * 86400)] = "session"
    """``session``: per conversation; a number: fixed windows of that many seconds."""
    messages: int | None = Field(None, ge=0)
    tool_calls: int | None = Field(None, ge=0)
    files_modified: int | None = Field(None, ge=0)
    """Counts ``write_path`` arguments of delivered tool calls."""
    packages_installed: int | None = Field(None, ge=0)


class BreakerRule(_Model):
    violations: int = Field(ge=1, le=10_000)
    """Denied verdicts (of any policy) that isolate the agent ..."""
    window_s: int = Field(600, ge=1, le=30 * 86400)
    """... within this window (fixed windows; the current and the previous one count)."""


class AgentProfile(_Model):
    session_ttl: int | None = Field(None, ge=1, le=365 * 86400)
    """Seconds from the agent's first message in a conversation; later ones are rejected."""
    filesystem: FilesystemRules | None = None
    commands: CommandRules | None = None
    network: NetworkRules | None = None
    secrets: SecretRules | None = None
    packages: PackageRules | None = None
    rate_limits: RateLimits | None = None
    breaker: BreakerRule | None = None

    @model_validator(mode="after")
    def _something(self) -> AgentProfile:
        if not self.model_fields_set:
            raise ValueError("an empty profile restricts nothing; remove it or add a section")
        return self
