"""The project is an installed package: it imports from any folder, and the `whosaid` command gives what
`python -m loaders ...` and `python -m queries ...` give."""
from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from importlib.metadata import entry_points

from loaders.cli import LOADERS, QUERIES
from queries.analytics_cli import COMMANDS
from tests.conftest import ROOT


def _run(command: list[str], cwd: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def _whosaid() -> str:
    (script,) = entry_points(group="console_scripts", name="whosaid")
    assert script.value == "loaders.cli:main"
    path = os.path.join(sysconfig.get_path("scripts"), "whosaid")
    assert os.path.isfile(path), "the project is not installed: pip install --no-build-isolation --no-deps -e ."
    return path


def test_imports_from_another_folder(tmp_path):
    code = ("import importlib.util, graph, loaders.readers, queries.library, views.add_articles; "
            "print(graph.__file__); print(importlib.util.find_spec('app').origin)")
    done = _run([sys.executable, "-c", code], str(tmp_path), {**os.environ, "PYTHONPATH": ""})
    assert done.returncode == 0, done.stderr
    package, app = done.stdout.split()
    assert os.path.samefile(package, os.path.join(ROOT, "graph", "__init__.py"))
    assert os.path.samefile(app, os.path.join(ROOT, "app.py"))


def test_whosaid_command_matches_the_module_forms(tmp_path):
    env = {**os.environ, "PYTHONPATH": "", "WHOSAID_DB": str(tmp_path / "no-store")}
    env.pop("NEO4J_URI", None)
    whosaid = _whosaid()
    for args, module in ((["counts"], "loaders"), (["list"], "queries")):
        via_script = _run([whosaid, *args], str(tmp_path), env)
        via_module = _run([sys.executable, "-m", module, *args], str(tmp_path), env)
        assert (via_script.returncode, via_script.stdout, via_script.stderr) == \
               (via_module.returncode, via_module.stdout, via_module.stderr)
        assert via_script.returncode == (2 if module == "loaders" else 0)   # counts: no store there
    unknown = _run([whosaid, "nonsense"], str(tmp_path), env)
    assert unknown.returncode == 2 and "unknown command 'nonsense'" in unknown.stderr
    assert set(COMMANDS) <= set(QUERIES) and {"ingest", "sample", "counts", "spark", "bulk"} <= set(LOADERS)
