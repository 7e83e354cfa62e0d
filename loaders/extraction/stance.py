"""Stance of a statement toward each of its targets (support / oppose / neutral), and its tone.

Offline rules over the spaCy parse the extraction already has; no sentiment of the whole sentence. The
stance toward a target comes from (1) the reporting cue ("X condemned Y", "praised Y", "warned Y":
the cue's object or the addressee) and (2) the dependency path from the target's mention to the nearest
evaluative word in the statement, read by the target's role there:

    owner of an evaluative noun    "IS's threat", "the threat of/from IS", "Russian aggression" -> oppose
    object of a verb against/for   "countering IS", "defeat IS" -> oppose; "thank Russia" -> support
    subject of a harmful verb      "IS threatens ...", "Moscow meddles ..." -> oppose
    subject of an evaluation       "IS remains a serious threat", "Kazakhstan is a reliable ally"
    partner of joint action        "joint action with Russia", "cooperation with Uzbekistan" -> support
    target of measures             "sanctions against X", "criticism of X", "sanctions imposed on X" -> oppose
    answerable for                 "X is responsible for the attack", "bears responsibility for the escalation"
                                   -> oppose; "responsible for security" is no praise
    welcomed help                  "we appreciate the support of X", "thank X's help" -> support
    siding with / against          "we stand with X", "he would vote for X" -> support; "rather ... than X",
                                   "anyone but X" -> oppose; the agent of a passive is its doer
    warned about                   cue "warned that X would ..." -> oppose X (not a passive victim;
                                   the cue words are the lexicon's warning_cues, the rule in stance_faults.py)
    pledged to / in support of     "committed to the security of X", "declared in support of X" -> support
                                   (not a third party's act: "Iran fired missiles in support of X")
    no support                     a third party's joint action ("Iran wants joint drills with X"), a relation
                                   between others ("Iran's cooperation with X"), help given to another ("received
                                   help from X"), readiness ("our forces are prepared to respond"), a feeling
                                   ("X is grateful"), the victim of measures condemned ("the sanctions on X are illegal")

When none of these decides, the rules of stance_ruptures.py (backing criticised or blocked, arming, severed ties;
help sent and thanks conveyed, stance_given.py) and of stance_acts.py are tried: calls for action against the target
("urged X to resign", "X should resign", "X must respect Y's sovereignty"), "we do not need X's help", what-clauses ("disagree with what X said"), "no one tougher than X", "better than X" (opposes X),
wishes ("hopes X wins") and name-calling ("called X 'the orange prince'"), and those of stance_faults.py:
"X should have known", "X doesn't understand ...", "we are at war with X", "unlike X, I ...", "should
investigate X", "X did ..., and that's shameful", "how can anyone trust X?", "deserve better than X", "time
for X to go", "thanks to X", idioms ("X turned his back on ...", "X stood up for ..."); then those of
stance_wire.py ("Russia treats us as an enemy", "we will respond to X's sanctions", "we condemn the strike by X",
"the crucial role played by X") and stance_welcomes.py ("welcomed the agreement between A and B", "the agreement reached between A and B", "its support for the deal
between A and B", "the announcement that A and B reached an agreement" support A and B; "cooperation between Russia and China",
"the closeness of Russian-Chinese relations", said by Russia's side, support China (stance_bonds.py);
"the counter-ISIS campaign" is read with the epithets, before the role rules); then those of stance_clause.py:
the evaluation of the clause whose subject holds the target ("X's remark could be considered arrogant"), a
harmful participle after the mention ("videos of X insulting Islam"), the target agreeing with the speaker.
Last, those of stance_context.py: strongly negative words (VADER) in the clause whose subject is the target,
and the same speaker's stance toward the same target elsewhere in the article (applied per article); and for
the targets still neutral, the learned fallback of stance_model.py (its features are taken here, it decides per
article, with what the rules said of the target elsewhere; rule "model:<class>[...]").
An official never opposes its own state ("warned that India would strike back", said by an Indian minister).
An official speaks for the states and bodies it is affiliated with (not an analyst: observer_roles), so
"Kyrgyzstan and Tajikistan began joint work", said by a Kyrgyz deputy minister, is joint action with the
speaker's side; a state body or official named without its state speaks for the article's home state, and "our
country" or (said by an official) "the government" is the speaker's side (stance_sides.py). Statements are judged
once the whole article is read, so an affiliation given further down counts. "you" is read as the target spoken to ("Senator Marlow, you ignored ..."), he/she/they in indirect speech
as the speaker ("Smith said he would back X"), and a split proper name takes the role of its last word.

A target that is not the evaluative word's owner (the thing that "X's threat" is a threat *to*, the victim
of "aggression against X", of "Russian intimidation of X") is neutral. Negation, hedges ("if", "unless") and reported
speech nested inside the statement ("commentators say X is a threat", "the false claims that X ...") never flip a
stance; they cancel it to neutral (a negated head noun too: "no intention of backing X"). The one exception is praise denied under a negated
copula ("X can't be impartial", "X is not qualified"), which opposes.
The word lists are data: `stance_lexicon.json` (written for this project; source and licence named there).
`Stance.rule` names the rule that decided each target, so every stance can say where it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .stance_clause import agrees_with_speaker, clause_evaluation, harmful_participle
from .stance_context import ACTORS, negative_clause, open_for
from .stance_blame import abets_wrongdoers, answers_for, diplomatic_protest, dismissed_claim, named_among
from .stance_deeds import against_norm, blame_lies_with, conditional_threat, condolence, hostile_deed, values_ties
from .stance_backing import side_bodies, state_wrapper
from .stance_bonds import friendly_view, joint_between, partner_of
from .stance_help import helped
from .stance_acts import (call_for_removal, compared_worse, must_answer, name_calling, none_better_than, object_clause,
                          unneeded, wish_for)
from .stance_faults import (anaphoric_evaluation, call_for_investigation, counterfactual_reproach, denied_competence,
                            call_for_relief, deserve_better, extraposed_evaluation, hostile_with, idiom,
                            refused_support, rhetorical_question, thanks_to, time_to_go, unlike_contrast,
                            warned_about)
from .stance_model import evaluative_words, mention_features, statement_flags, target_features
from .stance_ruptures import backing_acts, cue_frame
from .stance_rules import LEXICON, L, NEUTRAL, OPPOSE, SUPPORT, cancelled, from_role, lemma, negated, own_modifiers
from .stance_sides import office_holder, official, own_bodies, promised, sides_of, with_home
from .stance_welcomes import welcomed_act
from .stance_wire import counter_compound, hostile_view, judged_deed, named_as, refrain_call, retaliation

__all__ = ["LEXICON", "Stance", "judge", "sides_of", "with_home"]


@dataclass
class Stance:
    """The stance per target name, the rule that decided each, and the statement's tone."""

    stance: dict[str, str] = field(default_factory=dict)
    rule: dict[str, str] = field(default_factory=dict)
    tone: str = NEUTRAL
    open: dict[str, tuple[str, ...]] = field(default_factory=dict)   # neutral targets the discourse may decide
    features: dict[str, dict] = field(default_factory=dict)   # the fallback's features of targets no rule decided


