"""Quotation marks: spans of quoted text (curly or straight quotes, paragraph-long open quotes).

Used by the statement step to tell direct, indirect and mixed quotes apart, to widen a content clause
to the whole quotation, and to find quotes that continue after their attribution. Quotations do not
overlap and come in text order, so `Quotes` answers "which quotations touch [a, b)" by bisection: the
cost of a question does not grow with the number of quotations in the article.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# curly, straight and guillemet quotes, and a straight mark closed by a curly one or the reverse ("...”,
# common in pasted and edited text). A curly pair may hold short straight-quoted phrases (a title), but a
# straight mark after a comma or full stop closes it: “...," she said. "...” is two quotations, not one
# around the cue; likewise a straight pair never spans a curly mark. Also two apostrophes (''...'', some
# newspapers' archive text), closed or open to the end of the paragraph. Every alternative is linear.
QUOTE = re.compile(r"“(?:[^“”\"]|\"[^\"“”\n,.]{1,60}\")+”|“[^“”\"\n]+\"|“[^“”]+”|"
                   r"“[^“”\n]+(?=\n)|\"[^\"“”\n]+[\"”]|«[^«»]+»|''(?:(?!'')[^\n])+(?:''|(?=\n))")


class Quotes(list):
    """Sorted, non-overlapping (start, end) quotation spans with bisection lookups."""

    def __init__(self, spans=()):
        super().__init__(sorted(spans))
        self.starts = [s for s, _ in self]
        self.ends = [e for _, e in self]

    def touching(self, start: int, end: int) -> list[tuple[int, int]]:
        """Quotations with qe > start and qs < end (those overlapping or inside [start, end))."""
        return self[bisect_right(self.ends, start):bisect_left(self.starts, end)]

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Quotations whose start lies in [lo, hi]."""
        return self[bisect_left(self.starts, lo):bisect_right(self.starts, hi)]

    def ending_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Quotations whose end lies in [lo, hi]."""
        return self[bisect_left(self.ends, lo):bisect_right(self.ends, hi)]


def as_quotes(quotes) -> Quotes:
    return quotes if isinstance(quotes, Quotes) else Quotes(quotes)


def quote_spans(text: str, min_words: int = 1) -> Quotes:
    """(start, end) character spans of quotations, quote marks included, in order."""
    return Quotes((m.start(), m.end()) for m in QUOTE.finditer(text) if len(m.group().split()) >= min_words)


def kind_of(start: int, end: int, quotes) -> str:
    """direct when the span is (nearly) all quotation, mixed when partly, else indirect."""
    inside = 0
    for qs, qe in as_quotes(quotes).touching(start, end):
        inside += min(qe, end) - max(qs, start)
    size = max(1, end - start)
    if inside >= 0.9 * size:
        return "direct"
    return "mixed" if inside > 0 else "indirect"


def covering(start: int, end: int, quotes) -> tuple[int, int] | None:
    """The quotation that overlaps most of [start, end) and extends it, if any."""
    for qs, qe in as_quotes(quotes).touching(start, end):
        lo, hi = max(qs, start), min(qe, end)
        if hi - lo > 0.5 * (end - start) or (qs <= start + 1 and hi > lo and end - start > 0):
            if qs <= start + 2 or qe >= end - 2:
                return qs, qe
    return None
