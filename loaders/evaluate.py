"""`python -m loaders evaluate DIR [--limit N]`: score extraction against brat-standoff attributions.

For a split folder (PolNeAR layout, see `loaders/brat.py`) it prints, for all attributions and for those
whose cue is a verb of saying:
  content precision / recall  a predicted statement matches a gold Content span when their word-token
                              overlap F1 >= 0.5;
  speaker accuracy            on matched statements: right when the predicted speaker names the gold
                              source's entity (the source text, or for a pronoun source its coreference
                              chain's mentions); a bare pronoun never counts. When the predicted
                              speaker is an entity of the extraction, a surface form of it (an alias:
                              "AP" for "Associated Press") that names a gold mention in full counts too;
  end-to-end recall           gold attributions matched with the right speaker;
  per pattern                 statements each attribution pattern found, the share matching a gold
                              content (precision), and source accuracy on those.
A statement whose source is a description ("the report", "observers") is right when `speaker` or
`source_text` names the gold source.
It also prints speaker accuracy on the matched statements whose gold source (or its coreference chain)
contains a proper name at all, since no predicted name can match "a source" or a bare "he".
"""
from __future__ import annotations

import argparse
import re
import sys
import time

from graph.records import Article

from loaders.brat import Attribution, GoldArticle, read_split

SAYING = set("""say tell add write ask note report announce argue tweet claim state declare explain warn urge insist
stress comment reply respond continue acknowledge admit assert assure contend complain confirm deny emphasize
maintain mention observe promise recall remark reiterate reveal testify allege boast concede caution counter quip
joke shout yell vow predict answer retort speak""".split())
PRONOUNS = set("i me my we us our you your he him his she her they them their it its this that who one".split())
STOP = PRONOUNS | set("the a an of 's ’s and or mr mrs ms dr".split())
WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def overlap_f1(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    from collections import Counter
    common = sum((Counter(a) & Counter(b)).values())
    if common == 0:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def is_saying(att: Attribution) -> bool:
    from loaders.extraction.lexicon import speech_lemma
    if att.cue is None:
        return False
    cue = att.cue.text.lower()
    return "according to" in cue or any(speech_lemma(w) in SAYING for w in WORD.findall(cue))


def _content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in STOP and len(w) > 1}


def gold_texts(att: Attribution, art: GoldArticle) -> list[str]:
    """Surface texts of the gold source's entity: the source text plus its coreference chain's mentions."""
    if att.source is None:
        return []
    texts = [att.source.text]
    s, e = att.source.start, att.source.end
    for chain in art.chains:
        if any(m["b"] < e and s < m["e"] for m in chain):
            texts += [m["text"] for m in chain]
    return texts


def gold_names(att: Attribution, art: GoldArticle) -> set[str]:
    """Content words that name the gold source's entity (source text plus its coreference chain)."""
    return {w for t in gold_texts(att, art) for w in _content_words(t)}


def speaker_right(pred: str | None, att: Attribution, art: GoldArticle, aliases: list[str] = ()) -> bool:
    """The predicted canonical name shares a content word with the gold source's names, or one of the
    predicted entity's aliases has exactly the content words of one gold mention ("The AP" for alias "AP")."""
    if not pred:
        return False
    if _content_words(pred) & gold_names(att, art):
        return True
    mentions = [_content_words(t) for t in gold_texts(att, art)]
    return any(aw and aw in mentions for aw in (_content_words(a) for a in aliases))


def source_right(st, att: Attribution, art: GoldArticle, aliases: list[str] = ()) -> bool:
    """The speaker names the gold source, or (a description, "the report", "observers") the source
    phrase as written does."""
    return speaker_right(st.speaker, att, art, aliases) or \
        bool(getattr(st, "source_text", None)) and speaker_right(st.source_text, att, art)


