"""Support the speaker's side gives in words of thanks, help, partnership and welcome (tried last among the rules
of stance.py's _acts, for a target no other rule decided). Each rule is a named pattern of stance_support.json,
with its example sentences and word lists:

    gratitude_to    "expressed his profound gratitude to Qatar's Emir", "I extend my sincere thanks to X",
                    "our warmest congratulations to the Sultan of Oman" -> support X
    merit_credited  "acknowledged the crucial role played by Qatar", "Qatar's valuable efforts" -> support Qatar
    help_offered    "ready to provide assistance to Turkey", "sending an expert team to Chile to help", "our offer
                    of any possible assistance" conveyed to Chile -> support the recipient
    help_asked      "asked his Turkish counterpart to let us know what we can do to help" -> support Turkey
    joint_partner   "together with the UK", "with support from Australia", "alongside the United States",
                    "in coordination with X" -> support X, when the clause is the speaker's side's
    our_partners    "its partners in the Sahel coalition", "our partners, Japan and Australia" -> support them
    valued_member   "Burkina Faso, Niger and Mali remain essential members of the Community" -> support all three
    bond_with       "his country would strengthen relations with Japan", "discussed cooperation with X",
                    "the trilateral cooperation involving the United States" -> support
    welcomed_event  "welcomed the start of talks between A and B", "the visit by a B delegation to A" -> A and B
    grouped_with_us "We, Poland and the Baltic States, focus on ..." -> support the Baltic States
    welcomed_guest  "welcomed the leaders of Azerbaijan and Uzbekistan" -> support both
    backing_of      "the Kingdom's support for Yemen", "expressed its support for Niger" -> support
    stands_with     "the Kingdom stands with Yemen" (a bare "the Kingdom" / "the government": the official's own) -> support

The speaker's side is I/we, a token of `own` (the statement's mentions of the speaker's side), a noun owned by
"our"/"my" or, in indirect speech, by "his"/"its"/"their" ("his country"), or no subject at all (the cue's own
object: "expressed his appreciation to X"). A clause whose subject is another named party ("Russia sent aid to
Syria", "Hungary voiced its support for X", said by someone else) is reported, not the speaker's: no stance.
Negation on the deciding word cancels (stance.py checks it, and hedges and nested reported speech). Whose clause
it is, and the noun phrase a target names, are read by stance_help_clause.py.
"""
from __future__ import annotations

from .stance_blame import first as _first
from .stance_help_clause import (ANAPHORS, FIRST, SUPPORT_PATTERNS, W, clause_ok, is_in, noun_phrase, object_of, other,
                                 owner_ok, strict_own, up_prep)
from .stance_rules import SUPPORT, lemma, negated

__all__ = ["SUPPORT_PATTERNS", "W", "helped"]

def _gratitude(h, cue, own):
    p, g = up_prep(h)
    if p is None or p.lower_ not in ("to", "for"):
        return None
    return _gratitude_of(p, cue, own)


def _gratitude_of(p, cue, own):
    """The speaker's side's gratitude noun that preposition `p` ("to X", "for X") hangs on, or None."""
    g = p.head
    nouns = [g] if is_in(g, "gratitude_nouns") else []
    if g.pos_ == "VERB" and is_in(g, "gratitude_verbs"):
        nouns = [c for d in g.children if d.dep_ == "dobj" for c in (d, *d.conjuncts) if is_in(c, "gratitude_nouns")]
    for n in nouns:
        if n.lower_ == "thanks" and p.lower_ == "to" and n.i + 1 == p.i and not any(
                c.dep_ in ("poss", "amod") for c in n.children):
            continue   # "thanks to X": because of X (stance_faults.thanks_to)
        if owner_ok(n, own) and clause_ok(n, cue, own) and not negated(n):
            return n
    return None


