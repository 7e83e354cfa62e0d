"""Stance rules for wire news about states, alliances and armed groups (tried after the role rules of
stance_rules.py and the rules of stance_acts.py / stance_faults.py found nothing):

    hostile_view    "Morland does not see us as a partner but as an adversary", "Ostland treats us as an enemy"
                    -> oppose the subject (it casts the speaker's side as its enemy)
    judged_deed     "we condemn the strike by Russia on the town" (the parser hangs "by X" on the verb), "we
                    applaud the steps taken by Japan" -> the verb's stance toward X, when the speaker's side judges;
                    the target's merit credited: "acknowledged the crucial role played by Qatar", "Qatar's
                    valuable efforts" -> support Qatar (not "Russia acknowledged ...", said by another)
    counter_compound "the counter-ISIS campaign", "an anti-IS coalition" -> oppose the target after the hyphen
                    (on a campaign-like noun: counter_heads; "anti-Iran statement" says nothing)
    refrain_call    "urged X to refrain from stirring up trouble", "we advise X not to undermine peace", "X should
                    refrain from provocations", "urged X's authorities to put an end to provocations" -> oppose X
                    (asked to stop, or not to do, something harmful)
    named_as        "X must be recognised as a terrorist state", "X was designated a terrorist group" -> the
                    complement's evaluation of the passive subject (naming_verbs)
    retaliation     "we will respond to Calvania's sanctions", "warned of a firm response to manoeuvres by
                    Calvania", "Ostland will retaliate against the expulsion ordered by Calvania" -> oppose X
                    (the speaker's side answers what X did; "in response to X's question" is no retaliation)

The partner of strengthened relations ("we want to strengthen relations with Ostland") is read by
stance_words._is_joint with the lexicon's bond_verbs. Word lists in stance_lexicon.json: view_verbs,
hostile_roles, retaliation_words, retaliation_objects, counter_heads, stop_verbs with demand_verbs, authority_nouns,
naming_verbs (written by hand for this project); merit_nouns, merit_adj, credit_verbs in stance_support.json
(judged_deed's named pattern and examples). The welcome of an act of the target is stance_welcomes.py's.
"""
from __future__ import annotations

from .stance_blame import authority_owner, first as _first
from .stance_help_clause import clause_ok, is_in, noun_phrase, object_of
from .stance_words import _adj_polarity, _noun_polarity, listed
from .stance_rules import L, OPPOSE, SUPPORT, lemma, negated, own_agent

_US = {"us", "me"}


_BUT = {"but", "rather", "instead"}


def hostile_view(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The target, subject of a view verb, casts the speaker's side ("us", or a mention of the speaker's side)
    as an adversary; a negated verb counts only with "but as an adversary" ("not as a partner but ...")."""
    t = _first(t)
    v = t.head
    if t.dep_ != "nsubj" or lemma(v) not in L["view_verbs"]:
        return None, None
    words = v.doc[v.i + 1:min(v.i + 10, v.sent.end)]
    if not any(w.lower_ in _US or w.i in own for w in words[:4]):
        return None, None
    for k, w in enumerate(words):
        if lemma(w) in L["hostile_roles"] and w.pos_ == "NOUN":
            contrast = any(x.lower_ in _BUT for x in words[max(0, k - 3):k])
            if negated(w) or (negated(v) and not contrast):
                return None, None
            return OPPOSE, w
    return None, None


def _answered(t):
    """The deed of the target that something answers: 'X's sanctions', 'the X decision', 'manoeuvres by X'."""
    h = t.head
    if t.dep_ in ("poss", "compound", "amod", "nmod") and h.pos_ == "NOUN":
        n = h
    elif t.dep_ == "pobj" and h.lower_ in ("by", "from", "of") and h.head.pos_ == "NOUN":
        n = h.head
    else:
        return None
    if n.dep_ == "conj":
        n = n.head
    return n if listed(n, "retaliation_objects") else None


