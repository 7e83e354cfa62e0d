"""Brings up a real Neo4j 5.26 Community on 127.0.0.1 for the tests, without Docker.

Maven resolves `org.neo4j:neo4j` (embedded Neo4j with its Bolt server) from Maven Central into ~/.m2 once;
`Launcher.java` runs it on Java 17 with a fresh data folder, a free port and a random password. Heap and page
cache default to 1g / 256 MB (`WHOSAID_NEO4J_HEAP`, `WHOSAID_NEO4J_PAGECACHE_MB` for benchmarks). The server
stops when `stop()` is called or when this process dies (it exits when its stdin closes).

    python tests/neo4j_server/server.py     # start one by hand; prints NEO4J_URI/NEO4J_PASSWORD; Ctrl-C stops
"""
from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
CACHE = os.path.join(os.path.dirname(os.path.dirname(HERE)), ".neo4j-test")
START_TIMEOUT_S = 240


def classpath() -> str:
    """The Neo4j jars' classpath, resolved by Maven (cached until pom.xml changes)."""
    os.makedirs(CACHE, exist_ok=True)
    out = os.path.join(CACHE, "classpath.txt")
    pom = os.path.join(HERE, "pom.xml")
    if not os.path.exists(out) or os.path.getmtime(out) < os.path.getmtime(pom):
        subprocess.run(["mvn", "-q", "-B", "-f", pom, "dependency:build-classpath",
                        f"-Dmdep.outputFile={out}"], check=True, timeout=1200)
    with open(out) as handle:
        return handle.read().strip()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Neo4jServer:
    uri: str
    password: str
    process: subprocess.Popen
    home: str
    started_in: float

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                self.process.stdin.close()
                self.process.wait(timeout=60)
            except (subprocess.TimeoutExpired, OSError):
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.home, ignore_errors=True)


def start(port: int | None = None, home: str | None = None) -> Neo4jServer:
    """A server on a fresh data folder, or on `home` (e.g. one `neo4j-admin database import` filled)."""
    began = time.perf_counter()
    cp = classpath()
    port = port or free_port()
    password = secrets.token_urlsafe(16)
    home = home or tempfile.mkdtemp(prefix="neo4j-", dir=CACHE)
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    proc = subprocess.Popen(
        [java, "-Xms256m", f"-Xmx{os.environ.get('WHOSAID_NEO4J_HEAP', '1g')}", "-XX:+UseSerialGC", "-cp", cp, os.path.join(HERE, "Launcher.java"),
         home, str(port), password],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    ready = threading.Event()

    def pump():
        for line in proc.stdout:
            lines.append(line.rstrip())
            if line.startswith("READY"):
                ready.set()
        ready.set()
    threading.Thread(target=pump, daemon=True).start()
    if not ready.wait(START_TIMEOUT_S) or proc.poll() is not None:
        proc.kill()
        tail = "\n".join(lines[-20:])
        raise RuntimeError(f"Neo4j did not start within {START_TIMEOUT_S}s:\n{tail}")
    return Neo4jServer(f"bolt://127.0.0.1:{port}", password, proc, home, time.perf_counter() - began)


if __name__ == "__main__":
    server = start(int(sys.argv[1]) if len(sys.argv) > 1 else None)
    print(f"NEO4J_URI={server.uri} NEO4J_PASSWORD={server.password}  (started in {server.started_in:.1f}s)",
          flush=True)
    try:
        while server.process.poll() is None:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
