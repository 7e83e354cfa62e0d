"""Support the speaker's side gives in words of thanks, help, partnership and welcome (tried last among the rules
of stance.py's _acts, for a target no other rule decided). Each rule is a named pattern of stance_support.json,
with its example sentences and word lists:

    gratitude_to    "expressed his profound gratitude to Qatar's Emir", "I extend my sincere thanks to X",
                    "our warmest congratulations to the Sultan of Oman" -> support X
    merit_credited  "acknowledged the crucial role played by Qatar", "Qatar's valuable efforts" -> support Qatar
    help_offered    "ready to provide assistance to Turkey", "sending an expert team to Chile to help", "our offer
                    of any possible assistance" conveyed to Chile -> support the recipient
    help_asked      "asked his Turkish counterpart to let us know what we can do to help" -> support Turkey
    joint_partner   "together with the UK", "with support from Australia", "alongside the United States",
                    "in coordination with X" -> support X, when the clause is the speaker's side's
    our_partners    "its partners in the Sahel coalition", "our partners, Japan and Australia" -> support them
    valued_member   "Burkina Faso, Niger and Mali remain essential members of the Community" -> support all three
    bond_with       "his country would strengthen relations with Gulf countries", "discussed cooperation with X",
                    "the trilateral cooperation involving the United States" -> support
    welcomed_event  "welcomed the start of talks between A and B", "the visit by a B delegation to A" -> A and B
    grouped_with_us "We, Poland and the Baltic States, focus on ..." -> support the Baltic States
    welcomed_guest  "welcomed the leaders of Azerbaijan and Uzbekistan" -> support both
    backing_of      "the Kingdom's support for Yemen", "expressed its support for Niger" -> support

The speaker's side is I/we, a token of `own` (the statement's mentions of the speaker's side), a noun owned by
"our"/"my" or, in indirect speech, by "his"/"its"/"their" ("his country"), or no subject at all (the cue's own
object: "expressed his appreciation to X"). A clause whose subject is another named party ("Russia sent aid to
Syria", "Hungary voiced its support for X", said by someone else) is reported, not the speaker's: no stance.
Negation on the deciding word cancels (stance.py checks it, and hedges and nested reported speech).
"""
from __future__ import annotations

import json
from pathlib import Path

from .stance_blame import first as _first
from .stance_rules import SUPPORT, lemma, negated

__all__ = ["SUPPORT_PATTERNS", "W", "helped"]

_DATA = json.loads((Path(__file__).with_name("stance_support.json")).read_text(encoding="utf-8"))
SUPPORT_PATTERNS = _DATA["patterns"]
W = {k: frozenset(v) for k, v in _DATA.items() if isinstance(v, list)}

_FIRST = {"i", "we", "us", "our", "my"}
_ANAPHORS = {"he", "she", "it", "they", "his", "her", "its", "their"}
_OTHER_ENTS = {"GPE", "ORG", "NORP", "PERSON"}
_QUOTES = {'"', "\u201c", "\u201d", "''", "``"}


def _in(t, key: str) -> bool:
    return t.lower_ in W[key] or lemma(t) in W[key]


def _object_of(n, key: str, ok):
    """The verb of list `key` whose object is noun `n` (or the first of its list), not negated and with `ok(verb)`."""
    top = _first(n)
    if top.dep_ == "dobj" and _in(top.head, key) and not negated(top.head) and ok(top.head):
        return top.head
    return None


def _np(t):
    """The head of the noun phrase the target names: "Qatar's Emir", "the State of Qatar", "the Chilean
    government", "the leaders of X" -> Emir, State, government, leaders."""
    t = _first(t)
    for _ in range(4):
        h = t.head
        if h.i == t.i:
            break
        if t.dep_ in ("poss", "compound", "amod", "nmod") and h.pos_ in ("NOUN", "PROPN") and h.i > t.i:
            t = _first(h)
        elif t.dep_ == "pobj" and h.lower_ == "of" and (_in(h.head, "representative_nouns") or h.head.ent_type_ == "PERSON"):
            t = _first(h.head)
        elif t.dep_ == "appos":
            t = _first(h)
        else:
            break
    return t


