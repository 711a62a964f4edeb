"""Errors raised by agentmesh-guard.

A message the guard blocks is a ``Verdict``, not an exception. Exceptions are
for the operator: a config, policy or schema that cannot be loaded, a store
that cannot be written. Library errors (pydantic, cedarpy, jsonschema, nats)
are translated at one boundary each, with ``raise ... from exc``.

    AgentMeshError
    ├── ConfigError          mesh config file unreadable or invalid
    ├── PolicyError          Cedar policies or schema invalid (carries .problems)
    ├── SchemaError          a JSON Schema file unreadable or invalid
    ├── AuditError           the audit log cannot be written or read
    ├── StoreError           a quarantine/approval store failed
    │   └── NotFound         no such record
    └── TransportError       the bus failed (NATS connection, permissions)
"""

from __future__ import annotations

__all__ = [
    "AgentMeshError",
    "AuditError",
    "ConfigError",
    "NotFound",
    "PolicyError",
    "SchemaError",
    "StoreError",
    "TransportError",
]


class AgentMeshError(Exception):
    """Base of every error this package raises on purpose."""


class ConfigError(AgentMeshError):
    pass


class PolicyError(AgentMeshError):
    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        self.problems = problems or []
        detail = "".join(f"\n  {p}" for p in self.problems)
        super().__init__(message + detail)


class SchemaError(AgentMeshError):
    pass


class AuditError(AgentMeshError):
    pass


class StoreError(AgentMeshError):
    pass


class NotFound(StoreError):
    def __init__(self, kind: str, record_id: str) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(f"no {kind} with id {record_id!r}")


class TransportError(AgentMeshError):
    pass