_CLAUSE_SUBJECTS = ACTORS | {"State"}
_OWN_STATE_DESCRIPTION = {"owner_of_evaluation", "object_of_verb", "joint_action_with", "our_relation", "joint_between"}
# what an official says its own state owns, receives or shares is description ("Pakistan's progress", "support for
# Turkey", "our cooperation with Turkey", "the Korea-Japan relationship is moving forward"); an evaluation of what
# the state is or did is the speaker's praise of its own side, support like any other ("Turkey remains a reliable ally", "Egypt acted wisely", "Turkey has legitimate
# rights", "we are proud of Pakistan": the guide's own-side convention); what it will do is intent (promised)
_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
_SECOND_PERSON = {"you", "your", "yours", "yourself"}


def _runs(doc, lo: int, hi: int, at, name: str) -> list[tuple[object, list[int]]]:
    """(root token, token indexes) of each mention of `name` between token indexes lo and hi."""
    out, k = [], lo
    while k < hi:
        if at[k] == name:
            e = k
            while e + 1 < hi and at[e + 1] == name:
                e += 1
            run = list(range(k, e + 1))
            # the word whose head is outside the run; not a determiner ("the" of "the United Nations efforts"
            # hangs on "efforts" with the name, whose role it does not have)
            out.append((next((doc[j] for j in run if (doc[j].head.i not in run or doc[j].head.i == j)
                              and doc[j].dep_ not in ("det", "punct")), doc[e]), run))
            k = e + 1
        else:
            k += 1
    return out


