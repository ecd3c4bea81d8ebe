"""A TCP forwarder in front of a real Bolt server that plays a server hanging mid-transaction.

Bytes pass both ways until the client has sent `freeze_after` bytes on one connection; from then on the
server's answers on that connection are swallowed, as a stalled server would leave them unsent. Only one
connection ever freezes: the others, and those opened later, pass everything. No part of the driver or the server is replaced: the fault is on the wire.
"""
from __future__ import annotations

import socket
import threading


class FreezingProxy:
    def __init__(self, host: str, port: int, freeze_after: int):
        self.target = (host, port)
        self.freeze_after = freeze_after
        self.connections = 0
        self.frozen = threading.Event()
        self._victim: list[int] | None = None  # the byte counter of the connection that froze
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return  # closed
            upstream = socket.create_connection(self.target)
            self._sockets += [client, upstream]
            self.connections += 1
            sent = [0]  # bytes the client has sent on this connection
            threading.Thread(target=self._pipe, args=(client, upstream, sent, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, sent, False), daemon=True).start()

    def _freezes(self, sent: list[int]) -> bool:
        with self._lock:
            if self._victim is None and sent[0] >= self.freeze_after:
                self._victim = sent
                self.frozen.set()
            return self._victim is sent

    def _pipe(self, source: socket.socket, sink: socket.socket, sent: list[int], from_client: bool) -> None:
        try:
            while data := source.recv(65536):
                if from_client:
                    sent[0] += len(data)
                elif self._freezes(sent):
                    continue  # swallowed: the client waits for an answer that never comes
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        self._listener.close()
        for s in self._sockets:
            s.close()
