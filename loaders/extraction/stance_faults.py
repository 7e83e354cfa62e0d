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
                            wrong.", "X is back in charge, and I'm so happy to see that" -> the evaluation of
                            "that/this" passes to the subject of the clause it points back to

    rhetorical_question     "How can anyone trust X?", "Who would vote for X?" -> oppose X (a question whose
                            only answer denies the target trust or votes)
    deserve_better          "the farmers deserve better than X" -> oppose X
    thanks_to               "Thanks to X, the factory stayed open" -> support X
    call_for_relief         "X should be freed and compensated" -> support X
    extraposed_evaluation   "It's bizarre for X to claim ...", "it is wonderful that X came" -> the adjective's
                            evaluation of X, the subject of the clause the expletive "it" stands for
    refused_support         "we will never vote for X", "I won't support X" -> oppose X: the speaker's refusal,
                            in the future or with "never", to back the target (a past "did not vote for X" only
                            cancels)
    time_to_go              "it is time for X to go / step down" -> oppose X
    idiom                   the target does what a phrase of harm_phrases or praise_phrases says: "X turned
                            his back on the farmers", "X is in the pocket of the banks" -> oppose;
                            "X stood up for the workers", "X is a man of his word" -> support

Word lists in stance_lexicon.json: harm_phrases, praise_phrases, rhetorical_verbs, removal_verbs, warning_cues,
competence_verbs, competence_nouns, hostile_with_nouns,
probe_verbs, probe_nouns, demand_verbs, neg_adj, pos_adj, neg_nouns, pos_nouns.
"""
from __future__ import annotations

from .stance_rules import L, OPPOSE, SUPPORT, adj_or_noun_polarity, called_for, lemma, negated

_REPROACH_MODALS = {"should", "ought", "shouldn't", "should've"}
_FIRST = {"i", "we"}
_POINTERS = {"that", "this"}


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
    if lemma(g) in L["hostile_with_nouns"] and not negated(g) and not (g.dep_ == "dobj" and negated(g.head)) \
            and _speaker_side(g, speaker, own):   # not "we do not seek war with X"
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


def call_for_investigation(t) -> tuple[str | None, object]:
    """X is the object of an investigation, prosecution or indictment the speaker calls for."""
    h = t.head
    if t.dep_ == "dobj" and lemma(h) in L["probe_verbs"] and not negated(h) and called_for(h):
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
            for x in c.children:   # "..., and I'm so happy to see that"
                if x.dep_ == "acomp" and (x.lower_ in L["emotion_pos"] or x.lower_ in L["emotion_neg"]) and not negated(x) \
                        and any(p.lower_ in _POINTERS and p.dep_ in ("dobj", "pobj") for p in x.subtree):
                    return (SUPPORT if x.lower_ in L["emotion_pos"] else OPPOSE), x
            for x in c.children:   # "I think that's shameful"
                if x.dep_ == "ccomp":
                    pol, w = _pointer_evaluation(x)
                    if pol:
                        return pol, w
    return None, None


_WH = {"how", "who", "why", "what"}
_ANYONE = {"anyone", "anybody", "you", "one"}


def rhetorical_question(t) -> tuple[str | None, object]:
    """X is what a wh-question with a modal asks anyone to trust or vote for: the expected answer is no one."""
    v = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
    if t.dep_ == "pobj" and f"{lemma(v)} {t.head.lower_}" not in L["prep_support"]:
        return None, None
    if t.dep_ not in ("dobj", "pobj") or lemma(v) not in L["rhetorical_verbs"] | {"vote"} or negated(v):
        return None, None
    sent = v.sent
    if not any(w.text == "?" for w in sent) or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children):
        return None, None
    if any(c.lower_ in _WH and c.dep_ in ("advmod", "nsubj") for c in v.children) or \
            any(c.dep_ == "nsubj" and c.lower_ in _ANYONE for c in v.children) and sent[0].lower_ in _WH:
        return OPPOSE, v
    return None, None


def deserve_better(t) -> tuple[str | None, object]:
    """X is the foil of "deserve better than"."""
    if t.dep_ == "pobj" and t.head.lower_ == "than" and t.head.head.lower_ == "better" \
            and lemma(t.head.head.head) == "deserve" and not negated(t.head.head.head):
        return OPPOSE, t.head.head.head
    return None, None


def time_to_go(t) -> tuple[str | None, object]:
    """"it is time for X to go": X is the subject of a removal verb on the noun "time"."""
    v = t.head
    if t.dep_ == "nsubj" and lemma(v) in L["removal_verbs"] and v.dep_ in ("relcl", "acl", "advcl") \
            and lemma(v.head) == "time" and any(c.dep_ == "mark" and c.lower_ == "for" for c in v.children) \
            and not negated(v.head.head):
        return OPPOSE, v
    return None, None


_POSSESSIVES = {"his", "her", "their", "its", "my", "our", "your"}


def _phrase_words(v):
    """The words of `v`'s clause with its complements ("gets things done"), not its relative or adverbial
    clauses nor the clauses conjoined to it."""
    out, stack = [], list(v.children)
    while stack:
        w = stack.pop()
        if w.dep_ in ("advcl", "relcl", "conj", "parataxis", "csubj"):
            continue
        out.append(w)
        stack.extend(w.children)
    return out


def thanks_to(t) -> tuple[str | None, object]:
    """"Thanks to X, the factory stayed open": X is credited."""
    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "thanks" and t.head.head.dep_ != "dobj":
        return SUPPORT, t.head.head
    return None, None


def _phrases(key: str) -> list[tuple[str, ...]]:
    return [tuple(p.split()) for p in L[key]]


def _has_phrase(words: list[str], phrase: tuple[str, ...]) -> bool:
    """The phrase's words in order, each within two words of the previous one."""
    for start, w in enumerate(words):
        if w != phrase[0]:
            continue
        k, last = 1, start
        for j in range(start + 1, min(len(words), start + 3 * len(phrase) + 1)):
            if k == len(phrase):
                break
            if words[j] == phrase[k]:
                k, last = k + 1, j
            elif j - last > 2:
                break
        if k == len(phrase):
            return True
    return False


