"""Bonds between the speaker's side and a target, named as a relation of two parties (tried with the rules of
stance_wire.py, after the role rules):

    joint_between   "we aim to strengthen cooperation between the armed forces of Russia and China" (said by
                    Russia's side), "the closeness of Russian-Chinese relations", "the normalisation of Iran-Saudi
                    Arabia relations", "the success of cooperation between Tehran and Riyadh" -> support the other
                    party, when one party is the speaker's side; a coop_words noun ("cooperation", "partnership")
                    is a bond by itself, a joint_nouns one ("relations", "ties") only when strengthened, normalised
                    or praised (bond_verbs, bond_nouns, joint_mods). Relations between two others say nothing.

Word lists in stance_lexicon.json (coop_words, joint_nouns, joint_mods, bond_verbs, bond_nouns; written by hand).
"""
from __future__ import annotations

from .stance_rules import L, SUPPORT, lemma, negated

__all__ = ["joint_between"]

_US = {"we", "us", "our"}


def _first(t):
    for _ in range(4):
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    return t


def _bond(g) -> bool:
    """The relation noun is a bond: cooperative by itself, or strengthened / normalised / praised."""
    if lemma(g) in L["coop_words"] or g.lower_ in L["coop_words"]:
        return True
    if not (lemma(g) in L["joint_nouns"] or g.lower_ in L["joint_nouns"]):
        return False
    if any(c.dep_ == "amod" and (lemma(c) in L["joint_mods"] or c.lower_ in L["joint_mods"]) for c in g.children):
        return True
    h = g
    for _ in range(3):   # "strengthen relations between", "the normalisation of A-B relations"
        if h.dep_ == "pobj":
            h = h.head
        h = h.head
        if lemma(h) in L["bond_verbs"] or lemma(h) in L["bond_nouns"] or h.lower_ in L["bond_nouns"]:
            return not negated(h)
        if h.head.i == h.i:
            break
    return False


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
