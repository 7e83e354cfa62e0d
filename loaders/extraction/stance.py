"""Stance of a statement toward each of its targets (support / oppose / neutral), and its tone.

Offline rules over the spaCy parse the extraction already has; no sentiment of the whole sentence. The
stance toward a target comes from (1) the reporting cue ("X condemned Y", "praised Y", "warned Y":
the cue's object or the addressee) and (2) the dependency path from the target's mention to the nearest
evaluative word in the statement, read by the target's role there:

    owner of an evaluative noun    "IS's threat", "the threat of/from IS", "Russian aggression" -> oppose
    object of a verb against/for   "countering IS", "defeat IS" -> oppose; "thank Russia" -> support
    subject of a harmful verb      "IS threatens ...", "Moscow meddles ..." -> oppose
    subject of an evaluation       "IS remains a serious threat", "Kazakhstan is a reliable ally"
    partner of joint action        "joint action with Russia", "cooperation with Uzbekistan" -> support
    target of measures             "sanctions against X", "criticism of X" -> oppose

A target that is not the evaluative word's owner (the thing that "X's threat" is a threat *to*, the victim
of "aggression against X") is neutral. Negation, hedges ("if", "unless") and reported speech nested
inside the statement ("commentators say X is a threat") never flip a stance; they cancel it to neutral.
The word lists are data: `stance_lexicon.json` (written for this project; source and licence named there).
`Stance.rule` names the rule that decided each target, so every stance can say where it came from.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

_LEXICON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "stance_lexicon.json")
SUPPORT, OPPOSE, NEUTRAL = "support", "oppose", "neutral"
_COPULAS = {"be", "remain", "become", "seem", "look", "appear", "sound", "stay", "prove"}
_FIRST_PERSON = {"i", "we"}
_NOUNS = {"NOUN", "PROPN", "PRON"}


def _load(path: str = _LEXICON) -> dict[str, frozenset[str]]:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


L = _load()


@dataclass
class Stance:
    """The stance per target name, the rule that decided each, and the statement's tone."""

    stance: dict[str, str] = field(default_factory=dict)
    rule: dict[str, str] = field(default_factory=dict)
    tone: str = NEUTRAL


def _lemma(t) -> str:
    return t.lemma_.lower()


def _negated(t) -> bool:
    """`t` carries a negation ("not condemn", "no threat", "never a partner"); "not only" is none."""
    for c in t.children:
        if c.dep_ == "neg" or (c.dep_ in ("det", "advmod", "preconj") and c.lower_ in L["negators"]):
            nxt = c.nbor(1) if c.i + 1 < len(c.doc) else None
            if nxt is None or nxt.lower_ not in ("only", "just", "merely"):
                return True
    return False


def _cancelled(w, lo: int, hi: int, cue_i: int) -> bool:
    """The evaluation at `w` is negated, hedged or someone else's reported speech inside the statement."""
    if _negated(w) or (w.dep_ in ("dobj", "attr", "acomp", "xcomp", "oprd", "pobj", "amod") and _negated(w.head)):
        return True
    if w.dep_ == "xcomp" and _lemma(w.head) in ("fail", "refuse", "decline"):  # "failed to help X"
        return True
    t, steps = w, 0
    while steps < 6:
        if any(c.dep_ == "mark" and c.lower_ in L["hedges"] for c in t.children):
            return True
        if (t is not w and t.i != cue_i and lo <= t.i < hi and t.pos_ in ("VERB", "AUX")
                and _lemma(t) in L["reporting"]):
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and subj[0].lower_ not in _FIRST_PERSON:
                return True
        if t.head is t:
            break
        t, steps = t.head, steps + 1
    return False


def _noun_polarity(n) -> str | None:
    """Polarity of an evaluative noun, or of its evaluative adjective ("aggressive policy")."""
    lem = _lemma(n)
    if lem in L["neg_nouns"]:
        return OPPOSE
    if lem in L["pos_nouns"]:
        return SUPPORT
    for c in n.children:
        if c.dep_ == "amod" and c.tag_ not in ("JJS", "JJR"):   # not "ISIS' best recruiter"
            pol = _adj_polarity(c)
            if pol:
                return pol
    return None


