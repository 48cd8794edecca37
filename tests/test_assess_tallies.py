"""Tally series per claimant/perpetrator/region with gaps between claimants."""

from __future__ import annotations

from civcas.assess import build_tallies
from civcas.link.factory import actor, figure, place

IRAQ = place("iraq", precision="country", country="IQ")
CJTF = actor("CJTF-OIR", "belligerent")
AIRWARS = actor("Airwars", "monitor")
COALITION = actor("CJTF-OIR", "belligerent")


def tally(fid: str, claimant, value: int, day: str, **kw):  # type: ignore[no-untyped-def]
    return figure(fid, doc=f"d{fid}", scope="tally", low=value, claimant=claimant,
                  perpetrator=COALITION, place=IRAQ, published=day, **kw)


def test_series_are_grouped_ordered_and_deduplicated() -> None:
    series = build_tallies([
        tally("t3", CJTF, 1300, "2018-03-01"),
        tally("t1", CJTF, 800, "2017-09-01"),
        tally("t2", CJTF, 1100, "2017-12-01"),
        tally("t4", CJTF, 1100, "2017-12-01"),  # a syndicated copy of t2
        tally("t5", CJTF, 900, "2017-09-01", group="people"),
    ])
    assert len(series) == 2
    s = next(x for x in series if x.group == "civilians")
    assert [p.low for p in s.points] == [800, 1100, 1300]
    assert [p.figure for p in s.points] == ["t1", "t2", "t3"]
    assert s.claimant is not None and s.claimant.name == "CJTF-OIR" and s.region == "IQ"


def test_gaps_between_claimants_at_comparable_dates() -> None:
    series = build_tallies([
        tally("a1", CJTF, 800, "2017-09-01"),
        tally("a2", CJTF, 1300, "2018-03-01"),
        tally("b1", AIRWARS, 5000, "2017-09-20"),
        tally("b2", AIRWARS, 6000, "2018-09-01"),
    ])
    cj = next(s for s in series if s.claimant is not None and s.claimant.name == "CJTF-OIR")
    aw = next(s for s in series if s.claimant is not None and s.claimant.name == "Airwars")
    assert len(cj.gaps) == 1
    gap = cj.gaps[0]
    assert (gap.this_value, gap.other_value, gap.difference, gap.days_apart) == (800, 5000, -4200, 19)
    assert gap.other_series == aw.id
    assert [g.difference for g in aw.gaps] == [4200]


def test_period_end_dates_the_point_and_undated_tallies_are_left_out() -> None:
    series = build_tallies([
        tally("a1", CJTF, 800, "2017-10-05", period=("2014-08-01", "2017-08-31")),
        figure("x1", scope="tally", low=5, claimant=CJTF),
    ])
    assert len(series) == 1
    (p,) = series[0].points
    assert p.date.isoformat() == "2017-08-31" and p.period_start is not None


def test_a_total_and_what_was_added_to_it_in_one_statement_make_one_point() -> None:
    series = build_tallies([
        tally("c1", CJTF, 612, "2017-08-04", statement="s1"),
        tally("c2", CJTF, 28, "2017-08-04", statement="s1"),  # "28 more deaths found credible"
        tally("c3", CJTF, 640, "2017-09-01", statement="s2"),
        tally("c4", CJTF, 33, "2017-09-01", statement="s2", group="children"),  # another series
    ])
    s = next(x for x in series if x.group == "civilians")
    assert [p.low for p in s.points] == [612, 640]
    kids = next(x for x in series if x.group == "children")
    assert [p.low for p in kids.points] == [33]


def test_totals_of_different_statements_all_stay() -> None:
    series = build_tallies([
        tally("d1", CJTF, 300, "2017-05-01", statement="s1"),
        tally("d2", CJTF, 300, "2017-05-20", statement="s2"),
        tally("d3", CJTF, 20, "2017-06-01", statement="s3"),  # a lower claim later: kept, shown
    ])
    assert [p.low for p in series[0].points] == [300, 300, 20]
