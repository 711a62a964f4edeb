"""Payload and tool-argument schemas: registered once, checked per message.

Two sources: JSON Schema files (``schemas/payloads/*.json``, ``schemas/tools/*.json``,
or the files the mesh config names) and pydantic models (LangChain tools carry
one as ``args_schema``). Each is compiled once into a validator; a violation
names the field path and the rule broken, e.g. ``$.arguments.url: 'ftp://x'
does not match '^https://'``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import jsonschema
import pydantic

from agentmesh_guard.config import MeshConfig
from agentmesh_guard.errors import SchemaError

__all__ = ["SchemaRegistry", "Violation"]

MAX_VIOLATIONS = 10


@dataclass(frozen=True, slots=True)
class Violation:
    path: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message} ({self.rule})"


class Validator(Protocol):
    def __call__(self, value: Any, root: str) -> list[Violation]: ...


class _JsonSchemaValidator:
    def __init__(self, schema: Mapping[str, Any], origin: str) -> None:
        cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
        try:
            cls.check_schema(dict(schema))
        except jsonschema.SchemaError as exc:
            raise SchemaError(f"{origin}: not a valid JSON Schema: {exc.message}") from exc
        self._validator = cls(schema, format_checker=cls.FORMAT_CHECKER)

    def __call__(self, value: Any, root: str) -> list[Violation]:
        out: list[Violation] = []
        for err in self._validator.iter_errors(value):
            path = root + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err.absolute_path)
            out.append(Violation(path, str(err.validator), _short(err.message)))
            if len(out) >= MAX_VIOLATIONS:
                break
        return out


class _PydanticValidator:
    def __init__(self, model: type[pydantic.BaseModel]) -> None:
        self._model = model

    def __call__(self, value: Any, root: str) -> list[Violation]:
        try:
            self._model.model_validate(value, strict=False)
        except pydantic.ValidationError as exc:
            return [
                Violation(
                    root + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"]),
                    err["type"],
                    _short(err["msg"]),
                )
                for err in exc.errors()[:MAX_VIOLATIONS]
            ]
        return []


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


class SchemaRegistry:
    """Validators for payload types and tool arguments, built once."""

    def __init__(self) -> None:
        self._payloads: dict[str, Validator] = {}
        self._tools: dict[str, Validator] = {}

    @classmethod
    def from_mesh(cls, mesh: MeshConfig) -> SchemaRegistry:
        reg = cls()
        base = mesh.schemas_path
        for ptype, rel in mesh.payload_types.items():
            reg.add_payload_schema(ptype, _read_json(mesh.resolve(rel, base=base)))
        for name, tool in mesh.tools.items():
            if tool.args_schema:
                reg.add_tool_schema(name, _read_json(mesh.resolve(tool.args_schema, base=base)))
        return reg

    def add_payload_schema(self, payload_type: str, schema: Mapping[str, Any], origin: str = "") -> None:
        self._payloads[payload_type] = _JsonSchemaValidator(schema, origin or f"payload type {payload_type}")

    def add_tool_schema(self, tool: str, schema: Mapping[str, Any] | type[pydantic.BaseModel]) -> None:
        if isinstance(schema, type) and issubclass(schema, pydantic.BaseModel):
            self._tools[tool] = _PydanticValidator(schema)
        else:
            self._tools[tool] = _JsonSchemaValidator(schema, f"tool {tool}")

    def has_payload_type(self, payload_type: str) -> bool:
        return payload_type in self._payloads

    def has_tool(self, tool: str) -> bool:
        return tool in self._tools

    def check_payload(self, payload_type: str, payload: Any) -> list[Violation]:
        validator = self._payloads.get(payload_type)
        return validator(payload, "$.payload") if validator else []

    def check_tool_arguments(self, tool: str, arguments: Any) -> list[Violation]:
        validator = self._tools.get(tool)
        return validator(arguments, "$.arguments") if validator else []

    @property
    def payload_types(self) -> Iterable[str]:
        return self._payloads.keys()


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SchemaError(f"cannot read schema {path}: {exc.strerror or exc}") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise SchemaError(f"{path}: not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise SchemaError(f"{path}: a JSON Schema must be an object")
    return data