def _adj_polarity(a) -> str | None:
    if _lemma(a) in L["neg_adj"] or a.lower_ in L["neg_adj"]:
        return OPPOSE
    if _lemma(a) in L["pos_adj"] or a.lower_ in L["pos_adj"]:
        return SUPPORT
    return None


def _own_modifiers(root, run) -> tuple[str | None, object]:
    """An evaluation inside the mention or on its head: "Crooked Hillary", "thug Putin", "Crazy Bernie"."""
    for t in [*(root.doc[k] for k in run), *(c for c in root.children if c.dep_ in ("amod", "compound") and c.i not in run)]:
        if t.i == root.i and len(run) == 1:
            continue
        pol = _adj_polarity(t) if t.pos_ in ("ADJ", "PROPN", "NOUN") else None
        if pol is None and t.lower_ in L["neg_nouns"]:
            pol = OPPOSE
        if pol and t.i != run[-1]:
            return pol, t
    return None, None


def _predicate(v) -> tuple[str | None, object]:
    """What a clause says of its subject beyond copulas: its verb ("X lied", "X ignored"), the object's
    evaluation ("X has courage", "did a remarkable job"), a complement ("failed to honor")."""
    lem = _lemma(v)
    if lem in L["victim_verbs"]:
        return None, None
    if lem in L["harm_verbs"]:
        return OPPOSE, v
    for c in v.children:
        if c.dep_ in ("dobj", "xcomp") and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in L["relation_nouns"]:
            pol = _noun_polarity(c)
            if pol:
                return pol, c
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and _lemma(c) in L["harm_verbs"]:
            return OPPOSE, c
    return None, None


def _evaluation(v) -> tuple[str | None, object]:
    """What a copula or `pose`-like verb says of its subject: ("oppose", word) for "is a threat"."""
    for c in v.children:
        if c.dep_ in ("attr", "acomp", "oprd") or (c.dep_ == "dobj" and _lemma(v) in ("pose", "represent", "constitute")):
            if c.pos_ == "ADJ" or c.dep_ == "acomp":
                if _lemma(c) in L["neg_adj"] or c.lower_ in L["neg_adj"]:
                    return OPPOSE, c
                if _lemma(c) in L["pos_adj"] or c.lower_ in L["pos_adj"]:
                    return SUPPORT, c
            pol = _noun_polarity(c)
            if pol:
                return pol, c
    return None, None


def _is_joint(g) -> bool:
    lem = _lemma(g)
    if lem in L["coop_words"]:
        return True
    mods = [c for c in g.children if c.dep_ in ("amod", "advmod", "compound")]
    return lem in L["joint_nouns"] and any(_lemma(m) in L["joint_mods"] or m.lower_ == "together" for m in mods)


def _own_agent(v, speaker: str | None) -> bool:
    """The verb's agent is the speaker: first person, none (infinitive, gerund, imperative), or the speaker."""
    subj = [c for c in v.children if c.dep_ in ("nsubj", "agent")]
    if not subj:
        return v.dep_ != "relcl"
    return subj[0].lower_ in _FIRST_PERSON or (speaker is not None and subj[0].text in speaker)


def _relative(t) -> tuple[str | None, object, str]:
    """A relative clause on the mention: "the version of Donald Trump that worries me"."""
    for c in t.children:
        if c.dep_ == "relcl" and any(x.dep_ == "nsubj" and x.tag_ in ("WDT", "WP") for x in c.children):
            pol, w = _predicate(c)
            if pol:
                return pol, w, "relative_clause"
    return None, None, ""


