"""Extraction work grows linearly with the text, even on text with no sentence punctuation.

No wall-clock timer: the work is counted as lines of `loaders/extraction` executed (a deterministic
count for a given text), and the sentence-length cap is checked on the parse itself. A rule that is
quadratic in the sentence or in the number of cues/quotes makes 4x the text cost ~16x the lines.
"""
from __future__ import annotations

from bench.fuzz_extraction import lines_executed as _lines_executed   # budget: a runaway loop raises
from bench.pathological import pathological_text
from graph.records import Article
from loaders.extraction.paragraphs import MAX_SENTENCE_TOKENS

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


def test_many_mentions_of_the_alliance_stay_linear(extractor):
    """Each bare "the alliance" (standing for NATO, named once) hands its token to NATO by releasing the
    mention there: the release walked every mention of the text, so n of them cost ~n^2 lines."""
    def text(n: int) -> str:
        return "NATO met in Brussels. " + " ".join(f"The alliance met, {i}." for i in range(n))
    small, _ = _lines_executed(extractor, text(200))
    large, _ = _lines_executed(extractor, text(800))
    assert large < 5 * small, (small, large)   # linear: ~4x; the old walk made it ~6x


def test_many_role_descriptions_stay_linear(extractor):
    """"The spokesman said ..." over and over, with nobody holding the role: finding the holder walked every
    mention before (and after) each description, so n descriptions cost ~n^2 lines."""
    def text(n: int) -> str:
        return " ".join(f"The spokesman said the plan would work in Vestrand, number {i}." for i in range(n))
    small, _ = _lines_executed(extractor, text(150))
    large, _ = _lines_executed(extractor, text(600))
    assert large < 5 * small, (small, large)


def test_many_contingent_lists_stay_linear(extractor):
    """"Contingents from A, B and C are taking part" over and over: the alliance they join was looked for
    among every mention of the text, not only those of the sentence and the 80 tokens before it."""
    def text(n: int) -> str:
        return "The CSTO began its drills. " + " ".join(
            f"Contingents from Kazakhstan, Kyrgyzstan and Tajikistan are taking part in round {i}." for i in range(n))
    small, _ = _lines_executed(extractor, text(100))
    large, _ = _lines_executed(extractor, text(400))
    assert large < 5 * small, (small, large)


def test_many_people_and_places_stay_linear(extractor):
    """Each gazetteer place was checked against every person named in the text (is it inside a longer
    name?), so n sentences naming people and places cost ~n^2 lines."""
    def text(n: int) -> str:
        return " ".join(f"Ilse Varga and Tove Ramsvik met in Kazakhstan, Kyrgyzstan and Tajikistan, round {i}."
                        for i in range(n))
    small, _ = _lines_executed(extractor, text(150))
    large, _ = _lines_executed(extractor, text(600))
    assert large < 5 * small, (small, large)   # linear: ~3.7x; the old walk made it ~6.9x
