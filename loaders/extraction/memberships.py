"""Memberships (MEMBER_OF: state or organisation -> alliance or organisation) from the parse.

Two families of patterns, both general (no names in code):
* around a list verb after the group: "The CSTO, comprising A, B and C", "X includes A and B",
  "A joined X", "A belongs to X alongside B and C";
* around the noun "member(s)" / "member states": the group is its "of X" complement, its compound or
  possessive ("NATO member", "X's member states"), a description of the last-named alliance ("the
  bloc's sixth member", "members of the organisation"), or for "fellow/other members" and bare "member
  states" the last-named alliance; the members are what it is in apposition to ("A, a NATO member";
  "A, B and C, all members of X"), the subject of a copula ("A and B are members of X"; "both countries"
  -> the two states named most), its own apposition or "including" list ("members of X - A, B and C",
  "member states, including A"), what "members of X include", or the states in the subject of the
  clause for "fellow members" ("Tajik President X called on fellow members of Y");
* participant lists: "Contingents from A, B and C are taking part" after the alliance's drills.
A state body named with its state ("Foreign Ministry (Turkey)", see `institutions.py`) is PART_OF it.
"""
from __future__ import annotations

from bisect import bisect_left

from graph.records import Relation

from .doctext import text_of
from .entities import Mentions
from .institutions import split_qualified
from .quotes import quote_spans

GROUP = {"Alliance", "Organization"}
MEMBER_TYPES = {"State", "Organization"}
LIST_VERBS = {"comprise", "include", "consist", "unite", "group", "bring"}
LIST_FORMS = {"groups", "comprises", "includes", "unites"}
PARTICIPANTS = {"contingent", "troop", "force", "unit", "delegation", "soldier"}
GROUP_NOUNS = {"bloc", "alliance", "organisation", "organization", "union", "grouping", "pact", "treaty"}
COUNTRY_NOUNS = {"country", "countries", "state", "states", "nation", "nations", "republic", "republics"}
LOOKBACK = 800  # tokens back to the last-named alliance


def _entities(mentions: Mentions, lo: int, hi: int, types: set[str]) -> list[str]:
    out = []
    for k in range(lo, hi):
        name = mentions.at[k]
        if name and mentions.type_of(name) in types and name not in out:
            out.append(name)
    return out


def _quoted(doc) -> set[int]:
    """Token indices inside quotation marks (a group named in a quote is no antecedent)."""
    out: set[int] = set()
    for qs, qe in quote_spans(text_of(doc)):
        out.update(t.i for t in doc.char_span(qs, qe, alignment_mode="expand") or ())
    return out


def _last_group(mentions: Mentions, before: int, quoted: set[int] = frozenset()) -> str | None:
    spans = mentions.spans   # sorted: back from `before`, no further than LOOKBACK (bounded work)
    for k in range(bisect_left(spans, (before,)) - 1, -1, -1):
        s, e, name = spans[k]
        if before - s >= LOOKBACK:
            return None
        if mentions.type_of(name) in GROUP and s not in quoted:
            return name
    return None


def _last_states(mentions: Mentions, before: int, n: int) -> list[str]:
    """The `n` states mentioned most often in the LOOKBACK tokens before token `before` (ties: the most recent)."""
    counts: dict[str, tuple[int, int]] = {}
    spans = mentions.spans
    for s, e, name in spans[bisect_left(spans, (before - LOOKBACK,)):bisect_left(spans, (before,))]:
        if mentions.type_of(name) == "State":
            counts[name] = (counts.get(name, (0, 0))[0] + 1, s)
    return sorted(counts, key=lambda k: counts[k], reverse=True)[:n]


def _participant_lists(doc, mentions: Mentions) -> list[tuple[str, str]]:
    """"Contingents from A, B and C are taking part": three or more states sending participants are
    members of the alliance named in the same sentence or the 80 tokens before it."""
    pairs = []
    for tok in doc:
        if tok.lower_ != "from" or not {tok.head.lemma_.lower(), tok.head.lower_.rstrip("s")} & PARTICIPANTS:
            continue
        states = [n for c in tok.children if c.dep_ == "pobj"
                  for n in _entities(mentions, c.left_edge.i, c.right_edge.i + 1, {"State"})]
        if len(states) < 3:
            continue
        sent = tok.sent
        lo = max(0, sent.start - 80)  # the sentences just before (a quote may sit between drills and list)
        spans = mentions.spans   # sorted: only the spans between lo and the sentence's end (bounded work)
        groups = [n for s, e, n in spans[bisect_left(spans, (lo,)):bisect_left(spans, (sent.end,))]
                  if mentions.type_of(n) == "Alliance"]
        if groups:
            pairs += [(m, groups[-1]) for m in states]
    return pairs


def _group_of(tok, mentions: Mentions, quoted: set[int]) -> str | None:
    """The group a "member(s)" noun names: "of X", "X member", "X's members", "the bloc's member"."""
    cands = [c for c in tok.children if c.dep_ in ("compound", "poss", "nmod")]
    if tok.head.dep_ == "compound" or tok.dep_ == "compound":   # "member states": look at "states" too
        cands += [c for c in tok.head.children if c.dep_ in ("compound", "poss", "nmod") and c.i != tok.i]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            cands += [g for g in c.children if g.dep_ == "pobj"]
    for c in cands:
        named = _entities(mentions, c.left_edge.i, c.i + 1, GROUP)
        if named:
            return named[-1]
        if c.lemma_.lower() in GROUP_NOUNS:
            return _last_group(mentions, c.i, quoted)
    return None


