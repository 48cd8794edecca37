"""Perpetrators in wire and radio reports, second round: the attacker of the sentence before a
passive toll (sentence_figures._previous_author), urban commandos and other typed subjects with an
attack verb (typed.py), a named unit of a group ("the 9th Front of the FARC", perpetrators._BY), a
ruler's troops ("by Cristiani's troops") and a group's own radio in the dateline (mainvote._in_header).
Sentences written by the civcas team."""

from __future__ import annotations

from civcas.extract import extract
from civcas.extract.typed import generic_perpetrator
from civcas.models import Document, Figure


def figures(text: str, doc_id: str = "w2") -> list[Figure]:
    return [f for f in extract(Document(id=doc_id, text=text)) if f.low is not None]


def _perps(text: str, outcome: str, low: int) -> set[str | None]:
    return {f.perpetrator.name if f.perpetrator else None for f in figures(text) if f.outcome == outcome and f.low == low}


_STRAFING = ("SAN SALVADOR, 5 FEB 90 (ACAN-EFE) -- [TEXT] AIR FORCE HELICOPTERS STRAFED REBEL POSITIONS ON THE "
             "SLOPES OF THE VOLCANO FOR MOST OF THE MORNING, AND THE AIR FORCE SAID ITS PILOTS HIT A CAMP.  "
             "IN THE EVENING, URBAN COMMANDOS FIRED MORTARS AT THE TREASURY POLICE HEADQUARTERS IN THE CAPITAL.  ")


def test_a_passive_toll_takes_the_attacker_of_the_sentence_before() -> None:
    text = _STRAFING + "FOUR AGENTS AND A STREET VENDOR WERE WOUNDED."
    assert _perps(text, "injured", 4) == {"urban commandos"}


def test_a_toll_that_says_more_keeps_the_story_author() -> None:
    # near miss: the sentence is no bare toll (a source and a second clause follow), so the
    # sentence before does not decide
    text = _STRAFING + ("FOUR AGENTS AND A STREET VENDOR WERE WOUNDED, THE RED CROSS SAID, WHILE FIGHTING "
                        "WENT ON IN THE NORTHERN SUBURBS.")
    assert "urban commandos" not in _perps(text, "injured", 4)


def test_typed_subjects_with_an_attack_verb() -> None:
    a = generic_perpetrator("PRESUMED URBAN COMMANDOES STORMED THE BANK BRANCH AND HURLED TWO GRENADES.")
    assert a is not None and a.name == "urban commandos" and a.text == "URBAN COMMANDOES"
    b = generic_perpetrator("SEVERAL SUBVERSIVES CONDUCTED A DYNAMITE ATTACK ON THE MAYOR'S CAR.")
    assert b is not None and b.name == "subversives"
    # near misses: the commandos as victims, the subversives as the object of an operation
    assert generic_perpetrator("TWO URBAN COMMANDOS WERE KILLED IN THE RAID ON THE SAFEHOUSE.") is None
    c = generic_perpetrator("THE ARMY CONDUCTED AN OPERATION AGAINST SUBVERSIVES IN THE HIGHLANDS.")
    assert c is None or c.name != "subversives"


def test_a_named_front_of_the_group_is_the_group() -> None:
    text = ("BOGOTA, 8 MAR 90 (EFE) -- [TEXT] THREE PEASANTS WERE SHOT TO DEATH IN A RURAL AREA OF META "
            "DEPARTMENT BY ALLEGED MEMBERS OF THE 7TH FRONT OF THE FARC, THE POLICE REPORTED.")
    assert _perps(text, "killed", 3) == {"FARC"}
    # near miss: the front is only where it happened
    near = ("BOGOTA, 8 MAR 90 (EFE) -- [TEXT] THREE PEASANTS WERE FOUND DEAD NEAR A CAMP OF THE 7TH FRONT "
            "OF THE FARC, THE POLICE REPORTED.")
    assert generic_perpetrator(near) is None


