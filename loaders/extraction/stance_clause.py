"""A last stance rule, tried when no role rule of stance_rules.py / stance_acts.py linked an evaluative word
to the target: the evaluation of the clause the target is the subject side of.

    clause_evaluation   "Biden's remark ... could even be considered arrogant", "the timing of Biden's
                        remark makes it seem particularly insensitive", "We thought only Trump was an
                        insensitive guy" -> oppose; "X has been a tireless advocate" -> support

The target (or a noun it owns: "X's remark", "the timing of X's plan") must sit in the subject of the
clause, and the evaluative word (an adjective, noun or harmful verb of stance_lexicon.json) must belong to
the same clause, outside the subject itself, and not be negated, hedged or someone else's reported speech.

    agrees_with_speaker "Ola Brandt is now agreeing with me completely", "he backed everything I said" -> support:
                        the target sides with the speaker
    harmful_participle  "showing videos of Donald Trump insulting Islam" -> oppose: a harmful -ing verb right
                        after the mention, with no subject of its own, has the target as its agent
"""
from __future__ import annotations

from .stance_blame import dismissed_act
from .stance_rules import L, OPPOSE, SUPPORT, answerable, cancelled, lemma
from .stance_words import readiness

_CLAUSE = {"VERB", "AUX"}
_SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}


def _clause_of(t):
    """The verb heading the clause `t` belongs to, and the dependency by which t's branch joins it."""
    dep, steps = t.dep_, 0
    while t.head.i != t.i and steps < 8:
        if t.head.pos_ in _CLAUSE:
            return t.head, t.dep_
        t, steps = t.head, steps + 1
    return (t if t.pos_ in _CLAUSE else None), dep


def _predicative(w, verb) -> bool:
    """`w` is what the clause predicates of its subject: a complement ("is arrogant", "was an insensitive guy",
    "amounted to attacks", "in danger of ..."), or the object of a verb of doing or having ("made serious
    allegations of misconduct", "gotten better advice"); not a circumstance ("before the fatal attack")."""
    n = w.head if w.dep_ == "amod" else w
    if n.dep_ in ("attr", "oprd", "acomp"):
        return True
    if n.dep_ in ("ccomp", "xcomp") and n.pos_ == "ADJ" and n.head.i == verb.i and lemma(verb) == "make":
        return True   # "X's plan would make the deficit worse"
    if n.dep_ == "dobj" and any(c.dep_ == "poss" for c in n.children) and n.tag_ == "JJS":
        return False   # "doing his best to ...": an idiom, not praise
    if n.dep_ == "dobj" and n.head.i == verb.i and lemma(verb) in L["own_verbs"] | {"get", "give", "make", "show"}:
        return not any(x.dep_ == "prep" and x.lower_ in ("from", "with") for x in n.children)   # "a problem with"
    if n.dep_ == "pobj" and n.head.lower_ in ("to", "in", "of", "into") and n.head.head.i in (verb.i, *(
            c.i for c in verb.children if c.dep_ in ("attr", "oprd", "acomp", "dobj"))):
        return n.head.lower_ != "of" or n.head.head.i != verb.i
    return False


def _word_polarity(w, verb) -> str | None:
    lem, low = lemma(w), w.lower_
    if w.i == verb.i:
        return OPPOSE if w.pos_ == "VERB" and lem in L["harm_verbs"] and lem not in L["emotion_neg"] \
            and not any(c.dep_ in ("auxpass", "nsubjpass") for c in w.children) else None
    if not _predicative(w, verb):
        return None
    if lem in L["answerable_words"]:   # "responsible for the attack" opposes, "responsible for security" is no praise
        return answerable(w) or None
    if w.pos_ == "ADJ" or w.dep_ in ("acomp", "oprd"):
        return OPPOSE if lem in L["neg_adj"] or low in L["neg_adj"] else \
            SUPPORT if (lem in L["pos_adj"] or low in L["pos_adj"]) and not readiness(w) else None
    if w.pos_ == "NOUN":
        if lem in L["neg_nouns"]:
            return OPPOSE
        # "X is a friend", not "X has support from ...", "a chance for X to play to their strength"
        return SUPPORT if lem in L["pos_nouns"] and w.dep_ in ("attr", "oprd") else None
    return None


_TOWARD = {"to", "for", "toward", "towards", "at", "against", "about", "on", "with", "over", "into", "across",
           "near", "inside", "onto", "upon"}   # "firing missiles into civilian areas of X": where, not whose


