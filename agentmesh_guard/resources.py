"""Where the shipped policies and schemas are: the source tree, or the installed wheel."""

from __future__ import annotations

from pathlib import Path

__all__ = ["default_policies_dir", "default_schemas_dir"]

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    return _PACKAGE.parent / name


def default_policies_dir() -> Path:
    return _find("policies")


def default_schemas_dir() -> Path:
    return _find("schemas")
