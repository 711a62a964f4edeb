"""Shared hypothesis settings and strategies for the property tests.

``AMG_FUZZ_EXAMPLES`` sets the examples per property (default 100, which keeps the default run
fast); the long run in docs/reliability.md uses ``AMG_FUZZ_EXAMPLES=5000``.
"""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("AMG_FUZZ_EXAMPLES", "100"))

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)

ODD_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),  # anything encodable, incl. NUL and every plane
        st.sampled_from(["\x00", "\u200b", "\u202e", "\ufeff", "\U000e0041", "\u0430", "\u0301", "\uffff"]),
    ),
    max_size=400,
)
"""Text with NULs, zero-width and bidi characters, tag characters, homoglyphs, combining marks."""

HUGE_NUMBERS = st.one_of(
    st.integers(min_value=-(2**200), max_value=2**200),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([2**64, -(2**63) - 1, 10**300, 1e308, -1e308, 5e-324]),
)

JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), HUGE_NUMBERS, ODD_TEXT),
    lambda children: st.one_of(
        st.lists(children, max_size=6), st.dictionaries(st.text(max_size=12), children, max_size=6)
    ),
    max_leaves=30,
)
"""Any JSON value (after encoding), with odd text and numbers."""

AGENTS = ("planner", "researcher", "coder", "outsider")
TOOLS = ("web_fetch", "read_inbox", "run_tests", "deploy")


@st.composite
def envelope_dicts(draw: st.DrawFn) -> dict[str, Any]:
    """An envelope as a dict: mostly well-formed, with random fields changed, added or removed."""
    kind = draw(st.sampled_from(["message", "tool_call", "tool_result", "other"]))
    party = st.sampled_from(AGENTS + TOOLS + ("", "mesh.out.x", "*", "a" * 65))
    base: dict[str, Any] = {
        "kind": kind,
        "id": draw(st.sampled_from(["m1", "x" * 129, "", "a b"])),
        "sender": draw(party),
        "recipient": draw(party),
        "conversation_id": "c1",
    }
    if kind == "message":
        base["content"] = draw(ODD_TEXT)
        if draw(st.booleans()):
            base["payload_type"] = draw(st.sampled_from(["task.v1", "nope.v9", "bad type"]))
            base["payload"] = draw(JSON)
    elif kind == "tool_call":
        base["arguments"] = draw(st.dictionaries(st.text(max_size=10), JSON, max_size=5))
    elif kind == "tool_result":
        base["call_id"] = "call-1"
        base["result"] = draw(JSON)
    extras = draw(
        st.dictionaries(
            st.sampled_from(["hop", "labels", "created_at", "parent_id", "is_error", "evil", "kind"]),
            JSON,
            max_size=3,
        )
    )
    base.update(extras)
    return base
