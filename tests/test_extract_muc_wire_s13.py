"""Wire copy in capitals (MUC-3/4 style), session 13: lists of victims the sentence splitter cut at
semicolons, nameless role items in a list, subject lists opened by a conjunction or "in which",
a relative clause between a list and its verb, transcriber's notes inside a count, a two-word
title before "and N others", a victim's own party "also" killed, a private citizen, a named
person's relative as an object, and a titled object after an active verb.  Own phrasings (no
evaluation text)."""

from __future__ import annotations

from civcas.extract.text import tokenize
from extract_helpers import wire_figures

_figs = wire_figures


def test_list_cut_at_semicolons_is_read_whole() -> None:
    # (the dateline's day and year are no size of the list: "QUITO, 4 MAY 90")
    assert ("killed", 3, 3) in _figs(
        "THE MAYOR'S NEPHEW, ARTURO; RAMIRO VEGA SOLIS, THE TOWN TREASURER; AND DRIVER HUGO PAZ, WERE ALSO KILLED.")
    assert ("killed", 3, 3) in _figs(
        "THE BOMB WENT OFF AT NOON, KILLING TERESA LUNA ROJAS, 51; MANUEL OCHOA, 20; AND ESTEBAN RUIZ CALLE.")
    assert ("injured", 4, None) in _figs(
        "AMONG THE WOUNDED HERE ARE TOMAS VEGA, 30; ROSA LIMA, 41; ANDRES SOLIS, 19; AND NICOLAS PRADO.")
    # near miss: pieces of two sentences' worth, no list of victims
    assert _figs("THE TALKS WILL RESUME ON MONDAY; THE MEDIATOR, JAIME ROCA, SAID SO; NO ONE WAS HURT.") == set()


def test_nameless_role_items_and_clause_openers() -> None:
    assert ("killed", 3, 3) in _figs(
        "THE CABINET MET AFTER A CUSTOMS INSPECTOR, A JUDGE, AND SENATOR RAUL DIAZ OCHOA WERE MURDERED.")
    assert ("killed", 2, 2) in _figs(
        "THERE WAS ANOTHER RAID, IN WHICH FARMER LUIS OTERO AND TEACHER ANA VARGAS WERE KILLED.")
    assert ("killed", 3, 3) in _figs(
        "THE KILLINGS IN THE PAST TWO DAYS OF A PROSECUTOR, A POLICE CAPTAIN, AND SENATOR RAUL DIAZ OCHOA "
        "SHOCKED THE CAPITAL.")
    # near miss: an apposition describes the named person before it (one person)
    assert ("killed", 2, 2) not in _figs("RAUL DIAZ OCHOA, A JUDGE, WAS MURDERED IN HIS OFFICE.")


def test_relative_clause_before_the_verb_and_no_object_after_killed_and() -> None:
    assert ("killed", 2, 2) in _figs(
        "MARCO TULIO REYES AND ESTEBAN CRUZ, BOTH OF WHOM WERE COFFEE GROWERS, WERE KILLED ON MONDAY.")
    # near miss: after "WERE KILLED AND" a new clause names someone wounded, not killed
    got = _figs("TWO GUARDS WERE KILLED AND MAYOR ANA RUIZ, WHO WAS IN THE CAR, WAS WOUNDED.")
    assert ("killed", 3, 3) not in got and ("killed", 2, 2) in got


def test_transcriber_note_inside_a_count() -> None:
    assert [t.low for t in tokenize("FOUR [NUMBER AS HEARD] OTHER PEOPLE DIED [AS RECEIVED].")] \
        == ["four", "other", "people", "died", "."]
    assert ("killed", 6, 6) in _figs(
        "PARTY LEADER LUCIA ORTIZ AND FIVE [NUMBER AS HEARD] OTHERS DIED IN THE FIRE AT HER HOUSE.")
    # near miss: a bracketed aside that is no transcriber's note stays
    assert "republic" in [t.low for t in tokenize("THE ERP [PEOPLE'S REVOLUTIONARY ARMY OF THE REPUBLIC] SAID")]


