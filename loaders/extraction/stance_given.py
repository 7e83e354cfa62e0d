"""What the speaker's side gives the target: help, and thanks or support addressed to it. One rule per frame (named
patterns with examples in stance_support.json; tried with the rules of stance_ruptures.py, before the other acts):

    help_offered    help, aid, teams or money the speaker's side sends, offers or pledges to the target: "we will
                    send any and all aid needed to X", "dispatching rescue teams to X to help", "ready to provide
                    assistance to X", "pledged $10 million to X", "our offer of any possible assistance" conveyed
                    to X, "emergency aid will be sent to X", "we extend our full support to X" -> support X; read on
                    the giving verb (climbing from "to X" through what is given, its agent the speaker's side) and
                    on the help noun or the giving verb the parser makes the head of "to X" (its clause the side's)
    gratitude_to    thanks, appreciation, congratulations or support the speaker's side addresses to the target:
                    "expressed her appreciation to X", "we extend our warmest congratulations to X", "expressed his
                    profound gratitude to Qatar's Emir" -> support X, read on the gratitude noun (or the conveying
                    verb whose object it is) that "to X" / "for X" hangs on, owned by and in a clause of the
                    speaker's side; also in the cue's own phrase outside the content (stance_ruptures.cue_frame)

Not a third party's help or thanks ("Russia sent aid to Syria", "aid was sent to Syria by Russia", "Russia
expressed its gratitude to X"), not a negated one ("we will not send aid", "we do not extend our thanks"), not help
the speaker criticises, not a delegation or weapons sent, and not "thanks to X" (because of X:
stance_faults.thanks_to). Word lists: giving_verbs, help_goods, gratitude_nouns, convey_verbs (stance_lexicon.json);
help_verbs, give_verbs, backing_nouns (stance_support.json).
"""
from __future__ import annotations

from .stance_backing import criticised
from .stance_blame import first
from .stance_help_clause import clause_ok, is_in, noun_phrase, owner_ok, up_prep
from .stance_rules import SUPPORT, negated, own_agent
from .stance_words import listed

__all__ = ["gratitude_of", "gratitude_to", "help_offered"]

_GIVE_CLIMB = {"prep", "pobj", "acl", "dobj", "conj", "advcl", "xcomp"}


def help_offered(t, cue, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """(SUPPORT, deciding word) when the speaker's side sends, offers or pledges help to the target `t`."""
    w = _giving_verb(first(t), speaker, own)
    if w is None and t.i not in own:
        w = _help_phrase(noun_phrase(t), cue, own)
    return (SUPPORT, w) if w is not None else (None, None)


def _giving_verb(t, speaker, own):
    """"to X" on a giving verb (or on its object: "send aid needed to X") whose agent is the speaker's side, with
    help among what it gives (outside "to X")."""
    if t.dep_ != "pobj" or t.head.lower_ not in ("to", "for"):
        return None
    v = t.head
    for _ in range(4):   # "send aid needed to X", "dispatching teams to X": to the giving verb
        if v.dep_ not in _GIVE_CLIMB or v.head.i == v.i:
            return None
        v = v.head
        if v.pos_ == "VERB" and listed(v, "giving_verbs"):
            break
    else:
        return None
    if not listed(v, "giving_verbs") or negated(v) or criticised(v) is not None or not own_agent(v, speaker, own):
        return None
    inside = {x.i for x in t.subtree}
    if any(x.i not in inside and x.i != v.i and listed(x, "help_goods") and not negated(x) for x in v.subtree):
        return v
    return None


def _help_phrase(h, cue, own):
    """The noun phrase `h` of the target, object of "to"/"for": on a giving verb of a clause of the speaker's side
    (a passive too: "aid was sent to X") with help given or as its purpose ("to help"), or on a help noun the
    speaker's side owns or gives ("our offer of assistance to X")."""
    p, g = up_prep(h)
    if p is None or p.lower_ not in ("to", "for"):
        return None
    if g.pos_ == "ADP" and g.head.i != g.i:
        g = g.head   # "teams from Bulgaria to Turkey"
    if g.pos_ == "VERB" and is_in(g, "giving_verbs"):
        objs = [c for d in g.children if d.dep_ in ("dobj", "nsubjpass") for c in (d, *d.conjuncts)]   # "aid was sent to X"
        purpose = any(c.dep_ in ("xcomp", "advcl") and is_in(c, "help_verbs") for c in g.children) or any(
            x.dep_ in ("xcomp", "advcl", "acl", "relcl") and is_in(x, "help_verbs") for o in objs for x in o.subtree)
        helpful = any(is_in(o, "help_goods") or any(is_in(x, "help_goods") for x in o.subtree) for o in objs) or (
            bool(objs) and is_in(g, "give_verbs"))   # "pledged $10 million to Chile": whatever is given
        if (helpful or purpose) and not negated(g) and clause_ok(g, cue, own):
            return g
    elif is_in(g, "help_goods") and g.pos_ == "NOUN" and not negated(g) and not (
            is_in(g, "backing_nouns") and any(c.dep_ == "poss" for c in g.children)):   # "its support for X": backing_of
        top = first(g)
        if top.dep_ == "pobj" and top.head.lower_ == "of":   # "our offer of assistance to X"
            top = first(top.head.head)
        if not owner_ok(top, own):
            return None
        owned = any(c.dep_ == "poss" and c.lower_ not in ("his", "her") for c in top.children)
        if (owned or (top.dep_ == "dobj" and is_in(top.head, "giving_verbs"))) and clause_ok(top, cue, own):
            return g
    return None


def gratitude_to(t, cue, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """(SUPPORT, deciding word) when the speaker's side addresses thanks, congratulations or support to `t`."""
    if t.i in own:
        return None, None
    p, _ = up_prep(noun_phrase(t))
    w = gratitude_of(p, cue, own) if p is not None and p.lower_ in ("to", "for") else None
    return (SUPPORT, w) if w is not None else (None, None)


def gratitude_of(p, cue, own):
    """The speaker's side's gratitude noun that preposition `p` ("to X", "for X") hangs on, or None (also the
    appreciation of a welcomed act: stance_welcomes.py)."""
    g = p.head
    nouns = [g] if is_in(g, "gratitude_nouns") else []
    if g.pos_ == "VERB" and is_in(g, "convey_verbs"):
        nouns = [c for d in g.children if d.dep_ == "dobj" for c in (d, *d.conjuncts) if is_in(c, "gratitude_nouns")]
    for n in nouns:
        if n.lower_ == "thanks" and p.lower_ == "to" and n.i + 1 == p.i and not any(
                c.dep_ in ("poss", "amod") for c in n.children):
            continue   # "thanks to X": because of X (stance_faults.thanks_to)
        if owner_ok(n, own) and clause_ok(n, cue, own) and not negated(n):
            return n
    return None