def idiom(t) -> tuple[str | None, object]:
    """X is the subject of a clause that says a harm or praise phrase of the lexicon."""
    if t.dep_ != "nsubj":
        return None, None
    inside = {w.i for w in t.subtree}
    # the verb, and verbs conjoined to it without a subject of their own ("X claimed ... and declared war on us")
    for v in [t.head, *(c for c in t.head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                         and not any(x.dep_.startswith("nsubj") for x in c.children))]:
        if negated(v):
            continue
        clause = sorted([v, *_phrase_words(v)], key=lambda w: w.i)
        words = ["one" if w.lower_ in _POSSESSIVES else lemma(w) for w in clause
                 if w.i not in inside and w.pos_ != "PUNCT" and (w.pos_ != "DET" or w.lower_ == "no")]
        for key, pol in (("harm_phrases", OPPOSE), ("praise_phrases", SUPPORT)):
            if any(_has_phrase(words, p) for p in _phrases(key)):
                return pol, v
    return None, None


def call_for_relief(t) -> tuple[str | None, object]:
    """"X should be freed / released / compensated": the speaker asks that the target be relieved."""
    if not t.dep_.startswith("nsubj"):
        return None, None
    for v in (t.head, *(c for c in t.head.children if c.dep_ == "conj" and not any(   # "... and should be freed"
            x.dep_.startswith("nsubj") for x in c.children))):
        passive = v.i != t.head.i or t.dep_ == "nsubjpass"   # spaCy makes a new Token per access: compare indexes
        if passive and lemma(v) in L["relief_verbs"] and not negated(v) and called_for(v):
            return SUPPORT, v
    return None, None


def extraposed_evaluation(t) -> tuple[str | None, object]:
    """X is the subject of the clause an expletive "it ... <adjective>" evaluates."""
    if t.dep_ != "nsubj":
        return None, None
    v = t.head
    cop = v.head
    if v.dep_ not in ("advcl", "ccomp", "xcomp") or lemma(cop) != "be" or negated(cop) or not any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in cop.children):
        return None, None
    if not any(c.dep_ == "mark" and c.lower_ in ("for", "that") for c in v.children) and not any(
            c.lower_ == "for" for c in cop.children):
        return None, None
    for c in cop.children:
        if c.dep_ == "acomp" and not negated(c):
            pol = adj_or_noun_polarity(c)
            if pol:
                return pol, c
    return None, None


_FUTURE = {"will", "would", "'ll", "wo", "shall", "can", "could", "ca"}


def refused_support(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The speaker says it will not (or never) back, vote for or support the target."""
    if t.dep_ == "pobj":
        v = t.head.head
        if f"{lemma(v)} {t.head.lower_}" not in L["prep_support"]:
            return None, None
    elif t.dep_ == "dobj":
        v = t.head
        if lemma(v) not in L["support_verbs"]:
            return None, None
    else:
        return None, None
    if v.pos_ != "VERB" or not negated(v):
        return None, None
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.lower_ in _FIRST or subj.i in own or bool(speaker and subj.text in speaker)):
        return None, None
    if any(c.lower_ == "never" for c in v.children) or any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in v.children):
        return OPPOSE, v
    return None, None