def _from_role(t, speaker: str | None = None) -> tuple[str | None, object, str]:
    """Walk up from a mention's root token to the first word that evaluates it: (polarity, word, rule)."""
    pol, w, why = _relative(t)
    if pol:
        return pol, w, why
    for _ in range(4):
        dep, h = t.dep_, t.head
        if h is t:
            break
        if dep in ("poss", "compound", "nmod", "amod") and h.pos_ in _NOUNS:
            if _lemma(h) in L["place_nouns"] or h.lower_ in L["relation_nouns"]:
                return None, None, ""
            pol = _noun_polarity(h)
            if pol:
                return pol, h, "owner_of_evaluation"
            t = h
            continue
        if dep == "pobj":
            p, g = h.lower_, h.head
            glem = _lemma(g)
            if p in ("of", "from", "by") and g.pos_ in _NOUNS:
                if g.lower_ in L["relation_nouns"]:
                    return None, None, ""
                pol = _noun_polarity(g)
                if pol:
                    return pol, g, "owner_of_evaluation"
                if p == "of" and glem in L["target_nouns"]:
                    return OPPOSE, g, "target_of_measures"
                t = g
                continue
            if p == "with":
                if _is_joint(g):
                    return SUPPORT, g, "joint_action_with"
                return None, None, ""
            if p in ("against", "on", "at", "over"):
                if glem in L["victim_nouns"] or glem in L["harm_verbs"]:
                    return None, None, ""
                if glem in L["target_nouns"] or (p == "against" and g.pos_ in ("NOUN", "VERB")):
                    return OPPOSE, g, "target_of_measures"
                return None, None, ""
            if p in ("for", "to", "behind") and glem in L["support_for_nouns"]:
                return SUPPORT, g, "beneficiary_of_support"
            return None, None, ""
        if dep in ("dobj", "obj", "dative") or (dep == "nsubjpass" and (_lemma(h) in L["against_verbs"] or _lemma(h) in L["support_verbs"])):
            lem = _lemma(h)
            if lem in L["against_verbs"]:
                return OPPOSE, h, "object_of_verb"
            if lem in L["support_verbs"] and _own_agent(h, speaker):
                return SUPPORT, h, "object_of_verb"
            for c in h.children:   # "called Trump unhinged", "considers X a threat"
                if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > t.i:
                    pol = _adj_polarity(c) if c.pos_ == "ADJ" else _noun_polarity(c) if c.pos_ in _NOUNS else None
                    if pol and not _cancelled(c, c.i, c.i + 1, -1):
                        return pol, c, "object_complement"
            return None, None, ""
        if dep in ("nsubj", "nsubjpass"):
            # the verb and the verbs conjoined to it that have no subject of their own
            for v in [h, *(c for c in h.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                           and not any(x.dep_.startswith("nsubj") for x in c.children))]:
                lem = _lemma(v)
                if dep == "nsubj" and lem in L["harm_verbs"]:
                    return OPPOSE, v, "subject_of_harm"
                if lem in _COPULAS or lem in ("pose", "represent", "constitute") or v.pos_ == "AUX":
                    pol, w = _evaluation(v)
                    if pol:
                        return pol, w, "subject_of_evaluation"
                elif dep == "nsubj":
                    pol, w = _predicate(v)
                    if pol:
                        return pol, w, "subject_of_predicate"
            feel = h.head if h.dep_ in ("ccomp", "advcl") else None   # "disturbed that Clinton backed out"
            if feel is not None and _lemma(feel) in _COPULAS:
                feel = next((c for c in feel.children if c.dep_ in ("acomp", "attr")), feel)
            if feel is not None and (feel.lower_ in L["emotion_neg"] or feel.lower_ in L["emotion_pos"]):
                return (OPPOSE if feel.lower_ in L["emotion_neg"] else SUPPORT), feel, "speaker_feeling"
            return None, None, ""
        if dep in ("conj", "appos"):
            t = h
            continue
        break
    return None, None, ""


_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}


def _runs(doc, lo: int, hi: int, at, name: str) -> list[tuple[object, list[int]]]:
    """(root token, token indexes) of each mention of `name` between token indexes lo and hi."""
    out, k = [], lo
    while k < hi:
        if at[k] == name:
            e = k
            while e + 1 < hi and at[e + 1] == name:
                e += 1
            run = list(range(k, e + 1))
            out.append((next((doc[j] for j in run if doc[j].head.i not in run or doc[j].head.i == j), doc[e]), run))
            k = e + 1
        else:
            k += 1
    return out


