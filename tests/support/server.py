"""A real HTTP server on 127.0.0.1 serving routes the test sets, with conditional GET."""

from __future__ import annotations

import hashlib
import json
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    conditional: bool = True

    @cached_property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up early (caps, skipped downloads, killed runs) are expected here."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class LoopbackServer:
    """Serves `routes`; records every request; `on_request` may answer instead (raw handler)."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.handlers: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {}
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def set(
        self,
        path: str,
        body: bytes | str,
        content_type: str = "text/html; charset=utf-8",
        **options: Any,
    ) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, content_type, **options)
        return self.url(path)

    def hits(self, path: str) -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    def posted_json(self, path: str) -> list[Any]:
        with self._lock:
            return [
                json.loads(r.body) for r in self.requests if r.path == path and r.method == "POST"
            ]

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else each response waits ~40 ms for a delayed ACK

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                server._record(self, b"")
                custom = server.handlers.get(self.path)
                if custom:
                    custom(self)
                    return
                route = server.routes.get(self.path)
                if route is None:
                    self._answer(404, b"not found", "text/plain", {})
                    return
                server._serve(self, route)

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                body = self.rfile.read(length)
                server._record(self, body)
                custom = server.handlers.get(self.path)
                if custom:
                    custom(self)
                    return
                route = server.routes.get(self.path)
                status = route.status if route else 200
                self._answer(status, b"ok", "text/plain", {})

            def _answer(
                self, status: int, body: bytes, content_type: str, headers: dict[str, str]
            ) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

        return Handler

    def _record(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        with self._lock:
            self.requests.append(
                Request(handler.command, handler.path, dict(handler.headers.items()), body)
            )

    def _serve(self, handler: Any, route: Route) -> None:
        etag = route.etag
        headers = dict(route.headers)
        if route.conditional and route.status == 200:
            headers["ETag"] = etag
            if handler.headers.get("If-None-Match") == etag:
                handler.send_response(304)
                handler.send_header("ETag", etag)
                handler.send_header("Content-Length", "0")
                handler.end_headers()
                return
        handler._answer(route.status, route.body, route.content_type, headers)
