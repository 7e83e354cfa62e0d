"""Pipeline component: a line break starts a new sentence (headlines, datelines, paragraphs).

Registered as "whosaid_paragraphs" and added before the parser, which respects preset boundaries, so a
headline never merges with the first sentence of the body.
"""
from __future__ import annotations

from spacy.language import Language

NAME = "whosaid_paragraphs"


@Language.component(NAME)
def paragraph_breaks(doc):
    for tok in doc[:-1]:
        if "\n" in tok.text_with_ws and (tok.is_space or tok.whitespace_ == "" or True):
            if "\n" in tok.text or "\n" in tok.whitespace_ or "\n" in doc[tok.i + 1].text:
                nxt = doc[tok.i + 1]
                if not nxt.is_space:
                    nxt.is_sent_start = True
                elif tok.i + 2 < len(doc):
                    doc[tok.i + 2].is_sent_start = True
    return doc


def add_to(nlp) -> None:
    """Insert the component before the parser (once)."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser" if "parser" in nlp.pipe_names else None)
