"""Step 7, relations: roles and affiliations of people, memberships, leadership.

* Roles come from pre-modifiers ("Tashkent-based political analyst Rafik Tashmurov", "Russia's Deputy
  Defense Minister Anatoly Antonov", "Tajik President Emomali Rahmon") and appositions ("Tashmurov, a
  political analyst", "the CSTO chief of staff, Anatoly Sidorov"). States or organisations inside those
  phrases, and "of <org>" after a name, become affiliations (AFFILIATED_WITH, with the role); a leading
  role ("head of", "chairman") over an organisation adds LEADS.
  A possessive description ("of the republic's security service") stands for the last-named state; an
  official's role with no state named ("Foreign Minister X", "Ministry spokeswoman X") takes the state
  of the article's dateline ("ASTANA, April 9 -"), when it has one.
* Memberships live in `memberships.py`.
"""
from __future__ import annotations

from graph.records import Relation

from .entities import EntityInfo, Mentions
from .lexicon import COUNTRY_NOUNS, GOVERNMENT_ROLES, LEAD_ROLES, ROLE_HEADS, TITLES

GROUPS = {"State", "Organization", "Alliance", "ArmedGroup", "Media"}
HONORIFICS = {"mr", "ms", "mrs", "miss", "dr", "sir", "madam", "mx"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "case", "punct", "npadvmod", "det"}


def _is_role_word(tok) -> bool:
    return tok.lower_ in ROLE_HEADS or tok.text in TITLES or tok.lemma_.lower() in ROLE_HEADS


def _last_state(mentions: Mentions, before: int) -> str | None:
    for s, e, name in reversed(mentions.spans):
        if s < before and mentions.type_of(name) == "State":
            return name
    return None


def _groups_in(doc, mentions: Mentions, lo: int, hi: int, gazetteer=None) -> list[str]:
    """Groups named in tokens [lo, hi); "the republic's" / "the country's" stands for the last state;
    with the gazetteer, "Istanbul-based" for the city's state."""
    out = []
    for k in range(lo, hi):
        name = mentions.at[k]
        if name is None:
            tok = doc[k]
            if tok.lower_ in COUNTRY_NOUNS and tok.dep_ == "poss" and \
                    any(c.lower_ == "the" for c in tok.children):
                name = _last_state(mentions, k)
        elif gazetteer is not None and mentions.type_of(name) == "Place" and name in gazetteer.city_state and \
                k + 2 < len(doc) and doc[k + 1].text == "-" and doc[k + 2].lower_ == "based":
            name = gazetteer.city_state[name]
            mentions.entities.setdefault(name, EntityInfo(name, "State"))
        if name and mentions.type_of(name) in GROUPS and name not in out:
            out.append(name)
    return out


def _role_text(doc, lo: int, hi: int, mentions: Mentions) -> str | None:
    """Role words in [lo, hi): drop determiners, possessives, entity names and "X-based" modifiers."""
    words = []
    k = lo
    while k < hi:
        t = doc[k]
        if k + 2 < hi and doc[k + 1].text == "-" and doc[k + 2].lower_ == "based":
            k += 3
            continue
        if mentions.at[k] is not None or t.dep_ in ("det", "case", "punct") or t.is_punct or t.lower_ in ("'s", "’s"):
            if words and mentions.at[k] is not None and t.dep_ == "compound":
                words = []  # "CSTO chief of staff": the org splits off, keep what follows
            k += 1
            continue
        words.append(t.text)
        k += 1
    if not words or not any(_is_role_word(doc[i]) for i in range(lo, hi)):
        return None
    text = " ".join(words).replace(" - ", "-")
    if text.lower().rstrip(".") in HONORIFICS:  # "Ms." alone is a form of address, not a role
        return None
    return text if len(text) < 60 else None


def _role_end(doc, mentions: Mentions, h) -> int:
    """End of a role noun phrase headed by `h`: its "of" phrase stays when it names no group ("chief of
    staff"); "chief of the Joint Staff" is the role "chief" with the group as affiliation."""
    end = h.i + 1
    for c in h.rights:
        if c.dep_ == "prep" and c.lower_ == "of" and not _groups_in(doc, mentions, c.i, c.right_edge.i + 1):
            end = c.right_edge.i + 1
    return end


def _premodifier(doc, s: int, e: int) -> int:
    """Start of the noun-phrase material that modifies the name doc[s:e]."""
    k = s - 1
    while k >= 0 and doc[k].dep_ in MODIFIER_DEPS and (s <= doc[k].head.i < e + 1 or k < doc[k].head.i < s):
        if doc[k].dep_ == "det":
            k -= 1
            break
        k -= 1
        # "Russia's Deputy Defense Minister X": the possessive marker hangs on the word before it
        if k >= 1 and doc[k].dep_ == "case" and doc[k - 1].dep_ == "poss" and k < doc[k - 1].head.i < s:
            k -= 2
    return k + 1


