"""Login rate limiting: per account and per client address, 429 with Retry-After."""

from __future__ import annotations

import time
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.web.ratelimit import LoginLimiter, login_keys
from web_fixtures import PASSWORDS, WebDB, app_client, csrf_of

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def attempt(client: TestClient, username: str, password: str) -> object:
    token = csrf_of(client.get("/login").text)
    return client.post("/login", data={"username": username, "password": password,
                                       "csrf_token": token, "next": "/"},
                       follow_redirects=False)


def test_five_failures_block_the_account_even_with_the_right_password(webdb: WebDB) -> None:
    with app_client(webdb.url, login_limit=5, login_window=300) as client:
        for _ in range(5):
            assert attempt(client, "ana", "wrong-password-1").status_code == 401  # type: ignore[attr-defined]
        blocked = attempt(client, "ana", PASSWORDS["ana"])
        assert blocked.status_code == 429  # type: ignore[attr-defined]
        retry = int(blocked.headers["retry-after"])  # type: ignore[attr-defined]
        assert 0 < retry <= 300
        assert "Too many failed sign-ins" in blocked.text  # type: ignore[attr-defined]
        assert "ana (analyst)" not in client.get("/").text


def test_the_client_address_is_limited_across_account_names(webdb: WebDB) -> None:
    with app_client(webdb.url, login_limit=3, login_window=60) as client:
        for name in ("nobody1", "nobody2", "nobody3"):  # accounts that do not exist
            assert attempt(client, name, "guess-guess-1").status_code == 401  # type: ignore[attr-defined]
        assert attempt(client, "vera", PASSWORDS["vera"]).status_code == 429  # type: ignore[attr-defined]


def test_unknown_and_known_accounts_are_blocked_alike(webdb: WebDB) -> None:
    limiter = LoginLimiter(limit=2, window=60, clock=Clock())
    for name in ("ana", "no-such-user"):
        keys = login_keys(name, None)
        limiter.failed(keys)
        limiter.failed(keys)
        assert limiter.retry_after(keys) == 60


def test_success_clears_the_account_but_not_the_address() -> None:
    clock = Clock()
    limiter = LoginLimiter(limit=3, window=60, clock=clock)
    keys = login_keys(" Ana ", "10.0.0.1")
    assert keys == (("account", "ana"), ("client", "10.0.0.1"))
    limiter.failed(keys)
    limiter.failed(keys)
    assert limiter.begin(keys) == 0  # the third attempt: the right password
    limiter.succeeded(keys)
    assert limiter.retry_after(login_keys("ana", "10.0.0.2")) == 0  # account cleared
    limiter.failed(login_keys("bob", "10.0.0.1"))  # the address's third failure
    assert limiter.retry_after(login_keys("carol", "10.0.0.1")) > 0


def test_the_window_slides() -> None:
    clock = Clock()
    limiter = LoginLimiter(limit=2, window=100, clock=clock)
    keys = login_keys("ana", "1.2.3.4")
    limiter.failed(keys)
    clock.now += 40
    limiter.failed(keys)
    assert limiter.retry_after(keys) == 60  # until the first failure is 100 s old
    clock.now += 60
    assert limiter.retry_after(keys) == 0
    limiter.failed(keys)
    assert limiter.retry_after(keys) == 40


@settings(max_examples=60, deadline=None)
@given(gaps=st.lists(st.floats(0, 50), min_size=1, max_size=40),
       limit=st.integers(1, 6), window=st.floats(1, 200))
def test_never_more_than_limit_failures_in_any_window(gaps: list[float], limit: int,
                                                      window: float) -> None:
    """A guesser who tries whenever allowed never gets more than ``limit`` tries in a window."""
    clock = Clock()
    limiter = LoginLimiter(limit=limit, window=window, clock=clock)
    keys = login_keys("target", "198.51.100.7")
    tried: list[float] = []
    for gap in gaps:
        clock.now += gap
        if limiter.begin(keys) == 0:
            tried.append(clock.now)
    for i, t in enumerate(tried):
        assert sum(1 for u in tried[i:] if u < t + window) <= limit


def test_parallel_attempts_cannot_all_pass_the_check() -> None:
    """The check and the count are one step: 20 attempts at once, only ``limit`` get through."""
    import threading

    limiter = LoginLimiter(limit=5, window=60)
    keys = login_keys("ana", "203.0.113.9")
    passed: list[int] = []
    barrier = threading.Barrier(20)

    def attempt_once() -> None:
        barrier.wait()
        if limiter.begin(keys) == 0:
            passed.append(1)

    threads = [threading.Thread(target=attempt_once) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(passed) == 5


def test_a_success_takes_back_its_own_attempt() -> None:
    limiter = LoginLimiter(limit=2, window=60, clock=Clock())
    for _ in range(10):  # a user who signs in correctly again and again is never blocked
        keys = login_keys("ana", "10.0.0.1")
        assert limiter.begin(keys) == 0
        limiter.succeeded(keys)


def test_memory_is_bounded() -> None:
    limiter = LoginLimiter(limit=5, window=60, max_keys=100)
    for i in range(1000):
        limiter.failed(login_keys(f"user{i}", None))
    assert len(limiter._failures) <= 100


def test_failure_path_takes_the_same_time_for_unknown_accounts(webdb: WebDB) -> None:
    """Both a wrong password and an unknown account run one argon2 verification."""
    from civcas.store import Store
    from civcas.web.auth import authenticate

    with Store(webdb.url) as store:
        authenticate(store, "ana", "warm-up-password")

        def timed(name: str) -> float:
            runs = []
            for _ in range(5):
                t = time.perf_counter()
                assert authenticate(store, name, "not-the-password") is None
                runs.append(time.perf_counter() - t)
            return sorted(runs)[2]

        known, unknown = timed("ana"), timed("nobody-at-all")
    assert 1 / 3 < known / unknown < 3  # (loose: a shared machine is noisy)
