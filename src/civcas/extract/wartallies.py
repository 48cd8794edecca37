"""Cumulative war tallies of one belligerent's campaign (``data/extract/wartallies.toml``).

A tally gets a perpetrator only from its own sentence ("killed by Russian strikes since 2015"),
except for one kind the gold sets attribute (the READMEs of examples/blind4-gold .. blind6-gold): a
health ministry's or another local authority's cumulative toll of the war that one belligerent wages
on its territory ("The health ministry said more than 30,000 Palestinians had been killed since the
war began", in a story where only Israeli forces strike) is that belligerent's. Three conditions,
all required:

* the tally's sentence ties it to the war ("since the war began", "since the start of the
  offensive", "in the war", "since Russia launched its invasion", "the overall death toll"), or
  counts since the day the theatre's war began (``[starts]``: "since October 7th" in a Gaza story);
  another date ("since January") or a place alone ("in Gaza") is no tie;
* the story makes one belligerent act and no other (its main perpetrator), outside past incidents:
  a two-sided war's toll ("the nine-year war has left 70,000 dead") has no single author;
* the claimant counts one side's victims: a government, medical or local source that is not the
  belligerent itself or its own government (``kinds``); the UN, monitors, NGOs and media are
  neutral counters.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.docstate import Doc
from civcas.extract.perpetrators import as_perpetrator
from civcas.extract.regex_speed import found_in
from civcas.models import Figure

__all__ = ["war_tallies"]


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    raw = load_toml("extract", "wartallies.toml")
    wars = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                            for w in sorted(raw["link"]["wars"], key=len, reverse=True)) + ")s?"
    link = re.compile("|".join("(?:" + p.replace("{WAR}", wars) + ")" for p in raw["link"]["patterns"]),
                      re.IGNORECASE)
    return link, frozenset(raw["link"]["kinds"]), frozenset(raw["link"]["outcomes"])


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


@lru_cache(maxsize=1)
def _starts() -> dict[str, re.Pattern[str]]:
    """theatre -> "since <the day its war began>" ("since October 7th", "since 7 October 2023"; not
    "since 7 October 2014")."""
    out: dict[str, re.Pattern[str]] = {}
    for theatre, day in load_toml("extract", "wartallies.toml").get("starts", {}).items():
        d = date.fromisoformat(str(day))
        n, m = rf"{d.day}(?:st|nd|rd|th)?", _MONTHS[d.month - 1]
        out[theatre] = re.compile(rf"\bsince\s+(?:(?:the\s+)?{n}\s+(?:of\s+)?{m}|{m}\s+{n})\b"
                                  rf"(?:,?\s+{d.year}\b)?(?!,?\s+\d{{4}})", re.IGNORECASE)
    return out


def _tied(text: str, theatre: tuple[str, ...]) -> bool:
    """The tally's sentence ties it to the war, or to the day the story's war began."""
    starts = _starts()
    return found_in(_data()[0], text) or any(t in starts and found_in(starts[t], text) for t in theatre)


_INSTITUTIONS = frozenset({"military", "forces", "force", "government", "ministry", "army", "armed", "health",
                           "defence", "defense", "national", "authorities", "officials", "office", "interior",
                           "police", "state", "general", "civil", "council", "administration", "regional"})


def _words(name: str) -> set[str]:
    """The words of a name that tell its side ("Israeli military" -> israeli; "Gaza Ministry of
    Health" -> gaza), not the institution words every side has."""
    return {w for w in re.findall(r"[a-z]+", name.lower()) if len(w) > 3 and w not in _INSTITUTIONS}


def war_tallies(st: Doc, figures: list[Figure]) -> list[Figure]:
    """The story's one belligerent as the author of the war tallies that qualify (see the module doc)."""
    _, kinds, outcomes = _data()
    todo = [f for f in figures if f.scope == "tally" and f.perpetrator is None and f.outcome in outcomes
            and f.claimant is not None and f.claimant.kind in kinds and _tied(f.evidence.text[:2000], st.theatre)]
    if not todo:
        return figures
    main = st.main_perpetrator()
    if main is None or not main.identified or main.kind != "belligerent":
        return figures
    for k in range(min(len(st.sents), 400)):
        if not st.background(k) and any(a.name != main.name for a in st.acting(k)):
            return figures  # another belligerent acts: no one side's campaign
    own = _words(main.name)
    keep = {f.id for f in todo if as_perpetrator(f.claimant).name != main.name  # type: ignore[arg-type]
            and own.isdisjoint(_words(f.claimant.name))}  # type: ignore[union-attr]
    return [replace(f, perpetrator=main) if f.id in keep else f for f in figures]