def _title_run(doc, s: int, mentions: Mentions) -> int:
    """Start of the capitalised title words right before a name, with a group or a possessive group
    before them ("Russia's Deputy Defence Minister X", "EU spokeswoman X", "Tajik Defence Minister X")."""
    k = s - 1
    named = not _is_role_word(doc[s])   # not a role taken for a name ("Prime Minister" of "... and Prime Minister")
    while k >= 0 and mentions.at[k] is None and (doc[k].text in TITLES or doc[k].lower_ in ROLE_HEADS or
                                                 doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() or
                                                 named and (doc[k].pos_ == "ADJ" and doc[k].text[:1].isupper()
                                                            or _title_link(doc, k))):
        k -= 1
    if k >= 1 and doc[k].lower_ in ("'s", "’s") and mentions.at[k - 1]:
        return k - 1
    return k if k >= 0 and mentions.at[k] and k < s - 1 else s


def _title_link(doc, k: int) -> bool:
    """A hyphen inside a capitalised name ("Kassym-Jomart") or a link word inside a capitalised title ("Minister
    for Arab and African Affairs"): between two capitalised words, it does not end the title run."""
    if not (0 < k < len(doc) - 1 and doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper()):
        return False
    return doc[k].text == "-" and doc[k].whitespace_ == "" and doc[k - 1].whitespace_ == "" or \
        doc[k].lower_ in ("for", "and", "of")


def _describing_role(head):
    """The role noun a name is in apposition to, directly or through "for/of X" ("the UN special envoy
    for Central Asia, X": X hangs on "Asia")."""
    h = head.head
    for _ in range(3):
        if _is_role_word(h):
            return h
        if h.dep_ not in ("pobj", "prep") or h.head.i == h.i:
            return None
        h = h.head
    return None


def person_relations(doc, mentions: Mentions, home: str | None = None, gazetteer=None) -> list[Relation]:
    """Roles, AFFILIATED_WITH and LEADS relations of the people in a parsed chunk; `home` is the state
    of the article's dateline, for officials whose state goes unnamed. With the gazetteer, a person
    affiliated with a government body is affiliated with its state too (State Department -> United
    States), and "Istanbul-based" stands for Turkey."""
    rels: list[Relation] = []
    parents = gazetteer.parent_state if gazetteer is not None else {}

    def affiliate(name: str, org: str, role: str | None, lead_hint: bool) -> None:
        mentions.add_affiliation(name, org)
        rels.append(Relation(source=name, type="AFFILIATED_WITH", target=org, role=role))
        state = parents.get(org)   # add_affiliation and the document's relation list drop repeats
        if state:
            mentions.entities.setdefault(state, EntityInfo(state, "State"))
            mentions.add_affiliation(name, state)
            rels.append(Relation(source=name, type="AFFILIATED_WITH", target=state, role=role))
        if role and lead_hint and role.split()[-1].lower() in LEAD_ROLES and \
                not any(w.lower() in ("deputy", "vice", "former", "assistant") for w in role.split()):
            rels.append(Relation(source=name, type="LEADS", target=org, role=role))

    for s, e, name in mentions.spans:
        if mentions.type_of(name) != "Person":
            continue
        head = doc[e - 1]
        lo = min(_premodifier(doc, s, e), _title_run(doc, s, mentions))
        if lo < s:
            role = _role_text(doc, lo, s, mentions)
            if role:
                mentions.add_role(name, role)
                orgs = _groups_in(doc, mentions, lo, s, gazetteer)
                for org in orgs:
                    affiliate(name, org, role, True)
                if home and not any(mentions.type_of(o) == "State" for o in orgs) and \
                        any(w in GOVERNMENT_ROLES for w in role.lower().split()):
                    affiliate(name, home, role, False)
        # apposition after the name: "Tashmurov, a political analyst (of X)", "X, the CSTO chief of staff"
        for c in head.children:
            if c.dep_ == "appos" and c.i >= e:
                a_lo, a_hi = c.left_edge.i, _role_end(doc, mentions, c)
                role = _role_text(doc, a_lo, a_hi, mentions)
                if role:
                    mentions.add_role(name, role)
                orgs = _groups_in(doc, mentions, a_lo, c.right_edge.i + 1, gazetteer)
                for org in orgs:
                    affiliate(name, org, role, True)
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "at", "with") and c.i >= e:
                for org in _groups_in(doc, mentions, c.i, c.right_edge.i + 1)[:2]:
                    affiliate(name, org, None, False)
        # name in apposition to a description: "the CSTO chief of staff, Anatoly Sidorov"
        h = _describing_role(head) if head.dep_ == "appos" and head.head.i < s else None
        if h is not None:
            role = _role_text(doc, h.left_edge.i, min(_role_end(doc, mentions, h), s), mentions)
            if role:
                mentions.add_role(name, role)
                for org in _groups_in(doc, mentions, h.left_edge.i, s, gazetteer):
                    affiliate(name, org, role, True)
    return rels