def test_a_rulers_troops_are_typed_forces() -> None:
    a = generic_perpetrator("THE CAMERAMAN DIED AFTER BEING SHOT BY PRESIDENT CRISTIANI'S TROOPS ON THE HIGHWAY.")
    assert a is not None and a.name == "troops"
    assert generic_perpetrator("THE CAMERAMAN WAS SHOT BY THE MAYOR'S BODYGUARD ON THE HIGHWAY.") is None


def test_the_groups_own_radio_in_the_dateline_is_no_author() -> None:
    text = ("CLANDESTINE, 2 MAY 90 (RADIO FARABUNDO MARTI) -- [TEXT] THE REGIME HAS STRUCK AGAIN.  THREE "
            "PEASANTS WERE MURDERED IN A HAMLET OF CHALATENANGO LAST NIGHT.")
    assert "FMLN" not in _perps(text, "killed", 3)
    # near miss: the same group acting in the text is the author
    acting = ("SAN SALVADOR, 2 MAY 90 (ACAN-EFE) -- [TEXT] FARABUNDO MARTI NATIONAL LIBERATION FRONT "
              "GUERRILLAS ATTACKED A HAMLET OF CHALATENANGO LAST NIGHT.  THREE PEASANTS WERE MURDERED.")
    assert _perps(acting, "killed", 3) == {"FMLN"}


_CHIEF = ("SAN SALVADOR, 9 MAR 90 (AFP) -- [TEXT] COLONEL ARTURO MEJIA, HEAD OF THE ARMED FORCES JOINT STAFF, "
          "FLATLY DENIED TODAY {what}.  SOURCES IN WASHINGTON SAID THAT THE DETENTION OF FIVE ARMY MEMBERS "
          "LINKED WITH THE MURDER OF FOUR UNION LEADERS IN JANUARY HAS STRAINED TIES WITH THE EMBASSY.")


def test_a_denial_of_another_matter_disputes_nothing() -> None:
    text = _CHIEF.format(what="THAT THERE IS ANY FRICTION BETWEEN HIS OFFICERS AND FOREIGN INSTRUCTORS")
    assert _perps(text, "killed", 4) == {"Salvadoran armed forces"}


def test_a_denial_of_the_killing_keeps_it_disputed() -> None:
    # near miss: the chief denies the act itself, and no one else says the army did it
    text = _CHIEF.format(what="THAT ANY SOLDIER TOOK PART IN THE MURDER OF THE UNION LEADERS")
    assert "Salvadoran armed forces" not in _perps(text, "killed", 4)


def test_a_quoted_group_with_a_bracketed_translation_claims_the_attack() -> None:
    from civcas.extract.newgroups import new_group
    s = ('TEGUCIGALPA, 3 JUN 89 (EFE) -- [TEXT] A LITTLE KNOWN RIGHTIST COMMANDO, THE "ANTICOMMUNIST '
         'PATRIOTIC LEGION" [LEGION PATRIOTICA ANTICOMUNISTA] TODAY CLAIMED RESPONSIBILITY FOR THE BOMB '
         'THAT KILLED TWO UNIONISTS.')
    g = new_group(s)
    assert g is not None and g.name == "ANTICOMMUNIST PATRIOTIC LEGION"
    # near miss: a quoted slogan that claims nothing
    assert new_group('TEGUCIGALPA, 3 JUN 89 (EFE) -- [TEXT] MARCHERS CHANTED "NO MORE DEATHS" [NO MAS '
                     'MUERTES] TODAY AND DEMANDED A FULL INVESTIGATION.') is None


def test_the_singular_cinchonero_name_is_the_honduran_group() -> None:
    from civcas.extract import canonical_actor
    a = canonical_actor("the Cinchonero Popular Liberation Movement")
    assert a is not None and a.name == "Cinchoneros"
    assert canonical_actor("cinchona bark") is None
