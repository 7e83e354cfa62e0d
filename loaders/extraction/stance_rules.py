"""The rules of the stance step: how a target's place in the parse says whether the speaker supports or
opposes it (see stance.py for the overview). Word lists come from stance_lexicon.json; each rule returns the
word that decided and the rule's name, so every stance can say where it came from.
"""
from __future__ import annotations

import json
import os

LEXICON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "stance_lexicon.json")
SUPPORT, OPPOSE, NEUTRAL = "support", "oppose", "neutral"
_COPULAS = {"be", "remain", "become", "seem", "look", "appear", "sound", "stay", "prove"}
_FIRST_PERSON = {"i", "we"}
_NOUNS = {"NOUN", "PROPN", "PRON"}


def _load(path: str = LEXICON) -> dict[str, frozenset[str]]:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


L = _load()


def lemma(t) -> str:
    return t.lemma_.lower()


def negated(t) -> bool:
    """`t` carries a negation ("not condemn", "no threat", "never a partner"); "not only" is none."""
    for c in t.children:
        if c.dep_ == "neg" or (c.dep_ in ("det", "advmod", "preconj", "nummod") and c.lower_ in L["negators"]):
            nxt = c.nbor(1) if c.i + 1 < len(c.doc) else None
            if nxt is None or nxt.lower_ not in ("only", "just", "merely"):
                return True
    return False


def cancelled(w, lo: int, hi: int, cue_i: int, negation: bool = True) -> bool:
    """The evaluation at `w` is negated, hedged or someone else's reported speech inside the statement
    (`negation=False`: only hedged or reported)."""
    if negation and (negated(w) or (w.dep_ in ("dobj", "attr", "acomp", "xcomp", "oprd", "pobj", "amod") and negated(w.head)
                                    and not (lemma(w.head) in L["tolerance_verbs"] and lemma(w) in L["neg_nouns"]))):
        return True   # "will never accept interference by X" stays against X: refusing to tolerate the bad
    if w.dep_ == "xcomp" and lemma(w.head) in ("fail", "refuse", "decline"):  # "failed to help X"
        return True
    t, steps, same_clause = w, 0, True
    while steps < 6:
        if t.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ in L["hedges"] for c in t.children):
            return True
        if (t is not w and t.i != cue_i and lo <= t.i < hi and t.pos_ in ("VERB", "AUX")
                and lemma(t) in L["reporting"]):
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and subj[0].lower_ not in _FIRST_PERSON:
                return True
        if t.head.i == t.i:
            break
        same_clause = same_clause and t.dep_ not in ("ccomp", "advcl", "relcl", "parataxis", "conj")
        if negation and same_clause and t is not w and t.head.pos_ in ("VERB", "AUX") and negated(t.head):
            return True   # "didn't support their right to sue X"
        if negation and same_clause and t.head.pos_ == "NOUN" and t.dep_ in ("prep", "acl", "xcomp") and negated(t.head):
            return True   # "no intention of backing X", "no plans to endorse X": the head noun's negation
        t, steps = t.head, steps + 1
    return False


def _noun_polarity(n) -> str | None:
    """Polarity of an evaluative noun, or of its evaluative adjective ("aggressive policy")."""
    lem = lemma(n)
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
    if lemma(a) in L["neg_adj"] or a.lower_ in L["neg_adj"]:
        return OPPOSE
    if lemma(a) in L["pos_adj"] or a.lower_ in L["pos_adj"]:
        return SUPPORT
    return None