def score(arts: list[GoldArticle], extractions) -> dict:
    """Tallies for all attributions and verbs of saying, and per attribution pattern: statements
    found, how many match a gold content (precision) and of those how many have the right source."""
    tallies = {k: dict(gold=0, matched=0, right=0, named=0, named_right=0) for k in ("all", "saying")}
    patterns: dict[str, dict[str, int]] = {}
    pred_total = pred_matched = 0
    for art, ex in zip(arts, extractions):
        gold = [(a, words(a.content.text), is_saying(a)) for a in art.attributions]
        preds = [(s, words(s.text)) for s in ex.statements]
        aliases = {e.name: e.aliases for e in ex.entities}
        pred_total += len(preds)
        for s, pw in preds:
            tally = patterns.setdefault(s.pattern or "?", dict(found=0, matched=0, right=0))
            tally["found"] += 1
            match = max(gold, key=lambda g: overlap_f1(pw, g[1]), default=None)
            if match is not None and overlap_f1(pw, match[1]) >= 0.5:
                pred_matched += 1
                tally["matched"] += 1
                tally["right"] += source_right(s, match[0], art, aliases.get(s.speaker, ()))
        for att, gw, saying in gold:
            best = max(preds, key=lambda p: overlap_f1(p[1], gw), default=None)
            hit = best is not None and overlap_f1(best[1], gw) >= 0.5
            right = hit and source_right(best[0], att, art, aliases.get(best[0].speaker, ()))
            named = hit and names_someone(att, art)
            for key in ("all", "saying") if saying else ("all",):
                tallies[key]["gold"] += 1
                tallies[key]["matched"] += hit
                tallies[key]["right"] += right
                tallies[key]["named"] += named
                tallies[key]["named_right"] += named and right
    return {"pred": pred_total, "pred_matched": pred_matched, "patterns": patterns, **tallies}


def names_someone(att: Attribution, art: GoldArticle) -> bool:
    """The gold source or its coreference chain contains a proper name (a capitalised word that is not a
    pronoun or determiner): only then can any predicted name be scored right."""
    return any(w[:1].isupper() and w.lower() not in STOP for t in gold_texts(att, art) for w in WORD.findall(t))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m loaders evaluate", description=__doc__.splitlines()[0])
    ap.add_argument("dir", help="split folder with text/, attributions/ and coref.json")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = ap.parse_args(argv)
    from loaders.extraction import Extractor
    arts = read_split(args.dir, args.limit)
    if not arts:
        print(f"no articles found in {args.dir}", file=sys.stderr)
        return 1
    extractor = Extractor()
    t0 = time.perf_counter()
    exs = list(extractor.extract_many(Article(source=a.name, text=a.text, language="en") for a in arts))
    secs = time.perf_counter() - t0
    res = score(arts, exs)
    precision = res["pred_matched"] / max(1, res["pred"])
    print(f"{args.dir}: {len(arts)} articles, {res['pred']} predicted statements, {secs:.1f}s")
    print(f"{'subset':8} {'gold':>6} {'content P':>10} {'content R':>10} {'speaker acc':>12} {'end-to-end R':>13}")
    for key in ("all", "saying"):
        t = res[key]
        print(f"{key:8} {t['gold']:6d} {precision:10.3f} {t['matched'] / max(1, t['gold']):10.3f} "
              f"{t['right'] / max(1, t['matched']):12.3f} {t['right'] / max(1, t['gold']):13.3f}")
    print("(content P is over all predicted statements against all gold attributions)")
    for key in ("all", "saying"):
        t = res[key]
        print(f"speaker acc on matched statements whose gold source names someone ({key}): "
              f"{t['named_right'] / max(1, t['named']):.3f} of {t['named']} (the others - 'a source', 'critics', "
              "a pronoun whose chain holds no name - cannot be scored right)")
    from loaders.extraction.patterns import NAMES
    print(f"{'pattern':22} {'found':>6} {'precision':>10} {'source acc':>11}")
    for name in [*NAMES, *sorted(set(res["patterns"]) - set(NAMES))]:
        t = res["patterns"].get(name, dict(found=0, matched=0, right=0))
        print(f"{name:22} {t['found']:6d} {t['matched'] / max(1, t['found']):10.3f} "
              f"{t['right'] / max(1, t['matched']):11.3f}")
    return 0
