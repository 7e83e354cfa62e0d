"""The README stays true: its model diagram is the one `graph.model` generates, and CI runs the README's
test command."""
from __future__ import annotations

import os
import re

from graph.model import mermaid
from tests.conftest import ROOT


def _read(*parts: str) -> str:
    with open(os.path.join(ROOT, *parts), encoding="utf-8") as handle:
        return handle.read()


def test_readme_shows_the_generated_model():
    assert "```mermaid\n" + mermaid() + "\n```" in _read("README.md")


def test_ci_runs_the_readme_test_command():
    readme = _read("README.md")
    commands = re.findall(r"```bash\n(.+?)\n```", readme)
    assert ("pip install -r requirements.txt && pip install --no-build-isolation --no-deps -e . && "
            "streamlit run app.py") in commands
    test_command = "bash tests/setup.sh && python3 -m pytest"
    assert test_command in commands
    assert test_command in _read(".ci", "run")
