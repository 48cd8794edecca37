"""Reconciliation of named counts: "at least N named" never moves the low off a stated toll."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.assess import reconcile
from civcas.link.factory import actor, figure

MINISTRY = actor("Gaza Health Ministry", "government")
MEDICS = actor("local medics", "medical")


def named(n: int, *, qualifier: str = "at_least", doc: str = "d2"):  # type: ignore[no-untyped-def]
    f = figure("n1", doc=doc, low=n, high=None if qualifier == "at_least" else n, qualifier=qualifier,
               claimant=MEDICS)
    return dataclasses.replace(f, subgroup="named")


def test_a_named_floor_neither_lowers_nor_raises_the_stated_low() -> None:
    stated = figure("a", low=5, claimant=MINISTRY)
    r = reconcile([stated, named(3)], "killed", "civilians")
    assert r is not None and (r.low, r.high) == (5, 5)
    hedged = figure("h", low=4, high=None, qualifier="at_least", stance="hedged", claimant=MINISTRY)
    r = reconcile([hedged, named(5)], "killed", "civilians")
    assert r is not None and (r.low, r.high) == (4, 5)  # "reportedly at least four", five named


def test_named_counts_alone_give_the_low_and_a_complete_list_may_set_it() -> None:
    r = reconcile([named(3)], "killed", "civilians")
    assert r is not None and (r.low, r.high) == (3, 3)
    r = reconcile([figure("a", low=5, claimant=MINISTRY), named(3, qualifier="exact")], "killed", "civilians")
    assert r is not None and r.low == 3


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=200), min_size=1, max_size=5),
       st.integers(min_value=1, max_value=300))
def test_named_floor_keeps_the_stated_low_and_reaches_the_high(tolls: list[int], n: int) -> None:
    stated = [figure(f"s{k}", doc=f"d{k + 10}", low=v, claimant=actor(f"src{k}", "government"))
              for k, v in enumerate(tolls)]
    base = reconcile(stated, "killed", "civilians")
    got = reconcile([*stated, named(n)], "killed", "civilians")
    assert base is not None and got is not None
    assert got.low == base.low
    assert got.high is not None and got.high >= n
    assert got.low is not None and got.best is not None and got.low <= got.best <= got.high
