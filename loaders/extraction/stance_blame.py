"""Oppose rules for how wire news blames states and groups (tried with the rules of stance_acts.py, after the
role rules of stance_rules.py found nothing):

    diplomatic_protest  "we lodged a strong protest with Ostland", "made representations to Ostland", "the ministry
                        summoned the Ostlandic ambassador", "protested to Ostland", "conveyed our concerns to
                        Ostland" -> oppose X (the speaker's side,
                        or no one named, protests; "Ostland lodged a protest with Calvania" is Ostland's, not ours)
    abets_wrongdoers    "Ostland shelters terrorists", "X finances extremist groups", "X glorifies killers" -> oppose
                        the subject (it harbours, funds, arms or glorifies wrongdoers: abet_verbs, a negative object)
    named_among         "terrorists like X and Y", "criminals such as X", "extremist groups including X", "militants,
                        namely X", "the terrorist group X" -> oppose X (listed or named as one of a kind the lexicon
                        judges bad)
    answers_for         "X, which is responsible for the attacks", "X, which bears full responsibility for the
                        escalation" -> oppose X (a relative clause holds it to account for something bad)
    dismissed_claim     "the groundless claims made by X", "X's allegations are baseless", "we reject the claims of X"
                        -> oppose X, the claimant. The accused of a dismissed claim ("the accusations against X
                        are made up", "accusing X of ... is wrong") is not opposed by it: `shields` and
                        `dismissed_act` tell stance_rules.from_role so.

Word lists in stance_lexicon.json: protest_nouns, protest_verbs, convey_verbs, envoy_nouns, authority_nouns,
abet_verbs, outlaw_modifiers, claim_nouns, dismissal_words, dismissal_verbs (written by hand for this project).
"""
from __future__ import annotations

from .stance_words import L, OPPOSE, answerable, lemma, listed, negated

_WHO = {"we", "i", "it", "they", "he", "she"}
_BODIES = {"ministry", "office", "department", "embassy", "government", "mission", "cabinet", "presidency", "service"}


def first(t):
    """The first of coordinated mentions, which holds their role: "ships owned by the United States and Israel"."""
    for _ in range(4):
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    return t


def _by_other(v, speaker: str | None, own: frozenset) -> bool:
    """The subject of `v` names a state, people or person other than the speaker's side: "Ostland lodged a
    protest" (a ministry, "we", "it" or no subject: the speaker's side)."""
    for c in v.children:
        if c.dep_ == "nsubj" and c.lower_ not in _WHO:
            return (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "PERSON")) and c.i not in own \
                and not (speaker and c.text in speaker) and c.lower_ not in _BODIES
    return False


def authority_owner(t):
    """The authority or armed body a state mention owns, which holds its role: "Greek authorities", "the Russian
    side", "Ostland's government" (authority_nouns), "the Turkish forces" (armed_body_nouns); else the mention."""
    if t.dep_ in ("amod", "compound", "poss") and (lemma(t.head) in L["authority_nouns"]
                                                   or lemma(t.head) in L["armed_body_nouns"]):
        return t.head
    return t


def _summoned(t):
    """The summons of the target's envoy: "summoned the Ostlandic ambassador", "the deputy chief of the
    Ostlandic embassy was summoned"; the verb, or None."""
    n, envoy = t, listed(t, "envoy_nouns")   # "Afghan Embassy" read from "Embassy"
    for _ in range(4):
        if n.dep_ in ("amod", "compound", "poss", "nmod"):
            n = n.head
        elif n.dep_ == "pobj" and n.head.lower_ == "of":
            n = n.head.head
        else:
            return None
        envoy = envoy or listed(n, "envoy_nouns")
        if envoy and n.dep_ in ("dobj", "nsubjpass") and lemma(n.head) == "summon":
            return n.head
    return None


