"""Extraction time on pathological text against bare spaCy on the same text (target: <= 3x).

    python bench/pathological.py [--cues 750] [--scale 4]

The text is what a pasted web page or transcript can look like: lower case, no sentence punctuation
at all, a speech cue every ~60 characters ("the minister said the plan would work ... john smith said
..."), some quotations. The parser nests each cue's clause inside the previous one, so without a bound
on sentence length it is one sentence as long as the article and every content spans the rest of it. It prints the size, bare
spaCy's time (`nlp(text)`, the same model and pipes), extraction's time and the ratio, for `--cues` and
for `--scale` times as many cues (linear work keeps the ratio flat).
"""
from __future__ import annotations

import argparse
import sys
import time


SPEAKERS = ("the minister", "john smith", "officials", "the senator", "he", "mary jones")
CLAUSES = ("the plan would work for the people of the region",) * 4 + ('"we will win this race in the region"',)


def pathological_text(cues: int) -> str:
    """`cues` speech cues one after another, each content different (a number), with no sentence
    punctuation and no line breaks."""
    return " ".join(f"{SPEAKERS[i % len(SPEAKERS)]} said {CLAUSES[i % len(CLAUSES)]} {i}" for i in range(cues))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cues", type=int, default=750)
    ap.add_argument("--scale", type=int, default=4)
    args = ap.parse_args()
    from graph.records import Article
    from loaders.extraction import Extractor, load_model
    bare, extractor = load_model(), Extractor()
    extractor.extract(Article(source="warm-up", text="Smith said it works.", language="en"))
    for cues in (args.cues, args.cues * args.scale):
        text = pathological_text(cues)
        t0 = time.process_time()
        bare(text)
        t_bare = time.process_time() - t0
        t0 = time.process_time()
        ex = extractor.extract(Article(source="pathological", text=text, language="en"))
        t_ext = time.process_time() - t0
        print(f"{cues:6d} cues, {len(text) / 1024:7.1f} KB: bare spaCy {t_bare:6.2f} CPU-s, "
              f"extraction {t_ext:6.2f} CPU-s, ratio {t_ext / t_bare:4.2f} (target <= 3), "
              f"{len(ex.statements)} statements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
