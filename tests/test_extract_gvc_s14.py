"""GVC session 14: victims taken to hospital, counts added with "as were". Sentences are ours."""

from __future__ import annotations

from datetime import date

from civcas.extract import extract
from civcas.models import Document


def _figs(text: str) -> set[tuple[str, str, int | None]]:
    doc = Document(id="s14", text=text, title=None, published=date(2019, 4, 8))
    return {(f.outcome, f.group, f.low) for f in extract(doc) if f.part_of is None}


def test_others_taken_to_hospital_beside_a_death_are_injured() -> None:
    got = _figs("One man was killed and two others were taken to the hospital after the gunfire on Birch Road.")
    assert ("killed", "men", 1) in got and ("injured", "men", 2) in got
    got = _figs("A 31-year-old woman died on the porch of the house. Three other people were rushed to "
                "area hospitals, deputies said.")
    assert ("injured", "people", 3) in got
    got = _figs("Police said a teenager was found dead in the car, and two men were transported to a "
                "local hospital.")
    assert ("injured", "men", 2) in got


def test_taken_to_hospital_where_they_died_is_no_injury() -> None:
    got = _figs("Two men were taken to the hospital, where one of them died, police said.")
    assert not any(o == "injured" for o, _, _ in got)


def test_taken_elsewhere_is_no_injury() -> None:
    got = _figs("A clerk was killed in the robbery. The two suspects were taken to the county jail.")
    assert got == {("killed", "people", 1)} or not any(o == "injured" for o, _, _ in got)


def test_a_count_taken_to_hospital_alone_is_no_injury() -> None:
    got = _figs("Four people were taken to the hospital after the shooting at the Birch Road lounge.")
    assert not any(o == "injured" for o, _, _ in got)






def test_a_count_added_with_as_were_is_summed() -> None:
    got = _figs("A man and a woman were found dead in the trailer, as were two children, deputies said.")
    assert ("killed", "people", 4) in got
    got = _figs("Three men were wounded outside the arcade, as were two teenagers.")
    assert ("injured", "people", 5) in got
    got = _figs("Two cashiers were killed in the holdup, as were three customers waiting in line.")
    assert ("killed", "people", 5) in got or ("killed", "civilians", 5) in got


def test_as_were_near_misses() -> None:
    got = _figs("Two men were killed, as police said earlier.")
    assert ("killed", "men", 2) in got and not any(low == 3 for _, _, low in got)
    # single victims named one by one: no running sums
    doc = Document(id="s14n", text="Her son, Omar Talib, was killed, as was his cousin, Sami Talib.",
                   published=date(2019, 4, 8))
    assert not any(f.low == 2 and f.qualifier == "exact" for f in extract(doc))
