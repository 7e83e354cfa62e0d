"""Step 3, entities: typed entities with aliases, from NER plus the gazetteer plus a person registry.

The registry is per document. Full person names (two or more words tagged PERSON) are collected first;
afterwards a lone surname or first name resolves to that person whatever label NER gave it ("Tashmurov"
is often tagged ORG). Gazetteer matches win over NER for known states, alliances, groups and media.
`Mentions.at[token_index]` gives the canonical name of the entity a token belongs to.
"""
from __future__ import annotations

import re
from bisect import insort
from dataclasses import dataclass, field

from . import namecheck
from .gazetteer import Gazetteer
from .institutions import bare_institution, claimed_edges, qualified, state_in_context
from .lexicon import ROLE_HEADS, TITLES, speech_lemma
from .metonyms import add_metonyms
from .places import load as load_places
from .untagged import ORG_WORDS, capitalised, missed_people
from .pronouns import FIRST_NAMES

MEDIA_WORDS = re.compile(r"\b(News|Times|Post|Journal|Tribune|Herald|Gazette|Daily|Press|TV|Radio|Enquirer|"
                         r"Magazine|Broadcasting|Television|Channel|Wire|Review|Report|Ledger|Courier|Observer|"
                         r"Chronicle|Examiner|Dispatch|Inquirer|Bulletin|Newswire|Newspaper)\b")
JUNK = {"breaking news", "latest posts", "related", "share", "advertisement", "getty images", "ap photo", "reuters photo",
        "pac", "super pac", "foia", "daca", "dapa", "gdp", "brexit", "netizens"}   # words, programmes and laws
NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place"}


@dataclass
class EntityInfo:
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    count: int = 0


@dataclass
class Mentions:
    """Entities of one document, and which tokens mention which entity."""

    entities: dict[str, EntityInfo]
    at: list[str | None]                      # token index -> canonical name
    spans: list[tuple[int, int, str]]         # (start token, end token, canonical name) in order
    acronyms: dict[str, str] = field(default_factory=dict)   # "ICG" -> "International Crisis Group"

    def add_role(self, name: str, role: str) -> None:
        info = self.entities.get(name)
        if info is not None and role and role not in info.roles:
            info.roles.append(role)

    def add_affiliation(self, name: str, org: str) -> None:
        info = self.entities.get(name)
        if info is not None and org != name and org not in info.affiliations:
            info.affiliations.append(org)

    def add(self, s: int, e: int, name: str, etype: str, surface: str, ordered: bool = False) -> bool:
        """Record tokens [s, e) as a mention of `name` (created with `etype` if new); False when a token
        already belongs to an entity. `ordered` keeps `spans` sorted (for additions after `find_mentions`)."""
        if any(self.at[k] is not None for k in range(s, e)):
            return False
        info = self.entities.get(name)
        if info is None:
            info = self.entities[name] = EntityInfo(name, etype)
        info.count += 1
        if surface != name:
            info.aliases.add(surface)
        for k in range(s, e):
            self.at[k] = name
        if ordered:
            insort(self.spans, (s, e, name))
        else:
            self.spans.append((s, e, name))
        return True

    def release(self, s: int, e: int) -> None:
        """Forget the mentions over tokens [s, e) (a longer name takes them over)."""
        for span in [x for x in self.spans if x[0] < e and s < x[1]]:
            self.spans.remove(span)
            self.entities[span[2]].count -= 1
            for k in range(span[0], span[1]):
                self.at[k] = None

    def type_of(self, name: str | None) -> str | None:
        info = self.entities.get(name) if name else None
        return info.type if info else None


def _strip_name(span) -> tuple[int, int]:
    """Token bounds of a person name without leading titles/determiners and trailing possessive."""
    s, e = span.start, span.end
    doc = span.doc
    while s < e - 1 and (doc[s].text in TITLES or doc[s].lower_ in {"the", "a", "an"} or doc[s].is_punct
                         or e - s > 2 and doc[s].lower_ in ROLE_HEADS):   # "Spokesman Hami Aksoy"
        s += 1
    while e > s + 1 and (doc[e - 1].text in {"'s", "’s", "‘s", "'", "’"} or doc[e - 1].is_punct):
        e -= 1
    return s, e


def _title_part(ent) -> bool:
    """A PERSON label on the start of a title ("Tajik Defence" in "Tajik Defence Minister X"): the span
    is followed by a title word."""
    doc = ent.doc
    return ent.label_ == "PERSON" and ent.end < len(doc) and doc[ent.end].text in TITLES