def _with_pronouns(doc, lo: int, hi: int, at, targets: list[str], types: dict[str, str],
                   addressee: str | None = None) -> list:
    """Token -> name over the statement, with he/she/his/her after the first mention of its only Person
    target read as that target ("Trump wants ... his Islamaphobia ... he is completely crazy"), and
    you/your as the target spoken to (see _addressed)."""
    local = list(at[lo:hi])
    people = [n for n in targets if types.get(n) == "Person"]
    if len(people) == 1:
        first = next((k for k in range(lo, hi) if at[k] == people[0]), None)
        for k in range(first + 1 if first is not None else hi, hi):
            if local[k - lo] is None and doc[k].lower_ in _PRONOUNS and doc[k].pos_ == "PRON":
                local[k - lo] = people[0]
    you = _addressed(doc, lo, hi, at, targets, types, addressee)
    if you:   # "Senator Sanders, you ignored my call", or said to a person: "you" is that target
        for k in range(lo, hi):
            if local[k - lo] is None and doc[k].lower_ in _SECOND_PERSON:
                local[k - lo] = you
    return [None] * lo + local


def _addressed(doc, lo: int, hi: int, at, targets: list[str], types: dict[str, str], addressee: str | None) -> str | None:
    """The target the statement speaks to: a person or group named and then followed by a comma at the
    start of a sentence of the content ("Paul Singer, I challenge you ..."), else a Person addressee."""
    for k in range(lo, hi):
        name = at[k]
        if (name in targets and types.get(name) not in (None, "Place", "Media") and (k == lo or at[k - 1] != name)
                and k - max(lo, doc[k].sent.start) <= 3):
            e = k
            while e + 1 < hi and at[e + 1] == name:
                e += 1
            if e + 1 < hi and doc[e + 1].text == ",":
                return name
    return addressee if addressee and types.get(addressee) == "Person" else None


_QUOTES = {'"', "“", "”", "''", "``", "'", "‘"}
_THIRD = {"he", "she", "they"}


def _reporters(doc, lo: int, hi: int, at) -> set[int]:
    """In indirect speech ("Smith said he would back X", "they said they would vote for X") a he/she/they
    subject not read as a target is the speaker; not from the first quotation mark on, where it is
    someone else's words."""
    first_quote = next((j for j in range(lo, hi) if doc[j].text in _QUOTES), hi)
    return {k for k in range(lo, first_quote)
            if at[k] is None and doc[k].lower_ in _THIRD and doc[k].dep_ == "nsubj"}


def _negated_praise(pol, w, why: str) -> bool:
    """Praise predicated of the target under a negated copula: an adjective ("is not honest") or a noun with a
    positive adjective ("is not a brave truth-teller", "not a legitimate member"); not a bare noun ("is not
    our partner" only cancels)."""
    if pol != SUPPORT or why != "subject_of_evaluation" or not negated(w.head) or negated(w):
        return False
    if w.pos_ == "ADJ" and w.dep_ == "acomp":
        return True
    return w.pos_ == "NOUN" and w.dep_ == "attr" and any(
        c.dep_ == "amod" and lemma(c) in L["pos_adj"] for c in w.children)


def _name_head(r):
    """The last word of the proper name a mention begins ("Debbie" of "Debbie Wasserman Schultz" when the
    entity step split the name): the parse's role belongs to that word."""
    for _ in range(4):
        if r.dep_ == "compound" and r.head.pos_ == "PROPN" and 0 < r.head.i - r.i <= 2:
            r = r.head
        else:
            break
    return state_wrapper(r)   # "the State of Qatar": the role of "State"


# rules whose deciding word may carry a negation that is part of the stance ("X should not have ...")
_OWN_NEGATION = {"protects", "unmet_terms", "continued_deed", "condition_demand", "must_answer", "counterfactual_reproach", "denied_competence", "refused_support", "refrain_call",
                 "conditional_threat", "unneeded"}