def _merit(h, cue, own):
    """The target's merit noun: "Qatar's role", "the efforts of Qatar", "the role played by Qatar"."""
    m = None
    if h.dep_ == "poss" and is_in(h.head, "merit_nouns"):
        m = h.head
    elif h.dep_ == "pobj" and h.head.lower_ == "of" and is_in(h.head.head, "merit_nouns"):
        m = h.head.head
    elif h.dep_ == "pobj" and h.head.dep_ == "agent" and h.head.head.dep_ == "acl" and is_in(h.head.head.head, "merit_nouns"):
        m = h.head.head.head
    if m is None or negated(m):
        return None
    if any(c.dep_ in ("amod", "conj") and is_in(c, "merit_adj") for c in m.children) and clause_ok(m, cue, own):
        return m
    return object_of(m, "credit_verbs", lambda v: clause_ok(v, cue, own))


def _help(h, cue, own):
    p, g = up_prep(h)
    if p is None or p.lower_ not in ("to", "for"):
        return None
    if g.pos_ == "ADP" and g.head.i != g.i:
        g = g.head   # "teams from Bulgaria to Turkey"
    if g.pos_ == "VERB" and is_in(g, "send_verbs"):
        objs = [c for d in g.children if d.dep_ in ("dobj", "nsubjpass") for c in (d, *d.conjuncts)]   # "aid was sent to X"
        purpose = any(c.dep_ in ("xcomp", "advcl") and is_in(c, "help_verbs") for c in g.children) or any(
            x.dep_ in ("xcomp", "advcl", "acl", "relcl") and is_in(x, "help_verbs") for o in objs for x in o.subtree)
        helpful = any(is_in(o, "help_nouns") or any(is_in(x, "help_nouns") for x in o.subtree) for o in objs) or (
            bool(objs) and is_in(g, "give_verbs"))   # "pledged $10 million to Chile": whatever is given
        if (helpful or purpose) and not negated(g) and clause_ok(g, cue, own):
            return g
    elif is_in(g, "help_nouns") and g.pos_ == "NOUN" and not negated(g):
        top = _first(g)
        if top.dep_ == "pobj" and top.head.lower_ == "of":   # "our offer of assistance to X"
            top = _first(top.head.head)
        if not owner_ok(top, own):
            return None
        owned = any(c.dep_ == "poss" and c.lower_ not in ("his", "her") for c in top.children)
        if (owned or (top.dep_ == "dobj" and is_in(top.head, "send_verbs"))) and clause_ok(top, cue, own):
            return g
    return None


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


def _joint(h, t, cue, own):
    p, g = up_prep(h)
    if p is None:
        return None
    w = None
    if p.lower_ == "with" and (is_in(g, "joint_heads") or any(is_in(c, "joint_heads") for c in (*p.children, *g.children)) or (is_in(g, "coordination_nouns") and g.dep_ == "pobj"
                                                          and g.head.lower_ in ("in", "with"))):
        w = g
    elif p.lower_ in W["joint_preps"]:
        w = p
    elif p.lower_ == "with" and g.dep_ == "acl" and any(c.dep_ == "amod" and is_in(c, "joint_adj") for c in g.head.subtree
                                                         if c.i < g.head.i) \
            and owner_ok(g.head, own) and clause_ok(g.head, cue, own):
        return g   # "its joint mediation efforts undertaken with Egypt"
    elif p.lower_ in ("from", "of") and is_in(g, "backing_nouns") and g.dep_ == "pobj" and _first(g).head.lower_ == "with":
        w = g   # "with support from Australia", "with the help of X"
    if w is not None and not negated(w) and strict_own(w, cue, own):
        return w
    if p.lower_ == "of" and any(c.dep_ == "amod" and is_in(c, "joint_adj") for c in g.children) and any(
            m.i in own or m.lower_ in FIRST for m in (_first(h), *_first(h).conjuncts) if m.i != t.i):
        return g   # "through the joint efforts of China and the U.S.", said by China's side
    return None


