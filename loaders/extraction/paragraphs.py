"""Pipeline components that preset sentence starts before the parser (which respects them).

* "whosaid_paragraphs": a line break starts a new sentence (headlines, datelines, paragraphs), so a
  headline never merges with the first sentence of the body.
* "whosaid_sentence_cap": no sentence runs longer than `MAX_SENTENCE_TOKENS` tokens. Text without
  sentence punctuation (a pasted page, a transcript) would otherwise be one sentence as long as the
  article, and every per-sentence rule (`tok.sent`, subtrees, clause contents) would cost O(article)
  per cue: quadratic in all. With the cap, the work per cue is bounded and extraction is linear.
"""
from __future__ import annotations

from spacy.language import Language

NAME = "whosaid_paragraphs"
CAP_NAME = "whosaid_sentence_cap"
MAX_SENTENCE_TOKENS = 150   # ordinary news sentences stay far below; PolNeAR's longest are ~110


@Language.component(NAME)
def paragraph_breaks(doc):
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_ or "\n" in doc[tok.i + 1].text:
            nxt = doc[tok.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
            elif tok.i + 2 < len(doc):
                doc[tok.i + 2].is_sent_start = True
    return doc


def cap_sentences(doc, limit: int = MAX_SENTENCE_TOKENS):
    """Preset a sentence start every `limit` tokens after the last preset start, preferring a token
    after a comma, semicolon or dash in the last third of the window."""
    last = 0
    for tok in doc:
        if tok.i == 0 or tok.is_sent_start:
            last = tok.i
            continue
        if tok.i - last >= limit:
            cut = tok.i
            for k in range(tok.i - 1, tok.i - limit // 3, -1):
                if doc[k - 1].text in (",", ";", "--", "—", "–", ":"):
                    cut = k
                    break
            doc[cut].is_sent_start = True
            last = cut
    return doc


@Language.component(CAP_NAME)
def sentence_cap(doc):
    return cap_sentences(doc)


def add_to(nlp) -> None:
    """Insert the components before the parser (once)."""
    before = "parser" if "parser" in nlp.pipe_names else None
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before=before)
    if CAP_NAME not in nlp.pipe_names:
        nlp.add_pipe(CAP_NAME, before=before)
