"""Support the speaker's side gives in words of partnership, backing and welcome of guests (tried last among the
rules of stance.py's _acts, for a target no other rule decided). Each rule is a named pattern of stance_support.json,
with its example sentences and word lists:

    backing_of      "the Kingdom's support for Yemen", "expressed its support for Niger" -> support
    stands_with     "the Kingdom stands with Yemen" (a bare "the Kingdom" / "the government": the official's own) -> support
    help_asked      "asked his Turkish counterpart to let us know what we can do to help" -> support Turkey
    our_partners    "its partners in the Sahel coalition", "our partners, Japan and Australia" -> support them
    bond_with       "his country would strengthen relations with Japan", "discussed cooperation with X",
                    "the trilateral cooperation involving the United States" -> support
    valued_member   "Burkina Faso, Niger and Mali remain essential members of the Community" -> support all three
    welcomed_guest  "welcomed the leaders of Azerbaijan and Uzbekistan" -> support both
    grouped_with_us "We, Poland and the Baltic States, focus on ..." -> support the Baltic States

The other named patterns of stance_support.json are decided by one rule each, earlier and elsewhere: help_offered
and gratitude_to (stance_given.py), allied_act (stance_allies.py), judged_deed (stance_wire.py), welcomed_act
(stance_welcomes.py).

The speaker's side is I/we, a token of `own` (the statement's mentions of the speaker's side), a noun owned by
"our"/"my" or, in indirect speech, by "his"/"its"/"their" ("his country"), or no subject at all (the cue's own
object: "expressed its support for X"). A clause whose subject is another named party ("Hungary voiced its support
for X", "Russia stands with Syria", said by someone else) is reported, not the speaker's: no stance.
Negation on the deciding word cancels (stance.py checks it, and hedges and nested reported speech). Whose clause
it is, and the noun phrase a target names, are read by stance_help_clause.py.
"""
from __future__ import annotations

from .stance_blame import first as _first
from .stance_help_clause import (ANAPHORS, FIRST, SUPPORT_PATTERNS, W, clause_ok, is_in, noun_phrase, object_of, other,
                                 strict_own, up_prep)
from .stance_rules import SUPPORT, lemma, negated

__all__ = ["SUPPORT_PATTERNS", "W", "helped"]


def _help_asked(h, cue, own):
    """"asked X to let us know what we can do to help": X is offered help."""
    if h.dep_ not in ("dobj", "dative") or h.head.pos_ != "VERB":
        return None
    v = h.head
    for x in v.subtree:
        if is_in(x, "help_verbs") and x.dep_ in ("xcomp", "advcl") and lemma(x.head) == "do" and any(
                c.lower_ == "what" for c in x.head.children) and clause_ok(v, cue, own):
            return x
    return None


def _partners(h, t, cue, own):
    n = h
    if t.dep_ == "conj" and h.i != t.i and is_in(h, "friend_nouns"):
        pass   # "our partners, Japan and Australia"
    elif h.dep_ == "appos" and is_in(h.head, "friend_nouns"):
        n = h.head
    elif h.dep_ == "pobj" and h.head.lower_ in W["partner_preps"] and is_in(h.head.head, "friend_nouns"):
        n = h.head.head
    elif h.dep_ == "pobj" and h.head.lower_ == "as" and h.head.head.lower_ == "such" and is_in(h.head.head.head, "friend_nouns"):
        n = h.head.head.head
    else:
        return None
    mine = any(c.dep_ == "poss" and (c.i in own or c.lower_ in FIRST or c.lower_ in ANAPHORS) for c in n.children)
    if mine and not negated(n) and clause_ok(n, cue, own):
        return n
    return None


def _valued(h):
    """"Burkina Faso, Niger and Mali remain essential members", "X is a valued partner": a valued member."""
    for _ in range(4):   # the first of a list (the parser makes some of its names appositions)
        if h.dep_ not in ("conj", "appos") or h.head.i == h.i:
            break
        h = h.head
    if not h.dep_.startswith("nsubj") or lemma(h.head) not in ("be", "remain", "stay", "become") or negated(h.head):
        return None
    for a in h.head.children:
        if a.dep_ == "attr" and is_in(a, "member_nouns") and not negated(a) and any(
                c.dep_ == "amod" and is_in(c, "valued_adj") for c in a.children):
            return a
    return None


