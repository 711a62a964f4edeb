"""How much detection survives simple disguises: spacing, markup, case, character references.

    python eval/evasion.py [--file eval/samples/tuning.jsonl] [--limit 400]

Takes the injections (label 1) the fast tier flags (>= 70) in a labelled JSON-lines file, applies
each disguise to every one of them, and prints how many are no longer flagged; then applies the
same disguises to the benign rows (label 0) and prints how many become flagged. A model reads
each disguised text as the original words, so a detector should not lose them.

Run it on the tuning split (the default): the held-out split is for reporting detection quality
(docs/detection.md), not for probing.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable

from agentmesh_guard.detectors import StaticScanContext, fast_detectors
from agentmesh_guard.evaluation import scan_one

QUARANTINE = 70

DISGUISES: dict[str, Callable[[str], str]] = {
    "upper case": str.upper,
    "title case": str.title,
    "double spaces": lambda t: t.replace(" ", "  "),
    "one word per line": lambda t: t.replace(" ", "\n"),
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "markdown bold words": lambda t: re.sub(r"\b(\w{4,})\b", r"**\1**", t),
    "markdown italic words": lambda t: re.sub(r"\b(\w{4,})\b", r"_\1_", t),
    "each word in a <span>": lambda t: " ".join(f"<span>{w}</span>" for w in t.split(" ")),
    "every third word in <b>": lambda t: " ".join(f"<b>{w}</b>" if i % 3 == 0 else w
                                                  for i, w in enumerate(t.split(" "))),
    "first letters as &#NN;": lambda t: re.sub(r"\b([a-z])(\w{3,})\b", lambda m: f"&#{ord(m[1])};{m[2]}", t),
    "soft hyphens in words": lambda t: re.sub(r"\b(\w{3})(\w{3,})\b", "\\1\u00ad\\2", t),
    "words in quotes": lambda t: " ".join(f'"{w}"' for w in t.split(" ")),
    "underscores for spaces": lambda t: t.replace(" ", "_"),
    "dots for spaces": lambda t: t.replace(" ", "."),
    "hyphen inside words": lambda t: re.sub(r"\b(\w{3})(\w{3,})\b", r"\1-\2", t),
    "leetspeak (a e i o s t)": lambda t: t.translate(str.maketrans("aeiostAEIOST", "4310574310$7")),
    "vowels as digits": lambda t: t.translate(str.maketrans("aeioAEIO", "43104310")),
    "letters spaced out": lambda t: "  ".join(" ".join(w) for w in t.split(" ")),
    "letters dotted": lambda t: "  ".join(".".join(w) for w in t.split(" ")),
    "letters spaced, no word gap": lambda t: " ".join(t.replace(" ", "")),
}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--file", default="eval/samples/tuning.jsonl")
    parser.add_argument("--limit", type=int, default=400, help="at most this many rows of each label")
    args = parser.parse_args()
    with open(args.file, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    detectors = fast_detectors()
    context = StaticScanContext()
    scanned = 0

    def severity(text: str, channel: str | None) -> int:
        nonlocal scanned
        scanned += 1  # each text is a message of its own: stateful detectors (split) never join two
        return max((f.severity for f in scan_one(text, channel, detectors, context, f"row-{scanned}")), default=0)

    attacks = [(r["text"], r.get("channel")) for r in rows if r.get("label") == 1][: args.limit]
    benign = [(r["text"], r.get("channel")) for r in rows if r.get("label") == 0][: args.limit]
    flagged = [(t, c) for t, c in attacks if severity(t, c) >= QUARANTINE]
    print(f"{len(flagged)} of {len(attacks)} injections flagged as written; {len(benign)} benign rows")
    print(f"{'disguise':28s} {'injections lost':>16s} {'benign flagged':>15s}")
    base = sum(severity(t, c) >= QUARANTINE for t, c in benign)
    print(f"{'(as written)':28s} {'':>16s} {base:>15d}")
    for name, disguise in DISGUISES.items():
        lost = sum(severity(disguise(t), c) < QUARANTINE for t, c in flagged)
        fp = sum(severity(disguise(t), c) >= QUARANTINE for t, c in benign)
        print(f"{name:28s} {lost:>6d} ({100 * lost / max(1, len(flagged)):3.0f}%)   {fp:>15d}")


if __name__ == "__main__":
    main()
