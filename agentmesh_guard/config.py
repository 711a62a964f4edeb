"""The mesh config: who is on the mesh, which tools exist, which schemas apply, limits.

Loaded once at start-up from YAML and validated with pydantic; everything
inside the guard takes these small typed objects. A bad file raises
``ConfigError`` naming the file, the key path and, where known, the line.

    agents:
      researcher: {team: research, trust: 50, tools: [web_fetch], can_send_to: [coder]}
    tools:
      web_fetch: {untrusted_output: true, source: web, args_schema: tools/web_fetch.json}

An agent may carry a ``profile`` (least privilege, budgets, breaker: see
``governance/profile.py`` and docs/governance.md); a tool may say what its
arguments hold (``arg_kinds``) so those profiles can be enforced on its calls.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from agentmesh_guard.destinations import normalise_destination
from agentmesh_guard.envelope import MAX_HOPS, MAX_NESTING
from agentmesh_guard.errors import ConfigError
from agentmesh_guard.governance.profile import AgentProfile, ArgKind

__all__ = ["AgentConfig", "Limits", "MeshConfig", "ToolConfig", "load_mesh", "parse_mesh"]

_NAME = r"^[A-Za-z0-9_][A-Za-z0-9_-]*$"  # no dots: names are NATS subject tokens
Name = Annotated[str, Field(pattern=_NAME, min_length=1, max_length=64)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AgentConfig(_Model):
    team: str = "default"
    role: str = ""
    trust: int = Field(50, ge=0, le=100)
    """0 = untrusted, 100 = fully trusted; Cedar sees it as ``principal.trust``."""
    tools: tuple[Name, ...] = ()
    """Tools this agent may call. ``call_tool`` on anything else is denied."""
    can_send_to: tuple[str, ...] = ("*",)
    """Agents this agent may message; ``*`` means every agent on the mesh."""
    profile: AgentProfile | None = None
    """Least privilege, budgets and breaker, compiled to Cedar (docs/governance.md)."""


class ToolConfig(_Model):
    privileged: bool = False
    """Privileged tools need approval when the caller is tainted."""
    side_effects: bool = False
    untrusted_output: bool = False
    """Results are labelled ``untrusted:<source>`` (web pages, e-mail, files...)."""
    source: str = Field("tool", pattern=r"^[a-z][a-z0-9_-]*$")
    args_schema: str | None = None
    """JSON Schema file for the arguments, relative to the schemas directory."""
    arg_kinds: dict[Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{1,64}$")], ArgKind] = {}
    """What top-level arguments hold (``{path: path, cmd: command, url: url}``): the guard
    extracts facts from them (resolved paths, command names, hosts, packages) for policies."""
    ecosystem: Literal["pypi", "npm"] = "pypi"
    """Registry that ``package`` arguments name packages in."""


class Limits(_Model):
    max_message_bytes: int = Field(256 * 1024, ge=256, le=64 * 1024 * 1024)
    max_hops: int = Field(16, ge=1, le=MAX_HOPS)
    max_nesting: int = Field(32, ge=1, le=MAX_NESTING)
    """Deepest nesting of lists/objects in a payload, arguments or result."""
    taint_window_s: float = Field(3600.0, gt=0)
    """How long an agent stays exposed to labelled content in a conversation."""
    detector_budget_ms: float = Field(50.0, gt=0)
    """Time budget for the detector stage; past it, an error finding (fail closed)."""
    hold_ttl_s: float = Field(3600.0, gt=0)
    """How long a held message waits for a person; then it expires (denied, kept)."""
    grant_ttl_s: float = Field(300.0, gt=0)
    """How long an approval or release stays usable (once) after it was given."""


class MeshConfig(_Model):
    name: str = "mesh"
    agents: dict[Name, AgentConfig]
    tools: dict[Name, ToolConfig] = {}
    payload_types: dict[str, str] = {}
    """Payload type (``task.v1``) to JSON Schema file, relative to ``schemas_dir``."""
    require_payload_schema: bool = False
    """If true, a message whose payload type has no registered schema is rejected."""
    limits: Limits = Limits()
    allowed_hosts: tuple[str, ...] = ()
    """Hosts data may be sent to (exfiltration detection treats others as foreign)."""
    known_destinations: tuple[str, ...] = ()
    """Destinations the mesh vouches for (a supplier's IBAN, a partner's mailbox), each an IBAN, wallet,
    e-mail address or URL: never counted as untrusted-origin by destination provenance."""
    policies_dir: Path = Path("policies")
    schemas_dir: Path = Path("schemas")
    source: Path | None = Field(None, exclude=True)
    """The file this config was read from (set by ``load_mesh``)."""

    @field_validator("payload_types")
    @classmethod
    def _payload_type_names(cls, v: dict[str, str]) -> dict[str, str]:
        for key in v:
            if not re.fullmatch(r"[A-Za-z0-9_.-]+", key):
                raise ValueError(f"payload type {key!r} may only use letters, digits, '_', '.', '-'")
        return v

    @field_validator("known_destinations")
    @classmethod
    def _destinations_parse(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for entry in v:
            normalise_destination(entry)  # ValueError names the entry
        return v

    @model_validator(mode="after")
    def _references_exist(self) -> MeshConfig:
        clash = set(self.agents) & set(self.tools)
        if clash:
            raise ValueError(f"names used for both an agent and a tool: {sorted(clash)}")
        for name, agent in self.agents.items():
            for tool in agent.tools:
                if tool not in self.tools:
                    raise ValueError(f"agent {name!r} lists unknown tool {tool!r}")
            for peer in agent.can_send_to:
                if peer != "*" and peer not in self.agents:
                    raise ValueError(f"agent {name!r} may send to unknown agent {peer!r}")
        return self

    def resolve(self, relative: str | Path, *, base: Path | None = None) -> Path:
        """A path from the config, relative to the config file's directory."""
        path = Path(relative)
        if path.is_absolute():
            return path
        root = base if base is not None else (self.source.parent if self.source else Path.cwd())
        return root / path

    @property
    def policies_path(self) -> Path:
        return self.resolve(self.policies_dir)

    @property
    def schemas_path(self) -> Path:
        return self.resolve(self.schemas_dir)

    def peers_of(self, agent: str) -> tuple[str, ...]:
        targets = self.agents[agent].can_send_to
        if "*" in targets:
            return tuple(a for a in self.agents if a != agent)
        return targets


