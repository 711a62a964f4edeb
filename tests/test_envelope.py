"""The wire types: strict decoding, bounds, and the generated JSON Schema."""

from __future__ import annotations

import json

import msgspec
import pytest

from agentmesh_guard import envelope as env
from agentmesh_guard.cli.core import ENVELOPE_SCHEMA_FILE, render_envelope_schema
from tests.support import SCHEMAS, call, msg, result


@pytest.mark.parametrize("original", [msg(), call(arguments={"x": [1, {"y": "z"}]}), result(value={"a": 1})])
def test_round_trip(original: env.Envelope) -> None:
    """Every kind encodes and decodes to an equal value (the tag picks the type)."""
    assert env.decode(env.encode(original)) == original


BASE = {"kind": "message", "id": "m1", "sender": "a", "recipient": "b", "conversation_id": "c"}


@pytest.mark.parametrize(
    ("patch", "where"),
    [
        ({"hop": 65}, "$.hop"),
        ({"hop": -1}, "$.hop"),
        ({"hop": "1"}, "$.hop"),  # strict: no coercion from strings
        ({"labels": ["no colon"]}, "$.labels[0]"),
        ({"labels": ["untrusted:web"] * 65}, "$.labels"),
        ({"sender": "mesh.in.x"}, "$.sender"),  # dots would let a name become a NATS subject path
        ({"sender": "*"}, "$.sender"),
        ({"recipient": ""}, "$.recipient"),
        ({"extra": 1}, "extra"),
        ({"kind": "shell"}, "kind"),
    ],
)
def test_invalid_envelopes_name_the_field(patch: dict[str, object], where: str) -> None:
    """Out-of-bounds or unknown fields are refused, and the error names the field at fault."""
    data = json.dumps({**BASE, **patch}).encode()
    with pytest.raises(msgspec.ValidationError) as info:
        env.decode(data)
    assert where in str(info.value)


def test_id_is_required_on_the_wire() -> None:
    """The sender chooses the id (so redeliveries can be de-duplicated); a missing id is an error."""
    data = {k: v for k, v in BASE.items() if k != "id"}
    with pytest.raises(msgspec.ValidationError, match="id"):
        env.decode(json.dumps(data))


def test_text_of_collects_nested_strings_and_keys() -> None:
    """Detectors see every string an attacker controls: nested values and keys alike."""
    text = env.text_of(call(tool="deploy", arguments={"note": {"ignore previous": ["deep text"]}}))
    assert "ignore previous" in text
    assert "deep text" in text


def test_generated_schema_is_current() -> None:
    """schemas/envelope.schema.json matches the Structs (run `agentmesh-guard schemas generate` if not)."""
    on_disk = (SCHEMAS / ENVELOPE_SCHEMA_FILE).read_text(encoding="utf-8")
    assert on_disk == render_envelope_schema()


def test_generated_schema_validates_real_envelopes() -> None:
    """The JSON Schema accepts what the decoder accepts and rejects an unknown kind."""
    import jsonschema

    schema = json.loads((SCHEMAS / ENVELOPE_SCHEMA_FILE).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for e in (msg(), call(), result()):
        validator.validate(json.loads(env.encode(e)))
    assert not validator.is_valid({**BASE, "kind": "shell"})
