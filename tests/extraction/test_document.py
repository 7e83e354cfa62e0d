"""Long texts: chunk bounds, and extraction of texts far beyond one parse (offsets, shared registry)."""
from __future__ import annotations

from graph.records import Article
from loaders.extraction.document import CHUNK_CHARS, chunk_bounds

PARA = ("Foreign Minister Sergei Lavrov met reporters in Moscow on Monday. Lavrov said that the drills would start soon. "
        "“They will be large,” he added. The weather was mild and the roads were open for most of the day.")


def test_chunk_bounds_prefer_paragraphs_then_spaces():
    text = ("word " * 30 + "\n\n") * 2000
    bounds = chunk_bounds(text, 10_000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(e - s <= 10_000 for s, e in bounds)
    assert all(b[1] == c[0] for b, c in zip(bounds, bounds[1:]))
    assert all(text[e:e + 2] == "\n\n" for s, e in bounds[:-1])
    line = "word " * 5000                       # one line, no sentence ends: cut at spaces
    assert all(line[e] == " " for s, e in chunk_bounds(line, 1000)[:-1])


def _blob(n: int) -> str:
    """n characters of long space-separated tokens (embedded data): cheap to parse, heavy to hold."""
    return " ".join(["QUJDREVGR0hJSktMTU5PUA" * 200] * (n // 4401 + 1))[:n]


def test_long_article_is_extracted_in_chunks(extractor):
    paras = [PARA if k % 10 == 0 else _blob(20_000) for k in range(75)]
    text = "\n\n".join(paras)                    # ~1.5 MB, far beyond one chunk
    assert len(text) > 10 * CHUNK_CHARS
    ex = extractor.extract(Article(source="long", text=text))
    assert len(ex.statements) == 2              # repeats are one statement each
    for st in ex.statements:
        assert text[st.start:st.end] == st.text and st.speaker == "Sergei Lavrov"


def test_single_huge_line_and_offsets_in_last_chunk(extractor):
    filler = "and the talks went on " * 100 + _blob(1_200_000) + " "    # one 1.2 MB line
    tail = "Lavrov said that the talks had failed."     # the surname resolves through the first chunk
    filler = PARA + " " + filler
    text = filler + tail
    ex = extractor.extract(Article(source="line", text=text))
    (st,) = [s for s in ex.statements if "failed" in s.text]
    assert text[st.start:st.end] == "that the talks had failed" and st.speaker == "Sergei Lavrov"
