"""Known places (`places.json`): cities, regions, rivers, bases and US states are Place, never an
Organization or a Person.

`Places.lookup("KABUL")` also takes a dateline's all-caps form; the capitals of states in `aliases.json`
count as places too (a dateline "KABUL" is the city, not the state). `state_of` gives a place's state when
the data names one ("Termez" -> Uzbekistan).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("places.json")
_KIND_WORD = re.compile(r" (?:province|Province|region|Region|oblast|Oblast|district|District|river|River|valley)$")


class Places:
    def __init__(self, data: dict, capitals: dict[str, str] | None = None):
        self.state: dict[str, str | None] = {}
        self.kind: dict[str, str] = {}
        for kind, rows in data.items():
            if kind.startswith("_"):
                continue
            for name, state in rows.items():
                self.state[name] = state
                self.kind[name] = kind
        for city, state in (capitals or {}).items():
            self.state.setdefault(city, state)
            self.kind.setdefault(city, "capital")
        self._folded = {_fold(n): n for n in self.state}

    def lookup(self, text: str) -> str | None:
        """Canonical place name for a surface form ("the Panj" -> "Panj", "KABUL" -> "Kabul"), or None."""
        text = " ".join(text.split())
        if text[:4].lower() == "the ":
            text = text[4:]
        if text in self.state:
            return text
        base = _KIND_WORD.sub("", text)          # "Kunduz province" -> "Kunduz"
        if base != text and base in self.state:
            return base
        return self._folded.get(_fold(text)) if text.isupper() or text.istitle() else None

    def state_of(self, name: str) -> str | None:
        return self.state.get(name)


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


@lru_cache(maxsize=1)
def load() -> Places:
    from .gazetteer import load as load_gazetteer
    return Places(json.loads(DATA.read_text(encoding="utf-8")), load_gazetteer().capital_state)
