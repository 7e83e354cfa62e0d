"""Who the speaker speaks for, as the stance step reads it: the speaker and a person's affiliations (sides_of),
the article's home state (home_state) for a state body or official named without its state (with_home), and
the words of a statement that name the speaker's own state or its bodies ("our country", "the government" said
by an official: own_bodies), and whether what is said of the own side is a promise rather than an evaluation
(promised: "China will stand firmly with ...", by China's side, is intent, not praise); the office holder a
state's demonym names ("Russian President Putin", "the Russian foreign minister": office_holder), who stands for it. Word lists (observer_roles, state_organ_words, state_office_roles, own_body_nouns)
in stance_lexicon.json.
"""
from __future__ import annotations

from .stance_rules import L, lemma

__all__ = ["home_state", "office_holder", "official", "own_bodies", "promised", "sides_of", "with_home"]

_OWN_CAMP = {"State", "ArmedGroup"}   # an affiliation of these types is the speaker's whole side


def sides_of(entities: dict, speaker: str | None) -> set[str]:
    """The names that speak for the speaker: the speaker, and a person's affiliations ("Kyrgyz Deputy Foreign
    Minister Toktogulov" speaks for Kyrgyzstan: "Kyrgyzstan and Tajikistan began joint work" is joint action
    with the speaker's side)."""
    if not speaker:
        return set()
    ent = entities.get(speaker)
    if getattr(ent, "type", None) == "Person" and not any(
            r.split()[-1].lower() in L["observer_roles"] for r in getattr(ent, "roles", ()) if r.split()):
        affiliations = list(getattr(ent, "affiliations", ()))   # not "Tashkent-based analyst": an observer
        # a state body names its state: "Foreign Ministry (Iran)" speaks for Iran too
        states = [a[a.rindex("(") + 1:-1] for a in affiliations if a.endswith(")") and "(" in a]
        return {speaker, *affiliations, *states}
    if speaker.endswith(")") and "(" in speaker and ":" not in speaker:   # "Foreign Office (Pakistan)" speaks for Pakistan
        return {speaker, speaker[speaker.rindex("(") + 1:-1]}
    return {speaker}


def with_home(entities: dict, speaker: str | None, sides: set[str], home: str | None) -> set[str]:
    """A state body or official named without its state ("Expatriates Ministry", "Foreign Office (in: a.txt)",
    "Asim Iftikhar, Foreign Office Spokesperson") speaks for the article's home state (the one state that
    speaks in the article; with none, the dateline's): "Syria welcomed the agreement", said by the ministry, is
    the speaker's side welcoming."""
    if not home or not speaker or any(getattr(entities.get(n), "type", None) in _OWN_CAMP or n.endswith(")") and "(in:" not in n
                                      for n in sides):
        return sides   # a state's, or an armed group's, spokesman speaks for it, not for the article's home state
    ent = entities.get(speaker)
    person = getattr(ent, "type", None) == "Person"
    names = [speaker, *getattr(ent, "roles", ()), *getattr(ent, "affiliations", ())] if person else [speaker]
    words = [w for r in names for w in r.lower().replace("(", " ").split()]
    if any(w in L["state_organ_words"] or person and w in L["state_office_roles"] for w in words) and not any(
            w in L["observer_roles"] for w in words):
        # a state office ("Foreign Minister", "spokesperson", "IRNA - Iranian Foreign Ministry"); not "Secretary" or
        # "President", which a party, a firm or the UN have too
        return sides | {home}
    return sides


def home_state(statements, entities: dict, dateline: str | None) -> str | None:
    """The article's home state for with_home: the one state that speaks in the article, not inside another's
    statement ("X said Russia welcomed ..."); with none, the dateline's state; with two or more, none."""
    states, reach = set(), (-1, None)   # (farthest end so far, its speaker), in order of start
    for st in sorted(statements, key=lambda x: (x.start, -x.end)):
        nested = reach[0] >= st.end and reach[1] != st.speaker
        if not nested and getattr(entities.get(st.speaker), "type", None) == "State":
            states.add(st.speaker)
        reach = max(reach, (st.end, st.speaker), key=lambda r: r[0])
    return next(iter(states)) if len(states) == 1 else None if states else dateline


def official(entities: dict, sides: set[str]) -> bool:
    """The speaker speaks for a state: it is one, or a state body ("Foreign Ministry (in: a.txt)"), or an
    official affiliated with one (sides_of leaves observers out)."""
    return any(getattr(entities.get(n), "type", None) == "State"
               or any(w in L["state_organ_words"] for w in n.lower().replace("(", " ").split()) for n in sides)


def own_bodies(doc, lo: int, hi: int, at, official: bool) -> set[int]:
    """Words of the statement that name the speaker's own state or its bodies (own_body_nouns): "our country",
    "my government", and, said by an official (official), the bare "the government" / "the ministry" (no
    name or "of" phrase of its own): "the government welcomes X's decision" is the speaker's side acting."""
    out = set()
    for k in range(lo, hi):
        t = doc[k]
        if at[k] is not None or t.pos_ != "NOUN" or lemma(t) not in L["own_body_nouns"]:
            continue
        kids = list(t.children)
        if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in kids):
            out.add(k)
        elif official and any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and not any(
                c.dep_ in ("poss", "compound", "amod", "prep", "nmod") for c in kids):
            out.add(k)
    return out


_PROMISE_AUX = {"will", "would", "shall", "'ll", "wo"}


def promised(t) -> bool:
    """The clause that holds mention `t` is a promise or a wish ("China will stand firmly with X", "Beijing would
    help ...", "Turkey is going to ..."): what the own side says it will do is intent, not praise of it."""
    v = t
    while v.dep_ in ("compound", "amod", "poss", "conj", "appos", "pobj", "prep") and v.head.i != v.i:
        v = v.head
    v = v.head if v.dep_.startswith("nsubj") else v
    for x in (v, *v.ancestors):
        if any(c.dep_ == "aux" and (c.lower_ in _PROMISE_AUX or (c.lower_ == "to" and lemma(x.head) == "go"))
               for c in x.children):
            return True
        if x.dep_ not in ("conj", "xcomp"):
            break
    return False


_NOT_THE_STATE = {"former", "ex", "opposition", "exiled", "late", "dissident"}


def office_holder(t):
    """The office holder a state mention names with its demonym, who stands for the state: "Russian" of "Russian
    President Vladimir Putin" or "the Russian foreign minister" (state_office_titles); None for "former President",
    "opposition leader" or any other head."""
    if t.dep_ not in ("amod", "compound") or t.head.i == t.i:
        return None
    h, words = t.head, [t.head]
    while h.dep_ == "compound" and h.head.i > h.i and h.head.pos_ in ("PROPN", "NOUN"):
        h = h.head   # "Russian" on "President", a compound of "Putin"
        words.append(h)
    words += [c for c in h.children if c.dep_ in ("compound", "amod") and c.i > t.i]
    if any(c.lower_ in _NOT_THE_STATE for w in words for c in (w, *w.children)) or not any(
            w.lower_ in L["state_office_titles"] for w in words):
        return None
    return h
