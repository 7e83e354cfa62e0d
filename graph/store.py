"""The store interface: the abstract base both engines implement, their configuration, results and errors.

Two engines sit behind one small interface: Neo4j through the official driver (`graph.neo4j_store`) and
the embedded LadybugDB in a local folder (`graph.ladybug_store`); `graph.engines.open_store` picks one from
the environment. This module imports neither engine. Callers use:
`write(fragment)` (one article, one transaction), `query(cypher, params)` (the project's own reads, with
parameters), `query(..., user=True)` — the one guarded path for every query that is not the project's own
(the editor, saved queries, their suggestion lists): checked by the allow-list parser in
`graph.readonly`, then run by `graph.sandbox` in a killable child process on a read-only handle, with the
time limit, row cap, value cap and memory cap of `graph.settings` — `transact(work)`, `counts()`,
`has_article()`, `close()`, and `read(work, timeout)` — several of the project's own reads as one (one
read transaction on Neo4j, one round trip per statement; on the embedded store each statement gets what is
left of the one time limit). An engine implements the abstract methods of `GraphStore`. Errors reach
users as `StoreError` with one readable line and never the password.
"""
from __future__ import annotations

import os
import re
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Optional

from graph import settings as cfg
from graph.fragment import Fragment
from graph.readonly import QueryRejected, guard
from graph.sandbox import SandboxError, run
from graph.writer import count_queries

DEFAULT_DB_DIR = "whosaid-data"
LADYBUG_FILE = "graph.lbdb"          # the embedded store's file inside WHOSAID_DB


class StoreError(RuntimeError):
    """A store problem, worded for the person at the keyboard (no stack trace, no secret)."""


@dataclass
class Result:
    columns: list[str]
    rows: list[dict]
    truncated: bool = False
    stats: dict = field(default_factory=dict)      # guarded runs: seconds, peak_mb of the query process


@dataclass
class StoreConfig:
    uri: Optional[str] = None
    user: str = "neo4j"
    password: str = field(default="", repr=False)
    database: Optional[str] = None
    path: str = DEFAULT_DB_DIR
    create: bool = True            # False: a missing embedded store is an error, not a new empty one

    @classmethod
    def from_env(cls, env: Optional[dict] = None) -> "StoreConfig":
        """From `graph.settings`; a bad value raises StoreError with the one line naming the variable."""
        try:
            s = cfg.settings() if env is None else cfg.load(env)
        except cfg.SettingsError as exc:
            raise StoreError(str(exc)) from None
        return cls(uri=s.neo4j_uri, user=s.neo4j_user, password=s.neo4j_password,
                   database=s.neo4j_database, path=s.db_path)

    @property
    def engine(self) -> str:
        return "neo4j" if self.uri else "ladybug"

    def describe(self) -> str:
        """Where the data lives, safe to print: never the password."""
        if self.uri:
            return f"Neo4j at {cfg.redact_uri(self.uri)}" + (f" (database {self.database})" if self.database else "")
        return f"embedded LadybugDB in {os.path.abspath(self.path)}"

    def redact(self, text: str) -> str:
        """`text` with the password starred — except inside the parts known to be safe (where the data
        lives, the user name), so a password that equals a word of the address reveals nothing."""
        if not self.password:
            return text
        safe = [t for t in (self.describe(), self.user, self.database or "") if t]
        pieces = re.split("(" + "|".join(re.escape(t) for t in sorted(safe, key=len, reverse=True)) + ")", text)
        return "".join(p if p in safe else p.replace(self.password, "***") for p in pieces)


_SCALARS = (str, int, float, bool)


def plain(value: Any) -> Any:
    """Driver values (nodes, relationships, paths, dates) as JSON-friendly Python values."""
    if value is None or type(value) in _SCALARS:                       # most values: as they are, quickly
        return value
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if not str(k).startswith("_")}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):                                     # LadybugDB's sum()
        return int(value) if value == value.to_integral_value() else float(value)
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if hasattr(value, "items") and hasattr(value, "element_id"):      # neo4j Node / Relationship
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "nodes") and hasattr(value, "relationships"):    # neo4j Path
        return {"nodes": [plain(n) for n in value.nodes],
                "relationships": [plain(r) for r in value.relationships]}
    return value


