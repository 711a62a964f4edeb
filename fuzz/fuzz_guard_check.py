"""atheris harness: ``Guard.check(bytes)`` (and planning its effects) on arbitrary bytes.

Property: any input gives a ``Verdict``; nothing raises. The planned held record and audit
record must encode (what a store would write).

Half the inputs are raw bytes (the decoder's side); the other half are well-formed envelopes
of every kind whose free text, arguments and labels come from the fuzzer, so the identity,
schema, governance, detector and Cedar stages see fuzzed content too.

    /tmp/dev/bin/python fuzz/fuzz_guard_check.py -atheris_runs=100000 -max_len=4096 /tmp/fuzz-corpus/guard
"""

from __future__ import annotations

import sys

import _common
import atheris

with atheris.instrument_imports(include=["agentmesh_guard"]):
    import msgspec

    from agentmesh_guard import detectors  # noqa: F401 - instrumented before Guard imports it lazily
    from agentmesh_guard.config import parse_mesh
    from agentmesh_guard.effects import Planner
    from agentmesh_guard.envelope import Message, ToolCall, ToolResult, encode
    from agentmesh_guard.guard import Guard
    from agentmesh_guard.verdict import Verdict

GUARD = Guard.from_config(parse_mesh(_common.MESH_YAML))
PLANNER = Planner(GUARD, name="fuzz")
SENDERS = (None, "planner", "researcher", "coder", "web_fetch", "mallory")


AGENTS = ("planner", "researcher", "coder")
TOOLS = ("web_fetch", "read_inbox", "run_tests", "deploy", "shell", "read_file")


def _structured(fdp: atheris.FuzzedDataProvider) -> tuple[bytes, str]:
    """A well-formed envelope whose text and arguments are fuzzed; returns (bytes, transport sender)."""
    kind = fdp.ConsumeIntInRange(0, 2)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 2048))
    common = {
        "id": f"m{fdp.ConsumeIntInRange(0, 99)}",
        "conversation_id": f"c{fdp.ConsumeIntInRange(0, 3)}",
        "hop": fdp.ConsumeIntInRange(0, 64),
        "labels": tuple(f"untrusted:{x}" for x in ("web", "email")[: fdp.ConsumeIntInRange(0, 2)]),
    }
    if kind == 0:
        sender, recipient = fdp.PickValueInList(list(AGENTS)), fdp.PickValueInList(list(AGENTS))
        payload = {"title": text, "priority": fdp.ConsumeInt(8)} if fdp.ConsumeBool() else None
        envelope: Message | ToolCall | ToolResult = Message(
            sender=sender,
            recipient=recipient,
            content=text,
            payload_type="task.v1" if payload is not None else None,
            payload=payload,
            **common,
        )
    elif kind == 1:
        sender, tool = fdp.PickValueInList(list(AGENTS)), fdp.PickValueInList(list(TOOLS))
        key = fdp.PickValueInList(["url", "cmd", "path", "environment", "x"])
        envelope = ToolCall(sender=sender, recipient=tool, arguments={key: text}, **common)
    else:
        sender, recipient = fdp.PickValueInList(list(TOOLS)), fdp.PickValueInList(list(AGENTS))
        envelope = ToolResult(
            sender=sender, recipient=recipient, call_id="call-1", result=[text, {"k": text}], **common
        )
    return encode(envelope), sender


def test_one_input(data: bytes) -> None:
    if not data:
        return
    sender_: str | None
    if data[0] & 0x80:
        raw, sender_ = _structured(atheris.FuzzedDataProvider(data[1:]))
    else:
        raw, sender_ = data[1:], SENDERS[data[0] % len(SENDERS)]
    verdict = GUARD.check(raw, sender_from_transport=sender_)
    if not isinstance(verdict, Verdict):
        raise TypeError(f"check returned {type(verdict)!r}")
    plan = PLANNER.plan(verdict)
    msgspec.json.encode(plan.audit)
    if plan.record is not None:
        msgspec.json.encode(plan.record)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
