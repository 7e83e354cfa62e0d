"""Store faults: a clear one-line message (never the password) when Neo4j is down, the password is
wrong or the database unknown; a connection cut in the middle of a batch is retried and loses nothing."""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from urllib.parse import urlparse

import pytest

from graph.neo4j_store import Neo4jStore
from graph.store import StoreConfig, StoreError
from loaders import SAMPLE_DIR
from loaders.ingest import ingest
from tests.conftest import ROOT
from tests.hostile.proxy import DroppingProxy
from tests.neo4j_server.server import free_port


def _fails_with(config: StoreConfig, words: str) -> str:
    with pytest.raises(StoreError) as info:
        Neo4jStore(config)
    message = str(info.value)
    assert words in message and "\n" not in message
    if config.password:
        assert config.password not in message
    return message


def test_neo4j_not_running():
    _fails_with(StoreConfig(uri=f"bolt://127.0.0.1:{free_port()}", password="pw-123456"), "cannot reach")


def test_wrong_password(neo4j_config):
    _fails_with(replace(neo4j_config, password="wrong-Secret-987"), "refused the credentials")


def test_unknown_database(neo4j_config):
    _fails_with(replace(neo4j_config, database="nosuchdb"), "no database 'nosuchdb'")


def test_bad_uri():
    _fails_with(StoreConfig(uri="http://[nonsense", password="x-Secret-1"), "NEO4J_URI")


def test_cli_reports_store_faults_in_one_line_without_the_password(neo4j_config):
    env = {**os.environ, "NEO4J_URI": neo4j_config.uri, "NEO4J_PASSWORD": "Hunter2-not-it"}
    proc = subprocess.run([sys.executable, "-m", "loaders", "counts"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and "credentials" in proc.stderr
    assert "Traceback" not in proc.stderr and "Hunter2-not-it" not in proc.stderr + proc.stdout


def test_connection_dropped_mid_batch_is_retried(neo4j_config, tmp_path, extractor):
    """The proxy cuts every connection at the moment the driver sends the Statement MERGE of a batch's
    write transaction (the batch's articles, entities and so on are already written in it, uncommitted):
    the server rolls the transaction back, the driver retries it on a new connection, and the graph ends
    exactly as an undisturbed ingest leaves it, with every article written and none failed."""
    from graph.ladybug_store import LadybugStore
    reference = LadybugStore(StoreConfig(path=str(tmp_path / "ref")))
    ingest([SAMPLE_DIR], reference, extractor=extractor, progress=False)
    expected = reference.counts()
    reference.close()

    proxy = DroppingProxy(urlparse(neo4j_config.uri).port)
    store = Neo4jStore(replace(neo4j_config, uri=f"bolt://127.0.0.1:{proxy.port}"))
    store.clear()
    proxy.cut_when(b"MERGE (n:Statement {uid: row.uid})", {2, 5, 8})
    try:
        summary = ingest([SAMPLE_DIR], store, extractor=extractor, progress=False, write_batch=2)
        print(f"cuts mid-transaction: {proxy.drops}; Statement MERGEs sent: {proxy.seen}")
        assert proxy.drops == 3, "the cuts did not all happen inside a write transaction"
        assert summary.failed == [] and summary.aborted is None
        assert summary.written == 20 == summary.read
        assert proxy.seen >= 10 + 3          # ten batches of two, three of them sent again after the cut
        assert store.counts() == expected
    finally:
        store.close()
        proxy.close()
