"""Support for the parties of an act the speaker's side welcomes, praises or backs: one rule (named pattern with
examples in stance_support.json; tried with the rules of stance_wire.py, after the role rules found nothing):

    welcomed_act    "welcomed the agreement between A and B", "welcome the decision of X", "the ceasefire agreed by
                    A and B", "the agreement reached between A and B", "the announcement that A and B have reached
                    an agreement", "announced its support for the deal between A and B", "welcomed the start of
                    talks between A and B", "the first official visit by a B delegation to A", "its appreciation
                    for the cooperation between the Russian and Ukrainian sides" -> support A and B

It reads the act from the target up (the act's owner, its parties "between / of / by" them, the subject of the
clause that reached it) and then the welcome over it: the act is the object of a praising verb of the speaker's
side (cue_support) or what the side's support or appreciation is for. Not a third party's welcome ("Russia welcomed
..."), not a negated or condemned act, not a welcomed arrest, "the start of the war between A and B" (no act), nor
an act named in a clause of its own ("the report that describes the talks"). Word lists: welcomed_act_nouns,
aspect_nouns, cue_support, support_for_nouns, gratitude_nouns (stance_lexicon.json); representative_nouns
(stance_support.json).
"""
from __future__ import annotations

from .stance_blame import first
from .stance_given import gratitude_of
from .stance_help_clause import clause_ok, is_in, noun_phrase, object_of, up_prep
from .stance_rules import L, SUPPORT, lemma, negated, own_agent
from .stance_words import listed

__all__ = ["welcomed_act"]


