"""List grammar of long named-victim lists (s12_roster2): "A, son of B; C" and touching bullets."""

from __future__ import annotations

from civcas.extract.text import sentences
from civcas.extract.victimdoc import collect

_LEAD = "Five civilians were killed in the strike. "


def _victims(body: str) -> dict[str, tuple[str, str]]:
    text = _LEAD + body
    return {" ".join(v.key): (v.gender, v.age) for v in collect(text, sentences(text))}


def test_kin_of_describes_the_person_before() -> None:
    got = _victims("The family posted the names of those killed as follows: Yunis Barakat; Hadi Yunis Barakat, "
                   "son of Yunis; Samah Odeh; Tawfiq Samah Odeh, brother of Samah; Jalal Qudsi.")
    assert set(got) == {"yunis barakat", "hadi yunis barakat", "samah odeh", "tawfiq samah odeh", "jalal qudsi"}
    assert got["hadi yunis barakat"][0] == "m" and got["tawfiq samah odeh"][0] == "m"
    assert got["samah odeh"][0] == "-" and got["jalal qudsi"][0] == "-"  # not the noun before them


def test_kin_of_with_age_after_it() -> None:
    got = _victims("The victims were Ruba Talal Hijjawi, daughter of Talal, seven years old; "
                   "Waddah Amin Hijjawi, 52; and Nuha Saber, the wife of Waddah Amin Hijjawi.")
    assert got["ruba talal hijjawi"] == ("f", "child")
    assert got["nuha saber"][0] == "f"
    assert set(got) == {"ruba talal hijjawi", "waddah amin hijjawi", "nuha saber"}


def test_kin_of_among_the_dead() -> None:
    got = _victims("Among the dead were Ziyad Kanaan, the eldest son of Mahmoud Kanaan, and Lubna Kanaan.")
    assert got["ziyad kanaan"][0] == "m"
    assert "mahmoud kanaan" not in got


def test_kin_of_of_the_other_sex_is_one_more_person() -> None:
    # near miss: a wife after a man's name is not his description
    got = _victims("The strike killed Husam Odeh, 40, his brother Anwar Odeh and the wife of Anwar Odeh.")
    assert got["husam odeh"][0] != "f"


def test_bullets_touching_their_items() -> None:
    got = _victims("The other victims were identified as:\n\n–Nasim Khoury\n\n–Basel Jaradat\n\n–Thurayya Salem")
    assert set(got) == {"nasim khoury", "basel jaradat", "thurayya salem"}


def test_hyphen_touching_a_word_is_no_bullet() -> None:
    # near miss: a hyphen at a line start without a space is not a bullet
    got = _victims("The victims were identified as Nasim Khoury.\n\n-Basel Jaradat was not harmed.")
    assert "basel jaradat" not in got


def test_two_owners_of_a_kin_noun_are_no_persons() -> None:
    got = _victims("The dead were Warda Salem, Fadi and Warda's son Tamim Salem (12 years old), "
                   "Jawad and Amal's daughter Hiba Salem (9) and Kamal Salem.")
    assert set(got) == {"warda salem", "tamim salem", "hiba salem", "kamal salem"}
    got = _victims("Nidal and Reem's three sons were also killed: Bassel Nidal Odeh, Adnan Nidal Odeh and Zaki Nidal Odeh.")
    assert "nidal" not in got and len(got) == 3


def test_a_full_name_before_and_is_still_a_person() -> None:
    # near miss: "Omar Haddad and Lina's son Adam": Omar Haddad is named in full, a person of his own
    got = _victims("The strike killed Marwan Qasem and Lina's son Adam Qasem.")
    assert "marwan qasem" in got and "adam qasem" in got


def test_list_after_killed_and_a_comma() -> None:
    got = _victims("Two members of the Sabbah family were also killed in the strike, Yazid Omar Sabbah (6) "
                   "and his brother Fuad Omar Sabbah.")
    assert set(got) == {"yazid omar sabbah", "fuad omar sabbah"}
    got = _victims("Three of Rami and Huda's daughters were killed, six-year-old Salma Rami Odeh, "
                   "four-year-old Nour Rami Odeh and a third girl whose name was not given.")
    assert got["salma rami odeh"][1] == "child" and "nour rami odeh" in got and "rami" not in got


def test_speaker_after_killed_and_a_comma_is_no_victim() -> None:
    # near misses: the name after the comma is the speaker's
    assert _victims("Two relatives were killed, Yasin Odeh told reporters.") == {}
    assert _victims("Two men were killed, civil defence spokesman Mahmoud Basal said, and three were hurt.") == {}


def test_abd_names_written_apart_or_joined_are_one_person() -> None:
    got = _victims("The victims were 6-year-old Abdel Rahman Samir Jaber and his sister Rasha Jaber (4). "
                   "Abdelrahman was buried the next day, his uncle said; Abdelrahman had been killed in the strike.")
    assert len(got) == 2


def test_a_noun_of_age_before_a_kinship_noun() -> None:
    got = _victims("Suha Barakat was killed alongside her infant daughters – Lujain Barakat, Tuqa Barakat and Ruba Barakat.")
    assert all(got[k] == ("f", "child") for k in ("lujain barakat", "tuqa barakat", "ruba barakat"))
    got = _victims("Omar Salim was killed along with his baby son Zaid Salim.")
    assert got["zaid salim"] == ("m", "child")
    # near miss: a noun of age alone keeps no sex
    got = _victims("Rawan Salim was killed along with her baby, Jude Salim.")
    assert got["jude salim"] == ("-", "child")


def test_an_owned_plural_subject_gives_its_sex_to_the_list() -> None:
    got = _victims("Her four daughters were all killed: Maysa Odeh, 15-year-old Rawda Odeh and Nuha Odeh.")
    assert {got[k][0] for k in ("maysa odeh", "rawda odeh", "nuha odeh")} == {"f"}
    got = _victims("Jamil's two sons were also among those killed: Fawaz Jamil Tamimi and Iyad Jamil Tamimi.")
    assert {got[k][0] for k in ("fawaz jamil tamimi", "iyad jamil tamimi")} == {"m"}
    # near miss: a person of the list with a kinship noun of their own keeps it
    got = _victims("Nabil's daughters were killed: Rana Nabil Odeh and her husband Sami Aziz.")
    assert got["rana nabil odeh"][0] == "f" and got["sami aziz"][0] == "m"
