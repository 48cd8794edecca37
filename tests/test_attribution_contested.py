"""Authorship in monitor-style incident narratives: parties to an accord are no authors, an assessment
that "points to" a belligerent accuses it, an author that "cannot be established" between two forces
leaves neutral figures without one, a body of an accusing government blames with it, whole-country
counts over a month are tallies without an author, and a pronoun speaker is the one named before it."""

from __future__ import annotations

from datetime import date

from civcas.extract.claims import claimant_in
from civcas.extract.disputes import _one_of
from civcas.models import Actor
from extract_helpers import actor_score, figures_on

_DAY = date(2019, 5, 8)


def _by_low(text: str) -> dict[int | None, tuple[str | None, str]]:
    """(perpetrator name, scope) by low bound of every figure with a number."""
    return {f.low: (f.perpetrator.name if f.perpetrator else None, f.scope)
            for f in figures_on(text, _DAY) if f.low is not None}


# -- a party to an accord, a truce or a deal is named, not acting ------------------------------------

def test_a_party_to_an_accord_is_no_author() -> None:
    assert actor_score("Jets bombed the bakery in Khan Sheikhoun, inside a safe zone agreed by Russia and Iran.",
                       "Russian forces") <= 0
    assert actor_score("Shells fell on the camp two days into a truce brokered by Turkey.", "Turkish forces") <= 0
    assert actor_score("The raid came a week after a prisoner deal signed by the Saudi-led coalition.",
                       "Saudi-led coalition") <= 0


def test_an_attack_by_the_same_party_still_acts() -> None:
    assert actor_score("The bakery in Khan Sheikhoun was bombed by Russian jets.", "Russian forces") > 0


_DENIED = ("Air strikes hit the grain market of Kafr Halab on Monday. The Syrian Civil Defence said its "
           "crews had recovered 31 bodies. SOHR reported that 38 people were killed "
           "and attributed the raids to Russian aircraft. The Russian defence ministry denied the reports. ")


def test_an_accord_party_in_the_lead_does_not_settle_a_denied_attack() -> None:
    text = _DENIED.replace("on Monday.", "on Monday, inside a de-escalation zone agreed by Russia and Turkey.")
    got = _by_low(text)
    assert got[31][0] is None and got[38][0] == "Russian forces"


# -- an assessment that points to a belligerent accuses it ------------------------------------------------

def _with_claimants(text: str) -> dict[int | None, tuple[str | None, str | None]]:
    return {f.low: (f.claimant.name if f.claimant else None, f.perpetrator.name if f.perpetrator else None)
            for f in figures_on(text, _DAY) if f.low is not None}


_GRADED = "Airwars assesses that between 30 and 38 civilians were likely killed. "


def test_an_assessment_pointing_to_the_accused_is_an_accusation() -> None:
    for tail in ("The flight tracking points to Russian forces.",
                 "The pattern of the raids pointed to Russian aircraft.",
                 "The evidence available to Airwars points strongly to Russian jets."):
        got = _with_claimants(_DENIED + _GRADED + tail)
        assert got[31] == ("Syria Civil Defence", None), tail
        assert got[30] == ("Airwars", "Russian forces") and got[38][1] == "Russian forces", tail


def test_an_inconclusive_assessment_blames_no_one() -> None:
    got = _with_claimants(_DENIED + _GRADED + "The flight tracking was inconclusive.")
    assert got[30] == ("Airwars", None) and got[31][1] is None


# -- an author that cannot be established between two forces --------------------------------------------

_TWO = ("Warplanes struck the vegetable market of Saraqib on Friday. The Syrian Civil Defence said it had "
        "pulled 27 bodies from the stalls. ")


def test_an_author_that_cannot_be_established_leaves_neutral_figures_without_one() -> None:
    for tail in ("Airwars rates the event Contested because responsibility cannot be established between "
                 "Syrian and Russian forces.",
                 "The monitor said the author of the raid could not be determined between Russian and Syrian "
                 "government jets.",
                 "Responsibility for the strike has not been established, as Russian forces and the Syrian "
                 "air force were both active over the province."):
        assert _by_low(_TWO + "Russian jets were seen over the town that morning. " + tail)[27][0] is None, tail


def test_without_the_doubt_the_acting_force_stays() -> None:
    assert _by_low(_TWO + "Russian jets struck the market, the monitor said.")[27][0] == "Russian forces"


# -- a body of an accusing government blames with it ------------------------------------------------------

def test_a_ministry_of_the_accusing_government_is_an_accuser() -> None:
    assert _one_of("defence ministry of the Government of National Salvation", {"Government of National Salvation"})
    assert _one_of("interior ministry of the Government of National Unity", {"Government of National Unity"})
    assert _one_of("Houthi health ministry", {"Houthi health ministry"})


def test_another_body_is_not_an_accuser() -> None:
    assert not _one_of("Ministry of Health", {"Ministry of Defence"})
    assert not _one_of("Gaza Civil Defence", {"Gaza"})  # (a one-word name is too vague to contain)


# -- a whole country's count over a month, and a share of blame in a tally --------------------------------

