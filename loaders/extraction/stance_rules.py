"""The rules of the stance step: how a target's place in the parse says whether the speaker supports or
opposes it (see stance.py for the overview). Word lists come from stance_lexicon.json; each rule returns the
word that decided and the rule's name, so every stance can say where it came from.
"""
from __future__ import annotations

from .stance_backing import accused_deed, blocked_or_criticised, harmed_good, third_party_owner
from .stance_blame import designator, dismissed_act, shields
from .stance_words import (LEXICON, L, NEUTRAL, OPPOSE, SUPPORT, _COPULAS, _FIRST_PERSON, _NOUNS, _adj_polarity,  # noqa: F401
                           _evaluation, _kind_of, _noun_polarity, _predicate, adj_or_noun_polarity, answerable,
                           banned, called_for, cancelled, lemma, negated, own_modifiers)
from .stance_words import _is_joint, _joint_word, _praised_subject, feeling_noun, listed


def _own_deed(g, speaker: str | None, own: frozenset) -> bool:
    """The deed noun is the speaker side's: "we launched attacks on X", "our strikes on X"."""
    if any(c.dep_ == "poss" and (c.lower_ in ("our", "my") or c.i in own) for c in g.children):
        return True
    return g.dep_ == "dobj" and lemma(g.head) in L["deed_verbs"] and not negated(g.head) and any(
        c.dep_ == "nsubj" for c in g.head.children) and own_agent(g.head, speaker, own)


def _praised_deed(n, speaker: str | None, own: frozenset) -> bool:
    """`n` is the object of a praising cue of the speaker's side ("Israel commended the US attack")."""
    return n.dep_ == "dobj" and lemma(n.head) in L["cue_support"] and not negated(n.head) and own_agent(n.head, speaker, own)


def _pledged_or_backed(g, p: str, speaker: str | None, own: frozenset) -> tuple[str | None, object, str]:
    """The target is what a pledge protects ("committed to the security of X", "our commitment to the defence
    of X") or what an act is done in support of ("declared in support of X"): support, unless a third party
    does the act ("Iran fired missiles in support of X" is Iran's, not the speaker's)."""
    if p == "with" and g.pos_ in ("VERB", "AUX"):   # "the rallies are in solidarity with X", "with" hung on the verb
        backing = next((o for c in g.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                        if o.dep_ == "pobj" and lemma(o) in L["support_for_nouns"]), None)
        return (SUPPORT, backing, "in_support_of") if backing is not None and not _done_by_other(g, speaker, own) \
            else (None, None, "")
    if p != "of" or g.dep_ != "pobj" or negated(g.head.head):
        return None, None, ""
    lem, by = lemma(g), g.head.head
    if lem in L["protected_goods"] and g.head.lower_ == "to" and listed(by, "pledge_words"):
        return SUPPORT, by, "pledged_to"
    if lem in L["support_for_nouns"] and g.head.lower_ == "in" and by.i != g.head.i and not _done_by_other(by, speaker, own):
        return SUPPORT, g, "in_support_of"
    return None, None, ""


def _named_other(c, speaker: str | None, own: frozenset) -> bool:
    return (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "ORG", "NORP")) and not _is_speaker(c, speaker, own)


def _others_joint(g, speaker: str | None, own: frozenset) -> bool:
    """The joint action is a named third party's ("Iran's cooperation with X", "Iran wants joint drills with X",
    said by a US envoy): the speaker reports it, it does not join it, so X is not supported."""
    if accused_deed(g):   # "accused X of collaborating with Y": X's deed with Y
        return True
    parties = [c for c in g.children if c.dep_ == "poss"]
    v = g.head if g.dep_ in ("dobj", "attr") else g.head.head if g.dep_ == "pobj" and g.head.dep_ == "prep" else None
    while v is not None and v.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in v.children) and v.head.i != v.i:
        v = v.head   # "Iran wants to hold joint drills with X": the subject of the verb it completes
    if v is not None and v.pos_ in ("VERB", "AUX"):
        parties += [c for c in v.children if c.dep_ == "nsubj"]
    return any(_named_other(c, speaker, own) for c in parties)