def _other(m, own: frozenset) -> bool:
    """`m` names a party that is not the speaker's side: a proper name or a noun of a named party ("Russian forces")."""
    if m.i in own or m.lower_ in _FIRST or m.lower_ in _ANAPHORS:
        return False
    if (m.pos_ == "PROPN" or m.ent_type_ in _OTHER_ENTS) and not _in(m, "own_nouns"):
        return True
    return any(c.dep_ in ("compound", "amod", "poss") and c.i not in own and (c.pos_ == "PROPN" or c.ent_type_ in _OTHER_ENTS)
               for c in m.children)


def _owner_ok(n, own: frozenset) -> bool:
    """The noun's possessor, if any, is the speaker's side (our, my, an own mention, or a pronoun)."""
    p = next((c for c in n.children if c.dep_ == "poss"), None)
    return p is None or not _other(p, own)


def _clause_ok(w, cue, own: frozenset) -> bool:
    """The clause that holds `w` is the speaker's side's and not negated: its subject (through xcomp, acomp, conj, prepositions) is
    not another named party; the cue itself is the speaker's."""
    v, came = w, w
    for _ in range(8):
        if v.i == cue.i:
            return True
        if v.pos_ in ("VERB", "AUX") or v.dep_ == "ROOT":
            if negated(v):
                return False   # "we do not extend our thanks to X"
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "agent") and c.i != came.i), None)
            if subj is not None:
                if subj.dep_ == "agent":
                    subj = next((c for c in subj.children if c.dep_ == "pobj"), subj)
                if subj.dep_ == "nsubj" and subj.pos_ == "NOUN" and subj.i not in own and not _in(subj, "own_nouns"):
                    return False   # "the farmers appreciate ...": someone else's clause
                return subj.tag_ not in ("WP", "WDT") and not _other(subj, own)   # "delegates who pledged ..."
            if v.dep_ not in ("xcomp", "acomp", "conj", "advcl", "ccomp", "pcomp") or v.head.i == v.i:
                return True
        if v.head.i == v.i:
            return True
        came, v = v, v.head
    return True


def _strict_own(w, cue, own: frozenset) -> bool:
    """Like _clause_ok, but the subject must be the speaker's side itself (I/we, an own mention, "his country")."""
    v = w
    for _ in range(8):
        if v.i == cue.i:
            return True
        if v.pos_ in ("VERB", "AUX"):
            if negated(v):
                return False
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                if any(x.i in own for x in subj.subtree if x.i < subj.i and x.dep_ in ("compound", "amod", "nmod")):
                    return True   # "Kazakh President Toqaev", said by Kazakhstan's press service
                return subj.i in own or subj.lower_ in _FIRST or _reporter(subj) or (
                    _in(subj, "own_nouns") and any(c.dep_ in ("poss", "compound", "amod", "nmod") and (
                        c.lower_ in _FIRST | _ANAPHORS or c.i in own) for c in subj.children))
            if v.dep_ == "acl":
                return _owner_ok(v.head, own) and _clause_ok(v.head, cue, own)
            if v.dep_ not in ("xcomp", "conj", "advcl") or v.head.i == v.i:
                return False
        if v.head.i == v.i:
            return False
        v = v.head
    return False


def _reporter(m) -> bool:
    """he/she/it/they in indirect speech (no quotation mark before it in its sentence) is the speaker."""
    return m.lower_ in ("he", "she", "it", "they") and not any(
        x.text in _QUOTES for x in m.doc[m.sent.start:m.i])


def _up_prep(h):
    """(preposition, its head) of a pobj, through coordinated prepositions ("to X and to Y")."""
    if h.dep_ != "pobj":
        return None, None
    p = _first(h.head)
    return p, p.head


def _gratitude(h, cue, own):
    p, g = _up_prep(h)
    if p is None or p.lower_ not in ("to", "for"):
        return None
    return _gratitude_of(p, cue, own)