Kind = Literal["agent", "tool"]


def parse_mesh(text: str, *, source: str | Path = "<string>") -> MeshConfig:
    """Parse YAML text into a ``MeshConfig``; errors name the key path and line."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        # constructing can fail where composing did not (an unknown tag, an unhashable key)
        data = yaml.safe_load(text) if node is not None else None
        lines = _line_index(node) if isinstance(data, dict) and node is not None else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else str(source)
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{where}: invalid YAML: {problem}") from exc
    except RecursionError as exc:
        raise ConfigError(f"{source}: the YAML nests too deeply") from exc
    if node is None:
        raise ConfigError(f"{source}: the file is empty; a mesh needs at least 'agents:'")
    if not isinstance(data, dict):
        raise ConfigError(f"{source}:1: the top level must be a mapping (agents:, tools:, ...)")
    src = Path(source) if source != "<string>" else None
    try:
        return MeshConfig.model_validate({**data, "source": src})
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            line = _nearest_line(lines, loc)
            path = ".".join(str(p) for p in loc) or "(top level)"
            where = f"{source}:{line}" if line else str(source)
            msg = err["msg"]
            if err["type"] == "extra_forbidden":
                msg = "unknown key (check the spelling; see docs/config.md)"
            problems.append(f"{where}: {path}: {msg}")
        raise ConfigError("invalid mesh config:\n  " + "\n  ".join(problems)) from exc


def load_mesh(path: str | Path) -> MeshConfig:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read mesh config: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: mesh config is not UTF-8 text") from exc
    return parse_mesh(text, source=path)


def _line_index(node: yaml.Node) -> dict[tuple[Any, ...], int]:
    """Map each key path in the YAML document to its 1-based line."""
    index: dict[tuple[Any, ...], int] = {}
    seen: set[int] = set()

    def walk(n: yaml.Node, path: tuple[Any, ...]) -> None:
        index[path] = n.start_mark.line + 1
        if id(n) in seen:  # an alias: walked once (re-walking each use is exponential, "billion laughs")
            return
        seen.add(id(n))
        if isinstance(n, yaml.MappingNode):
            for key, value in n.value:
                k = key.value
                index[(*path, k)] = key.start_mark.line + 1
                walk(value, (*path, k))
                index[(*path, k)] = key.start_mark.line + 1
        elif isinstance(n, yaml.SequenceNode):
            for i, item in enumerate(n.value):
                walk(item, (*path, i))

    walk(node, ())
    return index


def _nearest_line(index: dict[tuple[Any, ...], int], loc: tuple[Any, ...]) -> int | None:
    for cut in range(len(loc), -1, -1):
        key = tuple(str(p) if not isinstance(p, int) else p for p in loc[:cut])
        if key in index:
            return index[key]
    return None
