"""Step 5, speakers: resolve the phrase that says something to a canonical entity name.

Order: a dateline the parse took for the subject ("CLEVELAND (UPI) — X told") is skipped for the
first entity after its dash -> a named entity at the phrase's head (or a person owning it: "the Trump
campaign"), or in apposition to a role head ("Vatican spokesman the Rev. X") -> a pronoun
(`pronouns.py`: he/she by gender agreement and subject position; they/it to the previous group speaker
or the nearest organisation/state; "I" to the byline author) -> a description (`descriptions.py`:
"the analyst", "the newspaper", "the campaign" refer back to a known entity; "a source", "officials"
stay anonymous, except for the organisation or state inside them: "a Kremlin spokesman" -> Russia). A person named inside the phrase, outside prepositional modifiers,
beats a place ("Sen. X of Massachusetts" -> X); a ministry whose name names no state speaks for the
state in the phrase ("Russia's Foreign Ministry said" -> Russia). A proper-noun run at the head that NER missed
("Fields said", "according to HuffPo") becomes an entity (`propernames.py`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .descriptions import MEDIA, ORG_NOUNS, describe
from .entities import Mentions
from .lexicon import PLURAL_PRONOUNS, PRONOUNS, ROLE_HEADS, SOURCE_KINDS
from .pronouns import antecedent
from .propernames import name_at

GROUP_TYPES = {"Organization", "State", "Alliance", "ArmedGroup", "Media"}
FIRST_PERSON = {"i", "me", "my"}


@dataclass
class Context:
    """What speaker resolution may look at in one parsed chunk."""

    mentions: Mentions
    genders: dict = field(default_factory=dict)
    in_quote: list = field(default_factory=list)
    author: str | None = None
    in_content: list = field(default_factory=list)   # token i lies in what some statement reports
    previous: str | None = None      # the last resolved speaker
    previous_i: int = -1             # its cue's token index in this chunk (-1: an earlier chunk)
    home: str | None = None          # the state of the dateline, if any
    body_states: dict = field(default_factory=dict)   # "Foreign Ministry" -> the state it was named with
    title_end: int = 0               # character offset where the headline ends in this chunk (0: none)
    by_last: dict = field(default_factory=dict)   # surname -> full names of the people who bear it

    def resolve(self, span, cue_i: int | None = None) -> str | None:
        """`resolve` in this context (for `descriptions.py`, which cannot import this module back)."""
        return resolve(span, self, cue_i)


def _entity_in(mentions: Mentions, head) -> str | None:
    if mentions.at[head.i] is not None:
        return mentions.at[head.i]
    for t in head.children:  # compounds/possessives of the head: "Trump campaign" -> prefer person
        if t.dep_ in ("compound", "poss", "nmod") and mentions.at[t.i] is not None and \
                mentions.type_of(mentions.at[t.i]) == "Person":
            return mentions.at[t.i]
    return None


def nearest_before(mentions: Mentions, tok_i: int, types: set[str], limit: int = 400) -> str | None:
    """The last entity of `types` mentioned in the `limit` tokens before `tok_i` (bisection: O(limit))."""
    spans = mentions.spans
    for k in range(bisect_left(spans, (tok_i,)) - 1, -1, -1):
        s, _e, name = spans[k]
        if tok_i - s >= limit:
            break
        if mentions.type_of(name) in types:
            return name
    return None


DASHES = {"—", "–", "--", "-"}
GENERIC_BODY = re.compile(r"^(?:[A-Z][a-z]+ )?(?:Ministry|Department|Office)(?: \([^()]+\))?$|^Ministry of ")  # names no state


def dateline_end(doc, sent_start: int) -> int | None:
    """Token index of the dash closing a dateline at a sentence start ("CLEVELAND, July 19 (UPI) —",
    "Washington (AFP) –"): an all-capitals first word or a parenthesised agency before it; else None."""
    first = doc[sent_start]
    for k in range(sent_start, min(sent_start + 12, len(doc))):
        if doc[k].text in DASHES:
            caps = first.is_upper and first.is_alpha and len(first) >= 3
            agency = any(doc[j].text == "(" and doc[j + 1].is_upper and doc[j + 2].text == ")"
                         for j in range(sent_start, k - 2))
            return k if caps or agency else None
    return None


def _after_dateline(span, ctx: Context, cue_i: int | None) -> str | None:
    """When the phrase lies inside a dateline: the noun phrase between its dash and the cue, resolved
    ("KABUL (AP) - Afghanistan's Taliban administration said" -> Taliban), else the first person (else
    entity) named there."""
    doc, mentions = span.doc, ctx.mentions
    dash = dateline_end(doc, span.root.sent.start)
    if dash is None or span.end > dash + 1 or cue_i is None or cue_i <= dash:
        return None
    root = next((t for t in doc[dash + 1:cue_i] if t.pos_ in ("NOUN", "PROPN") and
                 not dash < t.head.i < cue_i), None)
    if root is not None:
        name = _resolve(doc[max(dash + 1, root.left_edge.i):root.i + 1], ctx, cue_i)
        if name is not None:
            return name
    names = [mentions.at[k] for k in range(dash + 1, cue_i) if mentions.at[k]]
    people = [n for n in names if mentions.type_of(n) == "Person"]
    return (people or names or [None])[0]


def _under_prep(tok, head) -> bool:
    """The token hangs on `head` through a prepositional modifier ("of Massachusetts") or not at all."""
    while tok.i != head.i:
        if tok.dep_ in ("prep", "agent") or tok.head.i == tok.i:
            return True
        tok = tok.head
    return False


_TITLE_LINKS = {"for", "of", "and", "the", "&"}


def _title_tail(t, head) -> bool:
    """The name right after a long capitalised title the parser read as the role's prepositional object:
    "Deputy Foreign Minister for Arab and African Affairs Hossein X" (every word between is capitalised or a link)."""
    return head.i < t.i and all(w.lower_ in _TITLE_LINKS or (w.text[:1].isupper() and w.pos_ in ("PROPN", "ADJ"))
                                for w in t.doc[head.i + 1:t.i]) and any(w.lower_ in ("for", "of") for w in t.doc[head.i + 1:t.i])


def _named_inside(span, mentions: Mentions) -> str | None:
    """A person named in the phrase, else in apposition to a role head, outside prepositional modifiers."""
    head = span.root
    people = [mentions.at[t.i] for t in span if mentions.at[t.i] and
              mentions.type_of(mentions.at[t.i]) == "Person" and (not _under_prep(t, head) or _title_tail(t, head))]
    if people:
        return min(people, key=lambda n: min(abs(t.i - head.i) for t in span if mentions.at[t.i] == n))
    if head.lower_ in ROLE_HEADS or head.lemma_.lower() in ROLE_HEADS:
        # "the U.N. special envoy for Central Asia, Clara Ventimiglia, told": the apposition may hang
        # on the last word of the role's modifiers
        for c in head.subtree:
            if c.dep_ == "appos" and c.i > head.i:
                name = mentions.at[c.i] or next((mentions.at[t.i] for t in c.subtree if mentions.at[t.i]), None)
                if name and mentions.type_of(name) == "Person":
                    return name
    return None


def told_by(pronoun):
    """For "it": the subject of the sentence before (or of its own sentence, before it) when that is a
    document or media description no entity names ("The report found ... It said", "The newspaper
    obtained ... It said"), as a phrase; else None."""
    if pronoun.lower_ != "it":
        return None
    doc, sent = pronoun.doc, pronoun.sent
    roots = [t for t in doc[sent.start:pronoun.i] if t.dep_ in ("ROOT", "conj") and t.pos_ in ("VERB", "AUX")]
    if not roots and sent.start > 0:
        roots = [doc[sent.start - 1].sent.root]
    for verb in roots:
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < pronoun.i), None)
        if subj is not None and not subj.ent_type_ and any(c.dep_ in ("det", "poss") for c in subj.children) and \
                (subj.lemma_.lower() in SOURCE_KINDS["document"] or subj.lemma_.lower() in MEDIA):
            return subj.doc[subj.left_edge.i:subj.i + 1]
    return None