def test_two_word_title_before_and_n_others() -> None:
    assert ("killed", 4, 4) in _figs("STUDENT LEADER ANA MARIA ROJAS AND THREE OTHER PEOPLE WERE KILLED.")
    assert ("injured", 3, 3) in _figs("PEASANT LEADER TOMAS QUISPE AND TWO OTHERS WERE WOUNDED BY THE PATROL.")
    # near miss: "and two other" after a thing, not a person
    assert ("killed", 5, 5) not in _figs("THE BLAST AT THE UNION LEADER'S OFFICE AND TWO OTHER BOMBINGS KILLED FOUR PEOPLE.")


def test_a_victims_own_party_also_killed() -> None:
    assert ("killed", 3, 3) in _figs(
        "JUDGE HUGO MEDINA WAS SHOT DEAD TODAY IN AN AMBUSH IN WHICH TWO OF HIS ESCORTS WERE ALSO KILLED.")
    assert ("killed", 4, 4) in _figs(
        "MAYOR LUIS PENA WAS MURDERED LAST NIGHT IN AN ATTACK IN WHICH THREE MEMBERS OF HIS FAMILY ALSO DIED.")
    # near misses: the party has another outcome; no "also"
    assert ("killed", 3, 3) not in _figs("MAYOR LUIS PENA WAS KILLED IN THE ATTACK, AND TWO OF HIS BODYGUARDS WERE WOUNDED.")
    assert ("killed", 3, 3) not in _figs("MAYOR LUIS PENA WAS KILLED WHILE TWO OF HIS AIDES WATCHED.")


def test_private_citizen_is_no_soldier() -> None:
    assert ("injured", 3, 3) in _figs("TWO POLICEMEN WHO WERE GUARDING THE COURT AND A PRIVATE CITIZEN WERE HURT BY THE GRENADE.")
    assert ("injured", 4, 4) in _figs("THREE TRAFFIC POLICEMEN AND A PRIVATE CITIZEN WERE HURT WHEN THE BOMB WENT OFF.")
    # near miss: soldiers and a private are one side; no total
    assert ("injured", 3, 3) not in _figs("TWO SOLDIERS AND A PRIVATE WERE WOUNDED IN THE CLASH WITH THE REBELS.")


def test_named_persons_relative_after_a_killing_verb() -> None:
    assert _figs("THE RAIDERS ALSO WOUNDED QUINTERO'S WIFE.") == {("injured", 1, 1)}
    assert _figs("ARMED MEN KILLED ANA RUIZ'S HUSBAND IN FRONT OF THEIR SHOP.") == {("killed", 1, 1)}
    assert _figs("ARMED MEN KILLED RUIZ'S HUSBAND ON MONDAY.") == {("killed", 1, 1)}  # not "ARMED MEN" killed
    # near misses: no harm verb before the owner; a place owned by a name
    assert _figs("THE ENVOY VISITED QUINTERO'S WIFE IN HOSPITAL ON SUNDAY.") == set()
    assert _figs("REBELS KILLED A WATCHMAN AT MORALES'S RANCH.") == {("killed", 1, 1)}


def test_titled_object_after_an_active_verb() -> None:
    got = _figs("TWO INDIVIDUALS KILLED JUDGE PEDRO ROSALES NEAR HIS HOME.")
    assert ("killed", 2, 2) not in got and ("killed", 1, 1) in got
    assert ("killed", 2, 2) not in _figs("THREE MEN KILLED UNION LEADER MARTA GIL IN THE MARKET.")
    # near misses: reduced passives before a place or a clause
    assert ("killed", 4, 4) in _figs("FOUR PEASANTS KILLED IN AMBUSH, THE MAYOR SAID.")
    assert ("killed", 3, 3) in _figs("THREE POLICEMEN KILLED, JUDGE SAYS.")


def test_participle_phrase_before_a_coordinated_count() -> None:
    assert ("injured", 3, 3) in _figs("TWO POLICEMEN ESCORTING THE PROSECUTOR AND A STREET VENDOR WERE WOUNDED.")
    assert ("killed", 3, 3) in _figs("TWO WOMEN SELLING BREAD NEAR THE PLAZA AND A BOY WERE KILLED BY THE MORTAR.")
    # near miss: a wounding verb after the first count is a harm of its own, no list
    got = _figs("THE BOMB KILLED TWO PEOPLE, WOUNDING THREE GUARDS AND A CHILD.")
    assert ("killed", 2, 2) in got and ("killed", 3, 3) not in got
