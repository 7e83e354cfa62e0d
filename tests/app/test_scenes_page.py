"""Named scenes on the page (AppTest): save the current view with a note, go elsewhere, reopen it — the
view, its node positions and its note come back; the file on disk is what a colleague would be sent."""
import os

from queries import scenes

RUSSIA = "state:d7574ed5ae79baacd0bf"


def qp(at, key):
    value = at.query_params.get(key)
    return value[0] if isinstance(value, list) else value


def test_save_then_reopen_a_scene(app, monkeypatch, tmp_path):
    folder = str(tmp_path / "scenes")
    monkeypatch.setenv("WHOSAID_SCENES", folder)
    app.query_params.update({"e": RUSSIA, "d": "2", "outlet": "Caspian Wire"})
    at = app.run()
    assert not at.exception and not at.text_area                # the Scenes panel is closed: nothing sent
    at.session_state["scenes-panel"] = True
    at.run()
    at.text_input(key="scene-name").set_value("Russia in <b>Caspian</b> Wire")
    at.text_area(key="scene-note").set_value("Who **talks** about Russia\nsecond line")
    at.button(key="scene-save").click().run()
    assert not at.error and at.success
    (saved,), problems = scenes.load_all(folder)
    assert problems == [] and saved.view == {"e": RUSSIA, "d": "2", "outlet": "Caspian Wire"}
    assert RUSSIA in saved.layout and len(saved.layout) > 3
    assert os.listdir(folder) == ["russia-in-b-caspian-b-wire.scene.json"]

    next(b for b in at.button if b.key == "to-overview").click().run()        # somewhere else
    assert not qp(at, "e")
    at.button(key="scene-open-button").click().run()
    assert not at.exception
    assert (qp(at, "e"), qp(at, "d"), qp(at, "outlet")) == (RUSSIA, "2", "Caspian Wire")
    state = at.session_state["view"]
    assert dict(at.session_state["layouts"][state.graph_key()]) == saved.layout
    assert "Who **talks** about Russia\nsecond line" in [t.value for t in at.text]
    assert any("Scene: Russia in" in c.value for c in at.caption)
