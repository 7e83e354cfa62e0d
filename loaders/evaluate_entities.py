"""`python -m loaders evaluate-entities`: hold the node list itself to account.

Extracts a set of articles, writes them into a fresh embedded store (so cross-article identity runs as in
`ingest`), reads back each article's entities (its MENTIONS), and scores them against a gold node list:
  per type  precision (a node an article mentions is right when a gold entity of that article, of the
            same type, has its name or one of its aliases as name or alias) and recall (gold entities
            found so, with the right type); a node of the wrong type counts against both types;
  merges    nodes that stand for two or more different gold entities (across all articles);
  splits    gold entities spread over two or more nodes (across all articles).
Gold files (tests/gold/entities_*.json) hold article names, entity names, types and aliases only — never
article text; an "optional" gold entity (a dateline city) counts neither way. Parts: the bundled sample corpus, and PolNeAR train articles when the PolNeAR folder is
there (`--polnear DIR`, default $WHOSAID_POLNEAR or shared/data/polnear beside the project); when it is not, the
output says so and scores the sample alone.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from graph.identity import fold
from graph.settings import DEFAULT_POLNEAR, polnear_dir
from graph.model import ANY_ENTITY, ENTITY_LABELS
from loaders import SAMPLE_DIR as _SAMPLE

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
SAMPLE_DIR = Path(_SAMPLE)


@dataclass
class Scores:
    tp: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    fp: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    fn: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    merges: list[tuple[str, list[str]]] = field(default_factory=list)
    splits: list[tuple[str, list[str]]] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)      # "article: name (label)" of unmatched nodes
    missed: list[str] = field(default_factory=list)

    def precision(self, label: str) -> float:
        return self.tp[label] / max(1, self.tp[label] + self.fp[label])

    def recall(self, label: str) -> float:
        return self.tp[label] / max(1, self.tp[label] + self.fn[label])

    def total(self) -> tuple[float, float]:
        tp, fp, fn = (sum(d.values()) for d in (self.tp, self.fp, self.fn))
        return tp / max(1, tp + fp), tp / max(1, tp + fn)

    def lines(self, title: str) -> list[str]:
        p, r = self.total()
        out = [f"{title}: precision {p:.3f} recall {r:.3f}; wrong merges {len(self.merges)}, "
               f"wrong splits {len(self.splits)}"]
        for label in ENTITY_LABELS:
            n = self.tp[label] + self.fp[label] + self.fn[label]
            if n:
                out.append(f"  {label:<13} precision {self.precision(label):.3f} ({self.tp[label]}/"
                           f"{self.tp[label] + self.fp[label]})  recall {self.recall(label):.3f} "
                           f"({self.tp[label]}/{self.tp[label] + self.fn[label]})")
        out += [f"  wrong merge: {node} = {', '.join(golds)}" for node, golds in self.merges]
        out += [f"  wrong split: {gold} -> {', '.join(nodes)}" for gold, nodes in self.splits]
        return out


def load_gold(path: Path) -> dict[str, list[dict]]:
    """Article name -> gold entities ({name, type, aliases}); one clear line when the file is bad."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        arts = data["articles"]
        for name, ents in arts.items():
            for e in ents:
                if e["type"] not in ENTITY_LABELS:
                    raise ValueError(f"{name}: unknown type {e['type']!r}")
        return arts
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SystemExit(f"error: {path}: not a gold entity list ({exc})")


