"""Attribution families of the fifth round: several shooters and earlier attacks told for context
(civcas.extract.shooters), unnamed people's stable names, speaker constructions. Sentences written
by the civcas team."""

from __future__ import annotations

from civcas.extract import extract
from civcas.extract.shooters import background_event, several_shooters
from civcas.models import Document, Figure


def figures(text: str, doc_id: str = "r5") -> list[Figure]:
    return [f for f in extract(Document(id=doc_id, text=text)) if f.low is not None]


def test_a_story_of_several_shooters_names_no_lone_gunman() -> None:
    text = ("Gunfire erupted at a graduation party in east Memphis late Friday, killing three people and "
            "wounding five others, police said.\n\nInvestigators believe several people fired shots during an "
            "argument, Sergeant Lisa Moore said. No arrests have been made.")
    out = figures(text)
    assert {(f.outcome, f.low) for f in out} >= {("killed", 3), ("injured", 5)}
    assert all(f.perpetrator is None for f in out)
    assert several_shooters("Lieutenant Ana Cruz said the shooter or shooters fled in a dark sedan.")
    assert several_shooters("Police said more than one shooter was involved.")
    assert not several_shooters("Police said the shooter, a 19-year-old man, was arrested.")


def test_the_gunman_of_an_earlier_attack_is_not_the_storys() -> None:
    text = ("Gunfire erupted at a graduation party in east Memphis late Friday, killing three people and "
            "wounding five others, police said.\n\nThe shooting came two weeks after a gunman killed four "
            "people at a car wash in the same part of the city.")
    out = figures(text)
    main = [f for f in out if f.low in (3, 5)]
    assert main and all(f.perpetrator is None for f in main)
    earlier = [f for f in out if f.low == 4]
    assert earlier and earlier[0].perpetrator is not None and earlier[0].perpetrator.name == "gunman"
    assert background_event("It was the worst attack in the province since March 2019, when a bomber killed 30.")


def test_a_lone_gunman_still_carries_over() -> None:
    text = ("A gunman opened fire in a grocery store in Tacoma on Sunday, police said.\n\nFour people were "
            "killed and two were wounded, Chief Dana Ortiz said.")
    out = figures(text)
    assert out and all(f.perpetrator is not None and f.perpetrator.name == "gunman" for f in out)
