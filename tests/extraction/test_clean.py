"""Cleaning step: boilerplate lines and acronyms are handled, and offsets map back to the original text."""
from loaders.extraction.clean import clean


def test_acronym_is_rewritten_and_offsets_map_back():
    text = "Fighters of IS crossed the border. The threat is real."
    c = clean(text)
    assert "ISIS" in c.text and " is real" in c.text
    i = c.text.index("ISIS")
    s, e = c.orig_span(i, i + 4)
    assert text[s:e] == "IS"
    j = c.text.index("border")
    assert text[slice(*c.orig_span(j, j + 6))] == "border"


def test_boilerplate_lines_blanked_keep_length():
    text = "Breaking News\nThe minister said the talks failed.\nLatest Posts\n"
    c = clean(text)
    assert len(c.text) == len(text)
    assert "Breaking" not in c.text and "Latest" not in c.text
    assert "The minister said" in c.text


def test_caps_headline_is_left_alone():
    assert "ISIS" not in clean("THIS IS THE HEADLINE\nBody.").text
