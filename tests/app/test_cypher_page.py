"""The Cypher editor (AppTest): its text lives in the URL and a link runs it, results holding nodes show
as a graph too, the model is listed beside the editor, syntax errors are one line, writes stay refused;
saved-query tables link their entities into the explorer."""


def qp(at, key):
    value = at.query_params.get(key)
    return value[0] if isinstance(value, list) else value


NODES_QUERY = ("MATCH (p:Person)-[:SAID]->(s:Statement)-[r:ABOUT]->(t:State) "
               "RETURN p, r, t, s.text AS quote LIMIT 5")


def _html(at) -> str:
    return " ".join(h.proto.body for h in at.get("html"))


def test_editor_text_is_in_the_url_and_a_link_runs_it(app):
    app.query_params.update({"mode": "cypher", "cypher": NODES_QUERY, "cparams": ""})
    at = app.run()
    assert not at.exception and not at.error
    assert at.text_area(key="cypher-text").value == NODES_QUERY
    assert "5 row(s)" in " ".join(c.value for c in at.caption)
    assert [t.label for t in at.tabs] == ["Table", "Graph"]                     # nodes: a graph as well
    body = _html(at)
    assert 'href="?e=person%3A' in body and "white-space:normal" in body          # linked, wrapping table
    assert "<code>Statement</code>" in body and "<code>REPORTED_IN</code>" in body    # the model beside it
    at.text_area(key="cypher-text").set_value("MATCH (n:Media) RETURN n.name AS name").run()
    assert qp(at, "cypher") == "MATCH (n:Media) RETURN n.name AS name"


def test_syntax_errors_are_one_line_and_writes_refused(app):
    app.query_params.update({"mode": "cypher"})
    at = app.run()
    at.text_area(key="cypher-text").set_value("MATCH (n:Person RETURN n")
    at.button(key="cypher-run").click().run()
    message = at.error[0].value.replace("\\", "")                      # markdown-escaped
    assert len(at.error) == 1 and "\n" not in message and "expected ')'" in message
    assert "read-only" not in message                  # a typo is not a write: no word of writing in its error
    at.text_area(key="cypher-text").set_value("MATCH (n) DETACH DELETE n")
    at.button(key="cypher-run").click().run()
    assert len(at.error) == 1 and "read-only" in at.error[0].value.replace("\\", "")   # markdown-escaped


def test_saved_query_rows_open_the_explorer(app):
    app.query_params.update({"mode": "queries", "q": "top_speakers", "p.limit": "3"})
    at = app.run()
    assert not at.exception and not at.error
    body = _html(at)
    assert body.count('href="?e=') >= 3 and "<th>uid</th>" not in body and "_uid</th>" not in body
