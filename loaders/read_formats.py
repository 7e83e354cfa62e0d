"""One reader per input format, each turning decoded text into `Article`s (or a `Failure` per item).

Plain text keeps the file's characters exactly (extraction offsets index them). HTML goes through
trafilatura for the main text, title and date; its outlet comes from og:site_name, publisher meta tags, a
dateline or byline, the canonical address's host or the author meta tag (`metadata.page_outlet`). JSON
Lines holds one article per line (text, title, url, published; the outlet from source/outlet/publisher/
site fields, a dateline or the url: `metadata.record_outlet`). RSS/Atom feeds give one article per item.
"""
from __future__ import annotations

import json
import re
from typing import Iterator, Union

from graph.records import Article, Failure
from loaders.metadata import iso_date, page_outlet, record_outlet, text_metadata

Item = Union[Article, Failure]


def unreadable(source: str, reason: str) -> Failure:
    """Why `source` (a file or one item of it) cannot be read, as the reading stage's Failure."""
    return Failure(source, "read", reason)


def read_text(text: str, source: str) -> Iterator[Item]:
    yield Article(source=source, text=text, **text_metadata(text))


def read_html(text: str, source: str) -> Iterator[Item]:
    import trafilatura
    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_recall=True)
    body = (getattr(doc, "text", None) or "").strip() if doc else ""
    if not body:
        yield unreadable(source, "HTML page has no readable article text")
        return
    title, url = getattr(doc, "title", None), getattr(doc, "url", None)
    outlet = page_outlet(text, body, url, site=_str(getattr(doc, "sitename", None)))
    yield Article(source=source, text=_with_title(title, body), title=title,
                  published=iso_date(getattr(doc, "date", None)), url=url, outlet=outlet)


def _with_title(title: str | None, body: str) -> str:
    """The headline heads the text (quotes in headlines count), unless the body already starts with it."""
    return body if not title or body.startswith(title) else f"{title}\n\n{body}"


_JSONL_TEXT = ("text", "content", "body", "article")


def read_jsonl(text: str, source: str) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}#line {number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield unreadable(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield unreadable(where, "a line must be a JSON object")
            continue
        yield article_from_record(obj, where)


def article_from_record(obj: dict, where: str, text_fields: tuple[str, ...] = _JSONL_TEXT) -> Item:
    """One record (a JSON Lines object, a Parquet/JSON dataset row) as an Article, or why not."""
    body = next((obj[k] for k in text_fields if isinstance(obj.get(k), str) and obj[k].strip()), None)
    if body is None:
        return unreadable(where, f"no article text (expected a '{text_fields[0]}' field)")
    url = _str(obj.get("url") or obj.get("link"))
    return Article(source=where, text=body, title=_str(obj.get("title")), url=url,
                   published=iso_date(_str(obj.get("published") or obj.get("date"))),
                   outlet=record_outlet(obj, body, url))


def _str(value) -> str | None:
    return value.strip()[:2000] if isinstance(value, str) and value.strip() else None


_TAG = re.compile(r"<[^>]+>")


def _html_to_text(fragment: str) -> str:
    import html
    if "<" not in fragment:
        return html.unescape(fragment).strip()
    import trafilatura
    extracted = trafilatura.extract(f"<html><body><article>{fragment}</article></body></html>",
                                    favor_recall=True)
    return (extracted or html.unescape(_TAG.sub(" ", fragment))).strip()


def read_feed(text: str, source: str) -> Iterator[Item]:
    import feedparser
    feed = feedparser.parse(text)
    if not feed.entries:
        problem = getattr(feed, "bozo_exception", None)
        reason = f"not an RSS/Atom feed ({str(problem).splitlines()[0]})" if problem else \
            "feed has no items"
        yield unreadable(source, reason)
        return
    outlet = _str(feed.feed.get("title"))
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{source}#item {number}"
        content = entry.get("content") or []
        raw = (content[0].get("value") if content else None) or entry.get("summary") or ""
        body = _html_to_text(raw)
        title = _str(entry.get("title"))
        if not body:
            yield unreadable(where, "feed item has no text")
            continue
        yield Article(source=where, text=_with_title(title, body), title=title,
                      url=_str(entry.get("link")), outlet=outlet,
                      published=iso_date(entry.get("published") or entry.get("updated")))