def _gratitude_of(p, cue, own):
    """The speaker's side's gratitude noun that preposition `p` ("to X", "for X") hangs on, or None."""
    g = p.head
    nouns = [g] if _in(g, "gratitude_nouns") else []
    if g.pos_ == "VERB" and _in(g, "gratitude_verbs"):
        nouns = [c for d in g.children if d.dep_ == "dobj" for c in (d, *d.conjuncts) if _in(c, "gratitude_nouns")]
    for n in nouns:
        if n.lower_ == "thanks" and p.lower_ == "to" and n.i + 1 == p.i and not any(
                c.dep_ in ("poss", "amod") for c in n.children):
            continue   # "thanks to X": because of X (stance_faults.thanks_to)
        if _owner_ok(n, own) and _clause_ok(n, cue, own) and not negated(n):
            return n
    return None


def _merit(h, cue, own):
    """The target's merit noun: "Qatar's role", "the efforts of Qatar", "the role played by Qatar"."""
    m = None
    if h.dep_ == "poss" and _in(h.head, "merit_nouns"):
        m = h.head
    elif h.dep_ == "pobj" and h.head.lower_ == "of" and _in(h.head.head, "merit_nouns"):
        m = h.head.head
    elif h.dep_ == "pobj" and h.head.dep_ == "agent" and h.head.head.dep_ == "acl" and _in(h.head.head.head, "merit_nouns"):
        m = h.head.head.head
    if m is None or negated(m):
        return None
    if any(c.dep_ in ("amod", "conj") and _in(c, "merit_adj") for c in m.children) and _clause_ok(m, cue, own):
        return m
    return _object_of(m, "credit_verbs", lambda v: _clause_ok(v, cue, own))


def _help(h, cue, own):
    p, g = _up_prep(h)
    if p is None or p.lower_ not in ("to", "for"):
        return None
    if g.pos_ == "ADP" and g.head.i != g.i:
        g = g.head   # "teams from Bulgaria to Turkey"
    if g.pos_ == "VERB" and _in(g, "send_verbs"):
        objs = [c for d in g.children if d.dep_ == "dobj" for c in (d, *d.conjuncts)]
        purpose = any(c.dep_ in ("xcomp", "advcl") and _in(c, "help_verbs") for c in g.children) or any(
            x.dep_ in ("xcomp", "advcl", "acl", "relcl") and _in(x, "help_verbs") for o in objs for x in o.subtree)
        helpful = any(_in(o, "help_nouns") or any(_in(x, "help_nouns") for x in o.subtree) for o in objs) or (
            bool(objs) and _in(g, "give_verbs"))   # "pledged $10 million to Chile": whatever is given
        if (helpful or purpose) and not negated(g) and _clause_ok(g, cue, own):
            return g
    elif _in(g, "help_nouns") and g.pos_ == "NOUN" and not negated(g):
        top = _first(g)
        if top.dep_ == "pobj" and top.head.lower_ == "of":   # "our offer of assistance to X"
            top = _first(top.head.head)
        if not _owner_ok(top, own):
            return None
        owned = any(c.dep_ == "poss" and c.lower_ not in ("his", "her") for c in top.children)
        if (owned or (top.dep_ == "dobj" and _in(top.head, "send_verbs"))) and _clause_ok(top, cue, own):
            return g
    return None


def _help_asked(h, cue, own):
    """"asked X to let us know what we can do to help": X is offered help."""
    if h.dep_ not in ("dobj", "dative") or h.head.pos_ != "VERB":
        return None
    v = h.head
    for x in v.subtree:
        if _in(x, "help_verbs") and x.dep_ in ("xcomp", "advcl") and lemma(x.head) == "do" and any(
                c.lower_ == "what" for c in x.head.children) and _clause_ok(v, cue, own):
            return x
    return None


