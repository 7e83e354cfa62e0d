"""Bad configuration on the page: one line naming the variable, no traceback; a 5,000-digit parameter in
the Cypher panel is one line too."""
from __future__ import annotations

import os

import pytest

from tests.conftest import ROOT

APP = os.path.join(ROOT, "app.py")


def _reset():
    import streamlit as st
    from views import data
    holder = data._store_holder()
    if holder["store"] is not None:
        holder["store"].close()
    data._store_holder.clear()
    st.cache_data.clear()


@pytest.fixture
def page(monkeypatch, tmp_path):
    from streamlit.testing.v1 import AppTest
    for var in ("NEO4J_URI", "NEO4J_PASSWORD"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("WHOSAID_DB", str(tmp_path / "db"))
    monkeypatch.setenv("WHOSAID_QUERIES", str(tmp_path / "queries"))
    _reset()
    yield AppTest.from_file(APP, default_timeout=180)
    _reset()


@pytest.mark.parametrize("name,value", [("WHOSAID_LADYBUG_BUFFER_MB", "abc"), ("WHOSAID_LADYBUG_BUFFER_MB", "nan"),
                                        ("WHOSAID_MAX_ARTICLE_MB", "abc"), ("WHOSAID_DB", "/etc/passwd")])
def test_bad_configuration_is_one_line_on_the_page(page, monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    at = page.run()
    assert not at.exception
    shown = at.error[0].value.replace("\\", "") if at.error else ""     # the page escapes it for markdown
    assert len(at.error) == 1 and name in shown and "\n" not in shown


def test_password_in_the_uri_is_not_on_the_page(page, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "bolt://reader:Uri-Secret-99@127.0.0.1:1")
    at = page.run()
    shown = (" ".join(e.value for e in at.error) + " ".join(c.value for c in at.caption)).replace("\\", "")
    assert "refused" in shown or "cannot reach" in shown
    assert "Uri-Secret-99" not in shown


def test_a_5000_digit_parameter_is_one_line_in_the_cypher_panel(page, tmp_path):
    from graph.fragment import build_fragment
    from graph.ladybug_store import LadybugStore
    from graph.store import StoreConfig
    from tests.graph.test_stores import sample
    store = LadybugStore(StoreConfig(path=str(tmp_path / "db")))     # not empty: no sample ingest
    store.write(build_fragment(*sample()))
    store.close()
    at = page.run()
    at.segmented_control(key="mode").set_value("cypher").run()
    at.text_area(key="cypher-text").set_value("RETURN $n AS n")
    at.text_area(key="cypher-params").set_value("n=" + "9" * 5000)
    at.button(key="cypher-run").click().run()
    assert not at.exception
    assert len(at.error) == 1 and "64-bit" in at.error[0].value.replace("\\", "")     # markdown-escaped
