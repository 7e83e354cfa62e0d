"""Fuzz extraction for runaway loops and super-linear work; prints how many inputs ran and which went wrong.

    nice -n 19 python3 bench/fuzz_extraction.py [--cases 500] [--seed 1] [--articles DIR ...]
    nice -n 19 python3 bench/fuzz_extraction.py --growth 40 [--cases 50]

Invented sentences with quotes and speech cues are mutated (hyphens and dashes spaced and unspaced,
unbalanced brackets and quotes, apostrophes, runs of commas, all caps, no punctuation, very long names,
repeated cue verbs, zero-width / no-break / right-to-left characters) and each is extracted under a line
budget: lines of `loaders/extraction` executed, counted by a tracer (deterministic, no clock). An input
whose count passes `--per-char` lines per character (plus a fixed allowance) is reported with its
figure, as is one that raises. With `--articles`, files from those directories are mutated the same way
(a few spots per article) and checked against the same budget. Nothing from the inputs is written out
except the offending text of an invented case (an article is named by its path only).
With `--growth N`, each invented case is repeated N and 4N times instead and the lines are counted per
source line: a source line that runs more than 7x as often for 4x the text (and over 2,000 times) is
reported as super-linear, with the text that made it so.
"""
from __future__ import annotations

import argparse
import random
import sys
import traceback
from collections import Counter
from pathlib import Path

EXTRACTION = str(Path(__file__).resolve().parents[1] / "loaders" / "extraction")

NAMES = ("Karim al-Tanuri", "Jean-Paul Mirabeau-Lestrade", "Olu Adebayo-Khan", "Sen. Tove Ramsvik (D-OR)",
         "Maren O'Doherty", "the ministry of Vestrand", "Dr. Ilse van der Berg", "a senior official",
         "Ana-Lucia Ferreira dos Santos", "BORIS KELDANOV", "he", "officials", "Greta Lindqvist-Haraldsdottir")
ROLES = ("a spokesman for the Vestrand Party", "the deputy mayor of Ostrava Nova", "an aide",
         "the head of the Tellurian Council", "a senior commander")
CUES = ("said", "told reporters", "stressed", "added", "declared", "warned", "insisted", "argued", "noted")
CLAUSES = ("the plan would work for the people of the region", "talks with Orvania had failed",
           "we will not accept these terms", "the ceasefire must hold", "nobody expected the vote to pass")
TEMPLATES = (
    '{name}, {role}, {cue} that "{clause}."',
    '"{clause}," {name} {cue}.',
    '"{clause}," {cue} {name}, {role}.',
    '{name} - in a line aimed at {name2} - {cue} that {clause}.',
    'In response, {role}, {name}, {cue} that " {clause}."',
    '{name} ({role}) {cue} {clause}, and {name2} {cue2} "{clause2}".',
    'According to {name}, {clause}.',
    '{name} {cue} {name2} {cue2} {clause}.',
    '"{clause}" - {name}.',
    '{name2} was asked whether {clause}; "{clause2}," {cue} {name}.',
    'The spokesman {cue} {clause}. He {cue2} "{clause2}."',
    'Both countries are members of the bloc, {name} {cue}.',
    'Contingents from Kazakhstan, Kyrgyzstan and Tajikistan are taking part, {name} {cue}.',
    'NATO met in Brussels. The alliance {cue} {clause}.',
    'The ministry {cue} that {clause}, according to the Orvanian Herald.',
    'Her fellow members of the council {cue} {clause}, state media reported.',
)
ODD = ("\u200b", "\u00a0", "\u200f", "\u202e", "\u2060", "\ufeff", "\u200d", "\u2028")
DASH = ("-", " - ", " -", "- ", "\u2013", " \u2013 ", "\u2014", " \u2014 ", "--", " -- ")


