"""Whose clause is it, for the support rules of stance_help.py: the speaker's side's (I/we, a mention of the speaker's
side, "our"/"my", "his country" in indirect speech, the cue itself), or another named party's ("Russia sent aid",
"the farmers appreciate ..."); and the noun phrase a target names ("Qatar's Emir", "the State of Qatar"). Loads the
named patterns and word lists of stance_support.json (a list not there is stance_lexicon.json's: one list per concept).
"""
from __future__ import annotations

import json
from pathlib import Path

from .stance_blame import first as _first
from .stance_rules import lemma, negated
from .stance_words import L

__all__ = ["ANAPHORS", "FIRST", "SUPPORT_PATTERNS", "W", "clause_ok", "is_in", "noun_phrase", "object_of", "other",
           "owner_ok", "strict_own", "up_prep"]

_DATA = json.loads((Path(__file__).with_name("stance_support.json")).read_text(encoding="utf-8"))
SUPPORT_PATTERNS = _DATA["patterns"]
W = {k: frozenset(v) for k, v in _DATA.items() if isinstance(v, list)}

FIRST = {"i", "we", "us", "our", "my"}
ANAPHORS = {"he", "she", "it", "they", "his", "her", "its", "their"}
_OTHER_ENTS = {"GPE", "ORG", "NORP", "PERSON"}
_QUOTES = {'"', "\u201c", "\u201d", "''", "``"}


def is_in(t, key: str) -> bool:
    """`t`'s lowercase form or lemma is in the word list `key` of stance_support.json, else of stance_lexicon.json."""
    words = W[key] if key in W else L[key]
    return t.lower_ in words or lemma(t) in words


def object_of(n, key: str, ok):
    """The verb of list `key` whose object is noun `n` (or the first of its list), not negated and with `ok(verb)`."""
    top = _first(n)
    if top.dep_ == "dobj" and is_in(top.head, key) and not negated(top.head) and ok(top.head):
        return top.head
    return None


def noun_phrase(t):
    """The head of the noun phrase the target names: "Qatar's Emir", "the State of Qatar", "the Chilean
    government", "the leaders of X" -> Emir, State, government, leaders."""
    t = _first(t)
    for _ in range(4):
        h = t.head
        if h.i == t.i:
            break
        if t.dep_ in ("poss", "compound", "amod", "nmod") and h.pos_ in ("NOUN", "PROPN") and h.i > t.i:
            t = _first(h)
        elif t.dep_ == "pobj" and h.lower_ == "of" and (is_in(h.head, "representative_nouns") or h.head.ent_type_ == "PERSON"):
            t = _first(h.head)
        elif t.dep_ == "appos":
            t = _first(h)
        else:
            break
    return t


def other(m, own: frozenset) -> bool:
    """`m` names a party that is not the speaker's side: a proper name or a noun of a named party ("Russian forces")."""
    if m.i in own or m.lower_ in FIRST or m.lower_ in ANAPHORS:
        return False
    if (m.pos_ == "PROPN" or m.ent_type_ in _OTHER_ENTS) and not is_in(m, "own_nouns"):
        return True
    return any(c.dep_ in ("compound", "amod", "poss") and c.i not in own and (c.pos_ == "PROPN" or c.ent_type_ in _OTHER_ENTS)
               for c in m.children)


def owner_ok(n, own: frozenset) -> bool:
    """The noun's possessor, if any, is the speaker's side (our, my, an own mention, or a pronoun)."""
    p = next((c for c in n.children if c.dep_ == "poss"), None)
    return p is None or not other(p, own)


def clause_ok(w, cue, own: frozenset) -> bool:
    """The clause that holds `w` is the speaker's side's and not negated: its subject (through xcomp, acomp, conj, prepositions) is
    not another named party; the cue itself is the speaker's."""
    v, came = w, w
    for _ in range(8):
        if v.i == cue.i:
            return True
        if v.pos_ in ("VERB", "AUX") or v.dep_ == "ROOT":
            if negated(v):
                return False   # "we do not extend our thanks to X"
            subj = next((c for c in v.children if c.dep_ == "agent"), None) or next(   # the doer of a passive first
                (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != came.i), None)
            if subj is not None:
                if subj.dep_ == "agent":
                    subj = next((c for c in subj.children if c.dep_ == "pobj"), subj)
                if subj.dep_ == "nsubj" and subj.pos_ == "NOUN" and subj.i not in own and not is_in(subj, "own_nouns"):
                    return False   # "the farmers appreciate ...": someone else's clause
                return subj.tag_ not in ("WP", "WDT") and not other(subj, own)   # "delegates who pledged ..."
            if v.dep_ not in ("xcomp", "acomp", "conj", "advcl", "ccomp", "pcomp") or v.head.i == v.i:
                return True
        if v.head.i == v.i:
            return True
        came, v = v, v.head
    return True


def strict_own(w, cue, own: frozenset) -> bool:
    """Like clause_ok, but the subject must be the speaker's side itself (I/we, an own mention, "his country", a
    bare "the Kingdom" / "the government")."""
    v = w
    for _ in range(8):
        if v.i == cue.i:
            return True
        if v.pos_ in ("VERB", "AUX"):
            if negated(v):
                return False
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                if any(x.i in own for x in subj.subtree if x.i < subj.i and x.dep_ in ("compound", "amod", "nmod")):
                    return True   # "Kazakh President Toqaev", said by Kazakhstan's press service
                if is_in(subj, "self_nouns") and all(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
                    return True   # "the Kingdom", "the government", said by its official
                return subj.i in own or subj.lower_ in FIRST or _reporter(subj) or (
                    is_in(subj, "own_nouns") and any(c.dep_ in ("poss", "compound", "amod", "nmod") and (
                        c.lower_ in FIRST | ANAPHORS or c.i in own) for c in subj.children))
            if v.dep_ == "acl":
                return owner_ok(v.head, own) and clause_ok(v.head, cue, own)
            if v.dep_ not in ("xcomp", "conj", "advcl") or v.head.i == v.i:
                return False
        if v.head.i == v.i:
            return False
        v = v.head
    return False


def _reporter(m) -> bool:
    """he/she/it/they in indirect speech (no quotation mark before it in its sentence) is the speaker."""
    return m.lower_ in ("he", "she", "it", "they") and not any(
        x.text in _QUOTES for x in m.doc[m.sent.start:m.i])


def up_prep(h):
    """(preposition, its head) of a pobj, through coordinated prepositions ("to X and to Y")."""
    if h.dep_ != "pobj":
        return None, None
    p = _first(h.head)
    return p, p.head
