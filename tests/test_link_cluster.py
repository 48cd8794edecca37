"""Incident linking: place, date, details, documents, analysts' constraints, blocks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from civcas.link import blocking_key, link
from civcas.link.factory import actor, figure, place
from civcas.models import DateSpan, stable_id

JABALIA = place("jabalia", 31.53, 34.48, admin1="North Gaza")
BEIT_LAHIA = place("beit lahia", 31.55, 34.50, admin1="North Gaza")
RAFAH = place("rafah", 31.29, 34.25, admin1="Rafah")
GAZA = place("gaza strip", 31.4, 34.4, precision="country", country="PS")
IDF = actor("Israeli military", "belligerent")


def groups(incidents: list) -> set[frozenset[str]]:
    return {frozenset(i.figures) for i in incidents}


def test_two_outlets_same_strike_become_one_incident() -> None:
    figs = [
        figure("a1", doc="da", low=12, place=JABALIA, day="2023-11-02", published="2023-11-02"),
        figure("b1", doc="db", low=12, place=JABALIA, day="2023-11-02", published="2023-11-03"),
    ]
    (inc,) = link(figs)
    assert inc.figures == ("a1", "b1")
    assert inc.documents == ("da", "db")
    assert inc.id == stable_id("i", "a1")
    assert inc.place is not None and inc.place.key == "jabalia"
    assert inc.date is not None and inc.date.start.isoformat() == "2023-11-02"


def test_different_buildings_same_town_same_day_stay_apart() -> None:
    figs = [
        figure("a1", doc="da", low=5, place=JABALIA, day="2023-11-02", details=("al-fakhura school",)),
        figure("b1", doc="db", low=9, place=JABALIA, day="2023-11-02", details=("abu eida family home",)),
    ]
    assert groups(link(figs)) == {frozenset({"a1"}), frozenset({"b1"})}


def test_shared_detail_links_reports_with_different_tolls() -> None:
    figs = [
        figure("a1", doc="da", low=5, place=JABALIA, day="2023-11-02", details=("al-fakhura school",)),
        figure("b1", doc="db", low=9, place=JABALIA, day="2023-11-03", details=("al-fakhura school",)),
    ]
    assert groups(link(figs)) == {frozenset({"a1", "b1"})}


def test_far_places_and_distant_dates_never_link() -> None:
    figs = [
        figure("a1", doc="da", low=4, place=JABALIA, day="2023-11-02"),
        figure("b1", doc="db", low=4, place=RAFAH, day="2023-11-02"),
        figure("c1", doc="dc", low=4, place=JABALIA, day="2023-11-09"),
    ]
    assert len(link(figs)) == 3


def test_neighbouring_place_within_radius_links() -> None:
    camp = place("jabalia camp", 31.535, 34.485, precision="neighbourhood", admin1="North Gaza")
    figs = [
        figure("a1", doc="da", low=7, place=JABALIA, day="2023-11-02", perpetrator=IDF),
        figure("b1", doc="db", low=7, place=camp, day="2023-11-02", perpetrator=IDF),
    ]
    assert len(link(figs)) == 1


def test_one_document_can_report_two_incidents() -> None:
    figs = [
        figure("a1", doc="da", statement="s1", low=5, place=JABALIA, day="2023-11-02"),
        figure("a2", doc="da", statement="s1", group="children", low=2, place=JABALIA,
               day="2023-11-02"),
        figure("a3", doc="da", statement="s2", low=3, place=RAFAH, day="2023-11-02"),
        figure("a4", doc="da", statement="s3", outcome="injured", low=11, place=JABALIA,
               day="2023-11-02"),
    ]
    assert groups(link(figs)) == {frozenset({"a1", "a2", "a4"}), frozenset({"a3"})}


def test_one_report_per_document_in_an_incident() -> None:
    """A document's two separate incidents are not chained together through another report."""
    figs = [
        figure("a1", doc="da", statement="s1", low=5, place=JABALIA, day="2023-11-02",
               details=("market",)),
        figure("a2", doc="da", statement="s2", low=6, place=JABALIA, day="2023-11-02",
               details=("bakery",)),
        figure("b1", doc="db", low=5, place=JABALIA, day="2023-11-02"),
    ]
    result = groups(link(figs))
    assert frozenset({"a1", "a2", "b1"}) not in result
    assert not any({"a1", "a2"} <= g for g in result)


def test_coarse_report_links_only_with_enough_evidence() -> None:
    figs = [
        figure("a1", doc="da", low=12, place=JABALIA, day="2023-11-02", perpetrator=IDF,
               event="airstrike"),
        figure("b1", doc="db", low=12, place=GAZA, day="2023-11-02", perpetrator=IDF,
               event="airstrike"),
        figure("c1", doc="dc", low=3, place=GAZA, day="2023-11-02"),
    ]
    result = groups(link(figs))
    assert frozenset({"a1", "b1"}) in result
    assert frozenset({"c1"}) in result