class GraphStore(ABC):
    """What both engines share; an engine implements the abstract methods below."""

    config: StoreConfig

    def write(self, fragment: Fragment | list[Fragment]) -> None:
        """Write one article's fragment, or a list of whole articles' fragments in input order, in one
        transaction: all of it or nothing (a list gives the graph of its articles written one by one)."""
        self._write(fragment)

    def query(self, cypher: str, params: Optional[dict] = None, *, user: bool = False,
              limit: Optional[int] = None, timeout: Optional[float] = None) -> Result:
        """The project's own reads (`user=False`), or the guarded path for everything else (`user=True`):
        QueryRejected when the text is not an allowed read-only statement, StoreError (one line) when a
        limit or the engine stops it."""
        if not user:
            return self._query(cypher, params or {}, limit=limit, timeout=timeout, read_only=False)
        s = cfg.settings()
        limit = min(limit or s.query_rows, s.query_rows)
        timeout = min(timeout or s.query_seconds, s.query_seconds)
        params = check_params(params or {})
        cypher = guard(cypher, self.config.engine, params, row_cap=limit)
        try:
            columns, rows, truncated, stats = run(
                self.sandbox_spec(), cypher, params, limit=limit, timeout=timeout,
                memory_mb=s.query_memory_mb, max_value=s.query_value_max)
        except SandboxError as exc:
            error = StoreError(self.config.redact(str(exc)))
            error.stats = exc.stats
            raise error from None
        return Result(columns, rows, truncated, stats)

    def read(self, work, timeout: Optional[float] = None):
        """`work(reader)`'s result, where `reader.query(cypher, params, limit=None)` / `reader.rows(...)` are
        the project's own reads sharing one time limit: the whole of `work` fails (StoreError, one line)
        within about `timeout` seconds, however many statements it runs. This default (the embedded store,
        one process) gives each statement what is left of the limit, under the store's lock; Neo4j runs
        them in one read transaction."""
        return work(TimedReader(self, timeout))

    def transact(self, work):
        """Run `work(run)` in one write transaction (`run(cypher, params) -> rows`); its result, or
        StoreError with nothing written. For the project's own parameterised writes (curation), never
        for user Cypher."""
        return self._transact(work)

    def rows(self, cypher: str, params: Optional[dict] = None) -> list[dict]:
        return self.query(cypher, params).rows

    def counts(self) -> dict[str, int]:
        return {key: self.rows(q)[0]["c"] for key, q in count_queries().items()}

    def has_article(self, uid: str) -> bool:
        return bool(self.existing_articles([uid]))

    def existing_articles(self, uids: list[str]) -> set[str]:
        """Which of these article uids the store already holds (one query for a batch)."""
        if not uids:
            return set()
        rows = self.rows("MATCH (a:Article) WHERE a.uid IN $uids RETURN a.uid AS uid", {"uids": uids})
        return {r["uid"] for r in rows}

    @abstractmethod
    def _write(self, fragment: Fragment) -> None:
        """Write one fragment in one transaction; StoreError (nothing written) when the engine refuses."""

    @abstractmethod
    def _transact(self, work):
        """Run `work(run)` in one write transaction and return its result (see `transact`)."""

    @abstractmethod
    def _query(self, cypher: str, params: dict, *, limit: Optional[int], timeout: Optional[float],
               read_only: bool) -> Result:
        """Run the project's own parameterised Cypher in this process."""

    @abstractmethod
    def sandbox_spec(self) -> dict:
        """What `graph.sandbox` needs to open this store read-only in a child process (picklable)."""

    @abstractmethod
    def clear(self) -> None:
        """Delete every node and relationship (tests and benchmarks)."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection or database handle."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


TIMED_OUT = "the query took longer than its time limit and was stopped"


class TimedReader:
    """The reads of one `GraphStore.read` on the embedded store: each statement runs with what is left of the
    shared limit, and none starts once it is spent."""

    def __init__(self, store: GraphStore, timeout: Optional[float]):
        self.store, self.config = store, store.config
        self.deadline = None if timeout is None else time.monotonic() + timeout

    def query(self, cypher: str, params: Optional[dict] = None, limit: Optional[int] = None) -> Result:
        left = None if self.deadline is None else self.deadline - time.monotonic()
        if left is not None and left <= 0:
            raise StoreError(TIMED_OUT)
        return self.store._query(cypher, params or {}, limit=limit, timeout=left, read_only=True)

    def rows(self, cypher: str, params: Optional[dict] = None) -> list[dict]:
        return self.query(cypher, params).rows


MAX_PARAM_CHARS = 100_000
INT64 = (-2 ** 63, 2 ** 63 - 1)


def check_params(params: dict) -> dict:
    """Parameters fit for an engine: 64-bit integers, finite sizes; QueryRejected (one line) otherwise."""

    def check(name, value):
        if isinstance(value, bool) or value is None:
            return
        if isinstance(value, int) and not INT64[0] <= value <= INT64[1]:
            raise QueryRejected(f"parameter {name}: the integer is outside the 64-bit range")
        if isinstance(value, str) and len(value) > MAX_PARAM_CHARS:
            raise QueryRejected(f"parameter {name}: longer than {MAX_PARAM_CHARS:,} characters")
        if isinstance(value, (list, tuple)):
            for item in value:
                check(name, item)
        if isinstance(value, dict):
            for item in value.values():
                check(name, item)
    for key, value in params.items():
        check(key, value)
    return params


def missing_store(config: StoreConfig) -> Optional[str]:
    """Why there is no embedded store to read at `config.path` (one line), or None if there is one."""
    if config.engine == "neo4j" or os.path.exists(os.path.join(config.path, LADYBUG_FILE)):
        return None
    return (f"there is no store in {os.path.abspath(config.path)} (WHOSAID_DB): ingest articles first "
            "(python -m loaders ingest PATH, or python -m loaders sample)")
