"""atheris harness: the policy loader on an arbitrary extra ``.cedar`` file in a copy of ``policies/``.

Property: a loaded ``PolicyEngine`` or a ``PolicyError``, never another exception.

    /tmp/dev/bin/python fuzz/fuzz_policy_loader.py -atheris_runs=30000 -max_len=1024 /tmp/fuzz-corpus/policy
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import _common
import atheris

with atheris.instrument_imports(include=["agentmesh_guard"]):
    from agentmesh_guard.config import parse_mesh
    from agentmesh_guard.errors import PolicyError
    from agentmesh_guard.policy import PolicyEngine

MESH = parse_mesh(_common.MESH_YAML)
WORK = Path(tempfile.mkdtemp(prefix="amg-fuzz-policies-"))
POLICIES = WORK / "policies"
shutil.copytree(_common.ROOT / "policies", POLICIES, ignore=shutil.ignore_patterns("*.py", "__pycache__", "tests"))
EXTRA = POLICIES / "fuzzed.cedar"


def test_one_input(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    EXTRA.write_text(text, encoding="utf-8")
    try:
        PolicyEngine.load(POLICIES, MESH)
    except PolicyError:
        return


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
