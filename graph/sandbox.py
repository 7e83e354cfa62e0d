"""User queries run in a child process that can be killed: bounded time and memory on both engines.

`run(spec, cypher, params, ...)` starts `python -c ...graph.sandbox_child.child()`, hands it the job on stdin
(never the password on the command line) and watches it: past the time limit (1.2x the engine's own
limit + 0.2 s) or above the memory cap (resident set size, polled every 20 ms; the peak reported is
the highest VmHWM seen) the child is killed and
the caller gets one line saying which limit stopped it. In the child the embedded store is opened with a
read-only database handle and Neo4j in READ access mode, each with the engine's own time limit; rows are
read one at a time with the row cap applied while reading, and one value larger than `max_value` (in
characters or list items) stops the query. The child answers with a pickled ("ok", columns, rows,
truncated) or ("error", one line).
"""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
import time
from typing import Any, Optional

_BOOT = "from graph.sandbox_child import child; child()"   # the project is installed (pip install -e .)
_SLOTS = threading.BoundedSemaphore(2)          # at most two query processes at a time per app process
POLL_S = 0.02


class SandboxError(RuntimeError):
    """A user query stopped by a limit or by the engine; the text is one line for the person, `stats`
    the query process's seconds and peak memory (MB) when it ran."""

    def __init__(self, message: str, stats: Optional[dict] = None):
        super().__init__(message)
        self.stats = stats or {}


def _size(value: Any) -> int:
    if isinstance(value, (str, bytes)):
        return len(value)
    if isinstance(value, dict):
        return len(value) + sum(_size(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return len(value) + sum(_size(v) for v in value)
    return 1


def read_rows(columns: list[str], records, limit: int, max_value: int, plain) -> tuple[list[dict], bool]:
    """Rows from an iterator of value tuples: stop after `limit`; refuse any value over `max_value`."""
    rows: list[dict] = []
    for values in records:
        if len(rows) >= limit:
            return rows, True
        row = {}
        for column, value in zip(columns, values):
            value = plain(value)
            if _size(value) > max_value:
                raise SandboxError(f"row {len(rows) + 1}, column {column}: one value is larger than the "
                                   f"cap of {max_value:,} characters or items")
            row[column] = value
        rows.append(row)
    return rows, False


def _memory_mb(pid: int) -> tuple[float, float]:
    """The process's resident memory now and its high-water mark since exec (VmRSS, VmHWM), in MB."""
    found = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    found[line[:5]] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return found.get("VmRSS", 0.0), found.get("VmHWM", 0.0)


def run(spec: dict, cypher: str, params: dict, *, limit: int, timeout: float, memory_mb: float,
        max_value: int) -> tuple[list[str], list[dict], bool, dict]:
    """Run one guarded query in a child; returns columns, rows, truncated and {seconds, peak_mb}."""
    job = pickle.dumps({"spec": spec, "cypher": cypher, "params": params, "limit": limit,
                        "timeout": timeout, "max_value": max_value})
    if not _SLOTS.acquire(timeout=timeout):
        raise SandboxError("two other queries are running; try again in a moment")
    try:
        return _watch(job, timeout, memory_mb)
    finally:
        _SLOTS.release()


def _watch(job: bytes, timeout: float, memory_mb: float):
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", _BOOT], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    out: dict[str, bytes] = {}

    def pump(name, stream, data=None):
        if data is not None:
            try:
                stream.write(data)
                stream.close()
            except OSError:
                pass
            return
        out[name] = stream.read()

    threads = [threading.Thread(target=pump, args=("in", proc.stdin, job), daemon=True),
               threading.Thread(target=pump, args=("out", proc.stdout), daemon=True),
               threading.Thread(target=pump, args=("err", proc.stderr), daemon=True)]
    for t in threads:
        t.start()
    deadline, peak, stopped = started + timeout * 1.2 + 0.2, 0.0, None
    while True:
        pid, status = os.waitpid(proc.pid, os.WNOHANG)
        if pid:
            break
        rss, high = _memory_mb(proc.pid)
        peak = max(peak, rss, high)
        if rss > memory_mb * 0.95:          # 5% headroom for what one 20 ms poll interval can add
            stopped = (f"the query needed more than {memory_mb:g} MB of memory and was stopped "
                       "(WHOSAID_QUERY_MEMORY_MB)")
        elif time.monotonic() > deadline:
            stopped = f"the query took longer than its time limit ({timeout:g} s) and was stopped"
        if stopped:
            proc.kill()
            _, status = os.waitpid(proc.pid, 0)
            break
        time.sleep(POLL_S)
    proc.returncode = os.waitstatus_to_exitcode(status)
    for t in threads:
        t.join(timeout=5)
    stats = {"seconds": time.monotonic() - started, "peak_mb": peak}    # (ru_maxrss would count the fork)
    if stopped:
        raise SandboxError(stopped, stats)
    try:
        answer = pickle.loads(out.get("out") or b"")
    except Exception:
        err = (out.get("err") or b"").decode("utf-8", "replace").strip().splitlines()
        raise SandboxError(f"the query process ended without an answer (exit {proc.returncode})"
                           + (f": {err[-1][:300]}" if err else ""), stats) from None
    if answer[0] == "error":
        raise SandboxError(answer[1], stats)
    return answer[1], answer[2], answer[3], stats
