"""Step 6, dates: when a statement was made, from the DATE phrase attached to its cue.

"on April 13", "last month", "on Tuesday", "yesterday" are resolved against the article's published
date when known; an absolute date ("April 13, 2015") needs no anchor. Returns YYYY-MM-DD, or YYYY-MM
for a month, or None when the phrase cannot be placed.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_MD = re.compile(r"\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_DM = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?(?:,?\s+(\d{4}))?\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _anchor(published: str | None) -> date | None:
    if not published:
        return None
    m = _ISO.search(published)
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _month_day(month: int, day: int, year: str | None, anchor: date | None) -> str | None:
    if year:
        y = int(year)
    elif anchor:
        y = anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
    else:
        return None
    try:
        return date(y, month, day).isoformat()
    except ValueError:
        return None


def resolve(phrase: str, published: str | None) -> str | None:
    """ISO date (or year-month) for a date phrase, relative to the published date."""
    text = phrase.lower().strip()
    anchor = _anchor(published)
    m = _ISO.search(text)
    if m:
        return m.group()
    for rx, mon_g, day_g in ((_MD, 1, 2), (_DM, 2, 1)):
        m = rx.search(text)
        if m and m[mon_g] in MONTHS:
            return _month_day(MONTHS[m[mon_g]], int(m[day_g]), m[3], anchor)
    if anchor is None:
        return None
    if "yesterday" in text:
        return (anchor - timedelta(days=1)).isoformat()
    if "today" in text or "this morning" in text or "tonight" in text:
        return anchor.isoformat()
    for name, wd in WEEKDAYS.items():
        if name in text:
            back = (anchor.weekday() - wd) % 7
            if "last" in text and back == 0:
                back = 7
            return (anchor - timedelta(days=back)).isoformat()
    if "last month" in text:
        first = anchor.replace(day=1) - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if "this month" in text:
        return f"{anchor.year:04d}-{anchor.month:02d}"
    if "last week" in text:
        return (anchor - timedelta(days=7)).isoformat()
    for name, mon in MONTHS.items():
        if re.search(rf"\b{name}\b", text) and len(name) > 3:
            y = anchor.year if mon <= anchor.month else anchor.year - 1
            return f"{y:04d}-{mon:02d}"
    return None


def date_phrase(cue_tok) -> str | None:
    """Text of the DATE entity attached to a cue verb (directly or through a preposition). Reads the
    entity tags of the cue's sentence only (`Span.ents` would walk every entity of the document)."""
    doc, sent = cue_tok.doc, cue_tok.sent
    k = sent.start
    while k < sent.end:
        tok = doc[k]
        if tok.ent_iob_ != "B" or tok.ent_type_ not in ("DATE", "TIME"):
            k += 1
            continue
        e = k + 1
        while e < sent.end and doc[e].ent_iob_ == "I":
            e += 1
        ent = doc[k:e]
        head = ent.root.head
        if head.i == cue_tok.i or (head.dep_ == "prep" and head.head.i == cue_tok.i):
            return ent.text
        k = e
    return None
