"""The Spark job on local[2] gives the graph a serial `ingest` gives, into the real Neo4j the tests start:
same counts, same relationships, same properties (entities shared by articles of every partition included);
a second run changes nothing; a failing article fails alone; Parquet datasets are read as inputs."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from graph.neo4j_store import Neo4jStore
from loaders.ingest import ingest
from loaders.spark_job import run
from tests.scale.conftest import SYNTHETIC, snapshot, synthetic_records

PARTITIONS = 4


@pytest.fixture(scope="module")
def serial(neo4j_config, corpus, extractor):
    store = Neo4jStore(neo4j_config)
    try:
        store.clear()
        summary = ingest([str(corpus)], store, extractor=extractor, progress=False)
        return summary, snapshot(store)
    finally:
        store.clear()
        store.close()


def test_spark_job_writes_the_graph_serial_ingest_writes(neo4j_config, corpus, serial, spark, tmp_path):
    expected_summary, expected = serial
    assert expected_summary.written >= 45 and expected["counts"][":MENTIONS"] > 200
    store = Neo4jStore(neo4j_config)
    try:
        store.clear()
        # several write batches on the driver (serial ingest wrote one): batching must not matter
        summary, parts, _ = run([str(corpus)], neo4j_config, spark=spark, partitions=PARTITIONS,
                                write_batch=8)
        got = snapshot(store)

        # the same graph, property for property
        assert got["counts"] == expected["counts"]
        assert got["rels"] == expected["rels"]
        assert got["entities"] == expected["entities"]
        assert got["statements"] == expected["statements"]
        assert got["articles"] == expected["articles"]

        # the same summary: failures (each alone: its partition wrote its other articles) and duplicates
        assert summary.failed == sorted(expected_summary.failed)
        assert {f.source.rsplit("/", 1)[-1] for f in summary.failed} == {"empty.txt", "wire.jsonl#line 6"}
        assert (summary.read, summary.written, summary.duplicates) == \
            (expected_summary.read, expected_summary.written, expected_summary.duplicates) and \
            summary.duplicates == 1
        assert summary.nodes_written == expected_summary.nodes_written
        assert summary.relationships_written == expected_summary.relationships_written
        assert len(parts) == PARTITIONS and all(p["written"] > 0 for p in parts)
        failing = {p["partition"] for p in parts if p["failed"]}
        assert all(p["written"] > 0 for p in parts if p["partition"] in failing)

        # a second run, with the same synthetic articles as a Parquet dataset too: nothing changes
        table = pa.Table.from_pylist(synthetic_records(SYNTHETIC) + [{"text": "  ", "title": "blank"}])
        pq.write_table(table, tmp_path / "wire.parquet")
        again, _, _ = run([str(corpus), str(tmp_path / "wire.parquet")], neo4j_config, spark=spark,
                       partitions=PARTITIONS)
        assert snapshot(store) == got
        assert again.written == 0 and again.nodes_written == 0 and again.relationships_written == 0
        assert again.read == summary.read + SYNTHETIC
        assert again.duplicates == again.read
        reasons = {f.source: f.reason for f in again.failed}
        assert reasons[str(tmp_path / "wire.parquet") + f"#row {SYNTHETIC + 1}"] == \
            "no article text (expected a 'text' field)"
    finally:
        store.clear()
        store.close()


def _held_back(settings: dict, index: int, rows):
    """Runs on an executor: a partition's rows in order; the last partition first waits (up to 60 s) for
    the marker file the driver writes when it has the first partition's rows."""
    import os
    import time
    rows = [value[2] for _key, value in rows]
    if index == settings["last"]:
        deadline = time.monotonic() + 60
        while not os.path.exists(settings["marker"]) and time.monotonic() < deadline:
            time.sleep(0.05)
        rows.append("waited" if os.path.exists(settings["marker"]) else "timed out")
    yield from rows


def test_driver_takes_partitions_in_input_order_while_later_ones_still_extract(spark, tmp_path):
    from loaders.spark_job import in_order
    items = spark.sparkContext.parallelize(
        [(f"k{n}", ((0, n, 0), "article", n, 1)) for n in reversed(range(40))], 4)
    marker = tmp_path / "first-partition-taken"
    got = []
    for value in in_order(items, {"last": 3, "marker": str(marker)}, _held_back):
        got.append(value)
        marker.touch()
    # the last partition was still running when the driver had the first one (it waited for the marker)
    assert got == list(range(40)) + ["waited"]
