"""Stance rules for allies in the speaker side's own acts, acts of the target the speaker regrets, names the speaker
gives the target, and a third party backing an armed group (tried with stance_ruptures.py's rules; each returns
(polarity, deciding word)):

    allied_act      the target acts with the speaker's side: "our forces, together with the UK and with support
                    from Australia, conducted strikes", "we have taken action alongside the United States", "the
                    mediation efforts conducted jointly with X", "in coordination with X", "our joint mediation
                    efforts undertaken with X", "through the joint efforts of China and the U.S." (said by China's
                    side) -> support X (not a third party's act: "Iran struck, with support from X", "Russian
                    forces, together with Iran, ...", "the joint efforts of Iran and Russia", said by another)
    regretted_act   the speaker's side regrets or protests an act of the target: "expressed grave concern and strong
                    dissatisfaction over Japan's recent moves", "protested against X's erroneous remarks" -> oppose X
                    (not a third party's concern: "Russia's concern over X's moves")
    described_as    the speaker's side names the target as something: "described Poland as provocateurs",
                    "portrays X as a reliable partner" -> the name's polarity (not a third party's naming)
    backs_group     a named third party (not the speaker's side) supplies or backs a group that is not a state:
                    "the UAE sends planes to support the militia", "X continues to provide military backing to the
                    Front", "X arms the Front", "the Emirati military supplies to the militia", "funnelling weapons
                    from X to the Front" -> oppose X (an accusation; the group gets no support from it; not a plain
                    "X supports / funds the AU")

Word lists in stance_lexicon.json: ally_preps, act_nouns, feeling_nouns_neg, emotion_neg, protest_nouns,
naming_verbs, giving_verbs, military_goods, armed_group_nouns, abet_verbs, neg_nouns, pos_nouns, neg_adj, pos_adj
(written by hand for this project); in stance_support.json (allied_act's named pattern and examples): joint_heads,
backing_nouns, coordination_nouns, joint_adj.
"""
from __future__ import annotations

from .stance_backing import voiced_by_other
from .stance_blame import first
from .stance_deeds import _doer_noun
from .stance_help_clause import FIRST, clause_ok, is_in, noun_phrase, owner_ok, strict_own, up_prep
from .stance_rules import L, OPPOSE, SUPPORT, _is_speaker, lemma, negated, own_agent
from .stance_words import _adj_polarity, _noun_polarity, listed


