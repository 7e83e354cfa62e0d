"""The words of the stance step: the lexicon (stance_lexicon.json), negation, hedges and reported speech
(`cancelled`), and the evaluation a word, a predicate or a copula carries. The role rules built on these are in
stance_rules.py.
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


def listed(t, key: str) -> bool:
    """`t`'s lemma or its lowercase form is in the lexicon's list `key` (the tagger lemmatises some words of
    the lists, "relations" -> "relation", and not others)."""
    return lemma(t) in L[key] or t.lower_ in L[key]


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
                                    and lemma(w.head) not in L["resolve_verbs"]
                                    and not (w.dep_ == "xcomp" and lemma(w.head) in L["stop_verbs"])
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
            if not subj and t.dep_ == "acl" and t.head.pos_ == "NOUN":
                return True   # "issued a statement stating that X ...": the statement's words, not the speaker's
        if t.dep_ in ("acl", "ccomp", "relcl") and t.head.pos_ == "NOUN" and lemma(t.head) in L["claim_nouns"] \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            return True   # "the false claims that X violated the truce": what a claim holds is not the speaker's
        if t.head.i == t.i:
            break
        same_clause = same_clause and t.dep_ not in ("ccomp", "advcl", "relcl", "parataxis", "conj")
        if negation and same_clause and t is not w and t.head.pos_ in ("VERB", "AUX") and negated(t.head) \
                and lemma(t.head) not in L["resolve_verbs"] and not (t.dep_ == "xcomp" and lemma(t.head) in L["stop_verbs"]):
            return True   # "didn't support their right to sue X" (not "will not hesitate to strike X", nor "will
            # never stop supporting X": a stop negated goes on)
        if negation and same_clause and t.head.pos_ == "NOUN" and t.dep_ in ("prep", "acl", "xcomp") and negated(t.head):
            return True   # "no intention of backing X", "no plans to endorse X": the head noun's negation
        t, steps = t.head, steps + 1
    return False


def _noun_polarity(n) -> str | None:
    """Polarity of an evaluative noun, or of its evaluative adjective ("aggressive policy")."""
    lem = lemma(n)
    if lem in L["neg_nouns"] or n.lower_ in L["neg_nouns"]:   # a plural listed as written: "challenges"
        return OPPOSE
    if lem in L["pos_nouns"]:   # but "a partner in the aggression", "an ally in crime": a part in the bad
        return OPPOSE if any(c.dep_ == "prep" and c.lower_ == "in" and any(
            p.dep_ == "pobj" and lemma(p) in L["neg_nouns"] for p in c.children) for c in n.children) else SUPPORT
    for c in n.children:
        if c.dep_ in ("compound", "amod") and (lemma(c) in L["neg_modifiers"] or f"{c.lower_} {n.lower_}" in L["neg_adj_nouns"]):
            return OPPOSE   # "a terrorist state", "rogue regime", "legitimate targets"
        if c.dep_ == "prep" and c.lower_ == "of" and any(   # "declaration of war", "act of aggression"
                f"{lem} of {lemma(p)}" in L["neg_noun_phrases"] for p in c.children if p.dep_ == "pobj"):
            return OPPOSE
        if c.dep_ == "amod" and c.tag_ not in ("JJS", "JJR"):   # not "ISIS' best recruiter"
            ans = answerable(c)   # "the one responsible for the massacre" opposes; "... for these changes" is no praise
            if ans is not None:
                if ans:
                    return ans
                continue
            pol = _adj_polarity(c)
            if pol:
                return pol
    return None


def _adj_polarity(a) -> str | None:
    if listed(a, "neg_adj"):
        return OPPOSE
    if listed(a, "pos_adj"):
        return SUPPORT
    return None


def own_modifiers(root, run) -> tuple[str | None, object]:
    """An evaluation inside the mention or on its head: "Crooked Hillary", "thug Putin", "Crazy Bernie"."""
    owner = root.head if root.dep_ in ("amod", "compound") and root.head.pos_ == "NOUN" else root
    if (owner.i != root.i or root.ent_type_ == "NORP") and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                               for c in owner.children):
        return None, None   # "a wise Latina (woman)": some member of a group, not the named target ("a strong NATO" is)
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
    if lem in L["against_verbs"] or lem in L["dismissal_verbs"]:   # "services broke up plots": acting against the
        return None, None   # bad, not bad; "X rejects the unilateral claims", "X denied wrongdoing"
    if (lem in L["naming_verbs"] or lem in L["view_verbs"]) and any(c.dep_ in ("dobj", "oprd") for c in v.children):
        return None, None   # "Ankara deems the group a terrorist organisation": the object is named, not the subject
    if lem in L["cue_oppose"] or lem in L["attitude_verbs"]:
        return None, None   # "X appreciates the great efforts of Y", "X expressed hope": X judges, is not judged
        # (not "X supported militants": backing takes a side, and the side's evaluation stays X's)
    good = contributes_to_good(v)
    if good is not None:
        return SUPPORT, good   # "X's initiatives contribute to maintaining peace", "X will help bring stability"
    for c in v.children:
        if lem == "deserve" and c.dep_ == "dobj" and lemma(c) in L["support_for_nouns"]:
            return SUPPORT, c   # "X deserves our support / praise"
        if c.dep_ == "dobj" and answerable(c) is not None:   # "X bears full responsibility for the escalation"
            return (answerable(c) or None), c
        if (c.dep_ in ("dobj", "xcomp") and c.pos_ == "NOUN" and c.lower_ not in L["relation_nouns"]
                and lemma(c) not in L["coop_words"]   # "India and Israel deepened their cooperation": a relation, no praise
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


def readiness(a) -> bool:
    """'prepared / ready to respond': readiness for an act, no praise of the one ready ('a prepared candidate' is)."""
    return a.lower_ in L["readiness_adj"] and any(x.dep_ == "xcomp" or (x.dep_ == "prep" and x.lower_ in ("to", "of"))
                                                   for x in a.children)   # "capable of thwarting ..." too


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
        if c.dep_ == "attr" and c.lower_ == "one":   # "X is one of our most valued partners": the partners
            kind = next((p for o in c.children if o.dep_ == "prep" and o.lower_ == "of" for p in o.children
                         if p.dep_ == "pobj"), None)
            pol = _noun_polarity(kind) if kind is not None else None
            if pol:
                return pol, kind
        ans = answerable(c) if c.dep_ in ("acomp", "attr") else None
        if ans is not None:
            return (ans or None), c
        if c.dep_ in ("attr", "acomp", "oprd") or (c.dep_ == "dobj" and lemma(v) in ("pose", "represent", "constitute")):
            if c.pos_ == "ADJ" or c.dep_ == "acomp":
                if listed(c, "neg_adj") or any(
                        a.dep_ == "advmod" and a.lower_ == "too" for a in c.children):   # "too concerned about"
                    return OPPOSE, c
                if listed(c, "pos_adj") and not readiness(c):
                    return SUPPORT, c
            pol = _noun_polarity(c)
            if pol:
                return pol, c
    return None, None


_CALL_MODALS = {"should", "must", "ought", "need", "needs"}


def called_for(v) -> bool:
    """The verb is what the speaker asks for: a modal ("should investigate") or under a demand verb."""
    if any(c.dep_ == "aux" and c.lower_ in _CALL_MODALS for c in v.children):
        return True
    return v.dep_ in ("xcomp", "ccomp") and lemma(v.head) in L["demand_verbs"] and not negated(v.head)


def banned(g) -> bool:
    """The joint action is what a ban forbids: "the order prohibits companies to make any agreement with X"."""
    for a in list(g.ancestors)[:4]:
        if lemma(a) in L["ban_verbs"] and not negated(a):
            return True
    return False


def contributes_to_good(v):
    """The good (public_goods) a contributing verb (contribute_verbs) brings about: "contribute to (maintaining) peace",
    "help (to) bring stability", "help place the country on the path to independence"; None if the verb in
    between harms or negates it ("help destroy peace")."""
    if lemma(v) not in L["contribute_verbs"] or negated(v):
        return None
    steps = [c for c in v.children if c.dep_ in ("xcomp", "prep", "dobj") and (c.dep_ != "prep" or c.lower_ == "to")]
    for _ in range(3):
        nxt = []
        for w in steps:
            if listed(w, "public_goods"):
                return None if negated(w) else w
            if w.pos_ == "VERB" and (lemma(w) in L["harm_verbs"] or lemma(w) in L["against_verbs"] or negated(w)):
                continue
            nxt += [c for c in w.children if c.dep_ in ("pobj", "pcomp", "dobj", "xcomp", "prep", "conj")]
        steps = nxt
    return None


# Joint action and praise read off one word of the parse (used by stance_rules).
def _is_joint(g) -> bool:
    lem = lemma(g)
    if lem in L["coop_words"]:
        return True
    mods = [c for c in g.children if c.dep_ in ("amod", "advmod", "compound")]
    mods += [m for c in mods if c.dep_ == "compound" for m in c.children if m.dep_ == "amod"]   # "joint demarcation work"
    joint = lem in L["joint_nouns"] or g.lower_ in L["joint_nouns"]   # the tagger lemmatises "relations"
    if joint and g.dep_ == "dobj" and lemma(g.head) in L["bond_verbs"] and not negated(g.head):
        return True   # "strengthen relations with X", "deepen ties with X"
    return joint and any(lemma(m) in L["joint_mods"] or m.lower_ == "together" for m in mods)


def _joint_word(g) -> bool:
    return listed(g, "joint_nouns") or lemma(g) in L["coop_words"]


def _praised_subject(g) -> bool:
    """`g` is the subject of a copula that praises it: "talks with X were constructive"."""
    if g.dep_ != "nsubj" or lemma(g.head) not in ("be", "remain", "prove") or negated(g.head):
        return False
    return any(c.dep_ in ("acomp", "attr") and listed(c, "pos_adj") and not negated(c)
               for c in g.head.children)


def feeling_noun(v) -> tuple[str | None, object]:
    """The speaker's feeling, as a noun, about the clause `v` whose subject is the target: "(expressed) deep regret
    that X claimed ...", "concern that X continues ..." (feeling_nouns_neg / _pos); not another's feeling ("Russia's
    concern that X ...") nor a negated one ("no concern that X ...")."""
    n = v.head
    if v.dep_ not in ("acl", "ccomp") or n.pos_ != "NOUN" or n.i > v.i or negated(n) or any(
            c.dep_ == "poss" and c.lower_ not in ("our", "my") for c in n.children) or any(
            c.dep_ == "det" and c.lower_ == "no" for c in n.children):
        return None, None
    if listed(n, "feeling_nouns_neg"):
        return OPPOSE, n
    return (SUPPORT, n) if listed(n, "feeling_nouns_pos") else (None, None)
