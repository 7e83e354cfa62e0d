"""Outlets of HTML pages and JSON records: og:site_name, publisher/author meta tags, the canonical host,
JSON source/outlet/url fields, and datelines in the text, in that order of trust."""
import json

import pytest

from loaders.metadata import page_outlet, record_outlet
from loaders.read_formats import read_html, read_jsonl

BODY = ("<p>The minister said on Monday that the talks in the capital would resume next week, and that "
        "both delegations had agreed on an agenda covering trade, water and the border.</p>" * 4)


def _page(head: str, body: str = BODY) -> str:
    return f"<html><head><title>Talks resume</title>{head}</head><body><article><h1>Talks resume</h1>" \
           f"{body}</article></body></html>"


@pytest.mark.parametrize("head, outlet", [
    ('<meta property="og:site_name" content="Steppe Courier"><link rel="canonical" href="https://x.example/a">',
     "Steppe Courier"),
    ('<meta name="publisher" content="Pamir Daily">', "Pamir Daily"),
    ('<link rel="canonical" href="https://www.asia-news.example/en/1"><meta name="author" content="Ann Lee">',
     "asia-news.example"),
    ('<meta property="og:url" content="https://tass.example/world/2">', "tass.example"),
    ('<meta name="author" content="Caspian Wire">', "Caspian Wire"),
])
def test_html_outlets(head, outlet):
    (article,) = read_html(_page(head), "page.html")
    assert article.outlet == outlet


def test_html_dateline_beats_the_canonical_host():
    body = "<p>DUSHANBE, March 4 (Pamir Daily) - " + BODY[3:]
    (article,) = read_html(_page('<link rel="canonical" href="https://mirror.example/a">', body), "p.html")
    assert article.outlet == "Pamir Daily"


def test_broken_markup_and_hostile_values_stay_text():
    assert page_outlet('<meta property="og:site_name" content="<b>Evil</b>"><link rel=canonical', "") == "<b>Evil</b>"
    assert page_outlet("<meta name=author>", "") is None


@pytest.mark.parametrize("record, outlet", [
    ({"text": "x", "source": "Steppe Courier"}, "Steppe Courier"),
    ({"text": "x", "source": {"id": "sc", "name": "Steppe Courier"}}, "Steppe Courier"),
    ({"text": "x", "site_name": "Pamir Daily", "url": "https://other.example/1"}, "Pamir Daily"),
    ({"text": "x", "url": "https://www.asiaplustj.example/en/news/1"}, "asiaplustj.example"),
    ({"text": "MOSCOW, May 4. /TASS/. The ministry said ...", "url": "https://mirror.example/a"}, "TASS"),
    ({"text": "x"}, None),
])
def test_json_outlets(record, outlet):
    (article,) = read_jsonl(json.dumps(record), "in.jsonl")
    assert article.outlet == outlet
    assert record_outlet(record, record["text"], record.get("url")) == outlet