def welcomed_act(t, cue, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """(SUPPORT, deciding word) when the target is a party of an act the speaker's side welcomes or backs."""
    w = _act_welcomed(first(t), cue, speaker, own)
    if w is None and t.i not in own and not (t.dep_ == "amod" and lemma(t.head) != "side"):
        w = _event_welcomed(noun_phrase(t), cue, own)
    return (SUPPORT, w) if w is not None else (None, None)


_PARTY_PREPS = {"between", "of", "by", "among"}


def _act_noun(n) -> bool:
    return listed(n, "welcomed_act_nouns")


def _party_of(t):
    """The act noun the target is a party of, one step up: "X's deal", "the X-Y deal", "the deal between/of/by X",
    "the truce agreed by X", "the agreement reached between X and Y" (the preposition on the act's participle),
    "(the announcement that) X and Y have reached an agreement" (the subject of a verb whose object is an act)."""
    h = t.head
    if t.dep_ in ("poss", "compound") and h.pos_ in ("NOUN", "PROPN"):
        return h
    if t.dep_ == "pobj" and h.lower_ in _PARTY_PREPS:
        g = h.head
        if g.pos_ == "VERB" and g.dep_ == "acl" and g.tag_ == "VBN" and g.head.pos_ == "NOUN":
            g = g.head   # "the agreement reached between X and Y", "the statement issued by X"
            if not _act_noun(g) and g.dep_ == "pobj" and g.head.dep_ == "prep" and _act_noun(g.head.head):
                g = g.head.head   # "the agreement on measures reached between X and Y" (hung on "measures")
        return g
    if t.dep_ == "nsubj" and h.pos_ == "VERB" and not negated(h) and lemma(h) not in L["cue_support"]:
        act = next((c for c in h.children if c.dep_ == "dobj" and _act_noun(c)), None)
        if act is not None and h.dep_ in ("acl", "ccomp") and h.head.pos_ == "NOUN":
            return h.head   # "the announcement that X and Y have reached an agreement"
        if act is not None and h.dep_ == "ccomp":
            return act      # "welcomed that X and Y signed an agreement": the act, whose verb is the clause's
    return None


def _backed(n, cue, speaker: str | None, own: frozenset) -> bool:
    """The act `n` is welcomed or backed by the speaker's side: the object of a praising verb ("welcomed the
    deal"), or what the side's support is for ("announced its support for the deal", "their full support to
    the efforts of X")."""
    v = n.head
    if n.dep_ == "dobj" and lemma(v) not in L["cue_support"] and v.dep_ == "ccomp" and not negated(v):
        v = v.head   # "welcomed that X and Y signed an agreement"
    if n.dep_ == "dobj":
        return lemma(v) in L["cue_support"] and not negated(v) and (v.i == cue.i or own_agent(v, speaker, own))
    if n.dep_ != "pobj" or v.lower_ not in ("for", "to", "behind"):
        return False
    g = v.head
    if g.pos_ == "VERB":   # "underlined their full support to the efforts": the preposition hung on the verb
        g = next((c for c in g.children if c.dep_ == "dobj" and lemma(c) in L["support_for_nouns"]), None)
        if g is None:
            return False
    if lemma(g) not in L["support_for_nouns"] or negated(g) or negated(g.head):
        return False
    owner = next((c for c in g.children if c.dep_ == "poss"), None)
    if owner is not None and (owner.lower_ in ("our", "my") or owner.i in own):
        return True
    if owner is not None and owner.lower_ not in ("its", "their", "his", "her"):
        return False   # "Hungary's support for the deal": a third party's
    # "announced its support for the deal": the owner is the subject of the verb, which must be the speaker's side
    v = g.head if g.dep_ == "dobj" else g.head.head if g.dep_ == "pobj" else None
    if v is None:
        return owner is None
    return v.pos_ in ("VERB", "AUX") and not negated(v) and (v.i == cue.i or own_agent(v, speaker, own))


def _act_welcomed(t, cue, speaker, own):
    """The act (a welcomed_act_nouns noun) the target is a party of, reached as _party_of says, that the speaker's
    side welcomes, praises or backs (_backed), climbing from act to act ("the decision of X's government")."""
    for _ in range(5):
        n = _party_of(t)
        if n is None or not _act_noun(n):
            return None
        if _backed(n, cue, speaker, own):
            return n   # the act, inside the statement (the cue itself may be outside it)
        t = first(n)
    return None


def _event_welcomed(h, cue, own):
    """The target's phrase `h` names a party of an event ("talks between A and B", "the visit by a B delegation to
    A", "the start of talks", "its appreciation for the cooperation between A and B") that a clause of the speaker's
    side welcomes: the welcoming verb over the event's chain of "of" nouns, or the appreciation it is for."""
    p, e = up_prep(h)
    if p is None:
        if h.dep_ in ("compound", "amod") and is_in(h.head, "representative_nouns"):
            p, e = up_prep(first(h.head))   # "a senior Houthi delegation" -> the delegation's preposition
        if p is None:
            return None
    if p.lower_ not in ("between", "by", "to", "with", "of") or e.pos_ != "NOUN":
        return None
    for _ in range(2):   # "the visit by a Houthi delegation to Riyadh": the delegation's visit
        top = first(e)
        if is_in(e, "representative_nouns") and top.dep_ == "pobj" and top.head.lower_ in ("by", "of") \
                and top.head.head.pos_ == "NOUN":
            e = top.head.head
    chain, n = [e], e
    for _ in range(3):
        top = first(n)
        if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN":
            n = top.head.head
            chain.append(n)
        else:
            break
    if not any(_act_noun(x) and not listed(x, "aspect_nouns") for x in chain) or any(negated(x) for x in chain):
        return None   # "the start of the war between A and B": a start, of no act
    if p.lower_ == "of" and not _act_noun(e):
        return None
    x = chain[-1]   # "welcomed the start of talks", "welcome the step taken to advance peace with the signing of a truce"
    for _ in range(7):
        v = object_of(x, "cue_support", lambda v: clause_ok(v, cue, own))
        if v is None and x.dep_ == "pobj" and x.head.lower_ == "for" and is_in(x.head.head, "gratitude_nouns"):
            v = gratitude_of(x.head, cue, own)   # "its appreciation for the cooperation between A and B"
        if v is None and x.dep_ in ("advcl", "xcomp") and is_in(x.head, "cue_support") and not negated(x.head) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in x.children):   # its purpose, not "citing its role in ..."
            v = x.head if clause_ok(x.head, cue, own) else None
        if v is not None or x.head.i == x.i or (x.pos_ in ("VERB", "AUX") and any(
                c.dep_.startswith("nsubj") for c in x.children)):
            return v   # a clause of its own ("the report that describes the talks") ends the search
        x = x.head
    return None
