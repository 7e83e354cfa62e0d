"""Train the stance step's learned fallback: `python -m loaders train-stance [--extra LABELS.json:TEXT_DIR ...]`.

Extracts the articles of hand-labelled (statement, target) pairs with the current rules and records, through
stance_model.RECORDER, the features of every target the rules left neutral (stance_model.py). Each gold row
is matched to the extracted statement overlapping its offsets most (as evaluate-stance does); rows whose
target the rules decided, or whose statement or target was not extracted, are not training rows. A
multinomial logistic regression (support / oppose / neutral, L2, full-batch gradient descent, numpy) is
cross-validated by article (5 folds, articles never split between training and scoring; polar macro-F1 of
the rules plus the fallback over all labelled rows, per part) and then fitted on all rows; the weights,
threshold, training parts and CV figures go to loaders/extraction/stance_model.json (or --out).

Labels: tests/gold/stance_sample.json (always), tests/gold/stance_polnear_train.json when the PolNeAR train
texts are there ($WHOSAID_POLNEAR; the command says so when they are not), and any --extra file in the same
format (`items` of article, start, end, target, label, optional split) with the folder of its article texts
(`article` + ".txt"). `--skip-split NAME` keeps a split out of training and CV (a held-out check).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import random
import sys

from loaders import SAMPLE_DIR
from loaders.evaluate_stance import LABELS, POLNEAR_TEXT, load_gold, matched, scores

FOLDS = 5


def _rows(items: list[dict], part: str, text_dir: str, extractor) -> list[dict]:
    """One row per gold item: its part, article, label, the rules' prediction and the fallback's features."""
    from loaders.extraction import stance_model
    seen: dict[tuple[int, str], dict] = {}

    def extract(article):
        stance_model.RECORDER = []
        try:
            statements = extractor.extract(article).statements
            # keyed by the stance dict, which later steps' shallow copies of a statement share (institutions.py)
            seen.clear()
            seen.update({(id(st.stance), target): f for st, target, f in stance_model.RECORDER})
        finally:
            stance_model.RECORDER = None
        return statements

    out = []
    for k, best in matched(items, text_dir, extract):
        it = items[k]
        pred, feats = "neutral", None
        if best is not None:
            pred = best.stance.get(it["target"], "neutral")
            feats = seen.get((id(best.stance), it["target"]))
            if (best.stance_rule or {}).get(it["target"], "").startswith("model:"):
                pred = "neutral"   # the shipped model's own answer: train on what the rules say
        out.append({"part": it.get("split") or part, "article": f"{part}/{it['article']}", "label": it["label"],
                    "rules": pred, "f": feats})
    return out


def fit(rows: list[dict], l2: float, min_count: int = 3, steps: int = 800) -> dict[str, list[float]]:
    """Weights (feature -> one weight per class of LABELS) of an L2 logistic regression on rows' features."""
    import numpy as np
    counts = collections.Counter(k for r in rows for k in r["f"])
    vocab = sorted(k for k, c in counts.items() if c >= min_count or k == "bias")
    ix = {k: j for j, k in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for n, r in enumerate(rows):
        for k, v in r["f"].items():
            if k in ix:
                x[n, ix[k]] = v
    y = np.eye(len(LABELS))[[LABELS.index(r["label"]) for r in rows]]
    w = np.zeros((len(vocab), len(LABELS)))
    reg = np.full((len(vocab), 1), l2)
    reg[ix["bias"]] = 0.0
    for _ in range(steps):
        z = x @ w
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        w -= 2.0 * (x.T @ (p - y) + reg * w) / len(rows)
    return {k: [round(float(v), 3) for v in w[j]] for k, j in ix.items()}


def _predict(row: dict, model: dict) -> str:
    from loaders.extraction.stance_model import decide
    if row["rules"] != "neutral" or row["f"] is None:
        return row["rules"]
    return decide(row["f"], model)[0]


def cross_validate(rows: list[dict], l2: float, threshold: float, seeds: int = 3, min_count: int = 3) -> dict[str, dict]:
    """Polar macro-F1 per part (and over all rows) of the rules alone and of the rules with the fallback,
    by article: the fallback scoring an article was trained without it."""
    arts = sorted({r["article"] for r in rows})
    preds: dict[int, list[str]] = collections.defaultdict(list)
    for seed in range(seeds):
        order = arts[:]
        random.Random(seed).shuffle(order)
        fold = {a: k % FOLDS for k, a in enumerate(order)}
        for k in range(FOLDS):
            train = [r for r in rows if fold[r["article"]] != k and r["f"] is not None and r["rules"] == "neutral"]
            model = {"classes": list(LABELS), "weights": fit(train, l2, min_count), "threshold": threshold}
            for n, r in enumerate(rows):
                if fold[r["article"]] == k:
                    preds[n].append(_predict(r, model))
    out = {}
    for part in ["all", *sorted({r["part"] for r in rows})]:
        idx = [n for n, r in enumerate(rows) if part == "all" or r["part"] == part]
        rules = scores([rows[n]["label"] for n in idx], [rows[n]["rules"] for n in idx])
        cv = scores([rows[n]["label"] for n in idx for _ in preds[n]], [p for n in idx for p in preds[n]])
        out[part] = {"n": len(idx), "rules": round(rules["polar_macro_f1"], 3), "cv": round(cv["polar_macro_f1"], 3)}
    return out


def _readable(model: dict) -> str:
    """The model as JSON with one line per key and per feature's weights, heaviest oppose weight first."""
    head = [f"{json.dumps(k)}: {json.dumps(v)}" for k, v in model.items() if k != "weights"]
    order = sorted(model["weights"].items(), key=lambda kv: kv[1][2] - kv[1][1])
    rows = [f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in order]
    return "{\n" + ",\n".join(head) + ',\n"weights": {\n' + ",\n".join(rows) + "\n}\n}\n"


def main(argv: list[str] | None = None) -> int:
    from loaders.extraction import Extractor
    from loaders.extraction.stance_model import MODEL_FILE
    ap = argparse.ArgumentParser(prog="python -m loaders train-stance", description=__doc__.splitlines()[0])
    ap.add_argument("--extra", action="append", default=[], help="LABELS.json:TEXT_DIR (more labelled articles)")
    ap.add_argument("--skip-split", action="append", default=[], help="a split kept out of training and CV")
    ap.add_argument("--polnear", default=POLNEAR_TEXT, help="folder of PolNeAR train .txt articles")
    ap.add_argument("--l2", type=float, default=5.0)
    ap.add_argument("--threshold", type=float, default=0.35, help="least probability of a polar class")
    ap.add_argument("--min-count", type=int, default=8, help="least training rows a feature must occur in")
    ap.add_argument("--out", default=MODEL_FILE)
    args = ap.parse_args(argv)
    sources = [("sample", load_gold("sample"), SAMPLE_DIR)]
    if os.path.isdir(args.polnear):
        sources.append(("polnear", load_gold("polnear_train"), args.polnear))
    else:
        print(f"PolNeAR train texts not found at {args.polnear}: training without the PolNeAR gold rows")
    for spec in args.extra:
        labels, _, text_dir = spec.rpartition(":")
        if not (os.path.isfile(labels) and os.path.isdir(text_dir)):
            print(f"error: --extra {spec}: expected LABELS.json:TEXT_DIR, an existing file and folder", file=sys.stderr)
            return 2
        with open(labels, encoding="utf-8") as fh:
            sources.append((os.path.splitext(os.path.basename(labels))[0], json.load(fh)["items"], text_dir))
    extractor = Extractor()
    rows = []
    for part, items, text_dir in sources:
        rows += _rows([i for i in items if i.get("split") not in args.skip_split], part, text_dir, extractor)
    cv = cross_validate(rows, args.l2, args.threshold, min_count=args.min_count)
    for part, c in cv.items():
        print(f"{part:14s} n={c['n']:4d}  polar macro-F1 rules {c['rules']:.3f}  rules + fallback (CV by article) {c['cv']:.3f}")
    train = [r for r in rows if r["f"] is not None and r["rules"] == "neutral"]
    model = {"_about": "Learned stance fallback (loaders/extraction/stance_model.py), written by python -m loaders "
                       "train-stance (loaders/train_stance.py): an L2 logistic regression over the features of the "
                       "(statement, target) pairs the rules left neutral; weights per feature in the order of "
                       "classes. trained_on: training rows per labelled part (parts other than the gold files "
                       "came from --extra); cv_polar_macro_f1: rules alone and rules + fallback, by article.",
             "classes": list(LABELS), "threshold": args.threshold, "l2": args.l2, "min_count": args.min_count,
             "trained_on": dict(collections.Counter(r["part"] for r in train)),
             "cv_polar_macro_f1": cv, "weights": fit(train, args.l2, args.min_count)}
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(_readable(model))
    print(f"{len(train)} training rows, {len(model['weights'])} features -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
