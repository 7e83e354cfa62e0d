"""The store interface and how to open one from the environment.

Two engines sit behind one small interface: Neo4j through the official driver when `NEO4J_URI` is set,
otherwise the embedded LadybugDB in a local folder (`WHOSAID_DB`, default `./whosaid-data`). Callers use:
`write(fragment)` (one article, one transaction), `query(cypher, params)` (reads with parameters; user
queries with `user=True` are checked read-only, time-limited and row-capped), `counts()`, `has_article()`,
`close()`. Errors reach users as `StoreError` with one readable line and never the password.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Optional

from graph.fragment import Fragment
from graph.writer import count_queries

DEFAULT_DB_DIR = "whosaid-data"
DEFAULT_TIMEOUT_S = 10.0
DEFAULT_ROW_CAP = 5000


class StoreError(RuntimeError):
    """A store problem, worded for the person at the keyboard (no stack trace, no secret)."""


@dataclass
class Result:
    columns: list[str]
    rows: list[dict]
    truncated: bool = False


@dataclass
class StoreConfig:
    uri: Optional[str] = None
    user: str = "neo4j"
    password: str = field(default="", repr=False)
    database: Optional[str] = None
    path: str = DEFAULT_DB_DIR

    @classmethod
    def from_env(cls, env: Optional[dict] = None) -> "StoreConfig":
        env = os.environ if env is None else env
        return cls(uri=env.get("NEO4J_URI") or None, user=env.get("NEO4J_USER") or "neo4j",
                   password=env.get("NEO4J_PASSWORD") or "", database=env.get("NEO4J_DATABASE") or None,
                   path=env.get("WHOSAID_DB") or DEFAULT_DB_DIR)

    @property
    def engine(self) -> str:
        return "neo4j" if self.uri else "ladybug"

    def describe(self) -> str:
        """Where the data lives, safe to print: never the password."""
        if self.uri:
            return f"Neo4j at {self.uri}" + (f" (database {self.database})" if self.database else "")
        return f"embedded LadybugDB in {os.path.abspath(self.path)}"

    def redact(self, text: str) -> str:
        return text.replace(self.password, "***") if self.password else text


def plain(value: Any) -> Any:
    """Driver values (nodes, relationships, paths, dates) as JSON-friendly Python values."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if not str(k).startswith("_")}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if hasattr(value, "items") and hasattr(value, "element_id"):      # neo4j Node / Relationship
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "nodes") and hasattr(value, "relationships"):    # neo4j Path
        return {"nodes": [plain(n) for n in value.nodes],
                "relationships": [plain(r) for r in value.relationships]}
    return value


class GraphStore:
    """What both engines share; subclasses implement `_write`, `_query`, `_ensure_schema`, `close`."""

    config: StoreConfig

    def write(self, fragment: Fragment) -> None:
        """Write one article's fragment in one transaction: all of it or nothing."""
        self._write(fragment)

    def query(self, cypher: str, params: Optional[dict] = None, *, user: bool = False,
              limit: Optional[int] = None, timeout: Optional[float] = None) -> Result:
        if user:
            from graph.readonly import check_read_only
            check_read_only(cypher)
            limit = limit or DEFAULT_ROW_CAP
            timeout = timeout or DEFAULT_TIMEOUT_S
        return self._query(cypher, params or {}, limit=limit, timeout=timeout, read_only=user)

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

    def close(self) -> None:  # pragma: no cover - overridden
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_store(config: Optional[StoreConfig] = None) -> GraphStore:
    """The configured store, schema ensured. Raises StoreError with a readable reason."""
    config = config or StoreConfig.from_env()
    if config.engine == "neo4j":
        from graph.neo4j_store import Neo4jStore
        return Neo4jStore(config)
    from graph.ladybug_store import LadybugStore
    return LadybugStore(config)