def _acts(doc, cue_i: int, r, run: list[int], hi: int, speaker: str | None, own: frozenset = frozenset(),
          types: dict | None = None, at=None, sided: bool = False) -> tuple[str | None, object, str]:
    """The rules of stance_ruptures.py, stance_acts.py, stance_faults.py, stance_wire.py ..., in order, and last those
    of stance_help.py (partners, bonds, backing, guests): (polarity, deciding word, rule name)."""
    pol, w, why = backing_acts(r, doc[cue_i], speaker, own, types or {}, at, sided)   # stance_ruptures.py
    if pol:
        return pol, w, why
    for why, rule in (("call_for_removal", lambda: call_for_removal(r)), ("object_clause", lambda: object_clause(r, speaker)),
                      ("none_better_than", lambda: none_better_than(r)), ("compared_worse", lambda: compared_worse(r)),
                      ("must_answer", lambda: must_answer(r)), ("unneeded", lambda: unneeded(r)),
                      ("wish_for", lambda: wish_for(r, speaker, own)),
                      ("name_calling", lambda: name_calling(doc, cue_i, run, hi)),
                      ("counterfactual_reproach", lambda: counterfactual_reproach(r)),
                      ("denied_competence", lambda: denied_competence(r)),
                      ("hostile_with", lambda: hostile_with(r, speaker, own)),
                      ("unlike_contrast", lambda: unlike_contrast(r, speaker, own)),
                      ("call_for_investigation", lambda: call_for_investigation(r)),
                      ("anaphoric_evaluation", lambda: anaphoric_evaluation(r, hi)),
                      ("rhetorical_question", lambda: rhetorical_question(r)),
                      ("deserve_better", lambda: deserve_better(r)), ("time_to_go", lambda: time_to_go(r)),
                      ("thanks_to", lambda: thanks_to(r)), ("call_for_relief", lambda: call_for_relief(r)),
                      ("extraposed_evaluation", lambda: extraposed_evaluation(r)),
                      ("refused_support", lambda: refused_support(r, speaker, own)),
                      ("idiom", lambda: idiom(r)), ("hostile_view", lambda: hostile_view(r, speaker, own)),
                      ("retaliation", lambda: retaliation(r, speaker, own)),
                      ("judged_deed", lambda: judged_deed(r, doc[cue_i], speaker, own)), ("refrain_call", lambda: refrain_call(r)),
                      ("named_as", lambda: named_as(r)),
                      ("diplomatic_protest", lambda: diplomatic_protest(r, speaker, own)),
                      ("abets_wrongdoers", lambda: abets_wrongdoers(r)), ("named_among", lambda: named_among(r, run)),
                      ("dismissed_claim", lambda: dismissed_claim(r)), ("answers_for", lambda: answers_for(r)),
                      ("conditional_threat", lambda: conditional_threat(r, speaker, own)),
                      ("hostile_deed", lambda: hostile_deed(r, speaker, own)), ("against_norm", lambda: against_norm(r)),
                      ("blame_lies_with", lambda: blame_lies_with(r)),
                      ("values_ties", lambda: values_ties(r, speaker, own)),
                      ("condolence", lambda: condolence(r, speaker, own)),
                      ("joint_between", lambda: joint_between(r, speaker, own)),
                      ("partner_of", lambda: partner_of(r, speaker, own)),
                      ("friendly_view", lambda: friendly_view(r, speaker, own)),
                      ("welcomed_act", lambda: welcomed_act(r, doc[cue_i], speaker, own))):
        pol, w = rule()
        if pol:
            return pol, w, why
    return helped(r, doc[cue_i], speaker, own)   # partners, bonds, backing, guests (stance_help.py)


def _cue_stance(cue) -> str | None:
    lem = lemma(cue)
    if lem in L["cue_oppose"]:
        return OPPOSE
    if lem in L["cue_support"]:
        return SUPPORT
    return None


def _vote(votes: list[str]) -> str:
    s, o = votes.count(SUPPORT), votes.count(OPPOSE)
    return SUPPORT if s > o else OPPOSE if o > s else NEUTRAL


