"""Fixtures of the scale-out tests: one Spark session on local[2] for the module, and a small corpus whose
articles share many entities (the sample corpus, synthetic wire copy, a duplicate and bad inputs)."""
from __future__ import annotations

import json
import os
import shutil

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SYNTHETIC = 30


@pytest.fixture(scope="module")
def spark():
    from loaders.spark_job import spark_session
    session = spark_session("local[2]", app="whosaid-tests")
    yield session
    session.stop()


def synthetic_records(n: int) -> list[dict]:
    from bench.synthetic import Generator
    return [{"text": a.text, "title": a.title, "published": a.published, "source": a.outlet}
            for a, _ in Generator(7).articles(n)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A folder: sample articles, a duplicate of one, an empty file, and JSON Lines of synthetic articles
    with one broken line; every outcome is known."""
    from loaders import SAMPLE_DIR
    folder = tmp_path_factory.mktemp("corpus") / "in"
    shutil.copytree(SAMPLE_DIR, folder / "sample", ignore=shutil.ignore_patterns("*.md"))
    first = sorted(os.listdir(folder / "sample"))[0]
    shutil.copy(folder / "sample" / first, folder / "zz-copy-of-first.txt")
    (folder / "empty.txt").write_text("")
    lines = [json.dumps(r) for r in synthetic_records(SYNTHETIC)]
    lines.insert(5, '{"text": "unterminated')
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n")
    return folder