def _with_other(n, speaker: str | None, own: frozenset) -> bool:
    """A joint word with a partner that is not the speaker's side: "Iran's cooperation with Russia"."""
    return (lemma(n) in L["coop_words"] or _joint_word(n)) and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" and not _is_speaker(o, speaker, own)
                                                        for o in c.children) for c in n.children)


def _help_to_other(n) -> bool:
    """Help ('X's aid', 'help from X') that no praising verb takes ("thank you for your help" praises it)."""
    if lemma(n) not in L["given_help_nouns"]:
        return False
    v = n.head.head if n.dep_ == "pobj" else n.head
    return not (lemma(v) in L["cue_support"] or lemma(v) in L["support_verbs"])


def _measure_condemned(g, speaker: str | None, own: frozenset) -> bool:
    """The measure noun is judged bad by the speaker: "the sanctions on X are illegal", "we condemn the sanctions on X"."""
    v = g.head
    if g.dep_ == "nsubj" and lemma(v) in _COPULAS and not negated(v):
        return any(c.dep_ in ("acomp", "attr") and not negated(c) and (
            _adj_polarity(c) == OPPOSE if c.pos_ == "ADJ" else _noun_polarity(c) == OPPOSE) for c in v.children)
    return g.dep_ == "dobj" and (lemma(v) in L["cue_oppose"] or lemma(v) in L["against_verbs"]) and not negated(v) \
        and own_agent(v, speaker, own)


def _done_by_other(v, speaker: str | None, own: frozenset) -> bool:
    """A named party other than the speaker's side is the subject or agent of `v` ("Iran fired ...")."""
    return negated(v) or any(
        (c.dep_ == "nsubj" and c.pos_ == "PROPN" and not _is_speaker(c, speaker, own))
        or (c.dep_ == "agent" and not any(_is_speaker(x, speaker, own) for x in c.children)) for c in v.children)


def _third_party_subject(v, speaker: str | None, own: frozenset) -> bool:
    """The verb has a subject that is not the speaker's side: "Hezbollah fired rockets at X" is Hezbollah's act."""
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and not _is_speaker(c, speaker, own)
               for c in v.children)   # not "everybody is laughing at X": the speaker's picture of X


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


def _owned_deed(g) -> bool:
    """A harmful deed whose doer is named before it: the "of" after it is its victim ("Russian intimidation
    of Georgia", "the army's occupation of the valley"), not a second doer."""
    return _noun_polarity(g) == OPPOSE and any(
        c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN"))
        for c in g.children if c.i < g.i)


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


def _hostile_by_other(g, speaker: str | None, own: frozenset) -> bool:
    """A harmful deed ("dangerous actions") or one another side does ("Y conducted actions"): "against X" is its victim."""
    mine = g.dep_ == "dobj" and (own_agent(g.head, speaker, own) or any(   # "our air force conducted ..."
        c.dep_ == "nsubj" and any(x.dep_ == "poss" and x.lower_ in ("our", "my") for x in c.children) for c in g.head.children))
    if any(c.dep_ == "amod" and lemma(c) in L["neg_adj"] for c in g.children):
        return not mine
    return g.dep_ == "dobj" and lemma(g.head) in L["deed_verbs"] and not mine


def own_agent(v, speaker: str | None, own: frozenset = frozenset()) -> bool:
    """The verb's agent is the speaker: first person, none (infinitive, gerund, imperative), or the speaker."""
    subj = [c for c in v.children if c.dep_ in ("nsubj", "agent")]
    if not subj and (v.dep_ == "xcomp" or (v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children))) \
            and v.head.pos_ == "VERB" and lemma(v.head) != "be" and v.head.i != v.i:   # and "sends planes to support X"
        return own_agent(v.head, speaker, own)   # "this is going to destroy X": the subject of the verb it completes
    if not subj:
        return v.dep_ != "relcl" and not accused_deed(v)   # "accused X of arming Y": X's deed
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


_CALL_MODALS = {"must", "should", "will", "would", "shall", "ought", "need", "needs", "can", "could", "'ll"}


