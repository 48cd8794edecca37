"""National armed forces of any country as actors (civcas/data/nations.toml): service variants of the
forces listed in actors.toml and synthesized forces for the other nations. Sentences written for
these tests."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from civcas.extract import canonical_actor
from civcas.extract.actors import load_actors
from extract_helpers import figures_on

D = date(2024, 3, 1)


def _perps(text: str) -> set[str | None]:
    return {f.perpetrator.name if f.perpetrator else None for f in figures_on(text, D)}


def test_no_duplicate_actor_names() -> None:
    names = Counter(e.name for e in load_actors())
    assert [n for n, k in names.items() if k > 1] == []


@pytest.mark.parametrize(("written", "actor"), [
    ("Afghan Air Force", "Afghan forces"),
    ("Afghan air force helicopters", "Afghan forces"),
    ("Kenya's navy", "Kenya Defence Forces"),
    ("Sudanese warplanes", "Sudanese Armed Forces"),
    ("Ethiopian drones", "Ethiopian military"),
    ("Egyptian military", "Egyptian military"),  # the written name stays canonical
    ("Nicaraguan army", "Sandinista People's Army"),
    ("French army", "French military"),
    ("France's air force", "French military"),
    ("Indian troops", "Indian military"),
    ("Pakistan's army", "Pakistani military"),
])
def test_service_names_resolve(written: str, actor: str) -> None:
    got = canonical_actor(written)
    assert got is not None and got.name == actor


@pytest.mark.parametrize("written", ["French", "French aid worker", "Mexican nationals", "Afghan Red Crescent",
                                     "Libyan army", "Palestinian forces"])
def test_no_actor_for_bare_demonyms_or_contested_forces(written: str) -> None:
    got = canonical_actor(written)
    assert got is None or not got.name.endswith(" military")


@pytest.mark.parametrize("text", [
    "Afghan Air Force helicopters fired rockets at a village in Helmand province, killing seven civilians, "
    "a provincial council member said.",
    "Residents said Afghan air force jets bombed a market in Kunduz, killing 11 people.",
    "An Afghan air force strike on a house in Baghlan killed five members of one family, relatives said.",
])
def test_service_variant_authors_the_attack(text: str) -> None:
    assert _perps(text) == {"Afghan forces"}


@pytest.mark.parametrize(("text", "actor"), [
    ("A French Mirage jet struck a wedding party near Gao, killing 12 civilians, residents said.", "French military"),
    ("The French army said its aircraft killed 15 militants in northern Mali on Tuesday.", "French military"),
    ("Indian troops opened fire on protesters in Srinagar, killing four civilians, police said.", "Indian military"),
    ("Pakistan's army said its jets killed 20 militants in North Waziristan.", "Pakistani military"),
    ("Chadian soldiers shot dead nine herders near the border, a local chief said.", "Chadian military"),
])
def test_synthesized_forces_author_the_attack(text: str, actor: str) -> None:
    assert _perps(text) == {actor}


@pytest.mark.parametrize(("text", "actor"), [
    ("Four Malian soldiers were killed by a French strike near Menaka, the Malian army said.", "French military"),
    ("Taliban fighters killed 12 Afghan soldiers in an attack on a checkpoint in Ghazni, officials said.", "Taliban"),
    ("Three Chadian soldiers died when Boko Haram fighters attacked their base near the lake, the army said.",
     "Boko Haram"),
])
def test_victim_forces_do_not_take_the_blame(text: str, actor: str) -> None:
    assert _perps(text) == {actor}


@pytest.mark.parametrize("text", [
    "A French journalist was killed and three people were wounded in shelling near the front, officials said.",
    "Two Mexican nationals were among the nine people killed in the hotel attack, police said.",
    "The Afghan Red Crescent said 14 people were killed when the bridge collapsed.",
    "A Chadian aid worker and two drivers were killed when gunmen ambushed their convoy, the agency said.",
])
def test_nationality_of_a_person_names_no_forces(text: str) -> None:
    assert not {p for p in _perps(text) if p and p.endswith(" military")}
