"""The "Scenes" panel in the sidebar: save the current view with its layout and a note under a name,
reopen a saved scene (the view, its node positions and its note come back), download a scene file to
share it, and upload a colleague's. Storage and the file format are in `queries/scenes.py`."""
from __future__ import annotations

import streamlit as st

from queries import scenes
from views import navigation, search
from views.state import ViewState, from_params, to_params
from views.text import md, one_line


def _positions(state: ViewState) -> dict:
    """The node positions the view is drawn with: those the explorer remembered for it in this session,
    else the deterministic layout of the view."""
    remembered = (st.session_state.get("layouts") or {}).get(state.graph_key())
    if remembered:
        return dict(remembered)
    from queries.layout import frame
    from views import graph_view
    view = graph_view.build(state)
    return dict(frame(view, graph_view.WIDTH_FULL).positions) if view.nodes else {}


def open_scene(scene: scenes.Scene) -> ViewState:
    """The scene's view as the current state; its positions handed to the explorer's layout memory."""
    state = from_params(scene.view)
    if scene.layout:
        st.session_state.setdefault("layouts", {})[state.graph_key()] = dict(scene.layout)
    st.session_state["scene-open"] = {"name": scene.name, "note": scene.note, "key": state.graph_key()}
    st.session_state["mode"] = state.mode
    search.reseed()                            # the sidebar's widgets take the scene's depth and filters
    return state


def _save_form(state: ViewState) -> None:
    name = st.text_input("Scene name", key="scene-name", max_chars=scenes.MAX_NAME)
    note = st.text_area("Note", key="scene-note", max_chars=scenes.MAX_NOTE, height=80,
                        placeholder="What this view shows, for you or a colleague")
    if st.button("Save scene", key="scene-save", icon=":material/bookmark_add:"):
        try:
            scene = scenes.new(name, to_params(state), note, _positions(state))
            scenes.save(scene)
            st.success(f"Saved scene {md(scene.name)}")
        except (scenes.SceneError, OSError) as exc:
            st.error(one_line(exc))


def _upload() -> None:
    uploaded = st.file_uploader("Open a scene file", type=["json"], key="scene-upload")
    if uploaded is None or st.session_state.get("scene-upload-done") == uploaded.file_id:
        return
    st.session_state["scene-upload-done"] = uploaded.file_id
    try:
        scene = scenes.parse(uploaded.getvalue(), uploaded.name)
        scenes.save(scene)
        st.success(f"Added scene {md(scene.name)}")
    except (scenes.SceneError, OSError) as exc:
        st.error(one_line(exc))


def render(state: ViewState) -> ViewState:
    current = st.session_state.get("scene-open")
    if current and current["key"] == state.graph_key():
        st.caption(f"Scene: {md(current['name'])}")
        if current["note"]:
            st.text(current["note"])
    # closed, the panel sends nothing: its form, uploader and list are drawn once it is opened
    with st.expander("Scenes: save, reopen, share", key="scenes-panel", on_change="rerun") as panel:
        if not panel.open:
            return state
        if state.entity and state.mode == "explore":
            _save_form(state)
        else:
            st.caption("Open an entity in the explorer to save its view as a scene.")
        _upload()
        saved, problems = scenes.load_all()
        for problem in problems:
            st.warning(one_line(problem))
        if not saved:
            return state
        picked = st.selectbox("Saved scenes", range(len(saved)), key="scene-pick",
                              format_func=lambda i: f"{saved[i].name} ({saved[i].saved})")
        scene = saved[picked]
        if scene.note:
            st.text(scene.note)
        c1, c2 = st.columns(2)
        c2.download_button("Download", scene.to_json(), file_name=scenes.file_name(scene.name),
                           mime="application/json", key="scene-download", help="A file to share this scene")
        if c1.button("Open", key="scene-open-button", icon=":material/open_in_new:"):
            navigation.write(open_scene(scene))     # in the URL now, so the rerun is not taken for a move
            st.rerun()
    return state
