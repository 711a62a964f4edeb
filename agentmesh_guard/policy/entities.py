"""Cedar entities from the mesh config: agents, their teams, tools."""

from __future__ import annotations

from typing import Any

from agentmesh_guard.config import MeshConfig

__all__ = ["build_entities"]


def _ref(kind: str, name: str) -> dict[str, str]:
    return {"type": kind, "id": name}


def build_entities(mesh: MeshConfig) -> list[dict[str, Any]]:
    entities: list[dict[str, Any]] = []
    for team in sorted({a.team for a in mesh.agents.values()}):
        entities.append({"uid": _ref("Team", team), "attrs": {}, "parents": []})
    for name, agent in mesh.agents.items():
        entities.append(
            {
                "uid": _ref("Agent", name),
                "attrs": {
                    "team": agent.team,
                    "role": agent.role,
                    "trust": agent.trust,
                    "tools": [_ref("Tool", t) for t in agent.tools],
                    "peers": [_ref("Agent", p) for p in mesh.peers_of(name)],
                },
                "parents": [_ref("Team", agent.team)],
            }
        )
    for name, tool in mesh.tools.items():
        entities.append(
            {
                "uid": _ref("Tool", name),
                "attrs": {
                    "privileged": tool.privileged,
                    "side_effects": tool.side_effects,
                    "untrusted_output": tool.untrusted_output,
                    "source": tool.source,
                },
                "parents": [],
            }
        )
    return entities
