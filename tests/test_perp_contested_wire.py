"""Perpetrators of contested incidents and of the later incidents of wire round-ups in capitals.

A. An incident whose authorship the story presents as contested (the accused denies and blames the
other side, each side blames the other, an assessment grades it contested) gives no perpetrator to
the figures of claimants that blame no one; an accuser's own figures keep the party it blames.
B. A later paragraph of a wire item in capitals that opens another incident ("IN <PLACE>, ...",
"MEANWHILE, ...", "IN A SEPARATE ATTACK, ...") takes its author from its own sentences, not from the
group the item's lead incident is about. All texts are written for these tests.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import figures_on

D = date(2023, 5, 1)
W = date(1990, 3, 12)


def _perp(text: str, published: date, evidence: str, *, outcome: str | None = None) -> set[str | None]:
    return {f.perpetrator.name if f.perpetrator else None for f in figures_on(text, published)
            if evidence in f.evidence.text and f.stance != "denied" and (outcome is None or f.outcome == outcome)}


# --- A. contested attribution -------------------------------------------------------------------

COUNTER = ("Shelling hit a crowded bus station in Omdurman on Tuesday morning. The local resistance committee said 12 "
           "civilians were killed in what it called RSF shelling. The Rapid Support Forces denied firing on the station "
           "and accused the army of shelling the area itself. Al-Nau hospital said it had received 30 wounded.")
MUTUAL = ("A rocket struck a fuel depot on the edge of El Fasher on Friday. Doctors at the Saudi hospital said "
          "seven people were killed and 19 wounded. The Sudanese army and the Rapid Support Forces each blamed the "
          "other for the attack.")
GRADED = ("An air strike hit a bakery in the town of Maarat Misrin on 9 March. A local rescue team said 15 civilians "
          "were killed. Opposition activists blamed Russian warplanes. The Russian defence ministry denied that its "
          "aircraft had struck the town. A field hospital said it had treated 40 wounded. "
          "The monitor grades this incident as contested.")
PLAIN = ("A Russian air strike hit the vegetable market in Ariha on Sunday, killing 12 people, a local hospital said. "
         "The Russian defence ministry denied the report.")


def test_denial_with_counter_accusation_leaves_neutral_figures_without_author() -> None:
    assert _perp(COUNTER, D, "received 30 wounded") == {None}


def test_mutual_blame_leaves_figures_without_author() -> None:
    assert _perp(MUTUAL, D, "seven people were killed") == {None}


def test_graded_contested_leaves_neutral_figures_without_author() -> None:
    assert _perp(GRADED, D, "treated 40 wounded") == {None}


def test_plain_denial_of_a_stated_strike_keeps_the_author() -> None:  # near miss
    assert _perp(PLAIN, D, "killing 12 people") == {"Russian forces"}


# --- B. later incidents of a wire item ----------------------------------------------------------

LEAD = ("COLOMBIA: GUERRILLAS KILL MAYOR\n\n"
        "[TEXT] BOGOTA, 12 MAR 90 -- A FARC GUERRILLA COLUMN KILLED THE MAYOR OF "
        "LA MONTANITA AND TWO OF HIS BODYGUARDS YESTERDAY, THE POLICE REPORTED. THE FARC CLAIMED RESPONSIBILITY IN A "
        "CALL TO A RADIO STATION.\n\n")
PLACE = LEAD + ("IN PUERTO LLERAS, META DEPARTMENT, SIX FARMERS WERE FOUND DEAD ON A ROAD ON SUNDAY, THE DEPARTMENT "
                "POLICE SAID. THE VICTIMS HAD BEEN TIED UP AND SHOT.\n\n"
                "THE GOVERNMENT ANNOUNCED NEW MEASURES AGAINST THE GUERRILLAS.")
MEANWHILE = LEAD + ("MEANWHILE, IN CALI, A BOMB WRECKED A PUBLIC BUS, INJURING NINE PASSENGERS. "
                    "POLICE ATTRIBUTED THE ATTACK TO A PARAMILITARY GROUP.")
SEPARATE = LEAD + ("IN A SEPARATE ATTACK, A GRENADE WAS THROWN AT A BAR IN SOACHA, WOUNDING FIVE CUSTOMERS, THE "
                   "NATIONAL POLICE SAID. NO GROUP HAS CLAIMED RESPONSIBILITY.")
OWN_NAMED = LEAD + ("IN FLORENCIA, FARC GUERRILLAS AMBUSHED AN ARMY PATROL ON THE HIGHWAY. FOUR SOLDIERS WERE WOUNDED, "
                    "THE ARMY SAID.")
COMMUNIQUE = LEAD + "IN A COMMUNIQUE READ OVER THE RADIO, THE REBELS SAID A FOURTH BODYGUARD WAS WOUNDED IN THE ACTION."


def test_lead_incident_keeps_its_group() -> None:
    assert _perp(PLACE, W, "KILLED THE MAYOR") == {"FARC"}


def test_place_paragraph_does_not_inherit_the_lead_group() -> None:
    assert _perp(PLACE, W, "SIX FARMERS") == {None}


def test_meanwhile_paragraph_takes_its_own_attribution() -> None:
    assert _perp(MEANWHILE, W, "NINE PASSENGERS") == {"paramilitaries"}


def test_separate_attack_with_no_claim_has_no_author() -> None:
    assert _perp(SEPARATE, W, "FIVE CUSTOMERS") == {None}


def test_later_incident_naming_the_lead_group_keeps_it() -> None:  # near miss
    assert _perp(OWN_NAMED, W, "FOUR SOLDIERS") == {"FARC"}


def test_communique_paragraph_is_no_new_incident() -> None:  # near miss
    assert _perp(COMMUNIQUE, W, "FOURTH BODYGUARD") == {"FARC"}
