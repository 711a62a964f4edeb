"""Quarantine: messages held for review, release or drop; never silently lost."""

from agentmesh_guard.quarantine.memory import FileQuarantineStore, MemoryQuarantineStore
from agentmesh_guard.quarantine.records import Disposition, HeldMessage, Status

__all__ = ["Disposition", "FileQuarantineStore", "HeldMessage", "MemoryQuarantineStore", "Status"]
