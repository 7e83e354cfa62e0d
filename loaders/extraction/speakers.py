"""Step 5, speakers: resolve the phrase that says something to a canonical entity name.

Order: a named entity at the phrase's head (or a person owning it: "the Trump campaign") -> a pronoun
(`pronouns.py`: he/she by gender agreement and subject position; they/it to the previous group speaker
or the nearest organisation/state; "I" to the byline author) -> a description (`descriptions.py`:
"the analyst", "the newspaper", "the campaign" refer back to a known entity; "a source", "officials"
stay anonymous, except for the organisation or state inside them: "a Kremlin spokesman" -> Russia).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .descriptions import describe
from .entities import Mentions
from .lexicon import PRONOUNS
from .pronouns import antecedent

GROUP_TYPES = {"Organization", "State", "Alliance", "ArmedGroup", "Media"}
FIRST_PERSON = {"i", "me", "my"}


@dataclass
class Context:
    """What speaker resolution may look at in one parsed chunk."""

    mentions: Mentions
    genders: dict = field(default_factory=dict)
    in_quote: list = field(default_factory=list)
    author: str | None = None
    previous: str | None = None      # the last resolved speaker
    previous_i: int = -1             # its cue's token index in this chunk (-1: an earlier chunk)


def _entity_in(mentions: Mentions, head) -> str | None:
    if mentions.at[head.i] is not None:
        return mentions.at[head.i]
    for t in head.children:  # compounds/possessives of the head: "Trump campaign" -> prefer person
        if t.dep_ in ("compound", "poss", "nmod") and mentions.at[t.i] is not None and \
                mentions.type_of(mentions.at[t.i]) == "Person":
            return mentions.at[t.i]
    return None


def nearest_before(mentions: Mentions, tok_i: int, types: set[str], limit: int = 400) -> str | None:
    for s, e, name in reversed(mentions.spans):
        if s < tok_i and tok_i - s < limit and mentions.type_of(name) in types:
            return name
    return None


def resolve(span, ctx: Context) -> str | None:
    """Canonical name for a speaker phrase (a spaCy Span), or None."""
    if span is None or len(span) == 0:
        return None
    mentions = ctx.mentions
    head = span.root
    low = head.lower_
    if len(span) == 1 and low in PRONOUNS:
        kind = PRONOUNS[low]
        if kind == "person":
            return antecedent(head, ctx)
        if kind == "group":
            if ctx.previous and mentions.type_of(ctx.previous) in GROUP_TYPES:
                return ctx.previous
            return nearest_before(mentions, head.i, GROUP_TYPES, 150)
        return ctx.author if low in FIRST_PERSON else None
    named = _entity_in(mentions, head)
    if named is not None:
        return named
    return describe(span, ctx)
