"""Backing judged by the speaker: support for a target only counts as the speaker's when the speaker's side gives
it, or asks for it, and does not criticise it (used by the role rules of stance_rules.py and the acts of
stance_ruptures.py). A word of support ("support", "aid", "supporting", "arming") is

    criticised   when the statement regrets, condemns, blocks or calls wrong what it hangs from: "expressed regret
                 over U.S. support for X", "it was totally wrong to continue supporting X", "condemned the arming
                 of X", "the support for X was a mistake", "will veto any aid to X" -> no support for X
                 (not through a privation: "regret the lack of support for X" keeps it)
    blocked      when the speaker's side itself blocks it ("Hungary will veto any aid to X", "we will halt
                 military aid to X") -> oppose X (rule blocked_support)
    a third party's   when a named party other than the speaker's side owns it ("U.S. support for X", "the Turkish
                 backing of X"): that party's relation, no support said by the speaker

`harmed_good`: the good a harmful deed harms says nothing for its owner ("a violation of X's sovereignty").
`state_wrapper`: "the State of Qatar" acts as Qatar. `side_bodies` reads "the Government of Thailand", "the Thai
government" as the speaker's side when the state it names is (so "the Government of Thailand thanks X", said by Thailand's spokesperson, is the side's thanks).
Word lists in stance_lexicon.json: blocking_verbs, privation_nouns, feeling_nouns_neg, emotion_neg, cue_oppose,
against_verbs, stop_verbs (written by hand for this project).
"""
from __future__ import annotations

from .stance_words import L, OPPOSE, _COPULAS, _evaluation, lemma, listed, negated

_CLIMB = {"pobj", "prep", "dobj", "xcomp", "pcomp", "acl", "ccomp", "csubj", "nsubjpass", "compound"}
_SIDE_HEADS = ("own_body_nouns", "authority_nouns", "armed_body_nouns")


def _critic(w) -> bool:
    """`w` regrets, condemns, blocks or calls wrong what hangs from it (and is not itself negated)."""
    if negated(w):
        return False
    if w.pos_ in ("VERB", "AUX") and (listed(w, "cue_oppose") or listed(w, "blocking_verbs") or listed(w, "stop_verbs")
                                     or lemma(w) in L["against_verbs"]):
        return True
    if w.pos_ == "NOUN" and (listed(w, "feeling_nouns_neg") or lemma(w) in ("condemnation", "criticism", "mistake",
                                                                             "error", "blunder")):
        return True
    return w.pos_ == "ADJ" and (listed(w, "emotion_neg") or lemma(w) in L["neg_adj"])


def criticised(g):
    """The word that criticises the support word `g`, else None (see the module's docstring)."""
    x = g
    for _ in range(5):
        if x.dep_ in ("nsubj", "csubj") and lemma(x.head) in _COPULAS:   # "the support for X was a mistake"
            pol, w = _evaluation(x.head)
            return w if pol == OPPOSE and not negated(x.head) else None
        h = x.head
        if h.i == x.i or x.dep_ not in _CLIMB or (h.pos_ == "NOUN" and listed(h, "privation_nouns")):
            return None   # "regret the lack of support for X": the lack is regretted, not the support
        if _critic(h):
            return h
        if lemma(h) in _COPULAS and x.dep_ in ("xcomp", "ccomp", "csubj") and not negated(h):
            for c in h.children:   # "it was totally wrong to continue supporting X"
                if c.dep_ in ("acomp", "attr") and _critic(c):
                    return c
        x = h
    return None


def voiced_by_other(w, is_own) -> bool:
    """The criticism `w` is a named third party's, not the speaker's: "Russia condemned U.S. support for X",
    "Russia's concern that Poland armed itself" (`is_own(token)`: the token stands for the speaker's side)."""
    if w.pos_ in ("VERB", "AUX"):
        return any(c.dep_ == "nsubj" and c.lower_ not in ("it", "this", "that") and not is_own(c) for c in w.children)
    return any((c.dep_ == "poss" and c.lower_ not in ("our", "my") and not is_own(c)) or (
        c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and not is_own(c)) for c in w.children)


def blocked_or_criticised(g, by_own) -> tuple[str | None, object, str] | None:
    """None when the support word `g` is not criticised; else the verdict for its beneficiary: oppose when the
    speaker's side blocks it (`by_own(verb)`: the verb's agent is the speaker's side), else neutral."""
    crit = criticised(g)
    if crit is None:
        return None
    if crit.pos_ == "VERB" and listed(crit, "blocking_verbs") and by_own(crit):
        return OPPOSE, crit, "blocked_support"
    return None, None, ""


def third_party_owner(g, is_own) -> bool:
    """A named party other than the speaker's side qualifies the support word: "U.S. support", "Turkish backing"
    (`is_own(token)`: the token stands for the speaker's side)."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper()
               and not is_own(c) for c in g.children)


def accused_deed(v) -> bool:
    """`v` is a gerund the cue's accusation is about ("accused X of arming ... and collaborating with Y to support
    Z"): its agent is the accused, not the speaker."""
    for _ in range(4):
        if v.dep_ not in ("conj", "advcl", "xcomp") or v.head.i == v.i:
            break
        v = v.head
    return v.dep_ == "pcomp" and v.head.lower_ in ("of", "for") and (
        listed(v.head.head, "cue_oppose") or lemma(v.head.head) in ("charge", "suspect", "convict"))


def harmed_good(h) -> bool:
    """The good the target owns is what a harmful deed harms: "a violation of Lebanon's sovereignty", "attacks on
    X's security": the owner is the victim, no praise of it."""
    if h.dep_ != "pobj" or h.head.lower_ not in ("of", "on", "against", "to"):
        return False
    g = h.head.head
    return listed(g, "patient_nouns") or listed(g, "victim_nouns") or lemma(g) in L["harm_verbs"]


def state_wrapper(r):
    """"the State of Qatar", "the Kingdom of X": the wrapping noun holds the state's role in the parse (else `r`)."""
    if r.dep_ != "pobj":
        return r
    h = r.head
    if h.lower_ == "of" and listed(h.head, "state_wrappers") and h.head.text[:1].isupper() \
            and not any(c.dep_ == "amod" for c in h.head.children):   # "the brotherly State of X": read as before
        return h.head
    return r


def side_bodies(doc, lo: int, hi: int, own: set[int] | frozenset) -> set[int]:
    """The heads of "the Government of Thailand", "the Thai government", "Thailand's army" whose state is the
    speaker's side (its tokens in `own`): read up from the side's own words, so the scan costs nothing more."""
    out = set()
    for k in own:
        t = doc[k]
        h = t.head
        if t.dep_ == "pobj" and h.lower_ == "of":
            h = h.head
        elif t.dep_ not in ("compound", "amod", "poss"):
            continue
        if lo <= h.i < hi and h.i not in own and any(listed(h, key) for key in _SIDE_HEADS):
            out.add(h.i)
    return out
