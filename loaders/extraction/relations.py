"""Step 7, relations: roles and affiliations of people, memberships, leadership.

* Roles come from pre-modifiers ("Tashkent-based political analyst Rafik Saifullin", "Russia's Deputy
  Defense Minister Anatoly Antonov", "Tajik President Emomali Rahmon") and appositions ("Saifullin, a
  political analyst", "the CSTO chief of staff, Anatoly Sidorov"). States or organisations inside those
  phrases, and "of <org>" after a name, become affiliations (AFFILIATED_WITH, with the role); a leading
  role ("head of", "chairman") over an organisation adds LEADS.
* Memberships live in `memberships.py`.
"""
from __future__ import annotations

from graph.records import Relation

from .entities import Mentions
from .lexicon import LEAD_ROLES, ROLE_HEADS, TITLES

GROUPS = {"State", "Organization", "Alliance", "ArmedGroup", "Media"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "case", "punct", "npadvmod", "det"}


def _is_role_word(tok) -> bool:
    return tok.lower_ in ROLE_HEADS or tok.text in TITLES or tok.lemma_.lower() in ROLE_HEADS


def _groups_in(mentions: Mentions, lo: int, hi: int) -> list[str]:
    out = []
    for k in range(lo, hi):
        name = mentions.at[k]
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
    return text if len(text) < 60 else None


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


def person_relations(doc, mentions: Mentions) -> list[Relation]:
    rels: list[Relation] = []

    def affiliate(name: str, org: str, role: str | None, lead_hint: bool) -> None:
        mentions.add_affiliation(name, org)
        rels.append(Relation(source=name, type="AFFILIATED_WITH", target=org, role=role))
        if role and lead_hint and role.split()[-1].lower() in LEAD_ROLES and \
                not any(w.lower() in ("deputy", "vice", "former", "assistant") for w in role.split()):
            rels.append(Relation(source=name, type="LEADS", target=org, role=role))

    for s, e, name in mentions.spans:
        if mentions.type_of(name) != "Person":
            continue
        head = doc[e - 1]
        lo = _premodifier(doc, s, e)
        if lo < s:
            role = _role_text(doc, lo, s, mentions)
            if role:
                mentions.add_role(name, role)
                for org in _groups_in(mentions, lo, s):
                    affiliate(name, org, role, True)
        # apposition after the name: "Saifullin, a political analyst (of X)"
        for c in head.children:
            if c.dep_ == "appos" and c.i >= e:
                a_lo, a_hi = c.left_edge.i, c.i + 1
                role = _role_text(doc, a_lo, a_hi, mentions)
                if role:
                    mentions.add_role(name, role)
                orgs = _groups_in(mentions, a_lo, c.right_edge.i + 1)
                for org in orgs:
                    affiliate(name, org, role, True)
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "at", "with") and c.i >= e:
                for org in _groups_in(mentions, c.i, c.right_edge.i + 1)[:2]:
                    affiliate(name, org, None, False)
        # name in apposition to a description: "the CSTO chief of staff, Anatoly Sidorov"
        if head.dep_ == "appos" and head.head.i < s and _is_role_word(head.head):
            h = head.head
            role_hi = h.i + 1
            for c in h.rights:
                if c.dep_ == "prep" and c.i < s and c.lower_ == "of" and not _groups_in(mentions, c.i, c.right_edge.i + 1):
                    role_hi = c.right_edge.i + 1
            role = _role_text(doc, h.left_edge.i, role_hi, mentions)
            if role:
                mentions.add_role(name, role)
                for org in _groups_in(mentions, h.left_edge.i, s):
                    affiliate(name, org, role, True)
    return rels
