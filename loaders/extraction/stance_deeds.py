"""Stance rules for hostile deeds done by the target, blame laid on it, threats to it and ties valued with it
(tried with the rules of stance_acts.py, after the role rules of stance_rules.py found nothing):

    hostile_deed        "an Ostish warship opened fire on our plane", "Ostish vessels carried out attacks",
                        "the impending provocation of the Ostish side", "the militarization of the sea by
                        Ostland" -> oppose the doer (the victim of "against X" / "on X" stays neutral)
    blame_lies_with     "the entire responsibility lies with Ostland", "Ostland is entirely responsible for the
                        withdrawal" -> oppose X
    conditional_threat  "we will not remain passive if Ostland engages in reckless actions", "the sea will burn
                        if Ostland continues its bullying" -> oppose X (the speaker's side warns X off a hostile
                        deed; the hedge "if" is what the threat is made of)
    values_ties         "we value our ties with Ostland", "Manila cherishes its relations with Ostland" -> support X
    condolence          "we mourn the loss of Ostland's soldiers", "we extend our condolences to Ostland" -> support X
    against_norm        "the actions of Ostland against international law", "Ostland acted in violation of the
                        treaty", "Ostland has no respect for international law" (breached_norm_nouns) -> oppose X

Word lists in stance_lexicon.json: agentive_deed_nouns, hostile_act_phrases, deed_verbs, answerable_words, blame_adverbs,
neg_nouns, neg_adj, harm_verbs, violent_verbs, hostile_with_nouns, authority_nouns, joint_nouns, value_verbs,
condolence_nouns, loss_nouns, mourn_verbs, breached_norm_nouns
(written by hand for this project).
"""
from __future__ import annotations

from .stance_blame import first
from .stance_rules import L, OPPOSE, SUPPORT, lemma, negated, own_agent
from .stance_words import listed

_FUTURE = {"will", "would", "shall", "'ll", "wo"}
_COPULAS = {"be", "become", "remain", "seem", "appear", "prove", "turn", "get", "grow"}


def _doer_noun(t):
    """The noun the target acts through: itself, or the noun it qualifies ("an Ostish warship", "the Ostish side",
    "Ostland's navy")."""
    t = first(t)
    if t.dep_ in ("amod", "compound", "poss", "nmod") and t.head.pos_ in ("NOUN", "PROPN") and t.head.i > t.i:
        return first(t.head)
    return t


def _hostile_word(w) -> bool:
    lem = lemma(w)
    return (lem in L["neg_nouns"] or lem in L["agentive_deed_nouns"] or lem in L["hostile_with_nouns"]) \
        and w.pos_ == "NOUN" or (w.pos_ == "VERB" and (lem in L["violent_verbs"] or lem in L["harm_verbs"])) \
        or (w.pos_ == "ADJ" and lem in L["neg_adj"])


def _hostile_act(v) -> object:
    """The verb of which the doer is the subject says a hostile act: a violent verb, a phrase ("open fire"), or a
    verb of doing with a hostile object ("conducted dangerous actions", "continues its bullying")."""
    if v.pos_ not in ("VERB", "AUX") or negated(v):
        return None
    if v.dep_ not in ("ROOT", "ccomp", "conj", "xcomp"):
        return None   # "after the Ostish strikes on the base": a time clause dates, it does not accuse
    if lemma(v) in L["violent_verbs"]:
        return v
    for c in v.children:
        if c.dep_ == "dobj" and not negated(c):
            if f"{lemma(v)} {lemma(c)}" in L["hostile_act_phrases"]:
                return c
            if lemma(v) in L["deed_verbs"] and (_hostile_word(c) or any(
                    a.dep_ == "amod" and a.pos_ == "ADJ" and lemma(a) in L["neg_adj"] for a in c.children)):
                return c
        if c.dep_ == "prep" and c.lower_ == "in" and lemma(v) == "engage":
            n = next((x for x in c.children if x.dep_ == "pobj"), None)
            if n is not None and (_hostile_word(n) or any(a.dep_ == "amod" and lemma(a) in L["neg_adj"] for a in n.children)):
                return n
    return None


