"""Article metadata found in plain text: a headline, header lines (`Published:`, `Outlet:`, `URL:` ...),
the outlet from a wire dateline ("TASHKENT, March 4 (Caspian Wire) -", "MOSCOW, May 4. /TASS/."), a byline
("By Ann Lee, Reuters") or else the site of the article's URL, and dates in any common written form as ISO.
For HTML pages, `page_outlet` reads the head's og:site_name, publisher and author meta tags and the
canonical address; for records (JSON), `record_outlet` reads source/outlet/publisher/site fields."""
from __future__ import annotations

import re
from datetime import datetime
from html.parser import HTMLParser
from typing import Optional

from dateutil import parser as dateparser

HEADER = re.compile(r"^\s*(published|date|dateline|outlet|source|publisher|url|link|title|headline)\s*:\s*(.+?)\s*$",
                    re.I)
DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40}(?:,[^()\n]{1,40})?\s+\(([A-Z][\w .&'-]{1,40})\)\s*[-\u2013\u2014]")
SLASH_DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40}(?:,[^/\n]{1,40})?[.,]?\s+/([A-Z][\w .&'-]{1,40})/")   # MOSCOW, May 4. /TASS/.
BYLINE = re.compile(r"^\s*By\s+[A-Z][\w .'-]{1,60}?,\s*([A-Z][\w .&'-]{1,40}?)\s*$")                 # By Ann Lee, Reuters
BOILERPLATE = re.compile(
    r"^\s*(breaking( news)?|latest (posts|news|stories)|related (posts|articles|stories|news)|read more|"
    r"share (this|on \w+).*|advertisement|click here.*|subscribe.*|follow us.*|sign up.*|"
    r"all rights reserved.*|©.*|copyright.*|comments?|leave a (comment|reply)|tags?:.*|"
    r"print|email|tweet|share|home|menu|search|top stories|most (read|popular)|you may also like.*|"
    r"skip to (main )?(content|navigation).*|jump to (main )?(content|navigation).*|accessibility( links)?|"
    r"(we|this (web)?site) uses? cookies.*|accept( all)? cookies.*|cookie (policy|settings).*|"
    r"breaking( news)?\s*[:|–—-].*)\s*$",
    re.I,
)
LIST_HEADER = re.compile(r"^\s*(latest (posts|news|stories)|related (posts|articles|stories|news)|top stories|"
                         r"most (read|popular)|you may also like|more (from|on) .{1,40}|read (more|next))\s*:?\s*$", re.I)
NAV_SEPARATORS = re.compile(r"\s+[|›»•·>/]\s+")
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


def is_boilerplate(line: str) -> bool:
    """Page furniture rather than article text: "Share this", "Skip to main content", a cookie notice, a
    breaking-news banner, or a navigation line ("Home | News | World | Sport", "Home › World › Europe")."""
    body = line.strip()
    if not body or len(body) > 200:
        return False
    if len(body) < 90 and BOILERPLATE.match(body):
        return True
    parts = NAV_SEPARATORS.split(body)
    return len(parts) >= 3 and all(0 < len(p.split()) <= 3 for p in parts)


def boilerplate_lines(lines: list[str]) -> set[int]:
    """Indexes of the boilerplate lines of a text, and of the blurbs listed under a "Latest posts" /
    "Related stories" header (short lines without a closing full stop, up to the next sentence)."""
    out: set[int] = set()
    listing = False
    for k, line in enumerate(lines):
        body = line.strip()
        if is_boilerplate(body):
            out.add(k)
            listing = bool(LIST_HEADER.match(body))
            continue
        if listing and body and len(body) < 150 and not body.endswith((".", "!", "?", '"', "”")):
            out.add(k)
            continue
        if body:
            listing = False
    return out


def _date_line(line: str) -> str | None:
    """The ISO date of a line that is only a date ("14 April 2023", "Published April 14, 2023 10:02")."""
    body = line.strip()
    if len(body) > 40 or len(body.split()) > 6 or not re.search(r"\d{4}", body):
        return None
    return iso_date(body)


def text_metadata(text: str) -> dict:
    """Title, published date, outlet and url from the head of a plain-text article."""
    meta: dict = {}
    lines = text.splitlines()
    skip = boilerplate_lines(lines[:16])
    head = [ln for k, ln in enumerate(lines[:16]) if ln.strip() and k not in skip]
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
        if len(first) <= 250 and not first.endswith((".", ":")) and not DATELINE.match(first) and \
                not _date_line(first) and not first.startswith("By "):
            meta["title"] = first
    if "published" not in meta:
        meta["published"] = next((d for d in map(_date_line, head[:8]) if d), None)
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


class _HeadReader(HTMLParser):
    """Collects the <meta> and <link rel=canonical> of a page (attribute values only, never markup)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "").strip() for k, v in attrs if k}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key in _PAGE_KEYS and a.get("content"):
                self.found.setdefault(key, a["content"][:300])
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.found.setdefault("canonical", a["href"][:2000])


_PAGE_KEYS = ("og:site_name", "application-name", "publisher", "article:publisher", "og:url", "author")
_HEAD_CHARS = 300_000


def page_outlet(page: str, text: str = "", url: Optional[str] = None, site: Optional[str] = None) -> Optional[str]:
    """The outlet of an HTML page: og:site_name, a publisher or application-name meta tag, the site name
    trafilatura found (`site`), a dateline or byline in its text, the host of its canonical (or og:url, or
    given) address, else its author meta tag."""
    reader = _HeadReader()
    try:
        reader.feed(page[:_HEAD_CHARS])
    except Exception:                               # a broken page still has its text
        pass
    found = reader.found
    for key in ("og:site_name", "publisher", "application-name"):
        if found.get(key) and not found[key].startswith(("http://", "https://")):
            return found[key]
    hosts = [url_outlet(a) for a in (found.get("canonical"), found.get("og:url"), url) if a and url_outlet(a)]
    site = (site or "").strip()
    if site and site.lower().removeprefix("www.") not in hosts:     # a name, not a host guessed from the URL
        return site[:200]
    from_text = text_metadata(text).get("outlet") if text else None
    return from_text or (hosts[0] if hosts else None) or found.get("author") or None


_RECORD_FIELDS = ("outlet", "source", "publisher", "site_name", "sitename", "site", "media")


def record_outlet(record: dict, text: str = "", url: Optional[str] = None) -> Optional[str]:
    """The outlet of a JSON record: its outlet/source/publisher/site field (or such a field's "name", as
    in {"source": {"name": ...}}), else a dateline or byline in its text, else its address's host."""
    for key in _RECORD_FIELDS:
        value = record.get(key)
        if isinstance(value, dict):
            value = value.get("name") or value.get("title")
        if isinstance(value, str) and value.strip():
            return value.strip()[:200]
    from_text = text_metadata(text).get("outlet") if text else None
    return from_text or (url_outlet(url) if url else None) or None
