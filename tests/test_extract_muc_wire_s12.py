"""Wire copy in capitals (MUC-3/4 style): casualties that a death word of another count does not
make dead, full names after a killing verb, watchmen, a killing noun whose victims follow a date,
a clause after a victim that ends a list, and demonstratives before a count.  Own phrasings (no
evaluation text)."""

from __future__ import annotations

from extract_helpers import wire_figures

_figs = wire_figures


def test_casualties_are_not_dead_by_another_counts_death_word() -> None:
    assert _figs("THE GUERRILLA COLUMN TOOK 22 CASUALTIES, THOUGH NOT ONE POLICEMAN WAS KILLED.") == set()
    assert _figs("THE ARMY ADMITTED ANOTHER FOUR CASUALTIES AND THE DEATH OF ONE REBEL NEAR ILOBASCO.") \
        == {("killed", 1, 1)}
    assert _figs("THE UNIT SUFFERED 12 CASUALTIES IN THE AMBUSH, BUT NOBODY WAS KILLED.") == set()
    # near misses: the death word is the casualties' own
    assert ("killed", 40, 40) in _figs("THE BOMBING CAUSED 40 CASUALTIES, ALL OF THEM DEAD, THE ARMY SAID.")
    assert {("killed", 18, 18), ("killed", 7, 7)} <= _figs("THE CLASH LEFT 18 CASUALTIES, SEVEN OF THEM KILLED.")


def test_full_name_in_capitals_after_a_killing_verb_is_one_victim() -> None:
    assert _figs("A GROUP OF GUNMEN TODAY KILLED ROSA ELENA MARQUEZ, WIFE OF A RETIRED GENERAL, IN NORTHERN CALI.") \
        == {("killed", 1, 1)}
    assert _figs("THE MINISTER ACCUSED THE REBELS OF MURDERING TOMAS ECHEVERRIA, A CONGRESSMAN.") == {("killed", 1, 1)}
    assert _figs("UNKNOWN ASSAILANTS KILLED JORGE LUIS DE LA TORRE AS HE LEFT HIS OFFICE IN GUAYAQUIL.") \
        == {("killed", 1, 1)}
    # near misses: a threat, a lone given name, a place, a possessive before a count
    assert _figs("THE REBELS THREATENED TO KILL MARIO VEGA AND HIS FAMILY.") == set()
    assert _figs("THE TROOPS KILLED CARLOS IN THE VILLAGE.") == set()
    assert _figs("THE BOMB KILLED SAN MARTIN RESIDENTS.") == set()


def test_watchmen_are_persons() -> None:
    assert _figs("ARMED MEN KILLED A WATCHMAN AT A SAWMILL NEAR PASTO.") == {("killed", 1, 1)}
    assert _figs("TWO ARMED YOUTHS WOUNDED A WATCHMAN OUTSIDE A TEXTILE MILL IN PEREIRA ON FRIDAY.") == {("injured", 1, 1)}
    assert _figs("THE REBELS SHOT TO DEATH TWO NIGHT WATCHMEN AT THE BREWERY.") == {("killed", 2, 2)}
    assert _figs("THE WATCHMAN SAID THE GUNMEN FLED TOWARD THE RIVER.") == set()


def test_killing_noun_whose_victims_follow_a_date() -> None:
    assert _figs("THE POLICE REPORTED THE MURDER ON 3 MAY OF FIVE MORE TEACHERS IN EL CARMEN.") == {("killed", 5, 5)}
    assert _figs("THE UNION CONDEMNED THE KILLING LAST WEEK OF FOUR OF ITS MEMBERS IN PUERTO BERRIO.") \
        == {("killed", 4, 4)}
    assert _figs("THE PARTY SAID THE ASSASSINATION ON 14 APRIL OF JORGE PAREDES FORCED IT OUT OF THE RACE.") \
        == {("killed", 1, 1)}
    assert _figs("THE MAYOR RECALLED THE MASSACRE ON THE NIGHT OF 2 JUNE OF 11 FARMERS IN LA UNION.") \
        == {("killed", 11, 11)}
    # near misses: a place, not a time, before "of"; a plan; a year
    assert _figs("THE MURDER IN THE VILLAGE OF TIQUISATE SHOCKED THE COUNTRY.") == set()
    assert _figs("THE EXECUTION ON MONDAY OF THE NEW PLAN BEGAN.") == set()
    assert _figs("THE KILLING ON 3 MAY OF 1989 WAS NOT SOLVED.") == set()


def test_attackers_next_act_ends_a_capitals_list() -> None:
    assert _figs("UNIDENTIFIED INDIVIDUALS TODAY BROKE INTO A RANCH OWNED BY LUIS PARRA, DIRECTOR OF THE NATIONAL "
                 "INSTITUTE OF COFFEE GROWERS (INAC), KILLED A PEASANT, AND SET FIRE TO THE RANCH.") == {("killed", 1, 1)}
    assert ("killed", 2, 2) in _figs("THE GANG KILLED A PEASANT AND A WATCHMAN, AND FLED IN A STOLEN TRUCK.")
    assert _figs("THE COMMANDO KILLED A DRIVER, AND ESCAPED ON FOOT.") == {("killed", 1, 1)}
    # near miss: a list of names still counts
    assert ("killed", 2, 2) in _figs("THE FOLLOWING SOLDIERS WERE KILLED: CAPTAIN LUIS MORA AND SERGEANT ANA RIOS.")


def test_demonstrative_before_a_count() -> None:
    assert _figs("THE KIDNAPPING AND SUBSEQUENT ASSASSINATION OF THESE THREE PERSONS SHOCKED THE COUNTRY.") \
        == {("killed", 3, 3)}
    assert _figs("THE REBELS KILLED THOSE TWO FARMERS BECAUSE THEY REFUSED TO PAY.") == {("killed", 2, 2)}
    assert _figs("HE BLAMED THE ARMY FOR THE MURDER OF THOSE FOUR STUDENTS.") == {("killed", 4, 4)}
    assert _figs("THESE TWO KILLINGS ARE NOT CONNECTED.") == set()


def test_casualties_keep_a_death_word_of_the_sentence_gate() -> None:
    # every word that makes casualties dead also counts as theirs ("fatal", "mortally", "deceased")
    assert ("killed", 12, 12) in _figs("THE REBELS SUFFERED 12 CASUALTIES IN THE FATAL AMBUSH NEAR YACUIBA.")
    assert ("killed", 7, 7) in _figs("THE CLASH LEFT 7 CASUALTIES, ALL OF THEM MORTALLY WOUNDED, THE ARMY SAID.")
