"""Fixtures of the scale-out tests: one Spark session on local[2] for the module, and a small corpus whose
articles share many entities (the sample corpus, synthetic wire copy, namesakes, a duplicate and bad
inputs)."""
from __future__ import annotations

import json
import os
import shutil

import pytest

from graph.model import ENTITY_LABELS, normalise_name

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SYNTHETIC = 30

# Two people sharing a surname, the surname alone first: which node "Olsen" joins depends on the order the
# articles are resolved in (a surname alone joins the one person stored with it), so every path must
# resolve article by article in input order, whatever its write batches (fictional people and places).
NAMESAKES = {
    "1-harbour.txt": "Olsen said on Monday that the ferry talks with Lindmark would resume next week. \"We are "
                     "ready to sign the agreement,\" Olsen told reporters in the port city of Vessby.",
    "2-ferry.txt": "Transport Minister Marta Olsen said on Thursday that the ferry deal with Lindmark was "
                   "close. \"Only the timetable is left to settle,\" Marta Olsen told the Vessby council.",
    "3-opposition.txt": "Opposition deputy Erik Olsen said on Friday that the ferry deal was a costly "
                        "mistake. \"The council was never consulted,\" Erik Olsen told the Northern Ledger.",
}


def write_namesakes(folder) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for day, (name, text) in enumerate(sorted(NAMESAKES.items()), 1):
        (folder / name).write_text(f"Published: 2024-03-0{day}\nOutlet: Harbour Courier\n\n{text}\n")


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
    """A folder: sample articles, namesakes, a duplicate of one, an empty file, and JSON Lines of synthetic
    articles with one broken line; every outcome is known."""
    from loaders import SAMPLE_DIR
    folder = tmp_path_factory.mktemp("corpus") / "in"
    shutil.copytree(SAMPLE_DIR, folder / "sample", ignore=shutil.ignore_patterns("*.md"))
    write_namesakes(folder / "namesakes")
    first = sorted(os.listdir(folder / "sample"))[0]
    shutil.copy(folder / "sample" / first, folder / "zz-copy-of-first.txt")
    (folder / "empty.txt").write_text("")
    lines = [json.dumps(r) for r in synthetic_records(SYNTHETIC)]
    lines.insert(5, '{"text": "unterminated')
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n")
    return folder


def snapshot(store) -> dict:
    """Everything the comparisons look at: counts, every relationship, and the nodes' properties (an
    entity's alias and role lists as sets: a batch unions them in another order than one article at a time)."""
    entities = {r["uid"]: (r["name"], sorted(map(normalise_name, r["aliases"] or [])),
                           sorted(map(normalise_name, r["roles"] or [])))
                for label in ENTITY_LABELS
                for r in store.rows(f"MATCH (n:{label}) RETURN n.uid AS uid, n.name AS name, "
                                    "n.aliases AS aliases, n.roles AS roles")}
    statements = {r["uid"]: r for r in store.rows(
        "MATCH (s:Statement) RETURN s.uid AS uid, s.text AS text, s.kind AS kind, s.speaker AS speaker, "
        "s.date AS date, s.start_char AS start, s.article AS article")}
    articles = {r["uid"]: r for r in store.rows(
        "MATCH (a:Article) RETURN a.uid AS uid, a.source AS source, a.title AS title, "
        "a.published AS published, a.outlet AS outlet, a.words AS words")}
    # a relationship's role is set when it is created (first article wins), so only whether it has one
    rels = sorted((r["t"], r["a"], r["b"], r["role"] is None) for r in store.rows(
        "MATCH (a)-[r]->(b) RETURN type(r) AS t, a.uid AS a, b.uid AS b, r.role AS role"))
    return {"counts": store.counts(), "entities": entities, "statements": statements,
            "articles": articles, "rels": rels}
