"""A small TCP proxy on 127.0.0.1 for fault tests: forwards to a server and can cut every open
connection at once, as a network drop would — on demand (`drop_all`), or at the moment the client
sends given bytes (`cut_when`), e.g. a Bolt RUN of one write query in the middle of a transaction: the
bytes that triggered the cut never reach the server."""
from __future__ import annotations

import socket
import threading


class DroppingProxy:
    def __init__(self, target_port: int):
        self.target_port = target_port
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        self.drops = 0
        self.marker: bytes = b""
        self.cut_at: set[int] = set()
        self.seen = 0                       # times the client sent `marker`
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_when(self, marker: bytes, occurrences: set[int]) -> None:
        """Cut every connection when the client sends `marker` for the n-th time, n in `occurrences`
        (counted from 1); the data carrying that occurrence is not forwarded."""
        with self.lock:
            self.marker, self.cut_at, self.seen = marker, set(occurrences), 0

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            with self.lock:
                self.sockets += [client, upstream]
            threading.Thread(target=self._pipe, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, False), daemon=True).start()

    def _should_cut(self, data: bytes) -> bool:
        with self.lock:
            if not self.marker:
                return False
            hits = data.count(self.marker)
            cut = any(self.seen + i in self.cut_at for i in range(1, hits + 1))
            self.seen += hits
            return cut

    def _pipe(self, src: socket.socket, dst: socket.socket, from_client: bool) -> None:
        try:
            while data := src.recv(65536):
                if from_client and self._should_cut(data):
                    self.drop_all()
                    return
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def drop_all(self) -> None:
        """Cut every open connection (new ones are still accepted)."""
        with self.lock:
            for s in self.sockets:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                    s.close()
                except OSError:
                    pass
            self.sockets.clear()
            self.drops += 1

    def close(self) -> None:
        self.listener.close()
        self.drop_all()