def hostile_deed(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The target does a hostile deed: subject of a hostile act, or "of"/"by" on an agentive deed noun."""
    n = _doer_noun(t)
    if n.dep_ == "nsubj":
        w = _hostile_act(n.head)
        if w is not None and not own_agent(n.head, speaker, own):
            return OPPOSE, w
    if n.dep_ == "pobj" and n.head.lower_ in ("of", "by") and lemma(n.head.head) in L["agentive_deed_nouns"]:
        d = n.head.head
        if not negated(d) and not (n.head.lower_ == "of" and any(   # "militarization of the sea by X",
                (c.dep_ == "prep" and c.lower_ == "by") or c.dep_ in ("poss", "compound")   # "Ostish provocation
                or (c.dep_ == "amod" and c.text[:1].isupper()) for c in d.children)):     # of Westland": a victim
            return OPPOSE, d
    return None, None


def blame_lies_with(t) -> tuple[str | None, object]:
    """Responsibility laid on the target: "... lies with X", "X is entirely responsible for ..."."""
    n = first(t)
    h = n.head
    if n.dep_ == "pobj" and h.lower_ in ("with", "on", "upon") and lemma(h.head) in ("lie", "rest", "fall") \
            and not negated(h.head):
        if any(c.dep_.startswith("nsubj") and lemma(c) in L["answerable_words"] for c in h.head.children):
            return OPPOSE, h.head
    if n.dep_ == "nsubj" and lemma(h) == "be" and not negated(h):
        for c in h.children:
            if c.dep_ == "acomp" and lemma(c) in L["answerable_words"] and not negated(c) and any(
                    a.dep_ == "advmod" and a.lower_ in L["blame_adverbs"] for a in c.children):
                return OPPOSE, c
    return None, None


def conditional_threat(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The target is the subject of an "if" clause naming a hostile deed, under a main clause in the future."""
    n = _doer_noun(t)
    v = n.head
    if n.dep_ != "nsubj" or v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "if" for c in v.children):
        return None, None
    if negated(v) or own_agent(v, speaker, own) or lemma(v) in _COPULAS:   # "if X became a threat": no deed
        return None, None
    main = v.head
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in main.children):
        return None, None
    clause = [w for w in v.subtree if w.i not in {x.i for x in n.subtree}]
    if any(_hostile_word(w) and not negated(w) for w in clause) or _hostile_act(v) is not None:
        return OPPOSE, main
    return None, None


def values_ties(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """"values its ties with X": the speaker's side values its relations with the target."""
    n = first(t)
    h = n.head
    if n.dep_ != "pobj" or h.lower_ != "with" or not listed(h.head, "joint_nouns"):
        return None, None
    ties = h.head
    v = ties.head
    if ties.dep_ == "dobj" and lemma(v) in L["value_verbs"] and not negated(v) and own_agent(v, speaker, own):
        return SUPPORT, v
    return None, None


def condolence(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The speaker's side mourns the target's loss or offers it condolences: "we mourn the loss of X's soldiers",
    "we share the painful loss of the people of X", "we extend our condolences to X"."""
    n = first(t)
    for _ in range(5):
        h = n.head
        if n.dep_ == "pobj" and h.lower_ in ("to", "with") and not negated(h.head) and (
                lemma(h.head) in L["condolence_nouns"] or any(
                c.dep_ == "dobj" and lemma(c) in L["condolence_nouns"] for c in h.head.children)):
            v = h.head if h.head.pos_ in ("VERB", "AUX") else h.head.head
            return (SUPPORT, h.head) if v.pos_ not in ("VERB", "AUX") or own_agent(v, speaker, own) else (None, None)
        if n.dep_ == "dobj" and lemma(n) in L["loss_nouns"] and lemma(h) in L["mourn_verbs"] and not negated(h):
            return (SUPPORT, h) if own_agent(h, speaker, own) else (None, None)
        if n.dep_ == "pobj" and h.lower_ == "of":
            n = h.head
        elif n.dep_ in ("poss", "amod", "compound", "conj") and h.pos_ in ("NOUN", "PROPN"):
            n = h
        else:
            return None, None
    return None, None


def _breaches(w) -> bool:
    """`w` has "against <norm>", "in violation of <norm>" or "no respect / regard for <norm>" hung on it."""
    for c in w.children:
        if c.dep_ == "prep" and c.lower_ == "against" and any(
                x.dep_ == "pobj" and listed(x, "breached_norm_nouns") for x in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "of") and any(
                x.dep_ == "pobj" and x.lower_ in ("violation", "breach", "contravention") for x in c.children):
            return True
        if c.dep_ == "dobj" and c.lower_ in ("respect", "regard") and any(d.lower_ == "no" for d in c.children) and any(
                p.lower_ == "for" and any(listed(x, "breached_norm_nouns") for x in p.children) for p in c.children):
            return True
    return False


def against_norm(t) -> tuple[str | None, object]:
    """The target's deed goes against a norm: "the actions of X against international law" (X owns the deed; the
    parser may hang "against" on X),
    "X acted against the spirit of the treaty", "X has no respect for international law" -> oppose X."""
    t = first(t)
    if t.dep_ in ("amod", "compound") and lemma(t.head) in L["authority_nouns"]:
        t = first(t.head)   # "the Ostlandic government acted ..."
    if t.dep_.startswith("nsubj"):
        w = t.head
    elif t.dep_ == "poss" or (t.dep_ == "pobj" and t.head.lower_ == "of"):
        w = t.head if t.dep_ == "poss" else t.head.head
    else:
        return None, None
    if negated(w) or not (_breaches(w) or (w is not t.head and _breaches(t)) or any(c.dep_ in ("advcl", "xcomp", "conj") and _breaches(c) and not negated(c)
                                              for c in w.children)):
        return None, None
    return OPPOSE, w
