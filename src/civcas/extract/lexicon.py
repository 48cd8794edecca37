"""Loading of the extraction lexicon (``civcas/data/extract/lexicon.toml``) into lookup tables.

The TOML file is the readable, commented source; this module turns it once (lazily, cached) into
phrase tables keyed by their first token, so that matching a phrase at a token position is a
dictionary lookup plus a short comparison. The regex speed-ups many rule modules import from here
(``first_char_guard``, ``may_match``, ...) live in :mod:`civcas.extract.regex_speed`, re-exported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from civcas.datafiles import load_toml
from civcas.extract.denials import stance_words
from civcas.extract.regex_speed import (
    first_char_guard,
    literal_alternation,
    literal_requirement,
    may_match,
    requirement_of,
)

__all__ = [
    "Lexicon",
    "Phrase",
    "PhraseTable",
    "all_matches",
    "any_match",
    "first_char_guard",
    "lexicon",
    "literal_alternation",
    "literal_requirement",
    "make_table",
    "may_match",
    "requirement_of",
    "split_phrase",
]

Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PhraseTable:
    """Phrases (token tuples) with a payload, indexed by first token, longest first."""

    by_first: dict[str, tuple[tuple[Phrase, Any], ...]]
    by_last: dict[str, tuple[tuple[Phrase, Any], ...]]
    # first tokens that are a whole phrase by themselves: :meth:`match_at` never fails there
    singles: frozenset[str] = frozenset()
    # (speed, derived from ``by_first``) the phrases of two tokens or more by their first two
    # tokens, longest first, and the payload of each one-token phrase: :meth:`match_at` tries only
    # the phrases whose second token is the text's ("in the war", "in the month of", ... are many)
    by_two: dict[tuple[str, str], tuple[tuple[Phrase, Any], ...]] = field(init=False, repr=False, compare=False)
    single: dict[str, Any] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        two: dict[tuple[str, str], list[tuple[Phrase, Any]]] = {}
        one: dict[str, Any] = {}
        for first, rows in self.by_first.items():
            for phrase, payload in rows:  # (longest first: kept so within each pair)
                if len(phrase) == 1:
                    one.setdefault(first, payload)
                else:
                    two.setdefault((phrase[0], phrase[1]), []).append((phrase, payload))
        object.__setattr__(self, "by_two", {k: tuple(v) for k, v in two.items()})
        object.__setattr__(self, "single", one)

    def match_at(self, tokens: list[str], i: int) -> tuple[int, Any] | None:
        """The longest phrase starting at token ``i``: (end index, payload), or None."""
        if i >= len(tokens):
            return None
        t = tokens[i]
        if t not in self.by_first:
            return None
        if i < 0:  # (a position from the end: read as the plain loop reads it)
            for phrase, payload in self.by_first[t]:
                n = len(phrase)
                if n == 1 or tuple(tokens[i:i + n]) == phrase:
                    return i + n, payload
            return None
        if i + 1 < len(tokens):
            # every longer phrase is tried before the one-token phrase (the longest wins)
            for phrase, payload in self.by_two.get((t, tokens[i + 1]), ()):
                n = len(phrase)
                if n == 2 or tuple(tokens[i:i + n]) == phrase:  # the first two tokens are already equal
                    return i + n, payload
        if t in self.single:
            return i + 1, self.single[t]
        return None

    def match_ending_at(self, tokens: list[str], j: int) -> tuple[int, Any] | None:
        """The longest phrase ending at token ``j`` (inclusive): (start index, payload), or None."""
        if j < 0 or j >= len(tokens):
            return None
        for phrase, payload in self.by_last.get(tokens[j], ()):
            n = len(phrase)
            if n == 1 or (j - n + 1 >= 0 and tuple(tokens[j - n + 1:j + 1]) == phrase):
                return j - n + 1, payload
        return None


def split_phrase(text: str) -> Phrase:
    """Tokens of a lexicon phrase, tokenised like document text."""
    from civcas.extract.text import tokenize

    return tuple(t.low for t in tokenize(text))


def make_table(items: list[tuple[str, Any]]) -> PhraseTable:
    """Build a :class:`PhraseTable` from (phrase, payload) pairs; the first payload of a phrase wins."""
    seen: dict[Phrase, Any] = {}
    for text, payload in items:
        ph = split_phrase(text)
        if ph and ph not in seen:
            seen[ph] = payload
    first: dict[str, list[tuple[Phrase, Any]]] = {}
    last: dict[str, list[tuple[Phrase, Any]]] = {}
    for ph, payload in seen.items():
        first.setdefault(ph[0], []).append((ph, payload))
        last.setdefault(ph[-1], []).append((ph, payload))
    return PhraseTable(
        by_first={k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in first.items()},
        by_last={k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in last.items()},
        singles=frozenset(ph[0] for ph in seen if len(ph) == 1),
    )


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every table the extractor uses."""

    raw: dict[str, Any]
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    articles: dict[str, int]
    vague: PhraseTable  # payload: (low, high): low -1 = no number; high None = open
    qualifiers: PhraseTable  # payload: qualifier name
    unit_after: frozenset[str]
    unit_before: frozenset[str]
    breakdown: PhraseTable  # payload: outcome or ""
    triggers_after: PhraseTable  # payload: outcome  (trigger follows the count)
    triggers_before: PhraseTable  # payload: outcome  (trigger precedes the count)
    heads: PhraseTable  # payload: outcome (nouns that are counted heads: deaths, bodies)
    persons: PhraseTable  # payload: (group, subgroup | None)
    casualty_words: frozenset[str]
    stopwords: frozenset[str]
    links_after: frozenset[str]
    links_before: frozenset[str]
    toll_window: int
    recorded_as: frozenset[str]  # "the number of civilians killed has been recorded as 14" (count_triggers)
    range_verbs: frozenset[str]  # "the count of the wounded ranged from 18 to 27"
    max_modifiers: int
    tally: PhraseTable
    incident: PhraseTable
    hedged: PhraseTable
    denied: PhraseTable
    unverified: PhraseTable  # verification disclaimers: hedge the whole sentence
    zero: PhraseTable
    events: PhraseTable  # payload: (rank, kind)
    targets: PhraseTable
    weapons: PhraseTable
    trigger_words: frozenset[str]  # every token of every trigger phrase
    kin: frozenset[str] = frozenset()  # singular relatives counted after his/her/their
    kin_modifiers: frozenset[str] = frozenset()  # "his estranged wife", "her younger brother"
    possessive_only: frozenset[str] = frozenset()  # "his friend" counts, "a friend" does not
    kin_pairs: frozenset[str] = frozenset()  # "his parents": two people
    pair_speech: frozenset[str] = frozenset()  # "their parents told ...": the pair speaks (forms.py)
    plurals: frozenset[str] = frozenset()  # person nouns a bare plural may use (extract/plurals.py)
    compounds: frozenset[str] = frozenset()  # casualty compounds read as one head (extract/heads.py)
    speakers: frozenset[str] = frozenset()  # "a police spokesman": a person noun as a modifier (heads.py)
    intake: frozenset[str] = frozenset()  # "the hospital received 16 patients" (counts.py)
    intake_heads: frozenset[str] = frozenset()
    intake_rate: frozenset[str] = frozenset()  # "treated 300 patients a day": a usual load
    us_people: frozenset[str] = frozenset()  # nouns counted as people in US stories ([groups_us])
    case_heads: frozenset[str] = frozenset()  # "a gun tied to three homicides" (count_resolve.py)
    case_links: frozenset[str] = frozenset()
    # "thirtythree": a ten and a unit written as one word (wire copy), from ``tens`` and ``units``
    closed_tens: dict[str, int] = field(default_factory=dict)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The extraction lexicon, loaded once."""
    raw = load_toml("extract", "lexicon.toml")
    num = raw["numbers"]
    outcomes = raw["outcomes"]
    t_after: list[tuple[str, Any]] = []
    t_before: list[tuple[str, Any]] = []
    heads: list[tuple[str, Any]] = []
    for outcome, table in outcomes.items():
        for p in table.get("after", []) + table.get("both", []):
            t_after.append((p, outcome))
        for p in table.get("before", []) + table.get("both", []):
            t_before.append((p, outcome))
        for p in table.get("head", []):
            heads.append((p, outcome))
        for aux in table.get("hospital_aux", []):  # "were taken to the hospital" ([outcomes.condition])
            t_after.extend((f"{aux} {verb} to {place}", outcome) for verb in table.get("hospital_verbs", [])
                           for place in table.get("hospital_places", []))
    subgroups = raw["subgroups"]
    persons: list[tuple[str, Any]] = []
    for group, words in raw["groups"].items():
        for w in words:
            if w in subgroups:
                g, sub = subgroups[w]
                persons.append((w, (g or group, sub or None)))
            else:
                persons.append((w, (group, None)))
    bd = raw["breakdown"]
    breakdown = ([(p, "") for p in bd["plain"]] + [(p, "killed") for p in bd["killed"]]
                 + [(p, "injured") for p in bd["injured"]])
    quals = [(p, q) for q, ps in raw["qualifiers"].items() for p in ps]
    events = [(w, (rank, kind)) for rank, (kind, ws) in enumerate(raw["events"].items()) for w in ws]
    trig_words = {tok for p, o in t_after + t_before + heads if o != "condition" for tok in split_phrase(p)}
    trig_words.add("condition")  # not "serious", "good", "in" of "in serious condition": modifiers elsewhere
    return Lexicon(
        raw=raw,
        units=dict(num["units"]),
        tens=dict(num["tens"]),
        scales=dict(num["scales"]),
        articles=dict(num["articles"]),
        vague=make_table([(k, (v, raw.get("vague_high", {}).get(k))) for k, v in raw["vague"].items()]),
        qualifiers=make_table(quals),
        unit_after=frozenset(raw["units"]["after"]),
        unit_before=frozenset(raw["units"]["before"]),
        breakdown=make_table(breakdown),
        triggers_after=make_table(t_after),
        triggers_before=make_table(t_before),
        heads=make_table(heads),
        persons=make_table(persons),
        casualty_words=frozenset(raw["casualties"]["words"]),
        stopwords=frozenset(raw["stopwords"]["words"]),
        links_after=frozenset(raw["links"]["after"]),
        links_before=frozenset(raw["links"]["before"]),
        toll_window=int(raw["links"]["toll_window"]),
        recorded_as=frozenset(raw["links"]["recorded_as"]),
        range_verbs=frozenset(raw["links"]["range_verbs"]),
        max_modifiers=int(raw["modifiers"]["max"]),
        tally=make_table([(p, True) for p in raw["scope"]["tally"]]),
        incident=make_table([(p, True) for p in raw["scope"]["incident"]]),
        hedged=make_table([(p, True) for p in raw["stance"]["hedged"]]),
        denied=make_table([(p, True) for p in stance_words()]),  # (denial.toml)
        unverified=make_table([(p, True) for p in raw["stance"].get("unverified", [])]),
        zero=make_table([(p, True) for p in raw["stance"]["zero"]]),
        events=make_table(events),
        targets=make_table([(p, p) for p in raw["details"]["targets"]]),
        weapons=make_table([(p, p) for p in raw["details"]["weapons"]]),
        trigger_words=frozenset(trig_words),
        kin=frozenset(raw.get("possessive", {}).get("kin", [])),
        kin_modifiers=frozenset(raw.get("possessive", {}).get("modifiers", [])),
        possessive_only=frozenset(raw.get("possessive", {}).get("possessive_only", [])),
        kin_pairs=frozenset(raw.get("possessive", {}).get("pairs", [])),
        pair_speech=frozenset(raw.get("possessive", {}).get("pair_speech", [])),
        plurals=frozenset(raw.get("plurals", {}).get("nouns", [])),
        compounds=frozenset(raw.get("casualties", {}).get("compounds", [])),
        speakers=frozenset(raw.get("groups_compounds", {}).get("speakers", [])),
        intake=frozenset(raw.get("intake", {}).get("verbs", [])),
        intake_heads=frozenset(raw.get("intake", {}).get("heads", [])),
        intake_rate=frozenset(raw.get("intake", {}).get("rate", [])),
        us_people=frozenset(raw.get("groups_us", {}).get("people", [])),
        case_heads=frozenset(raw.get("case_links", {}).get("heads", [])),
        case_links=frozenset(raw.get("case_links", {}).get("verbs", [])),
        closed_tens={t + u: tv + uv for t, tv in num["tens"].items() for u, uv in num["units"].items() if 0 < uv < 10},
    )


def any_match(table: PhraseTable, tokens: list[str]) -> bool:
    """True when some phrase of ``table`` occurs anywhere in ``tokens``."""
    first = table.by_first
    if first.keys().isdisjoint(tokens):
        return False  # the common case, decided in C
    if not table.singles.isdisjoint(tokens):
        return True  # a one-token phrase occurs (also decided in C)
    return any(t in first and table.match_at(tokens, i) is not None for i, t in enumerate(tokens))


def all_matches(table: PhraseTable, tokens: list[str]) -> list[tuple[int, int, Any]]:
    """Non-overlapping (start, end, payload) matches of ``table`` in ``tokens``, left to right."""
    out: list[tuple[int, int, Any]] = []
    i = 0
    first = table.by_first
    if first.keys().isdisjoint(tokens):
        return out
    while i < len(tokens):
        if tokens[i] not in first:
            i += 1
            continue
        m = table.match_at(tokens, i)
        if m is None:
            i += 1
            continue
        out.append((i, m[0], m[1]))
        i = m[0]
    return out
