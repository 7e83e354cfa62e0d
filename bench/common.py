"""Shared bits of the benchmark scripts: opening the store under test (the configured Neo4j, a Neo4j
started here like the tests do, or a fresh embedded store), medians, peak memory, and the machine line."""
from __future__ import annotations

import fcntl
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager


from graph.store import StoreConfig


def machine() -> str:
    return (f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
            f"Python {platform.python_version()}")


def median(values) -> float:
    return statistics.median(values)


def percentile(values, p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def open_bench_store(engine: str, path: str | None = None, keep: bool = False):
    """A clean store of `engine` ('ladybug' or 'neo4j'). Neo4j: NEO4J_URI if set, else one started here."""
    if engine == "ladybug":
        from graph.ladybug_store import LadybugStore
        folder = path or tempfile.mkdtemp(prefix="whosaid-bench-")
        store = LadybugStore(StoreConfig(path=folder))
        try:
            yield store
        finally:
            store.close()
        return
    from graph.neo4j_store import Neo4jStore
    server = None
    if os.environ.get("NEO4J_URI"):
        config = StoreConfig.from_env()
    else:
        from tests.neo4j_server.server import start
        server = start()
        print(f"(Neo4j 5.26 started in {server.started_in:.1f} s)", file=sys.stderr)
        config = StoreConfig(uri=server.uri, password=server.password)
    store = Neo4jStore(config)
    if not keep:
        store.clear()
    try:
        yield store
    finally:
        store.close()
        if server:
            server.stop()


@contextmanager
def heavy(lock: str | None, what: str):
    """Hold the machine's heavy-job lock (the one `flock FILE CMD` takes) for one path's run."""
    if not lock:
        yield
        return
    with open(lock, "a") as handle:
        waited = time.perf_counter()
        fcntl.flock(handle, fcntl.LOCK_EX)
        print(f"  [{what}: lock taken after {time.perf_counter() - waited:.0f} s]", flush=True)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
