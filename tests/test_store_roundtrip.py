"""Store -> load round-trips of every model object (hypothesis), on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civcas.models import (
    Actor,
    Contradiction,
    DateSpan,
    Document,
    Figure,
    Incident,
    Origin,
    Place,
    Range,
    Span,
    TallyPoint,
    TallySeries,
)
from civcas.pipeline import Assembly
from civcas.store import Store

COUNTER = itertools.count()
text = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)),
               max_size=40)
opt_text = st.none() | text
days = st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 1, 1))
small = st.none() | st.integers(0, 10**12)
coords = st.none() | st.floats(-89, 89, allow_nan=False)
places = st.builds(Place, name=text, key=opt_text, gazetteer_id=opt_text, lat=coords,
                   lon=coords, radius_km=st.none() | st.floats(0, 500),
                   precision=st.sampled_from([None, "exact", "settlement", "governorate"]),
                   admin1=opt_text, country=st.none() | st.sampled_from(["SY", "IQ", "YE"]),
                   via=opt_text, anchor=opt_text, relation=opt_text)
actors = st.builds(Actor, name=text, text=text,
                   kind=st.sampled_from([None, "monitor", "belligerent", "un"]))
spans = st.builds(DateSpan, start=days, end=days,
                  precision=st.sampled_from(["day", "days", "week", "month", "year"]),
                  text=opt_text)
ranges = st.builds(Range, low=small, best=small, high=small,
                   low_from=st.lists(text, max_size=3).map(tuple),
                   best_from=st.lists(text, max_size=3).map(tuple),
                   high_from=st.lists(text, max_size=3).map(tuple), rule=opt_text)
groups = st.sampled_from(["civilians", "children", "women", "combatants"])


def uid(prefix: str) -> str:
    return f"{prefix}{next(COUNTER):015d}"


@st.composite
def documents(draw: st.DrawFn) -> Document:
    return Document(
        id=uid("d"), text=draw(text), title=draw(opt_text), published=draw(st.none() | days),
        published_precision=draw(st.sampled_from([None, "day", "month"])), url=draw(opt_text),
        publisher=draw(opt_text), language=draw(st.sampled_from([None, "en", "ar"])),
        dateline=draw(opt_text),
        origin=draw(st.none() | st.builds(Origin, path=text, member=opt_text,
                                          position=st.none() | st.integers(1, 10**6))),
        copies=tuple(draw(st.lists(st.builds(Origin, path=text), max_size=2,
                                   unique_by=lambda o: o.path))),
        near_group=draw(opt_text), copy_urls=tuple(draw(st.lists(text, max_size=2))))


@st.composite
def figures(draw: st.DrawFn, doc: str) -> Figure:
    return Figure(
        id=uid("f"), doc=doc, statement=draw(text),
        outcome=draw(st.sampled_from(["killed", "injured"])), group=draw(groups),
        low=draw(small), high=draw(small), qualifier=draw(st.sampled_from(["exact", "about"])),
        scope=draw(st.sampled_from(["incident", "tally"])),
        stance=draw(st.sampled_from(["asserted", "hedged", "denied"])),
        evidence=Span(text=draw(text), start=draw(st.integers(0, 10**6)),
                      end=draw(st.integers(0, 10**6)), part=draw(st.sampled_from(["text", "title"]))),
        source=draw(opt_text), number_text=draw(opt_text), period=draw(st.none() | spans),
        claimant=draw(st.none() | actors), perpetrator=draw(st.none() | actors),
        place=draw(st.none() | places), date=draw(st.none() | spans),
        published=draw(st.none() | days), publisher=draw(opt_text),
        details=tuple(draw(st.lists(text, max_size=3))), event=draw(opt_text))


@st.composite
def incidents(draw: st.DrawFn, figure_ids: list[str]) -> Incident:
    return Incident(
        id=uid("i"), figures=tuple(figure_ids), documents=(uid("d"),),
        date=draw(st.none() | spans), place=draw(st.none() | places),
        perpetrator=draw(st.none() | actors),
        grade=draw(st.sampled_from([None, "fair", "weak", "confirmed"])), grade_reason=draw(opt_text),
        killed=draw(st.dictionaries(groups, ranges, max_size=3)),
        injured=draw(st.dictionaries(groups, ranges, max_size=2)),
        conceded=draw(st.dictionaries(groups, ranges, max_size=1)),
        claimants=tuple(draw(st.lists(text, max_size=3, unique=True))),
        contradictions=tuple(draw(st.lists(st.builds(
            Contradiction, kind=text, detail=text, figures=st.lists(text, max_size=2).map(tuple)),
            max_size=2))),
        sources=draw(st.integers(0, 50)), previous_ids=tuple(draw(st.lists(text, max_size=2))),
        event=draw(opt_text))


tally = st.builds(
    TallySeries, id=st.builds(lambda: uid("t")), outcome=st.just("killed"), group=groups,
    points=st.lists(st.builds(TallyPoint, date=days, low=small, high=small, figure=text,
                              qualifier=st.sampled_from(["exact", "at_least"]),
                              period_start=st.none() | days), max_size=4).map(tuple),
    claimant=st.none() | actors, perpetrator=st.none() | actors, region=opt_text)

SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@pytest.fixture
def store(db_url: str) -> Store:
    s = Store(db_url)
    yield s  # type: ignore[misc]
    s.close()


@SETTINGS
@given(st.data())
def test_documents_and_figures_round_trip(store: Store, data: st.DataObject) -> None:
    doc = data.draw(documents())
    figs = data.draw(st.lists(figures(doc.id), min_size=1, max_size=3))
    assert store.save_documents([doc]) == 1
    assert store.save_figures(figs, analysed_docs=[doc.id]) == len(figs)
    loaded = store.get_document(doc.id)
    assert loaded == doc
    assert store.list_figures(ids=[f.id for f in figs]) == sorted(figs, key=lambda f: f.id)
    # saving again changes nothing
    assert store.save_documents([doc]) == 0
    assert store.save_figures(figs) == 0


@SETTINGS
@given(st.data())
def test_incidents_and_tallies_round_trip(store: Store, data: st.DataObject) -> None:
    doc = data.draw(documents())
    figs = data.draw(st.lists(figures(doc.id), min_size=1, max_size=3))
    store.save_documents([doc])
    store.save_figures(figs)
    inc = data.draw(incidents([f.id for f in figs]))
    series = data.draw(st.lists(tally, max_size=2))
    change = store.replace_assembly(Assembly(figures=(), incidents=(inc,),
                                             tallies=tuple(series)),
                                    figure_ids=[f.id for f in figs], blocks=["tally"])
    assert change.new == (inc.id,)
    assert store.get_incident(inc.id) == inc
    assert sorted(store.list_tallies(), key=lambda s: s.id) == sorted(series, key=lambda s: s.id)
    again = store.replace_assembly(Assembly(figures=(), incidents=(inc,), tallies=()),
                                   figure_ids=[f.id for f in figs])
    assert again.unchanged == (inc.id,) and not again.new and not again.changed


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_store_codec_matches_the_model_serialisation(data: st.DataObject) -> None:
    from civcas.models import from_dict, to_dict
    from civcas.store.codec import decode, encode

    doc = data.draw(documents())
    fig = data.draw(figures(doc.id))
    inc = data.draw(incidents([fig.id]))
    series = data.draw(tally)
    for obj in (doc, fig, inc, series):
        assert encode(obj) == to_dict(obj)
        assert decode(type(obj), to_dict(obj)) == from_dict(type(obj), to_dict(obj)) == obj
