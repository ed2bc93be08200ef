"""The benchmark's loopback HTTP/1.1 server: asyncio, standard library only, its own process.

It answers each (method, path) of :func:`cases.routes` with a canned fixture body and counts the
connections it accepted, so the harness can tell whether a client opened new ones after warm-up.
It runs in its own process (the harness starts and stops it) so that a client's Python work and
the server's do not share one interpreter lock.

Control, one line at a time on stdin; each answer is one JSON line on stdout:
``stats`` -> ``{"connections": N, "requests": N}``; ``quit`` (or end of input) stops the server.
On start it prints ``{"port": N}``.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import routes  # noqa: E402

REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found"}


def _response(status: int, body: bytes, keep_alive: bool = True) -> bytes:
    head = [f"HTTP/1.1 {status} {REASONS.get(status, 'Unknown')}"]
    if body:  # the Hub's empty PATCH answer has no Content-Type at all
        head.append("Content-Type: application/json")
    head.append(f"Content-Length: {len(body)}")
    if not keep_alive:
        head.append("Connection: close")
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


class Stats:
    connections = 0
    requests = 0


class HttpProtocol(asyncio.Protocol):
    table: dict[tuple[str, str], bytes] = {}
    not_found = _response(404, b'{"detail": "Not found."}')

    transport: asyncio.Transport

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        Stats.connections += 1
        assert isinstance(transport, asyncio.Transport)  # a TCP server's transport
        self.transport = transport
        self.buffer = bytearray()

    def data_received(self, data: bytes) -> None:
        buf = self.buffer
        buf += data
        while True:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(buf[:end]).decode("latin-1").split("\r\n")
            try:
                method, target, _version = head[0].split(" ", 2)
            except ValueError:
                self.transport.write(_response(400, b"", keep_alive=False))
                self.transport.close()
                return
            length = 0
            close = False
            delay = 0.0
            for line in head[1:]:
                name, _, value = line.partition(":")
                name = name.strip().lower()
                if name == "content-length":
                    length = int(value)
                elif name == "connection" and value.strip().lower() == "close":
                    close = True
                elif name == "x-bench-delay":  # milliseconds; warm-up holds connections open
                    delay = float(value) / 1000
            if len(buf) < end + 4 + length:
                return  # the body is not all here yet
            del buf[: end + 4 + length]
            Stats.requests += 1
            path = target.split("?", 1)[0]
            answer = self.table.get((method, path))
            if answer is None:
                answer = self.not_found
            if delay:
                asyncio.get_running_loop().call_later(delay, self._send_late, answer, close)
                return  # a client sends its next request only after this answer
            self.transport.write(answer)
            if close:
                self.transport.close()
                return

    def _send_late(self, answer: bytes, close: bool) -> None:
        if not self.transport.is_closing():
            self.transport.write(answer)
            if close:
                self.transport.close()
        if self.buffer:
            self.data_received(b"")


def _control(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    for line in sys.stdin:
        command = line.strip()
        if command == "stats":
            print(
                json.dumps({"connections": Stats.connections, "requests": Stats.requests}),
                flush=True,
            )
        elif command == "quit":
            break
    loop.call_soon_threadsafe(stop.set)


async def main() -> None:
    HttpProtocol.table = {key: _response(*answer) for key, answer in routes().items()}
    loop = asyncio.get_running_loop()
    server = await loop.create_server(HttpProtocol, "127.0.0.1", 0, backlog=128)
    port = server.sockets[0].getsockname()[1]
    print(json.dumps({"port": port}), flush=True)
    stop = asyncio.Event()
    threading.Thread(target=_control, args=(loop, stop), daemon=True).start()
    async with server:
        await stop.wait()


if __name__ == "__main__":
    asyncio.run(main())