def _tone(doc, lo: int, hi: int, cue_i: int, votes: list[str]) -> str:
    pos = neg = 0
    for t in doc[lo:hi]:
        lem = lemma(t)
        if lem in L["pos_nouns"] or lem in L["pos_adj"] or lem in L["support_verbs"]:
            sign = 1
        elif lem in L["neg_nouns"] or lem in L["neg_adj"] or lem in L["harm_verbs"] or lem in L["against_verbs"]:
            sign = -1
        else:
            continue
        if not cancelled(t, lo, hi, cue_i):
            pos, neg = pos + (sign > 0), neg + (sign < 0)
    cue = _cue_stance(doc[cue_i])
    pos += votes.count(SUPPORT) + (cue == SUPPORT)
    neg += votes.count(OPPOSE) + (cue == OPPOSE)
    return "positive" if pos > neg else "negative" if neg > pos else NEUTRAL


def _undecided(doc, lo: int, hi: int, cue, undecided: list, types: dict, out: Stance, addressee: str | None,
               sides: set[str], own: frozenset = frozenset()) -> None:
    """For the targets no rule decided: the learned fallback's features (stance_model.py, decided per article
    by stance_model.apply) and the directions the discourse may give them (open_for)."""
    words = evaluative_words(doc, lo, hi, cue.i)
    question, hedged = statement_flags(doc, lo, hi)
    others = {s for s in out.stance.values() if s != NEUTRAL}
    for name, runs in undecided:
        if not (name in sides and types.get(name) == "State"):   # an official's own state: never by the model
            out.features[name] = target_features(
                [mention_features(_name_head(r), run, words, lo, hi, cue.i, own) for r, run in runs],
                types.get(name), cue, name == addressee, name in sides, others, question, hedged)
        dirs = open_for(doc, lo, hi, runs, types.get(name))
        if dirs:
            out.open[name] = dirs


