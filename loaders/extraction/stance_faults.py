"""Stance rules for faults the speaker finds in a target without an evaluative word on its path (tried with
the rules of stance_acts.py, after the role rules of stance_rules.py found nothing):

    warned_about            cue "warned that X would ..." -> oppose X (X presented as a danger, not a victim)
    counterfactual_reproach "X should have known", "X shouldn't have sent it" -> oppose X (what X ought to
                            have done; the negation is part of the reproach, so it does not cancel)
    denied_competence       "X doesn't understand the first thing about ...", "X has no idea / no plan"
                            -> oppose X
    hostile_with            "we are at war with X", "our fight with X" -> oppose X (the speaker's side only:
                            a third party's "feud with X" says nothing of the speaker's stance)
    unlike_contrast         "Unlike X, I have actually run a business", "unlike X, she is honest" -> oppose X
    call_for_investigation  "the FBI should investigate X", "urged prosecutors to indict X",
                            "called for an investigation into X" -> oppose X (a plain report that X is
                            investigated is no stance)
    anaphoric_evaluation    "X did ..., and I think that's shameful", "X talked down the farmers. That is
                            wrong." -> the evaluation of "that/this" passes to the subject of the clause it
                            points back to

Word lists in stance_lexicon.json: warning_cues, competence_verbs, competence_nouns, hostile_with_nouns,
probe_verbs, probe_nouns, demand_verbs, neg_adj, pos_adj, neg_nouns, pos_nouns.
"""
from __future__ import annotations

from .stance_rules import L, OPPOSE, SUPPORT, adj_or_noun_polarity, lemma, negated

_REPROACH_MODALS = {"should", "ought", "shouldn't", "should've"}
_FIRST = {"i", "we"}
_POINTERS = {"that", "this"}
_CALL_MODALS = {"should", "must", "ought", "need", "needs"}


def warned_about(t, cue) -> tuple[str | None, object]:
    """The target is the subject of the clause a warning cue reports ("warned that X would appoint ...")."""
    if lemma(cue) not in L["warning_cues"] or negated(cue):
        return None, None
    if t.dep_ == "nsubj" and t.head.dep_ == "ccomp" and t.head.head.i == cue.i and not negated(t.head):
        return OPPOSE, t.head
    return None, None


def counterfactual_reproach(t) -> tuple[str | None, object]:
    """X is the subject of "should/ought to have" + past participle."""
    if t.dep_ != "nsubj":
        return None, None
    v = t.head
    auxes = [c for c in v.children if c.dep_ == "aux"]
    if v.tag_ == "VBN" and any(a.lower_ in _REPROACH_MODALS for a in auxes) and any(lemma(a) == "have" for a in auxes):
        return OPPOSE, v
    return None, None


def denied_competence(t) -> tuple[str | None, object]:
    """X "doesn't understand / grasp" anything, or "has no idea / clue / plan"."""
    if t.dep_ != "nsubj":
        return None, None
    v = t.head
    if lemma(v) in L["competence_verbs"] and negated(v):
        return OPPOSE, v
    if lemma(v) == "have" and not negated(v):
        for c in v.children:
            if c.dep_ == "dobj" and lemma(c) in L["competence_nouns"] and any(
                    d.dep_ == "det" and d.lower_ == "no" for d in c.children) and not any(
                    d.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in d.children) for d in c.children):
                # not "has no plans to resume talks": an intention, not a lack
                return OPPOSE, c
    return None, None


def _speaker_side(g, speaker: str | None, own: frozenset) -> bool:
    """The noun `g` belongs to the speaker: "our war", or the subject of its clause is I/we/the speaker."""
    if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in g.children):
        return True
    t = g
    for _ in range(4):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            return subj is not None and (subj.lower_ in _FIRST or subj.i in own or bool(speaker and subj.text in speaker))
    return False


