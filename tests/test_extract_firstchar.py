"""The first-character guard of slow patterns (regex_speed.first_char_guard) and the cached per-name
patterns: speed only, the same matches."""

from __future__ import annotations

import re

from civcas.extract.capslist import _SEP
from civcas.extract.claim_names import person_role
from civcas.extract.claim_phrase import kin_named
from civcas.extract.regex_speed import first_char_guard, literal_requirement
from civcas.extract.typed import _GENERIC_SUBJECT, _UNIDENTIFIED, generic_perpetrator

_TEXTS = [
    "Unknown gunmen shot dead a farmer near the market, police said.",
    "Two masked men on a motorcycle opened fire at the bus stop.",
    "A SUICIDE BOMBER struck the checkpoint; the shooter fled.",
    "Guerrillas ambushed the convoy and rebels stormed the town hall.",
    "The victims were named as Ana, Luis and also Marta, along with two cousins.",
    "Residents said that soldiers rounded up the men and killed 12 of them.",
    "The Kelvin sign \u212a and a long s \u017f in \u201cquoted\u201d text, 45 years old.",
    "",
]


def test_guard_keeps_every_match() -> None:
    plain = re.compile(r"\b(?:(?:two|three)\s+)?(?:masked|unknown)\s+(?P<a>men|gunmen)\b", re.IGNORECASE)
    guarded = first_char_guard(plain)
    assert guarded.pattern.startswith("(?=[")
    assert guarded.groupindex == plain.groupindex
    assert literal_requirement(guarded) == literal_requirement(plain)
    for text in _TEXTS:
        assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_guard_leaves_patterns_it_cannot_read() -> None:
    empty = re.compile(r"\s*(?:and)?", re.IGNORECASE)  # may match the empty string
    negated = re.compile(r"[^,.]{2,9}\s+said", re.IGNORECASE)  # starts with a negated class
    flagged = re.compile(r"(?-i:Al)\s+said", re.IGNORECASE)  # a group with its own flags
    assert first_char_guard(empty) is empty
    assert first_char_guard(negated) is negated
    assert first_char_guard(flagged) is flagged


def test_guarded_module_patterns_match_as_before() -> None:
    for rx in (_UNIDENTIFIED, _GENERIC_SUBJECT, _SEP):
        assert rx.pattern.startswith("(?=[")
        plain = re.compile(rx.pattern[rx.pattern.index("])(?:") + 5:-1], rx.flags)
        for text in _TEXTS:
            assert [(m.span(), m.groups()) for m in rx.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert generic_perpetrator("Unknown gunmen shot dead a farmer near the market.") is not None
    assert generic_perpetrator("The farmer was buried near the market.") is None


def test_kin_named_needs_the_name_after_a_kin_word() -> None:
    doc = "Among the dead was his son Karim, 12, the neighbours said."
    assert kin_named("Karim", doc)
    assert not kin_named("Karim", "Karim Haddad, a spokesman, said 12 died.")  # no kin word before it
    assert not kin_named("Laila", doc)  # not in the document (the literal pre-test)


def test_person_role_reads_the_title_before_the_full_name() -> None:
    doc = "Health Minister Rafael Ortega said 14 people died. Ortega added that 30 were hurt."
    assert person_role("Ortega", doc) == "Health Minister"
    assert person_role("Mendez", doc) is None


def test_ages_in_reads_ages_behind_the_literal_pre_test() -> None:
    from civcas.extract.victimitems import Person, ages_in

    p = Person()
    assert ages_in("Samir Nasser, 9 YEARS OLD", p).strip() == "Samir Nasser,"
    assert p.age == "child"
    q = Person()
    assert ages_in("Hala Mansour (41)", q).strip() == "Hala Mansour"
    assert q.age == "adult"
    r = Person()
    assert ages_in("Nadia Khoury, a teacher", r) == "Nadia Khoury, a teacher"  # no age: unchanged
    assert r.age == "-"
