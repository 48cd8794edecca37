"""Reconciliation of an incident's figures into low/best/high ranges with their sources."""

from __future__ import annotations

from civcas.assess import assess, reconcile
from civcas.link.factory import actor, figure, place
from civcas.models import Incident

TOWN = place("deir al-balah", 31.42, 34.35)
MINISTRY = actor("Gaza Health Ministry", "government")
MEDICS = actor("local medics", "medical")
OCHA = actor("OCHA", "un")
IDF = actor("Israeli military", "belligerent")


def run(*figs):  # type: ignore[no-untyped-def]
    by_id = {f.id: f for f in figs}
    inc = Incident(id="i1", figures=tuple(sorted(by_id)), documents=(), perpetrator=IDF)
    return assess(inc, by_id)


def test_low_best_high_come_from_the_sources() -> None:
    inc = run(
        figure("f1", doc="d1", low=7, claimant=MINISTRY),
        figure("f2", doc="d2", low=9, claimant=MEDICS),
        figure("f3", doc="d3", low=12, claimant=OCHA),
    )
    r = inc.killed["civilians"]
    assert (r.low, r.best, r.high) == (7, 9, 12)
    assert r.low_from == ("f1",) and r.best_from == ("f2",) and r.high_from == ("f3",)
    assert r.rule


def test_at_least_is_a_lower_bound_and_up_to_an_upper_bound() -> None:
    r = reconcile([
        figure("f1", doc="d1", low=10, high=None, qualifier="at_least", claimant=MINISTRY),
        figure("f2", doc="d2", low=None, high=15, qualifier="up_to", claimant=MEDICS),
    ], "killed", "civilians")
    assert r is not None
    assert (r.low, r.high) == (10, 15)
    assert r.low is not None and r.best is not None and r.high is not None
    assert r.low <= r.best <= r.high


def test_a_source_update_supersedes_its_earlier_toll() -> None:
    r = reconcile([
        figure("f1", doc="d1", low=3, claimant=MINISTRY, published="2023-11-01"),
        figure("f2", doc="d2", low=8, claimant=MINISTRY, published="2023-11-03"),
        figure("f3", doc="d3", low=10, claimant=MEDICS, published="2023-11-02"),
    ], "killed", "civilians")
    assert r is not None and (r.low, r.high) == (8, 10)


def test_hedged_figures_raise_the_high_but_not_the_low() -> None:
    r = reconcile([
        figure("f1", doc="d1", low=5, claimant=MINISTRY),
        figure("f2", doc="d2", low=2, claimant=MEDICS, stance="hedged"),
        figure("f3", doc="d3", low=20, claimant=OCHA, stance="hedged"),
    ], "killed", "civilians")
    assert r is not None and (r.low, r.high) == (5, 20)


def test_denials_do_not_erase_figures() -> None:
    inc = run(
        figure("f1", doc="d1", low=6, claimant=MINISTRY),
        figure("f2", doc="d2", low=None, high=None, stance="denied", claimant=IDF),
    )
    r = inc.killed["civilians"]
    assert (r.low, r.best, r.high) == (6, 6, 6)
    assert any(c.kind == "denial" and "f2" in c.figures for c in inc.contradictions)


def test_breakdown_raises_the_civilian_low_and_stands_in_when_missing() -> None:
    inc = run(
        figure("f1", doc="d1", low=3, claimant=MINISTRY),
        figure("f2", doc="d2", group="children", low=4, claimant=MEDICS),
        figure("f3", doc="d2", group="women", low=2, claimant=MEDICS),
    )
    r = inc.killed["civilians"]
    assert r.low == 6 and r.high == 6
    assert set(r.low_from) == {"f2", "f3"}
    only_parts = run(figure("g1", group="children", low=2), figure("g2", group="women", low=1))
    assert only_parts.killed["civilians"].low == 3


