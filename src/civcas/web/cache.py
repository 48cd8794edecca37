"""A read-through cache in front of the Store for the web application.

Aggregates over a large database (totals, timeline, claimant lists) take hundreds of
milliseconds; a dashboard asks for them on every page view. :class:`CachedStore` wraps a Store,
memoises its read methods for ``ttl`` seconds (bounded LRU), lets only one thread compute a
missing entry while the others wait for it, and forgets everything whenever a write method is
called through it. Users and tokens are never cached (a disabled user must lose access at once).

Writes made by other processes (``civcas run``) become visible within ``ttl`` seconds.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

CACHED: frozenset[str] = frozenset({
    "list_incidents", "get_incident", "incident_figures", "list_figures", "figure_status",
    "get_document", "list_documents", "list_tallies", "list_claimants", "list_perpetrators",
    "totals", "timeline", "audit", "decisions", "dossier", "count_figures", "document_refs",
})
WRITES: frozenset[str] = frozenset({
    "decide", "revoke", "save_documents", "save_figures", "replace_assembly", "reassemble",
    "mark_dirty", "finish_run", "upgrade",
})


def _freeze(value: Any) -> Hashable:
    if isinstance(value, (list, tuple)):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((str(k), _freeze(v)) for k, v in value.items()))
    if isinstance(value, (set, frozenset)):
        return tuple(sorted(_freeze(v) for v in value))  # type: ignore[type-var]
    return value  # type: ignore[no-any-return]


class CachedStore:
    """A Store proxy with a TTL cache on read methods (``ttl <= 0`` disables caching)."""

    def __init__(self, store: Any, *, ttl: float = 5.0, max_entries: int = 4096) -> None:
        self._store = store
        self._ttl = ttl
        self._max = max_entries
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._pending: dict[Hashable, threading.Lock] = {}
        self._generation = 0

    @property
    def store(self) -> Any:
        """The wrapped Store."""
        return self._store

    @property
    def generation(self) -> int:
        """A number that changes whenever the cache is cleared (by a write through the app)."""
        return self._generation

    def clear(self) -> None:
        """Forget every cached result."""
        with self._lock:
            self._entries.clear()
            self._generation += 1

    def memo(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """``compute()``, cached under ``("memo", key)`` like a read method (for responses)."""
        if self._ttl <= 0:
            return compute()
        return self._call("memo", lambda _k: compute(), (key,), {})

    def _get(self, key: Hashable) -> tuple[bool, Any]:
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None and hit[0] > time.monotonic():
                self._entries.move_to_end(key)
                return True, hit[1]
            return False, None

    def _call(self, name: str, method: Callable[..., Any], args: tuple[Any, ...],
              kwargs: dict[str, Any]) -> Any:
        key = (name, _freeze(args), _freeze(kwargs))
        found, value = self._get(key)
        if found:
            return value
        with self._lock:
            gate = self._pending.setdefault(key, threading.Lock())
        with gate:  # one thread computes, the others wait and then read the entry
            found, value = self._get(key)
            if found:
                return value
            with self._lock:
                generation = self._generation
            try:
                value = method(*args, **kwargs)
            except BaseException:
                with self._lock:
                    self._pending.pop(key, None)
                raise
            with self._lock:
                if generation == self._generation:  # no write happened meanwhile
                    self._entries[key] = (time.monotonic() + self._ttl, value)
                    self._entries.move_to_end(key)
                    while len(self._entries) > self._max:
                        self._entries.popitem(last=False)
                self._pending.pop(key, None)
            return value

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._store, name)
        if not callable(attr):
            return attr
        if name in WRITES:
            def write(*args: Any, **kwargs: Any) -> Any:
                try:
                    return attr(*args, **kwargs)
                finally:
                    self.clear()
            return write
        if name in CACHED and self._ttl > 0:
            def read(*args: Any, **kwargs: Any) -> Any:
                return self._call(name, attr, args, kwargs)
            return read
        return attr
