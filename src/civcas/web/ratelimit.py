"""Failed sign-ins, counted per account and per client address (a sliding window).

After ``limit`` failures within ``window`` seconds for an account name *or* from a client
address, further sign-ins with that name or from that address are refused (HTTP 429 with
``Retry-After``) until the oldest of those failures is ``window`` seconds old, without checking
the password (so a guesser learns nothing, and argon2 costs nothing, while blocked). A
successful sign-in clears the account's failures. The account name is counted whether or not
such a user exists, so being blocked reveals nothing about which accounts exist.

The counts live in the memory of each server process: with ``--workers N`` a guesser spread
over the workers gets at most N x ``limit`` tries per window. Memory is bounded (``max_keys``;
the stalest keys go first).
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Sequence

Key = tuple[str, str]


def login_keys(username: str, client: str | None) -> tuple[Key, ...]:
    """The counters a sign-in attempt touches: its account name (case-folded, trimmed) and
    its client address (when known)."""
    keys: list[Key] = [("account", username.strip().casefold())]
    if client:
        keys.append(("client", client))
    return tuple(keys)


class LoginLimiter:
    """At most ``limit`` failures per key in any ``window`` seconds (thread-safe)."""

    def __init__(self, *, limit: int = 5, window: float = 300.0, max_keys: int = 50_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.max_keys = max_keys
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: OrderedDict[Key, deque[float]] = OrderedDict()

    def _recent(self, key: Key, now: float) -> deque[float] | None:
        times = self._failures.get(key)
        if times is None:
            return None
        while times and times[0] <= now - self.window:
            times.popleft()
        if not times:
            del self._failures[key]
            return None
        return times

    def retry_after(self, keys: Iterable[Key]) -> int:
        """Seconds until a sign-in with these keys is allowed again (0: allowed now)."""
        if self.limit <= 0:
            return 0
        with self._lock:
            return self._wait(keys, self._clock())

    def _wait(self, keys: Iterable[Key], now: float) -> int:
        wait = 0.0
        for key in keys:
            times = self._recent(key, now)
            if times is not None and len(times) >= self.limit:
                wait = max(wait, times[-self.limit] + self.window - now)
        return max(1, math.ceil(wait)) if wait > 0 else 0

    def _count(self, keys: Iterable[Key], now: float) -> None:
        for key in keys:
            times = self._recent(key, now)
            if times is None:
                times = self._failures[key] = deque(maxlen=max(1, self.limit))
            times.append(now)
            self._failures.move_to_end(key)
        while len(self._failures) > self.max_keys:
            self._failures.popitem(last=False)

    def begin(self, keys: Sequence[Key]) -> int:
        """Start a sign-in attempt: the seconds to wait if it is refused, else 0 and the attempt
        is counted as a failure at once (check and count in one step, so that many requests in
        parallel cannot all pass the check); :meth:`succeeded` takes it back."""
        if self.limit <= 0:
            return 0
        now = self._clock()
        with self._lock:
            wait = self._wait(keys, now)
            if not wait:
                self._count(keys, now)
            return wait

    def failed(self, keys: Sequence[Key]) -> None:
        """Count one failed sign-in against each key."""
        with self._lock:
            self._count(keys, self._clock())

    def succeeded(self, keys: Sequence[Key]) -> None:
        """A sign-in begun with :meth:`begin` succeeded: forget the account's failures and
        take back the attempt counted against the client address (its other failures stay)."""
        with self._lock:
            for key in keys:
                if key[0] == "account":
                    self._failures.pop(key, None)
                else:
                    times = self._failures.get(key)
                    if times:
                        times.pop()
