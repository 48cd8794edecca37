"""Wire and radio reports: claims of responsibility and denials of a part in the act with no
number (extract/responsibility.py, ``data/extract/responsibility.toml``), kept as figures with no
bounds like the project gold sets do. Sentences written by the civcas team."""

from __future__ import annotations

from civcas.extract import extract
from civcas.extract.responsibility import claiming_group, denies_part
from civcas.models import Document, Figure

_LEAD = ("CALI, 3 MAY 90 (DOMESTIC SERVICE) -- [TEXT] A BOMB EXPLODED OUTSIDE THE OFFICES OF A LOCAL "
         "RADIO STATION EARLY TODAY, KILLING THREE PEOPLE AND WOUNDING 12, THE POLICE REPORTED.\n\n")
_LEAD_MIXED = ("Tumaco, Colombia (Wire) -- A car bomb went off outside a police station on Monday, killing "
               "four people, police said.\n\n")
_WOUNDED_LEAD = ("LIMA, 9 AUG 90 (DOMESTIC SERVICE) -- [TEXT] TWO GUNMEN ON A MOTORCYCLE TODAY SERIOUSLY "
                 "WOUNDED A FORMER INTERIOR MINISTER AS HE LEFT HIS HOME IN MIRAFLORES.\n\n")


def _numberless(text: str) -> list[Figure]:
    return [f for f in extract(Document(id="wc", text=text)) if f.low is None and f.high is None]


def _one(text: str) -> Figure:
    got = _numberless(text)
    assert len(got) == 1, got
    return got[0]


def test_a_group_claiming_responsibility_is_a_figure_with_no_bounds() -> None:
    for sentence, group in [
        ("THE FMLN TODAY CLAIMED RESPONSIBILITY FOR THE AMBUSH THROUGH ITS CLANDESTINE RADIO.", "FMLN"),
        ("IN A COMMUNIQUE SENT TO A NEWSPAPER, THE SHINING PATH ASSUMED FULL RESPONSIBILITY FOR THE BOMBING.",
         "Shining Path"),
        ("The FARC, which has fought the state for decades, later took responsibility for the blast in a "
         "statement.", "FARC"),
    ]:
        f = _one((_LEAD_MIXED if sentence[1].islower() else _LEAD) + sentence)
        assert f.stance == "asserted" and f.outcome == "killed"
        assert f.claimant is not None and f.claimant.name == group
        assert f.perpetrator is not None and f.perpetrator.name == group


def test_a_caller_claims_for_a_named_group() -> None:
    for sentence in [
        "A MAN WHO SAID HE BELONGED TO THE M-19 PHONED A NEWSPAPER AND CLAIMED RESPONSIBILITY FOR THE BLAST.",
        "AN ANONYMOUS CALLER TOLD A RADIO STATION THAT THE M-19 HAD CARRIED OUT THE BOMBING.",
        "A caller claimed responsibility for the explosion on behalf of the M-19, the station said.",
    ]:
        f = _one((_LEAD_MIXED if sentence[1].islower() else _LEAD) + sentence)
        assert f.claimant is not None and f.claimant.name == "M-19"
        assert f.perpetrator is not None and f.perpetrator.name == "M-19"


def test_a_group_saying_it_did_the_act_and_a_claimed_act() -> None:
    assert claiming_group("THE FMLN SAID IN A BROADCAST THAT ITS UNITS HAD STAGED THE AMBUSH ON THE CONVOY.") is not None
    assert claiming_group("The Shining Path claimed Tuesday's bombing in leaflets left at the scene.") is not None
    assert claiming_group("THE URNG ADMITTED THAT ITS MEN HAD SHOT DOWN AN ARMY PLANE.") is not None


def test_no_claim_when_negated_or_unknown() -> None:
    assert claiming_group("THE FMLN HAS NOT CLAIMED RESPONSIBILITY FOR THE ATTACK.") is None
    assert claiming_group("Nobody has yet claimed responsibility for that bombing.") is None
    assert claiming_group("The FARC denied responsibility for the attack.") is None
    # the claim of a government, not of an armed group
    assert claiming_group("THE INTERIOR MINISTRY SAID IT HAD CARRIED OUT THE RAID.") is None
    assert not _numberless(_LEAD + "THE POLICE HAVE NOT YET ESTABLISHED WHO WAS BEHIND THE ATTACK.")


def test_a_claim_follows_the_outcome_of_the_lead_event() -> None:
    f = _one(_WOUNDED_LEAD + "A CALLER TOLD A LOCAL RADIO STATION THAT THE MRTA HAD CARRIED OUT THE ATTACK.")
    assert f.outcome == "injured" and f.perpetrator is not None and f.perpetrator.text == "MRTA"


