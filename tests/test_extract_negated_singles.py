"""A negated single person ("no soldier was killed", "not one policeman died") is nobody: never a
count of one.  "not one" works like "not a single" (a zero with its own noun, a numberless denial)."""

from __future__ import annotations

from datetime import date

from extract_helpers import figures_on

_DAY = date(2021, 3, 9)


def _asserted(text: str) -> set[tuple[str, int | None]]:
    return {(f.outcome, f.low) for f in figures_on(text, _DAY) if f.stance != "denied"}


def test_no_with_a_singular_person_noun_counts_nobody() -> None:
    assert _asserted("No soldier was killed when the convoy hit the mine near Kidal.") == set()
    assert _asserted("NO POLICEMAN WAS WOUNDED IN THE GRENADE ATTACK ON THE STATION.") == set()
    assert _asserted("Neither guard was hurt during the robbery, the company said.") == set()


def test_not_one_is_a_zero_like_not_a_single() -> None:
    for text in ("Not one villager was killed in the raid, the governor insisted.",
                 "THE REBELS TOOK 14 CASUALTIES, THOUGH NOT ONE SOLDIER DIED.",
                 "The ministry said not one patient had been injured by the blast."):
        figs = figures_on(text, _DAY)
        assert all(f.low in (None, 0) for f in figs), text
        assert any(f.stance == "denied" for f in figs), text


def test_near_misses_keep_their_one() -> None:
    assert ("killed", 1) in _asserted("The soldier was killed when the convoy hit a mine near Kidal.")
    assert ("killed", 1) in _asserted("Not one but two bombs went off, and a guard was killed.")
    assert ("injured", 1) in _asserted("A policeman was wounded and no one else was hurt.")
