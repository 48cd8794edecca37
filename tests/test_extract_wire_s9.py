"""Wire copy of Latin American radio and agency items (session 9): reserve forces and contras as
counted people, people led away by armed men, a region's police command, a communique read over the
radio, Nicaraguan actors and a president's surname as speaker. All sentences are the team's own."""

from __future__ import annotations

from civcas.extract import extract
from civcas.models import Document


def _figs(text: str) -> list[tuple[str, str, int | None, str | None, str | None]]:
    doc = Document(id="t", text=text)
    return [(f.outcome, f.group, f.low, f.claimant.name if f.claimant else None,
             f.perpetrator.name if f.perpetrator else None) for f in extract(doc)]


def _has(text: str, outcome: str, group: str, low: int) -> list[tuple[str, str, int | None, str | None, str | None]]:
    figs = _figs(text)
    hits = [f for f in figs if f[:3] == (outcome, group, low)]
    assert hits, figs
    return hits


# --- reservists and contras are counted people ---

def test_reservists_killed_and_wounded_elided() -> None:
    text = "THE ARMY REPORTED TODAY THAT 12 RESERVISTS WERE KILLED AND 4 WERE WOUNDED WHEN REBELS FIRED ON A BUS."
    _has(text, "killed", "combatants", 12)
    _has(text, "injured", "combatants", 4)


def test_counterrevolutionaries_died() -> None:
    _has("TWO COUNTERREVOLUTIONARIES DIED IN THE CLASH NEAR THE RIVER, THE ARMY SAID.", "killed", "combatants", 2)


def test_former_contras_are_people() -> None:
    text = "A RIGHTS GROUP SAID THREE FORMER CONTRAS WERE SLAIN ON A FARM AND TWO MORE WERE HURT."
    _has(text, "killed", "people", 3)
    _has(text, "injured", "people", 2)


def test_former_contras_tally() -> None:
    _has("NO FEWER THAN 30 FORMER CONTRAS WERE SLAIN AFTER THE CEASE-FIRE, THE CHURCH SAID.",
         "killed", "people", 30)


# --- people taken away ---

def test_took_away_peasants() -> None:
    _has("THE MAYOR SAID THAT ABOUT 30 ARMED MEN ENTERED THE HAMLET AND TOOK AWAY 17 PEASANTS.",
         "detained", "civilians", 17)


def test_had_taken_away_young_men() -> None:
    _has("RESIDENTS SAID THE SOLDIERS HAD TAKEN AWAY FOUR YOUNG MEN FROM THE VILLAGE.", "detained", "men", 4)


def test_gunmen_took_away_after_a_killing() -> None:
    _has("THE GUNMEN KILLED THE MAYOR AND TOOK AWAY TWO PEASANTS.", "detained", "civilians", 2)


def test_mixed_case_took_away() -> None:
    _has("The soldiers took away three young men, residents said.", "detained", "men", 3)


def test_objects_taken_away_are_no_figure() -> None:
    assert _figs("THE SOLDIERS TOOK AWAY 40 RIFLES FROM THE CAMP.") == []
    assert _figs("POLICE ARRESTED TWO GUNMEN AND TOOK AWAY THEIR RIFLES.") == []


# --- a region's police command in wire copy is the country's police ---

def test_department_police_is_national() -> None:
    text = ("[TEXT] BOGOTA, 4 MAR 89 (DOMESTIC SERVICE) -- GUNMEN KILLED THREE PEASANTS IN A VILLAGE NEAR "
            "POPAYAN, ACCORDING TO THE CAUCA POLICE DEPARTMENT.")
    assert _has(text, "killed", "civilians", 3)[0][3] == "Colombian police"


def test_department_police_command_is_national() -> None:
    text = ("[TEXT] NEIVA, 4 MAR 89 (DOMESTIC SERVICE) -- TWO AGENTS DIED WHEN REBELS ATTACKED A POST IN "
            "COLOMBIA, THE HUILA DEPARTMENT POLICE COMMAND SAID.")
    assert _has(text, "killed", "combatants", 2)[0][3] == "Colombian police"


def test_cue_region_police_is_national() -> None:
    text = ("[TEXT] MEDELLIN, 4 MAR 89 (DOMESTIC SERVICE) -- GUNMEN KILLED THREE PEASANTS NEAR RIONEGRO, "
            "ACCORDING TO THE ANTIOQUIA POLICE DEPARTMENT.")
    assert _has(text, "killed", "civilians", 3)[0][3] == "Colombian police"


def test_city_police_peru() -> None:
    text = "[TEXT] LIMA, 4 MAR 89 (EFE) -- THE CUZCO POLICE REPORTED THAT FOUR PEASANTS WERE FOUND DEAD IN PERU."
    assert _has(text, "killed", "civilians", 4)[0][3] == "Peruvian police"


