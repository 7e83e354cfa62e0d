"""The workbench panel through Streamlit's AppTest: key actors, camps and a path on the sample store, the
explorer's filters applied, and the topic toggle narrowing the actor graph."""


def _texts(at) -> str:
    texts = " ".join(str(t.value) for t in at.text) + " " + " ".join(str(c.value) for c in at.caption)
    return texts.replace("\\", "")        # captions escape article text for markdown (views/text.md)


def test_workbench_shows_key_actors_and_camps(app):
    app.query_params.update({"mode": "workbench"})
    at = app.run()
    assert not at.exception and not at.error
    assert [s.value for s in at.subheader][:2] == ["Key actors", "Camps"]
    table = at.dataframe[0].value
    assert len(table) >= 10 and list(table.columns[:2]) == ["name", "type"]
    assert "uid" not in table.columns
    assert table["influence"].is_monotonic_decreasing
    assert "Camp 1 ·" in _texts(at)


def _actors(at) -> int:
    return int(_texts(at).split(" actors,")[0].split()[-1])


def test_workbench_applies_the_explorers_date_filter(app):
    app.query_params.update({"mode": "workbench", "to": "2025-03-15"})
    at = app.run()
    assert not at.exception and "until 2025-03-15" in _texts(at)
    assert 0 < _actors(at) < 40      # the whole sample has 52 actors


def test_workbench_topic_toggle_narrows_the_actor_graph(app):
    app.query_params.update({"mode": "workbench", "e": "state:d7574ed5ae79baacd0bf"})
    at = app.run()
    everything = _actors(at)
    at.toggle(key="wb-topic").set_value(True).run()
    assert not at.exception
    assert 0 < _actors(at) < everything


def test_workbench_path_between_two_actors(app):
    app.query_params.update({"mode": "workbench"})
    at = app.run()
    pick_from, pick_to = at.selectbox(key="wb-from"), at.selectbox(key="wb-to")
    pick_from.set_value("Rafik Tashmurov (Person)")
    pick_to.set_value("Taliban (ArmedGroup)").run()
    assert not at.exception
    hops = at.dataframe[1].value
    assert list(hops["from"])[0] == "Rafik Tashmurov" and list(hops["to"])[-1] == "Taliban"
    assert hops["quote"].str.len().min() > 10


def test_curation_rename_then_undo_from_the_page(app):
    from graph.model import entity_uid
    polevoy = entity_uid("Person", "Dmitry Polevoy")
    app.query_params.update({"mode": "workbench", "e": polevoy})
    at = app.run()
    at.text_input(key="cur-who").set_value("analyst one")
    at.text_input(key="cur-name").set_value("Dmitri A. Polevoy").run()
    at.button(key="cur-rename").click().run()
    assert not at.exception and not at.error
    assert any("renamed Dmitry Polevoy to Dmitri A. Polevoy" in s.value.replace("\\", "") for s in at.success)
    history = at.dataframe[-1].value
    assert list(history["by"]) == ["analyst one"] and list(history["status"]) == ["active"]
    at.button(key="cur-undo").click().run()
    assert not at.exception and not at.error
    assert list(at.dataframe[-1].value["status"]) == ["undone"]