def hostile_with(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """X is the other side of the speaker's war, fight or conflict."""
    if t.dep_ != "pobj" or t.head.lower_ != "with":
        return None, None
    g = t.head.head
    if lemma(g) in L["hostile_with_nouns"] and not negated(g) and _speaker_side(g, speaker, own):
        return OPPOSE, g
    return None, None


def _clause_words(v):
    """The words of the clause headed by `v`, not those of clauses inside it."""
    out, stack = [], list(v.children)
    while stack:
        w = stack.pop()
        if w.dep_ in ("ccomp", "advcl", "relcl", "conj", "parataxis", "csubj"):
            continue
        out.append(w)
        stack.extend(w.children)
    return out


def unlike_contrast(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """X is the foil of a favourable contrast: the clause speaks of the speaker, or praises its subject."""
    if t.dep_ != "pobj" or t.head.lower_ != "unlike":
        return None, None
    v = t.head.head
    if v.pos_ not in ("VERB", "AUX") or negated(v):
        return None, None
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is not None and (subj.lower_ in _FIRST or subj.i in own or bool(speaker and subj.text in speaker)):
        return OPPOSE, t.head
    for w in _clause_words(v):
        if w.dep_ in ("acomp", "attr", "dobj") and adj_or_noun_polarity(w) == SUPPORT and not negated(w):
            return OPPOSE, w
    return None, None


def _called_for(v) -> bool:
    """The verb is what the speaker asks for: a modal ("should investigate") or under a demand verb."""
    if any(c.dep_ == "aux" and c.lower_ in _CALL_MODALS for c in v.children):
        return True
    return v.dep_ in ("xcomp", "ccomp") and lemma(v.head) in L["demand_verbs"] and not negated(v.head)


def call_for_investigation(t) -> tuple[str | None, object]:
    """X is the object of an investigation, prosecution or indictment the speaker calls for."""
    h = t.head
    if t.dep_ == "dobj" and lemma(h) in L["probe_verbs"] and not negated(h) and _called_for(h):
        return OPPOSE, h
    if t.dep_ == "pobj" and h.lower_ in ("into", "of", "against") and lemma(h.head) in L["probe_nouns"]:
        n = h.head
        if negated(n):
            return None, None
        g = n.head
        if n.dep_ == "dobj" and lemma(g) in L["demand_verbs"] | {"seek", "open", "launch"} and not negated(g):
            return OPPOSE, n
        if n.dep_ == "pobj" and g.lower_ == "for" and lemma(g.head) in L["demand_verbs"] and not negated(g.head):
            return OPPOSE, n   # "called for an investigation into X"
    return None, None


def _pointer_evaluation(c) -> tuple[str | None, object]:
    """The clause `c` is "that/this is <evaluation>": (polarity, word)."""
    if c.pos_ not in ("AUX", "VERB") or negated(c) or not any(
            s.dep_ == "nsubj" and s.lower_ in _POINTERS for s in c.children):
        return None, None
    for w in c.children:
        if w.dep_ in ("acomp", "attr") and not negated(w):
            pol = adj_or_noun_polarity(w)
            if pol:
                return pol, w
    return None, None


def anaphoric_evaluation(t, hi: int) -> tuple[str | None, object]:
    """X is the subject of a clause the next clause or sentence of the statement judges with "that/this"."""
    if t.dep_ != "nsubj" or t.head.pos_ not in ("VERB", "AUX") or negated(t.head):
        return None, None
    v = t.head
    following = [c for c in v.children if c.dep_ == "conj" and c.i > t.i]   # "X did ..., and (I think) that's ..."
    sent = v.sent
    if sent.end < hi and sent.root.i == v.i:   # "X did .... That is wrong."
        following.append(v.doc[sent.end].sent.root)
    for c in following:
        if c.i >= hi:
            continue
        pol, w = _pointer_evaluation(c)
        if pol:
            return pol, w
        if any(s.dep_ == "nsubj" and s.lower_ in _FIRST for s in c.children) and not negated(c):
            for x in c.children:   # "I think that's shameful"
                if x.dep_ == "ccomp":
                    pol, w = _pointer_evaluation(x)
                    if pol:
                        return pol, w
    return None, None
