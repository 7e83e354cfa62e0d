"""The collection is a filter on the page (AppTest): the overview counts only the chosen collection, the
sidebar offers the store's collections, and the choice lives in the URL."""


def _metric(at, label):
    return next(m.value for m in at.metric if m.label == label)


def test_overview_follows_the_collection(app):
    at = app.run()
    assert _metric(at, "Articles") == "20"
    assert not at.selectbox                                 # the Filters panel is closed: nothing sent
    at.session_state["filters-panel"] = True
    at.run()
    assert at.selectbox(key="collection").options == ["all collections", "the bundled sample"]
    at.selectbox(key="collection").set_value("sample").run()
    assert _metric(at, "Articles") == "20" and at.query_params.get("coll") in ("sample", ["sample"])


def test_a_collection_from_the_url_filters_the_overview(app):
    app.query_params.update({"coll": "loaded"})
    at = app.run()
    assert not at.exception and _metric(at, "Articles") == "0" and _metric(at, "Statements") == "0"
