"""Shared helpers for the detector tests."""

from __future__ import annotations

from agentmesh_guard.detectors import StaticScanContext
from agentmesh_guard.detectors.injection import injection_evidence, score_injection
from agentmesh_guard.envelope import Message, ToolResult

CTX = StaticScanContext()


def message(text: str, *, sender: str = "alice", recipient: str = "bob", conversation: str = "c1") -> Message:
    return Message(id="m1", sender=sender, recipient=recipient, conversation_id=conversation, content=text)


def tool_result(text: str) -> ToolResult:
    return ToolResult(id="r1", sender="read_inbox", recipient="bob", conversation_id="c1", call_id="x", result=text)


def families(text: str, *, data: bool = True) -> set[str]:
    """The injection rule families ``text`` gives evidence for (the rules only: no word model); a tool output's
    unless ``data`` is false."""
    return set(injection_evidence(text, data_channel=data, learned=False))


def severity(text: str) -> int:
    """The injection detector's severity for ``text`` as a tool output."""
    return score_injection(text, data_channel=True).severity


def rule_severity(text: str) -> int:
    """``severity`` from the rules alone (no word model): the weight a rule family has on its own."""
    return score_injection(text, data_channel=True, learned=False).severity


def by_language(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    """``(language, text)`` for every text of a table of texts by language (parametrised tests of other languages)."""
    return [(lang, text) for lang, texts in table.items() for text in texts]