def _with_pronouns(doc, lo: int, hi: int, at, targets: list[str], types: dict[str, str]) -> list:
    """Token -> name over the statement, with he/she/his/her after the first mention of its only Person
    target read as that target ("Trump wants ... his Islamaphobia ... he is completely crazy")."""
    local = list(at[lo:hi])
    people = [n for n in targets if types.get(n) == "Person"]
    if len(people) == 1:
        first = next((k for k in range(lo, hi) if at[k] == people[0]), None)
        for k in range(first + 1 if first is not None else hi, hi):
            if local[k - lo] is None and doc[k].lower_ in _PRONOUNS and doc[k].pos_ == "PRON":
                local[k - lo] = people[0]
    return [None] * lo + local


def _cue_stance(cue) -> str | None:
    lem = _lemma(cue)
    if lem in L["cue_oppose"]:
        return OPPOSE
    if lem in L["cue_support"]:
        return SUPPORT
    return None


def _vote(votes: list[str]) -> str:
    s, o = votes.count(SUPPORT), votes.count(OPPOSE)
    return SUPPORT if s > o else OPPOSE if o > s else NEUTRAL


def _tone(doc, lo: int, hi: int, cue_i: int, votes: list[str]) -> str:
    pos = neg = 0
    for t in doc[lo:hi]:
        lem = _lemma(t)
        if lem in L["pos_nouns"] or lem in L["pos_adj"] or lem in L["support_verbs"]:
            sign = 1
        elif lem in L["neg_nouns"] or lem in L["neg_adj"] or lem in L["harm_verbs"] or lem in L["against_verbs"]:
            sign = -1
        else:
            continue
        if not _cancelled(t, lo, hi, cue_i):
            pos, neg = pos + (sign > 0), neg + (sign < 0)
    cue = _cue_stance(doc[cue_i])
    pos += votes.count(SUPPORT) + (cue == SUPPORT)
    neg += votes.count(OPPOSE) + (cue == OPPOSE)
    return "positive" if pos > neg else "negative" if neg > pos else NEUTRAL


def judge(doc, cue_i: int, start: int, end: int, mentions, targets: list[str], speaker: str | None = None,
          addressee: str | None = None, addressee_i: int | None = None) -> Stance:
    """Stance toward each target (and the addressee) of the statement whose content is doc.text[start:end];
    `mentions` maps tokens to entity names (`.at`) and names to entities (`.entities`, for their type)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    lo, hi = (span.start, span.end) if span is not None else (0, 0)
    types = {n: getattr(mentions.entities.get(n), "type", None) for n in targets}
    at = _with_pronouns(doc, lo, hi, mentions.at, [t for t in targets if t != speaker], types)
    cue = doc[cue_i]
    cue_pol = _cue_stance(cue) if not _negated(cue) else None
    out = Stance()
    all_votes: list[str] = []
    for name in dict.fromkeys([*targets, *([addressee] if addressee else [])]):
        votes, rule = [], ""
        runs = _runs(doc, lo, hi, at, name)
        if name == addressee and addressee_i is not None:
            runs.append((doc[addressee_i], [addressee_i]))
        for r, run in runs:
            if cue_pol and ((r.head.i == cue_i and r.dep_ in ("dobj", "dative", "nsubjpass")) or r.i == addressee_i):
                votes.append(cue_pol)
                rule = rule or "cue_" + _lemma(cue)
                continue
            pol, w = _own_modifiers(r, run)
            why = "own_modifier"
            if not pol:
                pol, w, why = _from_role(r, speaker)
            if pol and not _cancelled(w, lo, hi, cue_i):
                votes.append(pol)
                rule = rule or why
        # a cue like "warned" whose object is outside the content: its mention right after the cue
        if not votes and cue_pol:
            for k in range(cue_i + 1, min(cue_i + 4, len(doc))):
                if mentions.at[k] == name and cue_i in (doc[k].head.i, doc[k].head.head.i):
                    votes.append(cue_pol)
                    rule = "cue_" + _lemma(cue)
                    break
        out.stance[name] = _vote(votes)
        if out.stance[name] != NEUTRAL:
            out.rule[name] = rule
        all_votes += votes
    out.tone = _tone(doc, lo, hi, cue_i, all_votes) if hi > lo else NEUTRAL
    return out
