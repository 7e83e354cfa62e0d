"""Start-up: the app, started as the README says (no address flags), listens on 127.0.0.1 only and
makes no request off the machine (no external-IP lookup): every HTTP(S) request it would make goes to a
recording proxy, which must see none."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request

from tests.app.server import free_port
from tests.conftest import ROOT


class _Recorder:
    """A listener standing in for every HTTP(S) proxy: records what connects, answers nothing useful."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.seen: list[bytes] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    self.seen.append(conn.recv(1024))
                    conn.sendall(b"HTTP/1.1 503 No\r\nContent-Length: 0\r\n\r\n")
                except OSError:
                    pass


def _listening(port: int) -> set[str]:
    """Local addresses with a socket listening on `port` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table, encoding="ascii") as f:
            for line in f.readlines()[1:]:
                local, state = line.split()[1], line.split()[3]
                address, hex_port = local.split(":")
                if state == "0A" and int(hex_port, 16) == port:
                    found.add(address)
    return found


def test_app_binds_localhost_and_makes_no_request_off_the_machine(tmp_path):
    port, recorder = free_port(), _Recorder()
    proxy = f"http://127.0.0.1:{recorder.port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update({"WHOSAID_DB": str(tmp_path / "db"), "HTTP_PROXY": proxy, "HTTPS_PROXY": proxy,
                "http_proxy": proxy, "https_proxy": proxy, "NO_PROXY": "", "no_proxy": ""})
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", os.path.join(ROOT, "app.py"),
                             "--server.port", str(port)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.time() + 90
        while True:
            try:
                with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(
                        f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            assert proc.poll() is None and time.time() < deadline, "streamlit did not start"
            time.sleep(0.3)
        time.sleep(1.0)            # the start-up URL printing (and any lookup) happens right after binding
        addresses = _listening(port)
    finally:
        proc.terminate()
        out = proc.communicate(timeout=15)[0].decode("utf-8", "replace")
    assert addresses == {"0100007F"}, addresses          # 127.0.0.1, and nothing on 0.0.0.0 or ::
    assert recorder.seen == [], recorder.seen
    assert "External URL" not in out and "Network URL" not in out