def _name_words(text: str) -> list[str]:
    return [w for w in re.split(r"\s+", text) if w]


def _speaking_name(ent, gaz: Gazetteer) -> bool:
    """An ORG/GPE label on a two- or three-word name that starts with a listed first name, is the
    subject of a verb of saying, or follows a title ("President Kassym-Jomart Tokayev", hyphen and all)."""
    from .lexicon import speech_lemma
    doc = ent.doc
    titled = ent.start > 0 and (doc[ent.start - 1].lower_ in ROLE_HEADS or doc[ent.start - 1].text in TITLES)
    hyphens = sum(t.text == "-" for t in ent) if titled else 0
    if ent.label_ not in ("ORG", "GPE") or not 2 <= len(ent) - 2 * hyphens <= 3 or ORG_WORDS.search(ent.text):
        return False
    if not all(capitalised(t) and t.is_alpha or (hyphens and t.text == "-" and not t.whitespace_) for t in ent) \
            or ent[0].text == "-" or ent[-1].text == "-" or gaz.lookup(ent.text) is not None:
        return False
    if hyphens:
        return True
    from .pronouns import FIRST_NAMES
    if ent[0].text in FIRST_NAMES:  # "Helena Marklund" tagged ORG: a listed first name makes it a person
        return True
    root = ent.root
    return root.dep_ == "nsubj" and speech_lemma(root.head.text) is not None


class PersonRegistry:
    """Per-document people: full names, and lookups by surname or first name."""

    def __init__(self) -> None:
        self.full: dict[str, str] = {}        # canonical -> canonical (fullest form)
        self.by_last: dict[str, list[str]] = {}
        self.by_first: dict[str, list[str]] = {}
        self.counts: dict[str, int] = {}

    def add_full(self, name: str) -> str:
        words = _name_words(name)
        first, last = words[0], words[-1]
        for cand in self.by_last.get(last, []):
            cw = _name_words(cand)
            # a one-word name tagged PERSON whole ("Amir-Abdollahian", hyphenated) is the surname of the full one
            if cw[0] == first or cw[0][:1] == first[:1] and (len(first) <= 2 or len(cw[0]) <= 2) \
                    or len(words) == 1 or len(cw) == 1:
                if len(name) > len(cand):      # keep the fullest form
                    self._rename(cand, name)
                    return name
                return cand
        self.full[name] = name
        self.by_last.setdefault(last, []).append(name)
        self.by_first.setdefault(first, []).append(name)
        return name

    def _rename(self, old: str, new: str) -> None:
        del self.full[old]
        self.full[new] = new
        for table in (self.by_last, self.by_first):
            for key, lst in table.items():
                table[key] = [new if x == old else x for x in lst]
        w = _name_words(new)
        for table, key in ((self.by_last, w[-1]), (self.by_first, w[0])):
            if new not in table.setdefault(key, []):
                table[key].append(new)
        self.counts[new] = self.counts.pop(old, 0)

    def resolve(self, word: str) -> str | None:
        """Full name for a lone surname (or first name) seen in this document."""
        cands = self.by_last.get(word) or self.by_first.get(word)
        if not cands:
            return None
        return max(cands, key=lambda c: self.counts.get(c, 0))


def _person_bounds(ent, tails: dict[int, int]) -> tuple[int, int]:
    """A person span without titles, a trailing possessive, anything from a colon on ("Luciana Lopez:
    Saying") and a known group at its end ("Obama White House")."""
    s, e = _strip_name(ent)
    doc = ent.doc
    for k in range(s + 1, e):
        if doc[k].text in (":", "‘s", "‘") or tails.get(k, 0) == e and e - k >= 2:
            return _strip_name(doc[s:k]) if k - s >= 1 else (s, k)
    return s, e


def _role_split(doc, s: int, e: int) -> tuple[int, int | None]:
    """For an ORG span holding a title and a name ("Foreign Ministry Spokesman Maria Zakharova"): the end
    of the part before the title run, and the start of the name after it (None when no name follows)."""
    r = max((k for k in range(s, e) if doc[k].lower_ in ROLE_HEADS or doc[k].text in TITLES), default=None)
    if r is None:
        return e, None
    lo = r
    while lo > s and (doc[lo - 1].lower_ in ROLE_HEADS or doc[lo - 1].text in TITLES):
        lo -= 1
    name_ok = r + 1 < e and all(capitalised(doc[k]) and doc[k].is_alpha for k in range(r + 1, e))
    return lo, (r + 1 if name_ok else None)


