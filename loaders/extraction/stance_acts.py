"""Stance rules for what the speaker asks of, or says against, what a target did (tried after the role rules
of stance_rules.py found nothing):

    call_for_removal    "urged X to resign", "told X to go home", "called on X to step down",
                        "called for X's resignation", "demanded that X apologise" -> oppose X
    must_answer         "X should resign", "X must stop ...", "X must be held accountable", "X is to blame",
                        "we will hold X accountable",
                        "X cannot be trusted", "X must respect Iraq's sovereignty" (norm_verbs, norm_nouns)
                        -> oppose X (what the speaker says X must do or undergo)
    unneeded            "we do not need X's help", "does not need assistance from X" (help_nouns) -> oppose X
    object_clause       "I disagree with what X said", "we condemn what X did" -> oppose X;
                        "we welcome what X has done" -> support X
    none_better_than    "there is no one tougher than X", "nobody is more honest than X" -> the adjective's
                        evaluation (the negation here is the praise, not a cancelling one)
    wish_for            "hopes that X wins", "prays that X ends up the nominee" -> support X; "hopes X loses"
                        -> oppose X (the speaker's wish about the target's success)
    name_calling        cue "called": "called X 'the orange prince'", "called X's plan 'voodoo economics'"
                        -> the complement's evaluation, or oppose for a quoted nickname with none

Word lists in stance_lexicon.json: wish_verbs, success_verbs, failure_verbs, demand_verbs, removal_verbs, removal_nouns, against_verbs, support_verbs.
"""
from __future__ import annotations

from .stance_rules import L, OPPOSE, SUPPORT, adj_or_noun_polarity, lemma, negated, own_agent
from .stance_blame import authority_owner
from .stance_words import _adj_polarity_word

# removal verbs that need their particle: "step down", "go home", "get out", "shut up", "drop out", "back off"
_PARTICLES = {"step": {"down", "aside"}, "go": {"home", "away"}, "get": {"out", "lost"}, "shut": {"up"},
              "drop": {"out"}, "back": {"off", "down"}, "leave": None, "stop": None}
_QUOTES = {'"', "“", "”", "'", "‘", "’", "''", "``"}


def _removal(v) -> bool:
    lem = lemma(v)
    if lem not in L["removal_verbs"] or negated(v):
        return False
    need = _PARTICLES.get(lem)
    return need is None or any(c.lower_ in need for c in v.children if c.dep_ in ("prt", "advmod", "prep", "dobj"))


def call_for_removal(t) -> tuple[str | None, object]:
    """The target is asked to go, resign, apologise: the speaker calls for action against it."""
    h = t.head
    if t.dep_ in ("dobj", "nsubj") and lemma(h) in L["demand_verbs"] | L["removal_verbs"]:
        # "urged X to resign" (X dobj, resign xcomp); "want X to leave" (X nsubj of the infinitive)
        v = h if t.dep_ == "nsubj" else next((c for c in h.children if c.dep_ in ("xcomp", "ccomp")), None)
        if v is not None and _removal(v) and (t.dep_ == "dobj" or (
                h.dep_ in ("ccomp", "xcomp") and lemma(h.head) in L["demand_verbs"]
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children))):
            return OPPOSE, v
    if t.dep_ == "pobj" and h.lower_ == "on" and lemma(h.head) == "call":   # "called on X to step down"
        v = next((c for c in h.head.children if c.dep_ in ("xcomp", "ccomp")), None)
        if v is not None and _removal(v):
            return OPPOSE, v
    if t.dep_ == "poss" and lemma(h) in L["removal_nouns"]:   # "called for X's resignation"
        g = h.head
        if (h.dep_ == "pobj" and g.lower_ == "for" and lemma(g.head) in L["demand_verbs"]) or \
                (h.dep_ == "dobj" and lemma(g) in L["demand_verbs"] | {"seek"}):
            return OPPOSE, h
    if t.dep_ == "nsubj" and _removal(h) and h.dep_ == "ccomp" and lemma(h.head) in (L["demand_verbs"] - {"tell"}) | {"insist"} \
            and not any(c.dep_ == "aux" and lemma(c) in ("will", "would", "be") for c in h.children):
        return OPPOSE, h   # "demanded that X resign"
    return None, None


_MUST = {"should", "must", "ought", "has", "have", "needs", "need"}
_LIABLE = {"accountable", "responsible", "liable"}


