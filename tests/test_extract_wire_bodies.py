"""Single victims of wire copy with no number: "the body of <name> was found" (one per name), "the
<role> of the <thing> was also killed" (one) and a kidnapped person named with an age and a long
apposition (one held); capitals and mixed case alike (extract/named.py, named_subjects.py,
``[single]`` of ``data/extract/shootings.toml``).  Sentences written by the civcas team."""

from __future__ import annotations

from civcas.extract import extract
from civcas.models import Document

_CAPS = "TRUJILLO, 7 FEB 90 (DOMESTIC SERVICE) -- [TEXT] "
_MIXED = "Trujillo, Peru (Wire) -- "


def _figs(sentence: str) -> list[tuple[str, int | None, int | None]]:
    lead = _MIXED if any(c.islower() for c in sentence) else _CAPS
    return [(f.outcome, f.low, f.high) for f in extract(Document(id="wb", text=lead + sentence))]


def test_the_body_of_a_named_person_found_is_one_killed() -> None:
    for sentence in [
        "THE BODY OF TOMAS HERRERA VEGA, A TRADE UNION LEADER, WAS FOUND TODAY IN A FIELD.",
        "THE BODY OF AGRONOMIST LUCIO PAREDES, WHO HAD TAUGHT AT THE LOCAL COLLEGE FOR YEARS, WAS DISCOVERED "
        "YESTERDAY BESIDE A DIRT ROAD, THE POLICE REPORTED.",
        "The body of Lucio Paredes was found yesterday in a ravine outside the town, police said.",
        "The body of Marisol Quispe, 19, a nursing student, was recovered on Sunday from the river.",
        "THE BODY OF AN ELDERLY PEASANT WAS LATER RECOVERED FROM A DRAINAGE DITCH BEHIND THE MARKET.",
    ]:
        assert _figs(sentence) == [("killed", 1, 1)], sentence


def test_the_bodies_of_named_people_count_one_per_name() -> None:
    assert _figs("THE BODIES OF JULIO MAMANI AND RAUL TICONA WERE FOUND THIS MORNING ON A FARM.") == [
        ("killed", 2, 2)]
    assert _figs("The bodies of Julio Mamani and Raul Ticona were discovered near the river on Monday.") == [
        ("killed", 2, 2)]
    assert _figs("THE BODIES OF ANA TORRES, ELENA TORRES AND JORGE LIMA WERE IDENTIFIED AT THE MORGUE.") == [
        ("killed", 3, 3)]


def test_a_body_not_found_or_no_name_is_no_single_victim() -> None:
    for sentence in [
        "THE BODY OF TOMAS HERRERA VEGA WAS TAKEN TO HIS HOME TOWN FOR BURIAL.",  # no finding
        "The body of Lucio Paredes, who was found in a ravine, showed signs of torture.",  # a relative clause
        "THE BODIES OF THE DETAINED PEASANTS WERE FOUND IN A MASS GRAVE.",  # a plural noun, no name
    ]:
        assert _figs(sentence) == [], sentence
    # a count after "the bodies of" stays the count
    assert _figs("THE BODIES OF FOUR PEASANTS WERE FOUND IN A MASS GRAVE.") == [("killed", 4, 4)]


def test_the_role_of_the_thing_was_killed_is_one() -> None:
    for sentence in [
        "THE CIVILIAN DRIVER OF THE BUS WAS ALSO KILLED.",
        "THE MANAGER OF THE COOPERATIVE WAS ALSO KILLED IN THE AMBUSH.",
        "The owner of the bakery was shot dead as he opened the shutters.",
        "The driver of the ambulance was also killed, the Red Cross said.",
        "THE OWNER OF THE PHARMACY DIED HOURS LATER IN A PRIVATE CLINIC.",
    ]:
        assert _figs(sentence) == [("killed", 1, 1)], sentence


def test_no_role_of_a_thing_without_a_person_or_a_harm() -> None:
    for sentence in [
        "THE ROOF OF THE HOUSE WAS DESTROYED.",  # no person
        "The owner of the store was not hurt.",  # no harm
        "THE WINDOWS OF THE BUS WERE SHATTERED.",
    ]:
        assert _figs(sentence) == [], sentence
    assert _figs("THE OWNERS OF THE STORE WERE KILLED.") == []  # a plural: counted elsewhere or not at all


def test_a_person_with_an_age_and_a_long_apposition_kidnapped_is_one_held() -> None:
    for sentence in [
        "ANIBAL SOTO PRADO, 52, BROTHER OF THE GOVERNOR OF THE PROVINCE AND A PARTNER IN THE FAMILY'S "
        "COFFEE BUSINESS, WAS KIDNAPPED LAST NIGHT BY FOUR ARMED MEN.",
        "RAMIRO VELASCO, 29, NEPHEW OF THE FOUNDER OF A BIG NORTHERN BREWERY AND HEIR TO HIS SHARES, WAS "
        "ABDUCTED TODAY AS HE LEFT HIS OFFICE.",
        "Ramiro Velasco, 29, nephew of the founder of a big northern brewery and heir to his shares, was "
        "abducted on Tuesday as he left his office.",
        "JULIA ARCE, 45, WAS KIDNAPPED YESTERDAY OUTSIDE HER HOME.",
    ]:
        assert _figs(sentence) == [("detained", 1, 1)], sentence


def test_no_held_person_without_an_age_or_in_a_relative_clause() -> None:
    # the one in the relative clause was freed, not held
    assert _figs("THE RANCHER, WHO WAS KIDNAPPED LAST YEAR, WAS FREED YESTERDAY.") == []
    # no age to tell a person: "the company's offices" are not held
    assert _figs("THE OFFICES OF THE COMPANY, WHICH ARE GUARDED DAY AND NIGHT, WERE ATTACKED TODAY.") == []
