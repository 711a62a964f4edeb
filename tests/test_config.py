"""Mesh config loading: valid files load; bad files say which line and key is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from agentmesh_guard.config import load_mesh, parse_mesh
from agentmesh_guard.errors import ConfigError
from tests.support import TEAM_MESH


def test_example_mesh_loads() -> None:
    """The shipped example mesh is valid and resolves its paths relative to itself."""
    mesh = load_mesh(TEAM_MESH)
    assert set(mesh.agents) == {"planner", "researcher", "coder"}
    assert mesh.tools["deploy"].privileged
    assert mesh.policies_path.resolve() == (TEAM_MESH.parent / "../../policies").resolve()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("agents:\n  a: {trust: 500}\n", ":2: agents.a.trust: Input should be less than or equal to 100"),
        ("agents:\n  a: {}\n  b:\n    tools: [nope]\n", "agent 'b' lists unknown tool 'nope'"),
        ("agents:\n  a: {colour: red}\n", ":2: agents.a.colour: unknown key"),
        ("agents:\n  a: {can_send_to: [ghost]}\n", "may send to unknown agent 'ghost'"),
        ("agents:\n  a: {}\ntools:\n  a: {}\n", "names used for both an agent and a tool"),
        ("agents:\n  bad.name: {}\n", "agents.bad.name"),
        ("agents: [\n", "invalid YAML"),
        ("", "the file is empty"),
        ("- just\n- a list\n", "top level must be a mapping"),
        ("tools: {}\n", "agents: Field required"),
        ("agents:\n  a: {}\nlimits:\n  max_hops: 1000\n", ":4: limits.max_hops"),
    ],
)
def test_bad_config_errors_are_specific(text: str, expected: str) -> None:
    """Each kind of mistake produces a ConfigError naming the key (and the line where known)."""
    with pytest.raises(ConfigError) as info:
        parse_mesh(text, source="mesh.yaml")
    assert expected in str(info.value)


def test_unreadable_file(tmp_path: Path) -> None:
    """A missing file is a ConfigError with the path, not a traceback."""
    with pytest.raises(ConfigError, match="cannot read mesh config"):
        load_mesh(tmp_path / "missing.yaml")


def test_binary_file(tmp_path: Path) -> None:
    """A file that is not UTF-8 text is reported as such."""
    path = tmp_path / "mesh.yaml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_mesh(path)
