"""Docs that run: the Python examples in README.md execute as written."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.support import ROOT

BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def _blocks(path: Path) -> list[str]:
    return BLOCK.findall(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("code", _blocks(ROOT / "README.md"))
def test_readme_python_runs(code: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Each python block in the README runs from the repository root without error, and prints what it says."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        exec(compile(code, "README.md", "exec"), {"__name__": "readme"})  # noqa: S102 - our own docs
    finally:
        os.chdir(cwd)
    printed = capsys.readouterr().out
    for expected in re.findall(r"# (\w+: .*)$", code, re.M):
        assert expected in printed