def find_mentions(doc, gaz: Gazetteer, reg: PersonRegistry | None = None,
                  entities: dict[str, EntityInfo] | None = None) -> Mentions:
    """All entity mentions of a parsed document, resolved to canonical names.

    `reg` and `entities` carry the per-document registry across the chunks of a long text."""
    reg = reg if reg is not None else PersonRegistry()
    places = load_places()
    headline = namecheck.headline_end(doc)
    ents = [e for e in doc.ents if (e.label_ in NER_TYPES or e.label_ == "NORP") and not _title_part(e)
            and not namecheck.in_headline_only(e, headline)]
    ents += missed_people(doc)
    gaz_matches = gaz.match(doc)
    tails = {m.start: m.end for m in gaz_matches}
    bounds = {id(ent): (_person_bounds(ent, tails) if ent.label_ == "PERSON" else _strip_name(ent)) for ent in ents}
    # pass 1: people with full names (an ORG-tagged "Firstname Lastname" that speaks counts too)
    for ent in ents:
        if ent.label_ == "PERSON" or _speaking_name(ent, gaz):
            s, e = bounds[id(ent)] if ent.label_ == "PERSON" else _strip_name(ent)
            if e - s >= 2 and all(doc[k].is_alpha or doc[k].text in {".", "-"} or "." in doc[k].text
                                  for k in range(s, e)) and capitalised(doc[e - 1]):
                name = reg.add_full(doc[s:e].text)
                reg.counts[name] = reg.counts.get(name, 0) + 1
    entities = entities if entities is not None else {}
    found = Mentions(entities, [None] * len(doc), [],
                     {a: n for n, i in entities.items() if i.type != "Person" for a in i.aliases
                      if namecheck.ACRONYM.match(a)})
    at, spans, put = found.at, found.spans, found.add

    people = [bounds[id(ent)] for ent in ents if ent.label_ == "PERSON" and bounds[id(ent)][1] - bounds[id(ent)][0] >= 2]
    # pass 2: gazetteer (unless inside a longer multi-word person name: "Jordan" in "Michael Jordan", but
    # "ISIL-Khorasan" tagged PERSON whole is the group); state bodies after the states they follow
    later = []
    for m in gaz_matches:
        if any(s <= m.end - 1 and m.start < e and (s, e) != (m.start, m.end) for s, e in people):
            continue
        if m.known.via == "demonym" and m.end - m.start == 1 and reg.resolve(m.text):
            continue   # "Cuban" after "Mark Cuban": the person's surname, not Cuba
        if bare_institution(m.known.name):
            later.append(m)
        else:
            put(m.start, m.end, m.known.name, m.known.type, m.text)
    for m in later:   # "Russia's Supreme Court" is not the (U.S.) Supreme Court of the gazetteer
        state = state_in_context(doc, at, found.type_of, m.start, m.end)
        state = None if state == gaz.parent_state.get(m.known.name) else state
        name = qualified(m.known.name, state) if state else m.known.name
        if put(m.start, m.end, name, m.known.type, m.text) and state:
            entities[name].aliases.add(m.known.name)
    # pass 3: NER entities, with the person registry beating the label
    for ent in ents:
        s, e = bounds[id(ent)]
        if s >= e:
            continue
        text = doc[s:e].text
        if text in reg.full:
            put(s, e, text, "Person", text)
            continue
        if ent.label_ == "PERSON" or e - s == 1:
            full = reg.resolve(text) if e - s == 1 else None
            if full is None and ent.label_ == "PERSON" and e - s >= 2:
                full = reg.resolve(_name_words(text)[-1]) if text not in reg.full else text
                full = text if text in reg.full else full
            if full is not None:
                put(s, e, full, "Person", text)
                continue
            if ent.label_ == "PERSON":
                place = places.lookup(text) if e - s == 1 else None
                name = namecheck.clean(text)
                if place is not None:
                    put(s, e, place, "Place", text)
                elif name and (capitalised(doc[s]) or doc[s].is_upper) and not (e - s == 1 and doc[s].is_upper):
                    put(s, e, name, "Person", text)
                continue
        if ent.label_ == "NORP":
            continue
        _mention_group(doc, ent, s, e, gaz, places, reg, found)
    # pass 4: surnames NER missed altogether
    for tok in doc:
        if at[tok.i] is None and tok.pos_ == "PROPN" and capitalised(tok):
            full = reg.resolve(tok.text)
            if full is not None:
                put(tok.i, tok.i + 1, full, "Person", tok.text)
    spans.sort()
    add_metonyms(doc, found)   # pass 5: "the occupation", "the Alliance"
    return found


