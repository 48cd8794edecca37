"""A hospital's intake after an attack: "the hospital received 16 patients", "it treated five
patients from the club", "received three gunshot patients", "received eight gunshot victims",
"said it was treating two patients", "it treated nine people, though not for gunshot wounds", a
number alone ("said it had received nine", "had admitted three"), "took in five victims"
(``[intake]`` in ``data/extract/lexicon.toml``).  Read as injured; never a hospital's usual load
("treated 300 patients a day", "had treated 22,000 patients in 2014").

:func:`taken_alone` tells a count taken to hospital ("were taken to the hospital", read as a
condition: ``hospital_verbs`` of ``[outcomes.condition]``) that is no count of others beside victims told
before, so no injury of its own where its sentence tells no death.
"""

from __future__ import annotations

from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.counts import Mention
from civcas.extract.lexicon import Lexicon

__all__ = ["intake_count", "taken_alone"]


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    raw = load_toml("extract", "lexicon.toml")["intake"]
    return (frozenset(raw["own_verbs"]), frozenset(raw["own_subjects"]), frozenset(raw["people_heads"]),
            frozenset(raw["hospital_words"]), frozenset(raw["victim_heads"]))


@lru_cache(maxsize=1)
def _still() -> frozenset[str]:
    return frozenset(load_toml("extract", "lexicon.toml")["intake"]["own_adverbs"])


@lru_cache(maxsize=1)
def _bare() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = load_toml("extract", "lexicon.toml")["intake"]
    return frozenset(raw["took"]), frozenset(raw["bare_ends"]), frozenset(raw["hospital_nouns"])


def _verb_end(lows: list[str], c: int, lex: Lexicon) -> str | None:
    """The intake verb right before the count at ``c`` ("received", "took in" -> "took"), else None."""
    took, _ends, _nouns = _bare()
    if lows[c - 1] == "in" and c >= 2 and lows[c - 2] in took:
        return "took"  # "Sycamore Hospital took in five victims"
    return lows[c - 1]


def _bare_intake(lows: list[str], m: Mention, lex: Lexicon) -> bool:
    """A number with no noun after a hospital's intake verb: "University Hospital said it had
    received nine, several of them children", "Grandview said it had admitted three": the hospital's
    patients, where the sentence names a hospital and the number ends the clause."""
    _took, ends, _nouns = _bare()
    _own, _subjects, _people, hospital, _victims = _words()
    e = m.count.end
    return (m.count.kind in ("word", "digit") and m.np_end == e and (e >= len(lows) or lows[e] in ends)
            and not hospital.isdisjoint(lows))


def _usual_load(lows: list[str], end: int, lex: Lexicon) -> bool:
    """A hospital's patients counted over a period, not an attack's wounded: "treated 300 patients a
    day", "had treated 22,000 patients in 2014"."""
    if end >= len(lows):
        return False
    nxt = lows[end + 1] if end + 1 < len(lows) else ""
    return lows[end] in lex.intake_rate or (lows[end] in ("in", "since", "during") and len(nxt) == 4 and nxt.isdigit())


def intake_count(lows: list[str], m: Mention, lex: Lexicon) -> bool:
    """True when count ``m`` (a head with no outcome yet) is a hospital's intake of wounded (see
    the module doc); a count of "victims" so taken in is of civilians, like patients."""
    c = m.count.start
    if c < 2 or _usual_load(lows, m.np_end, lex) or not (m.head or _bare_intake(lows, m, lex)):
        return False
    own_verbs, own_subjects, people, hospital, victims = _words()
    _took, _ends, nouns = _bare()
    head = lows[m.np_end - 1]
    verb = _verb_end(lows, c, lex)
    if verb in own_verbs:
        # "Lakeside Medical Center said it was treating three patients", "Miami Valley Hospital
        # was treating four patients", "it was still treating six": the hospital speaks of its own
        # (not "which was treating 300")
        a = c - 2
        while a >= 1 and lows[a] in _still():
            a -= 1
        if not (a >= 1 and lows[a] in ("was", "were", "is", "are")
                and (lows[a - 1] in own_subjects or lows[a - 1] in nouns)):
            return False
    elif verb not in lex.intake and verb != "took":
        return False
    if not m.head:  # "said it had received nine"
        m.group = "civilians"
        return True
    if head in lex.intake_heads:
        return True
    if head in victims:
        m.group = "civilians" if m.group == "people" else m.group
        return True
    if verb == "took" and lows[c - 1] == "in" and lex.persons.match_ending_at(lows, m.np_end - 1) is not None \
            and not hospital.isdisjoint(lows):
        return True  # "a clinic reported that it took in three teenagers": any person noun
    # "it treated 11 people, none of them for gunshot wounds": only where a hospital speaks
    return head in people and not hospital.isdisjoint(lows)


@lru_cache(maxsize=1)
def _taken_verbs() -> frozenset[str]:
    return frozenset(load_toml("extract", "lexicon.toml")["outcomes"]["condition"]["hospital_verbs"])


def taken_alone(lows: list[str], m: Mention) -> bool:
    """``m`` is followed by a transport to hospital ("four people were taken to the hospital")
    and counts no others ("two others", "three other men", "another man"): the dead are taken to
    hospital too, so the count says no injury by itself."""
    verbs = _taken_verbs()
    taken = any(lows[k] in verbs and lows[k + 1] == "to" for k in range(m.np_end, min(len(lows) - 1, m.np_end + 4)))
    others = not {"other", "others", "more"}.isdisjoint(lows[m.count.start:m.np_end]) \
        or lows[m.count.start] == "another"
    return taken and not others
