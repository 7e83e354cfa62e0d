"""quotes_containing as the library runs it (on Neo4j through the full-text index `statement_text`, on the
embedded store as the saved query) gives exactly the rows of the plain scan it replaced, on both engines:
words, phrases, partial words, punctuation, hostile Lucene syntax, undated statements and both of Neo4j's
plans (few candidates read, many: the date index walked)."""
from __future__ import annotations

import json

import pytest

from queries import library as saved
from queries.quote_search import candidate_terms, lucene_query

# the query as it was before the index: every statement's text scanned
SCAN = """MATCH (s:Statement)
WHERE toLower(s.text) CONTAINS toLower($words) AND (s.date >= $since OR ($undated AND s.date IS NULL))
OPTIONAL MATCH (sp)-[:SAID]->(s)
RETURN sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type,
       s.date AS date, s.text AS quote, s.outlet AS outlet, s.kind AS kind
ORDER BY date DESC, quote
LIMIT $limit"""
WORDS = ["border", "BORDER", "order", "the border", "Afghan frontier", "rder of", "2,500 troops", ",500 tro",
         "Kabul, not", "Tajikistan are \"a message", "201st", "don't", "zzzq", "the", "a",
         '"', "*", ":", "AND", "(", "border AND (", 'border" OR "*', "text:border", "*:*", "bord~2", "\\",
         "Kazakhstan", "UNDATED-WORD"]


def test_candidate_terms_never_carry_the_users_syntax():
    assert candidate_terms("Border Policy") == ["policy*", "*border"]
    assert candidate_terms(" der pol") == ["der", "pol*"]
    assert candidate_terms("ab") == [] and candidate_terms('"*:(') == []
    for hostile in ['border AND (', 'a" OR "*', "text:*", "x~2 || y^3", "\\"]:
        assert all(set(t) <= set("abcdefghijklmnopqrstuvwxyz0123456789*") for t in candidate_terms(hostile))
    assert lucene_query("AND (border") == "+text:*and +text:*border*"     # lower-case: a term, not an operator


@pytest.fixture(scope="module")
def quotes_store(sample_each):
    """The sample with two of its "border" statements made undated (the sample has none), so that the
    undated part is exercised."""
    sample_each.transact(lambda run: run(
        "MATCH (s:Statement) WHERE s.text CONTAINS 'border' WITH s ORDER BY s.uid LIMIT 2 SET s.date = NULL", {}))
    assert len(sample_each.rows("MATCH (s:Statement) WHERE s.date IS NULL RETURN s.uid AS uid")) == 2
    if sample_each.config.engine == "neo4j":
        sample_each.rows("CALL db.awaitIndexes(300)")
    return sample_each


def _canon(rows):
    return sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)


def _same(got, want, why):
    """The same rows in the same (date, quote) order; rows tied on both may come in either order."""
    assert [(r["date"], r["quote"]) for r in got] == [(r["date"], r["quote"]) for r in want], why
    assert _canon(got) == _canon(want), why


def test_the_library_gives_the_rows_of_the_scan(quotes_store, library):
    query = library["quotes_containing"]
    served = 0
    for words in WORDS:
        for since, undated, limit in [("2025-01-01", True, 100), ("2025-04-01", False, 5), ("", True, 3)]:
            values = query.values({"words": words, "since": since, "undated": undated, "limit": limit})
            fast = saved.engine_form(quotes_store, query, values)
            got = fast.rows if fast is not None else quotes_store.rows(query.cypher, values)
            _same(got, quotes_store.rows(SCAN, values), (words, since, undated, limit))
            served += fast is not None
    if quotes_store.config.engine == "neo4j":
        assert served > 30                     # the index served most of them
    else:
        assert served == 0


def test_both_of_neo4js_plans_give_the_scan_rows(quotes_store, library, monkeypatch):
    if quotes_store.config.engine != "neo4j":
        pytest.skip("the embedded store has one plan")
    from queries import quote_search
    query = library["quotes_containing"]
    for few in (1, 10 ** 6):                    # every word "common" (date walk), then every word "rare"
        monkeypatch.setattr(quote_search, "FEW", few)
        for words in ["border", "the border", "Tajikistan", "2,500 troops"]:
            values = query.values({"words": words, "since": "2025-03-01", "limit": 4})
            _same(saved.engine_form(quotes_store, query, values).rows, quotes_store.rows(SCAN, values), (few, words))


def test_run_gives_the_scan_rows_within_the_row_cap(quotes_store, library):
    query = library["quotes_containing"]
    values = query.values({"words": "border AND (", "limit": 10})
    _same(saved.run(quotes_store, query, values).rows, quotes_store.rows(SCAN, values), "hostile")
    values = query.values({"words": "border", "limit": 10})
    result = saved.run(quotes_store, query, values, limit=3)
    _same(result.rows, quotes_store.rows(SCAN, {**values, "limit": 3}), "row cap")
