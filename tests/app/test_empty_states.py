"""Empty and edge states an analyst meets in the page (AppTest on the sample store): an entity that is not
in the store (an old link, a merged entity), a collection with no articles, a query with no rows, the stance
matrix with its choice cleared; and what a search hit's number counts."""
from tests.app.test_app import _texts

MISSING = "person:deadbeefdeadbeefdead"
CSTO = "alliance:20fa574f59ecab1376a9"


def test_an_entity_not_in_the_store_says_so_and_draws_no_empty_panels(app):
    app.query_params.update({"e": MISSING})
    at = app.run()
    assert not at.exception and not at.error
    assert any("not in the store" in i.value for i in at.info), [i.value for i in at.info]
    labels = [e.label for e in at.expander]
    assert not any(label.startswith(("Snapshot", "For or against")) for label in labels), labels


def test_a_collection_without_articles_says_so(app):
    app.query_params.update({"coll": "nothing-here"})
    at = app.run()
    assert not at.exception and not at.error
    assert any("no articles" in i.value for i in at.info), [i.value for i in at.info]
    assert "undated\nto undated" not in _texts(at)
    assert not [m.value for m in at.markdown if m.value in ("**Most-quoted speakers**", "**Newest articles**")]


def test_a_saved_query_without_rows_says_so(app):
    app.query_params.update({"mode": "queries", "q": "addressed_to", "p.addressee": "Nobody At All"})
    at = app.run()
    assert not at.exception and not at.error
    assert any("No rows" in i.value for i in at.info), [i.value for i in at.info]


def test_a_cypher_query_without_rows_says_so(app):
    app.query_params.update({"mode": "cypher", "cypher": "MATCH (p:Person) WHERE p.name = $n RETURN p.name AS name",
                             "cparams": "n=Nobody At All"})
    at = app.run()
    assert not at.exception and not at.error
    assert any("No rows" in i.value for i in at.info), [i.value for i in at.info]


def test_clearing_the_stance_matrix_choice_keeps_showing_oppose(app):
    app.query_params.update({"e": CSTO})
    at = app.run()
    at.session_state["stance-panel"] = True
    at = at.run()
    at.segmented_control(key="stance_matrix").set_value(None).run()
    assert not at.exception and not at.error
    words = " ".join(c.value for c in at.caption)
    assert "stance is None" not in words and "stance is oppose" in words, words


def test_a_search_hit_says_what_its_number_counts():
    from views.search import hit_label
    assert hit_label({"name": "Rafik Tashmurov", "type": "Person", "mentions": 5}) == \
        "Rafik Tashmurov · Person · in 5 articles"
    assert hit_label({"name": "Anna", "type": "Person", "mentions": 1}).endswith("in 1 article")
