"""An ASGI micro-cache of whole anonymous GET responses (like a reverse proxy's micro-cache).

A dashboard under load asks for the same few URLs (the first page of incidents, totals, the
timeline) many times a second. Even when the Store answer is cached, routing, dependency
resolution and the thread-pool hop of FastAPI cost milliseconds per request. :class:`MicroCache`
keeps the bytes of successful responses for ``ttl`` seconds and serves them without entering
the application, when it is safe to:

* the request is a ``GET`` with no ``Cookie`` and no ``Authorization`` header (so the answer
  cannot depend on a user: anonymous pages carry no CSRF token and no session), and no
  conditional or range header; static files are left to their own handler;
* the response is a 200 without ``Set-Cookie``, not larger than ``max_body`` bytes.

Entries are dropped after ``ttl`` seconds and whenever ``generation()`` changes (the
:class:`civcas.web.cache.CachedStore` generation, bumped by every write through the app), so
a decision is visible at once and writes by other processes within ``ttl`` seconds, exactly as
with the Store cache. A private app (every read needs a signed-in user) is never micro-cached.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

SKIP_HEADERS: frozenset[bytes] = frozenset({
    b"cookie", b"authorization", b"if-none-match", b"if-modified-since", b"range",
})
Entry = tuple[float, int, int, list[tuple[bytes, bytes]], bytes]


class MicroCache:
    """ASGI middleware caching anonymous GET 200 responses for ``ttl`` seconds (0 disables)."""

    def __init__(self, app: ASGIApp, *, ttl: float = 5.0, generation: Callable[[], int],
                 enabled: Callable[[], bool], max_entries: int = 2048,
                 max_body: int = 2_000_000) -> None:
        self.app = app
        self.ttl = ttl
        self.generation = generation
        self.enabled = enabled
        self.max_entries = max_entries
        self.max_body = max_body
        self._lock = threading.Lock()
        self._entries: OrderedDict[tuple[str, bytes], Entry] = OrderedDict()

    def _cacheable(self, scope: Scope) -> bool:
        if scope["type"] != "http" or scope.get("method") != "GET" or self.ttl <= 0:
            return False
        path = str(scope.get("path", ""))
        if path.startswith("/static/") or not self.enabled():
            return False
        return not any(k in SKIP_HEADERS for k, _ in scope.get("headers", ()))

    def lookup(self, key: tuple[str, bytes]) -> Entry | None:
        """The live entry for ``key`` (None when absent, expired or from an older generation)."""
        with self._lock:
            hit = self._entries.get(key)
            if hit is None:
                return None
            if hit[0] <= time.monotonic() or hit[1] != self.generation():
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return hit

    def _store(self, key: tuple[str, bytes], entry: Entry) -> None:
        with self._lock:
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self._cacheable(scope):
            await self.app(scope, receive, send)
            return
        key = (str(scope["path"]), bytes(scope.get("query_string", b"")))
        hit = self.lookup(key)
        if hit is not None:
            _, _, status, headers, body = hit
            await send({"type": "http.response.start", "status": status,
                        "headers": list(headers)})
            await send({"type": "http.response.body", "body": body})
            return
        generation = self.generation()
        start: Message | None = None
        chunks: list[bytes] = []
        keep = True

        async def capture(message: Message) -> None:
            nonlocal start, keep
            if message["type"] == "http.response.start":
                start = message
                headers = message.get("headers", [])
                keep = message.get("status") == 200 and not any(
                    k.lower() == b"set-cookie" for k, _ in headers)
            elif message["type"] == "http.response.body" and keep:
                chunks.append(bytes(message.get("body", b"")))
                if sum(len(c) for c in chunks) > self.max_body:
                    keep = False
                    chunks.clear()
                elif not message.get("more_body", False) and start is not None:
                    self._store(key, (time.monotonic() + self.ttl, generation,
                                      int(start["status"]), list(start.get("headers", [])),
                                      b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, capture)