def _apposed_group(span, mentions: Mentions) -> str | None:
    """"The influential daily, The New York Times, said": a media or organisation noun with a named
    organisation in apposition speaks as that organisation."""
    head = span.root
    if head.lemma_.lower() not in MEDIA and head.lemma_.lower() not in ORG_NOUNS:
        return None
    for c in head.rights:
        if c.dep_ == "appos":
            name = mentions.at[c.i] or next((mentions.at[t.i] for t in c.subtree if mentions.at[t.i]), None)
            if name and mentions.type_of(name) in GROUP_TYPES:
                return name
    return None


def resolve(span, ctx: Context, cue_i: int | None = None) -> str | None:
    """Canonical name for a speaker phrase (a spaCy Span) of the cue at token `cue_i`, or None.
    A ministry that names no state ("the Foreign Ministry") speaks for the state it was named with
    earlier ("Turkey's Foreign Ministry"), else for the dateline's state."""
    name = _resolve(span, ctx, cue_i)
    if name is not None and GENERIC_BODY.match(name):
        return ctx.body_states.get(name) or ctx.home or name
    return name


def _role_compound(span, mentions: Mentions) -> bool:
    """A definite role noun whose only names are modifiers of it: "the Vermont senator", "the Florida
    senator" (NER often types the state as a person); a description, not the person named."""
    head = span.root
    if not (head.lower_ in ROLE_HEADS or head.lemma_.lower() in ROLE_HEADS) or head.pos_ != "NOUN":
        return False
    if not any(t.lower_ in ("the", "this") for t in span if t.i < head.i):
        return False
    named = [t for t in span if mentions.at[t.i]]
    return bool(named) and all(t.i < head.i and t.dep_ in ("compound", "amod", "nmod") for t in named)


