"""Property tests for the envelope decoder and the whole ``Guard.check`` pipeline: any input
gives a verdict (never an exception), a rejected input says why, and valid envelopes round-trip."""

from __future__ import annotations

import json

import msgspec
from hypothesis import example, given
from hypothesis import strategies as st

from agentmesh_guard import envelope as env
from agentmesh_guard.envelope import Message
from agentmesh_guard.guard import Guard
from agentmesh_guard.verdict import Action, Verdict
from tests.fuzz.fuzz_support import FUZZ, JSON, ODD_TEXT, envelope_dicts
from tests.support import mesh

GUARD = Guard.from_config(mesh())
"""Real detectors and Cedar; built once (a guard is cheap to call, not to build)."""
SENDERS = st.sampled_from([None, "planner", "researcher", "web_fetch", "nobody"])


def _check(data: bytes, sender: str | None) -> Verdict:
    verdict = GUARD.check(data, sender_from_transport=sender)
    assert isinstance(verdict, Verdict)
    if verdict.action is Action.REJECT:
        assert verdict.reasons and verdict.reasons[0].code
    if verdict.action is Action.DELIVER:
        assert verdict.envelope is not None
    return verdict


@FUZZ
@given(data=st.binary(max_size=2048), sender=SENDERS)
@example(data=b'{"kind":"mess\xdcage"}', sender="planner")  # bad UTF-8 in the tag: used to raise
@example(data=b"\x00" * 100, sender="planner")
@example(data=b"\xff\xfe{}", sender=None)
def test_any_bytes_give_a_verdict(data: bytes, sender: str | None) -> None:
    """Arbitrary bytes (invalid UTF-8, NULs, BOMs) are decided, never raised on."""
    _check(data, sender)


@FUZZ
@given(doc=envelope_dicts(), sender=SENDERS)
def test_any_envelope_shaped_json_gives_a_verdict(doc: dict[str, object], sender: str | None) -> None:
    """Envelope-shaped JSON with odd text, huge numbers, wrong types and unknown fields is decided;
    anything delivered really is a valid envelope from the transport's sender (when there is one)."""
    verdict = _check(msgspec.json.encode(doc), sender)
    if verdict.delivered and sender is not None:  # None: no transport identity (an in-process caller)
        assert verdict.envelope is not None and verdict.envelope.sender == sender


@FUZZ
@given(depth=st.integers(min_value=1, max_value=5000), kind=st.sampled_from(["[", '{"a":']))
def test_deep_nesting_is_rejected_not_raised(depth: int, kind: str) -> None:
    """Payloads nested up to 5,000 levels are decided; past the mesh's limit they are rejected."""
    close = "]" if kind == "[" else "}"
    payload = kind * depth + "1" + close * depth
    doc = (
        '{"kind":"message","id":"d","sender":"planner","recipient":"coder","conversation_id":"c",'
        f'"payload":{{"x":{payload}}}}}'
    )
    verdict = _check(doc.encode(), "planner")
    if depth + 1 > GUARD.mesh.limits.max_nesting:
        assert verdict.action is Action.REJECT


@FUZZ
@given(value=JSON, content=ODD_TEXT)
def test_valid_messages_round_trip_and_are_decided(value: object, content: str) -> None:
    """A well-formed Message with any payload and any text encodes, decodes to an equal value,
    and gets a verdict."""
    message = Message(
        id="rt", sender="planner", recipient="coder", conversation_id="c", content=content, payload={"v": value}
    )
    data = env.encode(message)
    assert env.decode(data) == message
    _check(data, "planner")


@FUZZ
@given(size=st.integers(min_value=0, max_value=4 * 1024 * 1024))
def test_oversized_messages_are_rejected_by_size(size: int) -> None:
    """Anything over ``max_message_bytes`` is rejected as too large, whatever it holds."""
    data = b"{" + b" " * size + b"}"
    verdict = _check(data, "planner")
    if len(data) > GUARD.mesh.limits.max_message_bytes:
        assert verdict.reasons[0].code == "decode.too_large"


def test_json_decoder_agrees_with_the_stdlib_on_what_is_json() -> None:
    """Sanity for the generators: the encodings they produce are JSON the stdlib can read."""
    assert json.loads(msgspec.json.encode({"a": 2**200, "b": "\x00"})) == {"a": 2**200, "b": "\x00"}