def _partners(h, t, cue, own):
    n = h
    if t.dep_ == "conj" and h.i != t.i and is_in(h, "partner_nouns"):
        pass   # "our partners, Japan and Australia"
    elif h.dep_ == "appos" and is_in(h.head, "partner_nouns"):
        n = h.head
    elif h.dep_ == "pobj" and h.head.lower_ in W["partner_preps"] and is_in(h.head.head, "partner_nouns"):
        n = h.head.head
    elif h.dep_ == "pobj" and h.head.lower_ == "as" and h.head.head.lower_ == "such" and is_in(h.head.head.head, "partner_nouns"):
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


def _event(h, cue, own):
    p, e = up_prep(h)
    if p is None:
        if h.dep_ in ("compound", "amod") and is_in(h.head, "representative_nouns"):
            p, e = up_prep(_first(h.head))   # "a senior Houthi delegation" -> the delegation's preposition
        if p is None:
            return None
    if p.lower_ not in ("between", "by", "to", "with", "of") or e.pos_ != "NOUN":
        return None
    for _ in range(2):   # "the visit by a Houthi delegation to Riyadh": the delegation's visit
        top = _first(e)
        if is_in(e, "representative_nouns") and top.dep_ == "pobj" and top.head.lower_ in ("by", "of") \
                and top.head.head.pos_ == "NOUN":
            e = top.head.head
    chain, n = [e], e
    for _ in range(3):
        top = _first(n)
        if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN":
            n = top.head.head
            chain.append(n)
        else:
            break
    if not any(is_in(x, "event_nouns") for x in chain) or any(negated(x) for x in chain):
        return None
    if p.lower_ == "of" and not is_in(e, "event_nouns"):
        return None
    x = chain[-1]   # "welcomed the start of talks", "welcome the step taken to advance peace with the signing of a truce"
    for _ in range(7):
        v = object_of(x, "welcome_verbs", lambda v: clause_ok(v, cue, own))
        if v is None and x.dep_ == "pobj" and x.head.lower_ == "for" and is_in(x.head.head, "gratitude_nouns"):
            v = _gratitude_of(x.head, cue, own)   # "its appreciation for the cooperation between A and B"
        if v is None and x.dep_ in ("advcl", "xcomp") and is_in(x.head, "welcome_verbs") and not negated(x.head) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in x.children):   # its purpose, not "citing its role in ..."
            v = x.head if clause_ok(x.head, cue, own) else None
        if v is not None or x.head.i == x.i or (x.pos_ in ("VERB", "AUX") and any(
                c.dep_.startswith("nsubj") for c in x.children)):
            return v   # a clause of its own ("the report that describes the talks") ends the search
        x = x.head
    return None


def _guest(h, t, cue, own):
    if h.i == _first(t).i or not is_in(h, "representative_nouns"):
        return None
    return object_of(h, "welcome_verbs", lambda v: clause_ok(v, cue, own))


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
    for why, rule in (("gratitude_to", lambda: _gratitude(h, cue, own)), ("merit_credited", lambda: _merit(h, cue, own)),
                      ("backing_of", lambda: _backing(h, cue, own)), ("stands_with", lambda: _stands(h, cue, own)),
                      ("help_offered", lambda: _help(h, cue, own)), ("help_asked", lambda: _help_asked(h, cue, own)),
                      ("joint_partner", lambda: _joint(h, t, cue, own)), ("our_partners", lambda: _partners(h, t, cue, own)),
                      ("bond_with", lambda: _bond(h, cue, own)), ("valued_member", lambda: _valued(t)),
                      ("welcomed_event", lambda: None if t.dep_ == "amod" and lemma(t.head) != "side" else _event(h, cue, own)),
                      ("welcomed_guest", lambda: _guest(h, t, cue, own)), ("grouped_with_us", lambda: _grouped(t, own))):
        w = rule()
        if w is not None:
            return SUPPORT, w, why
    return None, None, ""
