"""Article metadata found in plain text: a headline, header lines (`Published:`, `Outlet:`, `URL:` ...),
the outlet from a wire dateline ("TASHKENT, March 4 (Caspian Wire) -", "MOSCOW, May 4. /TASS/."), a byline
("By Ann Lee, Reuters") or else the site of the article's URL, and dates in any common written form as ISO."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Optional

from dateutil import parser as dateparser

HEADER = re.compile(r"^\s*(published|date|dateline|outlet|source|publisher|url|link|title|headline)\s*:\s*(.+?)\s*$",
                    re.I)
DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40}(?:,[^()\n]{1,40})?\s+\(([A-Z][\w .&'-]{1,40})\)\s*[-\u2013\u2014]")
SLASH_DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40}(?:,[^/\n]{1,40})?[.,]?\s+/([A-Z][\w .&'-]{1,40})/")   # MOSCOW, May 4. /TASS/.
BYLINE = re.compile(r"^\s*By\s+[A-Z][\w .'-]{1,60}?,\s*([A-Z][\w .&'-]{1,40}?)\s*$")                 # By Ann Lee, Reuters
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DEFAULT = datetime(1900, 1, 1)


def iso_date(value: Optional[str]) -> Optional[str]:
    """'April 13, 2015' / '2015-04-13T10:00Z' / '13 Apr 2015' -> '2015-04-13'; None if no full date."""
    if not value:
        return None
    value = str(value).strip()[:80]
    m = ISO.search(value)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    try:
        parsed = dateparser.parse(value, fuzzy=True, default=_DEFAULT)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.year == 1900 or not (1800 < parsed.year < 2200):
        return None
    return parsed.date().isoformat()


def text_metadata(text: str) -> dict:
    """Title, published date, outlet and url from the head of a plain-text article."""
    meta: dict = {}
    lines = text.splitlines()
    head = [ln for ln in lines[:12] if ln.strip()]
    for line in head[:8]:
        m = HEADER.match(line)
        if not m:
            continue
        key, value = m.group(1).lower(), m.group(2)
        if key in ("published", "date", "dateline"):
            meta.setdefault("published", iso_date(value))
        elif key in ("outlet", "source", "publisher"):
            meta.setdefault("outlet", value[:200])
        elif key in ("url", "link"):
            meta.setdefault("url", value[:2000])
        else:
            meta.setdefault("title", value[:300])
    if head and "title" not in meta and not HEADER.match(head[0]):
        first = head[0].strip()
        if len(first) <= 250 and not first.endswith((".", ":")) and not DATELINE.match(first):
            meta["title"] = first
    for line in head[:10]:
        m = DATELINE.match(line.strip()) or SLASH_DATELINE.match(line.strip()) or BYLINE.match(line)
        if m:
            meta.setdefault("outlet", m.group(1).strip())
            break
    if "outlet" not in meta and meta.get("url"):
        meta["outlet"] = url_outlet(meta["url"])
    return {k: v for k, v in meta.items() if v}


def url_outlet(url: str) -> str:
    """The site an article's address names ('https://www.asiaplustj.info/en/news/1' -> 'asiaplustj.info')."""
    m = re.match(r"(?i)^https?://(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})(?:[:/?#]|$)", url.strip())
    return m.group(1).lower() if m else ""
