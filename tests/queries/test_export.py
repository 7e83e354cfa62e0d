"""Exports: table, CSV (with spreadsheet-formula defusing), JSON, the zip of a view, and the PNG."""
import io
import json
import os
import zipfile

from queries import export
from queries.viewmodel import View


def _view():
    v = View(focus="person:1")
    v.add_node("person:1", "Person", "=HYPERLINK(\"http://evil\")", ring=0)
    v.add_node("state:2", "State", "B")
    v.add_edge("person:1", "state:2", "about", 2)
    v.statements = [{"quote": "x", "date": "2025-01-01"}]
    return v


def test_csv_defuses_formulas_but_keeps_numbers():
    text = export.rows_csv(["a", "b"], [{"a": "=1+1", "b": -3}, {"a": "@x", "b": ["l"]}])
    assert text.splitlines() == ["a,b", "'=1+1,-3", "'@x,\"[\"\"l\"\"]\""]


def test_json_and_table():
    rows = [{"a": "x\ny", "b": None}]
    assert json.loads(export.rows_json(["a", "b"], rows))["rows"] == rows
    table = export.rows_table(["a", "b"], rows)
    assert table.splitlines()[2].startswith("x y")


def test_view_zip_and_json():
    data = export.view_zip(_view(), {"permalink": "?e=person:1"})
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert sorted(z.namelist()) == ["edges.csv", "nodes.csv", "statements.csv", "view.json"]
        assert "'=HYPERLINK" in z.read("nodes.csv").decode()
    parsed = json.loads(export.view_json(_view()))
    assert set(parsed) == {"view", "nodes", "edges", "statements"} and parsed["edges"][0]["count"] == 2


def test_png_is_rendered_offline(monkeypatch):
    """Real headless Chromium renders the view; every request its page makes is recorded (the page's own
    `request` event, so refused requests are seen too) and none may leave the machine."""
    assert os.path.exists(export.chromium()), f"Chromium is required for this test: {export.chromium()} is missing"
    from playwright.sync_api import Browser
    requests: list[str] = []
    new_page = Browser.new_page

    def recording_new_page(self, *args, **kwargs):
        page = new_page(self, *args, **kwargs)
        page.on("request", lambda r: requests.append(r.url))
        return page
    monkeypatch.setattr(Browser, "new_page", recording_new_page)
    png = export.view_png(_view(), width=400, height=300)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 2000
    assert any(u.startswith("file:") for u in requests), requests      # the recorder saw the page load
    outside = [u for u in requests if not u.startswith(("file:", "data:", "blob:", "about:"))]
    assert outside == [], outside
