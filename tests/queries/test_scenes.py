"""Scene files: a round trip keeps view, layout and note; bad files give one line naming the file."""
import json

import pytest

from queries import scenes


def test_round_trip_through_the_folder(tmp_path):
    scene = scenes.new("  Envoys   and <b>Ruritania</b> ", {"e": "person:ab12", "d": "2"}, "first\nsecond",
                       {"person:ab12": (1.5, -2), "state:cd34": [3, 4]})
    assert scene.name == "Envoys and <b>Ruritania</b>"
    path = scenes.save(scene, str(tmp_path))
    assert path.endswith("envoys-and-b-ruritania-b.scene.json") and path.startswith(str(tmp_path))
    (loaded,), problems = scenes.load_all(str(tmp_path))
    assert problems == []
    assert (loaded.name, loaded.view, loaded.note) == (scene.name, {"e": "person:ab12", "d": "2"}, "first\nsecond")
    assert loaded.layout == {"person:ab12": (1.5, -2.0), "state:cd34": (3.0, 4.0)}
    assert scenes.parse(loaded.to_json().encode(), "x").layout == loaded.layout


def test_a_name_never_makes_a_path():
    assert scenes.file_name("../../etc/passwd") == "etc-passwd.scene.json"
    assert scenes.file_name("!!!") == "scene.scene.json"
    with pytest.raises(scenes.SceneError, match="needs a name"):
        scenes.new("   ", {})


@pytest.mark.parametrize("content, problem", [
    (b"\xff\xfe", "not UTF-8"),
    (b"{nope", "not JSON"),
    (b'{"name": "x"}', "not a whosaid scene"),
    (b'{"whosaid_scene": 1, "name": "x", "view": {"e": 3}}', "'view' must map names to text"),
    (b'{"whosaid_scene": 1, "name": "x", "view": {}, "layout": {"person:1": [1, "a"]}}', "'layout'"),
    (b'{"whosaid_scene": 1, "name": "x", "view": {}, "layout": {"<img>": [1, 2]}}', "'layout'"),
    (b'{"whosaid_scene": 1, "name": "", "view": {}}', "needs a name"),
    (b" " * (scenes.MAX_BYTES + 1), "larger than"),
])
def test_bad_files_are_one_line_naming_the_file(content, problem):
    with pytest.raises(scenes.SceneError) as info:
        scenes.parse(content, "colleague.scene.json")
    message = str(info.value)
    assert message.startswith("colleague.scene.json: ") and problem in message and "\n" not in message


def test_a_bad_file_in_the_folder_does_not_hide_the_others(tmp_path):
    scenes.save(scenes.new("good", {"e": "person:ab"}), str(tmp_path))
    (tmp_path / "broken.scene.json").write_text("[1, 2", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a scene", encoding="utf-8")
    found, problems = scenes.load_all(str(tmp_path))
    assert [s.name for s in found] == ["good"] and len(problems) == 1 and problems[0].startswith("broken.scene")
    assert json.loads(found[0].to_json())["whosaid_scene"] == 1
