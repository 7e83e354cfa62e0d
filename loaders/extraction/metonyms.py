"""Descriptions that stand for a state or an alliance in wire copy, which no gazetteer can list by name.

Two rules, their words in `lexicon.json` ("metonyms"), run after the named mentions of a chunk are known:
- `occupation`: "the occupation", "the criminal occupation's false claims" stand for the occupying state —
  the one the document itself names as occupier ("the Israeli occupation", "Armenia's occupation of ...",
  "occupation by X"), else the listed default when the document names one of its context words.
  "under occupation" (no article) and "the occupation of Crimea" (its victim follows) are left alone.
- `alliance`: "the Alliance" stands for the first listed alliance the document names ("NATO ... the
  Alliance must adapt"); a document that names none of them gets nothing.
A description is no name: it is never recorded among the entity's aliases (the graph merges entities
by alias), so "the occupation" cannot join two states across articles.
"""
from __future__ import annotations

import re

from .doctext import text_of
from .lexicon import METONYMS

OCCUPATION = METONYMS["occupation"]
ALLIANCE = METONYMS["alliance"]
_CONTEXT = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in OCCUPATION["context"]))
_MODIFIERS = ("amod", "compound", "poss", "nmod")


def add_metonyms(doc, found) -> None:
    """Add the mentions the two rules find to `found` (a `Mentions` of this chunk)."""
    heads = [t for t in doc if t.text in OCCUPATION["heads"] and found.at[t.i] is None]
    if heads:
        occupier = _occupier(doc, found, heads)
        if occupier:
            for t in heads:
                if _stands_alone(t, found):
                    found.add(t.i, t.i + 1, occupier, found.type_of(occupier) or "State", occupier, ordered=True)
    if any(t.text in ALLIANCE["heads"] for t in doc):
        named = {name for _s, _e, name in found.spans}
        alliance = next((a for a in ALLIANCE["candidates"] if a in named), None)
        if alliance:
            for t in doc:
                if t.text in ALLIANCE["heads"] and _bare_alliance(t, found):
                    found.release(t.i, t.i + 1)
                    found.add(t.i, t.i + 1, alliance, found.type_of(alliance) or "Alliance", alliance, ordered=True)


def _occupier(doc, found, heads) -> str | None:
    """The state the document names as occupier, else the default when the context words are there."""
    named = set()
    for t in heads:
        for c in t.children:
            if c.dep_ in _MODIFIERS and found.type_of(found.at[c.i]) == "State":
                named.add(found.at[c.i])
            elif c.dep_ in ("prep", "agent") and c.lower_ == "by":
                named |= {found.at[g.i] for g in c.children if found.type_of(found.at[g.i]) == "State"}
    for t in doc:   # "the Israeli occupation": the demonym is its own mention, next to the head
        if t.text in OCCUPATION["heads"] and t.i > 0 and found.type_of(found.at[t.i - 1]) == "State":
            named.add(found.at[t.i - 1])
    if len(named) == 1:
        return named.pop()
    if not named and _CONTEXT.search(text_of(doc)):
        return OCCUPATION["default"]
    return None


def _stands_alone(t, found) -> bool:
    """'the (criminal) occupation', 'the occupation's', 'the occupation forces', 'Occupation' in a headline;
    not 'under occupation', not 'the occupation of X', not 'the Israeli occupation' (its state is named)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return False
    if any(c.dep_ in _MODIFIERS and found.at[c.i] is not None for c in t.children):
        return False
    if t.i > 0 and found.at[t.i - 1] is not None:
        return False
    has_the = any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) or \
        t.dep_ == "compound" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.head.children)
    return has_the or (t.text[0].isupper() and not t.is_sent_start)


def _bare_alliance(t, found) -> bool:
    """'the Alliance', 'the alliance's', 'the strongest Alliance'; not 'the Alliance of Liberals',
    not 'the opposition alliance', not part of a longer name ('Green Alliance')."""
    if found.at[t.i] is not None and found.type_of(found.at[t.i]) != "Organization":
        return False
    if found.at[t.i] is not None and any(found.at[k] == found.at[t.i] for k in (t.i - 1, t.i + 1)
                                         if 0 <= k < len(found.at)):
        return False   # a longer organisation name that holds the word
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return False
    if any(c.dep_ in ("compound", "poss", "nmod") or (c.dep_ == "amod" and c.text[:1].isupper())
           for c in t.children):
        return False
    if t.i > 0 and doc_prev_is_name(t):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)


def doc_prev_is_name(t) -> bool:
    """The word before is a capitalised proper noun other than the article ('Green Alliance')."""
    prev = t.doc[t.i - 1]
    return prev.pos_ == "PROPN" and prev.text[:1].isupper()
