"""Step 5, speakers: resolve the phrase that says something to a canonical entity name.

Order: a named entity at the phrase's head (or anywhere in it) -> a pronoun, resolved to the previous
speaker or the nearest preceding person (he/she) or organisation/state (they/it) -> a description
("the analyst", "the CSTO chief of staff") matched against roles seen earlier in the document -> the
organisation or state inside an anonymous description ("a Kremlin spokesman" -> Russia).
"""
from __future__ import annotations

from .entities import Mentions
from .lexicon import PRONOUNS, ROLE_HEADS

GROUP_TYPES = {"Organization", "State", "Alliance", "ArmedGroup", "Media"}


def _entity_in(tokens, mentions: Mentions, head) -> str | None:
    if mentions.at[head.i] is not None:
        return mentions.at[head.i]
    for t in head.children:  # compounds/possessives of the head: "Trump campaign" -> prefer person
        if t.dep_ in ("compound", "poss", "nmod") and mentions.at[t.i] is not None and \
                mentions.type_of(mentions.at[t.i]) == "Person":
            return mentions.at[t.i]
    return None


def _nearest_before(mentions: Mentions, tok_i: int, types: set[str], limit: int = 400) -> str | None:
    for s, e, name in reversed(mentions.spans):
        if s < tok_i and tok_i - s < limit and mentions.type_of(name) in types:
            return name
    return None


def by_role(mentions: Mentions, words: set[str], before: int) -> str | None:
    """The most recently mentioned person whose known roles contain one of `words`."""
    best, best_pos = None, -1
    for s, e, name in mentions.spans:
        if s >= before:
            break
        info = mentions.entities[name]
        if info.type == "Person" and any(w in role.lower().split() for role in info.roles for w in words):
            if s > best_pos:
                best, best_pos = name, s
    return best


def resolve(span, mentions: Mentions, previous: str | None) -> str | None:
    """Canonical name for a speaker phrase (a spaCy Span), or None."""
    if span is None or len(span) == 0:
        return None
    head = span.root
    low = head.lower_
    if len(span) == 1 and low in PRONOUNS:
        kind = PRONOUNS[low]
        if kind == "person":
            if previous and mentions.type_of(previous) == "Person":
                # a person mentioned in this sentence before the pronoun beats the previous speaker
                sent_start = head.sent.start
                inner = _nearest_before(mentions, head.i, {"Person"}, head.i - sent_start + 1)
                return inner or previous
            return _nearest_before(mentions, head.i, {"Person"})
        if kind == "group":
            if previous and mentions.type_of(previous) in GROUP_TYPES:
                return previous
            return _nearest_before(mentions, head.i, GROUP_TYPES, 150)
        return None
    named = _entity_in(span, mentions, head)
    if named is not None:
        return named
    if low in ROLE_HEADS or head.lemma_.lower() in ROLE_HEADS:
        words = {low, head.lemma_.lower()} - {"official", "officials", "member"}
        person = by_role(mentions, words, span.start) if words else None
        if person is not None and any(t.lower_ == "the" or t.dep_ == "poss" for t in span):
            return person
    # anonymous description: the organisation/state it speaks for, else any named entity inside
    names = [mentions.at[t.i] for t in span if mentions.at[t.i] is not None]
    for name in names:
        if mentions.type_of(name) in GROUP_TYPES:
            return name
    return names[0] if names else None