def allied_act(t, cue, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """(SUPPORT, deciding word) when the target acts with the speaker's side: read on the joint word over the
    target's phrase, in a clause whose subject is the speaker's side (strict_own: I/we, its mention, its forces)."""
    w = _joint_phrase(noun_phrase(t), t, cue, own) if t.i not in own else None
    return (SUPPORT, w) if w is not None else (None, None)


def _joint_phrase(h, t, cue, own):
    """The joint word ("together", "alongside", "in coordination", "with support from", "joint efforts ... with")
    whose "with X" / "of X" holds the target's phrase `h`, in a clause of the speaker's side."""
    p, g = up_prep(h)
    if p is None:
        return None
    w = None
    if p.lower_ == "with" and (is_in(g, "joint_heads") or any(is_in(c, "joint_heads") for c in (*p.children, *g.children))
                               or (is_in(g, "coordination_nouns") and g.dep_ == "pobj" and g.head.lower_ in ("in", "with"))):
        w = g
    elif p.lower_ in L["ally_preps"]:
        w = p
    elif p.lower_ == "with" and g.dep_ == "acl" and any(c.dep_ == "amod" and is_in(c, "joint_adj") for c in g.head.subtree
                                                         if c.i < g.head.i) \
            and owner_ok(g.head, own) and clause_ok(g.head, cue, own):
        return g   # "its joint mediation efforts undertaken with Egypt"
    elif p.lower_ in ("from", "of") and is_in(g, "backing_nouns") and g.dep_ == "pobj" and first(g).head.lower_ == "with":
        w = g   # "with support from Australia", "with the help of X"
    if w is not None and not negated(w) and strict_own(w, cue, own):
        return w
    if p.lower_ == "of" and any(c.dep_ == "amod" and is_in(c, "joint_adj") for c in g.children) and any(
            m.i in own or m.lower_ in FIRST for m in (first(h), *first(h).conjuncts) if m.i != t.i):
        return g   # "through the joint efforts of China and the U.S.", said by China's side
    return None


def regretted_act(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The target owns an act noun that the speaker's side's concern, dissatisfaction or protest is over."""
    t = first(t)
    a = t.head
    if t.dep_ not in ("poss", "compound", "amod") or not listed(a, "act_nouns") or a.dep_ != "pobj":
        return None, None
    p = a.head
    f = p.head
    if p.lower_ not in ("over", "about", "at", "with", "against", "regarding") or negated(f):
        return None, None
    feeling = listed(f, "feeling_nouns_neg") or listed(f, "emotion_neg") or listed(f, "protest_nouns")
    if not feeling or voiced_by_other(f, lambda c: _is_speaker(c, speaker, own)):
        return None, None
    h = f.head if f.dep_ in ("dobj", "conj") else None
    if h is not None and h.pos_ == "VERB" and not own_agent(h, speaker, own):
        return None, None   # "Russia expressed concern over X's moves", said by another
    return OPPOSE, f


def described_as(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The target, object of a naming verb of the speaker's side, named "as" something good or bad."""
    t = _doer_noun(t)   # "described Poland and the Baltic countries as ...": the Baltic countries' role
    v = t.head
    if t.dep_ != "dobj" or not listed(v, "naming_verbs") or listed(v, "view_verbs") or negated(v) \
            or not own_agent(v, speaker, own):
        return None, None   # (regard / consider / see X as ...: friendly_view and hostile_view)
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            for n in c.children:
                if n.dep_ in ("pobj", "amod", "acomp") and not negated(n):
                    pol = _adj_polarity(n) if n.pos_ == "ADJ" else _noun_polarity(n)
                    if pol:
                        return pol, n
    return None, None


def _backing_verbs(v):
    """The verb and the verbs it goes on or aims to ("continues to provide", "sends planes to support")."""
    out = [v]
    for c in v.children:
        if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux"):
            out.append(c)
    return out


def _group(g, t, types: dict, at, speaker: str | None, own: frozenset) -> bool:
    """`g` names a non-state group other than the target and the speaker's side (or is one by its kind: "the
    rebels", "the terrorist RSF militia")."""
    name = at[g.i] if g.i < len(at) else None
    if name is None:
        return listed(g, "armed_group_nouns") and not any(_is_speaker(c, speaker, own) for c in g.children)
    return name != at[t.i] and types.get(name) != "State" and not _is_speaker(g, speaker, own)


def _supplies_of(t):
    """The military_goods noun the target's supplies are named by: "Emirati military supplies", "X's weapons",
    "weapons from X" (on the noun or on the verb that moves them), else None."""
    h = t.head
    if t.dep_ in ("poss", "amod", "compound", "nmod") and listed(h, "military_goods"):
        return h
    if t.dep_ == "pobj" and h.lower_ == "from":
        g = h.head
        if listed(g, "military_goods"):
            return g
        return next((c for c in g.children if c.dep_ == "dobj" and listed(c, "military_goods")), None)
    return None


def backs_group(t, types: dict, at, sided: bool, speaker: str | None, own: frozenset) -> tuple[str | None, object]:
    """A named third party backs or supplies a non-state group (see the module's docstring)."""
    if not sided or _is_speaker(t, speaker, own):
        return None, None
    goods = _supplies_of(t)   # "the Emirati military supplies to the RSF", "funnelling weapons from X to the RSF"
    if goods is not None and not negated(goods):
        to = [x for c in (*goods.children, *goods.head.children) if c.dep_ == "prep" and c.lower_ == "to"
              for x in c.children if x.dep_ == "pobj"]
        if any(_group(y, t, types, at, speaker, own) for x in to   # "to the RSF militia": the name on the noun
               for y in (x, *(c for c in x.children if c.dep_ == "compound"))):
            return OPPOSE, goods
    n = _doer_noun(t)
    if n.dep_ != "nsubj" or own_agent(n.head, speaker, own):
        return None, None
    for u in _backing_verbs(n.head):
        if negated(u):
            continue
        if listed(u, "abet_verbs") and lemma(u) not in ("host", "train") and (
                u.i != n.head.i or u.lower_ in L["arming_core"]):   # "X supports / funds the AU" is no accusation
            groups = [c for c in u.children if c.dep_ == "dobj"]
        elif listed(u, "giving_verbs") and any(c.dep_ == "dobj" and listed(c, "military_goods") for c in u.children):
            groups = [x for c in u.children if c.dep_ == "prep" and c.lower_ == "to" for x in c.children] + [
                x for c in u.children if c.dep_ == "dobj" for p in c.children if p.lower_ == "to" for x in p.children]
        else:
            continue
        if any(_group(g, t, types, at, speaker, own) for g in groups):
            return OPPOSE, u
    return None, None