def _resolve(span, ctx: Context, cue_i: int | None) -> str | None:
    if span is None or len(span) == 0:
        return None
    mentions = ctx.mentions
    moved = _after_dateline(span, ctx, cue_i)
    if moved:
        return moved
    head = span.root
    low = head.lower_
    if len(span) == 1 and low in PRONOUNS:
        kind = PRONOUNS[low]
        if kind == "person":
            return antecedent(head, ctx)
        if kind == "group":
            told = told_by(head)
            if told is not None:   # "The report found ... It said": the document speaks, or the outlet
                return describe(told, ctx) if told.root.lemma_.lower() in MEDIA else None
            # a state is "it", hardly ever "they" ("they said" after a story on Iraq is its people)
            types = GROUP_TYPES - {"State"} if low in PLURAL_PRONOUNS else GROUP_TYPES
            if ctx.previous and mentions.type_of(ctx.previous) in types:
                return ctx.previous
            return nearest_before(mentions, head.i, types, 150)
        return ctx.author if low in FIRST_PERSON else None
    named = _entity_in(mentions, head)
    if named is not None and GENERIC_BODY.match(named):  # "Russia's Foreign Ministry", "the Tajik Defence Ministry"
        states = [mentions.at[t.i] for t in span if mentions.type_of(mentions.at[t.i]) == "State"]
        if states:
            ctx.body_states[named] = states[0]
            return states[0]
    if named is not None and mentions.type_of(named) != "Place":
        return named
    if _role_compound(span, mentions):
        described = describe(span, ctx)
        if described is not None:
            return described
    inside = _named_inside(span, mentions) or _apposed_group(span, mentions)
    if inside is not None:
        return inside
    if named is not None:
        return named
    created = name_at(span, mentions, ctx.in_quote)
    if created is not None:
        return created
    return describe(span, ctx)
