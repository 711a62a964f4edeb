"""The wire types: what agents put on the bus.

Every message on the mesh is one ``Envelope``: a tagged union of frozen,
keyword-only msgspec Structs, discriminated by the ``kind`` field. Unknown
fields are rejected at this boundary on purpose: an envelope is a security
object, and a field we do not understand is a field we cannot reason about.

Decoding is strict (no type coercion) and goes through one decoder built once.
Bounds (id lengths, hop count, label count) are enforced by the decoder itself,
so a value that decodes is a value the rest of the pipeline can trust the
*shape* of; its *content* is still untrusted.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, Final, Literal

import msgspec

__all__ = [
    "MAX_HOPS",
    "MAX_NESTING",
    "Envelope",
    "Message",
    "ToolCall",
    "ToolResult",
    "decode",
    "encode",
    "envelope_json_schema",
    "nesting_depth",
    "new_id",
    "text_of",
]

MAX_HOPS: Final = 64
"""Hard ceiling on ``hop``; the mesh config sets the (lower) policy limit."""

MAX_NESTING: Final = 64
"""Hard ceiling on nesting of payloads/arguments/results; the mesh config sets the (lower) limit."""

Name = Annotated[str, msgspec.Meta(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_][A-Za-z0-9_-]*$")]
"""Agent and tool names. They become NATS subject tokens, so no wildcards, spaces or dots-only."""

Id = Annotated[str, msgspec.Meta(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.:-]+$")]
Label = Annotated[str, msgspec.Meta(min_length=1, max_length=128, pattern=r"^[a-z][a-z0-9_-]*:[^\s]{1,100}$")]
Labels = Annotated[tuple[Label, ...], msgspec.Meta(max_length=64)]
Hop = Annotated[int, msgspec.Meta(ge=0, le=MAX_HOPS)]
PayloadType = Annotated[str, msgspec.Meta(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.-]+$")]


def new_id() -> str:
    """A fresh, random message id."""
    return uuid.uuid4().hex


def _now() -> datetime:
    return datetime.now(UTC)


class _Base(
    msgspec.Struct,
    frozen=True,
    kw_only=True,
    forbid_unknown_fields=True,
    tag_field="kind",
    omit_defaults=True,
):
    id: Id
    """Chosen by the sender (``new_id()``) and kept across redelivery, so duplicates can be removed."""
    sender: Name
    recipient: Name
    conversation_id: Id
    parent_id: Id | None = None
    hop: Hop = 0
    created_at: datetime = msgspec.field(default_factory=_now)
    labels: Labels = ()
    """Provenance labels, e.g. ``untrusted:web`` or ``tool:read_inbox``. What a sender
    claims here is only ever *added* to; the guard never removes taint on its say-so."""


class Message(_Base, tag="message", frozen=True, kw_only=True):
    """Agent-to-agent message. ``payload`` is validated against ``payload_type``'s schema."""

    content: Annotated[str, msgspec.Meta(max_length=1_048_576)] = ""
    payload_type: PayloadType | None = None
    payload_version: Annotated[int, msgspec.Meta(ge=1, le=1_000_000)] = 1
    payload: dict[str, Any] | None = None


class ToolCall(_Base, tag="tool_call", frozen=True, kw_only=True):
    """An agent asks a tool (``recipient`` names the tool) to run with ``arguments``."""

    arguments: dict[str, Any] = msgspec.field(default_factory=dict)


class ToolResult(_Base, tag="tool_result", frozen=True, kw_only=True):
    """A tool (``sender``) answers the agent (``recipient``) that called it."""

    call_id: Id
    result: Any = None
    is_error: bool = False


Envelope = Message | ToolCall | ToolResult
Kind = Literal["message", "tool_call", "tool_result"]

_decoder: Final[msgspec.json.Decoder[Envelope]] = msgspec.json.Decoder(Envelope)
_encoder: Final = msgspec.json.Encoder()


def decode(data: bytes | bytearray | memoryview | str) -> Envelope:
    """Decode and validate one envelope; raises ``msgspec.ValidationError`` / ``DecodeError``."""
    return _decoder.decode(data)


def encode(envelope: Envelope) -> bytes:
    return _encoder.encode(envelope)


def tool_name(envelope: Envelope) -> str | None:
    """The tool an envelope concerns, if any."""
    match envelope:
        case ToolCall():
            return envelope.recipient
        case ToolResult():
            return envelope.sender
        case _:
            return None


def text_of(envelope: Envelope) -> str:
    """All human-readable text an envelope carries, for the detectors.

    Strings nested anywhere in payloads, arguments and results are included;
    keys are included too, because an attacker controls those as well.
    """
    match envelope:
        case Message():
            parts = [envelope.content]
            if envelope.payload:
                _collect_strings(envelope.payload, parts)
        case ToolCall():
            parts = []
            _collect_strings(envelope.arguments, parts)
        case ToolResult():
            parts = []
            _collect_strings(envelope.result, parts)
    return "\n".join(p for p in parts if p)


def nesting_depth(envelope: Envelope, limit: int) -> int:
    """How deeply the free-form part (payload, arguments, result) nests, counting up to ``limit + 1``."""
    match envelope:
        case Message():
            value: Any = envelope.payload
        case ToolCall():
            value = envelope.arguments
        case ToolResult():
            value = envelope.result
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = item.values()
        elif not isinstance(item, list):
            continue
        deepest = max(deepest, depth)
        if depth > limit:
            return depth
        stack.extend((child, depth + 1) for child in item if isinstance(child, (dict, list)))
    return deepest


def _collect_strings(value: object, out: list[str], depth: int = 0) -> None:
    # The guard rejects envelopes nested deeper than limits.max_nesting before detectors run,
    # so this bound is never what hides a string from a detector.
    if depth > MAX_NESTING:
        return
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            if isinstance(k, str):
                out.append(k)
            _collect_strings(v, out, depth + 1)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _collect_strings(v, out, depth + 1)


def envelope_json_schema() -> dict[str, Any]:
    """The JSON Schema of the wire format, generated from the Structs."""
    schema = msgspec.json.schema(Envelope)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://agentmesh-guard.dev/schemas/envelope.schema.json"
    schema["title"] = "agentmesh-guard envelope"
    return schema
