"""Quote marks: extraction keeps a direct quotation's own marks in a statement's `text` (the contract's span
covers them), and every place that shows a quote shows it in exactly one pair of marks, escaped where it
goes into HTML."""
import html
import json

import pytest

from queries.snapshot_html import evidence_properties, snapshot_html
from queries.viewmodel import View, quoted, unquoted

OPEN, CLOSE = "\u201c", "\u201d"
MARKS = ('"', OPEN, CLOSE, "\u00ab", "\u00bb", "\u201e", "``", "''")


def _marks(text: str) -> int:
    return sum(text.count(m) for m in MARKS)


@pytest.mark.parametrize("text, inner", [
    ('"We will not yield"', "We will not yield"),
    ("\u201cWe will not yield,\u201d", "We will not yield,"),
    ("\u201cWe will not yield.\"", "We will not yield."),            # opened curly, closed straight
    ("\u00abNous ne c\u00e9derons pas\u00bb", "Nous ne c\u00e9derons pas"),
    ("``We will not yield''", "We will not yield"),
    ("  \"We will not yield\"  ", "We will not yield"),
    ("We will not yield", "We will not yield"),                     # an indirect statement has no marks
    ('that "the border stays closed" for now', 'that "the border stays closed" for now'),
    ('"', '"'), ("", ""),
])
def test_unquoted_takes_off_only_a_pair_around_the_whole_text(text, inner):
    assert unquoted(text) == inner


@pytest.mark.parametrize("text", ['"We will not yield"', "\u201cWe will not yield,\u201d", "We will not yield",
                                  "``We will not yield''", "\u00abWe will not yield\u00bb"])
def test_quoted_shows_exactly_one_pair(text):
    shown = quoted(text)
    assert shown.startswith(OPEN) and shown.endswith(CLOSE) and _marks(shown) == 2


def test_a_long_quote_cut_short_keeps_one_pair():
    shown = quoted('"' + "very long words " * 60 + '"', 100)
    assert len(shown) == 102 and shown.endswith("\u2026" + CLOSE) and _marks(shown) == 2


def _view_with(quote: str):
    view = View(focus="person:1")
    view.add_node("person:1", "Person", "Anna Example", ring=0)
    view.add_node("state:2", "State", "Borduria", ring=1)
    view.add_edge("person:1", "state:2", "about", 1)
    row = {"relation": "about", "speaker_uid": "person:1", "target_uid": "state:2", "speaker": "Anna Example",
           "date": "2025-03-04", "outlet": "Daily Fictional", "quote": quote, "sentence": "s", "article": "a"}
    return view, [row]


def _shown_in_snapshot(quote: str) -> tuple[str, str]:
    """(the quote in the edge's details panel, the quote listed under the graph) of a snapshot."""
    view, rows = _view_with(quote)
    page = snapshot_html(view, statements=rows)
    data = json.loads(page.split('<script type="application/json" id="neo4j-viz-data">')[1].split("</script>")[0])
    panel = next(r["properties"]["01 quote"] for r in data["relationships"] if r["id"] == "about|person:1|state:2")
    listed = page.split('class="whosaid-statements"')[1].split("<blockquote")[1].split("<br>")[0].split(">", 1)[1]
    return panel, listed


@pytest.mark.parametrize("quote", ['"We will not yield"', "\u201cWe will not yield,\u201d", "We will not yield"])
def test_the_snapshot_shows_one_pair_in_the_panel_and_the_list(quote):
    panel, listed = _shown_in_snapshot(quote)
    assert _marks(panel) == 2 and panel.startswith(OPEN) and "We will not yield" in panel
    assert _marks(html.unescape(listed)) == 2 and listed.startswith(OPEN) and listed.endswith(CLOSE)


def test_escaped_text_stays_escaped_inside_the_marks():
    panel, listed = _shown_in_snapshot('"We <b>will</b> not yield & \'stay\'"')
    assert "<b>" not in listed and "&amp;" in listed and _marks(html.unescape(listed)) == 2
    assert "<" not in panel and _marks(panel) == 2
    assert evidence_properties([{"quote": None}])["01 quote"] == OPEN + CLOSE


def test_an_extracted_direct_quote_keeps_its_marks_and_is_shown_in_one_pair(extractor):
    """The contract reports the quotation with its marks (tests and tools score that span); the snapshot
    does not add a second pair around them."""
    from graph.records import Article
    text = ("Ruritania talks stall\n\nAnna Example, the foreign minister of Ruritania, spoke on Monday.\n\n"
            "\"We will not yield,\" Anna Example said of Borduria.\n")
    said = [s.text for s in extractor.extract(Article(source="t", text=text)).statements]
    assert said == ['"We will not yield,"']
    panel, listed = _shown_in_snapshot(said[0])
    assert panel == OPEN + "We will not yield," + CLOSE and html.unescape(listed) == panel
