"""views/state.py: the view state's round trip through the URL, and what it refuses."""
from graph.model import ENTITY_LABELS
from views.state import DEFAULT_CAP, ViewState, from_params, to_params


def test_defaults_give_an_empty_url():
    assert to_params(ViewState()) == {}
    assert from_params({}) == ViewState()


def test_round_trip():
    state = ViewState(mode="explore", entity="person:ab12", depth=2, types=("Person", "State"),
                      date_from="2025-02-01", date_to="2025-03", outlet="Caspian Wire",
                      expanded=("state:01",), hidden=("alliance:0f", "person:1"),
                      selected="about|person:ab12|state:01", cap=300, query="top_speakers",
                      params={"limit": "5"})
    params = to_params(state)
    assert params["p.limit"] == "5" and params["types"] == "Person,State"
    assert from_params(params) == state


def test_leaving_out_undated_statements_is_in_the_url():
    state = ViewState(entity="person:1", date_from="2025-01", undated=False)
    assert to_params(state)["u"] == "0" and from_params(to_params(state)) == state
    assert "u" not in to_params(ViewState(entity="person:1"))


def test_garbage_falls_back_to_defaults():
    state = from_params({"mode": "admin", "e": "x') DETACH DELETE n", "d": "99", "types": "Bogus",
                         "from": "yesterday", "x": "person:1,<script>", "cap": "-5", "q": "../etc",
                         "sel": "javascript:alert(1)"})
    assert state.mode == "explore" and state.entity == "" and state.depth == 3
    assert state.types == ENTITY_LABELS and state.date_from == "" and state.expanded == ("person:1",)
    assert state.cap == 10 and state.query == "" and state.selected == ""


def test_focus_on_resets_the_view_but_keeps_filters():
    state = ViewState(entity="person:1", outlet="X", expanded=("state:2",), hidden=("state:3",),
                      selected="state:2", cap=900)
    new = state.focus_on("state:9")
    assert new.entity == "state:9" and new.outlet == "X"
    assert (new.expanded, new.hidden, new.selected, new.cap) == ((), (), "", DEFAULT_CAP)


def test_graph_key_ignores_the_selection():
    a = ViewState(entity="person:1")
    b = ViewState(entity="person:1", selected="person:1")
    assert a.graph_key() == b.graph_key() != ViewState(entity="person:2").graph_key()


def test_no_credentials_in_state():
    assert not {"uri", "user", "password", "neo4j"} & {n.lower() for n in ViewState.__dataclass_fields__}
