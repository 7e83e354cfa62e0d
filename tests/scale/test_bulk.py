"""The bulk path for a first load gives the graph `ingest` gives: Parquet files COPYed into the embedded
store, and CSV files imported by Neo4j's own import tool (`neo4j-admin database import full`, run from
the test server's jars) into a database the test server then opens."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

import pytest

from graph import hub_index
from graph.ladybug_store import LadybugStore
from graph.model import ENTITY_LABELS, normalise_name
from graph.neo4j_store import Neo4jStore
from graph.store import StoreConfig
from loaders.bulk_export import BulkWriter, export, load_embedded, neo4j_import_command
from loaders.ingest import ingest


def entity_lists(store) -> dict:
    return {r["uid"]: (sorted(map(normalise_name, r["aliases"] or [])),
                       sorted(map(normalise_name, r["roles"] or [])))
            for label in ENTITY_LABELS
            for r in store.rows(f"MATCH (n:{label}) RETURN n.uid AS uid, n.aliases AS aliases, "
                                "n.roles AS roles")}


@pytest.fixture(scope="module")
def ingested(corpus, extractor, tmp_path_factory):
    """What a serial ingest into the embedded store gives: (summary, counts, entity lists)."""
    with LadybugStore(StoreConfig(path=str(tmp_path_factory.mktemp("ingested")))) as store:
        summary = ingest([str(corpus)], store, extractor=extractor, progress=False)
        return summary, store.counts(), entity_lists(store)


def test_bulk_files_load_the_graph_ingest_writes(corpus, extractor, ingested, tmp_path):
    ingested, expected, expected_lists = ingested

    # embedded store: Parquet + COPY FROM
    parquet = BulkWriter(str(tmp_path / "parquet"), "parquet")
    summary = export([str(corpus)], parquet, extractor=extractor)
    assert (summary.read, summary.written, summary.duplicates) == \
        (ingested.read, ingested.written, ingested.duplicates)
    assert summary.failed == ingested.failed
    with LadybugStore(StoreConfig(path=str(tmp_path / "bulk"))) as store:
        load_embedded(parquet, store)
        assert store.counts() == expected
        assert entity_lists(store) == expected_lists
        assert hub_index.wrong(store) == 0                    # SAID's copies of speaker and date, as ingest sets them
        assert summary.nodes_written == sum(v for k, v in expected.items() if not k.startswith(":"))

    # Neo4j: CSV + neo4j-admin database import full, then the test server on the imported database
    from tests.neo4j_server.server import CACHE, classpath, start
    csv = BulkWriter(str(tmp_path / "csv"), "neo4j")
    export([str(corpus)], csv, extractor=extractor)
    command = neo4j_import_command(csv)
    assert command[:4] == ["neo4j-admin", "database", "import", "full"]
    os.makedirs(CACHE, exist_ok=True)
    home = tempfile.mkdtemp(prefix="neo4j-import-", dir=CACHE)      # server.stop() removes it
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    done = subprocess.run([java, "-Xmx512m", "-cp", classpath(), "org.neo4j.cli.AdminTool", *command[1:]],
                          env={**os.environ, "NEO4J_HOME": home}, cwd=tmp_path, capture_output=True,
                          text=True, timeout=300)
    if done.returncode != 0:
        shutil.rmtree(home, ignore_errors=True)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    server = start(home=home)
    try:
        with Neo4jStore(StoreConfig(uri=server.uri, password=server.password)) as store:
            assert store.counts() == expected
            assert entity_lists(store) == expected_lists
            assert hub_index.wrong(store) == 0
    finally:
        server.stop()


def test_spark_job_writes_bulk_files_the_embedded_store_loads(corpus, ingested, spark, tmp_path):
    from loaders.spark_job import export as spark_export
    expected_summary, expected, expected_lists = ingested
    writer = BulkWriter(str(tmp_path / "parquet"), "parquet")
    summary, parts = spark_export([str(corpus)], writer, spark=spark, partitions=3)
    assert len(parts) == 3 and sum(p["written"] for p in parts) == expected_summary.written
    assert summary.failed == sorted(expected_summary.failed)
    with LadybugStore(StoreConfig(path=str(tmp_path / "bulk"))) as store:
        load_embedded(writer, store)
        assert store.counts() == expected
        assert entity_lists(store) == expected_lists
