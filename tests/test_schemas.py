"""The schema registry: JSON Schema files and pydantic models, errors naming the path and the rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import BaseModel, Field

from agentmesh_guard.errors import SchemaError
from agentmesh_guard.schemas import SchemaRegistry
from tests.support import mesh


class Deploy(BaseModel):
    service: str = Field(pattern=r"^[a-z-]+$")
    replicas: int = Field(ge=1, le=10)


def test_pydantic_model_validates_tool_arguments() -> None:
    """A tool registered with a pydantic model (as LangChain tools carry) is checked with it."""
    reg = SchemaRegistry()
    reg.add_tool_schema("deploy", Deploy)
    assert reg.check_tool_arguments("deploy", {"service": "api", "replicas": 2}) == []
    problems = reg.check_tool_arguments("deploy", {"service": "API!", "replicas": 50})
    assert {p.path for p in problems} == {"$.arguments.service", "$.arguments.replicas"}
    assert {p.rule for p in problems} == {"string_pattern_mismatch", "less_than_equal"}


def test_json_schema_errors_name_path_and_rule() -> None:
    """JSON Schema violations name the nested path and the keyword that failed."""
    reg = SchemaRegistry()
    reg.add_payload_schema(
        "t.v1",
        {
            "type": "object",
            "properties": {"items": {"type": "array", "items": {"type": "integer"}}},
            "required": ["items"],
        },
    )
    [problem] = reg.check_payload("t.v1", {"items": [1, "two", 3]})
    assert (problem.path, problem.rule) == ("$.payload.items[1]", "type")
    [missing] = reg.check_payload("t.v1", {})
    assert missing.rule == "required"


def test_violations_are_capped() -> None:
    """A payload with thousands of errors yields a bounded list, not an unbounded report."""
    reg = SchemaRegistry()
    reg.add_payload_schema("t.v1", {"type": "array", "items": {"type": "integer"}})
    assert len(reg.check_payload("t.v1", ["x"] * 5000)) == 10


def test_invalid_schema_file_is_a_clear_error(tmp_path: Path) -> None:
    """A schema that is not JSON, or not a valid JSON Schema, fails at load naming the file or type."""
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(SchemaError, match="not valid JSON"):
        SchemaRegistry.from_mesh(mesh(payload_types={"x.v1": str(bad)}))
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"type": "no-such-type"}))
    with pytest.raises(SchemaError, match="not a valid JSON Schema"):
        SchemaRegistry.from_mesh(mesh(payload_types={"x.v1": str(wrong)}))
    with pytest.raises(SchemaError, match="cannot read schema"):
        SchemaRegistry.from_mesh(mesh(payload_types={"x.v1": str(tmp_path / "missing.json")}))