def test_publication_date_fallback() -> None:
    figs = [
        figure("a1", doc="da", low=6, place=JABALIA, day="2023-11-02", perpetrator=IDF),
        figure("b1", doc="db", low=6, place=JABALIA, published="2023-11-03", perpetrator=IDF),
        figure("c1", doc="dc", low=6, place=JABALIA, published="2023-11-20", perpetrator=IDF),
    ]
    result = groups(link(figs))
    assert frozenset({"a1", "b1"}) in result
    assert frozenset({"c1"}) in result


def test_syndicated_copies_link_even_without_a_place() -> None:
    figs = [
        figure("a1", doc="da", low=6, published="2023-11-03", near_group="da"),
        figure("b1", doc="db", low=6, published="2023-11-03", near_group="da"),
    ]
    assert len(link(figs)) == 1


def test_must_link_and_cannot_link_are_honoured() -> None:
    figs = [
        figure("a1", doc="da", low=12, place=JABALIA, day="2023-11-02"),
        figure("b1", doc="db", low=12, place=JABALIA, day="2023-11-02"),
        figure("c1", doc="dc", low=12, place=RAFAH, day="2023-12-05"),
    ]
    assert len(link(figs, cannot_link=[("a1", "b1")])) == 3
    joined = link(figs, must_link=[("a1", "c1")], cannot_link=[("b1", "c1")])
    assert groups(joined) == {frozenset({"a1", "c1"}), frozenset({"b1"})}


def test_blocks_are_months_and_countries_never_mix() -> None:
    f = figure("a1", place=JABALIA, day="2023-11-02", published="2023-12-01")
    assert blocking_key(f) == "*|2023-11"
    # dated only by publication: the block of the day before (a report of the previous day)
    assert blocking_key(figure("b1", published="2023-12-02")) == "*|2023-12"
    assert blocking_key(figure("b2", published="2023-12-01")) == "*|2023-11"
    assert blocking_key(figure("c1")) == "*|????-??"
    other_country = place("jabalia", 31.53, 34.48, country="IL")
    figs = [f, figure("d1", doc="dd", low=1, place=other_country, day="2023-11-02")]
    assert len(link(figs)) == 2
    across_months = [figure("e1", doc="de", low=4, place=JABALIA, day="2023-10-31"),
                     figure("e2", doc="df", low=4, place=JABALIA, day="2023-11-01")]
    assert len(link(across_months)) == 2  # the documented block-boundary trade-off


def test_a_span_across_a_month_boundary_is_blocked_by_its_middle() -> None:
    week = DateSpan(date(2016, 11, 28), date(2016, 12, 4), "week", "last week")
    f = replace(figure("a1", published="2016-12-08"), date=week)
    assert blocking_key(f) == "*|2016-12"
    night = DateSpan(date(2016, 11, 30), date(2016, 12, 1), "days", "overnight")
    assert blocking_key(replace(f, date=night)) == "*|2016-11"


def test_next_day_report_without_a_date_links_across_the_month_seam() -> None:
    # an event of 30 Nov dated by one outlet; another states no date and is published on 1 Dec
    figs = [figure("a1", doc="da", low=3, place=JABALIA, day="2023-11-30", published="2023-11-30"),
            figure("b1", doc="db", low=3, place=JABALIA, published="2023-12-01")]
    assert blocking_key(figs[0]) == blocking_key(figs[1])
    assert groups(link(figs)) == {frozenset({"a1", "b1"})}


def test_incident_fields_are_chosen_deterministically() -> None:
    figs = [
        figure("a1", doc="da", low=12, place=GAZA, day="2023-11-02", perpetrator=IDF,
               event="airstrike"),
        figure("a2", doc="da", low=12, place=JABALIA, day="2023-11-02", perpetrator=IDF,
               event="airstrike"),
    ]
    (inc,) = link(figs)
    assert inc.place is not None and inc.place.key == "jabalia"
    assert inc.perpetrator is not None and inc.perpetrator.name == "Israeli military"
    assert inc.event == "airstrike"
    assert inc.grade is None


def test_shared_names_link_reports_without_a_resolved_place() -> None:
    figs = [
        figure("a1", doc="da", low=1, published="2016-03-02",
               statement="Police said Darnell Whitaker, 19, was shot outside a bakery."),
        figure("b1", doc="db", low=1, published="2016-03-03",
               statement="Relatives of Darnell Whitaker gathered on Thursday."),
        figure("c1", doc="dc", low=1, published="2016-03-03",
               statement="A man was shot near a petrol station, officials said."),
    ]
    assert groups(link(figs)) == {frozenset({"a1", "b1"}), frozenset({"c1"})}


def test_two_vague_places_are_no_evidence_of_one_event() -> None:
    figs = [
        figure("a1", doc="da", low=8, place=GAZA, day="2023-11-02", perpetrator=IDF,
               event="airstrike"),
        figure("b1", doc="db", low=3, place=GAZA, day="2023-11-02", perpetrator=IDF,
               event="airstrike"),
    ]
    assert len(link(figs)) == 2