def retaliation(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The speaker's side responds to (or retaliates against) what the target did."""
    n = _answered(_first(t))
    if n is None or n.dep_ != "pobj" or n.head.lower_ not in ("to", "against", "for"):
        return None, None
    g = n.head.head
    if lemma(g) not in L["retaliation_words"] or negated(g):
        return None, None
    if g.pos_ == "VERB":
        return (OPPOSE, g) if own_agent(g, speaker, own) else (None, None)
    if g.dep_ == "pobj" and g.head.lower_ == "in" and lemma(g) in ("response", "reply", "answer"):
        return None, None   # "in response to X's request": only a sequence ("in retaliation for" stays)
    if any(c.dep_ == "poss" and c.lower_ not in ("our", "my") and c.i not in own for c in g.children):
        return None, None   # "Ostland's response to Calvania's move": a third party's answer
    return OPPOSE, g


def judged_deed(t, cue, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """(polarity, deciding word) when the speaker's side judges a deed of the target (_deed_by) or credits its
    merit (_merit)."""
    pol, w = _deed_by(t, speaker, own)
    if pol is None and t.i not in own:
        w = _merit(noun_phrase(t), cue, own)
        pol = SUPPORT if w is not None else None
    return pol, w


def _merit(h, cue, own):
    """The target's merit noun ("Qatar's role", "the efforts of Qatar", "the role played by Qatar") with a praising
    adjective, or the object of a crediting verb, in a clause of the speaker's side."""
    m = None
    if h.dep_ == "poss" and is_in(h.head, "merit_nouns"):
        m = h.head
    elif h.dep_ == "pobj" and h.head.lower_ == "of" and is_in(h.head.head, "merit_nouns"):
        m = h.head.head
    elif h.dep_ == "pobj" and h.head.dep_ == "agent" and h.head.head.dep_ == "acl" and is_in(h.head.head.head, "merit_nouns"):
        m = h.head.head.head
    if m is None or negated(m):
        return None
    if any(c.dep_ in ("amod", "conj") and is_in(c, "merit_adj") for c in m.children) and clause_ok(m, cue, own):
        return m
    return object_of(m, "credit_verbs", lambda v: clause_ok(v, cue, own))


def _deed_by(t, speaker, own):
    """"by X" hung on a judging verb that has its own object before it, or the doer of a participle on that
    object: X did what the speaker judges."""
    t = _first(t)
    if t.dep_ in ("amod", "compound", "poss") and lemma(t.head) in L["collective_nouns"]:
        t = _first(t.head)   # "the efforts exerted by the Chinese leadership": X's people did it
    t = authority_owner(t)   # "the operations carried out by the Turkish forces"
    h = t.head
    if t.dep_ != "pobj" or h.lower_ != "by":
        return None, None
    v = h.head
    if h.dep_ == "agent" and v.dep_ == "acl" and v.head.dep_ == "dobj":   # "applaud the steps taken by X"
        h, v = v.head, v.head.head
    elif h.dep_ == "agent" and v.dep_ == "acl" and _unlinked_judge(v.head) is not None:
        j = _unlinked_judge(v.head)   # "rejects, and strongly condemns, the operations carried out by X" (the
        pol = SUPPORT if lemma(j) in L["cue_support"] else OPPOSE   # parser hung the deed on another word)
        return (pol, j) if not negated(j) and own_agent(j, speaker, own) else (None, None)
    elif h.dep_ != "prep":
        return None, None
    if v.pos_ != "VERB":
        return None, None
    lem = lemma(v)
    pol = SUPPORT if lem in L["cue_support"] else OPPOSE if lem in L["cue_oppose"] else None
    if pol is None or negated(v) or not any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i <= h.i for c in v.children):
        return None, None
    return (pol, v) if own_agent(v, speaker, own) else (None, None)


def _unlinked_judge(n):
    """The judging verb (cue_oppose / cue_support) right before the noun `n` that the parser left without an
    object: "strongly condemns, the military operations ..."; None if another word comes between."""
    for k in range(n.i - 1, n.sent.start - 1, -1):
        w = n.doc[k]
        if w.pos_ in ("DET", "ADJ", "PUNCT", "NUM") or w.dep_ in ("amod", "compound", "det", "punct", "nummod"):
            continue
        lem = lemma(w)
        if w.pos_ == "VERB" and (lem in L["cue_oppose"] or lem in L["cue_support"]) \
                and not any(c.dep_ == "dobj" for c in w.children):
            return w
        return None
    return None


def counter_compound(doc, run: list[int]) -> tuple[str | None, object]:
    """The mention follows "counter-" or "anti-" inside a campaign-like noun: "the counter-ISIS campaign"."""
    k = run[0]
    if k < 2 or doc[k - 1].text not in ("-", "\u2011") or doc[k - 2].lower_ not in ("counter", "anti"):
        return None, None
    head = doc[run[-1]]
    while head.dep_ in ("amod", "compound", "nmod") and head.head.i > head.i and head.head.i - run[-1] <= 3:
        head = head.head
    if head.i == run[-1] or not listed(head, "counter_heads"):
        return None, None
    return (None, None) if negated(head) or negated(head.head) else (OPPOSE, head)   # "we do not back the anti-X drive"


_MODALS = {"should", "must", "ought", "need", "needs"}


def _asked(t):
    """What the target is asked to do: "urged X to ...", "called on X to ...", "X should ..."."""
    h = t.head
    if t.dep_ == "dobj" and lemma(h) in L["demand_verbs"] | {"advise", "warn"} and not negated(h):
        return next((c for c in h.children if c.dep_ in ("xcomp", "ccomp") and c.i > t.i), None)
    if t.dep_ == "pobj" and h.lower_ == "on" and lemma(h.head) == "call":
        return next((c for c in h.head.children if c.dep_ in ("xcomp", "ccomp")), None)
    if t.dep_ == "nsubj" and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in h.children):
        return h
    if t.dep_ == "nsubj" and h.dep_ == "ccomp" and lemma(h.head) in L["demand_verbs"] and not negated(h.head) \
            and not any(c.dep_ == "aux" and lemma(c) in ("will", "would", "be", "have") for c in h.children):
        return h   # "demanded that X cease hostilities"
    return None


