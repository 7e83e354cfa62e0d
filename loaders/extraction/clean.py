"""Step 1, clean: prepare article text for the parser without losing the original offsets.

* Boilerplate lines (page furniture such as "Breaking News", "Latest Posts", "Share this", navigation
  and accessibility links, cookie notices, the blurbs listed under "Latest posts"; `loaders/metadata.py`
  tells them) are blanked with spaces, so the parser never sees them and every other character keeps
  its offset.
* The acronym "IS" (Islamic State), which the English model reads as the verb "is", is rewritten to
  "ISIS" before parsing. Rewrites change lengths, so `Cleaned` keeps an offset map: `orig(i)` turns an
  offset in the cleaned text back into an offset in the original article text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..metadata import boilerplate_lines

# "IS" as a noun: not in an all-caps line (headline), not sentence-initial followed by a lowercase word
# that makes it a question ("IS it ..." never occurs in body text anyway).
ACRONYM_IS = re.compile(r"(?<![A-Za-z\-])IS(?![A-Za-z\-])")


@dataclass
class Cleaned:
    """Cleaned text plus the edits that map its offsets back to the original text's offsets."""

    original: str
    text: str
    # (cleaned start, original start, cleaned length, original length) of each rewrite, in order;
    # kept as a short list (not a per-character map) so a 10 MB text costs no extra memory
    _edits: list[tuple[int, int, int, int]] = field(default_factory=list, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)

    def orig(self, i: int) -> int:
        """Original offset of cleaned offset `i` (0 <= i <= len(text))."""
        k = bisect_right(self._starts, i) - 1
        if k < 0:
            return i
        cs, os_, cl, ol = self._edits[k]
        if i < cs + cl:   # inside a rewrite: clamp to the original span's last character
            return os_ + min(i - cs, ol - 1)
        return os_ + ol + (i - cs - cl)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        if not self._edits:
            return start, end
        s = self.orig(start)
        # map the last character, not the end boundary, so a span ending in a rewrite stays tight
        e = self.orig(end - 1) + 1 if end > start else s
        return s, max(s, e)


def _blank_boilerplate(text: str) -> str:
    lines = text.splitlines(keepends=True)
    drop = boilerplate_lines([line.rstrip("\r\n") for line in lines])
    if not drop:
        return text
    out = []
    for k, line in enumerate(lines):
        if k in drop:
            body = line.rstrip("\r\n")
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
    table: list[tuple[int, int, int, int]] = []
    prev = clean_len = 0
    for s, e, rep in edits:
        pieces.append(blanked[prev:s])
        clean_len += s - prev
        table.append((clean_len, s, len(rep), e - s))
        pieces.append(rep)
        clean_len += len(rep)
        prev = e
    pieces.append(blanked[prev:])
    return Cleaned(text, "".join(pieces), table, [t[0] for t in table])
