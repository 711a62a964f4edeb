"""Destination provenance: where untrusted content wants things to go, remembered per conversation.

Taint says *that* an agent read untrusted content; it cannot say which part of what the agent
writes next came from it. An instruction that no detector flags (a plausible invoice request in
an e-mail) spreads as ordinary text. What such an instruction cannot do without is where it wants
things to go: the attacker's account, mailbox, wallet or host. So the guard remembers, per
conversation, the destinations that *entered* it through untrusted content, and tells the policy
when a later agent message or tool call names one of them (``context.untrusted_destinations``).

**What is learned.** When the guard delivers content that entered the mesh from outside, the
destinations it names (``detectors.indicators.extract_indicators``: e-mail addresses, checksum-valid
IBANs, crypto wallets, URL hosts, normalised; hosts the mesh allows and e-mail addresses at them are
never learned) are remembered for the conversation. Content from outside is:

- a tool result from a tool with ``untrusted_output`` (decided by the mesh config, not by labels a
  tool or an agent could write: a read-only tool called by a tainted agent is not a source);
- any envelope whose *sender* labels it ``untrusted:*`` itself (a gateway relaying another
  organisation's messages, an agent passing on a document it marks as external).

Messages of tainted agents are not sources: their destinations were either learned from the
untrusted content they read, or are the agent's own (its team's addresses, its figures).

**Where it is kept.** In the guard's exposure store, under a key that cannot be an agent name
(``@destinations``), one label ``dest:<destination>`` each. It therefore has exactly the exposure
state's properties: the taint window (``limits.taint_window_s``), the same bound, and on NATS the
same sharing between guards (the ``amg_exposure`` bucket and its watchers), with no store of its own.
At most ``MAX_PER_CONVERSATION`` destinations are kept per conversation; past that the conversation is
marked *overflowed* and every destination a message names counts as untrusted-origin (fail closed).

**What the policy sees** (``untrusted_destinations`` in the Cedar context, for messages and tool
calls): how many untrusted-origin destinations the message names, split into ``payment`` (IBANs,
wallets), ``contact`` (e-mail addresses) and ``host`` (URL hosts / paths), and the destinations
themselves (``named``). Destinations in the mesh's ``known_destinations`` are never counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from agentmesh_guard.detectors.indicators import extract_indicators
from agentmesh_guard.envelope import Envelope, Message, ToolCall, ToolResult, text_of
from agentmesh_guard.types import ExposureStore
from agentmesh_guard.verdict import Finding

__all__ = [
    "CONTACT_RELAY_POLICY",
    "KEY",
    "MAX_PER_CONVERSATION",
    "OVERFLOW",
    "DestinationProvenance",
    "Named",
    "destination_class",
    "normalise_destination",
]

KEY: Final = "@destinations"
"""The exposure store's 'agent' under which a conversation's destinations are kept (``@`` cannot
start an agent name, so it never collides with a real agent's exposure)."""
PREFIX: Final = "dest:"
OVERFLOW: Final = "dest:*overflow"
"""Marks a conversation whose destination memory is full: every destination then counts."""
MAX_PER_CONVERSATION: Final = 1024
MAX_NAMED: Final = 32
"""At most this many destinations are listed in the Cedar context and as findings (counts are complete)."""
FINDING_KIND: Final = "untrusted_destination"

CONTACT_RELAY_POLICY: Final = """
// Opt-in (not in the default set; docs/policies.md): a tainted agent's message that names an e-mail
// address which entered the conversation through untrusted content is held for a person.
@id("hold-untrusted-contact-relay")
@on_deny("hold")
forbid (principal, action == Action::"send", resource)
when {
  context has untrusted_destinations &&
  context.untrusted_destinations.contact > 0 && context.tainted && context.approval == "none"
};
"""
"""Closes the relay of a mailbox-only request (no account named) at the cost of holding summaries that
quote an outside address: see docs/propagation.md for the numbers."""

_CLASSES: Final = {"iban": "payment", "wallet": "payment", "email": "contact", "host": "host", "url": "host"}


def destination_class(destination: str) -> str:
    """``payment`` (IBAN, wallet), ``contact`` (e-mail address) or ``host`` (URL host or path)."""
    return _CLASSES.get(destination.partition(":")[0], "host")


def normalise_destination(text: str, *, allowed_hosts: frozenset[str] = frozenset()) -> str:
    """The normalised destination ``text`` names (``iban:DE44…``, ``email:a@b.example``, ``host:x``):
    a bare IBAN, address, wallet or URL, or one already written ``kind:value``. ``ValueError`` when it
    names none, or more than one."""
    kind, sep, value = text.partition(":")
    candidate = value if sep and kind in _CLASSES and not value.startswith("//") else text
    if kind == "host" and sep:
        candidate = f"https://{value}"
    found = list(extract_indicators(candidate.strip(), allowed_hosts=allowed_hosts))
    if len(found) != 1:
        raise ValueError(f"{text!r} names {len(found) or 'no'} destinations; write one IBAN, wallet, e-mail or URL")
    return found[0]


@dataclass(frozen=True, slots=True)
class Named:
    """The untrusted-origin destinations one message names: destination -> its span in the text."""

    spans: dict[str, tuple[int, int]]
    text: str = ""
    """The text the spans index (``envelope.text_of``)."""
    overflowed: bool = False
    """The conversation's destination memory was full, so every destination counted."""

    def count(self, cls: str) -> int:
        return sum(1 for d in self.spans if destination_class(d) == cls)

    def context(self) -> dict[str, Any]:
        """``context.untrusted_destinations`` (the ``UntrustedDestinations`` record of the Cedar schema)."""
        return {
            "named": sorted(self.spans)[:MAX_NAMED],
            "total": len(self.spans),
            "payment": self.count("payment"),
            "contact": self.count("contact"),
            "host": self.count("host"),
        }

    def findings(self) -> list[Finding]:
        """Evidence for the held record: which destination, where (severity 0: provenance, not poison)."""
        text = self.text
        why = (
            "the conversation's destination memory is full, so every destination counts"
            if self.overflowed
            else "it entered this conversation through untrusted content"
        )
        return [
            Finding(
                kind=FINDING_KIND,
                severity=0,
                detector="destinations",
                message=f"names {dest} ({destination_class(dest)}): {why}",
                start=start,
                end=end,
                excerpt=text[max(0, start - 60) : end + 60],
            )
            for dest, (start, end) in sorted(self.spans.items(), key=lambda kv: kv[1])[:MAX_NAMED]
        ]


NOTHING: Final = Named({})


class DestinationProvenance:
    """Learns destinations from untrusted content and finds them again in later messages.

    Stateless itself: the state is the exposure store passed to each call (the guard's, which the
    NATS sidecar replaces by the shared one)."""

    def __init__(
        self,
        *,
        untrusted_tools: Iterable[str],
        allowed_hosts: Iterable[str] = (),
        known: Iterable[str] = (),
        max_per_conversation: int = MAX_PER_CONVERSATION,
    ) -> None:
        self.untrusted_tools = frozenset(untrusted_tools)
        self.allowed_hosts = frozenset(h.lower() for h in allowed_hosts)
        self.known = frozenset(normalise_destination(k, allowed_hosts=self.allowed_hosts) for k in known)
        self.max_per_conversation = max_per_conversation

    # -- learning (on delivery) ----------------------------------------------------------------

    def is_source(self, envelope: Envelope) -> bool:
        """Did this content enter the mesh from outside (see the module doc)?"""
        if isinstance(envelope, ToolResult) and envelope.sender in self.untrusted_tools:
            return True
        return any(label.startswith("untrusted:") for label in envelope.labels)

    def teaches(self, envelope: Envelope, store: ExposureStore) -> tuple[str, ...]:
        """The ``dest:`` labels delivering ``envelope`` adds to its conversation (new ones only, with
        ``OVERFLOW`` once the conversation is full); empty when it is not untrusted content (whose
        text is then not read)."""
        if not self.is_source(envelope):
            return ()
        text = text_of(envelope)
        found = [d for d in extract_indicators(text, allowed_hosts=self.allowed_hosts) if d not in self.known]
        if not found:
            return ()
        held = store.exposure(KEY, envelope.conversation_id)
        if OVERFLOW in held:
            return ()
        new = [PREFIX + d for d in found if PREFIX + d not in held]
        room = self.max_per_conversation - len(held)
        if len(new) > room:  # remembering only some would let the rest pass: mark the conversation instead
            return (*new[: max(0, room)], OVERFLOW)
        return tuple(new)

    # -- matching (every message and tool call) -------------------------------------------------

    def named(self, envelope: Envelope, store: ExposureStore) -> Named:
        """The untrusted-origin destinations an agent's message or tool call names (the text is only
        read when the conversation has any)."""
        if not isinstance(envelope, (Message, ToolCall)):
            return NOTHING
        held = store.exposure(KEY, envelope.conversation_id)
        if not held:
            return NOTHING
        everything = OVERFLOW in held
        text = text_of(envelope)
        spans = {
            d: span
            for d, span in extract_indicators(text, allowed_hosts=self.allowed_hosts).items()
            if d not in self.known and (everything or PREFIX + d in held)
        }
        return Named(spans, text, everything) if spans else NOTHING