def test_a_country_count_over_a_month_is_a_tally_without_an_author() -> None:
    lead = "Russian missiles struck an apartment block in Chuhuiv on Sunday, killing 9 people, officials said. "
    for tail in ("The UN mission said 612 civilians were killed across the country in May, most of them by "
                 "shelling.",
                 "The monitoring group recorded 612 civilian deaths throughout Ukraine during March 2022.",
                 "Some 612 were killed nationwide by mid-April, the health ministry said."):
        got = _by_low(lead + tail)
        assert got[612] == (None, "tally") and got[9][0] == "Russian forces", tail


def test_one_days_wave_of_strikes_across_the_country_stays_an_incident() -> None:
    text = ("Russian missiles struck power plants across Ukraine on Monday. The strikes killed 14 people and "
            "injured 97 across the country, the emergency service said.")
    assert _by_low(text)[14] == ("Russian forces", "incident")


def test_a_share_of_blame_gives_the_tally_no_author() -> None:
    lead = "A coalition air strike hit a bus in Dahyan on Thursday, killing 40 children, health officials said. "
    for share in ("over half of them attributed to the coalition's jets",
                  "about a third of them blamed on coalition air strikes",
                  "nearly two-thirds of them attributed to the coalition"):
        text = lead + f"The UN has recorded 6,500 civilian deaths in Yemen since March 2015, {share}."
        assert _by_low(text)[6500] == (None, "tally"), share


def test_a_tally_whose_dead_were_all_killed_by_one_side_keeps_it() -> None:
    text = ("A coalition air strike hit a bus in Dahyan on Thursday, killing 40 children, health officials said. "
            "The UN has recorded 6,500 civilian deaths in Yemen since March 2015, most of them killed by "
            "coalition air strikes.")
    assert _by_low(text)[6500][0] == "Saudi-led coalition"


def test_a_us_order_date_range_is_a_tally() -> None:
    for rng in ("between Feb. 24 and June 26", "from March 1 to April 30", "between April 2, 2022 and May 9"):
        text = f"The UN human rights office said it had verified 2,345 civilian deaths in Ukraine {rng}."
        assert _by_low(text)[2345][1] == "tally", rng


def test_a_day_and_a_time_are_no_range() -> None:
    text = "A missile hit the station in Kramatorsk on April 8, killing 61 people between 10 and 11 a.m."
    assert _by_low(text)[61][1] == "incident"


# -- the number of victims is no count of strikes -------------------------------------------------------

def test_victims_in_strikes_on_a_road_are_one_incident() -> None:
    for s in ('Health officials said 64 people died and 150 were hurt in strikes on "columns of families".',
              "Medics said 35 were killed and 80 wounded in raids on the fuel depot.",
              "Officials said 12 people were killed by strikes on the main road."):
        got = _by_low("Israeli strikes hit cars on the coastal road in Gaza on Friday. " + s)
        assert all(scope == "incident" for _p, scope in got.values()), s


def test_counted_strikes_are_still_a_tally() -> None:
    got = _by_low("The monitor said 14 air strikes killed 60 civilians in the province.")
    assert got[60][1] == "tally"


# -- a pronoun speaker is the speaker named before it in the same sentence ---------------------------------

_ARMY = Actor(name="Iraqi forces", text="the army", kind="belligerent")


def test_a_pronoun_after_a_speaker_is_that_speaker() -> None:
    cases = {
        "A man interviewed at the camp, 20km south of the city, said his wife was shot dead; he estimated "
        "that \"about 40\" people lay dead around them.": "witness",
        "A woman sheltering at the school, 5km from the town, said her two daughters were killed; she said "
        "that about 30 people lay in the yard.": "relatives",
        "A nurse at the field clinic said the staff had treated 30 wounded people; she said most had gunshot "
        "wounds.": "medical sources",
    }
    for sentence, name in cases.items():
        c = claimant_in(sentence, last=lambda: _ARMY, theatre=("IQ",), document=sentence)
        assert c is not None and c.actor.name == name, sentence


def test_a_pronoun_with_no_speaker_before_is_the_last_claimant() -> None:
    sentence = "Eight people died on the road, and he said 20 more were wounded."
    c = claimant_in(sentence, last=lambda: _ARMY, theatre=("IQ",), document=sentence)
    assert c is None or c.actor.name == "Iraqi forces"


# -- "since" before a gerund is a time within one event, not a running total -------------------------------

def test_died_since_arriving_keeps_an_intake_an_incident() -> None:
    lead = "An air strike on the market of Edaga Hamus on Tuesday killed 51 people, officials said. "
    for s in ("A nurse said her ward took in 31 wounded people, several of whom died since arriving.",
              "Doctors said 27 wounded were admitted and two have died since being brought in.",
              "The clinic said it treated 19 injured people, four of whom have died since reaching it."):
        got = _by_low(lead + s)
        assert all(scope == "incident" for _p, scope in got.values()), s


def test_since_a_date_is_still_a_running_total() -> None:
    got = _by_low("The hospital said it had received 1,200 wounded people since the morning of 4 November.")
    assert got[1200][1] == "tally"
