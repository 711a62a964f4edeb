"""A profile's rules applied to a call's facts, in Python (globs, allow lists), once per call.

Cedar can't say "every path matches one of these globs", so this module works out
which facts break which rule, and the policy reads the answer from the context:

    context.profile.fs_denied          paths matching filesystem.deny (also path-like command words)
    context.profile.fs_read_unlisted   paths read outside filesystem.read
    context.profile.fs_write_unlisted  paths written outside filesystem.write
    context.profile.cmd_denied         simple commands matching commands.deny
    context.profile.cmd_unlisted       command names not in commands.allow
    context.profile.net_denied         hosts matching network.deny
    context.profile.net_unlisted       hosts outside network.allow
    context.profile.secret_denied      secret names matching secrets.deny
    context.profile.secret_unlisted    secret names outside secrets.access
    context.profile.pkg_unlisted       packages outside packages.allow

Each is the set of offending facts themselves, so a reason is easy to read in an audit
record; the generated policies (``compile.py``) forbid when one is non-empty.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final, TypeVar

from agentmesh_guard.governance import globs
from agentmesh_guard.governance.facts import ArgFacts, Package
from agentmesh_guard.governance.profile import AgentProfile

__all__ = ["FINDING_KEYS", "ProfileRules", "empty_findings"]

FINDING_KEYS: Final = (
    "fs_denied",
    "fs_read_unlisted",
    "fs_write_unlisted",
    "cmd_denied",
    "cmd_unlisted",
    "net_denied",
    "net_unlisted",
    "secret_denied",
    "secret_unlisted",
    "pkg_unlisted",
)
_T = TypeVar("_T")

MAX_ITEMS: Final = 32
"""Offending facts kept per key (the policy only needs one)."""


def empty_findings() -> dict[str, list[str]]:
    return {key: [] for key in FINDING_KEYS}


def canonical_package(entry: str) -> tuple[str | None, str]:
    """An allow-list entry as (ecosystem or None for any, canonical name)."""
    eco: str | None = None
    if entry.startswith(("pypi:", "npm:")):
        eco, entry = entry.split(":", 1)
    if eco == "npm":
        return eco, entry.lower()
    return eco, re.sub(r"[-_.]+", "-", entry).lower() if eco == "pypi" else entry.lower()


class ProfileRules:
    """One agent's profile, with its patterns compiled (at load)."""

    def __init__(self, agent: str, profile: AgentProfile) -> None:
        self.agent = agent
        self.profile = profile
        fs = profile.filesystem
        self.root = fs.root if fs else None
        self.home = fs.home if fs else None
        self._fs_deny = globs.compile_path_patterns(fs.deny, root=self.root, home=self.home) if fs else []
        self._fs_read = _opt(
            fs.read if fs else None, lambda p: globs.compile_path_patterns(p, root=self.root, home=self.home)
        )
        self._fs_write = _opt(
            fs.write if fs else None, lambda p: globs.compile_path_patterns(p, root=self.root, home=self.home)
        )
        cmd = profile.commands
        self._cmd_deny = globs.compile_command_patterns(cmd.deny) if cmd else []
        self._cmd_allow = frozenset(cmd.allow) if cmd and cmd.allow is not None else None
        net = profile.network
        self._net_deny = globs.compile_host_patterns(net.deny) if net else []
        self._net_allow = _opt(net.allow if net else None, globs.compile_host_patterns)
        sec = profile.secrets
        self._sec_deny = globs.compile_name_patterns(sec.deny) if sec else []
        self._sec_access = _opt(sec.access if sec else None, globs.compile_name_patterns)
        pkgs = profile.packages
        self.package_allow: tuple[tuple[str | None, str], ...] | None = (
            tuple(canonical_package(p) for p in pkgs.allow) if pkgs and pkgs.allow is not None else None
        )

    @property
    def checks_calls(self) -> bool:
        """Whether any rule looks at tool-call facts."""
        p = self.profile
        return any(s is not None for s in (p.filesystem, p.commands, p.network, p.secrets, p.packages))

    def package_allowed(self, package: Package) -> bool:
        if self.package_allow is None:
            return True
        if not package.registry_name:
            return False
        return any(
            (eco is None or eco == package.ecosystem) and name == package.name for eco, name in self.package_allow
        )

    def check(self, facts: ArgFacts) -> dict[str, list[str]]:
        out = empty_findings()
        paths = facts.paths_read | set(facts.paths_written)
        out["fs_denied"] = _cap(p for p in paths | facts.command_words if _any(self._fs_deny, p))
        if self._fs_read is not None:
            out["fs_read_unlisted"] = _cap(p for p in facts.paths_read if not _any(self._fs_read, p))
        if self._fs_write is not None:
            out["fs_write_unlisted"] = _cap(p for p in facts.paths_written if not _any(self._fs_write, p))
        out["cmd_denied"] = _cap(
            c.line[:200] for c in facts.commands if any(m(c.name, c.line) for _, m in self._cmd_deny)
        )
        if self._cmd_allow is not None:
            out["cmd_unlisted"] = _cap(c.name for c in facts.commands if c.name not in self._cmd_allow)
        out["net_denied"] = _cap(h for h in facts.hosts if _any(self._net_deny, h))
        if self._net_allow is not None:
            out["net_unlisted"] = _cap(h for h in facts.hosts if not _any(self._net_allow, h))
        out["secret_denied"] = _cap(s for s in facts.secrets if _any(self._sec_deny, s))
        if self._sec_access is not None:
            out["secret_unlisted"] = _cap(s for s in facts.secrets if not _any(self._sec_access, s))
        if self.package_allow is not None:
            out["pkg_unlisted"] = _cap(str(p) for p in facts.packages if not self.package_allowed(p))
        return out


def _opt(patterns: tuple[str, ...] | None, build: Callable[[tuple[str, ...]], _T]) -> _T | None:
    return None if patterns is None else build(patterns)


def _any(compiled: list[tuple[str, Callable[[str], bool]]], value: str) -> bool:
    return any(match(value) for _, match in compiled)


def _cap(values: Iterable[str]) -> list[str]:
    return sorted(set(values))[:MAX_ITEMS]
