"""Claimants of Airwars-style narratives (session 9): a relative who tells of his own dead, a monitor
blamed no speaker in the relative clause after it, a monitor's assessment paragraph in its own voice,
and a defence ministry scored as the forces it speaks for. All sentences are the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.evaluate.figures import actor_agrees
from civcas.extract import extract
from civcas.extract.claims import claimant_in
from civcas.models import Document


def claimants(text: str) -> list[tuple[str, int | None, str | None]]:
    figs = extract(Document(id="t", text=text, published=date(2024, 5, 2)))
    return [(f.outcome, f.low, f.claimant.name if f.claimant else None) for f in figs]


@pytest.mark.parametrize("sentence", [
    "A man waiting outside the morgue said he lost a daughter and three sons in the strike.",
    "One fisherman said he had lost two brothers and his nephew when the boat was hit.",
    "An elderly woman told reporters that she had buried four grandchildren that week.",
    "A shopkeeper from the camp said his brother and two cousins were killed in the raid.",
])
def test_a_speaker_telling_of_his_own_dead_is_a_relative(sentence: str) -> None:
    c = claimant_in(sentence, theatre=("PS",))
    assert c is not None and c.actor.name == "relatives"


@pytest.mark.parametrize("sentence", [
    "A survivor said he lost a sister and two daughters in the blast.",  # called a survivor
    "A nurse said she had lost count of the wounded brought in that night.",  # no relative
    "A witness said 14 people were killed when the second missile struck.",
    "A resident said his neighbour was killed in the first strike.",  # a neighbour is no kin
])
def test_other_private_speakers_stay_witnesses(sentence: str) -> None:
    c = claimant_in(sentence, theatre=("PS",))
    assert c is not None and c.actor.name != "relatives"


@pytest.mark.parametrize("sentence", [
    "The Syrian Observatory for Human Rights, a monitor which blamed government jets for the raid, first "
    "reported that at least 31 people had been killed.",
    "The Observatory, which attributed the strikes to regime aircraft, later reported that 40 people had "
    "been wounded.",
    "The Observatory, which accused Russian warplanes of the attack, initially counted 18 dead.",
])
def test_the_blamed_party_in_a_monitors_relative_clause_is_no_speaker(sentence: str) -> None:
    c = claimant_in(sentence, theatre=("SY",))
    assert c is not None and c.actor.name == "Syrian Observatory for Human Rights"


@pytest.mark.parametrize("text", [
    ("Syria: strikes on a fuel market near Maarat\nIncident date: 4 June 2016\n\n"
     "Jets struck a crowded fuel market near Maarat al-Numan on the morning of 4 June, local sources said.\n\n"
     "Assessment. The strikes fall outside Coalition operations and are kept in Airwars' Syria archive. "
     "On the sources reviewed, between 14 and 19 civilians were likely killed."),
    ("Gaza: strike on a tent camp in Mawasi\nIncident date: 2 May 2024\n\n"
     "A drone strike hit a tent camp in Mawasi shortly after midnight.\n\n"
     "Assessment. Airwars grades this incident as Fair. Five civilians, among them three boys, probably "
     "died."),
    ("Iraq: mortar fire on a market in west Mosul\nIncident date: 9 May 2017\n\n"
     "Mortar rounds fell on a vegetable market in west Mosul on 9 May.\n\n"
     "Airwars assessment: local accounts agree on the place and time. Between six and nine civilians were "
     "likely killed in the market."),
])
def test_a_monitors_assessment_paragraph_speaks_in_its_voice(text: str) -> None:
    got = [c for o, n, c in claimants(text) if o == "killed" and n is not None and n >= 5]
    assert got and set(got) == {"Airwars"}


def test_an_assessment_paragraph_naming_no_monitor_gives_none() -> None:
    text = ("Iraq: shooting of fleeing families in Mosul\nIncident date: 1 June 2017\n\n"
            "Gunmen fired on families crossing the river at dawn.\n\n"
            "Assessment. On the accounts available, between 20 and 30 civilians were likely killed.")
    assert {c for o, n, c in claimants(text) if n == 20} == {"unattributed"}


def test_a_denial_in_an_assessment_paragraph_is_no_monitors_figure() -> None:
    text = ("Syria: strike on a clinic in Kafr Nabl\nIncident date: 5 May 2016\n\n"
            "A strike hit a clinic in Kafr Nabl, killing seven people, medics said.\n\n"
            "Assessment. The event is kept in Airwars archive of the Syrian war. Both belligerents deny any civilian "
            "harm.")
    assert all(n is not None for _o, n, _c in claimants(text))


@pytest.mark.parametrize(("ours", "gold", "agrees"), [
    ("Russian Ministry of Defence", "Russian forces", True),
    ("Russian forces", "Russian Ministry of Defence", True),
    ("Russian Ministry of Defence", "Ukrainian forces", False),
])
def test_a_defence_ministry_agrees_with_the_forces_it_speaks_for(ours: str, gold: str, agrees: bool) -> None:
    assert actor_agrees(ours, ours, gold) is agrees


def killed(text: str) -> list[tuple[str, int | None, int | None]]:
    figs = extract(Document(id="t", text=text, published=date(2024, 5, 2)))
    return [(f.group, f.low, f.high) for f in figs if f.outcome == "killed"]


@pytest.mark.parametrize("text", [
    ("An air strike hit the Darwish family home in Jabalia on 3 May, killing nine people. Rami Darwish "
     "wrote that her daughters Lina Darwish and Huda Darwish were killed in the strike."),
    ("Eleven civilians were killed when a missile struck a house in Bani Suhaila. Brothers Omar Qudra and "
     "Samir Qudra were killed while sleeping."),
    ("A drone strike killed seven people near a bakery in Deir al-Balah. Local pages said a number of "
     "children were killed in the strike."),
])
def test_a_bare_plural_beside_a_stated_toll_adds_no_figure(text: str) -> None:
    got = killed(text)
    assert got and all(lo != 2 or hi is not None for _g, lo, hi in got)


@pytest.mark.parametrize("text", [
    "An air strike hit a house in Rafah on 3 May. A neighbour wrote that the owner's sons were killed.",
    "Shelling struck a market in Khan Younis; several civilians were killed, local pages said.",
    "A drone strike hit a car near Nuseirat, killing one man. A number of children were also killed nearby.",
])
def test_a_bare_plural_with_no_toll_of_two_stays(text: str) -> None:
    assert any(lo == 2 and hi is None for _g, lo, hi in killed(text))


def test_injured_plurals_beside_a_toll_stay() -> None:
    text = ("A strike hit a school in Gaza City on 3 May, killing eight people and injuring 20. Witnesses said "
            "several children were injured as well.")
    figs = extract(Document(id="t", text=text, published=date(2024, 5, 2)))
    assert any(f.outcome == "injured" and f.low == 2 and f.high is None for f in figs)


_NASSER = ("On the night of 12 November 2023, at least nine civilians died when an alleged Israeli air "
           "strike hit the Nasser family home in Beit Hanoun, local sources said.\n\nSeveral sources named the "
           "victims. A 61-year-old man, Khaled Nasser (Abu Samir), was killed that night together with his "
           "58-year-old wife Huda Nasser.\n\nRelatives also mourned 30-year-old Samir Nasser.")
_QUDRA = ("In the early hours of 3 March 2024, at least 14 civilians were killed when an alleged Israeli strike "
          "destroyed a house of the Qudra family in Khan Younis, local media reported.\n\nSocial media posts "
          "identified several of the dead. A 70-year-old woman, Hajja Amina Qudra (Umm Walid), was killed "
          "together with her 12-year-old grandson Walid Qudra.")
_HAMDAN = ("At about 10 pm on 21 October 2023, seven civilians reportedly died in an alleged Israeli air "
           "strike on a flat in the Tal al-Hawa area of Gaza City.\n\nFriends posted tributes to the victims. A "
           "38-year-old man, Yasser Hamdan (Abu Omar), died alongside his 35-year-old wife Noor Hamdan and "
           "their daughter.")


@pytest.mark.parametrize("text", [_NASSER, _QUDRA, _HAMDAN])
def test_one_person_killed_with_relatives_beside_a_toll_is_no_toll_of_one(text: str) -> None:
    got = killed(text)
    assert got and all(not (lo == 1 and hi == 1) for _g, lo, hi in got)


def test_one_person_killed_with_relatives_and_no_other_toll_stays() -> None:
    text = ("On the night of 12 November 2023, an alleged Israeli air strike hit the Nasser family home in Beit "
            "Hanoun, local sources said.\n\nSeveral sources named the victims. A 61-year-old man, Khaled Nasser "
            "(Abu Samir), was killed that night together with his 58-year-old wife Huda Nasser.")
    assert any(g == "men" and lo == 1 and hi == 1 for g, lo, hi in killed(text))


def test_one_person_killed_with_his_driver_beside_a_toll_stays() -> None:
    text = ("On 6 May 2016, gunmen attacked a convoy on the road to the airport, killing six people, police "
            "said.\n\nOfficials named some of the dead. A 50-year-old official, Ruben Ortiz (the deputy mayor), "
            "was killed together with his driver Luis Pena.")
    assert any(lo == 1 and hi == 1 for _g, lo, hi in killed(text))


@pytest.mark.parametrize(("text", "low"), [
    ("An air strike hit a school in Gaza City on 3 May, injuring more than 35 people, medics said.", 36),
    ("Over 20 civilians were wounded when shells struck a market in Jabalia on 3 May.", 21),
    ("A drone strike on a tent camp killed more than 12 people on 3 May, local pages said.", 13),
])
def test_more_than_n_meets_an_airwars_range_from_n_plus_one(text: str, low: int) -> None:
    from civcas.evaluate.figures import score_figures

    doc = Document(id="a1", text=text)
    outcome = "injured" if "injur" in text or "wound" in text else "killed"
    rng = {"civilians": [low, low + 4]}
    row = {"doc_id": "a1", "incident": {"killed": rng if outcome == "killed" else {},
                                        "injured": rng if outcome == "injured" else {}}}
    score = score_figures([doc], {"a1": row}, extract(doc), style="default")
    assert (score.gold_hit, score.false_alarms) == (1, 0)
    gvc = score_figures([doc], {"a1": row}, extract(doc), style="gvc")
    assert gvc.gold_hit == 0  # the convention is Airwars'


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Houthi-run al-Masirah television said coalition jets had killed 17 people at the market.", "Al-Masirah"),
    ("Houthi-run Al Masirah TV reported that 14 fishermen were killed in the raid.", "Al-Masirah"),
    ("According to the Houthi-run Saba news agency, six people were killed in the strike.", "SABA"),
])
def test_an_outlet_named_after_its_owner_speaks_for_itself(sentence: str, name: str) -> None:
    c = claimant_in(sentence, theatre=("YE",))
    assert c is not None and c.actor.name == name


def test_the_owner_speaks_when_no_outlet_is_known() -> None:
    c = claimant_in("Houthi-run officials said 11 people had been killed.", theatre=("YE",))
    assert c is not None and c.actor.name != "Al-Masirah"


def perps(text: str) -> set[str | None]:
    figs = extract(Document(id="t", text=text, published=date(2017, 5, 2)))
    return {f.perpetrator.name if f.perpetrator else None for f in figs if f.low is not None}


@pytest.mark.parametrize("text", [
    ("Air strikes hit a bakery in Kafr Nabl on 2 May 2016, killing 11 people, rescuers said. Both Moscow and "
     "Damascus denied carrying out strikes in the area. The monitor attributed the raid either to Russian or "
     "to Syrian government aircraft."),
    ("A strike hit a clinic in Saraqib on 2 May 2016, killing eight people, medics said. Airwars graded the "
     "raid as Contested between Russian and Syrian regime jets."),
    ("Jets hit a market in Maarat al-Numan on 2 May 2016, killing 15 civilians, local sources said. The "
     "attack is disputed between Russian and Syrian regime aircraft, and neither has commented."),
])
def test_two_possible_authors_leave_the_figures_none(text: str) -> None:
    assert perps(text) == {None}


@pytest.mark.parametrize(("sentence", "theatre", "name"), [
    ("Iraq's Joint Operations Command announced that 40 militants were killed near Tal Afar.", ("IQ",),
     "Iraqi forces"),
    ("The Iraqi Joint Operations Command said 12 civilians were wounded by mortar fire in Hawija.", ("IQ",),
     "Iraqi forces"),
    ("The Joint Operations Command said nine soldiers were killed in the ambush near Baiji.", ("IQ",),
     "Iraqi forces"),
])
def test_the_joint_operations_command_speaks_for_the_iraqi_forces(sentence: str, theatre: tuple[str, ...],
                                                                   name: str) -> None:
    c = claimant_in(sentence, theatre=theatre)
    assert c is not None and c.actor.name == name


def test_a_joint_operations_command_elsewhere_is_not_iraqs() -> None:
    c = claimant_in("The Joint Operations Command said nine soldiers were killed in the ambush near Maiduguri.",
                    theatre=("NG",))
    assert c is None or c.actor.name != "Iraqi forces"
