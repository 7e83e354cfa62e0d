"""The page logic through Streamlit's AppTest (no browser): explore, URL state, saved queries, the Cypher
editor's refusals and saving, one-line store errors, first-run loading of the sample corpus."""
import os

from views.cypher import typed


def qp(at, key):
    value = at.query_params.get(key)
    return value[0] if isinstance(value, list) else value


def _texts(at):
    return " ".join(str(t.value) for t in at.text) + " ".join(str(c.value) for c in at.caption)


def _heading(at) -> list[str]:
    """Entity headings are escaped HTML blocks (views.text.heading)."""
    return [h.proto.body for h in at.get("html") if "whosaid-heading" in h.proto.body]


def test_first_load_shows_the_overview(app):
    at = app.run()
    assert not at.exception and not at.error
    assert not qp(at, "e") and "What the store holds" in [s.value for s in at.subheader]
    assert "20 articles from 4 outlets" in _texts(at)
    assert any(b.label.startswith("Rafik Tashmurov") for b in at.button)       # top speaker, a link in
    next(b for b in at.button if b.label.startswith("Rafik Tashmurov")).click().run()
    assert qp(at, "e").startswith("person:") and any("Rafik Tashmurov" in h for h in _heading(at))
    assert "nodes" in _texts(at)


def test_permalink_state_is_restored(app):
    app.query_params.update({"e": "state:d7574ed5ae79baacd0bf", "d": "2", "outlet": "Caspian Wire"})
    at = app.run()
    assert not at.exception
    assert any(">Russia<" in h for h in _heading(at))
    assert at.segmented_control(key="depth").value == 2 and at.selectbox(key="outlet").value == "Caspian Wire"
    assert qp(at, "outlet") == "Caspian Wire" and qp(at, "d") == "2"


def test_closed_filters_panel_sends_no_widgets_and_keeps_the_filters(app):
    app.query_params.update({"e": "state:d7574ed5ae79baacd0bf", "outlet": "Caspian Wire"})
    at = app.run()
    assert at.selectbox(key="outlet").value == "Caspian Wire"            # a filter set: the panel opens
    at.session_state["filters-panel"] = False
    at.run()
    assert not at.exception and not [w for w in at.selectbox if w.key in ("outlet", "collection")]
    assert qp(at, "outlet") == "Caspian Wire" and any("Filters on: outlet Caspian" in c.value for c in at.caption)
    at.segmented_control(key="depth").set_value(2).run()                # still a view of the same filters
    assert qp(at, "d") == "2" and qp(at, "outlet") == "Caspian Wire"
    at.session_state["filters-panel"] = True
    at.run()
    assert at.selectbox(key="outlet").value == "Caspian Wire"


def test_searching_focuses_a_new_entity(app):
    at = app.run()
    at.text_input(key="search-q").input("polevoy").run()
    next(b for b in at.button if b.label.startswith("Dmitry Polevoy")).click().run()
    assert any(">Dmitry Polevoy<" in h for h in _heading(at))
    assert qp(at, "e").startswith("person:")


def test_saved_query_runs_from_the_url(app):
    app.query_params.update({"mode": "queries", "q": "top_speakers", "p.limit": "3"})
    at = app.run()
    assert not at.exception and not at.error
    assert "3 row(s)" in _texts(at)
    assert qp(at, "q") == "top_speakers" and qp(at, "p.limit") == "3"


def test_bad_query_parameter_is_one_line(app):
    app.query_params.update({"mode": "queries", "q": "top_speakers", "p.limit": "lots"})
    at = app.run()
    assert not at.exception
    assert any("not a valid int" in e.value for e in at.error)


def test_cypher_editor_refuses_writes_and_saves(app):
    app.query_params.update({"mode": "cypher"})
    at = app.run()
    at.text_area(key="cypher-text").set_value("MATCH (n) DETACH DELETE n")
    at.button(key="cypher-run").click().run()
    assert any("read-only" in e.value.replace("\\", "") for e in at.error)      # markdown-escaped
    at.text_area(key="cypher-text").set_value("MATCH (n:Person) WHERE n.name = $name RETURN n.name AS name")
    at.text_area(key="cypher-params").set_value("name=Dmitry Polevoy")
    at.button(key="cypher-run").click().run()
    assert not at.error and "1 row(s)" in _texts(at)
    at.text_input(key="save-name").set_value("person_by_name")
    at.text_input(key="save-title").set_value("Person by name")
    next(b for b in at.button if b.label == "Save").click().run()
    assert not at.error and at.success
    folder = os.environ["WHOSAID_QUERIES"]
    assert "// param: name: string = Dmitry Polevoy" in open(os.path.join(folder, "person_by_name.cypher")).read()


def test_store_errors_are_one_line_without_the_password(app, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret-pw")
    at = app.run()
    assert not at.exception
    assert len(at.error) == 1 and "not available" in at.error[0].value
    assert "s3cret-pw" not in at.error[0].value and "Traceback" not in at.error[0].value


def test_empty_store_loads_the_sample(app, monkeypatch, tmp_path):
    monkeypatch.setenv("WHOSAID_DB", str(tmp_path / "empty"))
    at = app.run()
    assert not at.exception and not at.error
    assert "What the store holds" in [s.value for s in at.subheader]


def test_typed_parameters():
    assert typed("12") == 12 and typed("1.5") == 1.5 and typed("true") is True and typed("abc") == "abc"
