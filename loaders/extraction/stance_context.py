"""Two last stance rules, for targets the role rules (stance_rules.py, stance_acts.py, stance_faults.py,
stance_clause.py) left neutral; both were chosen by their effect on blind hand-labelled real news, where most
missed stance is opposition said in words the lexicon does not hold, or said about the same target twice:

    strongly_negative_clause  the target (or the noun it owns: "X's handling of ...") is the subject of a clause
                              whose own words are strongly negative in the VADER word list (stance_valence.json,
                              mean valence -2 or below: "X raped her", "X's ad is horrific", "X will divide us");
                              oppose only (positive words there were mostly description, not praise); negated,
                              hedged or reported words count for nothing, and the cue itself is not read.
    speaker_consistency       the same speaker took one stance toward the same target elsewhere in the article
                              (by a rule, never by this one) and this statement names the target in a core role
                              (subject, object, complement) next to an evaluative word of that direction
                              (VADER mean valence 1 or more either way): "Glenn Beck said Trump would divide us"
                              ... "there were too many disturbing things for me to dismiss on Donald Trump".
                              Only people, organisations, armed groups and alliances; never places or states,
                              whose mention is mostly circumstance.

`judge` asks `negative_clause` per target and records with `open_for` which neutral targets could take a
stance from the discourse; `propagate` runs once per article over its final statements.
"""
from __future__ import annotations

import json
import os
from collections import Counter, defaultdict

from .stance_words import L, NEUTRAL, OPPOSE, SUPPORT, cancelled, lemma, negated

VALENCE_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "stance_valence.json")


def _load() -> dict[str, float]:
    with open(VALENCE_FILE, encoding="utf-8") as fh:
        return json.load(fh)["words"]


VALENCE = _load()
ACTORS = frozenset({"Person", "Organization", "ArmedGroup", "Alliance"})
_CORE = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "appos", "ROOT", "conj", "dative"})
_STRONG = 2.0   # strongly_negative_clause: a word of mean valence -2 or below
_NEAR = 1.0     # speaker_consistency: an evaluative word of mean valence 1 or more in the statement
_OTHER_CLAUSE = frozenset({"ccomp", "advcl", "parataxis", "relcl"})
_CIRCUMSTANCE = frozenset({"before", "after", "during", "since", "until", "amid", "amidst", "following", "despite",
                           "like", "unlike", "than"})   # "spoke before the deadly attack": when, not what


def valence(t) -> float:
    """Mean VADER valence of a token's word form, else of its lemma; 0 when listed under neither."""
    return VALENCE.get(t.lower_) or VALENCE.get(lemma(t)) or 0.0


def negative_clause(r, lo: int, hi: int, cue_i: int) -> tuple[str | None, object]:
    """(oppose, verb) when the mention `r` (or the noun it owns) is the subject of a clause of the statement
    whose own words add up to a strongly negative valence; else (None, None)."""
    n = r.head if r.dep_ == "poss" else r
    if n.dep_ != "nsubj":
        return None, None
    v = n.head
    if not lo <= v.i < hi or v.i == cue_i or negated(v):
        return None, None
    if lemma(v) in L["dismissal_verbs"] or (lemma(v) in L["naming_verbs"] | L["view_verbs"] and any(
            c.dep_ in ("dobj", "oprd") for c in v.children)):
        return None, None   # "which Ankara deems a terrorist organisation", "X rejects the claims": not X's fault
    words, stack = [v], [c for c in v.children if c.i != n.i and c.dep_ not in (
        "ccomp", "advcl", "parataxis", "nsubj", "mark", "conj", "cc", "punct")]
    while stack:
        x = stack.pop()
        if x.dep_ == "prep" and x.lower_ in _CIRCUMSTANCE:
            continue
        words.append(x)
        stack += [y for y in x.children if y.dep_ not in _OTHER_CLAUSE]
    total = 0.0
    for w in words:
        val = valence(w)
        if abs(val) >= _STRONG and lo <= w.i < hi and w.i != cue_i and not cancelled(w, lo, hi, cue_i):
            total += val
    return (OPPOSE, v) if total <= -_STRONG else (None, None)


def open_for(doc, lo: int, hi: int, runs: list, typ: str | None) -> tuple[str, ...]:
    """The directions a neutral target could take from the speaker's other statements: those of the
    evaluative words in the statement, when the target is an actor named in a core role."""
    if typ not in ACTORS or not any(_head_dep(r) in _CORE for r, _ in runs if lo <= r.i < hi):
        return ()
    vals = [valence(t) for t in doc[lo:hi]]
    return tuple(d for d, ok in ((OPPOSE, any(v <= -_NEAR for v in vals)), (SUPPORT, any(v >= _NEAR for v in vals))) if ok)


def _head_dep(r) -> str:
    for _ in range(4):   # the last word of a split proper name carries the role
        if r.dep_ == "compound" and r.head.pos_ == "PROPN" and 0 < r.head.i - r.i <= 2:
            r = r.head
        else:
            break
    return r.dep_


def propagate(statements, open_targets) -> None:
    """speaker_consistency over one article's final statements (changed in place). `open_targets(st)` gives
    {target: directions} recorded by the stance step for that statement."""
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for st in statements:
        if st.speaker:
            for target, s in st.stance.items():
                if s != NEUTRAL:
                    votes[(st.speaker, target)][s] += 1
    for st in statements:
        if not st.speaker:
            continue
        for target, dirs in open_targets(st).items():
            seen = votes.get((st.speaker, target))
            if st.stance.get(target) == NEUTRAL and seen and len(seen) == 1:
                (s, _), = seen.items()
                if s in dirs:
                    st.stance[target] = s
                    st.stance_rule[target] = "speaker_consistency"