def must_answer(t) -> tuple[str | None, object]:
    """The target is told what it must do or undergo: resign, stop, be held accountable; or is to blame, or
    cannot be trusted (a negated trust of the target as passive subject is distrust, not a cancelled stance)."""
    t = authority_owner(t)   # "the Ostlandic side must apologise"
    if not t.dep_.startswith("nsubj"):
        return None, None
    v = t.head
    if t.dep_ == "nsubj" and lemma(v) in ("have", "need") and not negated(v):   # "X has to apologise", X its subject
        v = next((c for c in v.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), v)
    modal = any(c.dep_ == "aux" and c.lower_ in _MUST for c in v.children) or \
        (v.dep_ == "xcomp" and lemma(v.head) in ("have", "need"))   # "X has to go"
    if t.dep_ == "nsubj" and modal and _removal(v):
        return OPPOSE, v
    if t.dep_ == "nsubj" and modal and lemma(v) in L["norm_verbs"] and not negated(v) and any(   # "X must respect
            lemma(o) in L["norm_nouns"] for c in v.children if c.dep_ in ("dobj", "prep")   # Iraq's sovereignty"
            for o in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"])):
        return OPPOSE, v
    if t.dep_ == "dobj" and lemma(v) == "hold" and not negated(v) and any(   # "we will hold X accountable"
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in _LIABLE for c in v.children):
        return OPPOSE, v
    if t.dep_ == "nsubj" and v.lower_ in _LIABLE and v.dep_ in ("ccomp", "oprd", "xcomp") and lemma(v.head) == "hold" \
            and not negated(v.head):   # the same, parsed with X as the adjective's subject
        return OPPOSE, v.head
    if t.dep_ == "nsubjpass" and lemma(v) == "hold" and any(
            c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in _LIABLE for c in v.children):
        return (None, None) if negated(v) else (OPPOSE, v)
    if lemma(v) == "be" and any(c.dep_ == "xcomp" and lemma(c) == "blame" for c in v.children) and not negated(v):
        return OPPOSE, v   # "X is to blame"
    if t.dep_ == "nsubjpass" and lemma(v) in ("trust", "believe", "rely") and negated(v):
        return OPPOSE, v   # "X cannot be trusted"
    return None, None


def object_clause(t, speaker: str | None) -> tuple[str | None, object]:
    """The target is the subject of a clause the speaker acts against or for: "disagree with what X said"."""
    if not t.dep_.startswith("nsubj"):
        return None, None
    v = t.head
    if v.dep_ not in ("pcomp", "ccomp", "dobj", "pobj", "xcomp") or not any(
            c.tag_ in ("WP", "WDT", "WRB") for c in v.subtree):
        return None, None
    g = v.head
    if v.dep_ == "pcomp" and g.lower_ == "with" and lemma(g.head) == "disagree":
        return (None, None) if negated(g.head) else (OPPOSE, g.head)
    if v.dep_ == "pcomp":
        g = g.head if g.lower_ in ("to", "about", "at", "over", "against", "for") else None
    if g is None or negated(g) or not (own_agent(g, speaker) or any(
            c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in g.children)):   # "she condemned what X did"
        return None, None
    if lemma(g) in L["against_verbs"] or lemma(g) in L["cue_oppose"]:
        return OPPOSE, g
    if lemma(g) in L["support_verbs"] or lemma(g) in L["cue_support"]:
        return SUPPORT, g
    return None, None


_NOBODY = {"nobody", "noone", "none"}


def none_better_than(t) -> tuple[str | None, object]:
    """X is the standard no one else reaches: 'no one tougher than X' supports X, 'no one worse than X' opposes."""
    if t.dep_ != "pobj" or t.head.lower_ != "than":
        return None, None
    adj = t.head.head
    if adj.pos_ == "VERB" or adj.pos_ == "AUX":   # "no one has been better ... than X": the comparative is its acomp
        adj = next((c for c in adj.children if c.dep_ == "acomp"), adj)
    if adj.pos_ != "ADJ" or not (adj.tag_ == "JJR" or any(c.lower_ == "more" for c in adj.children)):
        return None, None
    clause = [adj, adj.head, *adj.head.children, *adj.children]
    if not any(w.lower_ in _NOBODY or (w.lower_ == "one" and any(c.lower_ == "no" for c in w.children)) for w in clause):
        return None, None
    pol = adj_or_noun_polarity(adj)
    return (pol, adj) if pol else (None, None)


def compared_worse(t) -> tuple[str | None, object]:
    """X is what something else beats: "he's got to be better than Hillary", "more honest than X" -> oppose X
    (a praising comparative whose standard is the target); not when no one reaches it (none_better_than),
    nor negated ("not better than X"), nor a pronoun ("more transparent than her": whose is a guess)."""
    if t.dep_ != "pobj" or t.head.lower_ != "than" or t.pos_ == "PRON":
        return None, None
    adj = t.head.head
    if adj.pos_ in ("VERB", "AUX"):
        adj = next((c for c in adj.children if c.dep_ == "acomp"), adj)
    if adj.pos_ != "ADJ" or not (adj.tag_ == "JJR" or any(c.lower_ == "more" for c in adj.children)):
        return None, None
    clause, h = [adj, *adj.children], adj
    for _ in range(3):   # "there has never been a man more qualified than X": the negation may sit higher up
        if h.head.i == h.i or h.dep_ in ("ccomp", "advcl", "relcl"):
            break
        h = h.head
        clause += [h, *h.children]
    if any(w.lower_ in _NOBODY or w.lower_ in ("no", "never", "rather") or w.dep_ == "neg" for w in clause):
        return None, None
    base = "good" if adj.lower_ in ("better", "best") else adj
    pol = _adj_polarity_word(base) if isinstance(base, str) else adj_or_noun_polarity(adj)
    return (OPPOSE, adj) if pol == SUPPORT else (None, None)


def name_calling(doc, cue_i: int, run: list[int], hi: int) -> tuple[str | None, object]:
    """Cue "called": the complement after the object ("called X 'unhinged'") evaluates the target, which must
    be (in) the object, before the complement; a quoted nickname with no evaluative word opposes."""
    cue = doc[cue_i]
    if lemma(cue) != "call" or negated(cue) or run[0] < cue_i or any(doc[k].text in _QUOTES for k in range(cue_i, run[0])):
        return None, None   # "called him 'ISIS' best recruiter'": a target inside the nickname is not its object
    q = next((k for k in range(run[-1] + 1, hi) if doc[k].text in _QUOTES), None)
    words = range(q + 1 if q is not None else run[-1] + 1, hi)
    if any(doc[k].lower_ in ("for", "on", "off") for k in range(cue_i + 1, run[0])):   # "called for", "called on"
        return None, None
    t = doc[run[-1]]
    for _ in range(8):   # the target is (in) the object: not a place or partner named in it ("drills in X")
        if t.i == cue_i or t.head.i == t.i:
            break
        if t.dep_ == "pobj" and t.head.lower_ not in ("of", "by", "from"):
            return None, None
        t = t.head
    for k in words:
        pol = adj_or_noun_polarity(doc[k])
        if pol:
            return pol, doc[k]
    if q is not None and len(words) >= 2 and q - run[-1] <= 3:
        return OPPOSE, doc[q + 1]
    return None, None


def wish_for(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The speaker wishes the target success or failure: "I hope X wins" (support), "hope X loses" (oppose)."""
    if t.dep_ != "nsubj":
        return None, None
    v, w = t.head, t.head.head
    if v.dep_ != "ccomp" or (lemma(w) not in L["wish_verbs"] and w.lower_ not in L["wish_verbs"]) or negated(w) or negated(v) or not own_agent(w, speaker, own):
        return None, None
    lem = lemma(v)
    if lem in L["success_verbs"]:
        return SUPPORT, v
    if lem in L["failure_verbs"]:
        return OPPOSE, v
    return None, None


def unneeded(t) -> tuple[str | None, object]:
    """The speaker's side does not need the target or its help: "Iraq does not need Ankara's help", "does not
    need assistance from Turkey", "it does not need Turkey at all" (help_nouns) -> oppose."""
    n = t.head if t.dep_ in ("poss", "pobj") else t
    if t.dep_ == "pobj" and (t.head.lower_ not in ("from", "of") or lemma(t.head.head) not in L["help_nouns"]):
        return None, None
    if t.dep_ == "pobj":
        n = t.head.head
    elif t.dep_ == "poss" and lemma(n) not in L["help_nouns"]:
        return None, None
    v = n.head
    if n.dep_ == "nsubj" and v.dep_ in ("advcl", "xcomp", "ccomp"):   # "need Ankara's help dealing with ...",
        v = v.head                                                     # parsed with the help as the subject
    elif n.dep_ != "dobj":
        return None, None
    return (OPPOSE, v) if lemma(v) == "need" and negated(v) else (None, None)
