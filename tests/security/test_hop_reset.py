"""The hop count the policy sees comes from the guard, not from the sender.

``hop`` is an envelope field the sender writes. A hijacked agent that writes ``hop: 0`` on every
message would otherwise make ``reject-hop-limit`` (``context.hop > context.hop_limit``) stop only
honest loops. The guard remembers at which hop it delivered each message to each agent
(``agentmesh_guard/hops.py``): a reply or forward is one deeper than the parent it cites, and a
sender gets only a few fresh starts (no parent, or a parent cited too often) per conversation.
"""

from __future__ import annotations

from agentmesh_guard.hops import HopTracker
from agentmesh_guard.verdict import Action
from tests.security.security_support import guarded_mesh
from tests.support import msg

LIMIT = 8
"""``limits.max_hops`` of the test mesh."""
ROOTS = 32
"""Fresh starts a sender gets per conversation (``hops.MAX_ROOTS``)."""


async def _bounce(m, n: int, *, cite: str) -> list[Action]:  # type: ignore[no-untyped-def]
    """The planner (honest: its reply cites what it got, at the hop it was told) and a hijacked
    coder (``hop: 0`` always; ``cite``: "none" omits the parent, "first" cites the planner's first
    reply every time) bounce one conversation back and forth."""
    actions, first_to_coder = [], None
    for i in range(n):
        if i % 2 == 0:
            parent = {"none": None, "first": first_to_coder}[cite]
            message = msg(sender="coder", recipient="planner", content=f"ping {i}", conversation_id="loop", hop=0,
                          parent_id=parent.id if parent else None)  # fmt: skip
        else:
            got = m.victims["planner"].received[-1]
            message = msg(sender="planner", content=f"pong {i}", conversation_id="loop",
                          hop=min(got.hop + 1, 64), parent_id=got.id)  # fmt: skip
        outcome = await m.bus.send(message, as_sender=message.sender)
        actions.append(outcome.verdict.action)
        if outcome.verdict.delivered and message.sender == "planner":
            first_to_coder = first_to_coder or message
        if not outcome.verdict.delivered:
            break
    return actions


async def test_a_loop_driven_by_a_sender_that_omits_its_parent_is_stopped() -> None:
    """The hijacked coder writes ``hop: 0`` and no parent on every message. Its first ROOTS messages
    are fresh starts (decided at 0, the planner's replies at 1); after that each is decided one
    deeper than the deepest reply it got, so the loop climbs to the limit and the next message in
    it is rejected by reject-hop-limit (was: never: the loop ran forever at hop 0-1)."""
    m = guarded_mesh()
    actions = await _bounce(m, 400, cite="none")
    assert actions[-1] is Action.REJECT
    assert actions[:-1] == [Action.DELIVER] * (len(actions) - 1)
    # 32 fresh starts (64 messages), then each round is two hops deeper: the coder at 2, 4, 6, 8 and
    # the planner's replies at 3, 5, 7, until the reply at 9 is refused: 72 messages in all
    assert len(actions) == 2 * ROOTS + LIMIT
    assert m.victims["planner"].texts()[-1].startswith("ping")


async def test_a_loop_driven_by_citing_one_old_parent_again_and_again_is_stopped() -> None:
    """The hijacked coder cites the planner's first reply (hop 1) as parent every time: a parent
    counts for 32 citations, then citing it is a fresh start, and once those are used up too the
    loop climbs to the limit and is rejected."""
    m = guarded_mesh()
    actions = await _bounce(m, 400, cite="first")
    assert actions[-1] is Action.REJECT and Action.REJECT not in actions[:-1]
    assert len(actions) < 400


async def test_honest_fan_out_and_replies_keep_their_own_hops() -> None:
    """A hub hands out 20 tasks in one conversation and each answer cites its task: nothing gets
    deeper than 1, whatever the number of exchanges (a conversation-wide depth would have reached
    the limit after a few rounds); a forward chain is decided at its claims."""
    m = guarded_mesh()
    for i in range(20):
        task = msg(sender="planner", recipient="coder", content=f"task {i}", conversation_id="fan", hop=0)
        assert (await m.bus.send(task, as_sender="planner")).verdict.delivered
        answer = msg(sender="coder", recipient="planner", content=f"done {i}", conversation_id="fan", hop=1,
                     parent_id=task.id)  # fmt: skip
        assert m.guard.effective_hop(answer) == 1
        assert (await m.bus.send(answer, as_sender="coder")).verdict.delivered
    over = await m.bus.send(
        msg(sender="planner", content="x", conversation_id="fan", hop=LIMIT + 1), as_sender="planner"
    )
    assert over.verdict.policy_ids == ("reject-hop-limit",)  # a higher claim still counts


def test_a_parent_cited_in_reply_sets_the_floor() -> None:
    """A reply is at least one hop deeper than the parent the guard delivered, whatever it claims;
    a parent the sender never received does not count (it is a fresh start)."""
    t = HopTracker()
    parent = msg(sender="planner", recipient="coder", conversation_id="c", hop=5)
    t.delivered(parent)
    assert t.effective(msg(sender="coder", recipient="planner", conversation_id="c", hop=0, parent_id=parent.id)) == 6
    assert t.effective(msg(sender="coder", recipient="planner", conversation_id="c", hop=7, parent_id=parent.id)) == 7
    assert t.effective(msg(sender="researcher", conversation_id="c", hop=0, parent_id=parent.id)) == 0


def test_the_tracker_is_bounded() -> None:
    """At most ``max_ids`` remembered deliveries and ``max_keys`` pairs, least recently used first out."""
    t = HopTracker(max_ids=50, max_keys=60)
    for i in range(200):
        t.delivered(msg(sender="planner", recipient="coder", conversation_id=f"c{i}", hop=0))
    assert t._ids <= 50 and len(t) <= 60
