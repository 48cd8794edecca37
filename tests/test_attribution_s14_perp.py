"""Perpetrators and claimants on new text (session 14): a monitor's verdict "X is the likely
belligerent", a claim of "the strike" with an adverb, a force acting with a partner, an incident
named by its place in a later paragraph, a paragraph that steps back to an earlier day, the
grading's "the belligerent" as a speaker, actors the list lacked, and the scorer's agreement of
number and possessive variants of one name. All sentences are the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.evaluate.figures import actor_agrees
from civcas.extract import canonical_actor, extract
from civcas.extract.actors import find_actors
from civcas.extract.assessedside import assessed_side
from civcas.extract.events import segment
from civcas.extract.perpetrators import claims_responsibility, perpetrator_score
from civcas.models import Document


def _score(sentence: str, name: str, theatre: tuple[str, ...] | None = None) -> int:
    m = next(m for m in find_actors(sentence, theatre=theatre) if m.entry.name == name)
    return perpetrator_score(sentence, m)


def _figures(text: str) -> list[tuple[str, int | None, str | None, str | None]]:
    figs = extract(Document(id="t", text=text, published=date(2024, 6, 1)))
    return [(f.outcome, f.low, f.perpetrator.name if f.perpetrator else None,
             f.claimant.name if f.claimant else None) for f in figs]


# --- the monitor's verdict -------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "name"), [
    ("Russian forces are the likely belligerent, the monitor said.", "Russian forces"),
    ("The suspected belligerent was the Saudi-led coalition.", "Saudi-led coalition"),
    ("Suspected belligerent: Turkish forces.", "Turkish forces"),
    ("Analysts judged Israeli forces the most likely belligerent in the attack.", "Israeli military"),
])
def test_a_verdict_names_its_side(sentence: str, name: str) -> None:
    m = next(m for m in find_actors(sentence) if m.entry.name == name)
    assert assessed_side(sentence, m.start, m.end)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Turkish forces, a belligerent in the Syrian war since 2016, denied the report.", "Turkish forces"),
    ("Russian forces shelled the town; the belligerent conceded two deaths.", "Russian forces"),
    ("The Saudi-led coalition said the likely cause was a faulty fuse.", "Saudi-led coalition"),
])
def test_no_verdict_without_its_words(sentence: str, name: str) -> None:
    m = next(m for m in find_actors(sentence) if m.entry.name == name)
    assert not assessed_side(sentence, m.start, m.end)


_VERDICT_STORY = (
    "Somalia: Strike on a farm near Kurtunwarey\n\n"
    "On the night of 2 May 2024 a drone strike hit a farm near Kurtunwarey in Lower Shabelle, during a "
    "government offensive against al-Shabaab. Relatives said the strike killed seven civilians, three of "
    "them children.\n\n"
    "A week before, al-Shabaab had said it controlled the district, and al-Shabaab fighters had "
    "attacked a checkpoint there.\n\n"
    "The monitor grades the Kurtunwarey incident as Fair. Turkish forces are the likely belligerent.")


def test_the_verdict_outweighs_a_side_named_more_often() -> None:
    figs = _figures(_VERDICT_STORY)
    seven = [f for f in figs if f[0] == "killed" and f[1] == 7]
    assert seven and all(f[2] == "Turkish forces" for f in seven)


def test_without_the_verdict_the_story_keeps_its_other_reading() -> None:
    text = _VERDICT_STORY.replace(" Turkish forces are the likely belligerent.", "")
    figs = _figures(text)
    assert all(f[2] != "Turkish forces" for f in figs)


# --- a claim of "the strike" ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Revolutionary Guards publicly claimed the strike, and four civilians were killed.",
    "The Revolutionary Guards later claimed the missile strike in a statement on state television.",
    "The IRGC openly claimed the drone strikes on the camp.",
])
def test_a_group_claiming_the_strike_is_its_author(sentence: str) -> None:
    m = next(m for m in find_actors(sentence) if m.entry.name == "IRGC")
    assert perpetrator_score(sentence, m) > 0 and claims_responsibility(sentence, m)


def test_a_claim_of_what_the_strike_did_is_no_claim() -> None:
    sentence = "The Revolutionary Guards claimed the strike killed only fighters."
    m = next(m for m in find_actors(sentence) if m.entry.name == "IRGC")
    assert not claims_responsibility(sentence, m)


# --- a force acting with a partner ----------------------------------------------------------

@pytest.mark.parametrize(("sentence", "name", "theatre"), [
    ("Before dawn US special operations forces and Afghan commandos raided a compound in Farah.",
     "US-led coalition", ("AF",)),
    ("US special forces together with local militiamen attacked the camp on Sunday.", "US-led coalition",
     ("AF",)),
    ("Before dawn Malian soldiers and allied militiamen raided the hamlet near Bankass.", "Malian armed forces",
     ("ML",)),
])
def test_a_force_acting_with_a_partner_acts(sentence: str, name: str, theatre: tuple[str, ...]) -> None:
    assert _score(sentence, name, theatre) > 0


def test_a_partner_named_in_talks_is_no_act() -> None:
    assert _score("Talks between US special operations forces and Afghan commandos ended on Monday.",
                  "US-led coalition", ("AF",)) <= 0


# --- events: a named incident returns; a step back to an earlier day opens another ------------

def _events(texts: list[str], places: list[str | None]) -> list[int]:
    return segment(texts, place_of=lambda i: places[i], day_of=lambda i: None)


def test_an_incident_named_by_its_place_returns_to_its_event() -> None:
    texts = ["Drones struck the village of Karez on Monday, killing nine.",
             "Separately, rebels ambushed a convoy near Bala Buluk.",
             "The monitor grades the Karez incident as Fair."]
    assert _events(texts, ["Farah province", "Bala Buluk", None]) == [0, 1, 0]


def test_a_grading_naming_no_earlier_place_stays() -> None:
    texts = ["Drones struck the village of Karez on Monday, killing nine.",
             "Separately, rebels ambushed a convoy near Bala Buluk.",
             "The monitor grades the Monday incident as Fair."]
    assert _events(texts, ["Farah province", "Bala Buluk", None]) == [0, 1, 1]


@pytest.mark.parametrize("opening", ["Four days earlier, ", "A week before, ", "Days earlier, "])
def test_stepping_back_to_an_earlier_day_opens_another_event(opening: str) -> None:
    texts = ["Shelling killed five people in the market of Goma on Friday.",
             opening + "rebels had attacked a checkpoint in Goma, killing two soldiers."]
    assert _events(texts, ["Goma", "Goma"]) == [0, 1]


def test_an_earlier_day_inside_the_sentence_opens_nothing() -> None:
    texts = ["Shelling killed five people in the market of Goma on Friday.",
             "The shelling, four days earlier than expected, hit the main road in Goma."]
    assert _events(texts, ["Goma", "Goma"]) == [0, 0]


# --- the grading's "the belligerent" speaks for the figure's author -----------------------------

def test_the_belligerent_conceding_deaths_is_the_author() -> None:
    text = ("Iraq: Coalition strike on a house in Hawija\n\n"
            "On 3 March 2017 a US-led coalition air strike hit a house in Hawija, killing 11 civilians, "
            "relatives said.\n\nThe monitor grades the incident as Fair. The belligerent conceded four deaths.")
    four = [f for f in _figures(text) if f[0] == "killed" and f[1] == 4]
    assert four and four[0][2] == "US-led coalition" and four[0][3] == "US-led coalition"


# --- actors the list lacked --------------------------------------------------------------------

@pytest.mark.parametrize(("words", "name"), [
    ("Islamic Revolutionary Guard Corps", "IRGC"),
    ("Quds Force", "IRGC"),
    ("Dan Na Ambassagou", "Dan Na Ambassagou"),
    ("ALFARO VIVE, CARAJO", "AVC"),
    ("Human Rights Commission of El Salvador", "CDHES"),
    ("Regional Indigenous Council of Cauca", "CRIC"),
    ("UN Office of the High Commissioner for Human Rights", "OHCHR"),
])
def test_new_actor_names(words: str, name: str) -> None:
    actor = canonical_actor(words)
    assert actor is not None and actor.name == name


def test_gam_means_the_guatemalan_group_only_there() -> None:
    assert canonical_actor("GAM", theatre=("GT",)).name == "Mutual Support Group"  # type: ignore[union-attr]
    other = canonical_actor("GAM", theatre=("ID",))
    assert other is None or other.name != "Mutual Support Group"


# --- the scorer: number and possessive variants of one name ---------------------------------

@pytest.mark.parametrize(("ours", "gold"), [
    ("gunman", "gunmen"),
    ("unidentified gunmen", "gunman"),
    ("attackers", "attacker"),
    ("Lake County coroner", "Lake County coroner's office"),
    ("Basra's main hospital", "Basra main hospital"),
])
def test_variants_of_one_name_agree(ours: str, gold: str) -> None:
    assert actor_agrees(ours, ours, gold, min_ratio=100)


@pytest.mark.parametrize(("ours", "gold"), [
    ("gunman", "police"),
    ("gunmen", "Shining Path"),
    ("Lake County coroner", "Lake County sheriff's office"),
])
def test_other_actors_still_differ(ours: str, gold: str) -> None:
    assert not actor_agrees(ours, ours, gold, min_ratio=100)