def _stops(v) -> bool:
    """A stop verb, or "put an end to"."""
    return lemma(v) in L["stop_verbs"] or (lemma(v) == "put" and any(c.dep_ == "dobj" and c.lower_ == "end" for c in v.children))


def refrain_call(t) -> tuple[str | None, object]:
    """The target (or its authorities: "urged Ostlandic authorities to stop ...") is asked to stop, refrain
    from, put an end to, or not to do something harmful."""
    v = _asked(authority_owner(_first(t)))
    if v is None or not (_stops(v) and not negated(v) or negated(v) and not _stops(v)):
        return None, None
    if _stops(v) and any(c.dep_ == "dobj" and lemma(c) != "end" for c in v.children):
        return OPPOSE, v   # "cease its support for the rebels", "withdraw its troops": what the target does
    for w in v.subtree:
        if (lemma(w) in L["harm_verbs"] or listed(w, "neg_nouns")
                           or lemma(w) in L["neg_adj"]):
            return OPPOSE, v
    return None, None


def named_as(t) -> tuple[str | None, object]:
    """The target, passive subject of a naming verb, is named as something good or bad."""
    t = _first(t)
    v = t.head
    if t.dep_ != "nsubjpass" or lemma(v) not in L["naming_verbs"] or negated(v):
        return None, None
    for c in v.children:
        comp = c if c.dep_ in ("dobj", "oprd", "attr", "xcomp") else next(
            (p for p in c.children if p.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "as" else None
        if comp is None or negated(comp):
            continue
        pol = _adj_polarity(comp) if comp.pos_ == "ADJ" else _noun_polarity(comp)
        if pol:
            return pol, comp
    return None, None
