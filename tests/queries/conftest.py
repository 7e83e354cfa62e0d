"""Helpers for the query tests (the sample store and the library fixtures live in tests/conftest.py)."""
from __future__ import annotations


def uid_of(store, name: str) -> str:
    rows = store.rows("MATCH (n) WHERE n.name = $name RETURN n.uid AS uid", {"name": name})
    assert rows, f"{name} is not in the sample corpus"
    return rows[0]["uid"]