def _sentence(rng: random.Random) -> str:
    return rng.choice(TEMPLATES).format(
        name=rng.choice(NAMES), name2=rng.choice(NAMES), role=rng.choice(ROLES), cue=rng.choice(CUES),
        cue2=rng.choice(CUES), clause=rng.choice(CLAUSES), clause2=rng.choice(CLAUSES))


def _at(rng, text, piece):
    i = rng.randrange(len(text) + 1)
    return text[:i] + piece + text[i:]


MUTATIONS = {
    "dash": lambda r, t: _at(r, t, r.choice(DASH)),
    "space_to_dash": lambda r, t: t.replace(" ", r.choice(DASH), r.randint(1, 4)),
    "paren": lambda r, t: _at(r, t, r.choice("()[]{}")),
    "quote": lambda r, t: _at(r, t, r.choice(['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''"])),
    "apostrophe": lambda r, t: _at(r, t, r.choice(["'s", "\u2019s", "'", "s'", "O'"])),
    "commas": lambda r, t: _at(r, t, ", " * r.randint(2, 40)),
    "caps": lambda r, t: t.upper(),
    "lower": lambda r, t: t.lower(),
    "no_punct": lambda r, t: "".join(c for c in t if c.isalnum() or c.isspace()),
    "long_name": lambda r, t: _at(r, t, " " + " ".join(r.choice(["Al", "Bin", "Van", "De", "Karim", "Tanuri-Osei",
                                                                  "Abd", "el-", "Mc"]) for _ in range(r.randint(5, 60))) + " "),
    "cue_run": lambda r, t: _at(r, t, " " + " ".join(r.choice(CUES) for _ in range(r.randint(3, 30))) + " "),
    "odd_unicode": lambda r, t: _at(r, t, "".join(r.choice(ODD) for _ in range(r.randint(1, 5)))),
    "odd_spaces": lambda r, t: t.replace(" ", r.choice(ODD + (" ", "  ")), r.randint(1, 10)),
    "double": lambda r, t: t + " " + t,
    "newlines": lambda r, t: t.replace(", ", ",\n", r.randint(1, 3)),
    "said_said": lambda r, t: t.replace("said", "said, said", 2),
    "drop_char": lambda r, t: (lambda i: t[:i] + t[i + 1:])(r.randrange(len(t))) if t else t,
}


class Runaway(Exception):
    """More lines executed than the budget allows: a loop that does not end (or work out of all proportion)."""


def traced(extractor, text: str, on_line):
    """Extract `text`, calling on_line(frame) for every line of `loaders/extraction` executed; the Extraction."""
    from graph.records import Article

    def tracer(frame, event, arg):
        if not frame.f_code.co_filename.startswith(EXTRACTION):
            return None

        def local(frame, event, arg):
            if event == "line":
                on_line(frame)
            return local
        return local

    sys.settrace(tracer)
    try:
        return extractor.extract(Article(source="fuzz", text=text, language="en"))
    finally:
        sys.settrace(None)


def lines_executed(extractor, text: str, budget: int | None = None) -> tuple[int, int]:
    """(lines of `loaders/extraction` executed, statements found); Runaway past `budget` lines."""
    count = 0

    def one(_frame):
        nonlocal count
        count += 1
        if budget is not None and count > budget:
            raise Runaway(count)

    ex = traced(extractor, text, one)
    return count, len(ex.statements)


def mutate(rng: random.Random, text: str, rounds: int) -> tuple[str, list[str]]:
    names = []
    for _ in range(rounds):
        name = rng.choice(list(MUTATIONS))
        text = MUTATIONS[name](rng, text)
        names.append(name)
    return text, names


def line_counts(extractor, text: str) -> Counter:
    """How often each line of `loaders/extraction` ran for `text`: (file, function, line) -> count."""
    counts: Counter = Counter()

    def one(frame):
        counts[(Path(frame.f_code.co_filename).name, frame.f_code.co_name, frame.f_lineno)] += 1

    traced(extractor, text, one)
    return counts


def growth(extractor, rng: random.Random, cases: int, n: int) -> int:
    """Repeat each mutated invented case n and 4n times; print the lines that grow more than 7x."""
    found = 0
    for _ in range(cases):
        unit, names = mutate(rng, " ".join(_sentence(rng) for _ in range(rng.randint(1, 3))), rng.randint(0, 3))
        sep = rng.choice([" ", "\n", "\n\n"])
        small, large = line_counts(extractor, sep.join([unit] * n)), line_counts(extractor, sep.join([unit] * 4 * n))
        bad = sorted(((large[k], small.get(k, 0), k) for k in large if large[k] > 2000 and large[k] > 7 * small.get(k, 0)),
                     reverse=True)
        total = sum(large.values()) / max(1, sum(small.values()))
        if bad or total > 6:
            found += 1
            print(f"SUPERLINEAR x{total:.1f}", names, repr(unit[:200]), bad[:4], flush=True)
    print(f"cases repeated {n} and {4 * n} times: {cases}; super-linear: {found}")
    return found


def check(extractor, text, per_char, base):
    """(lines, None) or (lines, problem)."""
    budget = base + per_char * len(text)
    try:
        lines, _ = lines_executed(extractor, text, budget)
    except Runaway as e:
        return e.args[0], f"over budget {budget}"
    except Exception:  # noqa: BLE001 - a fuzzer reports every failure
        return 0, "raised " + traceback.format_exc(limit=3).strip().splitlines()[-1]
    return lines, None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-char", type=int, default=400, help="line budget per character of input")
    ap.add_argument("--base", type=int, default=200_000, help="fixed line allowance per input")
    ap.add_argument("--articles", nargs="*", default=[], help="directories of real articles (.txt) to mutate")
    ap.add_argument("--growth", type=int, default=0, help="repeat each case N and 4N times, report super-linear lines")
    ap.add_argument("--spots", type=int, default=3, help="mutated spots per article")
    args = ap.parse_args()

    from loaders.extraction import Extractor
    extractor = Extractor()
    rng = random.Random(args.seed)
    if args.growth:
        return 1 if growth(extractor, rng, args.cases, args.growth) else 0
    problems, worst, runs, chars = [], 0.0, 0, 0
    for n in range(args.cases):
        text = " ".join(_sentence(rng) for _ in range(rng.randint(1, 3)))
        text, names = mutate(rng, text, rng.randint(1, 4))
        lines, problem = check(extractor, text, args.per_char, args.base)
        runs, chars = runs + 1, chars + len(text)
        worst = max(worst, lines / max(1, len(text)))
        if n % 500 == 499:
            print(f"... {n + 1} invented cases, {len(problems)} problems", flush=True)
        if problem:
            problems.append((problem, "+".join(names), repr(text[:300])))
            print("PROBLEM", problem, names, repr(text[:300]), flush=True)
    files = [p for d in args.articles for p in sorted(Path(d).glob("*.txt"))]
    for path in files:
        original = path.read_text(encoding="utf-8", errors="replace")
        if not original.strip():
            continue
        for _ in range(args.spots):
            text, names = original, []
            for _ in range(rng.randint(3, 12)):      # mutate a handful of places along the article
                i = rng.randrange(len(text))
                piece, m = mutate(rng, text[i:i + 200], 1)
                text, names = text[:i] + piece + text[i + 200:], names + m
            lines, problem = check(extractor, text, args.per_char, args.base)
            runs, chars = runs + 1, chars + len(text)
            worst = max(worst, lines / max(1, len(text)))
            if problem:
                problems.append((problem, "+".join(names), str(path)))
                print("PROBLEM", problem, names, path, flush=True)
    print(f"inputs run: {runs} ({args.cases} invented, {runs - args.cases} mutated articles from {len(files)} files)")
    print(f"characters extracted: {chars}")
    print(f"worst lines per character: {worst:.0f} (budget {args.per_char}/char + {args.base})")
    print(f"problems: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