def _bond(h, cue, own):
    if h.dep_ == "dobj" and is_in(h.head, "involve_verbs") and h.head.dep_ == "acl" and is_in(h.head.head, "bond_nouns") \
            and clause_ok(h.head.head, cue, own) and not negated(h.head.head):
        return h.head   # "reaffirmed the trilateral cooperation involving the United States"
    p, g = up_prep(h)
    if p is None or p.lower_ != "with":
        return None
    if g.pos_ == "VERB" and is_in(g, "discuss_verbs") and any(c.dep_ == "dobj" and is_in(c, "bond_nouns") for c in g.children):
        return g if not negated(g) and strict_own(g, cue, own) else None   # "discussed cooperation ... with X"
    if not is_in(g, "bond_nouns"):
        return None
    if any(c.dep_ == "amod" and is_in(c, "bond_adj") for c in g.children) and not negated(g) and strict_own(g, cue, own):
        return g   # "Bratislava was interested in normal relations with Russia"
    return (object_of(g, "bond_verbs", lambda v: strict_own(v, cue, own))
            or object_of(g, "discuss_verbs", lambda v: strict_own(v, cue, own)))   # "discussed cooperation with X"


def _guest(h, t, cue, own):
    if h.i == _first(t).i or not is_in(h, "representative_nouns"):
        return None
    return object_of(h, "cue_support", lambda v: clause_ok(v, cue, own))


def _grouped(t, own):
    """"We, Poland and the Baltic States, focus on ...": a target named as one of "we", after the first (the
    speaker's own side, when the entity step did not link the speaker to it)."""
    h = t
    for _ in range(4):
        if h.dep_ not in ("conj", "appos") or h.head.i == h.i:
            break
        h = h.head
        if h.lower_ in ("we", "us") and t.dep_ in ("appos", "conj") and t.head.i != h.i:
            return h   # not the first named: "We, the United States and our allies" names the speaker first
    return None


def _stands(h, cue, own):
    """"The Kingdom stands with Yemen", "the government stood by Kyiv": the speaker's side takes the target's side."""
    p, g = up_prep(h)
    if p is None or p.lower_ not in ("with", "by", "behind") or g.pos_ != "VERB" or not is_in(g, "stand_verbs"):
        return None
    return g if strict_own(g, cue, own) else None


def _backing(h, cue, own):
    p, g = up_prep(h)
    if p is None or p.lower_ not in ("for", "to", "with") or not is_in(g, "backing_nouns") or g.pos_ != "NOUN" or negated(g):
        return None
    p = next((c for c in g.children if c.dep_ == "poss"), None)   # not his/her: "the senator's ... his support for X"
    if p is not None and p.lower_ not in ("his", "her") and not other(p, own) and clause_ok(g, cue, own):
        return g
    return None


def helped(t, cue, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object, str]:
    """(SUPPORT, deciding word, rule name) when a pattern of stance_support.json holds for the target token `t`
    (the root of its mention), else (None, None, "")."""
    if t.i in own:
        return None, None, ""
    h = noun_phrase(t)
    for why, rule in (("backing_of", lambda: _backing(h, cue, own)), ("stands_with", lambda: _stands(h, cue, own)),
                      ("help_asked", lambda: _help_asked(h, cue, own)), ("our_partners", lambda: _partners(h, t, cue, own)),
                      ("bond_with", lambda: _bond(h, cue, own)), ("valued_member", lambda: _valued(t)),
                      ("welcomed_guest", lambda: _guest(h, t, cue, own)), ("grouped_with_us", lambda: _grouped(t, own))):
        w = rule()
        if w is not None:
            return SUPPORT, w, why
    return None, None, ""
