"""Score the fast tier on conversations: split-instruction attacks and benign multi-message work.

Reads ``eval/samples/split_heldout.jsonl`` (rows ``{"id", "messages": [...], "label", ...}``),
replays each conversation as one sender's messages (distinct message ids, one conversation id
per row) through one fast tier, and reports, at the quarantine threshold:

- conversation TPR: attack conversations with at least one message flagged;
- conversation FPR: benign conversations with at least one message flagged;
- message FPR: benign messages flagged;
- the same without the split detector (what the single-message tier catches).

    python eval/eval_split.py [FILE] [--threshold 70] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import pathlib
from collections.abc import Sequence

from agentmesh_guard.detectors import StaticScanContext, fast_detectors
from agentmesh_guard.envelope import Message
from agentmesh_guard.types import Detector

DEFAULT = pathlib.Path(__file__).parent / "samples" / "split_heldout.jsonl"


def replay(rows: Sequence[dict[str, object]], detectors: Sequence[Detector], threshold: int) -> list[list[int]]:
    """Per row, the max severity of each message (>= ``threshold`` means flagged)."""
    ctx = StaticScanContext()
    out = []
    for n, row in enumerate(rows):
        sev = []
        for i, text in enumerate(row["messages"]):  # type: ignore[attr-defined]
            env = Message(id=f"r{n}-m{i}", sender="agent", recipient="peer", conversation_id=f"conv-{n}",
                          content=text)  # fmt: skip
            sev.append(max((f.severity for d in detectors for f in d.scan(text, env, ctx)), default=0))
        out.append(sev)
    return out


def report(rows: Sequence[dict[str, object]], sev: list[list[int]], threshold: int) -> dict[str, float]:
    att = [s for r, s in zip(rows, sev, strict=True) if r["label"]]
    ben = [s for r, s in zip(rows, sev, strict=True) if not r["label"]]
    ben_msgs = [x for s in ben for x in s]
    return {
        "attacks": len(att),
        "benign": len(ben),
        "conv_tpr": sum(max(s) >= threshold for s in att) / max(1, len(att)),
        "conv_fpr": sum(max(s) >= threshold for s in ben) / max(1, len(ben)),
        "msg_fpr": sum(x >= threshold for x in ben_msgs) / max(1, len(ben_msgs)),
        "benign_messages": len(ben_msgs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", default=str(DEFAULT))
    parser.add_argument("--threshold", type=int, default=70)
    parser.add_argument("--verbose", action="store_true", help="print every conversation's severities")
    args = parser.parse_args()
    with open(args.file, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    with_split = fast_detectors()
    without = [d for d in fast_detectors() if d.name != "split"]
    for name, dets in (("fast tier", with_split), ("fast tier without split", without)):
        sev = replay(rows, dets, args.threshold)
        r = report(rows, sev, args.threshold)
        print(f"{name:24s} conversations {r['attacks']}+/{r['benign']}-  TPR {r['conv_tpr']:.1%}  "
              f"FPR {r['conv_fpr']:.1%}  message FPR {r['msg_fpr']:.1%} of {r['benign_messages']}")  # fmt: skip
        if args.verbose:
            for row, s in zip(rows, sev, strict=True):
                print(f"  {row['id']:32s} label={row['label']} {s}")


if __name__ == "__main__":
    main()
