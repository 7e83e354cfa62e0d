"""What the speaker's side gives the target: help, and thanks or congratulations addressed to it. One rule per
frame (named patterns with examples in stance_support.json; tried with the rules of stance_ruptures.py, before the
other acts):

    help_offered    help, aid, teams or money the speaker's side sends, offers or pledges to the target: "we will
                    send any and all aid needed to X", "dispatching rescue teams to X to help", "ready to provide
                    assistance to X", "pledged $10 million to X", "our offer of any possible assistance" conveyed
                    to X, "emergency aid will be sent to X", "we extend our full support to X" -> support X; read on
                    the giving verb over "to X" (climbing through what is given; its agent or its clause the
                    speaker's side's), else on the help noun "to X" hangs on (owned or given by the side)
    gratitude_to    thanks, appreciation or congratulations the speaker's side addresses to the target:
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
    """(SUPPORT, deciding word) when the speaker's side sends, offers or pledges help to the target `t`: on the
    giving verb over "to X" (_giving_verb), else on a help noun "to X" hangs on (_help_noun)."""
    w = _giving_verb(first(t), cue, speaker, own)
    if w is None and t.i not in own:   # the head of the target's phrase: "to the Chilean government"
        h = noun_phrase(t)
        w = _giving_verb(h, cue, speaker, own) or _help_noun(h, cue, own)
    return (SUPPORT, w) if w is not None else (None, None)


def _giving_verb(h, cue, speaker, own):
    """The giving verb that "to X" / "for X" (X: `h`) hangs on, climbing through what is given ("send aid needed
    to X", "teams from Bulgaria to X"), when it is the speaker's side's (its agent, or a clause of its own: "aid will
    be sent to X"), not negated nor criticised, and gives help (outside "to X"), has help as its purpose ("to help"),
    or gives anything at all with a give_verbs verb ("pledged $10 million to X")."""
    if h.dep_ != "pobj" or h.head.lower_ not in ("to", "for"):
        return None
    v = h.head
    for _ in range(4):
        if v.dep_ not in _GIVE_CLIMB or v.head.i == v.i:
            return None
        v = v.head
        if v.pos_ == "VERB" and listed(v, "giving_verbs"):
            break
    else:
        return None
    if not listed(v, "giving_verbs") or negated(v) or criticised(v) is not None:
        return None
    inside = {x.i for x in h.subtree}
    objs = [c for d in v.children if d.dep_ in ("dobj", "nsubjpass") for c in (d, *d.conjuncts)]   # "aid was sent to X"
    helpful = any(x.i not in inside and x.i != v.i and listed(x, "help_goods") and not negated(x) for x in v.subtree)
    purpose = any(c.dep_ in ("xcomp", "advcl") and is_in(c, "help_verbs") for c in v.children) or any(
        x.dep_ in ("xcomp", "advcl", "acl", "relcl") and is_in(x, "help_verbs") for o in objs for x in o.subtree)
    if not (helpful or purpose or (objs and is_in(v, "give_verbs"))):
        return None
    return v if own_agent(v, speaker, own) or clause_ok(v, cue, own) else None


def _help_noun(h, cue, own):
    """A help noun that "to X" / "for X" (X: `h`) hangs on, which the speaker's side owns or gives ("our offer of
    assistance to X") in a clause of its own; not an owned support ("its support for X": backing_of)."""
    p, g = up_prep(h)
    if p is None or p.lower_ not in ("to", "for") or g.pos_ != "NOUN" or not is_in(g, "help_goods") or negated(g):
        return None
    if is_in(g, "backing_nouns") and any(c.dep_ == "poss" for c in g.children):
        return None
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
