"""The embedded default store: LadybugDB (in-process, crash-safe) in a local folder.

Used whenever `NEO4J_URI` is not set. The schema (one node table per label, one relationship table per
type) is generated from `graph.model`. One article's fragment is one transaction. User queries never run
on this handle: `graph.sandbox` runs them in a child process on a read-only database handle
(`sandbox_spec`). A process-wide lock serialises access, since the app's sessions share one handle.
"""
from __future__ import annotations

import math
import os
import threading
from typing import Optional

import ladybug

from graph.errors import Refused
from graph.fragment import Fragment
from graph.model import ladybug_schema
from graph.settings import settings
from graph.store import LADYBUG_FILE, TIMED_OUT, GraphStore, Result, StoreConfig, StoreError, missing_store, plain
from graph.writer import write_fragment

DB_FILE = LADYBUG_FILE


def explain_text(text: str, spec: dict) -> str:
    """One line for an engine error: the engine's own first line, or which limit stopped the query."""
    first = text.strip().splitlines()[0] if text.strip() else "unknown error"
    low = first.lower()
    if "buffer pool is full" in low:
        return (f"{spec['where']}: the query needs more memory than the buffer pool ({spec['pool_mb']} MB); "
                "raise WHOSAID_LADYBUG_BUFFER_MB / WHOSAID_QUERY_MEMORY_MB")
    if "could not set lock" in low or "lock on file" in low:
        return (f"{spec['where']} is open in another process (the app or another ingest?): stop it, or "
                "point WHOSAID_DB elsewhere")
    if "interrupted" in low or "timeout" in low:
        return TIMED_OUT
    if "read-only" in low or "read only" in low:
        return "read-only: this query tries to write, which is not allowed here"
    return f"{spec['where']}: {first[:400]}"


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
        self.pool_mb = settings().buffer_mb
        if not config.create and missing_store(config):
            raise StoreError(missing_store(config))
        try:
            os.makedirs(config.path, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"WHOSAID_DB={config.path!r}: cannot create the folder ({exc.strerror})") from None
        try:
            self.db = ladybug.Database(os.path.join(config.path, DB_FILE), read_only=read_only,
                                       buffer_pool_size=self.pool_mb * 1024 * 1024)
            self.conn = ladybug.Connection(self.db)
            if not read_only:
                for ddl in ladybug_schema():
                    self.conn.execute(ddl)
        except RuntimeError as exc:
            raise self._explain(exc) from None

    def sandbox_spec(self) -> dict:
        """What the query process needs: the folder and a buffer pool of 2/3 of the query memory cap."""
        pool_mb = min(self.pool_mb, settings().query_memory_mb * 2 // 3)
        return {"engine": "ladybug", "path": os.path.abspath(self.config.path), "where": self.config.describe(),
                "pool_mb": pool_mb, "pool_bytes": pool_mb * 1024 * 1024}

    def _explain(self, exc: Exception) -> StoreError:
        if isinstance(exc, StoreError):
            return exc
        return StoreError(explain_text(str(exc) or type(exc).__name__,
                                       {"where": self.config.describe(), "pool_mb": self.pool_mb}))

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

    def read(self, work, timeout: Optional[float] = None):
        """`GraphStore.read` under the lock: no other session's statement runs between `work`'s."""
        with self._lock:
            return super().read(work, timeout)

    def _query(self, cypher: str, params: dict, *, limit: Optional[int], timeout: Optional[float],
               read_only: bool) -> Result:
        """The project's own reads, in-process (user queries go through `GraphStore.query(user=True)`), with
        the engine's time limit when `timeout` is given (it checks it between chunks of work, so a query
        stops a little after it)."""
        with self._lock:
            try:
                if timeout is not None:
                    self.conn.set_query_timeout(max(1, math.ceil(timeout * 1000)))
                columns, rows, truncated = _fetch(self.conn.execute(cypher, params), limit)
            except RuntimeError as exc:
                raise self._explain(exc) from None
            finally:
                if timeout is not None:
                    self.conn.set_query_timeout(0)
        return Result(columns, rows, truncated)

    def clear(self) -> None:
        with self._lock:
            self.conn.execute("MATCH (n) DETACH DELETE n")

    def close(self) -> None:
        with self._lock:
            self.conn.close()
            self.db.close()
