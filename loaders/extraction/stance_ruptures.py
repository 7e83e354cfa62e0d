"""Stance rules for backing and breaking with a target, read from the statement's own verbs (tried with the rules
of stance_acts.py, after the role rules of stance_rules.py found nothing; each returns (polarity, deciding word)):

    criticised_backer   the named backer of support the speaker criticises: "expressed regret over U.S. support for
                        X", "condemned Ostland's backing of the rebels", "it is wrong that Ostland supports X"
                        -> oppose the backer (the beneficiary gets no support: stance_backing.criticised)
    arms_group          a named third party arms, bankrolls or harbours a group that is not a state (whatever type
                        the entity step gave it), or does two of hosts / trains / finances / funds ...: "It is
                        Ostland that hosts, arms and finances the Front" -> oppose the backer (an accusation; not
                        said by an unaffiliated speaker)
    side_thanks         the speaker's side thanks, welcomes or praises the target, the tagger having taken the verb
                        for a noun: "the Government of Thailand thanks Prime Minister X" -> support X
    protects            the speaker's side will not allow harm to the target: "Egypt will not allow anyone to
                        threaten Somalia", "we will not tolerate attacks on X" -> support X
    severed_ties        the speaker's side breaks with the target: "Ostland has severed diplomatic relations with
                        X", "will keep the border with X closed", "announced the closure of the border with X"
                        -> oppose X
    left_body           the speaker's side leaves the target: "announced their immediate withdrawal from X", "we will
                        withdraw from X" -> oppose X (not a withdrawal of troops from X, nor a third party's)
    continued_deed      "X has never stopped carrying out hostile actions", "X keeps violating the truce" -> oppose X
                        ('never stopped' is no negation of the deed)
    unmet_terms         "X does not fulfil the terms of the agreement", "X failed to honour its commitments"
                        -> oppose X
    cue_frame           a target named outside the statement's content but inside its cue's own object phrase is
                        read by the role rules: 'expressed his appreciation to X "for facilitating the talks"',
                        'extended the UN's full support to X "for ..."' (not the cue's subject phrase, nor a clause
                        of its own); the rule recorded is the role rule's, else stance_given.gratitude_to's
    condition_demand    "no space for mediation unless X retracts its illegal deal", "no talks until X withdraws its
                        troops" -> oppose X (what X must undo is the demand; the hedge is its form)

Tried in their order with these (backing_acts): stance_given.py's help_offered and gratitude_to (help sent and
thanks conveyed to the target) and stance_allies.py's rules.

Word lists in stance_lexicon.json: arming_verbs, arming_core, thank_forms, tolerance_verbs, harm_verbs,
against_verbs, violent_verbs, victim_nouns, rupture_verbs, rupture_objects, rupture_nouns, closed_words,
aspect_verbs, stop_verbs, fulfil_verbs, terms_nouns, retract_verbs, exit_words (written by hand for this project).
"""
from __future__ import annotations

from .stance_allies import allied_act, backs_group, described_as, regretted_act
from .stance_backing import criticised, voiced_by_other
from .stance_blame import first
from .stance_deeds import _doer_noun, _hostile_act
from .stance_given import gratitude_to, help_offered
from .stance_rules import L, OPPOSE, SUPPORT, _is_speaker, from_role, lemma, negated, own_agent
from .stance_words import cancelled, listed

_SUBJECTS = ("nsubj", "nsubjpass")


