"""Step 1, clean: prepare article text for the parser without losing the original offsets.

* Boilerplate lines (page furniture such as "Breaking News", "Latest Posts", "Share this") are blanked
  with spaces, so the parser never sees them and every other character keeps its offset.
* The acronym "IS" (Islamic State), which the English model reads as the verb "is", is rewritten to
  "ISIS" before parsing. Rewrites change lengths, so `Cleaned` keeps an offset map: `orig(i)` turns an
  offset in the cleaned text back into an offset in the original article text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

BOILERPLATE = re.compile(
    r"^\s*(breaking news|latest (posts|news|stories)|related (posts|articles|stories|news)|read more|"
    r"share (this|on \w+)|advertisement|click here.*|subscribe.*|follow us.*|sign up.*|"
    r"all rights reserved.*|©.*|copyright.*|comments?|leave a (comment|reply)|tags?:.*|"
    r"print|email|tweet|share|home|menu|search|top stories|most (read|popular)|you may also like.*)\s*$",
    re.I,
)
# "IS" as a noun: not in an all-caps line (headline), not sentence-initial followed by a lowercase word
# that makes it a question ("IS it ..." never occurs in body text anyway).
ACRONYM_IS = re.compile(r"(?<![A-Za-z\-])IS(?![A-Za-z\-])")


@dataclass
class Cleaned:
    """Cleaned text plus the map from its offsets to the original text's offsets."""

    original: str
    text: str
    _map: list[int] | None = field(default=None, repr=False)  # None: identity

    def orig(self, i: int) -> int:
        """Original offset of cleaned offset `i` (0 <= i <= len(text))."""
        return i if self._map is None else self._map[i]

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        if self._map is None:
            return start, end
        s = self._map[start]
        # map the last character, not the end boundary, so a span ending in a rewrite stays tight
        e = self._map[end - 1] + 1 if end > start else s
        return s, max(s, e)


def _blank_boilerplate(text: str) -> str:
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip() and len(body) < 60 and BOILERPLATE.match(body):
            line = " " * len(body) + line[len(body):]
        out.append(line)
    return "".join(out)


def _is_caps_line(text: str, pos: int) -> bool:
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    letters = [c for c in text[ls:le if le >= 0 else len(text)] if c.isalpha()]
    return len(letters) > 4 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def clean(text: str) -> Cleaned:
    """Blank boilerplate lines and rewrite the acronym IS; returns text + offset map."""
    blanked = _blank_boilerplate(text)
    edits = [(m.start(), m.end(), "ISIS") for m in ACRONYM_IS.finditer(blanked)
             if not _is_caps_line(blanked, m.start())]
    if not edits:
        return Cleaned(text, blanked)
    pieces: list[str] = []
    mapping: list[int] = []
    prev = 0
    for s, e, rep in edits:
        pieces.append(blanked[prev:s])
        mapping.extend(range(prev, s))
        pieces.append(rep)
        # each replacement character maps inside the original span (clamped to its last character)
        mapping.extend(min(s + k, e - 1) for k in range(len(rep)))
        prev = e
    pieces.append(blanked[prev:])
    mapping.extend(range(prev, len(blanked) + 1))
    return Cleaned(text, "".join(pieces), mapping)