def test_a_group_giving_its_own_toll_makes_no_claim_without_a_number() -> None:
    text = (_LEAD_MIXED + "The FARC claimed responsibility in a statement. The group said its fighters had "
            "killed 12 soldiers in the raid.")
    assert not _numberless(text)


def test_denials_of_a_part_in_the_act() -> None:
    for sentence in [
        "THE ARMY HIGH COMMAND REJECTED ANY SUGGESTION THAT ITS TROOPS HAD BEEN INVOLVED IN THE BOMBING.",
        "THE POLICE COMMANDER SAID NO OFFICER UNDER HIS COMMAND HAD TAKEN PART.",
        "The defence ministry issued a statement rejecting 'any insinuation' that soldiers took part in it.",
        "THE ARMY ISSUED A COMMUNIQUE DENYING ANY PARTICIPATION IN THE ATTACK.",
    ]:
        f = _one((_LEAD_MIXED if sentence[1].islower() else _LEAD) + sentence)
        assert f.stance == "denied", sentence
        assert f.claimant is not None and f.claimant.name != "unattributed"
    assert denies_part("The minister insisted that the troops had not fired on the marchers.")
    # near misses: a rejected charge with no denial of a part; a part in talks
    assert not denies_part("THE ARMY REJECTED THE CHARGE AND SAID TROOPS REACHED THE TOWN AN HOUR LATER.")
    assert not denies_part("Both parties took part in the talks in Caracas.")


def test_a_titled_defence_minister_speaks_for_the_armed_forces() -> None:
    text = ("GUATEMALA CITY, 4 MAY 90 (DOMESTIC SERVICE) -- [TEXT] UNIDENTIFIED MEN SHOT DEAD A UNIVERSITY "
            "PROFESSOR IN ZONE 1 TODAY.\n\nDEFENSE MINISTER GENERAL HECTOR ORTIZ REJECTED ANY ARMY INVOLVEMENT "
            "IN THE CRIME.")
    f = _one(text)
    assert f.claimant is not None and f.claimant.kind == "belligerent" and "Guatemalan" in f.claimant.name


def test_a_claimed_group_is_the_author_of_the_unnamed_gunmen() -> None:
    for text in [
        _WOUNDED_LEAD + "A CALLER TOLD A LOCAL RADIO STATION THAT THE MRTA HAD CARRIED OUT THE ATTACK.",
        _WOUNDED_LEAD + "THE MRTA CLAIMED RESPONSIBILITY THROUGH LEAFLETS LEFT AT A NEWSPAPER.",
        ("Lima (Wire) -- Two gunmen on a motorcycle wounded a former interior minister outside his home on "
         "Thursday. The MRTA later claimed responsibility in a call to a radio station."),
    ]:
        hurt = [f for f in extract(Document(id="wa", text=text)) if f.low == 1]
        assert hurt and all(f.perpetrator is not None and f.perpetrator.name == "Tupac Amaru Revolutionary Movement"
                            for f in hurt), [(f.perpetrator, f.evidence.text[:40]) for f in hurt]


def test_a_relative_clause_in_capitals_is_skipped_by_the_claimant_reader() -> None:
    text = (_LEAD + "THE COMMITTEE OF RELATIVES [COFADEH], WHICH REPRESENTS FAMILIES OF THE MISSING, REPORTED "
            "THAT IT HAD RECORDED 48 DISAPPEARANCES IN 1989.")
    got = [f for f in extract(Document(id="wb", text=text)) if f.low == 48]
    assert got and got[0].claimant is not None and "COFADEH" in (got[0].claimant.text or "").upper()


def test_a_daily_newspaper_is_no_tally() -> None:
    for text in [
        _LEAD + "A BOMB EXPLODED OUTSIDE THE OFFICES OF THE CITY'S MAIN DAILY, KILLING TWO GUARDS.",
        "A grenade thrown at the offices of a daily newspaper in Tumaco wounded three employees on Monday.",
    ]:
        got = [f for f in extract(Document(id="wd", text=text)) if f.low is not None]
        assert got and all(f.scope == "incident" for f in got)
    rate = "About 40 people are killed daily in the fighting, the Red Cross said."
    assert all(f.scope == "tally" for f in extract(Document(id="we", text=rate)) if f.low == 40)


def test_no_doubt_is_no_denial() -> None:
    assert not denies_part("THE WITNESS SAID THERE WAS NO DOUBT THAT SOLDIERS HAD TAKEN PART IN THE MASSACRE.")
    assert denies_part("The garrison commander said none of his men had participated in the raid.")
