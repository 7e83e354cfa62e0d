"""graph/ has no import cycle, counting imports inside functions; the abstract store imports no engine, and
each engine implements every abstract method."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from graph.ladybug_store import LadybugStore
from graph.neo4j_store import Neo4jStore
from graph.store import GraphStore
from tests.import_cycles import cycles

HERE = Path(__file__).resolve().parents[2] / "graph"


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("graph."):
            found.add(node.module.split(".")[1])
        if isinstance(node, ast.ImportFrom) and node.module == "graph":
            found.update(a.name for a in node.names)
        if isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("graph."))
    return found


def _graph() -> dict[str, set[str]]:
    modules = {p.stem for p in HERE.glob("*.py")}
    return {p.stem: _imports(p) & modules for p in HERE.glob("*.py")}


def test_no_import_cycles():
    found = cycles(_graph())
    assert found == [], found


def test_the_base_store_knows_no_engine():
    assert not {"neo4j_store", "ladybug_store", "engines"} & _graph()["store"]
    assert GraphStore.__abstractmethods__ == {"_write", "_transact", "_query", "sandbox_spec", "clear", "close"}
    with pytest.raises(TypeError):
        GraphStore()                                      # abstract: only an engine can be opened
    for engine in (Neo4jStore, LadybugStore):
        assert not engine.__abstractmethods__, engine