def criticised_backer(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The target owns or does support that the speaker (not a third party) criticises."""
    t = first(t)
    if _is_speaker(t, speaker, own):
        return None, None
    g = t.head
    if t.dep_ == "pobj" and t.head.lower_ in ("by", "from"):   # "the support given by X", "aid from X to Y"
        g = t.head.head
        if g.dep_ == "acl" and g.head.pos_ == "NOUN":
            g = g.head
    elif t.dep_ not in ("poss", "compound", "amod", "nmod", "nsubj"):
        return None, None
    backing = listed(g, "support_for_nouns") or listed(g, "arming_verbs") or (
        g.pos_ == "VERB" and lemma(g) in L["support_verbs"])
    if not backing or (t.dep_ == "nsubj" and g.pos_ not in ("VERB", "AUX")):
        return None, None
    w = criticised(g)
    if w is None or voiced_by_other(w, lambda c: _is_speaker(c, speaker, own)):
        return None, None   # "Russia condemned U.S. support for X": Russia's criticism, not the speaker's
    return OPPOSE, w


def arms_group(t, types: dict, at, sided: bool, speaker: str | None, own: frozenset) -> tuple[str | None, object]:
    """A named third party (not the speaker's side) arms a group: read on the words after the mention, since the
    tagger often takes "arms", "hosts", "finances" for nouns."""
    if not sided or _is_speaker(t, speaker, own):
        return None, None
    doc, name, end = t.doc, at[t.i], min(len(t.doc), len(at))   # `at` reaches the statement's end only
    k = t.i
    while k + 1 < end and at[k + 1] == name:
        k += 1
    words, j = [], k + 1
    while j < min(end, k + 9):   # "X (also) arms", "It is X that hosts, arms and finances", "X, which funds"
        w = doc[j]
        if at[j] is not None:
            break
        if w.lower_ in L["negators"] or w.text in (".", ";", ":", "?", "!"):
            return None, None
        if w.lower_ in L["arming_verbs"]:
            words.append(w)
        elif words and w.lower_ not in (",", "and", "also", "openly", "continues", "to"):
            break
        j += 1
    core = any(w.lower_ in L["arming_core"] for w in words)
    if not words or not (core or len(words) >= 2):
        return None, None
    while j < min(end, k + 14) and at[j] is None and doc[j].text not in (".", ";", "?", "!"):
        j += 1   # to the group armed: the next mention
    group = at[j] if j < end else None
    if group is None or group == name or types.get(group) == "State" or _is_speaker(doc[j], speaker, own):
        return None, None
    return OPPOSE, words[0]


def side_thanks(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """"the Government of Thailand thanks X": a thanking word (noun-tagged too) whose subject is the speaker's side."""
    t = first(t)
    h = t.head
    if t.dep_ not in ("dobj", "dative") or h.lower_ not in L["thank_forms"] or negated(h):
        return None, None
    subj = [c for c in h.children if c.dep_ == "nsubj"]
    if subj and _is_speaker(subj[0], speaker, own):
        return SUPPORT, h
    return None, None


def _harm(v) -> bool:
    lem = lemma(v)
    return lem in L["harm_verbs"] or lem in L["violent_verbs"] or lem in L["against_verbs"]


def protects(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The target is the object of harm (a verb or a victim_nouns deed on it) that the speaker's side refuses to
    allow or tolerate."""
    t = first(t)
    x = t.head
    if t.dep_ == "pobj" and x.lower_ in ("on", "against", "to") and lemma(x.head) in L["victim_nouns"]:
        x = x.head   # "attacks on X", "any threat to X"
    elif not (t.dep_ == "dobj" and _harm(x)):
        return None, None
    a = x.head
    nobody = any(c.dep_ == "nsubj" and (negated(c) or c.lower_ in ("nobody", "none")) for c in x.children)
    if x.dep_ not in ("xcomp", "ccomp", "dobj") or lemma(a) not in L["tolerance_verbs"] or not (negated(a) or nobody):
        return None, None   # "will not allow anyone to threaten X", "will allow no one to threaten X"
    return (SUPPORT, a) if own_agent(a, speaker, own) else (None, None)


def severed_ties(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The speaker's side severs relations with, or closes its border to, the target."""
    t = first(t)
    if t.dep_ != "pobj" or t.head.lower_ not in ("with", "to", "from"):
        return None, None
    n = t.head.head
    if listed(n, "rupture_nouns") and not negated(n) and any(   # "the closure of the border with X" (the parser
            c.dep_ == "prep" and c.lower_ == "of" and any(listed(x, "rupture_objects") for x in c.children)
            for c in n.children):                                 # may hang "with X" on the closure)
        return OPPOSE, n
    if not listed(n, "rupture_objects"):
        return None, None
    v = n.head
    if n.dep_ == "pobj" and v.lower_ == "of" and listed(v.head, "rupture_nouns") and not negated(v.head):
        return OPPOSE, v.head   # "the closure of the border with X" (the speaker announces or decides it)
    if negated(v) or (n.dep_ != "nsubj" and not own_agent(v, speaker, own)):   # "the border with X remains closed"
        return None, None
    if n.dep_ in ("dobj", "nsubjpass") and lemma(v) in L["rupture_verbs"]:
        return OPPOSE, v   # "severed relations with X", "relations with X were suspended"
    if n.dep_ in ("dobj", "nsubj") and lemma(v) in ("keep", "leave", "remain", "stay") and any(
            c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and c.lower_ in L["closed_words"] for c in v.children):
        return OPPOSE, v   # "keep the border with X closed", "the border with X remains closed"
    return None, None


def left_body(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """"withdrawal from X" owned by the speaker's side, or "withdraw from X" done by it, with nothing withdrawn."""
    t = first(t)
    if t.dep_ != "pobj" or t.head.lower_ != "from" or not listed(t.head.head, "exit_words"):
        return None, None
    w = t.head.head
    if negated(w) or any(c.dep_ in ("dobj", "prt") and c.lower_ != "out" or (c.dep_ == "prep" and c.lower_ == "of")
                         for c in w.children):
        return None, None   # "withdrawal of troops from X", "withdraw its forces from X"
    if w.pos_ == "VERB":
        return (OPPOSE, w) if own_agent(w, speaker, own) else (None, None)
    owner = [c for c in w.children if c.dep_ == "poss"]
    if owner and (owner[0].lower_ in ("our", "their", "its") or _is_speaker(owner[0], speaker, own)) and (
            w.dep_ != "dobj" or own_agent(w.head, speaker, own)):
        return OPPOSE, w
    return None, None


def continued_deed(t, speaker: str | None, own: frozenset = frozenset()) -> tuple[str | None, object]:
    """The target goes on with a hostile deed: an aspect verb ("continues", "keeps") or a negated stop ("has never
    stopped", "did not cease") over it."""
    n = _doer_noun(t)
    v = n.head
    if n.dep_ != "nsubj" or own_agent(v, speaker, own):
        return None, None
    going_on = (lemma(v) in L["aspect_verbs"] and not negated(v)) or (lemma(v) in L["stop_verbs"] and negated(v))
    if not going_on:
        return None, None
    for c in v.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB":
            w = _hostile_act(c)
            if w is not None:
                return OPPOSE, w
    return None, None


def unmet_terms(t) -> tuple[str | None, object]:
    """The target does not keep (or failed / refuses to keep) the terms of an agreement or its commitments."""
    n = first(t)
    v = n.head
    if n.dep_ != "nsubj":
        return None, None
    failed = lemma(v) in ("fail", "refuse")
    for x in ([c for c in v.children if c.dep_ == "xcomp"] if failed else [v]):
        if lemma(x) not in L["fulfil_verbs"] or (negated(x) == failed):
            continue   # "failed to honour" and "does not honour" are unmet; "failed not to" is neither
        objs = [c for c in x.children if c.dep_ == "dobj"] + [
            p for c in x.children if c.dep_ == "prep" and c.lower_ in ("with", "by", "to") for p in c.children]
        if any(listed(o, "terms_nouns") for o in objs):
            return OPPOSE, v
    return None, None


def condition_demand(t) -> tuple[str | None, object]:
    """The target must undo something before the speaker's side moves: "unless/until X retracts / withdraws ..."."""
    n = first(t)
    v = n.head
    if n.dep_ != "nsubj" or v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("unless", "until")
                                                         for c in v.children):
        return None, None
    if lemma(v) not in L["retract_verbs"] or negated(v) or not any(c.dep_ in ("dobj", "prt") for c in v.children):
        return None, None
    return OPPOSE, v.head


_FRAME_REACH = 40   # tokens either side of the cue: the frame is the cue's own phrase (and the scan stays linear)
_OFF_FRAME = {"nsubj", "nsubjpass", "ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "xcomp"}


def cue_frame(cue, lo: int, hi: int, at, name: str, speaker: str | None, own: frozenset,
              sided: bool) -> tuple[str | None, str]:
    """(polarity, rule) of the target's mention in the cue's own phrase outside the content [lo, hi)."""
    doc, sent = cue.doc, cue.sent
    for k in range(max(sent.start, cue.i - _FRAME_REACH), min(sent.end, cue.i + _FRAME_REACH, len(at))):
        if lo <= k < hi or at[k] != name or (k > 0 and at[k - 1] == name):
            continue
        e = k
        while e + 1 < len(doc) and at[e + 1] == name:
            e += 1
        r = next((doc[j] for j in range(k, e + 1) if not k <= doc[j].head.i <= e), doc[e])
        node = r
        for _ in range(7):   # the mention hangs on the cue through its object phrase only
            if node.i == cue.i or node.dep_ in _OFF_FRAME or node.head.i == node.i:
                break
            node = node.head
        if node.i != cue.i or r.head.i == cue.i:
            continue   # the cue's direct object is the cue rule's
        pol, w, why = from_role(r, speaker, own, sided)
        if not pol:
            (pol, w), why = gratitude_to(r, cue, speaker, own), "gratitude_to"
        if pol and not cancelled(w, lo, hi, cue.i):
            return pol, why
    return None, ""


def backing_acts(r, cue, speaker: str | None, own: frozenset, types: dict, at, sided: bool) -> tuple[str | None, object, str]:
    """The rules of this module, of stance_given.py and of stance_allies.py, in order: (polarity, deciding word, rule name)."""
    for why, rule in (("criticised_backer", lambda: criticised_backer(r, speaker, own)),
                      ("arms_group", lambda: arms_group(r, types, at, sided, speaker, own) if at else (None, None)),
                      ("side_thanks", lambda: side_thanks(r, speaker, own)), ("protects", lambda: protects(r, speaker, own)),
                      ("severed_ties", lambda: severed_ties(r, speaker, own)), ("left_body", lambda: left_body(r, speaker, own)),
                      ("continued_deed", lambda: continued_deed(r, speaker, own)), ("unmet_terms", lambda: unmet_terms(r)),
                      ("condition_demand", lambda: condition_demand(r)), ("help_offered", lambda: help_offered(r, cue, speaker, own)),
                      ("gratitude_to", lambda: gratitude_to(r, cue, speaker, own)),
                      ("allied_act", lambda: allied_act(r, cue, speaker, own)),
                      ("regretted_act", lambda: regretted_act(r, speaker, own)),
                      ("described_as", lambda: described_as(r, speaker, own)),
                      ("backs_group", lambda: backs_group(r, types, at, sided, speaker, own) if at else (None, None))):
        pol, w = rule()
        if pol:
            return pol, w, why
    return None, None, ""
