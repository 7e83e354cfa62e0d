"""The child side of `graph.sandbox`: open the store read-only from the job's spec, run the one query with
the engine's own time limit, read rows under the row and value caps, answer with one pickle on stdout.

Started as `python -c "from graph.sandbox_child import child; child()"`; nothing imports this module.
Each engine's driver is imported only when the job is for that engine (a child loads one of them).
"""
from __future__ import annotations

import os
import pickle
import sys
import threading

from graph.sandbox import SandboxError, read_rows
from graph.store import plain


def _ladybug(job: dict):
    import ladybug
    from graph.ladybug_store import DB_FILE, explain_text
    spec = job["spec"]
    try:
        db = ladybug.Database(os.path.join(spec["path"], DB_FILE), read_only=True,
                              buffer_pool_size=spec["pool_bytes"])
        conn = ladybug.Connection(db)
        conn.set_query_timeout(max(1, int(job["timeout"] * 1000)))
        watchdog = threading.Timer(job["timeout"], conn.interrupt)    # the engine's timeout is coarse
        watchdog.daemon = True
        watchdog.start()
        result = conn.execute(job["cypher"], job["params"])
        columns = list(result.get_column_names())

    except RuntimeError as exc:
        raise SandboxError(explain_text(str(exc), spec)) from None

    def records():
        try:
            while result.has_next():
                yield result.get_next()
        except RuntimeError as exc:
            raise SandboxError(explain_text(str(exc), spec)) from None
    return columns, records


def _neo4j(job: dict):
    import neo4j
    from graph.neo4j_store import explain_text
    spec = job["spec"]
    driver = neo4j.GraphDatabase.driver(spec["uri"], auth=(spec["user"], spec["password"]),
                                        connection_timeout=10, notifications_min_severity="OFF")
    session = driver.session(database=spec.get("database"), default_access_mode=neo4j.READ_ACCESS,
                             fetch_size=100)
    try:
        tx = session.begin_transaction(timeout=job["timeout"])
        result = tx.run(job["cypher"], job["params"])
        columns = list(result.keys())
    except Exception as exc:
        raise SandboxError(explain_text(exc, spec)) from None

    def records():
        try:
            for record in result:
                yield record.values()
        except Exception as exc:
            raise SandboxError(explain_text(exc, spec)) from None
    return columns, records


def child() -> None:
    """The child's side: read the job, run it, write one pickled answer."""
    job = pickle.loads(sys.stdin.buffer.read())
    try:
        columns, records = (_neo4j if job["spec"]["engine"] == "neo4j" else _ladybug)(job)
        rows, truncated = read_rows(columns, records(), job["limit"], job["max_value"], plain)
        answer: tuple = ("ok", columns, rows, truncated)
    except SandboxError as exc:
        answer = ("error", str(exc))
    except Exception as exc:                       # anything else: one line, never a traceback
        text = str(exc).strip().splitlines()
        answer = ("error", f"{type(exc).__name__}: {text[0][:300] if text else ''}")
    sys.stdout.buffer.write(pickle.dumps(answer))
    sys.stdout.buffer.flush()
    os._exit(0)                                   # skip engine teardown: the answer is out
