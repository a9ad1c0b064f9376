"""Bytes on the wire: a loopback TCP relay in front of a server that counts what really crosses it.

DevTools reports HTTP bodies as transferred (after gzip) but WebSocket frames only as their
decompressed payloads, so with WebSocket compression on (``server.enableWebsocketCompression``)
it over-counts the WebSocket by the compression ratio. The relay counts every byte of every
connection both ways: HTTP headers and bodies, the WebSocket handshake, frames as sent.
"""

from __future__ import annotations

import socket
import threading
from contextlib import contextmanager
from urllib.parse import urlparse


class WireTap:
    """Relays 127.0.0.1:<port> to the server at ``target`` and counts bytes per direction."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._lock = threading.Lock()
        self.down = 0  # server -> browser
        self.up = 0  # browser -> server
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def total(self) -> int:
        with self._lock:
            return self.down + self.up

    def reset(self) -> None:
        with self._lock:
            self.down = self.up = 0

    def _count(self, direction: str, size: int) -> None:
        with self._lock:
            setattr(self, direction, getattr(self, direction) + size)

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            threading.Thread(target=self._pipe, args=(client, server, "up"), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, "down"), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, direction: str) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
                self._count(direction, len(data))
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()

    def close(self) -> None:
        self._closed = True
        self.listener.close()


@contextmanager
def wire_tap(base: str):
    """Yield (base URL through the relay, its WireTap) for a server at ``base``."""
    url = urlparse(base)
    tap = WireTap((url.hostname or "127.0.0.1", url.port or 80))
    try:
        yield f"http://127.0.0.1:{tap.port}{url.path.rstrip('/')}", tap
    finally:
        tap.close()
