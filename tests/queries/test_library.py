"""The query-file header format, parameters, the user folder and the shipped library's shape."""
import pytest

from queries.library import (Param, QueryError, SavedQuery, infer_params, load, parse, parse_assignments,
                             save_user_query)

TEXT = """// title: Test query
// description: A test.
// param: who: string = Alice
// suggest: who: MATCH (n:Person) RETURN n.name AS value
// param: limit: int = 5
// param: since: date = 2025-01-01
// edge: a -> b : about (n)
MATCH (n) WHERE n.name = $who AND n.date >= $since RETURN n LIMIT $limit
"""


def test_parse_reads_the_header():
    q = parse(TEXT, "test_query")
    assert q.title == "Test query" and q.description == "A test."
    assert [(p.name, p.type, p.default) for p in q.params] == [
        ("who", "string", "Alice"), ("limit", "int", 5), ("since", "date", "2025-01-01")]
    assert q.params[0].suggest.startswith("MATCH (n:Person)")
    assert (q.edges[0].source, q.edges[0].target, q.edges[0].caption, q.edges[0].weight) == ("a", "b", "about", "n")
    assert q.cypher.startswith("MATCH (n)")


def test_to_text_round_trips():
    q = parse(TEXT, "test_query")
    again = parse(q.to_text(), "test_query")
    assert again == q


def test_values_coerce_and_reject():
    q = parse(TEXT, "test_query")
    assert q.values({"limit": "7"}) == {"who": "Alice", "limit": 7, "since": "2025-01-01"}
    with pytest.raises(QueryError, match="not a valid int"):
        q.values({"limit": "seven"})
    with pytest.raises(QueryError, match="not a valid date"):
        q.values({"since": "yesterday"})
    for impossible in ("2025-13-01", "2025-02-30", "2025-00"):          # the right shape, no such day
        with pytest.raises(QueryError, match="not a valid date"):
            q.values({"since": impossible})
    assert q.values({"since": "2024-02-29"})["since"] == "2024-02-29"
    assert q.values({"since": "2025-06"})["since"] == "2025-06"
    with pytest.raises(QueryError, match="no parameter"):
        q.values({"bogus": "1"})


@pytest.mark.parametrize("text, message", [
    ("MATCH (n) RETURN n LIMIT $k", "not declared"),
    ("// param: k: decimal = 1\nRETURN $k", "bad param"),
    ("// title: only a header", "no query"),
    ("// suggest: k: RETURN 1 AS value\nRETURN 1", "undeclared"),
    ("// edge: a => b\nRETURN 1", "bad edge"),
])
def test_parse_errors_name_the_problem(text, message):
    with pytest.raises(QueryError, match=message):
        parse(text, "bad")


def test_bad_names_are_refused():
    with pytest.raises(QueryError):
        parse("RETURN 1", "../etc/passwd")


def test_shipped_library(library):
    assert len(library) >= 12
    for q in library.values():
        assert q.title and q.description, q.name
        assert q.builtin
        for p in q.params:
            assert p.default is not None, f"{q.name}.{p.name} needs a default"
        for forbidden in ("labels(", "type(", "CALL {", "EXISTS {", "shortestPath", "substring("):
            assert forbidden not in q.cypher, f"{q.name} uses {forbidden}, which is not portable"


def test_user_queries_are_saved_and_loaded(tmp_path):
    cypher = "MATCH (n:Person) WHERE n.name = $name RETURN n.name AS name LIMIT $k"
    q = SavedQuery(name="my_query", title="Mine", cypher=cypher, builtin=False,
                   params=infer_params(cypher, {"name": "Alice", "k": 3}))
    assert [(p.name, p.type) for p in q.params] == [("name", "string"), ("k", "int")]
    path = save_user_query(q, folder=str(tmp_path))
    queries, problems = load(str(tmp_path))
    assert problems == [] and queries["my_query"].path == path and not queries["my_query"].builtin
    with pytest.raises(QueryError, match="exists"):
        save_user_query(q, folder=str(tmp_path))
    with pytest.raises(QueryError, match="built-in"):
        save_user_query(SavedQuery(name="top_speakers", title="x", cypher="RETURN 1"), folder=str(tmp_path))


def test_a_broken_user_file_is_reported_not_fatal(tmp_path):
    (tmp_path / "broken.cypher").write_text("// param: x: nonsense\nRETURN 1")
    (tmp_path / "top_speakers.cypher").write_text("RETURN 1 AS x")
    queries, problems = load(str(tmp_path))
    assert "broken" not in queries and queries["top_speakers"].builtin
    assert len(problems) == 2


def test_parse_assignments():
    assert parse_assignments(["a=1", "b = x=y", ""]) == {"a": "1", "b": "x=y"}
    with pytest.raises(QueryError):
        parse_assignments(["novalue"])


def test_param_bool():
    assert Param("b", "bool").coerce("yes") is True and Param("b", "bool").coerce("0") is False


def test_every_saved_query_runs_on_the_guarded_path(sample_store, library):
    """The page runs saved queries guarded (`library.run`: allow-list, row cap, query process); on the
    embedded store each one answers, with the same rows as the project's own unguarded read (a crash of the
    query process, as LadybugDB 0.22 had on how_connected's row-capped UNION, fails here)."""
    from queries.library import run
    for name, query in library.items():
        guarded = run(sample_store, query, query.values())
        own = sample_store.query(query.cypher, query.values())
        assert guarded.columns == own.columns, name
        assert sorted(map(repr, guarded.rows)) == sorted(map(repr, own.rows)), name
