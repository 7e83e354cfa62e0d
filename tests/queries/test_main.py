"""`python -m queries list|show|run` against the sample corpus."""
import json
import os
import subprocess
import sys

import pytest

from queries.__main__ import main

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture
def env(sample_store, monkeypatch):
    monkeypatch.setenv("WHOSAID_DB", "/unused")
    monkeypatch.setattr("graph.engines.open_store", lambda config=None: _Unclosed(sample_store))
    monkeypatch.setenv("WHOSAID_QUERIES", "/nonexistent")


class _Unclosed:
    """The shared session store, which the CLI must not close."""
    def __init__(self, store):
        self._store = store

    def __getattr__(self, name):
        return getattr(self._store, name)

    def close(self):
        pass


def test_list(capsys, env):
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "top_speakers" in out and "since: date = 2025-01-01" in out


def test_show(capsys, env):
    assert main(["show", "who_talks_about"]) == 0
    assert capsys.readouterr().out.startswith("// title: Who talks about X")


def test_run_formats(capsys, env, tmp_path):
    assert main(["run", "top_speakers", "--param", "limit=3", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert len(rows) == 3 and rows[0]["statements"] >= rows[1]["statements"]
    assert main(["run", "top_speakers", "-p", "limit=2", "-f", "csv"]) == 0
    assert capsys.readouterr().out.startswith("speaker_uid,speaker_name")
    assert main(["run", "top_speakers", "-p", "limit=2"]) == 0
    assert "speaker_name" in capsys.readouterr().out
    out = tmp_path / "view.html"
    assert main(["run", "who_talks_about", "-f", "html", "-o", str(out)]) == 0
    assert out.read_text().startswith("<!doctype html>")


def test_run_errors(capsys, env):
    assert main(["run", "nope"]) == 2
    assert main(["run", "top_speakers", "-p", "limit=many"]) == 2
    assert main(["run", "top_speakers", "-p", "color=red"]) == 2
    assert main(["run", "who_talks_about", "-f", "html"]) == 2
    err = capsys.readouterr().err
    assert "no query named nope" in err and "not a valid int" in err and "Traceback" not in err


def test_store_errors_are_one_line(tmp_path):
    """A real subprocess against an unreachable Neo4j: one line, exit 1, no password."""
    env = {**os.environ, "NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": "s3cret-pw"}
    done = subprocess.run([sys.executable, "-m", "queries", "run", "top_speakers"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().startswith("error:") and len(done.stderr.strip().splitlines()) == 1
    assert "s3cret-pw" not in done.stderr + done.stdout