def own_modifiers(root, run) -> tuple[str | None, object]:
    """An evaluation inside the mention or on its head: "Crooked Hillary", "thug Putin", "Crazy Bernie"."""
    before = [root.doc[run[0] - 1]] if run[0] > 0 and root.doc[run[0] - 1].pos_ in ("NOUN", "ADJ", "PROPN") else []
    for t in [*(root.doc[k] for k in run), *before,   # "thug Putin", however the parser attached "thug"
              *(c for c in root.children if c.dep_ in ("amod", "compound") and c.i not in run)]:
        if t.i == root.i and len(run) == 1 and not (root.dep_ in ("compound", "amod") and root.head.pos_ == "PROPN"):
            continue
        pol = _adj_polarity(t) if t.pos_ in ("ADJ", "PROPN", "NOUN") else None
        if pol is None and t.lower_ in L["neg_nouns"]:
            pol = OPPOSE
        if pol and (t.i != run[-1] or len(run) == 1):
            return pol, t
    return None, None


def _predicate(v) -> tuple[str | None, object]:
    """What a clause says of its subject beyond copulas: its verb ("X lied", "X ignored"), the object's
    evaluation ("X has courage", "did a remarkable job"), a complement ("failed to honor")."""
    lem = lemma(v)
    if lem in L["victim_verbs"] or (lem in L["tolerance_verbs"] and negated(v)):   # "would never accept interference"
        return None, None
    if lem in L["harm_verbs"]:
        return OPPOSE, v
    if lem in L["against_verbs"]:   # "services broke up plots": acting against the bad, not bad
        return None, None
    for c in v.children:
        if c.dep_ == "dobj" and answerable(c) is not None:   # "X bears full responsibility for the escalation"
            return (answerable(c) or None), c
        if (c.dep_ in ("dobj", "xcomp") and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in L["relation_nouns"]
                and not any(x.dep_ == "prep" and x.lower_ in ("from", "with") for x in c.children)):
            # not "support from voters", nor "X has a problem with that" (X's objection, not a fault of X)
            pol = _noun_polarity(c)
            if pol:
                return pol, c
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and lemma(c) in L["harm_verbs"]:
            return OPPOSE, c
        if c.dep_ == "advmod" and c.lower_.endswith("ly") and not negated(v):   # "acted irresponsibly"
            low = c.lower_
            pol = _adj_polarity_word(low[:-1] + "e" if low.endswith("bly") else low[:-3] + "y" if low.endswith("ily")
                                     else low[:-2])
            if pol:
                return pol, c
    return None, None


def adj_or_noun_polarity(t) -> str | None:
    """The evaluation of an adjective or a noun (with its own evaluative adjective), else None."""
    if t.pos_ == "ADJ":
        return _adj_polarity(t)
    return _noun_polarity(t) if t.pos_ == "NOUN" else None


def _kind_of(n):
    """'kind of hatred' -> hatred; any other noun as it is."""
    if lemma(n) in ("kind", "sort", "type", "brand", "level", "amount"):
        for p in n.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                return next((c for c in p.children if c.dep_ == "pobj"), n)
    return n


def _adj_polarity_word(w: str) -> str | None:
    return OPPOSE if w in L["neg_adj"] else SUPPORT if w in L["pos_adj"] else None


def answerable(c) -> str | None:
    """'responsible for the attack', 'bears responsibility for the escalation': OPPOSE when what the target
    answers for is bad; '' (no stance, not praise) for 'responsible for security'; None when not this frame."""
    if lemma(c) not in L["answerable_words"]:
        return None
    for p in c.children:
        if p.dep_ == "prep" and p.lower_ == "for":
            objs = [o for o in p.children if o.dep_ == "pobj"]
            return OPPOSE if any(lemma(o) in L["neg_nouns"] or _noun_polarity(o) == OPPOSE for o in objs) else ""
    return None


def _evaluation(v) -> tuple[str | None, object]:
    """What a copula or `pose`-like verb says of its subject: ("oppose", word) for "is a threat"."""
    for c in v.children:
        ans = answerable(c) if c.dep_ in ("acomp", "attr") else None
        if ans is not None:
            return (ans or None), c
        if c.dep_ in ("attr", "acomp", "oprd") or (c.dep_ == "dobj" and lemma(v) in ("pose", "represent", "constitute")):
            if c.pos_ == "ADJ" or c.dep_ == "acomp":
                if lemma(c) in L["neg_adj"] or c.lower_ in L["neg_adj"] or any(
                        a.dep_ == "advmod" and a.lower_ == "too" for a in c.children):   # "too concerned about"
                    return OPPOSE, c
                if lemma(c) in L["pos_adj"] or c.lower_ in L["pos_adj"]:
                    return SUPPORT, c
            pol = _noun_polarity(c)
            if pol:
                return pol, c
    return None, None


