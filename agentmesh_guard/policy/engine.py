"""Cedar authorization: parse once, decide many times.

``PolicyEngine.load(directory, mesh)`` reads ``schema.cedarschema`` and every
``*.cedar`` file, adds the policies compiled from the mesh's agent profiles
(``governance/compile.py``), checks that each policy has a unique ``@id`` and a
valid ``@on_deny``, validates the whole set against the schema, and builds the
cedarpy ``PolicySet`` and ``Entities`` handles once. ``decide`` then only
evaluates. A reload reads the files and recompiles the profiles.

Anything but an explicit Allow is a deny, and a policy that *errors* during
evaluation (Cedar skips such policies) also denies: a broken forbid must not
turn into an allow.

Decisions are cached, exactly: the context is encoded once to canonical JSON
(keys sorted) and that string is what Cedar evaluates, so the cache key,
(principal, action, resource, context JSON), is the whole input of the
decision. Each loaded policy set (with its entities) has its own cache, so a
reload starts from an empty one; the cache is a bounded LRU.

Only the context attributes some policy of the loaded set reads are passed to Cedar
(and so are in the key): an attribute no policy names cannot change a decision, and
per-message facts such as tool argument values would otherwise make every request
a miss. Which attributes are read is taken from the parsed policies (their JSON
form); a policy that uses ``context`` as a whole (``context == {...}``) turns this
off for the set.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import cedarpy
import msgspec

from agentmesh_guard.config import MeshConfig
from agentmesh_guard.errors import PolicyError
from agentmesh_guard.policy.entities import build_entities
from agentmesh_guard.verdict import ACTION_PRECEDENCE, Action

__all__ = ["Decision", "PolicyEngine", "PolicySetInfo"]

SCHEMA_FILE: Final = "schema.cedarschema"
_ON_DENY: Final = {"quarantine": Action.QUARANTINE, "hold": Action.HOLD, "reject": Action.REJECT}
NO_PERMIT: Final = "default-deny"
EVAL_ERROR: Final = "policy-evaluation-error"
CACHE_SIZE: Final = 4096
"""Decisions kept per loaded policy set (least recently used dropped first)."""
_CONTEXT_JSON: Final = msgspec.json.Encoder(order="sorted")


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    action: Action
    policy_ids: tuple[str, ...]
    """Permits that allowed, or forbids that denied (``default-deny`` when nothing permitted)."""
    errors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PolicySetInfo:
    """What was loaded: kept together so a reload swaps it atomically."""

    policy_set: Any
    schema_text: str
    on_deny: Mapping[str, Action]
    effects: Mapping[str, str]
    files: tuple[Path, ...]
    entities: Any = None
    entity_json: list[dict[str, Any]] = field(default_factory=list)
    generated: str = ""
    """The Cedar compiled from agent profiles (part of ``policy_set``)."""
    context_reads: frozenset[str] | None = None
    """The top-level context attributes some policy reads (``context.x``, ``context["x"]``,
    ``context has x``); ``None`` when a policy uses ``context`` as a whole, so all of it counts."""

    @property
    def policy_ids(self) -> tuple[str, ...]:
        return tuple(self.on_deny)


_Key = tuple[str, str, str, str, str, str]


class _DecisionCache:
    """Decisions of one policy set, keyed by the exact request Cedar evaluated. Thread-safe."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[_Key, Decision] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: _Key) -> Decision | None:
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                self.misses += 1
            else:
                self.hits += 1
                self._entries.move_to_end(key)
            return found

    def put(self, key: _Key, decision: Decision) -> None:
        with self._lock:
            self._entries[key] = decision
            if len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


