"""The shipped examples stay true: configs load, the sidecar example matches the generator."""

from __future__ import annotations

import re
from pathlib import Path

from agentmesh_guard.config import load_mesh
from agentmesh_guard.guard import Guard
from agentmesh_guard.transports.nats_lockdown import generate_credentials, render_server_config
from tests.support import ROOT

SIDECAR = ROOT / "examples" / "sidecar"


def test_example_meshes_build_a_guard() -> None:
    """Every example mesh loads and builds a guard (policies, schemas, entities resolve)."""
    for path in sorted((ROOT / "examples").glob("*/mesh.yaml")):
        guard = Guard.from_config(path)
        assert guard.policy.info.policy_ids, path


def test_sidecar_config_example_is_current(tmp_path: Path) -> None:
    """examples/sidecar/nats-server.conf.example is what nats-config generates for its mesh (passwords masked)."""
    mesh = load_mesh(SIDECAR / "mesh.yaml")
    text = render_server_config(mesh, port=4222, store_dir=None, credentials=generate_credentials(mesh))
    masked = re.sub(r'"password": "[^"]*"', '"password": "<generated>"', text)
    assert masked == (SIDECAR / "nats-server.conf.example").read_text(encoding="utf-8")