def _is_joint(g) -> bool:
    lem = lemma(g)
    if lem in L["coop_words"]:
        return True
    mods = [c for c in g.children if c.dep_ in ("amod", "advmod", "compound")]
    mods += [m for c in mods if c.dep_ == "compound" for m in c.children if m.dep_ == "amod"]   # "joint demarcation work"
    return lem in L["joint_nouns"] and any(lemma(m) in L["joint_mods"] or m.lower_ == "together" for m in mods)


_GOOD_RELATIONS = {"ally", "allies", "partner", "partners", "friend", "friends", "brother", "brothers"}
_BAD_RELATIONS = {"enemy", "enemies", "adversary", "adversaries", "foe", "foes", "rival", "rivals"}


def _ours(n) -> str | None:
    """'our partners', 'my friend' -> support; 'our enemies' -> oppose; else None."""
    if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in n.children):
        if n.lower_ in _GOOD_RELATIONS:
            return SUPPORT
        if n.lower_ in _BAD_RELATIONS:
            return OPPOSE
    return None


def _is_speaker(m, speaker: str | None, own: frozenset = frozenset()) -> bool:
    """`m` stands for the speaker: I/we, a mention the entity step gave the speaker's name, or its text."""
    return m.lower_ in _FIRST_PERSON or m.i in own or bool(speaker and m.text in speaker)


def _joint_with_speaker(t, speaker: str | None, own: frozenset = frozenset()) -> bool:
    """The target is coordinated with the speaker (or "we") as subjects of joint action: "Uzbekistan and
    Russia will hold joint exercises", said by Uzbekistan."""
    head = t.head if t.dep_ == "conj" else t
    if not head.dep_.startswith("nsubj"):
        return False
    mates = [head, *head.conjuncts]
    if not any(_is_speaker(m, speaker, own) for m in mates if m.i != t.i):
        return False
    verb = head.head
    words = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "xcomp")),
             *(g for c in verb.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "dobj")]
    return any(_is_joint(w) or lemma(w) in ("agree", "agreement", "pact", "treaty", "deal")
               or any(lemma(m) in L["joint_mods"] or m.lower_ in ("jointly", "together") for m in w.children)
               for w in words)


def own_agent(v, speaker: str | None, own: frozenset = frozenset()) -> bool:
    """The verb's agent is the speaker: first person, none (infinitive, gerund, imperative), or the speaker."""
    subj = [c for c in v.children if c.dep_ in ("nsubj", "agent")]
    if not subj:
        return v.dep_ != "relcl"
    return _is_speaker(subj[0], speaker, own)


def _relative(t) -> tuple[str | None, object, str]:
    """A relative clause on the mention: "the version of Donald Trump that worries me"."""
    for c in t.children:
        if c.dep_ == "relcl" and any(x.dep_ == "nsubj" and x.tag_ in ("WDT", "WP") for x in c.children):
            pol, w = _predicate(c)
            if pol:
                return pol, w, "relative_clause"
        if c.dep_ == "acl" and c.tag_ == "VBG" and lemma(c) in L["harm_verbs"]:   # "videos of X insulting Islam"
            return OPPOSE, c, "relative_clause"
    return None, None, ""


_ANYONE = {"anyone", "anybody", "anything", "everyone", "everybody"}


