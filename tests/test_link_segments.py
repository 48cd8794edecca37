"""Within-document events (``Figure.segment``): one event of a document links, two never do."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from civcas.link import link
from civcas.link.factory import figure, place
from civcas.models import Place

KHAN_YOUNIS = place("khan younis", 31.34, 34.30, admin1="Khan Younis")
RAFAH = place("rafah", 31.29, 34.25, admin1="Rafah")
DATELINE = Place(name="Gaza", key="gaza", lat=31.50, lon=34.46, precision="settlement", country="PS",
                 via="context:document")


def groups(incidents: list) -> set[frozenset[str]]:
    return {frozenset(i.figures) for i in incidents}


def test_one_event_links_despite_different_details_and_dates() -> None:
    # "An air strike on a house in Khan Younis killed 9 on Monday." ... "The strike also hit a
    # bakery next door, where 3 died, the ministry said on Tuesday." (same event, later details)
    figs = [
        figure("a1", doc="d", statement="s1", low=9, place=KHAN_YOUNIS, day="2024-01-08",
               details=("house",), event="airstrike", segment=0),
        figure("a2", doc="d", statement="s2", low=3, place=KHAN_YOUNIS, day="2024-01-09",
               details=("bakery",), segment=0),
    ]
    assert groups(link(figs)) == {frozenset({"a1", "a2"})}


def test_without_segments_the_old_compatibility_rule_holds() -> None:
    figs = [
        figure("a1", doc="d", statement="s1", low=9, place=KHAN_YOUNIS, day="2024-01-08",
               details=("house",)),
        figure("a2", doc="d", statement="s2", low=3, place=KHAN_YOUNIS, day="2024-01-08",
               details=("bakery",)),
    ]
    assert groups(link(figs)) == {frozenset({"a1"}), frozenset({"a2"})}


def test_two_events_of_one_document_never_link() -> None:
    # "... killed 9 in Khan Younis. In a separate strike, also in Khan Younis, 4 were killed."
    figs = [
        figure("a1", doc="d", statement="s1", low=9, place=KHAN_YOUNIS, day="2024-01-08", segment=0),
        figure("a2", doc="d", statement="s2", low=4, place=KHAN_YOUNIS, day="2024-01-08", segment=1),
    ]
    assert groups(link(figs)) == {frozenset({"a1"}), frozenset({"a2"})}


def test_one_event_with_incompatible_own_places_stays_apart() -> None:
    figs = [
        figure("a1", doc="d", statement="s1", low=9, place=KHAN_YOUNIS, day="2024-01-08", segment=0),
        figure("a2", doc="d", statement="s2", low=4, place=place("jenin", 32.46, 35.30), day="2024-01-08",
               segment=0),
    ]
    assert groups(link(figs)) == {frozenset({"a1"}), frozenset({"a2"})}


def test_the_documents_own_place_does_not_split_an_event() -> None:
    # a figure that names no place gets the dateline from the geocoder: no evidence of another place
    figs = [
        figure("a1", doc="d", statement="s1", low=9, place=RAFAH, day="2024-01-08", segment=0),
        figure("a2", doc="d", statement="s2", low=40, outcome="injured", place=DATELINE,
               day="2024-01-08", segment=0),
    ]
    assert groups(link(figs)) == {frozenset({"a1", "a2"})}


def test_an_event_of_another_document_links_to_the_right_event() -> None:
    figs = [
        figure("a1", doc="d", statement="s1", low=9, place=KHAN_YOUNIS, day="2024-01-08", segment=0),
        figure("a2", doc="d", statement="s2", low=4, place=RAFAH, day="2024-01-08", segment=1),
        figure("b1", doc="e", statement="t1", low=4, place=RAFAH, day="2024-01-08", segment=0),
    ]
    assert groups(link(figs)) == {frozenset({"a1"}), frozenset({"a2", "b1"})}


@given(st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=8))
def test_figures_of_different_segments_of_a_document_never_share_an_incident(segs: list[int]) -> None:
    figs = [figure(f"f{k}", doc="d", statement=f"s{k}", low=k + 1, place=KHAN_YOUNIS, day="2024-01-08",
                   segment=s) for k, s in enumerate(segs)]
    for inc in link(figs):
        seen = {segs[int(fid[1:])] for fid in inc.figures}
        assert len(seen) == 1
    assert len(link(figs)) == len(set(segs))