def _own_pronoun(c, g, speaker: str | None, own: frozenset) -> bool:
    """"its"/"their"/"his"/"her" on the object of a verb whose subject is the speaker's side: "the ministry expressed its
    appreciation for X" (not "Hungary voiced its support for X")."""
    return (c.lower_ in ("its", "their", "his", "her") and g.dep_ == "dobj" and g.head.pos_ == "VERB" and not negated(g.head)
            and any(x.dep_ == "nsubj" for x in g.head.children) and own_agent(g.head, speaker, own))


def from_role(t, speaker: str | None = None, own: frozenset = frozenset(),
              sided: bool = False) -> tuple[str | None, object, str]:
    """Walk up from a mention's root token to the first word that evaluates it: (polarity, word, rule); `sided`:
    the speaker's side is known (an affiliation), so a named subject that is not it is a third party."""
    if designator(t):   # "UN-designated terrorists" says nothing of the UN
        return None, None, ""
    pol, w, why = _relative(t)
    if pol:
        return pol, w, why
    if _joint_with_speaker(t, speaker, own):
        return SUPPORT, t.head, "joint_action_with_speaker"
    authored = owner = False
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
            if lemma(h) in L["place_nouns"] or h.lower_ in L["relation_nouns"]:
                return None, None, ""
            if lemma(h) in L["collective_nouns"]:   # "X's leadership bears responsibility": X's people, read on
                t = h
                continue
            if _praised_deed(h, speaker, own):   # "we commend the US strikes": the praise, not the strikes' harm
                return SUPPORT, h.head, "object_of_verb"
            pol = _noun_polarity(h)
            if pol == SUPPORT and (_with_other(h, speaker, own) or _help_to_other(h) or harmed_good(h)):
                return None, None, ""   # "Iran's cooperation with Russia": a relation between others, no praise
            if pol:
                return pol, h, "owner_of_evaluation"
            if h.pos_ == "PROPN":   # "(Texas Sen.) Ola Brandt": Texas says nothing through Brandt
                return None, None, ""
            t = h
            continue
        if dep == "pobj":
            p, g = h.lower_, h.head
            glem = lemma(g)
            side = f"{glem} {p}"
            if p in ("but", "except") and g.lower_ in _ANYONE:   # "voting for anyone but X"
                pol, w, why = from_role(g, speaker, own, sided)
                return (OPPOSE, w, "anyone_but") if pol == SUPPORT else (None, None, "")
            if p == "than" and any(c.lower_ == "rather" for c in g.children) and own_agent(g, speaker, own) \
                    and not negated(g) and (glem in L["support_verbs"] or any(
                        f"{glem} {c.lower_}" in L["prep_support"] for c in g.children if c.dep_ == "prep")):
                return OPPOSE, g, "rather_than"   # "I would rather vote for X than Y"
            if h.dep_ == "agent" and g.dep_ == "acl" and _noun_polarity(g.head) and (glem in ("pose", "present", "cause", "create") or (
                    glem in L["deed_verbs"] and _noun_polarity(g.head) == OPPOSE and not _praised_deed(g.head, speaker, own))):
                return _noun_polarity(g.head), g.head, "owner_of_evaluation"   # "the threat posed / genocide unleashed by X"
            if h.dep_ == "agent" and g.pos_ == "VERB":   # "detained arbitrarily by X": X is the doer
                if glem in L["harm_verbs"]:
                    return OPPOSE, g, "subject_of_harm"
                if g.dep_ == "acl" and glem in L["authoring_verbs"] and g.head.pos_ in _NOUNS and g.head.dep_ == "pobj":
                    t, authored = g.head, True   # "happy with the statements made by X": X's own, read on from them
                    continue     # (an object, "applaud the step taken by X", is judged_deed's)
                    continue
                pol, w = _predicate(g)
                return (pol, w, "subject_of_predicate") if pol else (None, None, "")
            if side in L["prep_support"] or side in L["prep_oppose"]:   # "we stand with X", "vote against X"
                if g.pos_ == "VERB" and (own_agent(g, speaker, own) or called_for(g)) and not negated(g):
                    # the speaker's side, or one the speaker asks for ("the U.S. should stand with X")
                    return (SUPPORT if side in L["prep_support"] else OPPOSE), g, "sides_with"
                return None, None, ""
            if p in ("in", "of", "among") and _ours(g):   # "our partners in Dushanbe"
                return _ours(g), g, "our_relation"
            if p in ("to", "with") and glem in L["link_verbs"] and g.head.pos_ in _NOUNS and _noun_polarity(g.head):
                return _noun_polarity(g.head), g.head, "linked_to_evaluation"   # "plots linked to IS"
            pol, w, why = _pledged_or_backed(g, p, speaker, own)
            if pol:   # "committed to the security of X", "the blockade was declared in support of X"
                return pol, w, why
            if p in ("of", "from", "by") and g.pos_ in _NOUNS:
                if _welcomed_help(g, speaker, own):   # "we appreciate the support of X"
                    return SUPPORT, g.head, "welcomed_help"
                if lemma(g) in L["office_nouns"]:
                    return None, None, ""   # "the legitimate president of X": praise of the office holder, not X
                if g.lower_ in L["relation_nouns"] or (p == "of" and (_owned_deed(g) or g.lower_ in L["patient_nouns"])):
                    return None, None, ""
                if lemma(g) in L["collective_nouns"]:   # "the leadership of X bears full responsibility"
                    t = g
                    continue
                pol = _noun_polarity(g)
                if pol == SUPPORT and _help_to_other(g):
                    return None, None, ""   # "the junta received help from X": X's help to another, not praised here
                if pol:
                    return pol, g, "owner_of_evaluation"
                if p == "of" and glem in L["target_nouns"] and g.lower_ not in L["agent_of_nouns"]:
                    return OPPOSE, g, "target_of_measures"
                t, owner = g, True   # "calls from X", "the plan of X": X's, read on from them
                continue
            if p == "with":
                if g.lower_ in ("along", "together") and g.head.i != g.i:   # "efforts along with X"
                    g = g.head
                if (_is_joint(g) or (_joint_word(g) and _praised_subject(g))
                        or any(lemma(c) in L["coop_words"] for c in g.conjuncts)) \
                        and not _others_joint(g, speaker, own) and not banned(g):   # "dialogue and cooperation with X"
                    return SUPPORT, g, "joint_action_with"   # "talks with X were constructive"
                if not ((t.pos_ == "PROPN" or authored) and g.pos_ in ("ADJ", "VERB")
                        and (g.lower_ in L["emotion_pos"] or g.lower_ in L["emotion_neg"])):
                    return None, None, ""   # else "happy with X (or the statements X made)": the speaker's feeling
                    # below; not "impressed with X's children"
            if p in ("of", "with", "in", "at", "by") and g.pos_ in ("ADJ", "VERB") and g.dep_ in ("acomp", "ROOT", "ccomp") \
                    and (g.lower_ in L["emotion_pos"] or g.lower_ in L["emotion_neg"]) and not negated(g.head) \
                    and not negated(g) and (g.dep_ != "acomp" or own_agent(g.head, speaker, own)
                                            or any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in g.head.children)):
                return (SUPPORT if g.lower_ in L["emotion_pos"] else OPPOSE), g, "speaker_feeling"   # "proud of X"
            if p in ("at", "against") and glem in L["at_verbs"] and not negated(g) and not _third_party_subject(g, speaker, own):
                return OPPOSE, g, "target_of_mockery"   # "laughing at X", "lashed out at X"
            if p in ("against", "on", "at", "over", "about"):
                if shields(g):   # "the accusations against X are baseless": X is not blamed by them
                    return None, None, ""
                if glem in L["victim_nouns"] and _own_deed(g, speaker, own):
                    return OPPOSE, g, "own_attack"   # "we launched attacks on X": the speaker's side strikes X
                if glem in L["victim_nouns"] or glem in L["harm_verbs"]:
                    return None, None, ""
                if g.pos_ == "VERB" and any(c.dep_ == "agent" and not any(_is_speaker(x, speaker, own) for x in c.children)
                                            for c in g.children):
                    return None, None, ""   # "the attack launched by the two countries against X": X is its victim
                if g.pos_ == "NOUN" and (_measure_condemned(g, speaker, own) or _hostile_by_other(g, speaker, own)):
                    return None, None, ""   # "the sanctions on X are illegal", "Y conducted dangerous actions against X"
                if glem in L["target_nouns"] or (p == "against" and g.pos_ in ("NOUN", "VERB")) or (
                        g.pos_ == "VERB" and any(c.dep_ == "dobj" and lemma(c) in L["target_nouns"] for c in g.children)) or (
                        g.dep_ == "acl" and g.tag_ == "VBN" and lemma(g.head) in L["target_nouns"]):   # "sanctions imposed on X"
                    return OPPOSE, g, "target_of_measures"
                return None, None, ""
            if p in ("for", "to", "behind") and glem in L["support_for_nouns"] and not any(
                    c.dep_ == "poss" and c.lower_ not in ("our", "my") and not _is_speaker(c, speaker, own)
                    and not _own_pronoun(c, g, speaker, own)
                    for c in g.children) and not (g.dep_ == "dobj" and _done_by_other(g.head, speaker, own)) \
                    and not third_party_owner(g, lambda c: _is_speaker(c, speaker, own)):   # not "U.S. support for X"
                return blocked_or_criticised(g, lambda v: own_agent(v, speaker, own)) or (SUPPORT, g, "beneficiary_of_support")   # not "his support for X", "Hungary voiced support for X"
            return None, None, ""
        if dep in ("dobj", "obj", "dative") or (dep == "oprd" and h.pos_ == "VERB" and lemma(h) in L["support_verbs"]) \
                or (dep == "nsubjpass" and (lemma(h) in L["against_verbs"] or lemma(h) in L["support_verbs"])):
            lem = lemma(h)
            if dep == "nsubjpass" and any(c.dep_ == "agent" and not any(_is_speaker(p, speaker, own) for p in c.children)
                                          for c in h.children):
                return None, None, ""   # "Russia could be attacked by IS": a third party's act, Russia its victim
            if lem in L["against_verbs"] and owner and sided and _third_party_subject(h, speaker, own):
                return None, None, ""   # "the RSF rejected calls from the UN" (said by the army): another's
                # rejection of X's words; `sided`: the speaker's side is known, so the subject is not it
            if lem in L["against_verbs"] and (lem not in L["violent_verbs"] or own_agent(h, speaker, own)
                                              or dep == "nsubjpass"):
                return (None, None, "") if dismissed_act(h) else (OPPOSE, h, "object_of_verb")   # not "accusing X is wrong"
            if lem in L["support_verbs"] and dep == "nsubjpass" and not any(c.dep_ == "agent" for c in h.children) \
                    and not any(c.dep_ == "aux" and c.lower_ in _CALL_MODALS for c in h.children):
                return None, None, ""   # "the ships were equipped with guns": a description, not a call
            if lem in L["support_verbs"] and own_agent(h, speaker, own):
                if lem == "thank" and t.lower_ in L["thank_idioms"]:
                    return None, None, ""   # "thank God, no one was hurt": relief, not thanks to anyone
                return blocked_or_criticised(h, lambda v: own_agent(v, speaker, own)) or (SUPPORT, h, "object_of_verb")
            for c in h.children:   # "called Trump unhinged", "considers X a threat"
                if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > t.i:
                    pol = _adj_polarity(c) if c.pos_ == "ADJ" else _noun_polarity(c) if c.pos_ in _NOUNS else None
                    if pol == SUPPORT and _third_party_subject(h, speaker, own):
                        return None, None, ""   # "the West calls Moldova a partner": the West's words, not praise
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
            pol, f = feeling_noun(h)   # "expressed deep regret that Mali claimed ..."
            return (pol, f, "speaker_feeling") if pol else (None, None, "")
        if dep == "conj" and h.lower_ in _ANYONE and any(c.lower_ in ("but", "except") for c in h.children):
            pol, w, why = from_role(h, speaker, own, sided)   # "voting for anyone but X"
            return (OPPOSE, w, "anyone_but") if pol == SUPPORT else (None, None, "")
        if dep in ("conj", "appos"):
            t = h
            continue
        break
    return None, None, ""
