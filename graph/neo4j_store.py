"""The Neo4j store: the official `neo4j` driver, managed transactions, UNWIND-batched MERGE.

Works with `bolt://`, `neo4j://` and `neo4j+s://` URIs (single server, cluster or Aura). Writes use
`execute_write`, which the driver retries on transient errors and lost connections; one article's fragment
is one transaction. User queries run through `graph.sandbox` (`sandbox_spec`): in a child process, READ
access mode, the transaction time limit, rows streamed with the row cap applied while reading.
"""
from __future__ import annotations

from typing import Optional

import neo4j
from neo4j import GraphDatabase, exceptions as nx

from graph.fragment import Fragment
from graph.model import neo4j_schema
from graph.errors import Refused
from graph.store import TIMED_OUT, GraphStore, Result, StoreConfig, StoreError, plain
from graph.writer import write_fragment


def explain_text(exc: Exception, spec: dict) -> str:
    """One line for a driver or server error, the password starred."""
    config = StoreConfig(uri=spec["uri"], user=spec["user"], password=spec["password"],
                         database=spec.get("database"))
    where = config.describe()
    code = getattr(exc, "code", None) or ""
    if isinstance(exc, nx.AuthError):
        msg = (f"{where} refused the credentials of user '{config.user}' "
               "(check NEO4J_USER and NEO4J_PASSWORD)")
    elif isinstance(exc, nx.ServiceUnavailable):
        msg = f"cannot reach {where}: is it running, and is NEO4J_URI right?"
    elif isinstance(exc, nx.Neo4jError) and "DatabaseNotFound" in code:
        msg = f"{where}: there is no database '{config.database}' (check NEO4J_DATABASE)"
    elif isinstance(exc, nx.Neo4jError) and ("TransactionTimedOut" in code or "Terminated" in code):
        msg = TIMED_OUT
    elif isinstance(exc, nx.Neo4jError) and "AccessMode" in code:
        msg = "read-only: this query tries to write, which is not allowed here"
    elif isinstance(exc, nx.Neo4jError):
        msg = f"Neo4j: {(exc.message or str(exc)).strip().splitlines()[0][:400]}"
    else:
        text = str(exc).strip().splitlines()
        msg = f"{where}: {type(exc).__name__}: {text[0][:400] if text else ''}"
    return config.redact(msg)


class TxReader:
    """The reads of one `Neo4jStore.read`: statements in its transaction, rows read up to `limit`."""

    def __init__(self, tx, config: StoreConfig):
        self.tx, self.config = tx, config

    def query(self, cypher: str, params: Optional[dict] = None, limit: Optional[int] = None) -> Result:
        result = self.tx.run(cypher, params or {})
        columns, rows = list(result.keys()), []
        for record in result:
            if limit is not None and len(rows) >= limit:
                return Result(columns, rows, True)
            rows.append({k: plain(v) for k, v in record.items()})
        return Result(columns, rows, False)

    def rows(self, cypher: str, params: Optional[dict] = None) -> list[dict]:
        return self.query(cypher, params).rows


class Neo4jStore(GraphStore):
    def __init__(self, config: StoreConfig):
        self.config = config
        self.driver = None
        try:
            self.driver = GraphDatabase.driver(
                config.uri, auth=(config.user, config.password), connection_timeout=10,
                max_transaction_retry_time=20, connection_acquisition_timeout=30,
                notifications_min_severity="OFF")
            self.driver.verify_connectivity()
            with self._session() as session:
                session.run("RETURN 1").consume()
            self._ensure_schema()
        except Exception as exc:
            if self.driver is None:
                raise StoreError(self.config.redact(
                    f"NEO4J_URI is not a valid Neo4j address ({str(exc).splitlines()[0]}); "
                    "expected e.g. neo4j://host:7687, neo4j+s://xxxx.databases.neo4j.io or bolt://host:7687")
                ) from None
            self.driver.close()
            raise self._explain(exc) from None

    def _session(self, read: bool = False):
        mode = neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS
        return self.driver.session(database=self.config.database, default_access_mode=mode)

    def _explain(self, exc: Exception) -> StoreError:
        if isinstance(exc, StoreError):
            return exc
        return StoreError(explain_text(exc, self.sandbox_spec()))

    def sandbox_spec(self) -> dict:
        c = self.config
        return {"engine": "neo4j", "uri": c.uri, "user": c.user, "password": c.password,
                "database": c.database}

    def _ensure_schema(self) -> None:
        with self._session() as session:
            for ddl in neo4j_schema():
                session.run(ddl).consume()

    def _write(self, fragment: Fragment) -> None:
        self._transact(lambda run: write_fragment(run, fragment, create_new=False))   # concurrent loaders: MERGE

    def _transact(self, work):
        try:
            with self._session() as session:
                return session.execute_write(lambda tx: work(lambda q, p: tx.run(q, p).data()))
        except Refused:
            raise
        except Exception as exc:
            raise self._explain(exc) from None

    def _query(self, cypher: str, params: dict, *, limit: Optional[int], timeout: Optional[float],
               read_only: bool) -> Result:
        """The project's own reads (user queries go through `GraphStore.query(user=True)`)."""
        return self.read(lambda reader: reader.query(cypher, params, limit), timeout)

    def read(self, work, timeout: Optional[float] = None):
        """`GraphStore.read` as one read transaction under the server's time limit (its statements share
        one session, one connection and one commit: a name look-up and the query it feeds cost one
        round trip each, not a transaction each). The driver may run `work` again after a transient error."""
        @neo4j.unit_of_work(timeout=timeout)
        def tx_work(tx):
            return work(TxReader(tx, self.config))
        try:
            with self._session(read=True) as session:
                return session.execute_read(tx_work)
        except StoreError:
            raise
        except Exception as exc:
            raise self._explain(exc) from None

    def clear(self) -> None:
        """Delete every node and relationship (tests and `loaders reset`)."""
        with self._session() as session:
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()

    def close(self) -> None:
        self.driver.close()
