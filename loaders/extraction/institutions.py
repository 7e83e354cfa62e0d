"""State institutions named without their state ("the Foreign Ministry") carry the state the text gives.

Patterns live in `institutions.json`. `bare_institution(name)` says whether a name is such a body;
`state_in_context(doc, at, types, s, e)` finds its state next to the mention: a state (or its demonym)
right before it, possessive or not ("Turkey's Foreign Ministry", "the Russian Defence Ministry"), or
"of <state>" / "in <capital>" right after it ("the Ministry of Defence of Armenia", "the Foreign
Ministry in Ankara"; not for an embassy, which sits in its host's capital). `qualified(name, state)` is the node
name, "Foreign Ministry (Turkey)"; the bare form stays an alias. The article-level fallbacks (dateline,
the speaker's affiliation, the article itself when nothing names the state) are in `graph/fragment.py`.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from graph.records import Relation

from .datelines import dateline_state

DATA = Path(__file__).with_name("institutions.json")
QUALIFIED = re.compile(r"^(?P<bare>.+?) \((?P<state>[^()]+)\)$")
RULE = "institution-state"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    subjects = "|".join(re.escape(s) for s in sorted(data["ministry_subjects"], key=len, reverse=True))
    bodies = "|".join(re.escape(b) for b in sorted(data["bodies"], key=len, reverse=True))
    return re.compile(rf"^(?:(?:{subjects}) (?:Ministry|Department|Office|Committee|Service)|"
                      rf"Ministry (?:of|for) (?:the )?(?:{subjects})(?: and [A-Z][a-z]+)*|(?:{bodies}))$")


def bare_institution(name: str) -> bool:
    """True for "Foreign Ministry", "Ministry of Foreign Affairs", "National Security Service", "Embassy"."""
    return bool(_pattern().match(" ".join(name.split())))


def qualified(name: str, state: str) -> str:
    return f"{name} ({state})"


def split_qualified(name: str) -> tuple[str, str] | None:
    """("Foreign Ministry", "Turkey") for "Foreign Ministry (Turkey)" when the first part is an institution."""
    m = QUALIFIED.match(name)
    return (m["bare"], m["state"]) if m and bare_institution(m["bare"]) else None


def state_in_context(doc, at: list, type_of, s: int, e: int) -> str | None:
    """The state named right before tokens [s, e) (through "'s" and "the") or in "of <state>" right after."""
    k = s - 1
    if k >= 0 and doc[k].text in ("'s", "’s", "'"):
        k -= 1
    if k >= 0 and at[k] and type_of(at[k]) == "State":
        return at[k]
    j = e
    host = doc[s:e].text.split()[-1] in ("Embassy", "Consulate")   # "the Russian Embassy in Kabul": not Kabul's
    if j + 1 < len(doc) and (doc[j].lower_ == "of" or doc[j].lower_ == "in" and not host):
        j += 2 if doc[j + 1].lower_ == "the" else 1
        if j < len(doc) and at[j] and type_of(at[j]) == "State":
            return at[j]
    return None


def claimed_edges(doc, at: list, type_of, s: int, e: int) -> tuple[int, int, str | None]:
    """Bounds of an NER span without tokens the gazetteer already took at its start ("Turkish" in
    "Turkish Foreign Ministry", "U.N." in "U.N. Security Council") or an "of <state>" at its end, and the
    state (or alliance) found there."""
    state = None
    while s < e and (at[s] is not None or doc[s].text in ("'s", "’s") and s > 0 and at[s - 1] is not None):
        if at[s] and type_of(at[s]) in ("State", "Alliance"):   # "the U.N. Security Council" too
            state = at[s]
        s += 1
    if e - s >= 3 and at[e - 1] and doc[e - 2].lower_ == "of" and type_of(at[e - 1]) == "State":
        state = state or at[e - 1]
        e -= 2
    return s, e, state


def _rename(ex, names: dict[str, str]):
    """The extraction with entity names replaced everywhere they are used."""
    def n(x):
        return names.get(x, x) if x else x
    ents = []
    for ent in ex.entities:
        new = n(ent.name)
        aliases = sorted({*ent.aliases, ent.name} - {new}) if new != ent.name else ent.aliases
        ents.append(ent.model_copy(update={"name": new, "aliases": aliases,
                                           "affiliations": [n(a) for a in ent.affiliations]}))
    statements = [st.model_copy(update={"speaker": n(st.speaker), "addressee": n(st.addressee),
                                        "about": list(dict.fromkeys(n(a) for a in st.about))})
                  for st in ex.statements]
    relations = [r.model_copy(update={"source": n(r.source), "target": n(r.target)}) for r in ex.relations]
    return ex.model_copy(update={"entities": ents, "statements": statements, "relations": relations})


def _titles_only(ex, name: str) -> bool:
    """The bare body is named in its people's titles ("Foreign Ministry spokesperson X") and never speaks itself."""
    return any(name in e.affiliations for e in ex.entities) and not any(st.speaker == name for st in ex.statements)


def settle(ex, text: str, gazetteer):
    """Give every state body the extraction left bare a state, or else the article: the one state its
    qualified mentions name ("Turkey's Foreign Ministry ... the Foreign Ministry"; but the dateline's state when the
    body is only in its people's titles and the qualified one is another's), else the one state its
    people are affiliated with ("Foreign Ministry spokeswoman X" of a Russian text), else the dateline's
    state; when none, "Foreign Ministry (in: <article title>)", a node of this article only."""
    types = {e.name: e.type for e in ex.entities}
    bare = [e.name for e in ex.entities if e.type == "Organization" and bare_institution(e.name)
            and gazetteer.parent_state.get(e.name) is None]
    if not bare:
        return ex
    home = dateline_state(text, gazetteer, colon=True)
    names: dict[str, str] = {}
    for name in bare:
        states = {p[1] for e in ex.entities if (p := split_qualified(e.name)) and p[0] == name
                  and types.get(p[1]) == "State"}
        if len(states) != 1:
            states = {a for e in ex.entities if name in e.affiliations for a in e.affiliations
                      if types.get(a) == "State"}
        if len(states) == 1 and home and home not in states and types.get(home) == "State" and _titles_only(ex, name):
            states = {home}   # "ANKARA: Turkey slammed a statement by the Greek Foreign Ministry ... Foreign Ministry
            # spokesperson X said": a body named only in its people's titles is the dateline state's, not the other's
        state = next(iter(states)) if len(states) == 1 else home
        where = state or "in: " + (ex.title or ex.source.rsplit("/", 1)[-1])[:60].strip()
        names[name] = qualified(name, where)
    ex = _rename(ex, names)
    known = {e.name for e in ex.entities}
    extra = [Relation(source=new, type="PART_OF", target=p[1]) for new in names.values()
             if (p := split_qualified(new)) and p[1] in known and types.get(p[1]) == "State"]
    seen = {(r.source, r.type, r.target) for r in ex.relations}
    return ex.model_copy(update={"relations": ex.relations + [r for r in extra if (r.source, r.type, r.target) not in seen]})
