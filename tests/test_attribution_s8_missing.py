"""Perpetrator families of the s8 session (issue 3), part 4: a perpetrator missing on figures whose
sentence names no attacker although the incident has one, and a perpetrator given to figures that have
none. All sentences are the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.extract.actors import find_actors
from civcas.extract.perpetrators import perpetrator_score
from civcas.extract.shooters import named_shooter
from civcas.models import Document, Figure


def figures(text: str) -> list[Figure]:
    return extract(Document(id="t", text=text, published=date(2018, 3, 2)))


def perp_of(text: str, low: int) -> str | None:
    f = next(f for f in figures(text) if f.low == low)
    return f.perpetrator.name if f.perpetrator else None


@pytest.mark.parametrize(("text", "low"), [
    ("ANNAPOLIS, Md. -- A man opened fire in an office on Thursday. Dale Ruiz, 41, of Severn, "
     "killed four employees and wounded three others, the police chief said.", 4),
    ("FRESNO, Calif. - Police said the shooting began in a parking lot. On Friday, Carla M. Moss shot and "
     "killed two neighbours before driving away, the sheriff said.", 2),
    ("TOLEDO, Ohio - A shooting at a bar left three people wounded late Saturday. Mark Ellis opened fire "
     "in the lobby after an argument, wounding three patrons, police said.", 3),
])
def test_a_named_shooter_is_the_gunman(text: str, low: int) -> None:
    assert perp_of(text, low) == "gunman"


@pytest.mark.parametrize("sentence", [
    "Officer Jo Lee shot the suspect in the leg, the chief said.",
    "Dale Ruiz shot himself in the parking lot.",
    "Mayor Ann Polk told reporters that nine people died.",
])
def test_no_named_shooter(sentence: str) -> None:
    assert named_shooter(sentence) is None


@pytest.mark.parametrize(("text", "low"), [
    # a recalled attack of another kind is no gunman's
    ("DALLAS - A sniper killed five officers on Thursday night, police said. A memorial fund counts 72 "
     "officers who died in the terror attacks of 2001 in New York.", 72),
    ("ORLANDO, Fla. - A gunman killed nine people at a club on Sunday, police said. It was the deadliest "
     "attack in the state since a 1995 bombing in which 11 people were killed.", 11),
    # a tally whose dead are only partly an author's
    ("MEDELLIN, 4 JUL 89 -- [TEXT] ACCORDING TO POLICE FIGURES, MORE THAN 3,000 PEOPLE HAVE BEEN MURDERED IN "
     "THE CITY SINCE JANUARY, SOME OF THEM AT THE HANDS OF PAID KILLERS.", 3000),
])
def test_no_author_for_a_figure_without_one(text: str, low: int) -> None:
    assert perp_of(text, low) is None


def test_most_of_a_tally_makes_the_author() -> None:
    text = ("MEDELLIN, 4 JUL 89 -- [TEXT] MORE THAN 300 POLICE AGENTS HAVE BEEN KILLED IN THE CITY SINCE LAST "
            "YEAR, MOST OF THEM BY HIRED ASSASSINS, POLICE SAID.")
    assert perp_of(text, 300) is not None


@pytest.mark.parametrize(("sentence", "acts"), [
    ('The ministry said 20 people were killed when Israeli forces "targeted" the crowd.', True),
    ("THE RED CROSS SAID 14 PEOPLE DIED WHEN ISRAELI TROOPS 'OPENED FIRE' ON THE QUEUE.", True),
    ('The army said that "no Israeli fire" had been directed at the crowd.', False),
    ("It said no Israeli strikes had hit the school that day.", False),
])
def test_quoted_verbs_and_negated_fire(sentence: str, acts: bool) -> None:
    m = next(m for m in find_actors(sentence, theatre=("PS", "IL")) if m.entry.name == "Israeli military")
    assert (perpetrator_score(sentence, m) > 0) is acts


@pytest.mark.parametrize("text", [
    ("Gunfire and shelling hit a crowd waiting for aid in Gaza City, killing 20 people, the health ministry "
     "said. A hospital said it had received 11 bodies. The Israeli military denied responsibility. "
     "Responsibility for the deaths is disputed between the army and armed Palestinians."),
    ("Shells hit a market in Donetsk, killing nine people, local officials said. A hospital said it had "
     "treated 25 wounded. Ukraine's army denied firing on the city. It remains unclear who fired the shells."),
    ("A BOMB KILLED SIX PEOPLE AT A MARKET IN AYACUCHO, A HOSPITAL SAID. THE SHINING PATH DENIED ANY "
     "PARTICIPATION IN THE ATTACK. BLAME FOR THE BLAST REMAINS DISPUTED."),
])
def test_a_dispute_the_story_states_leaves_neutral_figures_without_author(text: str) -> None:
    hospital = [f for f in figures(text) if f.claimant is not None and "hospital" in f.claimant.name.lower()]
    assert hospital and all(f.perpetrator is None for f in hospital)


@pytest.mark.parametrize(("text", "author"), [
    ("GUATEMALA CITY, 2 AUG 89 -- [TEXT] A MILITARY SPOKESMAN SAID THREE TROOPERS DIED YESTERDAY IN A SKIRMISH "
     "WITH URNG REBELS NEAR NEBAJ.", "URNG"),
    ("Two policemen died in a firefight with Shining Path rebels near Ayacucho on Sunday, officials said.",
     "Shining Path"),
    ("Four Kenyan soldiers were killed in fighting with al-Shabaab near the border, the army said.", "al-Shabaab"),
])
def test_the_other_side_of_a_clash_is_the_author(text: str, author: str) -> None:
    assert {f.perpetrator.name if f.perpetrator else None for f in figures(text)} == {author}


@pytest.mark.parametrize(("text", "author"), [
    ("Boko Haram has also struck across the border in Cameroon. In 2015, its fighters killed 90 villagers in "
     "a single raid.", "Boko Haram"),
    ("THE FMLN HAS STEPPED UP ITS ATTACKS IN THE CAPITAL. LAST WEEK ITS COMMANDOS KILLED TWO POLICEMEN IN "
     "SOYAPANGO.", "FMLN"),
    ("Al-Shabaab attacked an army base near Kismayo on Friday. Its gunmen killed 12 soldiers, a Somali "
     "officer said.", "al-Shabaab"),
])
def test_its_fighters_are_the_previous_sentences_group(text: str, author: str) -> None:
    assert perp_of(text, 90 if "90" in text else 2 if "TWO" in text else 12) == author


def test_a_blame_in_quotes_names_the_group() -> None:
    text = ('SAN SALVADOR, 9 JUN 89 -- [TEXT] A JUDGE WAS SHOT DEAD OUTSIDE HIS HOME TODAY. THE POLICE BLAMED '
            '"FMLN URBAN COMMANDOS" FOR THE KILLING. IN USULUTAN, MEANWHILE, TWO SOLDIERS WERE WOUNDED WHEN REBELS '
            'ATTACKED A PATROL.')
    assert perp_of(text, 2) == "FMLN"


@pytest.mark.parametrize("text", [
    ("A truck bomb killed 60 people in the centre of Kabul on Wednesday, officials said. The Taliban said they "
     "had no part in the blast. Hospitals said they had treated 300 wounded. In a separate attack in "
     "April, Taliban fighters killed 40 soldiers at a camp near Kunduz, officials said."),
    ("A BOMB KILLED EIGHT PEOPLE AT A BUS TERMINAL IN HUANCAYO TODAY, POLICE SAID. THE SHINING PATH DENIED ANY "
     "PART IN THE ATTACK. A HOSPITAL SAID IT HAD TREATED 19 WOUNDED. IN A SEPARATE INCIDENT IN AYACUCHO LAST "
     "MONTH, SHINING PATH GUERRILLAS KILLED FIVE SOLDIERS, THE ARMY SAID."),
    ("An air strike killed 14 people at a wedding in Saada on Monday, medics said. The Saudi-led coalition "
     "denied it had flown over the district. In a separate raid on Hodeidah in May, coalition jets "
     "killed 20 fishermen, the UN said."),
])
def test_another_event_of_the_denier_settles_no_dispute(text: str) -> None:
    figs = [f for f in figures(text) if f.stance != "denied"]
    lead = figs[0]
    later = figs[-1]
    assert lead.perpetrator is None and later.perpetrator is not None


@pytest.mark.parametrize(("text", "low", "author"), [
    # the police of a cartel story are not the cartel
    ("MEDELLIN, 24 JUN 90 -- [TEXT] THE MEDELLIN CARTEL HAS BOMBED FOUR POLICE POSTS THIS MONTH. A COMMUNIQUE "
     "CHARGED THAT THE POLICE HAD KILLED 60 YOUTHS IN A RAID ON A SLUM LAST WEEK.", 60, "Colombian police"),
    ("Al-Shabaab fighters stormed a base in Gedo on Friday. A military spokesman said Kenyan troops had killed "
     "40 militants in the fighting.", 40, "Kenya Defence Forces"),
    ("The FMLN shelled the garrison at dawn, officials said. Later the army killed 14 guerrillas in a "
     "counter-attack near the town.", 14, "Salvadoran armed forces"),
])
def test_a_typed_state_force_is_the_theatres_not_the_groups(text: str, low: int, author: str) -> None:
    assert perp_of(text, low) == author