def _joint(h, t, cue, own):
    p, g = _up_prep(h)
    if p is None:
        return None
    w = None
    if p.lower_ == "with" and (_in(g, "joint_heads") or any(_in(c, "joint_heads") for c in (*p.children, *g.children)) or (_in(g, "coordination_nouns") and g.dep_ == "pobj"
                                                          and g.head.lower_ in ("in", "with"))):
        w = g
    elif p.lower_ in W["joint_preps"]:
        w = p
    elif p.lower_ == "with" and g.dep_ == "acl" and any(c.dep_ == "amod" and _in(c, "joint_adj") for c in g.head.subtree
                                                         if c.i < g.head.i) \
            and _owner_ok(g.head, own) and _clause_ok(g.head, cue, own):
        return g   # "its joint mediation efforts undertaken with Egypt"
    elif p.lower_ in ("from", "of") and _in(g, "backing_nouns") and g.dep_ == "pobj" and _first(g).head.lower_ == "with":
        w = g   # "with support from Australia", "with the help of X"
    if w is not None and not negated(w) and _strict_own(w, cue, own):
        return w
    if p.lower_ == "of" and any(c.dep_ == "amod" and _in(c, "joint_adj") for c in g.children) and any(
            m.i in own or m.lower_ in _FIRST for m in (_first(h), *_first(h).conjuncts) if m.i != t.i):
        return g   # "through the joint efforts of China and the U.S.", said by China's side
    return None


def _partners(h, t, cue, own):
    n = h
    if t.dep_ == "conj" and h.i != t.i and _in(h, "partner_nouns"):
        pass   # "our partners, Japan and Australia"
    elif h.dep_ == "appos" and _in(h.head, "partner_nouns"):
        n = h.head
    elif h.dep_ == "pobj" and h.head.lower_ in W["partner_preps"] and _in(h.head.head, "partner_nouns"):
        n = h.head.head
    elif h.dep_ == "pobj" and h.head.lower_ == "as" and h.head.head.lower_ == "such" and _in(h.head.head.head, "partner_nouns"):
        n = h.head.head.head
    else:
        return None
    mine = any(c.dep_ == "poss" and (c.i in own or c.lower_ in _FIRST or c.lower_ in _ANAPHORS) for c in n.children)
    if mine and not negated(n) and _clause_ok(n, cue, own):
        return n
    return None


def _valued(h):
    """"Burkina Faso, Niger and Mali remain essential members", "X is a valued partner": a valued member."""
    for _ in range(4):   # the first of a list (the parser makes some of its names appositions)
        if h.dep_ not in ("conj", "appos") or h.head.i == h.i:
            break
        h = h.head
    if not h.dep_.startswith("nsubj") or lemma(h.head) not in ("be", "remain", "stay", "become") or negated(h.head):
        return None
    for a in h.head.children:
        if a.dep_ == "attr" and _in(a, "member_nouns") and not negated(a) and any(
                c.dep_ == "amod" and _in(c, "valued_adj") for c in a.children):
            return a
    return None


def _bond(h, cue, own):
    if h.dep_ == "dobj" and _in(h.head, "involve_verbs") and h.head.dep_ == "acl" and _in(h.head.head, "bond_nouns") \
            and _clause_ok(h.head.head, cue, own) and not negated(h.head.head):
        return h.head   # "reaffirmed the trilateral cooperation involving the United States"
    p, g = _up_prep(h)
    if p is None or p.lower_ != "with":
        return None
    if g.pos_ == "VERB" and _in(g, "discuss_verbs") and any(c.dep_ == "dobj" and _in(c, "bond_nouns") for c in g.children):
        return g if not negated(g) and _strict_own(g, cue, own) else None   # "discussed cooperation ... with X"
    if not _in(g, "bond_nouns"):
        return None
    if any(c.dep_ == "amod" and _in(c, "bond_adj") for c in g.children) and not negated(g) and _strict_own(g, cue, own):
        return g   # "Bratislava was interested in normal relations with Russia"
    return (_object_of(g, "bond_verbs", lambda v: _strict_own(v, cue, own))
            or _object_of(g, "discuss_verbs", lambda v: _strict_own(v, cue, own)))   # "discussed cooperation with X"