def _welcomed_help(n, speaker: str | None, own: frozenset) -> bool:
    """`n` is the target's help ('X's support', 'the assistance of X') that the speaker thanks for or values."""
    return (lemma(n) in L["support_for_nouns"] and n.dep_ == "dobj" and not negated(n.head)
            and (lemma(n.head) in L["support_verbs"] or lemma(n.head) in L["cue_support"]) and own_agent(n.head, speaker, own))


def from_role(t, speaker: str | None = None, own: frozenset = frozenset()) -> tuple[str | None, object, str]:
    """Walk up from a mention's root token to the first word that evaluates it: (polarity, word, rule)."""
    pol, w, why = _relative(t)
    if pol:
        return pol, w, why
    if _joint_with_speaker(t, speaker, own):
        return SUPPORT, t.head, "joint_action_with_speaker"
    for step in range(4):
        if step:
            pol, w, why = _relative(t)
            if pol:
                return pol, w, why
        dep, h = t.dep_, t.head
        if h.i == t.i:
            break
        if dep in ("poss", "compound", "nmod", "amod") and h.pos_ in _NOUNS:
            pol = _ours(h)
            if pol:
                return pol, h, "our_relation"
            if _welcomed_help(h, speaker, own):
                return SUPPORT, h.head, "welcomed_help"
            if lemma(h) in L["place_nouns"] or h.lower_ in L["relation_nouns"] or lemma(h) in L["collective_nouns"]:
                return None, None, ""
            pol = _noun_polarity(h)
            if pol:
                return pol, h, "owner_of_evaluation"
            if h.pos_ == "PROPN":   # "(Texas Sen.) Ted Cruz": Texas says nothing through Cruz
                return None, None, ""
            t = h
            continue
        if dep == "pobj":
            p, g = h.lower_, h.head
            glem = lemma(g)
            side = f"{glem} {p}"
            if p in ("but", "except") and g.lower_ in _ANYONE:   # "voting for anyone but X"
                pol, w, why = from_role(g, speaker, own)
                return (OPPOSE, w, "anyone_but") if pol == SUPPORT else (None, None, "")
            if p == "than" and any(c.lower_ == "rather" for c in g.children) and own_agent(g, speaker, own) \
                    and not negated(g) and (glem in L["support_verbs"] or any(
                        f"{glem} {c.lower_}" in L["prep_support"] for c in g.children if c.dep_ == "prep")):
                return OPPOSE, g, "rather_than"   # "I would rather vote for X than Y"
            if h.dep_ == "agent" and g.pos_ == "VERB":   # "detained arbitrarily by X": X is the doer
                if glem in L["harm_verbs"]:
                    return OPPOSE, g, "subject_of_harm"
                pol, w = _predicate(g)
                return (pol, w, "subject_of_predicate") if pol else (None, None, "")
            if side in L["prep_support"] or side in L["prep_oppose"]:   # "we stand with X", "vote against X"
                if g.pos_ == "VERB" and own_agent(g, speaker, own) and not negated(g):
                    return (SUPPORT if side in L["prep_support"] else OPPOSE), g, "sides_with"
                return None, None, ""
            if p in ("in", "of", "among") and _ours(g):   # "our partners in Dushanbe"
                return _ours(g), g, "our_relation"
            if p in ("to", "with") and glem in L["link_verbs"] and g.head.pos_ in _NOUNS and _noun_polarity(g.head):
                return _noun_polarity(g.head), g.head, "linked_to_evaluation"   # "plots linked to IS"
            if p in ("of", "from", "by") and g.pos_ in _NOUNS:
                if _welcomed_help(g, speaker, own):   # "we appreciate the support of X"
                    return SUPPORT, g.head, "welcomed_help"
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
            if p in ("of", "with", "in", "at", "by") and g.pos_ in ("ADJ", "VERB") and g.dep_ in ("acomp", "ROOT", "ccomp") \
                    and (g.lower_ in L["emotion_pos"] or g.lower_ in L["emotion_neg"]) and not negated(g.head) \
                    and not negated(g) and (g.dep_ != "acomp" or own_agent(g.head, speaker, own)
                                            or any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in g.head.children)):
                return (SUPPORT if g.lower_ in L["emotion_pos"] else OPPOSE), g, "speaker_feeling"   # "proud of X"
            if p in ("at", "against") and glem in L["at_verbs"] and not negated(g):
                return OPPOSE, g, "target_of_mockery"   # "laughing at X", "lashed out at X"
            if p in ("against", "on", "at", "over", "about"):
                if glem in L["victim_nouns"] or glem in L["harm_verbs"]:
                    return None, None, ""
                if glem in L["target_nouns"] or (p == "against" and g.pos_ in ("NOUN", "VERB")) or (
                        g.dep_ == "acl" and g.tag_ == "VBN" and lemma(g.head) in L["target_nouns"]):   # "sanctions imposed on X"
                    return OPPOSE, g, "target_of_measures"
                return None, None, ""
            if p in ("for", "to", "behind") and glem in L["support_for_nouns"]:
                return SUPPORT, g, "beneficiary_of_support"
            return None, None, ""
        if dep in ("dobj", "obj", "dative") or (dep == "oprd" and h.pos_ == "VERB" and lemma(h) in L["support_verbs"]) \
                or (dep == "nsubjpass" and (lemma(h) in L["against_verbs"] or lemma(h) in L["support_verbs"])):
            lem = lemma(h)
            if dep == "nsubjpass" and any(c.dep_ == "agent" and not any(_is_speaker(p, speaker, own) for p in c.children)
                                          for c in h.children):
                return None, None, ""   # "Russia could be attacked by IS": a third party's act, Russia its victim
            if lem in L["against_verbs"] and (lem not in L["violent_verbs"] or own_agent(h, speaker, own)
                                              or dep == "nsubjpass"):
                return OPPOSE, h, "object_of_verb"
            if lem in L["support_verbs"] and own_agent(h, speaker, own):
                return SUPPORT, h, "object_of_verb"
            for c in h.children:   # "called Trump unhinged", "considers X a threat"
                if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > t.i:
                    pol = _adj_polarity(c) if c.pos_ == "ADJ" else _noun_polarity(c) if c.pos_ in _NOUNS else None
                    if pol and not cancelled(c, c.i, c.i + 1, -1):
                        return pol, c, "object_complement"
            return None, None, ""
        if dep in ("nsubj", "nsubjpass"):
            # the verb and the verbs conjoined to it that have no subject of their own
            for v in [h, *(c for c in h.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                           and not any(x.dep_.startswith("nsubj") for x in c.children))]:
                lem = lemma(v)
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
            if h.dep_ == "relcl" and lemma(h) in L["own_verbs"] and not negated(h):
                n = _kind_of(h.head)   # "the threat X poses", "the kind of hatred that X has spread"
                if _noun_polarity(n):
                    return _noun_polarity(n), n, "subject_of_evaluation"
            feel = h.head if h.dep_ in ("ccomp", "advcl") else None   # "disturbed that Clinton backed out"
            if feel is not None and lemma(feel) in _COPULAS:
                feel = next((c for c in feel.children if c.dep_ in ("acomp", "attr")), feel)
            for f in ([feel, *feel.conjuncts] if feel is not None else []):   # "disturbed but not surprised that"
                if f.lower_ in L["emotion_neg"] or f.lower_ in L["emotion_pos"]:
                    return (OPPOSE if f.lower_ in L["emotion_neg"] else SUPPORT), f, "speaker_feeling"
            return None, None, ""
        if dep == "conj" and h.lower_ in _ANYONE and any(c.lower_ in ("but", "except") for c in h.children):
            pol, w, why = from_role(h, speaker, own)   # "voting for anyone but X"
            return (OPPOSE, w, "anyone_but") if pol == SUPPORT else (None, None, "")
        if dep in ("conj", "appos"):
            t = h
            continue
        break
    return None, None, ""
