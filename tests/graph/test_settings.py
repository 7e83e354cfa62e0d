"""Configuration: one module, read once, one-line errors naming the variable; the README table is the
module's; secrets in NEO4J_URI never shown, and redaction reveals nothing about the password."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from graph import settings as cfg
from graph.store import StoreConfig
from queries import library
from tests.conftest import ROOT

BAD = [("WHOSAID_LADYBUG_BUFFER_MB", v) for v in ("abc", "-1", "1e99", "nan", "inf", "0x10", "12.5", "9" * 5000)] + [
    ("WHOSAID_MAX_ARTICLE_MB", "abc"), ("WHOSAID_MAX_ARTICLE_MB", "-2"), ("WHOSAID_QUERY_SECONDS", "0"),
    ("WHOSAID_QUERY_ROWS", "1e9"), ("WHOSAID_QUERY_MEMORY_MB", "lots"), ("WHOSAID_ARTICLE_SECONDS", "nan"),
    ("WHOSAID_DB", "/etc/passwd"), ("WHOSAID_DB", "/etc/passwd/store"), ("WHOSAID_QUERIES", "/etc/hostname"),
    ("NEO4J_URI", "http://host:7687"), ("NEO4J_URI", "bolt://"), ("NEO4J_URI", "bolt://h:99999"),
]


@pytest.mark.parametrize("name,value", BAD)
def test_bad_values_give_one_line_naming_the_variable(name, value):
    with pytest.raises(cfg.SettingsError) as info:
        cfg.load({name: value})
    text = str(info.value)
    assert text.startswith(name) and "\n" not in text and len(text) < 300


def test_defaults_and_good_values():
    s = cfg.load({})
    assert (s.buffer_mb, s.query_seconds, s.query_rows, s.max_article_mb, s.article_seconds) == (2048, 10, 5000, 2, 60)
    s = cfg.load({"WHOSAID_LADYBUG_BUFFER_MB": "512", "WHOSAID_MAX_ARTICLE_MB": "0.5", "WHOSAID_ARTICLE_SECONDS": "5"})
    assert (s.buffer_mb, s.max_article_mb, s.article_seconds) == (512, 0.5, 5)


@pytest.mark.parametrize("argv,env", [
    (["loaders", "counts"], {"WHOSAID_LADYBUG_BUFFER_MB": "abc"}),
    (["loaders", "ingest", "README.md"], {"WHOSAID_MAX_ARTICLE_MB": "abc"}),
    (["queries", "run", "top_speakers"], {"WHOSAID_DB": "/etc/passwd"}),
    (["loaders", "counts"], {"WHOSAID_DB": "/proc/whosaid/db"}),
])
def test_cli_says_one_line_not_a_traceback(argv, env):
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "WHOSAID_"))}
    proc = subprocess.run([sys.executable, "-m", *argv], cwd=ROOT, env={**environ, **env},
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert next(iter(env)) in proc.stderr


def test_counts_on_a_missing_store_says_so_and_creates_nothing(tmp_path):
    folder = tmp_path / "nothing-here"
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "WHOSAID_"))}
    for argv in (["loaders", "counts"], ["queries", "run", "top_speakers"]):
        proc = subprocess.run([sys.executable, "-m", *argv], cwd=ROOT, env={**environ, "WHOSAID_DB": str(folder)},
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode != 0 and "no store in" in proc.stderr and "Traceback" not in proc.stderr
        assert not folder.exists()


def test_readme_table_is_the_modules():
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        assert cfg.markdown_table() in f.read()


def test_every_variable_the_code_reads_is_in_the_module():
    names = set()
    for folder, _, files in os.walk(ROOT):
        if any(part in folder for part in ("/tests", "/.git", "/bench", "whosaid-data")):
            continue
        for name in files:
            if name.endswith(".py"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    names |= set(re.findall(r"\b((?:WHOSAID|NEO4J)_[A-Z_]+)\b", f.read()))
    assert names <= {v.name for v in cfg.VARIABLES}


@pytest.mark.parametrize("uri,password", [
    ("bolt://user:PASS-1234@db.example:7687", "PASS-1234"),
    ("neo4j+s://admin:s%40cret@xxxx.databases.neo4j.io", "s@cret"),
    ("bolt://u:p@ss:w0rd@host:7687", None),
])
def test_uri_credentials_are_parsed_out_and_never_shown(uri, password):
    s = cfg.load({"NEO4J_URI": uri})
    assert "@" not in s.neo4j_uri and (password is None or s.neo4j_password == password)
    shown = StoreConfig.from_env({"NEO4J_URI": uri}).describe() + cfg.redact_uri(uri)
    assert "PASS" not in shown and "cret" not in shown and "w0rd" not in shown


@pytest.mark.parametrize("password", ["neo4j", "7687", "bolt", "db", "Neo4j at"])
def test_redaction_reveals_nothing_about_a_password_equal_to_a_word_of_the_uri(password):
    config = StoreConfig(uri="bolt://db.neo4j.example:7687", user="reader", password=password)
    where = config.describe()
    assert config.redact(f"cannot reach {where}: refused") == f"cannot reach {where}: refused"
    assert config.redact(f"{where}: bad password {password}!").endswith("bad password ***!")


def test_a_5000_digit_parameter_is_one_line():
    with pytest.raises(library.QueryError) as info:
        library.typed("n", "9" * 5000)
    assert "\n" not in str(info.value) and "64-bit" in str(info.value) and len(str(info.value)) < 200
    with pytest.raises(library.QueryError):
        library.Param("k", "int").coerce("9" * 5000)
    assert library.typed("n", "42") == 42 and library.typed("n", "-9223372036854775808") == -2 ** 63
