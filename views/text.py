"""Article text on the page is text: helpers for every place where Streamlit would read markdown.

Streamlit renders markdown (links, images, `:colour[...]` directives, emoji codes, HTML-ish autolinks) in
headings, captions, markdown blocks, widget labels, buttons, toasts and alerts. Article-derived strings
(names, outlets, titles, quotes) therefore reach the page only through `st.text`, dataframes, the graph
component, or through these helpers:

- `md(text)` makes a string inert inside markdown: every ASCII punctuation mark is backslash-escaped
  (CommonMark lets any of them be escaped), and the characters that start URLs and e-mail autolinks are
  broken with a zero-width joiner, so `![x](http://host/i.png)`, `[x](javascript:…)`, `www.host.com` and
  `:red[x]` all show as the characters typed;
- `heading(text)` draws a heading from plain, HTML-escaped text (no markdown parser involved);
- `http_url(url)` keeps a link only when it is an article's own http(s) address.
- `shown(value, empty)` is the text for a missing value ("undated", "—", "unknown outlet"), never "None".
"""
from __future__ import annotations

import html
import re
from typing import Optional

import streamlit as st

_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")
_ZWJ = "\u2060"                                          # word joiner: invisible, breaks autolink detection


def md(text, limit: int = 300) -> str:
    """`text` safe to place inside markdown (a caption, a button label, an alert): shown verbatim."""
    if text is None:
        return ""
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[: limit - 1] + "\u2026"
    text = re.sub(r"(?i)(www|https?|ftp|mailto|javascript|data)", lambda m: m.group(0)[0] + _ZWJ + m.group(0)[1:],
                  text)
    text = text.replace("@", "@" + _ZWJ)
    return _PUNCT.sub(r"\\\1", text)


def heading(text, level: int = 3) -> None:
    """A heading whose text is never read as markdown or HTML."""
    level = min(6, max(1, level))
    st.html(f'<h{level} class="whosaid-heading" style="margin:0.2rem 0 0.4rem 0">{html.escape(str(text))}'
            f"</h{level}>")


def http_url(url) -> str:
    """The url when it is an absolute http(s) address without spaces or control characters, else ''."""
    if not url:
        return ""
    url = str(url).strip()
    return url if re.fullmatch(r"https?://[^\s<>\"'\x00-\x1f\x7f]{1,2000}", url, re.I) else ""


def shown(value, empty: str = "\u2014") -> str:
    """A value as page text: missing values (None, '', 'None', 'null') become `empty`."""
    if value is None:
        return empty
    text = str(value).strip()
    return empty if text in ("", "None", "null", "NaN", "nan") else text


def one_line(message) -> str:
    """An error or warning as one markdown-inert line."""
    text = str(message).splitlines()[0] if str(message) else ""
    return md(text, 400)


def first(items: Optional[list], n: int) -> list:
    return [i for i in (items or []) if i][:n]