def _span_members(mentions: Mentions, tok) -> list[str]:
    """States/organisations in a noun phrase and its conjuncts; "both countries" -> last two states."""
    found = _entities(mentions, tok.left_edge.i, tok.right_edge.i + 1, MEMBER_TYPES)
    if not found and tok.lower_ in COUNTRY_NOUNS:
        n = 2 if any(c.lower_ in ("both", "two") for c in tok.children) else 0
        found = _last_states(mentions, tok.left_edge.i, n) if n else []
    return found


def _members_of_noun(tok, mentions: Mentions) -> list[str]:
    members: list[str] = []
    noun = tok.head if tok.dep_ == "compound" else tok        # "member states" -> "states"
    if noun.dep_ == "appos":                                  # "A, a NATO member" / "A, B and C, all members"
        head = noun.head
        members += _entities(mentions, head.i, head.i + 1, MEMBER_TYPES)
        for c in head.conjuncts:
            members += _entities(mentions, c.i, c.i + 1, MEMBER_TYPES)
        members += _entities(mentions, head.left_edge.i, head.i + 1, MEMBER_TYPES)
    if noun.dep_ in ("attr", "acomp") or (noun.dep_ == "pobj" and noun.head.lower_ == "as"):
        verb = noun.head if noun.dep_ != "pobj" else noun.head.head
        for s in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            members += _span_members(mentions, s)
    for c in noun.children:
        if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in ("including", "like")):
            members += _entities(mentions, c.left_edge.i, c.right_edge.i + 1, MEMBER_TYPES)
        if c.dep_ == "punct" and c.text in ("-", "–", "—", ":"):
            nxt = [x for x in noun.rights if x.i > c.i and x.dep_ in ("appos", "conj", "npadvmod", "dep")]
            for x in nxt[:1]:
                members += _entities(mentions, x.left_edge.i, x.right_edge.i + 1, MEMBER_TYPES)
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "include":  # "members of X include A and B"
        for c in noun.head.children:
            if c.dep_ == "dobj":
                members += _entities(mentions, c.left_edge.i, c.right_edge.i + 1, MEMBER_TYPES)
    if any(c.lower_ in ("fellow", "other") for c in noun.children) and noun.dep_ in ("pobj", "dobj"):
        verb = noun.head
        while verb.dep_ in ("prep", "pobj", "dobj") and verb.head.i != verb.i:
            verb = verb.head
        for s in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            members += _entities(mentions, s.left_edge.i, s.right_edge.i + 1, {"State"})
    return members


def _list_verbs(doc, mentions: Mentions, s: int, e: int, group: str) -> list[str]:
    tok = doc[s:e].root    # "Organization" in "the Organization of Turkic States"
    members: list[str] = []
    for c in tok.children:  # "The CSTO, comprising A, B and C"
        if c.lemma_.lower() in LIST_VERBS or c.lower_ in ("comprising", "including", "uniting", "grouping"):
            members += _entities(mentions, c.i, c.right_edge.i + 1, MEMBER_TYPES)
    nxt = doc[e] if e < len(doc) else None   # "The CSTO groups A, B and C" parsed as a noun compound
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ in LIST_FORMS and tok.dep_ == "compound":
        members += _entities(mentions, e + 1, nxt.sent.end, MEMBER_TYPES)
    head = tok.head
    if tok.dep_ == "nsubj" and head.lemma_.lower() in LIST_VERBS:          # "X includes A and B"
        for c in head.children:
            if c.dep_ == "dobj":
                members += _entities(mentions, c.left_edge.i, c.right_edge.i + 1, MEMBER_TYPES)
    verb = head.head if tok.dep_ == "pobj" and head.lower_ == "to" else head
    if (tok.dep_ == "dobj" and head.lemma_ == "join") or (verb.lemma_ == "belong" and tok.dep_ == "pobj"):
        for c in verb.children:       # "A joined X" / "A belongs to X alongside B and C"
            if c.dep_ == "nsubj":
                members += _entities(mentions, c.left_edge.i, c.right_edge.i + 1, MEMBER_TYPES)
            if c.dep_ == "prep" and c.lower_ in ("alongside", "with"):
                members += _entities(mentions, c.i, c.right_edge.i + 1, MEMBER_TYPES)
        for c in list(head.children if head.lower_ == "to" else ()) + list(tok.children):
            if c.dep_ == "prep" and c.lower_ in ("alongside", "with"):
                members += _entities(mentions, c.i, c.right_edge.i + 1, MEMBER_TYPES)
    return members


def memberships(doc, mentions: Mentions) -> list[Relation]:
    pairs: list[tuple[str, str]] = []
    quoted = _quoted(doc)
    for s, e, group in mentions.spans:
        if mentions.type_of(group) in GROUP:
            pairs += [(m, group) for m in _list_verbs(doc, mentions, s, e, group)]
    for tok in doc:
        if tok.lemma_.lower() != "member":
            continue
        group = _group_of(tok, mentions, quoted)
        if group is None and (any(c.lower_ in ("fellow", "other") for c in tok.children)
                              or tok.dep_ == "compound" and tok.head.lower_ in COUNTRY_NOUNS):
            group = _last_group(mentions, tok.i, quoted)
        if group is not None:
            pairs += [(m, group) for m in _members_of_noun(tok, mentions)]
    pairs += _participant_lists(doc, mentions)
    return [Relation(source=m, type="MEMBER_OF", target=g) for m, g in pairs if m != g] + part_of(mentions)


def part_of(mentions: Mentions) -> list[Relation]:
    """PART_OF from each state body named with its state ("Foreign Ministry (Turkey)") to that state."""
    out = []
    for name, info in mentions.entities.items():
        parts = split_qualified(name)
        if parts and mentions.type_of(parts[1]) == "State":
            out.append(Relation(source=name, type="PART_OF", target=parts[1]))
    return out
