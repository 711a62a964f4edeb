"""Development validation on the TUNING split: in-sample and out-of-fold numbers at the quarantine line.

In-sample numbers are optimistic: the n-gram model was trained on these very rows. The *out-of-fold*
figure scores every tuning row with the ``learned`` family from a model trained without that row's whole
template family (a garak probe with its clean twin, or one of our sample sets: ``train_ngram.out_of_fold``,
the same folds ``fit_weights.py`` fits the ``learned`` weight on). The rule families and their fitted weights
are the same in both (the weights are few and regularised; the model is what memorises).

A row's severity is the maximum over the fast tier, as in ``agentmesh-guard eval``: the injection score
(recomputed here with the out-of-fold ``learned`` strength) and the other detectors' findings (exfil,
secrets, encoded, unicode) as they are. Only tuning rows are read (``train_ngram.tuning_rows`` refuses
anything else).

    python eval/oof_eval.py /work/shared/data/injection-dev.jsonl [--threshold 70]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from typing import Any

import train_ngram

from agentmesh_guard.detectors import StaticScanContext, fast_detectors
from agentmesh_guard.detectors import _injection_rules as rules
from agentmesh_guard.detectors._ngram import learned_strength
from agentmesh_guard.detectors.injection import injection_evidence, score_injection
from agentmesh_guard.evaluation import DATA_CHANNELS, INSTRUCTION_CHANNELS, _tpr_at_fpr, scan_one


def injection_severity(row: dict[str, Any], p: float | None) -> int:
    """The injection detector's severity for ``row``; with ``p``, the ``learned`` family uses that probability."""
    data = row.get("channel") in DATA_CHANNELS
    ev = injection_evidence(
        str(row["text"]), data_channel=data, instructions=row.get("channel") in INSTRUCTION_CHANNELS, learned=False
    )
    if not ev:
        return 0
    weights = rules.DATA_WEIGHTS if data else rules.WEIGHTS
    strengths = {fam: e.strength for fam, e in ev.items()}
    if p is not None and (s := learned_strength(p)) > 0.0:
        strengths["learned"] = s
    remaining = 1.0
    for fam, s in strengths.items():
        remaining *= 1.0 - round(weights[fam] * s) / 100.0
    severity = min(100, round(100 * (1.0 - remaining)))
    if len(strengths) == 1 and next(iter(strengths)) not in rules.STANDALONE:
        severity = min(severity, rules.SINGLE_CAP)
    return severity


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dev", nargs="?", default="/work/shared/data/injection-dev.jsonl")
    parser.add_argument("--threshold", type=int, default=70)
    args = parser.parse_args()
    rows = train_ngram.tuning_rows(args.dev)
    oof = train_ngram.out_of_fold(rows)
    others = [d for d in fast_detectors() if d.name not in ("injection", "split")]
    ctx = StaticScanContext()
    scores: dict[str, list[tuple[int, int]]] = {"in-sample": [], "out-of-fold": []}
    # (group) -> [tp, pos, fp, neg] for in-sample and out-of-fold
    table: dict[str, dict[str, list[int]]] = {"in-sample": defaultdict(lambda: [0, 0, 0, 0]),
                                              "out-of-fold": defaultdict(lambda: [0, 0, 0, 0])}  # fmt: skip
    for i, (row, p) in enumerate(zip(rows, oof, strict=True)):
        rest = max((f.severity for f in scan_one(str(row["text"]), row.get("channel"), others, ctx, f"row-{i}")),
                   default=0)  # fmt: skip
        label = int(row["label"])
        groups = ("all", "garak" if row.get("dataset") == "garak" else "samples", str(row.get("dataset")))
        for name, prob in (("in-sample", None), ("out-of-fold", p)):
            if prob is None:
                inj = score_injection(
                    str(row["text"]),
                    data_channel=row.get("channel") in DATA_CHANNELS,
                    instructions=row.get("channel") in INSTRUCTION_CHANNELS,
                ).severity
            else:
                inj = injection_severity(row, prob)
            flagged = max(inj, rest) >= args.threshold
            scores[name].append((max(inj, rest), label))
            for g in dict.fromkeys(groups):
                cell = table[name][g]
                if label:
                    cell[0] += flagged
                    cell[1] += 1
                else:
                    cell[2] += flagged
                    cell[3] += 1
    for name, groups_ in table.items():
        at1, t1 = _tpr_at_fpr(scores[name], 0.01)
        print(f"{name} (threshold {args.threshold}; all rows: TPR at <= 1% FPR {at1 or 0:.1%}, severity >= {t1})")
        for g, (tp, pos, fp, neg) in groups_.items():
            tpr, fpr = tp / max(pos, 1), fp / max(neg, 1)
            print(f"  {g:22s} n={pos + neg:5d} (+{pos}/-{neg})  TPR {tpr:6.1%}  FPR {fpr:5.1%} ({fp})")


if __name__ == "__main__":
    main()
