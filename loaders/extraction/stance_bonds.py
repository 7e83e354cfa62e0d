"""Bonds between the speaker's side and a target, named as a relation of two parties (tried with the rules of
stance_wire.py, after the role rules):

    joint_between   "we aim to strengthen cooperation between the armed forces of Russia and China" (said by
                    Russia's side), "the closeness of Russian-Chinese relations", "the normalisation of Iran-Saudi
                    Arabia relations", "the success of cooperation between Tehran and Riyadh" -> support the other
                    party, when one party is the speaker's side; a coop_words noun ("cooperation", "partnership")
                    is a bond by itself, a joint_nouns one ("relations", "ties") only when strengthened, normalised
                    or praised (bond_verbs, bond_growth_nouns, joint_mods). Relations between two others say nothing.
    partner_of      "Kazakhstan remains a reliable partner of China", "we are Ostland's closest ally" (said by
                    Kazakhstan's / our side) -> support the target (friend_nouns; not negated).
    friendly_view   "we regard Japan as a close partner", "the US looks upon India as one of its most important
                    partners" (said by the US side) -> support the target (view_verbs; friend_nouns or a praising noun).

Word lists in stance_lexicon.json (coop_words, joint_nouns, joint_mods, bond_verbs, bond_growth_nouns, friend_nouns; written by hand).
"""
from __future__ import annotations

from .stance_rules import L, SUPPORT, _noun_polarity, lemma, negated
from .stance_words import listed
from .stance_blame import first as _first

__all__ = ["friendly_view", "joint_between", "partner_of"]

_US = {"we", "us", "our"}


def _bond(g) -> bool:
    """The relation noun is a bond: cooperative by itself, or strengthened / normalised / praised."""
    if listed(g, "coop_words"):
        return True
    if not listed(g, "joint_nouns"):
        return False
    if any(c.dep_ == "amod" and listed(c, "joint_mods") for c in g.children):
        return True
    if g.dep_ == "nsubj" and _progress(g.head):   # "the A-B relationship is moving forward"
        return True
    h = g
    for _ in range(3):   # "strengthen relations between", "the normalisation of A-B relations"
        if h.dep_ == "pobj":
            h = h.head
        h = h.head
        if lemma(h) in L["bond_verbs"] or listed(h, "bond_growth_nouns"):
            return not negated(h)
        if h.head.i == h.i:
            break
    return False


def _progress(v) -> bool:
    """The verb says a relation moves forward (progress_phrases: the lemma, or it with its particle or adverb)."""
    if v.pos_ != "VERB" or negated(v):
        return False
    lem = lemma(v)
    return lem in L["progress_phrases"] or any(
        c.dep_ in ("prt", "advmod", "acomp") and f"{lem} {c.lower_}" in L["progress_phrases"] for c in v.children)


def _denied(g) -> bool:
    """The bond is negated, or its clause denies it: "the partnership no longer exists", "has no partnership"."""
    v = g.head if g.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") else None
    for w in (g, v):
        if w is not None and (negated(w) or any(c.lower_ == "longer" and any(x.lower_ == "no" for x in c.children)
                                                for c in w.children)):
            return True
    return False


def _parties_between(t):
    """(relation noun, party tokens) for "between A and B" (also "between the forces of A and B")."""
    f = _first(t)
    p = f.head
    if f.dep_ == "pobj" and p.lower_ == "of" and p.head.dep_ == "pobj" and p.head.head.lower_ == "between":
        p = p.head.head   # "between the armed forces of Russia and China"
    elif not (f.dep_ == "pobj" and p.lower_ == "between"):
        return None, []
    return p.head, [f, *f.conjuncts]


def _parties_compound(t):
    """(relation noun, party tokens) for "A-B relations", "Russian-Chinese relations": the names before the noun."""
    g = t
    for _ in range(3):
        if g.dep_ not in ("compound", "amod") or g.head.i <= g.i:
            break
        g = g.head
    if g is t or g.pos_ != "NOUN":
        return None, []
    doc = t.doc
    lo = min(x.i for x in g.subtree)
    parties = [x for x in doc[lo:g.i] if x.dep_ in ("compound", "amod") and x.pos_ in ("PROPN", "ADJ", "PRON")]
    if not any(doc[k].text in ("-", "\u2011", "\u2013") for k in range(lo, g.i)):
        return None, []   # "the Chinese trade relations": no pair
    return g, parties


def partner_of(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The speaker's side is the target's friend: "Kazakhstan remains a reliable partner of China", "we are
    Ostland's closest ally" (friend_nouns, predicated of the speaker's side by a copula)."""
    h = t.head
    if t.dep_ == "pobj" and h.lower_ == "of":
        n = h.head
    elif t.dep_ == "poss":
        n = h
    else:
        return None, None
    if not listed(n, "friend_nouns") or negated(n):
        return None, None
    while n.dep_ == "conj" and n.head.i != n.i:
        n = n.head
    v = n.head
    if n.dep_ != "attr" or lemma(v) not in ("be", "remain", "become", "stay") or negated(v):
        return None, None
    subj = [c for c in v.children if c.dep_ == "nsubj"] or (
        [c for c in v.head.children if c.dep_ == "nsubj"] if v.dep_ == "conj" else [])   # "has been and remains"
    if subj and (subj[0].i in own or subj[0].lower_ in _US) and t.i not in own:
        return SUPPORT, n
    return None, None


def _friendly(n) -> bool:
    if n is not None and n.lower_ == "one":   # "one of the most important partners"
        n = next((p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj"), None)
    return n is not None and not negated(n) and (
        listed(n, "friend_nouns") or _noun_polarity(n) == SUPPORT)


def friendly_view(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The speaker's side sees the target as a friend: "we regard Japan as a close partner", "the US looks upon
    India as one of its most important partners", "we consider Japan our closest friend" (view_verbs; the
    friendly counterpart of stance_wire.hostile_view)."""
    h = t.head
    if t.dep_ == "dobj" and lemma(h) in L["view_verbs"]:
        v, comp = h, None
    elif t.dep_ == "pobj" and h.lower_ in ("upon", "on") and lemma(h.head) == "look":
        v, comp = h.head, None
    elif t.dep_ == "nsubj" and h.pos_ == "NOUN" and h.dep_ in ("ccomp", "xcomp", "oprd") and lemma(h.head) in L["view_verbs"]:
        v, comp = h.head, h
    else:
        return None, None
    if comp is None:
        comp = next((p for c in v.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                     if p.dep_ == "pobj"), None)
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    if negated(v) or not subj or not (subj[0].i in own or subj[0].lower_ in _US) or not _friendly(comp):
        return None, None
    return SUPPORT, comp


def joint_between(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The target and the speaker's side are the two parties of a bond."""
    for find in (_parties_between, _parties_compound):
        g, parties = find(t)
        if g is None or not _bond(g) or _denied(g):
            continue
        mine = [x for x in parties if x.i != t.i and (x.i in own or x.lower_ in _US)]
        if mine and t.i not in own:
            return SUPPORT, g
    return None, None
