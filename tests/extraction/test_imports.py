"""No import cycles inside loaders/extraction/, counting imports inside functions too."""
from __future__ import annotations

import ast
from pathlib import Path

from tests.import_cycles import cycles

HERE = Path(__file__).resolve().parents[2] / "loaders" / "extraction"


def _graph() -> dict[str, set[str]]:
    graph = {}
    for path in HERE.glob("*.py"):
        deps = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    deps.add(node.module.split(".")[0])
                else:
                    deps.update(a.name for a in node.names)
        graph[path.stem] = deps & {p.stem for p in HERE.glob("*.py")}
    return graph


KNOWN: list = []        # any cycle fails (institutions -> document was broken by datelines.py)


def test_no_import_cycles():
    found = cycles(_graph())
    assert found == KNOWN, found
