"""atheris harness: ``parse_mesh`` on arbitrary text.

Property: a ``MeshConfig`` or a ``ConfigError``, never another exception.

    /tmp/dev/bin/python fuzz/fuzz_parse_mesh.py -atheris_runs=100000 -max_len=2048 /tmp/fuzz-corpus/mesh
"""

from __future__ import annotations

import sys

import _common  # noqa: F401 - puts the repo on sys.path
import atheris

with atheris.instrument_imports(include=["agentmesh_guard"]):
    from agentmesh_guard.config import MeshConfig, parse_mesh
    from agentmesh_guard.errors import ConfigError


def test_one_input(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    try:
        config = parse_mesh(text)
    except ConfigError:
        return
    if not isinstance(config, MeshConfig):
        raise TypeError(f"parse_mesh returned {type(config)!r}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