def node_lists(paths: list[Path], extractor=None) -> dict[str, list[dict]]:
    """Article file name -> the nodes it MENTIONS (uid, label, name, aliases), after writing all the
    articles into a fresh embedded store."""
    from graph.fragment import build_fragment
    from graph.records import Article
    from graph.engines import open_store
    from graph.store import StoreConfig
    from loaders.extraction import Extractor
    from loaders.readers import read_paths

    extractor = extractor or Extractor()
    arts = [a for a in read_paths([str(p) for p in paths]) if isinstance(a, Article)]
    out: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory(prefix="whosaid-entities-") as tmp:
        store = open_store(StoreConfig(path=os.path.join(tmp, "db")))
        try:
            frags = {}
            for art, ex in zip(arts, extractor.extract_many(arts)):
                frag = build_fragment(art, ex)
                store.write(frag)
                frags[Path(art.source.split("#")[0]).name] = frag.article_uid
            for name, aid in frags.items():
                out[name] = store.rows(
                    f"MATCH (a:Article {{uid: $aid}})-[:MENTIONS]->(n:{ANY_ENTITY}) "
                    "RETURN n.uid AS uid, n.type AS label, n.name AS name, n.aliases AS aliases", {"aid": aid})
        finally:
            store.close()
    return out


def _forms(names) -> set[str]:
    return {fold(n) for n in names if n and fold(n)}


def score(gold: dict[str, list[dict]], nodes: dict[str, list[dict]]) -> Scores:
    s = Scores()
    node_golds: dict[str, set[str]] = defaultdict(set)     # node uid -> gold identities it stood for
    gold_nodes: dict[str, set[str]] = defaultdict(set)     # gold identity -> node names
    for article, golds in gold.items():
        found = nodes.get(article, [])
        hit_gold = set()
        for node in found:
            forms = _forms([node["name"], *(node["aliases"] or [])])
            cands = [g for g in golds if fold(node["name"]) in _forms([g["name"], *g.get("aliases", [])])
                     or fold(g["name"]) in forms]
            same = [g for g in cands if g["type"] == node["label"]]
            if same and all(g.get("optional") for g in same):
                continue
            same = [g for g in same if not g.get("optional")]
            if same:
                g = same[0]
                s.tp[node["label"]] += 1
                hit_gold.add(g["name"])
                node_golds[node["uid"]].add(g["name"])
                gold_nodes[g["name"]].add(node["name"])
            else:
                s.fp[node["label"]] += 1
                s.wrong.append(f"{article}: {node['name']} ({node['label']})")
        for g in golds:
            if g["name"] not in hit_gold and not g.get("optional"):
                s.fn[g["type"]] += 1
                s.missed.append(f"{article}: {g['name']} ({g['type']})")
    names = {n["uid"]: n["name"] for ns in nodes.values() for n in ns}
    s.merges = sorted((names[u], sorted(g)) for u, g in node_golds.items() if len(g) > 1)
    s.splits = sorted((g, sorted(n)) for g, n in gold_nodes.items() if len(n) > 1)
    return s


def evaluate(gold_path: Path, text_dir: Path, extractor=None) -> Scores:
    gold = load_gold(gold_path)
    paths = [text_dir / name for name in gold if (text_dir / name).exists()]
    missing = [name for name in gold if not (text_dir / name).exists()]
    if missing:
        print(f"warning: {len(missing)} gold articles not found in {text_dir}", file=sys.stderr)
        gold = {k: v for k, v in gold.items() if k not in missing}
    return score(gold, node_lists(paths, extractor))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loaders evaluate-entities", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polnear", default=polnear_dir(),
                        help="PolNeAR folder (with train/text); default $WHOSAID_POLNEAR or " + DEFAULT_POLNEAR)
    parser.add_argument("--details", action="store_true", help="list every wrong and missed entity")
    args = parser.parse_args(argv)
    from loaders.extraction import Extractor
    extractor = Extractor()
    parts = [("sample corpus", GOLD_DIR / "entities_sample.json", SAMPLE_DIR)]
    polnear = Path(args.polnear) / "train" / "text"
    if polnear.is_dir():
        parts.append(("PolNeAR train", GOLD_DIR / "entities_polnear.json", polnear))
    else:
        print(f"PolNeAR not found at {polnear}: the PolNeAR part is skipped (pass --polnear DIR)")
    for title, gold, texts in parts:
        s = evaluate(gold, texts, extractor)
        for line in s.lines(title):
            print(line)
        if args.details:
            print("\n".join(f"  wrong: {w}" for w in s.wrong) + "\n" + "\n".join(f"  missed: {m}" for m in s.missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
