"""Stable incident ids across re-runs, growth, merges and splits."""

from __future__ import annotations

from civcas.link import link
from civcas.link.factory import figure, place
from civcas.link.ids import assign_ids
from civcas.models import stable_id

TOWN = place("khan younis", 31.34, 34.30)


def test_rerun_and_growth_keep_the_id() -> None:
    base = [figure("f2", doc="d2", low=3, place=TOWN, day="2023-12-01"),
            figure("f5", doc="d5", low=3, place=TOWN, day="2023-12-01")]
    first = link(base)
    assert [i.id for i in first] == [i.id for i in link(list(reversed(base)))]
    grown = link([*base, figure("f9", doc="d9", low=3, place=TOWN, day="2023-12-01")])
    assert len(grown) == 1 and grown[0].id == first[0].id == stable_id("i", "f2")


def test_merge_keeps_the_largest_previous_incident() -> None:
    previous = {"iOLD_A": ["f1"], "iOLD_B": ["f2", "f3"]}
    ((iid, prev),) = assign_ids([["f1", "f2", "f3"]], previous)
    assert iid == "iOLD_B"
    assert prev == ("iOLD_A",)


def test_split_gives_the_old_id_to_the_larger_part() -> None:
    previous = {stable_id("i", "f1"): ["f1", "f2", "f3"]}
    named = assign_ids([["f1"], ["f2", "f3"]], previous)
    old = stable_id("i", "f1")
    assert named[1] == (old, ())
    assert named[0][0] != old  # the anchor's own id is taken: a split gets a new one
    assert named[0][1] == (old,)
    assert len({n[0] for n in named}) == 2


def test_previous_ids_through_link() -> None:
    figs = [figure("f1", doc="d1", low=4, place=TOWN, day="2023-12-01"),
            figure("f2", doc="d2", low=4, place=TOWN, day="2023-12-01")]
    (inc,) = link(figs, previous={"iA": ("f1",), "iB": ("f2",)})
    assert inc.id == "iA" and inc.previous_ids == ("iB",)