class PolicyEngine:
    def __init__(self, info: PolicySetInfo, mesh: MeshConfig, *, cache_size: int = CACHE_SIZE) -> None:
        self._mesh = mesh
        self._lock = threading.Lock()
        self._cache_size = cache_size
        self._state = (info, _DecisionCache(cache_size))
        """The policy set and its decision cache, swapped together (one tuple) on reload."""

    @classmethod
    def load(cls, directory: str | Path, mesh: MeshConfig) -> PolicyEngine:
        return cls(load_policy_set(Path(directory), mesh), mesh)

    @property
    def info(self) -> PolicySetInfo:
        return self._state[0]

    @property
    def _info(self) -> PolicySetInfo:
        return self._state[0]

    def cache_stats(self) -> dict[str, int]:
        """Hits, misses and size of the current policy set's decision cache."""
        cache = self._state[1]
        return {"hits": cache.hits, "misses": cache.misses, "size": len(cache)}

    def reload(self, directory: str | Path | None = None) -> PolicySetInfo:
        """Load the policy directory again. On any error the current set keeps
        serving and ``PolicyError`` is raised for the caller to report and audit."""
        path = Path(directory) if directory is not None else self._info.files[0].parent
        info = load_policy_set(path, self._mesh)
        with self._lock:
            self._state = (info, _DecisionCache(self._cache_size))  # decisions of the old set are gone
        return info

    def decide(
        self,
        *,
        principal: tuple[str, str],
        action: str,
        resource: tuple[str, str],
        context: Mapping[str, Any],
    ) -> Decision:
        info, cache = self._state  # one consistent snapshot per decision, even during a reload
        reads = info.context_reads
        if reads is not None:  # what no policy reads cannot change the decision (see module doc)
            context = {name: value for name, value in context.items() if name in reads}
        key: _Key | None = None
        context_json: str | None = None
        try:
            # what Cedar evaluates is this string, so it (with the ids) is an exact cache key
            encoded = _CONTEXT_JSON.encode(context).decode()
        except (TypeError, ValueError, OverflowError):
            pass  # not encodable here: let cedarpy see the mapping itself, uncached
        else:
            context_json = encoded
            key = (principal[0], principal[1], action, resource[0], resource[1], encoded)
            cached = cache.get(key)
            if cached is not None:
                return cached
        request = {
            "principal": {"type": principal[0], "id": principal[1]},
            "action": {"type": "Action", "id": action},
            "resource": {"type": resource[0], "id": resource[1]},
            "context": context_json if context_json is not None else context,
        }
        try:
            result = cedarpy.is_authorized(request, info.policy_set, info.entities)
        except Exception as exc:  # noqa: BLE001 - any engine failure must deny, never raise into the bus
            return Decision(False, Action.QUARANTINE, (EVAL_ERROR,), (f"cedar failed: {exc}",))
        decision = _decision(result, info)
        if key is not None:
            cache.put(key, decision)
        return decision


def _decision(result: Any, info: PolicySetInfo) -> Decision:
    """Cedar's answer as a ``Decision``: anything but an error-free Allow denies."""
    diag = result.diagnostics
    ids = tuple(diag.id_annotations_by_reason.get(r, r) for r in diag.reasons)
    if diag.errors:
        return Decision(False, Action.QUARANTINE, (*ids, EVAL_ERROR), tuple(diag.errors))
    if result.allowed:
        return Decision(True, Action.DELIVER, ids)
    if not ids:
        return Decision(False, Action.QUARANTINE, (NO_PERMIT,))
    strongest = max((info.on_deny.get(i, Action.QUARANTINE) for i in ids), key=ACTION_PRECEDENCE.__getitem__)
    return Decision(False, strongest, ids)


