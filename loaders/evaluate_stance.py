"""Score the stance step against hand labels: `python -m loaders evaluate-stance [--part sample|polnear|all]`.

Gold rows (tests/gold/stance_*.json) are (article, start, end, target, label). Each article is extracted
once; a row is matched to the extracted statement overlapping its offsets most, and the prediction is that
statement's stance toward the target (no statement, or the target not judged: neutral). Prints accuracy,
per-class precision/recall/F1 and polar macro-F1 (the mean F1 of support and oppose). PolNeAR articles are
read from PolNeAR train/text ($WHOSAID_POLNEAR or shared/data/polnear beside the project; or --polnear DIR); when that folder is absent the PolNeAR
part is skipped and the command says so.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from typing import Any, Iterator

from graph.settings import polnear_dir
from loaders import SAMPLE_DIR

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD_DIR = os.path.join(ROOT, "tests", "gold")
POLNEAR_TEXT = os.path.join(polnear_dir(), "train", "text")
LABELS = ("support", "oppose", "neutral")


def load_gold(part: str) -> list[dict]:
    with open(os.path.join(GOLD_DIR, f"stance_{part}.json"), encoding="utf-8") as fh:
        return json.load(fh)["items"]


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def matched(rows: list[dict], text_dir: str, extract) -> Iterator[tuple[int, Any]]:
    """(index, statement) for each gold row: the statement `extract(article)` returns for the row's article of
    `text_dir` that overlaps the row's offsets most, None when none does; each article is extracted once, in
    name order, its rows in their order."""
    from graph.records import Article
    by_article: dict[str, list[int]] = defaultdict(list)
    for k, row in enumerate(rows):
        by_article[row["article"]].append(k)
    for name, idx in sorted(by_article.items()):
        path = os.path.join(text_dir, name if name.endswith(".txt") else name + ".txt")
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        statements = extract(Article(source=path, text=text))
        for k in idx:
            row = rows[k]
            best = max(statements, key=lambda s: _overlap(s.start, s.end, row["start"], row["end"]), default=None)
            if best is not None and _overlap(best.start, best.end, row["start"], row["end"]) > 0:
                yield k, best
            else:
                yield k, None


def predict(rows: list[dict], text_dir: str, extractor) -> list[str]:
    """The predicted label of each gold row, extracting each article of `text_dir` once."""
    out = ["neutral"] * len(rows)
    for k, best in matched(rows, text_dir, lambda article: extractor.extract(article).statements):
        if best is not None:
            out[k] = best.stance.get(rows[k]["target"], "neutral")
    return out


def scores(gold: list[str], pred: list[str]) -> dict:
    """Accuracy, per-class precision/recall/F1 and polar macro-F1."""
    per = {}
    for lab in LABELS:
        tp = sum(g == p == lab for g, p in zip(gold, pred))
        fp = sum(p == lab and g != lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[lab] = {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
                    "gold": tp + fn, "predicted": tp + fp}
    return {"n": len(gold), "accuracy": sum(g == p for g, p in zip(gold, pred)) / max(1, len(gold)),
            "per_class": per, "polar_macro_f1": (per["support"]["f1"] + per["oppose"]["f1"]) / 2}


def report(title: str, s: dict) -> list[str]:
    lines = [f"{title}: {s['n']} pairs  accuracy {s['accuracy']:.3f}  polar macro-F1 {s['polar_macro_f1']:.3f}"]
    for lab, c in s["per_class"].items():
        lines.append(f"  {lab:8s} P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}  "
                     f"(gold {c['gold']}, predicted {c['predicted']})")
    return lines


def evaluate(part: str, extractor, polnear_dir: str = POLNEAR_TEXT) -> dict | None:
    """Scores for one gold part, or None when its articles are not available."""
    rows = load_gold("sample" if part == "sample" else "polnear_train")
    text_dir = SAMPLE_DIR if part == "sample" else polnear_dir
    if not os.path.isdir(text_dir):
        return None
    pred = predict(rows, text_dir, extractor)
    return scores([r["label"] for r in rows], pred) | {"pred": pred, "gold": [r["label"] for r in rows]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m loaders evaluate-stance", description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=("sample", "polnear", "all"), default="all")
    ap.add_argument("--polnear", default=POLNEAR_TEXT, help="folder of PolNeAR train .txt articles")
    args = ap.parse_args(argv)
    from loaders.extraction import Extractor
    extractor = Extractor()
    gold, pred = [], []
    for part in (("sample", "polnear") if args.part == "all" else (args.part,)):
        s = evaluate(part, extractor, args.polnear)
        if s is None:
            print(f"{part}: PolNeAR articles not found at {args.polnear}; this part is skipped")
            continue
        print("\n".join(report(part, s)))
        splits = [r.get("split") for r in load_gold("sample" if part == "sample" else "polnear_train")]
        for name in sorted({x for x in splits if x}):
            keep = [k for k, x in enumerate(splits) if x == name]
            sub = scores([s["gold"][k] for k in keep], [s["pred"][k] for k in keep])
            print("\n".join(report(f"{part}/{name}", sub)))
        gold += s["gold"]
        pred += s["pred"]
    if args.part == "all" and gold:
        print("\n".join(report("all", scores(gold, pred))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