def _mention_group(doc, ent, s: int, e: int, gaz: Gazetteer, places, reg: PersonRegistry, found: Mentions) -> None:
    """An ORG/GPE/LOC/FAC span (or a one-word span of any label) as a group, place or person."""
    at, put = found.at, found.add
    whole = (s, e)
    s, e, state = claimed_edges(doc, at, found.type_of, s, e)
    if s >= e:
        return
    if (s, e) != whole and ent.label_ == "ORG" and not bare_institution(doc[s:e].text) and \
            ORG_WORDS.search(doc[s:e].text) and doc[s - 1].text not in ("'s", "’s"):
        s, e = whole            # "Georgia Institute of Technology" is one name, not Georgia + an institute
        found.release(s, e)
        state = None
    if ent.label_ == "ORG":
        org_end, name_start = _role_split(doc, s, e)
        if name_start is not None:   # "Foreign Ministry Spokesman Maria Zakharova": a person with a role
            person = doc[name_start:e].text
            full = reg.resolve(person) if e - name_start == 1 else None
            put(name_start, e, full or (reg.add_full(person) if e - name_start >= 2 else person), "Person", person)
        e = org_end
        if s >= e:
            return
    poss = next((k for k in range(s + 1, e - 1) if doc[k].text in ("'s", "’s")), None)
    if poss is not None:           # "Green Party’s Jill Stein", "Alphabet Inc’s Google": two names
        owner = namecheck.clean(doc[s:poss].text)
        if owner:
            hit = gaz.lookup(owner)
            put(s, poss, hit.name if hit else owner, hit.type if hit else "Organization", owner)
        s = poss + 1
        if doc[s].text in FIRST_NAMES or doc[s:e].text in reg.full:
            name = doc[s:e].text
            put(s, e, reg.add_full(name) if e - s >= 2 else name, "Person", name)
            return
    if e - s == 1 and doc[s].is_upper and (s == 0 or "\n" in doc[s - 1].text) and e < len(doc) and doc[e].text == ",":
        return                     # "MIDWAY, Ky. -": a dateline place
    raw = doc[s:e].text
    full = reg.resolve(raw) if " " not in raw else None
    if full is not None:           # "O’Malley" tagged ORG after "Martin O’Malley"
        put(s, e, full, "Person", raw)
        return
    low = raw.lower()
    if low in JUNK or not any(c.isalpha() for c in raw) or (e - s == 1 and low in ROLE_HEADS):
        return
    if e - s == 1 and (raw in TITLES or (e < len(doc) and doc[e].lower_ in ROLE_HEADS)):
        return  # "Defense" in "Defense Minister" is part of a title, not an organisation
    if ent.label_ == "ORG" and e - s == 1 and s > 0 and (doc[s - 1].lower_ in ROLE_HEADS or doc[s - 1].text in TITLES) \
            and capitalised(doc[s]) and not doc[s].is_upper and not ORG_WORDS.search(raw):
        put(s, e, raw, "Person", raw)   # "spokesman Aksoy": a surname, not a body
        return
    text, acronym = namecheck.split_acronym(raw)
    text = namecheck.clean(text)
    if text is None:
        return
    place = places.lookup(text)
    if place is not None:
        put(s, e, place, "Place", raw)
        return
    hit = gaz.lookup(text) or (gaz.lookup(text.title()) if text.isupper() and len(text) > 4 else None)  # "POLITICO"
    if hit is not None:
        put(s, e, hit.name, hit.type, raw)
        return
    owner = found.acronyms.get(text)   # "ICG" after "International Crisis Group (ICG)"
    if owner is not None:
        put(s, e, owner, found.type_of(owner), raw)
        return
    etype = NER_TYPES[ent.label_]
    if etype == "Organization" and MEDIA_WORDS.search(text):
        etype = "Media"
    name = text
    if etype == "Organization" and bare_institution(text):
        state = state or state_in_context(doc, at, found.type_of, s, e)
        name = qualified(text, state) if state else text
    if put(s, e, name, etype, text):
        info = found.entities[name]
        if name != text:
            info.aliases.add(text)
        acronym = acronym or namecheck.acronym_after(doc, e)
        if acronym and acronym != name:
            info.aliases.add(acronym)
            found.acronyms.setdefault(acronym, name)
