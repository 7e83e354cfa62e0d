"""Quotation marks: spans of quoted text (curly or straight quotes, paragraph-long open quotes).

Used by the statement step to tell direct, indirect and mixed quotes apart, to widen a content clause
to the whole quotation, and to find quotes that continue after their attribution.
"""
from __future__ import annotations

import re

QUOTE = re.compile(r"“[^“”]+”|“[^“”\n]+(?=\n)|\"[^\"\n]+\"|«[^«»]+»")


def quote_spans(text: str, min_words: int = 1) -> list[tuple[int, int]]:
    """(start, end) character spans of quotations, quote marks included, in order."""
    return [(m.start(), m.end()) for m in QUOTE.finditer(text) if len(m.group().split()) >= min_words]


def kind_of(start: int, end: int, quotes: list[tuple[int, int]]) -> str:
    """direct when the span is (nearly) all quotation, mixed when partly, else indirect."""
    inside = 0
    for qs, qe in quotes:
        lo, hi = max(qs, start), min(qe, end)
        if hi > lo:
            inside += hi - lo
    size = max(1, end - start)
    if inside >= 0.9 * size:
        return "direct"
    return "mixed" if inside > 0 else "indirect"


def covering(start: int, end: int, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation that overlaps most of [start, end) and extends it, if any."""
    for qs, qe in quotes:
        lo, hi = max(qs, start), min(qe, end)
        if hi - lo > 0.5 * (end - start) or (qs <= start + 1 and hi > lo and end - start > 0):
            if qs <= start + 2 or qe >= end - 2:
                return qs, qe
    return None