def test_force_of_its_own_kind_keeps_name() -> None:
    text = ("[TEXT] SAN SALVADOR, 4 MAR 89 (EFE) -- THE TREASURY POLICE SAID THAT TWO AGENTS WERE WOUNDED "
            "IN A REBEL ATTACK.")
    assert _has(text, "injured", "combatants", 2)[0][3] != "Salvadoran police"


def test_mixed_case_region_police_unchanged() -> None:
    text = "Gunmen killed three farmers near Popayan, Colombia, according to the Cauca police department."
    assert _has(text, "killed", "civilians", 3)[0][3] == "Cauca police"


# --- a document read over the radio: its author speaks ---

def test_communique_read_over_radio_anaphora() -> None:
    text = ("[TEXT] LIMA, 3 MAY 90 (DOMESTIC SERVICE) -- AN ARMY COMMUNIQUE BROADCAST OVER THE RADIO STATED "
            "THAT THE REBELS FLED. ACCORDING TO THE COMMUNIQUE, FOUR SOLDIERS DIED IN THE AMBUSH.")
    assert _has(text, "killed", "combatants", 4)[0][3] == "Peruvian armed forces"


def test_police_statement_broadcast_on_radio() -> None:
    text = ("[TEXT] LIMA, 3 MAY 90 (DOMESTIC SERVICE) -- A POLICE STATEMENT BROADCAST ON THE RADIO SAID THREE "
            "AGENTS WERE WOUNDED.")
    assert _has(text, "injured", "combatants", 3)[0][3] == "Peruvian police"


def test_army_bulletin_aired_on_television() -> None:
    text = ("[TEXT] BOGOTA, 3 MAY 90 (DOMESTIC SERVICE) -- AN ARMY BULLETIN AIRED ON NATIONAL TELEVISION SAID "
            "SIX GUERRILLAS WERE KILLED.")
    assert _has(text, "killed", "combatants", 6)[0][3] == "Colombian armed forces"


# --- Nicaraguan actors ---

def test_sandinist_army_with_acronym() -> None:
    text = ("[TEXT] MANAGUA, 3 MAY 89 (DOMESTIC SERVICE) -- THE SANDINIST PEOPLE'S ARMY REPORTED TODAY THAT "
            "NINE RESERVISTS WERE KILLED IN AN AMBUSH NEAR JINOTEGA.")
    assert _has(text, "killed", "combatants", 9)[0][3] == "Sandinista People's Army"


def test_eps_alone_in_a_nicaraguan_story() -> None:
    text = ("[TEXT] MANAGUA, 3 MAY 89 (DOMESTIC SERVICE) -- THE EPS SAID THAT THE CONTRAS KIDNAPPED FIVE "
            "PEASANTS NEAR WIWILI.")
    hit = _has(text, "detained", "civilians", 5)[0]
    assert hit[3] == "Sandinista People's Army" and hit[4] == "Contras"


def test_anpdh_acronym() -> None:
    text = ("[TEXT] MANAGUA, 3 MAY 91 (AFP) -- THE ANPDH SAID THAT THREE FORMER CONTRAS WERE KILLED NEAR "
            "ESTELI.")
    assert _has(text, "killed", "people", 3)[0][3] == "Nicaraguan Association for Human Rights"


# --- a president's surname in wire copy speaks for the government ---

def test_president_surname_nicaragua() -> None:
    text = ("[TEXT] MANAGUA, 3 MAY 89 (DOMESTIC SERVICE) -- PRESIDENT DANIEL ORTEGA SAID THE REBELS HAD ATTACKED "
            "A COOPERATIVE. ORTEGA SAID THE CONTRAS HAD KILLED 12 PEASANTS.")
    assert _has(text, "killed", "civilians", 12)[0][3] == "Nicaraguan government"


def test_president_surname_with_demonym() -> None:
    text = ("[TEXT] SAN MIGUEL, 3 MAY 89 (AFP) -- IN SAN MIGUEL TODAY SALVADORAN PRESIDENT ALFREDO CRISTIANI "
            "TOURED THE MARKET. CRISTIANI SAID FOUR CIVILIANS DIED IN THE BLAST.")
    assert _has(text, "killed", "civilians", 4)[0][3] == "Salvadoran government"


def test_foreign_president_is_not_the_theatres_government() -> None:
    text = ("[TEXT] TEGUCIGALPA, 3 MAY 89 (AFP) -- VENEZUELAN PRESIDENT CARLOS ANDRES PEREZ SPOKE IN CARACAS. "
            "PEREZ SAID 20 PEOPLE WERE KILLED IN THE RIOTS.")
    assert _has(text, "killed", "people", 20)[0][3] != "Honduran government"
