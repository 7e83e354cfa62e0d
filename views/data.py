"""The page's access to the store: one store per server process, cached look-ups, one-line errors.

Store problems reach the page as a single `st.error` line (`StoreError` is already worded for people
and never carries the password); nothing else from a failure is shown.
"""
from __future__ import annotations

from typing import Optional

import streamlit as st

from graph.engines import open_store
from graph.store import StoreConfig, StoreError
from queries import explore
from views.text import one_line


@st.cache_resource(show_spinner=False)
def _store_holder() -> dict:
    return {"store": None, "error": None, "version": 0}


def store():
    """The configured store, opened once per server; None (with the error shown) if it cannot open."""
    holder = _store_holder()
    if holder["store"] is None:
        try:
            holder["store"] = open_store(StoreConfig.from_env())
            holder["error"] = None
        except StoreError as exc:
            holder["error"] = str(exc)
    if holder["error"]:
        st.error(f"The graph store is not available: {one_line(holder['error'])}")
    return holder["store"]


def version() -> int:
    """Bumped after every ingest, so cached look-ups see new articles."""
    return _store_holder()["version"]


def data_changed() -> None:
    _store_holder()["version"] += 1
    st.cache_data.clear()


def describe() -> str:
    return StoreConfig.from_env().describe()


@st.cache_data(show_spinner=False, max_entries=8)
def search_options(version: int) -> list[dict]:
    return explore.search_options(store())


@st.cache_data(show_spinner=False, max_entries=512)
def search(version: int, query: str) -> list[dict]:
    from queries.search import search as find
    return find(store(), query)


@st.cache_data(show_spinner=False, max_entries=8)
def outlets(version: int) -> list[str]:
    return explore.outlets(store())


@st.cache_data(show_spinner=False, max_entries=8)
def collections(version: int) -> list[str]:
    return explore.collections(store())


def guarded(fn, *args, default=None, **kwargs):
    """Call a store function; on StoreError or a bad id show one line and return `default`."""
    try:
        return fn(*args, **kwargs)
    except (StoreError, ValueError) as exc:
        st.error(one_line(exc) or type(exc).__name__)
        return default


def entity_label(option: Optional[dict]) -> str:
    if not option:
        return ""
    aliases = [a for a in (option.get("aliases") or []) if a]
    tail = f" — also {', '.join(aliases[:4])}" if aliases else ""
    return f"{option['name']} ({option['type']}, {option['mentions']}){tail}"
