"""Fixtures for the page tests: a closed embedded store holding the sample corpus, and copies of it."""
from __future__ import annotations

import os
import shutil

import pytest

APP = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "app.py")


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory, extractor):
    """A folder with the sample corpus ingested and the store closed (so another process may open it)."""
    from graph.ladybug_store import LadybugStore
    from graph.store import StoreConfig
    from loaders import SAMPLE_DIR
    from loaders.ingest import ingest
    folder = str(tmp_path_factory.mktemp("app-sample") / "db")
    store = LadybugStore(StoreConfig(path=folder))
    ingest([SAMPLE_DIR], store, progress=False, extractor=extractor)
    store.close()
    return folder


@pytest.fixture
def db_copy(sample_db, tmp_path):
    target = str(tmp_path / "db")
    shutil.copytree(sample_db, target)
    return target


@pytest.fixture
def app(db_copy, monkeypatch, tmp_path):
    """An AppTest of app.py on a fresh copy of the sample store."""
    from streamlit.testing.v1 import AppTest
    from views import data
    monkeypatch.setenv("WHOSAID_DB", db_copy)
    monkeypatch.setenv("WHOSAID_QUERIES", str(tmp_path / "user-queries"))
    for var in ("NEO4J_URI", "NEO4J_PASSWORD"):
        monkeypatch.delenv(var, raising=False)
    _reset(data)
    yield AppTest.from_file(APP, default_timeout=120)
    _reset(data)


def _reset(data) -> None:
    holder = data._store_holder()
    if holder["store"] is not None:
        holder["store"].close()
    data._store_holder.clear()
    import streamlit as st
    st.cache_data.clear()


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser), one per test module."""
    from playwright.sync_api import sync_playwright

    from tests.app.server import CHROMIUM, CHROMIUM_ARGS
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
