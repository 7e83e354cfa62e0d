"""Gazetteer: known states, alliances, armed groups, organisations and media, from `aliases.json`,
plus the news outlets of `outlets.json` (all Media).

The data lives in `aliases.json` (canonical name -> aliases, and for states demonyms and capitals used
as metonyms). `Gazetteer.match(doc)` finds the longest alias starting at each token, case-sensitively
(so "Turkey" matches but "turkey" does not), aligned to token boundaries.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .doctext import text_of

DATA = Path(__file__).with_name("aliases.json")
OUTLETS = Path(__file__).with_name("outlets.json")


@dataclass(frozen=True)
class Known:
    name: str        # canonical name
    type: str        # State | Alliance | ArmedGroup | Organization | Media
    via: str         # alias | demonym | capital


@dataclass(frozen=True)
class GazMatch:
    start: int       # token index
    end: int         # token index, exclusive
    text: str
    known: Known


class Gazetteer:
    def __init__(self, data: dict):
        self.by_alias: dict[str, Known] = {}
        self.by_name: dict[str, Known] = {}
        self.parent_state: dict[str, str] = {}   # government body -> its state ("Department of State")
        self.city_state: dict[str, str] = {}     # major non-capital city -> its state ("Istanbul")
        self.capital_state: dict[str, str] = {}  # capital -> its state ("Kabul")
        for etype, rows in data.items():
            if etype.startswith("_"):
                continue
            for row in rows:
                name = row["name"]
                if row.get("state"):
                    self.parent_state[name] = row["state"]
                for city in row.get("cities", []):
                    self.city_state[city] = name
                for city in row.get("capitals", []) if etype == "State" else ():
                    self.capital_state.setdefault(city, name)
                self.by_name[name] = Known(name, etype, "alias")
                forms = [(name, "alias")] + [(a, "alias") for a in row.get("aliases", [])]
                forms += [(a, "demonym") for a in row.get("demonyms", [])]
                forms += [(a, "capital") for a in row.get("capitals", [])]
                for form, via in forms:
                    for variant in {form, form[:1].upper() + form[1:]} if form.startswith("the ") else {form}:
                        self.by_alias.setdefault(variant, Known(name, etype, via))
        # first whitespace-separated word -> candidate aliases, longest first
        self._first: dict[str, list[str]] = {}
        for alias in self.by_alias:
            self._first.setdefault(alias.split(" ")[0].split("-")[0], []).append(alias)
        for lst in self._first.values():
            lst.sort(key=len, reverse=True)

    def lookup(self, text: str) -> Known | None:
        """Known entry for an exact surface form (or its form without a leading 'the ')."""
        hit = self.by_alias.get(text)
        if hit is None and text[:4].lower() == "the ":
            hit = self.by_alias.get(text[4:])
        return hit

    def match(self, doc) -> list[GazMatch]:
        """Non-overlapping longest matches over the tokens of a spaCy Doc."""
        text = text_of(doc)
        ends = {t.idx + len(t.text): t.i + 1 for t in doc}
        out: list[GazMatch] = []
        i = 0
        n = len(doc)
        while i < n:
            tok = doc[i]
            cands = self._first.get(tok.text.split("-")[0])
            found = None
            if cands:
                for alias in cands:
                    if text.startswith(alias, tok.idx) and tok.idx + len(alias) in ends:
                        found = alias
                        break
            if found:
                j = ends[tok.idx + len(found)]
                out.append(GazMatch(i, j, found, self.by_alias[found]))
                i = j
            else:
                i += 1
        return out


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer from aliases.json and outlets.json (read once; read-only afterwards)."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    known = {row["name"] for row in data["Media"]}
    outlets = json.loads(OUTLETS.read_text(encoding="utf-8"))["Media"]
    data["Media"] = data["Media"] + [{"name": n, "aliases": a} for n, a in outlets.items() if n not in known]
    return Gazetteer(data)