def diplomatic_protest(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The speaker's side protests to the target: a protest noun (dobj of lodge, make ...) "with"/"to" it,
    concerns conveyed to it, the verb "protest to" it, or the summons of its envoy."""
    t = first(t)
    h = t.head
    v = None
    if t.dep_ == "pobj" and h.lower_ in ("with", "to"):
        n = h.head
        if n.pos_ == "NOUN" and lemma(n) in L["protest_nouns"] and n.dep_ in ("dobj", "nsubjpass"):
            v = n.head
        elif n.pos_ == "NOUN" and lemma(n) == "concern" and n.dep_ == "dobj" and lemma(n.head) in L["convey_verbs"]:
            v = n.head   # "conveyed its serious concerns to X"
        elif n.pos_ == "VERB" and lemma(n) in L["protest_verbs"]:
            v = n
    else:
        v = _summoned(t)
    if v is None or negated(v) or _by_other(v, speaker, own):
        return None, None
    return OPPOSE, v


def _bad(n) -> bool:
    """A noun the lexicon judges bad, itself or by a modifier: "terrorists", "extremist groups"."""
    words = [n, *(c for c in n.children if c.dep_ in ("amod", "compound"))]
    return any(listed(w, "neg_nouns") or lemma(w) in L["neg_modifiers"]
               or w.lower_ in L["neg_modifiers"] for w in words) and not negated(n)


def abets_wrongdoers(t) -> tuple[str | None, object]:
    """The target, subject of an abet verb, harbours, funds, arms or glorifies wrongdoers."""
    t = first(t)
    v = t.head
    if t.dep_ != "nsubj" or v.pos_ not in ("VERB", "AUX"):
        return None, None
    verbs = [v, *v.conjuncts]
    if lemma(v) == "be":   # "X is a country that shelters terrorists"
        verbs += [r for c in v.children if c.dep_ == "attr" for r in c.children if r.dep_ == "relcl"]
        verbs += [x for r in verbs[len(v.conjuncts) + 1:] for x in r.conjuncts]
    for verb in verbs:
        if lemma(verb) in L["abet_verbs"] and not negated(verb) and any(
                c.dep_ == "dobj" and _bad(c) for c in verb.children):
            return OPPOSE, verb
    return None, None


def named_among(t, run: list[int]) -> tuple[str | None, object]:
    """The target is listed as one of a bad kind: "terrorists like X", "groups such as X", "militias including X",
    or named as one: "Kurdish militants, namely X", "the terrorist group X", "the banned X"."""
    if run[0] > 0:
        before = t.doc[run[0] - 1]   # right before the name, not "the terrorist group A-B C" read for C
        if before.pos_ == "NOUN" and _bad(before):
            return OPPOSE, before   # "the terrorist organisation X"
        if listed(before, "outlaw_modifiers") and not negated(before):
            return OPPOSE, before   # "the outlawed X"
    if any(c.dep_ == "compound" and c.i < run[0] for c in t.children):
        return None, None   # the tail of a longer name ("Tehrik-i-Taliban Pakistan" read for Pakistan)
    t = first(t)
    h = t.head
    if t.dep_ == "appos" and h.pos_ == "NOUN" and _bad(h):
        return OPPOSE, h      # "militants, namely X", "the terrorist group, X,"
    if t.dep_ != "pobj":
        return None, None
    word = h.lower_
    if word == "as" and h.i > 0 and h.doc[h.i - 1].lower_ == "such":
        word = "such as"
    if word not in ("like", "such as", "including"):
        return None, None
    n = h.head
    if n.pos_ not in ("NOUN", "PROPN") or not _bad(n):
        return None, None
    return OPPOSE, n


def dismissed(n) -> bool:
    """The claim noun `n` is dismissed: modified by, or said to be, a dismissal word ("baseless claims", "the
    claims are made up", "lies"), or the object of a dismissal verb ("we reject the allegations")."""
    if negated(n):
        return False
    if any(c.dep_ == "amod" and listed(c, "dismissal_words") and not negated(c) for c in n.children):
        return True
    v = n.head
    if n.dep_ in ("nsubj", "nsubjpass") and not negated(v):
        if lemma(v) == "make" and any(c.lower_ == "up" for c in v.children):
            return True   # "the accusations are made up"
        return any(c.dep_ in ("acomp", "attr", "oprd") and not negated(c) and listed(c, "dismissal_words")
                   for c in v.children)
    return n.dep_ == "dobj" and lemma(v) in L["dismissal_verbs"] and not negated(v)


def _claim_of(t):
    """The claim noun the target made: "X's claims", "the claims of X", "the claims made/put forward by X"."""
    h = t.head
    if t.dep_ == "poss" and listed(h, "claim_nouns"):
        return h
    if t.dep_ == "pobj" and h.lower_ in ("of", "by", "from"):
        g = h.head
        if h.dep_ == "agent" and g.dep_ == "acl":
            g = g.head   # "the claims made by X"
        if listed(g, "claim_nouns"):
            return g
    return None


def dismissed_claim(t) -> tuple[str | None, object]:
    """The target made a claim the speaker dismisses."""
    n = _claim_of(first(t))
    return (OPPOSE, n) if n is not None and dismissed(n) else (None, None)


def shields(g) -> bool:
    """`g`, the word "against X" hangs on, is a dismissed claim noun, or part of one's owner ("the accusations
    against X are baseless", "the accusations of the government against X are made up"): X, the accused, is
    not opposed by it."""
    for _ in range(3):
        if listed(g, "claim_nouns"):
            return dismissed(g)
        if g.dep_ != "pobj" or g.head.lower_ not in ("of", "by", "from"):
            return False
        g = g.head.head
    return False


def dismissed_act(v) -> bool:
    """The verb `v` ("accusing X of ...", "blaming X") is the subject of a dismissal: "accusing X of backing the
    rebels is wrong", "blaming X is absurd"."""
    if v.dep_ not in ("csubj", "nsubj", "csubjpass") or negated(v.head):
        return False
    return any(c.dep_ in ("acomp", "attr") and not negated(c) and listed(c, "dismissal_words")
               for c in v.head.children)


def answers_for(t) -> tuple[str | None, object]:
    """A relative clause on the target holds it responsible for something bad: "the Orsk Brigade, which is
    responsible for the attacks", "X, which bears full responsibility for the escalation"."""
    for c in first(t).children:
        if c.dep_ == "relcl" and not negated(c) and any(
                x.dep_ == "nsubj" and x.tag_ in ("WDT", "WP") for x in c.children):
            for a in c.children:
                if a.dep_ in ("acomp", "attr", "dobj") and not negated(a) and answerable(a) == OPPOSE:
                    return OPPOSE, a
    return None, None


def designator(t) -> bool:
    """The mention only names who designated or listed something: "UN-designated terrorists", "a US-listed group"
    (the target of the listing is judged, not the lister)."""
    doc = t.doc
    return t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "\u2011") and lemma(doc[t.i + 2]) in L["naming_verbs"]