def judge(doc, cue_i: int, start: int, end: int, mentions, targets: list[str], speaker: str | None = None,
          addressee: str | None = None, addressee_i: int | None = None, home: str | None = None) -> Stance:
    """Stance toward each target (and the addressee) of the statement whose content is doc.text[start:end];
    `mentions` maps tokens to entity names (`.at`) and names to entities (`.entities`, for their type)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    lo, hi = (span.start, span.end) if span is not None else (0, 0)
    types = {n: getattr(mentions.entities.get(n), "type", None) for n in [*targets, *([addressee] if addressee else [])]}
    at = _with_pronouns(doc, lo, hi, mentions.at, [t for t in targets if t != speaker], types, addressee)
    sides = with_home(mentions.entities, speaker, sides_of(mentions.entities, speaker), home)
    own = frozenset({k for k in range(lo, hi) if mentions.at[k] is not None and mentions.at[k] in sides}
                    | _reporters(doc, lo, hi, at) | own_bodies(doc, lo, hi, at, official(mentions.entities, sides)))
    own = own | side_bodies(doc, lo, hi, own)   # "the Government of Thailand", said by Thailand's spokesperson
    cue = doc[cue_i]
    cue_pol = _cue_stance(cue) if not negated(cue) else None
    out = Stance()
    all_votes: list[str] = []
    undecided: list = []
    for name in dict.fromkeys([*targets, *([addressee] if addressee else [])]):
        votes, rule = [], ""
        runs = _runs(doc, lo, hi, at, name)
        if name == addressee and addressee_i is not None:
            runs.append((doc[addressee_i], [addressee_i]))
        for r, run in runs:
            o = office_holder(r)   # "accused Russian President Putin of ...": the state's office holder is judged
            if cue_pol and ((r.head.i == cue_i and r.dep_ in ("dobj", "dative", "nsubjpass")) or r.i == addressee_i or (
                    o is not None and (o.i == addressee_i or (o.head.i == cue_i and o.dep_ in ("dobj", "dative"))))):
                votes.append(cue_pol)
                rule = rule or "cue_" + lemma(cue)
                continue
            pol, w = warned_about(_name_head(r), cue)   # "warned that Clinton would appoint ...": not a victim
            if pol:
                votes.append(pol)
                rule = rule or "warned_about"
                continue
            if types.get(name) == "Place" and not _name_head(r).dep_.startswith("nsubj"):
                continue   # "the Newtown massacre" says nothing of Newtown; a place that acts may be judged
            for why, (pol, w) in (("own_modifier", own_modifiers(r, run)),   # an epithet is the speaker's own naming
                                  ("counter_compound", counter_compound(doc, run))):   # "the counter-ISIS campaign"
                if pol:
                    votes.append(pol)
                    rule = rule or why
                    break
            if pol:
                continue
            pol, w, why = from_role(_name_head(r), speaker, own, len(sides) > 1)
            if pol and not cancelled(w, lo, hi, cue_i):
                votes.append(pol)
                rule = rule or why
            elif _negated_praise(pol, w, why) and not cancelled(w, lo, hi, cue_i, negation=False):
                votes.append(OPPOSE)   # "X can't be impartial", "X is not qualified": praise denied
                rule = rule or "negated_praise"
        for r, run in ([] if votes else runs):
            if lo <= r.i < hi and (types.get(name) != "Place" or _name_head(r).dep_.startswith("nsubj")):
                pol, w, why = _acts(doc, cue_i, _name_head(r), run, hi, speaker, own, types, at, len(sides) > 1)
                if pol and (why in _OWN_NEGATION or not negated(w)) and not cancelled(w, lo, hi, cue_i, negation=False):
                    votes.append(pol)
                    rule = rule or why
        for r, run in ([] if votes else runs):
            if lo <= r.i < hi and types.get(name) != "Place":
                for why, (pol, w) in (("clause_evaluation", clause_evaluation(_name_head(r), lo, hi, cue_i)),
                                      ("harmful_participle", harmful_participle(doc, run, hi)),
                                      ("agrees_with_speaker", agrees_with_speaker(_name_head(r)))):
                    if pol and not cancelled(w, lo, hi, cue_i):
                        votes.append(pol)
                        rule = rule or why
                        break
        # a cue like "warned" whose object is outside the content: its mention right after the cue
        if not votes and cue_pol:
            for k in range(cue_i + 1, min(cue_i + 4, len(doc))):
                if mentions.at[k] == name and cue_i in (doc[k].head.i, doc[k].head.head.i) and doc[k].dep_ != "nsubjpass":
                    votes.append(cue_pol)
                    rule = "cue_" + lemma(cue)
                    break
        if not votes:   # "expressed his appreciation to X 'for ...'": X outside the content, in the cue's own frame
            pol, why = cue_frame(cue, lo, hi, mentions.at, name, speaker, own, len(sides) > 1)
            if pol:
                votes.append(pol)
                rule = why
        if not votes and types.get(name) in _CLAUSE_SUBJECTS:   # strongly negative words in the target's clause
            for r, run in runs:
                pol, w = negative_clause(_name_head(r), lo, hi, cue_i) if lo <= r.i < hi else (None, None)
                if pol:
                    votes.append(pol)
                    rule = "strongly_negative_clause"
                    break
        if name != speaker and name in sides and types.get(name) == "State":
            # an official does not oppose its own state ("warned that India would ..."), and what it says its state
            # owns or shares is description ("Pakistan's progress", "our cooperation with Turkey"), not praise
            votes = [v for v in votes if v != OPPOSE and (v != SUPPORT or (
                rule not in _OWN_STATE_DESCRIPTION and not any(promised(_name_head(r)) for r, _ in runs)))]
        elif name != speaker and name in sides and rule in ("strongly_negative_clause", "hostile_deed"):
            votes = []   # strong words in the clause of the speaker's own body ("Hezbollah to engage in an all-out
            # war", said by its leader) and its own side's strikes are the speaker's account of it, not blame
        out.stance[name] = _vote(votes)
        if out.stance[name] != NEUTRAL:
            out.rule[name] = rule
        elif not votes:
            undecided.append((name, runs))
        all_votes += votes
    if undecided:
        _undecided(doc, lo, hi, cue, undecided, types, out, addressee, sides, own)
    out.tone = _tone(doc, lo, hi, cue_i, all_votes) if hi > lo else NEUTRAL
    return out
