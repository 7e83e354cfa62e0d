"""Extraction work grows linearly with the text, even on text with no sentence punctuation.

No wall-clock timer: the work is counted as lines of `loaders/extraction` executed (a deterministic
count for a given text), and the sentence-length cap is checked on the parse itself. A rule that is
quadratic in the sentence or in the number of cues/quotes makes 4x the text cost ~16x the lines.
"""
from __future__ import annotations

import sys
from pathlib import Path

from bench.pathological import pathological_text
from graph.records import Article
from loaders.extraction.paragraphs import MAX_SENTENCE_TOKENS

EXTRACTION = str(Path(__file__).resolve().parents[2] / "loaders" / "extraction")


class _Runaway(Exception):
    """More lines executed than the test's budget: a loop that does not end."""


def _lines_executed(extractor, text: str, budget: int | None = None) -> tuple[int, int]:
    count = 0

    def tracer(frame, event, arg):
        if not frame.f_code.co_filename.startswith(EXTRACTION):
            return None

        def local(frame, event, arg):
            nonlocal count
            if event == "line":
                count += 1
                if budget is not None and count > budget:
                    raise _Runaway(count)
            return local
        return local

    sys.settrace(tracer)
    try:
        ex = extractor.extract(Article(source="pathological", text=text, language="en"))
    finally:
        sys.settrace(None)
    return count, len(ex.statements)


def test_sentences_are_capped_on_text_without_punctuation(nlp):
    doc = nlp(pathological_text(300))
    longest = max(len(s) for s in doc.sents)
    assert len(doc) > 4 * MAX_SENTENCE_TOKENS
    assert longest <= MAX_SENTENCE_TOKENS


def test_work_is_linear_in_the_number_of_cues(extractor):
    small, n_small = _lines_executed(extractor, pathological_text(60))
    large, n_large = _lines_executed(extractor, pathological_text(240))
    assert n_large >= 3 * n_small > 0          # the larger text really has ~4x the statements
    assert large < 6 * small, (small, large)   # linear: ~4x; quadratic: ~16x


def test_a_hyphenated_name_before_a_subjectless_cue_ends(extractor):
    """"..., Karim al-Tanuri, stressed that ..." with no subject in the parse: looking back from the cue for
    its speaker met the hyphen of "al-Tanuri" as a dash with no partner and stood still for ever (a real
    wire article stalled extraction this way)."""
    text = ('In response to the Veldorian statement, a senior Hamas official, Karim al-Tanuri, stressed that '
            '" the group is committed to the ceasefire agreement announced by mediators."')
    lines, found = _lines_executed(extractor, text, budget=2_000_000)
    assert found == 1
    ex = extractor.extract(Article(source="hyphen", text=text, language="en"))
    assert ex.statements[0].speaker == "Karim al-Tanuri"
