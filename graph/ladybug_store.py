"""The embedded default store: LadybugDB (in-process, crash-safe) in a local folder.

Used whenever `NEO4J_URI` is not set. The schema (one node table per label, one relationship table per
type) is generated from `graph.model`. One article's fragment is one transaction; user queries run in a
READ ONLY transaction with a time limit and a row cap. A process-wide lock serialises access, since the
app's sessions share one database handle.
"""
from __future__ import annotations

import os
import threading
from typing import Optional

import ladybug

from graph.fragment import Fragment
from graph.model import ladybug_schema
from graph.errors import Refused
from graph.store import GraphStore, Result, StoreConfig, StoreError, plain
from graph.writer import write_fragment

DB_FILE = "graph.lbdb"
BUFFER_POOL = int(float(os.environ.get("WHOSAID_LADYBUG_BUFFER_MB", "2048")) * 1024 * 1024)


def _fetch(result, limit: Optional[int] = None) -> tuple[list[str], list[dict], bool]:
    columns = list(result.get_column_names())
    rows = []
    while result.has_next():
        if limit is not None and len(rows) >= limit:
            return columns, rows, True
        rows.append({c: plain(v) for c, v in zip(columns, result.get_next())})
    return columns, rows, False


class LadybugStore(GraphStore):
    def __init__(self, config: StoreConfig, read_only: bool = False):
        self.config = config
        self._lock = threading.RLock()
        os.makedirs(config.path, exist_ok=True)
        try:
            self.db = ladybug.Database(os.path.join(config.path, DB_FILE), read_only=read_only,
                                       buffer_pool_size=BUFFER_POOL)
            self.conn = ladybug.Connection(self.db)
            if not read_only:
                for ddl in ladybug_schema():
                    self.conn.execute(ddl)
        except RuntimeError as exc:
            raise self._explain(exc) from None

    def _explain(self, exc: Exception) -> StoreError:
        text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        where = self.config.describe()
        if "buffer pool is full" in text.lower():
            return StoreError(f"{where}: the query needs more memory than the buffer pool "
                              f"({BUFFER_POOL // 1048576} MB); raise WHOSAID_LADYBUG_BUFFER_MB")
        if "lock" in text.lower():
            return StoreError(f"{where} is open in another process (the app or another ingest?): "
                              "stop it, or point WHOSAID_DB elsewhere")
        if "interrupted" in text.lower() or "timeout" in text.lower():
            return StoreError("the query took longer than its time limit and was stopped")
        if "read-only" in text.lower():
            return StoreError("read-only: this query tries to write, which is not allowed here")
        return StoreError(f"{where}: {text}")

    def _run(self, cypher: str, params: Optional[dict] = None) -> list[dict]:
        return _fetch(self.conn.execute(cypher, params or {}))[1]

    def _write(self, fragment: Fragment) -> None:
        self._transact(lambda run: write_fragment(run, fragment))

    def _transact(self, work):
        with self._lock:
            try:
                self.conn.execute("BEGIN TRANSACTION")
                result = work(self._run)
                self.conn.execute("COMMIT")
                return result
            except Exception as exc:
                try:
                    self.conn.execute("ROLLBACK")
                except RuntimeError:
                    pass
                if isinstance(exc, Refused):
                    raise
                raise self._explain(exc) from None

    def _query(self, cypher: str, params: dict, *, limit: Optional[int], timeout: Optional[float],
               read_only: bool) -> Result:
        with self._lock:
            conn = ladybug.Connection(self.db) if (read_only or timeout) else self.conn
            try:
                if timeout:
                    conn.set_query_timeout(int(timeout * 1000))
                if read_only:
                    conn.execute("BEGIN TRANSACTION READ ONLY")
                try:
                    columns, rows, truncated = _fetch(conn.execute(cypher, params), limit)
                finally:
                    if read_only:
                        conn.execute("ROLLBACK")
            except RuntimeError as exc:
                raise self._explain(exc) from None
            finally:
                if conn is not self.conn:
                    conn.close()
        return Result(columns, rows, truncated)

    def clear(self) -> None:
        with self._lock:
            self.conn.execute("MATCH (n) DETACH DELETE n")

    def close(self) -> None:
        with self._lock:
            self.conn.close()
            self.db.close()
