"""Descriptions as speakers: "the analyst", "the newspaper", "the campaign", "a source".

A definite description ("the ...", "this ...", a possessive) refers back to something the article has
already named, so it is resolved; an indefinite or bare plural one ("a source", "officials",
"analysts") is anonymous and stays unresolved (None) unless it names the organisation or state it
speaks for ("a Kremlin spokesman" -> Russia). Definite descriptions, by their head noun:
* media nouns ("the newspaper") -> the most recent Media entity;
* campaign nouns ("the campaign", "his campaign") -> the person or organisation whose campaign was
  named last ("the Clinton campaign", "Trump's campaign"), or the pronoun's antecedent;
* product nouns ("the ad", "the campaign's statement") -> the possessor, else the owner of the same
  noun seen last ("X is releasing a new ad");
* organisation/state nouns ("the committee", "the country") -> the most recent such entity whose
  name has that word, else (group, country ...) the nearest entity of that type;
* role nouns ("the senator", "the billionaire businessman") -> the most recent person whose roles
  (titles before the name, appositions) contain that word, abbreviations expanded ("Sen." -> senator);
  with an organisation or state named ("the CSTO chief of staff"), failing that, the person who spoke
  just before.
Word lists live in `lexicon.json` ("descriptions").
"""
from __future__ import annotations

from bisect import bisect_left

from .lexicon import DESCRIPTIONS, ROLE_HEADS, TITLE_ROLES
from .pronouns import PRONOUN_GENDER, antecedent
from .relations import _groups_in, _role_text

GROUP_TYPES = {"Organization", "State", "Alliance", "ArmedGroup", "Media"}
DEFINITE = {"the", "this", "that", "these", "those"}
MEDIA = frozenset(DESCRIPTIONS["media"])
CAMPAIGN = frozenset(DESCRIPTIONS["campaign"])
PRODUCT = frozenset(DESCRIPTIONS["product"])     # what speaks for its owner: "the ad", "the campaign's statement"
ORG_NOUNS: dict[str, list[str]] = DESCRIPTIONS["organisation"]   # noun -> entity types it may refer to
LOOKBACK = 600  # tokens
RECENT = 80     # tokens from the previous speaker's cue for "the CSTO chief of staff said"
ROLE_REACH = 1500   # tokens either side in which `by_role` looks for the holder: bounded work per description


def role_words(role: str) -> set[str]:
    """Lower-case words of a role, with title abbreviations expanded ("Sen." -> "senator")."""
    out = set()
    for w in role.lower().split():
        out.add(w)
        out.update(TITLE_ROLES.get(w, ()))
    return out


def _holds(mentions, name: str, words: set[str]) -> bool:
    info = mentions.entities[name]
    return info.type == "Person" and any(words & role_words(r) for r in info.roles)


def by_role(mentions, words: set[str], before: int) -> str | None:
    """The most recently mentioned person whose known roles contain one of `words`; when nobody
    before holds the role, the first who does after ("the alliance's chief of staff said ... Colonel
    General X, chief of the CSTO Joint Staff, told reporters")."""
    spans = mentions.spans
    at = bisect_left(spans, (before,))
    for k in range(at - 1, -1, -1):
        if before - spans[k][0] > ROLE_REACH:
            break
        if _holds(mentions, spans[k][2], words):
            return spans[k][2]
    for k in range(at, len(spans)):
        if spans[k][0] - before > ROLE_REACH:
            break
        if _holds(mentions, spans[k][2], words):
            return spans[k][2]
    return None


def introduced(noun, mentions, limit: int = 120) -> str | None:
    """"comments by a Tashkent-based analyst. ... Uzbek political analyst Rafik Tashmurov": the first
    person named within `limit` tokens after an indefinite role noun whose roles hold that role."""
    words = {noun.lower_, noun.lemma_.lower()} & ROLE_HEADS
    spans = mentions.spans
    for k in range(bisect_left(spans, (noun.i + 1,)), len(spans)):
        s, _e, name = spans[k]
        if s - noun.i > limit:
            break
        if words and _holds(mentions, name, words):
            return name
    return None


def _recent(mentions, before: int, types: set[str], word: str | None = None) -> str | None:
    spans = mentions.spans
    for k in range(bisect_left(spans, (before,)) - 1, -1, -1):
        s, e, name = spans[k]
        if before - s > LOOKBACK:
            break
        if mentions.type_of(name) in types and (word is None or word in name.lower().split()):
            return name
    return None


