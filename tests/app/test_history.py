"""The browser's back and forward buttons: Streamlit pushes a history entry whenever the page writes new query
parameters and, on back or forward, reruns the page with that entry's parameters; the page must follow them
instead of writing its old view back over the URL."""
from tests.app.test_app import _heading, qp
from views.navigation import WRITTEN_AT

RUSSIA = "state:d7574ed5ae79baacd0bf"


def _back_to(at, params: dict):
    """What the browser sends on back/forward: the same session, the older entry's query string."""
    at.session_state[WRITTEN_AT] = 0.0                    # a person's back comes after the last write settled
    at.query_params.clear()
    at.query_params.update(params)
    return at.run()


def test_back_returns_to_the_previous_entity(app):
    at = app.run()
    next(b for b in at.button if b.label.startswith("Rafik Tashmurov")).click().run()
    rafik = qp(at, "e")
    at.text_input(key="search-q").input("polevoy").run()
    next(b for b in at.button if b.label.startswith("Dmitry Polevoy")).click().run()
    assert qp(at, "e") != rafik
    _back_to(at, {"e": rafik})
    assert not at.exception
    assert qp(at, "e") == rafik and any("Rafik Tashmurov" in h for h in _heading(at))
    _back_to(at, {})                                                        # back again: the overview
    assert not qp(at, "e") and "What the store holds" in [s.value for s in at.subheader]


def test_back_restores_mode_depth_and_filters(app):
    app.query_params.update({"e": RUSSIA, "d": "2", "outlet": "Caspian Wire"})
    at = app.run()
    at.segmented_control(key="depth").set_value(3).run()
    at.segmented_control(key="mode").set_value("queries").run()
    assert qp(at, "mode") == "queries" and qp(at, "d") == "3"
    _back_to(at, {"e": RUSSIA, "d": "2", "outlet": "Caspian Wire"})
    assert not at.exception
    assert not qp(at, "mode") and qp(at, "d") == "2" and qp(at, "outlet") == "Caspian Wire"
    assert at.segmented_control(key="mode").value == "explore" and at.segmented_control(key="depth").value == 2
    assert at.selectbox(key="outlet").value == "Caspian Wire"


def test_back_restores_saved_query_parameters(app):
    app.query_params.update({"mode": "queries", "q": "top_speakers", "p.limit": "3"})
    at = app.run()
    _back_to(at, {"mode": "queries", "q": "top_speakers", "p.limit": "5"})
    assert not at.exception and qp(at, "p.limit") == "5"
    assert at.number_input(key="param-top_speakers-limit").value == 5
    assert any(c.value.startswith("5 row(s)") for c in at.caption)


def test_a_click_sent_before_the_last_write_arrived_keeps_the_view(app):
    at = app.run()
    next(b for b in at.button if b.label.startswith("Rafik Tashmurov")).click().run()
    rafik = qp(at, "e")
    at.text_input(key="search-q").input("polevoy").run()
    next(b for b in at.button if b.label.startswith("Dmitry Polevoy")).click().run()
    dmitry = qp(at, "e")
    at.query_params.clear()
    at.query_params.update({"e": rafik})                  # the browser had not got Dmitry's URL yet
    at.run()
    assert not at.exception and qp(at, "e") == dmitry and any("Dmitry Polevoy" in h for h in _heading(at))
