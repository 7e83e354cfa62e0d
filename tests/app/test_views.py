"""Small pure helpers of the panels: upload file names, entity labels for search, permalinks."""
from views.add_articles import _safe_name
from views.data import entity_label


def test_upload_names_cannot_escape_the_temp_folder():
    assert _safe_name("../../etc/passwd") == "passwd"
    assert _safe_name("C:\\Users\\x\\a b.txt") == "a_b.txt"
    assert _safe_name("") == "upload.txt"
    assert len(_safe_name("x" * 500 + ".txt")) <= 120


def test_entity_label_shows_type_mentions_and_aliases():
    option = {"name": "Collective Security Treaty Organization", "type": "Alliance", "mentions": 19,
              "aliases": ["CSTO", ""]}
    assert entity_label(option) == "Collective Security Treaty Organization (Alliance, 19) — also CSTO"
    assert entity_label(None) == ""