def _recipient(r, verb) -> bool:
    """The mention sits in the subject as what it is addressed to or about ("comments to X", "attacks on X"),
    not as its owner or member ("of X", "by X", "in X")."""
    t = r
    while t.head.i != t.i and t.head.i != verb.i:
        if t.dep_ == "pobj" and t.head.lower_ in _TOWARD:
            return True
        t = t.head
    return False


def clause_evaluation(r, lo: int, hi: int, cue_i: int) -> tuple[str | None, object]:
    """(polarity, word) of the clause whose subject holds the mention `r`, else (None, None)."""
    verb, dep = _clause_of(r)
    if verb is not None and dep == "agent" and verb.dep_ == "acl" and verb.tag_ == "VBN":
        verb, dep = _clause_of(verb.head)   # "the approach put forward by X is insufficient": the noun's clause
    elif verb is not None and dep.startswith("nsubj") and verb.dep_ == "csubj" and any(
            c.tag_ in ("WP", "WDT") for c in verb.children):
        verb, dep = verb.head, "csubj"   # "what X is saying is dangerous": the free relative is the subject
    if verb is None or dep not in _SUBJ or not lo <= verb.i < hi or lemma(verb) in L["victim_verbs"]:
        return None, None
    if lemma(verb) in (L["cue_oppose"] | L["cue_support"]) - L["harm_verbs"]:
        return None, None   # "X condemned the provocations by Y": what X judges is no predicate of X
    if _recipient(r, verb):
        return None, None   # "her comments to the FBI were truthful" evaluate the comments' author, not the FBI
    if any(c.dep_ == "mark" and c.lower_ in L["hedges"] for c in verb.children):
        return None, None   # "whether Clinton was guilty of ..."
    subject = next((c for c in verb.children if c.dep_ == dep), None)
    if subject is not None and subject.dep_ == "csubj" and dismissed_act(subject):
        return None, None   # "accusing X of backing the rebels is wrong": the accusation is judged, not X
    inside = {t.i for t in subject.subtree} if subject is not None else set()
    votes = []
    for w in [verb, *verb.subtree]:
        if w.i in inside or not lo <= w.i < hi or w.i == cue_i:
            continue
        clause = _clause_of(w)[0]
        if w.dep_ == "advcl" and w.tag_ == "VBG" and w.head.i == verb.i and lemma(w) in L["harm_verbs"] \
                and not any(c.dep_.startswith("nsubj") for c in w.children) and not cancelled(w, lo, hi, cue_i):
            votes.append((OPPOSE, w))   # "X's remarks had wide reach, thus aggravating the shame"
            continue
        if w.i != verb.i and (clause is None or clause.i != verb.i):
            continue   # a word of another clause (a relative clause, a complement with its own verb)
        pol = _word_polarity(w, verb)
        if pol and not cancelled(w, lo, hi, cue_i):
            votes.append((pol, w))
    pols = {p for p, _ in votes}
    return (votes[0] if len(pols) == 1 else (None, None))


def harmful_participle(doc, run: list[int], hi: int) -> tuple[str | None, object]:
    """(oppose, verb) when the word right after the mention is a harmful -ing verb without its own subject."""
    k = run[-1] + 1
    if k >= hi:
        return None, None
    v = doc[k]
    if v.tag_ == "VBG" and v.dep_ in ("acl", "advcl") and lemma(v) in L["harm_verbs"] \
            and not any(c.dep_.startswith("nsubj") for c in v.children) and not any(c.dep_ == "neg" for c in v.children):
        return OPPOSE, v
    return None, None


_ME = {"me", "us", "i", "we", "my", "our"}


def agrees_with_speaker(r) -> tuple[str | None, object]:
    """(support, verb) when the target is the subject of agreeing with or backing the speaker (me/us/what I said)."""
    if r.dep_ != "nsubj" or r.head.pos_ != "VERB":
        return None, None
    v = r.head
    lem = lemma(v)
    if any(c.dep_ == "neg" for c in v.children):
        return None, None
    if lem == "agree" or f"{lem} with" in L["prep_support"]:
        objs = [g for p in v.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
    elif lem in L["support_verbs"]:
        objs = [c for c in v.children if c.dep_ == "dobj"]
    else:
        return None, None
    for o in objs:   # "me", "us", or what the speaker said ("everything I've said")
        if o.lower_ in _ME or any(c.dep_ == "relcl" and any(x.dep_ == "nsubj" and x.lower_ in _ME for x in c.children)
                                  for c in o.children):
            return SUPPORT, v
    return None, None