def _campaign_owner(head, ctx) -> str | None:
    mentions = ctx.mentions
    for c in head.children:
        if c.dep_ == "poss" and c.lower_ in PRONOUN_GENDER:
            return antecedent(c, ctx)
    doc = head.doc
    for k in range(head.i - 1, max(-1, head.i - LOOKBACK), -1):
        if doc[k].lemma_.lower() in CAMPAIGN:
            for c in doc[k].children:
                name = mentions.at[c.i]
                if c.dep_ in ("compound", "poss") and name and mentions.type_of(name) in {"Person"} | GROUP_TYPES:
                    return name
    return None


def _product_owner(head, ctx) -> str | None:
    """Who a statement/ad speaks for: its possessor ("the campaign's statement", "Trump's ad"), else the
    owner of the same noun seen last ("Sanders is releasing a new ad ... The ad says")."""
    mentions, doc = ctx.mentions, head.doc
    for c in head.children:
        if c.dep_ in ("poss", "compound") and c.i < head.i:
            return mentions.at[c.i] or ctx.resolve(doc[c.left_edge.i:c.i + 1])
    lemma = head.lemma_.lower()
    for k in range(head.i - 1, max(-1, head.i - LOOKBACK), -1):
        t = doc[k]
        if t.lemma_.lower() != lemma:
            continue
        for c in t.children:
            if c.dep_ in ("poss", "compound") and mentions.at[c.i]:
                return mentions.at[c.i]
        verb = t.head if t.dep_ in ("dobj", "nsubjpass") else None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subj is not None and mentions.at[subj.i]:
            return mentions.at[subj.i]
        return None
    return None


def _learn_role(span, person: str, mentions) -> None:
    """What a description that turned out to be `person` says of them: "the CSTO chief of staff" gives
    the role "chief of staff" and the affiliation CSTO."""
    role = _role_text(span.doc, span.start, span.end, mentions)
    if role:
        mentions.add_role(person, role)
    for name in _groups_in(span.doc, mentions, span.start, span.end):
        mentions.add_affiliation(person, name)


def describe(span, ctx) -> str | None:
    """Canonical name for a descriptive speaker phrase, or None when it is anonymous or unknown."""
    mentions = ctx.mentions
    head = span.root
    lemma, low = head.lemma_.lower(), head.lower_
    before = [t for t in span if t.i < head.i]
    # a headline's bare role noun ("Analyst says ...", "... minister says") names the article's one
    definite = any(t.lower_ in DEFINITE or t.dep_ == "poss" for t in before) or head.idx < ctx.title_end
    names = [mentions.at[t.i] for t in span if mentions.at[t.i] is not None]
    if definite and lemma in PRODUCT:
        return _product_owner(head, ctx)
    if definite and not names:
        if lemma in MEDIA or low in MEDIA:
            return _recent(mentions, head.i, {"Media"})
        if lemma in CAMPAIGN:
            return _campaign_owner(head, ctx)
        if lemma in ORG_NOUNS:
            types = set(ORG_NOUNS[lemma])
            return _recent(mentions, head.i, types, lemma) or \
                (_recent(mentions, head.i, types) if lemma in DESCRIPTIONS["generic"] else None)
        words = {w for t in [head] + before for w in (t.lower_, t.lemma_.lower())
                 if w in ROLE_HEADS}
        words -= {"official", "officials", "member"}
        if words and head.pos_ in ("NOUN", "PROPN"):
            return by_role(mentions, words, span.start)
        return None
    if definite and names and (head.lower_ in ROLE_HEADS or lemma in ROLE_HEADS):
        # "the CSTO chief of staff", "the Russian deputy minister": a person holding the role, else the
        # person who spoke just before
        words = {w for t in [head] + before for w in (t.lower_, t.lemma_.lower()) if w in ROLE_HEADS}
        person = by_role(mentions, words - {"official", "officials", "member"}, span.start)
        if person is None and ctx.previous and mentions.type_of(ctx.previous) == "Person" and \
                0 <= ctx.previous_i and head.i - ctx.previous_i < RECENT:
            person = ctx.previous
            _learn_role(span, person, mentions)
        if person is not None:
            return person
    # anonymous description: the organisation/state it speaks for (the one nearest the head noun:
    # "Afghanistan's Taliban administration" -> Taliban), else any named entity inside
    near = sorted((abs(t.i - head.i), mentions.at[t.i]) for t in span if mentions.at[t.i] is not None)
    for _, name in near:
        if mentions.type_of(name) in GROUP_TYPES:
            return name
    return names[0] if names else None
