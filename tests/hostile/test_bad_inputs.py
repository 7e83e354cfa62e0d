"""Every bad input gives a clean extraction or a one-line error naming the file; the batch goes on; the
exit status says some failed; no article is half-written, on either store."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from graph.fragment import build_fragment
from graph.model import article_uid
from graph.records import Article
from loaders.ingest import ingest
from loaders.readers import read_paths
from tests.conftest import ROOT, make_store
from tests.hostile.corpus import CYPHER, XSS, build


class RememberingExtractor:
    """The real extractor, remembering each article's extraction so the 1 MB line is parsed once for
    the whole module (the ingests on both stores and the whole-or-nothing check reuse it)."""

    def __init__(self, extractor):
        self.extractor, self.seen = extractor, {}

    def extract(self, article):
        if article.text not in self.seen:
            self.seen[article.text] = self.extractor.extract(article)
        return self.seen[article.text]

    def extract_many(self, articles, batch_size=32):
        return [self.extract(a) for a in articles]


@pytest.fixture(scope="module")
def remembering(extractor):
    # the session's model with a 300 s article budget: the 1 MB line takes ~50 CPU-seconds on a 2-core CI
    # machine, near the default 60 s, and went over it in one ingest and under it in the re-ingest, which
    # then wrote it; these tests are about whole articles and re-ingest, the budget has its own tests
    from loaders.extraction import Extractor
    return RememberingExtractor(Extractor(nlp=extractor.nlp, budget=300))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    return folder, build(folder)


def test_extract_cli_gives_a_line_per_input_and_goes_on(corpus):
    folder, expected = corpus
    # the 1 MB line takes ~50 CPU-seconds on a 2-core CI machine, near the default 60 s budget of an
    # article; this test is about one line per input, the budget has its own tests (tests/extraction)
    env = {**os.environ, "WHOSAID_ARTICLE_SECONDS": "300"}
    proc = subprocess.run([sys.executable, "-m", "loaders", "extract", "--json", str(folder)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600, env=env)
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    by_file: dict[str, list[dict]] = {}
    for line in lines:
        by_file.setdefault(os.path.basename(line["source"].split("#")[0]), []).append(line)
    for name, outcome in expected.items():
        assert name in by_file, f"no output line for {name}"
        first = by_file[name][0]
        if outcome == "ok":
            assert "error" not in first, f"{name}: {first.get('error')}"
        else:
            assert outcome.lower() in first["error"].lower(), f"{name}: {first}"
            assert "\n" not in first["error"] and len(first["error"]) < 300
    jsonl = by_file["broken.jsonl"]
    assert [("error" in x) for x in jsonl] == [False, True, True, True]
    for name in ("arabic.txt", "russian.txt", "chinese.txt"):
        (doc,) = by_file[name]
        assert doc["language"] != "en" and doc["entities"] == [] and doc["statements"] == []
        assert doc["warnings"]


def test_payload_text_is_kept_verbatim_and_offsets_hold(corpus, extractor):
    folder, _ = corpus
    (article,) = [a for a in read_paths([str(folder / "payloads.txt")])]
    extraction = extractor.extract(article)
    assert extraction.statements
    for st in extraction.statements:
        assert article.text[st.start:st.end] == st.text


@pytest.mark.parametrize("engine", ["ladybug", "neo4j"])
def test_ingest_of_the_bad_corpus_is_whole_or_nothing_per_article(engine, corpus, tmp_path, request,
                                                                  remembering):
    extractor = remembering
    folder, expected = corpus
    store = make_store(engine, tmp_path, request)
    try:
        summary = ingest([str(folder)], store, extractor=extractor, progress=False)
        failed_files = {os.path.basename(f.source.split("#")[0]) for f in summary.failed}
        assert {n for n, o in expected.items() if o != "ok"} <= failed_files
        assert all("\n" not in f.reason for f in summary.failed)
        counts = store.counts()
        assert counts["Article"] == summary.written
        # Whole articles only: each stored article has exactly the statements its extraction produced.
        articles = [a for a in read_paths([str(folder)]) if isinstance(a, Article)]
        for article in articles:
            uid = article_uid(article.text)
            if not store.has_article(uid):
                continue
            fragment = build_fragment(article, extractor.extract(article))
            rows = store.rows("MATCH (s:Statement)-[:REPORTED_IN]->(a:Article {uid: $uid}) "
                              "RETURN count(s) AS c", {"uid": uid})
            assert rows[0]["c"] == len(fragment.nodes.get("Statement", {})), article.source
        # Payloads are data: stored verbatim, and the Cypher one deleted nothing.
        assert counts["Article"] >= 5
        names = [r["name"] for r in store.rows("MATCH (a:Article) RETURN a.name AS name")]
        assert any(XSS in n for n in names)
        texts = " ".join(r["t"] for r in store.rows("MATCH (s:Statement) RETURN s.text AS t"))
        assert CYPHER in texts
        again = ingest([str(folder)], store, extractor=extractor, progress=False)
        assert again.written == 0 and store.counts() == counts
    finally:
        store.close()