def test_admission_goes_to_conceded_and_into_the_range() -> None:
    inc = run(
        figure("f1", doc="d1", low=9, claimant=MINISTRY, perpetrator=IDF),
        figure("f2", doc="d2", low=2, claimant=IDF, perpetrator=IDF),
    )
    assert inc.conceded["civilians"].low == 2
    assert inc.killed["civilians"].low == 2 and inc.killed["civilians"].high == 9
    assert inc.grade == "confirmed"


def test_injured_and_groups_are_separate() -> None:
    inc = run(
        figure("f1", doc="d1", low=4, claimant=MINISTRY),
        figure("f2", doc="d1", outcome="injured", low=15, claimant=MINISTRY),
        figure("f3", doc="d2", group="combatants", low=2, claimant=IDF, perpetrator=IDF),
    )
    assert inc.killed["civilians"].best == 4
    assert inc.injured["civilians"].best == 15
    assert inc.killed["combatants"].best == 2
    assert inc.claimants == ("Gaza Health Ministry", "Israeli military")


def test_toll_and_breakdown_contradictions() -> None:
    inc = run(
        figure("f1", doc="d1", low=12, claimant=MINISTRY),
        figure("f2", doc="d2", low=7, claimant=MEDICS),
        figure("f3", doc="d1", group="women", low=9, claimant=MINISTRY),
        figure("f4", doc="d1", group="children", low=2, claimant=MINISTRY),
        figure("f5", doc="d2", group="women", low=6, claimant=MEDICS),
        figure("f6", doc="d2", group="children", low=1, claimant=MEDICS),
    )
    kinds = sorted(c.kind for c in inc.contradictions)
    assert kinds == ["breakdown", "breakdown", "toll"]
    toll = next(c for c in inc.contradictions if c.kind == "toll")
    assert set(toll.figures) == {"f1", "f2"}


def test_small_differences_are_not_contradictions() -> None:
    inc = run(figure("f1", doc="d1", low=10, claimant=MINISTRY),
              figure("f2", doc="d2", low=11, claimant=MEDICS),
              figure("f3", doc="d3", low=10, high=None, qualifier="at_least", claimant=OCHA))
    assert inc.contradictions == ()


def test_people_count_as_civilians_unless_fighters_are_reported() -> None:
    inc = run(figure("f1", doc="d1", low=4, claimant=MINISTRY),
              figure("f2", doc="d2", group="people", low=5, claimant=MEDICS))
    r = inc.killed["civilians"]
    assert (r.low, r.high) == (4, 5) and r.high_from == ("f2",)
    assert r.rule is not None and "people counted as civilians" in r.rule
    assert inc.killed["people"].best == 5
    mixed = run(figure("f1", doc="d1", low=4, claimant=MINISTRY),
                figure("f2", doc="d2", group="people", low=9, claimant=MEDICS),
                figure("f3", doc="d3", group="combatants", low=5, claimant=IDF))
    assert mixed.killed["civilians"].high == 4


def test_more_than_n_means_at_least_n_plus_one() -> None:
    r = reconcile([figure("f1", low=15, high=None, qualifier="more_than")], "killed", "civilians")
    assert r is not None and (r.low, r.best, r.high) == (16, 16, 16)



def test_vague_figures_give_no_best_point_when_a_number_is_stated() -> None:
    relatives = [actor(f"relative {i}", "local") for i in range(3)]
    vague = [figure(f"v{i}", doc="d1", low=2, high=None, qualifier="vague", claimant=a)
             for i, a in enumerate(relatives)]
    stated = [figure("f1", doc="d1", low=5, claimant=MEDICS), figure("f2", doc="d1", low=30, claimant=MINISTRY),
              figure("f3", doc="d1", low=40, claimant=OCHA)]
    r = reconcile([*stated, *vague], "killed", "civilians")
    assert r is not None and (r.low, r.best, r.high) == (5, 30, 40)
    only_vague = reconcile(vague, "killed", "civilians")
    assert only_vague is not None and only_vague.best == 2