def load_policy_set(directory: Path, mesh: MeshConfig) -> PolicySetInfo:
    """Parse, check and validate a policy directory. Raises ``PolicyError`` naming each problem."""
    if not directory.is_dir():
        raise PolicyError(f"policy directory {directory} does not exist")
    schema_path = directory / SCHEMA_FILE
    try:
        schema_text = schema_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(f"cannot read Cedar schema {schema_path}: {exc.strerror or exc}") from exc
    files = tuple(sorted(directory.glob("*.cedar")))
    if not files:
        raise PolicyError(f"no *.cedar policy files in {directory}")

    problems: list[str] = []
    texts: list[str] = []
    reads: set[str] | None = set()
    on_deny: dict[str, Action] = {}
    effects: dict[str, str] = {}
    sources: list[tuple[str, str]] = []
    for path in files:
        try:
            sources.append((path.name, path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path.name}: cannot read: {exc}")
    generated = _compiled_profiles(mesh)
    if generated:
        sources.append((GENERATED, generated))
    for name, text in sources:
        try:
            est = json.loads(cedarpy.policies_to_json_str(text))
        except ValueError as exc:
            problems.append(f"{name}: does not parse: {_first_line(exc)}")
            continue
        if est.get("templates"):
            problems.append(f"{name}: templates are not supported in policy files")
        if reads is not None and not _context_reads(est.get("staticPolicies", {}), reads):
            reads = None
        for positional, policy in est.get("staticPolicies", {}).items():
            notes = policy.get("annotations", {})
            pid = notes.get("id")
            where = f"{name} ({positional.replace('policy', 'policy #')})"
            if not pid:
                problems.append(f'{where}: every policy needs a stable @id("...")')
                continue
            if pid in on_deny:
                problems.append(f"{name}: duplicate @id {pid!r}")
                continue
            mode = notes.get("on_deny", "quarantine")
            if mode not in _ON_DENY:
                problems.append(f"{name}: policy {pid!r}: @on_deny must be one of {sorted(_ON_DENY)}, got {mode!r}")
            if policy["effect"] == "permit" and "on_deny" in notes:
                problems.append(f"{name}: policy {pid!r}: @on_deny only makes sense on a forbid policy")
            on_deny[pid] = _ON_DENY.get(mode, Action.QUARANTINE)
            effects[pid] = policy["effect"]
        texts.append(text)
    if problems:
        raise PolicyError(f"invalid policies in {directory}:", problems)

    combined = "\n".join(texts)
    try:
        validation = cedarpy.validate_policies(combined, schema_text)
    except ValueError as exc:
        raise PolicyError(f"{schema_path.name}: the Cedar schema does not parse: {_first_line(exc)}") from exc
    if not validation.validation_passed:
        names = validation.id_annotations_by_policy_id
        raise PolicyError(
            f"policies in {directory} do not validate against {SCHEMA_FILE}:",
            [_validation_problem(names.get(e.policy_id, e.policy_id), e.error) for e in validation.errors],
        )
    try:
        policy_set = cedarpy.PolicySet.from_str(combined)
        entity_json = build_entities(mesh)
        entities = cedarpy.Entities.from_json_str(json.dumps(entity_json), schema_text)
    except ValueError as exc:
        raise PolicyError(f"policies or mesh entities rejected by Cedar: {_first_line(exc)}") from exc
    return PolicySetInfo(
        policy_set,
        schema_text,
        on_deny,
        effects,
        files,
        entities,
        entity_json,
        generated,
        frozenset(reads) if reads is not None else None,
    )


_CONTEXT: Final = {"Var": "context"}


def _context_reads(node: Any, out: set[str]) -> bool:
    """Add to ``out`` the context attributes the policies' JSON form (EST) ``node`` reads by name;
    ``False`` if it uses ``context`` any other way (then every attribute may matter)."""
    if isinstance(node, dict):
        if node == _CONTEXT:
            return False
        if len(node) == 1:
            ((op, inner),) = node.items()
            if op in (".", "has") and isinstance(inner, dict) and inner.get("left") == _CONTEXT:
                attr = inner.get("attr")
                if not isinstance(attr, str):
                    return False
                out.add(attr)
                return True
        return all(_context_reads(value, out) for value in node.values())
    if isinstance(node, list):
        return all(_context_reads(value, out) for value in node)
    return True


GENERATED: Final = "<agent profiles>"


def _compiled_profiles(mesh: MeshConfig) -> str:
    """The Cedar compiled from the mesh's agent profiles ('' when none has one)."""
    from agentmesh_guard.governance.compile import compile_profiles, render

    policies = compile_profiles(mesh)
    return render(policies) if policies else ""


def _validation_problem(pid: str, error: str) -> str:
    if pid.startswith("profile-"):
        return (
            f"policy {pid!r} (compiled from an agent profile): {error}; does {SCHEMA_FILE} "
            "declare the governance context (facts, profile, usage, session_age_s, isolated)?"
        )
    return f"policy {pid!r}: {error}"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