def _event(h, cue, own):
    p, e = _up_prep(h)
    if p is None:
        if h.dep_ in ("compound", "amod") and _in(h.head, "representative_nouns"):
            p, e = _up_prep(_first(h.head))   # "a senior Houthi delegation" -> the delegation's preposition
        if p is None:
            return None
    if p.lower_ not in ("between", "by", "to", "with", "of") or e.pos_ != "NOUN":
        return None
    for _ in range(2):   # "the visit by a Houthi delegation to Riyadh": the delegation's visit
        top = _first(e)
        if _in(e, "representative_nouns") and top.dep_ == "pobj" and top.head.lower_ in ("by", "of") \
                and top.head.head.pos_ == "NOUN":
            e = top.head.head
    chain, n = [e], e
    for _ in range(3):
        top = _first(n)
        if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN":
            n = top.head.head
            chain.append(n)
        else:
            break
    if not any(_in(x, "event_nouns") for x in chain) or any(negated(x) for x in chain):
        return None
    if p.lower_ == "of" and not _in(e, "event_nouns"):
        return None
    x = chain[-1]   # "welcomed the start of talks", "welcome the step taken to advance peace with the signing of a truce"
    for _ in range(7):
        v = _object_of(x, "welcome_verbs", lambda v: _clause_ok(v, cue, own))
        if v is None and x.dep_ == "pobj" and x.head.lower_ == "for" and _in(x.head.head, "gratitude_nouns"):
            v = _gratitude_of(x.head, cue, own)   # "its appreciation for the cooperation between A and B"
        if v is None and x.dep_ in ("advcl", "xcomp") and _in(x.head, "welcome_verbs") and not negated(x.head):
            v = x.head if _clause_ok(x.head, cue, own) else None
        if v is not None or x.head.i == x.i or (x.pos_ in ("VERB", "AUX") and any(
                c.dep_.startswith("nsubj") for c in x.children)):
            return v   # a clause of its own ("the report that describes the talks") ends the search
        x = x.head
    return None


def _guest(h, t, cue, own):
    if h.i == _first(t).i or not _in(h, "representative_nouns"):
        return None
    return _object_of(h, "welcome_verbs", lambda v: _clause_ok(v, cue, own))


def _grouped(t, own):
    """"We, Poland and the Baltic States, focus on ...": a target named as one of "we", after the first (the
    speaker's own side, when the entity step did not link the speaker to it)."""
    h = t
    for _ in range(4):
        if h.dep_ not in ("conj", "appos") or h.head.i == h.i:
            break
        h = h.head
        if h.lower_ in ("we", "us") and t.dep_ in ("appos", "conj") and t.head.i != h.i:
            return h   # not the first named: "We, the United States and our allies" names the speaker first
    return None


def _backing(h, cue, own):
    p, g = _up_prep(h)
    if p is None or p.lower_ not in ("for", "to", "with") or not _in(g, "backing_nouns") or g.pos_ != "NOUN" or negated(g):
        return None
    p = next((c for c in g.children if c.dep_ == "poss"), None)   # not his/her: "the senator's ... his support for X"
    if p is not None and p.lower_ not in ("his", "her") and not _other(p, own) and _clause_ok(g, cue, own):
        return g
    return None


def helped(t, cue, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object, str]:
    """(SUPPORT, deciding word, rule name) when a pattern of stance_support.json holds for the target token `t`
    (the root of its mention), else (None, None, "")."""
    if t.i in own:
        return None, None, ""
    h = _np(t)
    for why, rule in (("gratitude_to", lambda: _gratitude(h, cue, own)), ("merit_credited", lambda: _merit(h, cue, own)),
                      ("backing_of", lambda: _backing(h, cue, own)),
                      ("help_offered", lambda: _help(h, cue, own)), ("help_asked", lambda: _help_asked(h, cue, own)),
                      ("joint_partner", lambda: _joint(h, t, cue, own)), ("our_partners", lambda: _partners(h, t, cue, own)),
                      ("bond_with", lambda: _bond(h, cue, own)), ("valued_member", lambda: _valued(t)),
                      ("welcomed_event", lambda: None if t.dep_ == "amod" and lemma(t.head) != "side" else _event(h, cue, own)),
                      ("welcomed_guest", lambda: _guest(h, t, cue, own)), ("grouped_with_us", lambda: _grouped(t, own))):
        w = rule()
        if w is not None:
            return SUPPORT, w, why
    return None, None, ""
