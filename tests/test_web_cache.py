"""The read-through cache in front of the Store (real Store, real SQLite)."""

from __future__ import annotations

import threading

from civcas.review import new_decision
from civcas.store import Store
from civcas.web.cache import CachedStore
from web_fixtures import WebDB


def _raqqa(store: object) -> str:
    items, _ = store.list_incidents(text="market")  # type: ignore[attr-defined]
    return str(items[0].id)


def test_reads_are_cached_until_a_write_through_the_proxy(webdb: WebDB) -> None:
    cached = CachedStore(Store(webdb.url), ttl=3600)
    inc_id = _raqqa(cached)
    before = cached.get_incident(inc_id).grade
    other = Store(webdb.url)  # another process' view of the same database
    new = "contested" if before != "contested" else "weak"
    other.decide(new_decision("override_grade", inc_id, user="t", reason="outside write",
                              value={"grade": new}))
    assert other.get_incident(inc_id).grade == new
    assert cached.get_incident(inc_id).grade == before  # still the cached answer
    back = new_decision("override_grade", inc_id, user="t", reason="through the proxy",
                        value={"grade": "discounted"})
    cached.decide(back)  # a write through the proxy clears the cache
    assert cached.get_incident(inc_id).grade == "discounted"


def test_ttl_zero_disables_caching(webdb: WebDB) -> None:
    cached = CachedStore(Store(webdb.url), ttl=0)
    inc_id = _raqqa(cached)
    Store(webdb.url).decide(new_decision("override_grade", inc_id, user="t", reason="r",
                                         value={"grade": "confirmed"}))
    assert cached.get_incident(inc_id).grade == "confirmed"
    assert cached.memo("k", lambda: 1) == 1 and cached.memo("k", lambda: 2) == 2


def test_users_are_never_cached(webdb: WebDB) -> None:
    cached = CachedStore(Store(webdb.url), ttl=3600)
    assert cached.get_user("ana")["disabled"] is False  # type: ignore[index]
    Store(webdb.url).set_disabled("ana", disabled=True)
    assert cached.get_user("ana")["disabled"] is True  # type: ignore[index]


def test_memo_computes_once_for_concurrent_callers(webdb: WebDB) -> None:
    cached = CachedStore(Store(webdb.url), ttl=3600)
    calls: list[int] = []
    gate = threading.Event()

    def compute() -> int:
        calls.append(1)
        gate.wait(5)
        return 42

    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(cached.memo("key", compute)))
               for _ in range(8)]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join(10)
    assert results == [42] * 8 and len(calls) == 1


def test_errors_are_not_cached(webdb: WebDB) -> None:
    import pytest

    from civcas.errors import NotFound

    cached = CachedStore(Store(webdb.url), ttl=3600)
    for _ in range(2):
        with pytest.raises(NotFound):
            cached.get_incident("inot-there")
